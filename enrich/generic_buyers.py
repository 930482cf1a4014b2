"""A body a sentence names only by its common noun: "The city bought …", "La mairie a confirmé …", "Il Comune ha
disattivato …", "le conseil municipal approuve …", "De gemeenteraad stemt in met …" - or by its acronym alone ("KIGALI
— RNP signed …", "A BHTrans instalou …").

Why: round 22's held-out sets label such a body as written (lower case kept, the article dropped: README rule 5 of
set W, "city council" and "conseil municipal" in set U, "gemeenteraad" and "mairie centrale" in set T) when the
notice names it no other way. The readers of enrich/prose_parties.py and enrich/prose_buyers.py need a proper name
(rule 1 of enrich/data/prose_party_cues.yaml: "The Department is seeking" gives no buyer), so this is read last, only
when they found none, and only where the noun opens a sentence (after the body's start, a dateline, ". ", "; " or
": "), follows its article, and is followed by a finite verb of enrich/data/prose_buyer_cues.yaml (English: a short
list of past-tense buying and voting verbs). A body that denies or drops the purchase is then made `mentioned` by
enrich/buyer_denials.py like any other.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import cues, is_vendor
from enrich.prose_text import dateline_at

# (article, common noun of a body - its head and an adjective or complement that is part of the noun)
_GENERIC = re.compile(
    r"(?:(?:The|the)[ \t]+(?P<en>(?:city|town|county|village|municipal|interior|provincial|state)[ \t]+(?:council"
    r"|administration|government|ministry|assembly|board)|[Cc]ity(?:[ \t]+[Cc]ouncil)?|[Cc]ouncil|[Mm]unicipality"
    r"|[Tt]own(?:[ \t]+[Cc]ouncil)?|[Gg]overnment|[Gg]endarmerie)"
    r"|(?:La|la|Le|le|L['’]|l['’])[ \t]*(?P<fr>mairie(?:[ \t]+centrale)?|commune|municipalité|préfecture"
    r"|conseil[ \t]+(?:municipal|départemental|régional|communal)|métropole|gendarmerie|police[ \t]+municipale)"
    r"|(?:Il|il|La|la|L['’]|l['’])[ \t]*(?P<it>Comune|comune|Regione|Provincia|Prefettura|Questura"
    r"|Consiglio[ \t]+comunale|[Gg]iunta(?:[ \t]+comunale)?)"
    r"|(?:La|la|El|el)[ \t]+(?P<es>[Aa]lcaldía|[Mm]unicipalidad|[Aa]yuntamiento|[Gg]obernación|[Ii]ntendencia"
    r"|[Cc]oncejo[ \t]+[Mm]unicipal)"
    r"|(?:A|a|O|o)[ \t]+(?P<pt>[Pp]refeitura|[Cc]âmara[ \t]+[Mm]unicipal|[Mm]unicípio)"
    r"|(?:Die|die|Der|der)[ \t]+(?P<de>Stadt|Gemeinde|Gemeinderat|Stadtrat|Stadtverwaltung|Landesregierung)"
    r"|(?:De|de|Het|het)[ \t]+(?P<nl>gemeente|gemeenteraad|provincie))"
    r"(?=[ \t]+(?P<verb>[^\W\d_][\w'’]*))")
_ENGLISH_VERBS = frozenset(
    "bought purchased awarded approved installed signed paid voted contracted ordered acquired spent has have had will"
    " added replaced deployed".split())
# A body named by its acronym alone, opening a sentence before a finite verb: "KIGALI — RNP signed …", "A BHTrans
# instalou …", "NADRA in Islamabad bought …" (an acronym of the registry's vendors is no buyer).
_ACRONYM = re.compile(r"(?:(?:The|A|O|La|El|L['’])[ \t]+)?(?P<org>[A-Z]{2,6}(?:[A-Z][a-z]{2,8})?)"
                      r"(?:[ \t]+in[ \t]+[A-Z][\w-]+)?[ \t]+(?P<verb>[^\W\d_]+)\b")
_ACRONYM_VERBS = _ENGLISH_VERBS | frozenset("said announced completed tendered launched deployed upgraded".split())
# a negation right after the noun's auxiliary ("has not", "will never", "has no longer", "n't")
_NEGATED = re.compile(r"(?:n['’]t|[ \t]+(?:not|never|no[ \t]+longer|yet[ \t]+to)\b)")
_NEXT_SENTENCE = re.compile(r"(?:[.;!?]|:)[ \t]+")
_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.;:!?][ \t]+|[—–-][ \t]+)$")


def last_buyers(window: str) -> list[tuple[int, int]]:
    """The buyer of a notice no other reading names one in: the organisation its title ends with (round 30: "Cell-site
    simulator maintenance, U.S. Marshals Service", enrich/headline_buyers.py), else the first body named by its
    common noun."""
    from enrich.headline_buyers import title_tail_buyers

    return title_tail_buyers(window, is_vendor) or generic_buyers(window)[:1]


def generic_buyers(window: str) -> list[tuple[int, int]]:
    """Spans of bodies named only by their common noun, in text order (see the module doc)."""
    body = window.find("\n") + 1
    dateline = dateline_at(window, body)
    starts = {dateline.end()} if dateline else set()
    found = []
    for match in _GENERIC.finditer(window, body):
        opening = match.start() in starts or match.start() == body or _SENTENCE_OPENING.search(
            window, max(body, match.start() - 3), match.start())
        verb = match.group("verb")
        finite = verb.casefold() in (_ENGLISH_VERBS if match.group("en") else cues().verbs)
        if finite and _NEGATED.match(window, match.end("verb")):
            continue  # r37b: "The city has not renewed its contract with X": a body that does not buy is no buyer
        if opening and finite:
            group = next(name for name in ("en", "fr", "it", "es", "pt", "de", "nl") if match.group(name))
            found.append(match.span(group))
    if found:
        return found
    for start in sorted(starts | {body} | {m.end() for m in _NEXT_SENTENCE.finditer(window, body, body + 600)}):
        acronym = _ACRONYM.match(window, start)
        verb = acronym.group("verb").casefold() if acronym else ""
        if acronym and (verb in _ACRONYM_VERBS or verb in cues().verbs and len(verb) > 2) and not is_vendor(
                acronym.group("org")):
            return [acronym.span("org")]
    return []

