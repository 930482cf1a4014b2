"""Round 28: a technology named only inside an allegation that the notice then refutes.

Why: an ombudsman's resolution, a court opinion or a news item quotes what complainants, a defendant or rumours
alleged ("Complainants alleged that the posts had hidden cameras feeding the command centre"; "Defendant's argument —
that the Sheriff's Office also ran facial recognition …"; "limekanusha madai kuwa kamera … zinatambua makabila")
and then refutes it ("no cameras, sensors or communication modules were found"; "is not supported by the record";
"has not bought any, responding to claims about cameras"). Clause-level negation cannot see the refutation, which
stands in another clause or sentence. `negation.Document` reads a cue as negated when an allegation word stands
before it in its sentence (at most `ALLEGED_REACH` characters) and a refutation stands in the same sentence or within
`REFUTED_REACH` characters after it. A refutation alone (a denial of anything) or an allegation alone (a claim the
notice confirms) negates nothing. Patterns are written folded (lower case, no accents).
"""
from __future__ import annotations

import re

ALLEGED_REACH = 140
REFUTED_REACH = 320

#: Cheap pre-filter (folded substrings): a notice with none of these has no allegation of these shapes.
ALLEGED_HINTS = ("alleg", "claim", "argument", "accus", "rumo", "denunci", "afirm", "pretend", "behaupt", "vorw",
                 "madai", "tuduhan", "klaim", "утвержд", "обвинен", "слух", "boato", "contend", "assert")

ALLEGED = re.compile(
    r"\b(?:alleg(?:ed|ing|es?|ations?)|claim(?:ed|ing|s)?|accusations?|argument|argued|contend(?:ed|s)|asserted"
    r"|rumou?rs?)\s+(?:[^\W\d_]+\s+){0,3}?(?:that|about|of)\b|\bargument\s*[—–-]+\s*that\b"
    r"|\b(?:aleg(?:o|aron|a|an|aba|aban|ando|acion|aciones)|denunci(?:o|aron|a|an|as?)|afirm(?:o|aron|aban)"
    r"|acusacion(?:es)?|rumores?|versiones?)\s+(?:[^\W\d_]+\s+){0,2}?(?:que|sobre|de que)\b"
    r"|\b(?:aleg(?:ou|aram|a|am|ava|avam|ando|acao|acoes)|denunci(?:ou|aram|a|am|as?)|afirm(?:ou|aram|avam)"
    r"|acusac(?:ao|oes)|boatos?|rumores?)\s+(?:[^\W\d_]+\s+){0,2}?(?:que|sobre|de que)\b"
    r"|\b(?:affirm|alleg|pretend|accus|rumeur)\w*\s+(?:[^\W\d_]+\s+){0,2}?(?:que|qu['’]|selon lesquel\w*|sur)"
    r"|\b(?:behaupt|vorwurf|vorwurfe|geruchte?)\w*,?\s+(?:[^\W\d_]+\s+){0,2}?(?:dass|uber)\b"
    r"|\bmadai\s+(?:[^\W\d_]+\s+){0,2}?(?:kuwa|kwamba)\b"
    r"|\b(?:tuduhan|klaim|isu|kabar)\s+(?:[^\W\d_]+\s+){0,2}?(?:bahwa|soal|tentang)\b"
    r"|\b(?:утвержд|обвинени|слух)\w*,?\s+(?:[^\W\d_]+\s+){0,2}?(?:что|о|об)\b")

REFUTED = re.compile(
    r"\bno\s+(?:[^\W\d_]+[, ]+){0,6}?(?:were|was)\s+(?:found|installed|bought|purchased)\b"
    r"|\bnot supported by (?:the )?(?:record|evidence|facts)\b|\b(?:unfounded|baseless|untrue)\b"
    r"|\bfound no\b|\b(?:does|did|do) not use\b|\bha(?:s|ve|d) not (?:bought|purchased|acquired|procured)\b"
    r"|\bno se (?:encontr|hall)\w+|\binfundad[oa]s?\b|\bdesminti\w*|\bno (?:ha|han) (?:comprado|adquirido)\b"
    r"|\bnao (?:foram|foi) encontrad\w*|\bdesment\w*|\bnao (?:comprou|adquiriu)\b"
    r"|\baucune?\s+(?:[^\W\d_]+\s+){0,3}?n['’]a ete (?:trouv|constat|install)\w*|\bsans fondement\b|\bdementi\w*"
    r"|\bunbegrundet\b|\bwurden?\s+keine\s+\w+\s+gefunden\b"
    r"|\b(?:li|ya|wa|i)?(?:me|li)?kanusha\b|\bkukanusha\b|\bhali?ja(?:na)?nunua\b|\bhaija(?:na)?nunua\b"
    r"|\b(?:membantah|dibantah|tidak benar|hoaks)\b|\bопроверг\w*|\bне соответству\w*")
