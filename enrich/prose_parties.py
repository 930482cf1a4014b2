"""Buyers and suppliers named in running prose rather than in a labelled field.

Why: many notices never write "Buyer:" - they open with "The City of X Police Department is seeking proposals",
"El Ayuntamiento de X convoca…", "A Prefeitura Municipal de X torna público…", put the buyer at the head of the
title ("X县公安局…公开招标公告") or inside an agent's sentence ("受X委托"), and report the winner as "awarded to X" /
"成交供应商为X". Labelled fields stay the first source (enrich/parties.py); this module is the fallback. A buyer the
text itself calls the buyer ("on behalf of X", "X (the Authority)", "X (en adelante, la Entidad)", 受X委托,
"X（采购人）", "采购人为X") outranks a sentence subject, which may be the agent.

Precision over recall: a wrong buyer is worse than none. A prose buyer must look like an organisation - it
contains an organisation word of its language and a word that is not one (so "The Department is seeking" gives
nothing), English names are written in capitals word by word, head-initial languages open with the organisation
word, Chinese names end in an organisation head. The cue lists live in enrich/data/prose_party_cues.yaml.
Functions return (start, end) spans into the text they were given; the caller builds the parties.
"""
from __future__ import annotations

import re

from enrich.buyer_name_parts import body_form_first, body_long_form_first, generic_title
from enrich.crowd_names import names_a_crowd
from enrich.kind_only_names import with_county_after
from enrich.municipal_names import municipal_names
from enrich.place_datelines import outside_dateline
from enrich.prose_cues import _CJK_CHAR, CUES_PATH, PROSE_WINDOW, _Language, load_cues
from enrich.prose_names import _head_initial_name_end, _latin_name_end, _looks_like_org, _strip_article, _words
from enrich.prose_text import trimmed as _trimmed
from enrich.title_place_names import lede_form_with_place
from enrich.zh_clause_prefix import after_clause_verbs
from enrich.zh_prose_buyers import _chinese_buyers

# The cue file (enrich/prose_cues.py), the name readers (enrich/prose_names.py) and the Chinese buyers
# (enrich/zh_prose_buyers.py) were split from this module by job (round 32); the names other modules import stay here.
__all__ = ["CUES_PATH", "PROSE_WINDOW", "_CJK_CHAR", "_latin_name_end", "_words", "load_cues", "prose_buyers"]

_SENTENCE_START_RE = re.compile(r"[\n\r]|(?<!\b[SFM]t)(?<!\bSte)[.!?;:]\s{1,2}|\b(?:that|que)\s", re.IGNORECASE)


# --------------------------------------------------------------------------------------------- buyers
def _org_from_framed(language: _Language, text: str, position: int,
                     after: re.Pattern[str] | None) -> tuple[int, int] | None:
    if after is None:
        if language.head_initial:
            return None
        end = _latin_name_end(text, position)
        return (position, end) if end > position else None
    window = text[position:position + 200]
    for match in after.finditer(window):
        candidate = window[:match.start()]
        if re.search(r"[\n;:!?]", candidate):
            return None
        return position, position + match.start()
    return None


def prose_buyers(text: str) -> list[tuple[int, int]]:
    """Buyer spans, most explicit first: the buyer an agent acts for ("on behalf of X", 受X委托), a name the notice
    itself calls the buyer ("X (the Authority)", "X（采购人）", "采购人为X"); then, in text order, the subject of a
    notice sentence, a title head, or a framed name. The caller takes the first."""
    cues = load_cues()
    window = text[:PROSE_WINDOW]
    explicit: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in _SENTENCE_START_RE.finditer(window)]
    for language in cues.languages:
        for position in starts:
            match = language.subject_re.match(window, position)
            if not match:
                continue
            start, end = _trimmed(window, *match.span("org"))
            start = _strip_article(language, window, start, end)
            if _looks_like_org(language, window[start:end]):
                found.append((start, end))
        for before, after in language.framed:
            for match in before.finditer(window):
                span = _org_from_framed(language, window, match.end(), after)
                if not span:
                    continue
                start, end = _trimmed(window, *span)
                start = _strip_article(language, window, start, end)
                if _looks_like_org(language, window[start:end]):
                    found.append((start, end))
        explicit.extend(_agent_frame_buyers(language, window))
        explicit.extend(_apposition_buyers(language, window, starts))
    zh_explicit, zh_found = _chinese_buyers(window, cues)
    explicit.extend(zh_explicit)
    found.extend(zh_found)
    from enrich.buyer_span import refine_span
    from enrich.prose_buyers import is_vendor, more_buyers  # second pass; it imports this module

    more_explicit, more_found = more_buyers(text)
    explicit.extend(more_explicit)
    found = [(start, end) for start, end in found if not is_vendor(window[start:end])]  # never a vendor
    found = sorted(set(found), key=lambda x: (x[0], -x[1])) or more_found  # in text order, longest first; the
    # second pass's own order otherwise (a headline's name leads it); a title's short form yields to the body's own
    found = lede_form_with_place(window, body_form_first(window, found, more_found))  # r37: "… del Paraguay"
    ordered = sorted(set(explicit)) + [span for span in dict.fromkeys(found) if span not in set(explicit)]
    ordered = body_long_form_first(window, ordered)  # r43b: title "Mairie de X", body "Mairie du District de X"
    spans = [with_county_after(window, *refine_span(window, start, end)) for start, end in ordered
             if not is_vendor(window[start:end]) and not _DATED_NAME.search(window, start, end)]
    spans = outside_dateline(window, spans)  # r41b: "Baltimore County, Maryland — The … Police Department …"
    spans = after_clause_verbs(window, spans)  # r41b: "公司中标X公安分局…"
    named = [(start, end) for start, end in spans if not generic_title(window[start:end])
             and not names_a_crowd(window[start:end])]  # r37b: "Residents of X asked …", "No U.S. government …"
    if named:
        return named
    from enrich.generic_buyers import last_buyers  # last: a title's tail (round 30), "The city bought …"
    from enrich.lede_subjects import lede_subject  # before it: a lede's unmarked subject ("L'ONEE a attribué")

    subject = lede_subject(window)
    if subject is not None and names_a_crowd(window[subject[0]:subject[1]]):
        subject = None  # r37b: "Guests discussed …"
    # r35b_buyers: last, a town's body named with a fixed head anywhere ("La AEPD sancionó al Ayuntamiento de X")
    return [refine_span(window, *subject)] if subject is not None else last_buyers(window) or municipal_names(window)


# "巴楚县2026年度第三季度政府(采购意向)": a headline's date read into a name is no body
_DATED_NAME = re.compile(r"\d{4}\s*年|季度")


def _agent_frame_buyers(language: _Language, window: str) -> list[tuple[int, int]]:
    """"… on behalf of Wexmoor County Council", "… en nombre del Ayuntamiento de X": the named buyer."""
    found = []
    for frame in language.agent_frames:
        for match in frame.finditer(window):
            position = match.end()
            if language.head_initial:
                end = _head_initial_name_end(language, window, position)
            else:
                end = _latin_name_end(window, position)
            if end <= position:
                continue
            start, end = _trimmed(window, position, end)
            start = _strip_article(language, window, start, end)
            if _looks_like_org(language, window[start:end]):
                found.append((start, end))
    return found


def _apposition_buyers(language: _Language, window: str, starts: list[int]) -> list[tuple[int, int]]:
    """"Wexmoor Borough Council (the Authority)", "La Municipalidad de X (en adelante, la Entidad)": the longest
    organisation-looking name that ends right before the apposition, within its sentence."""
    found = []
    for apposition in language.appositions:
        for match in apposition.finditer(window):
            name_end = match.start()
            sentence_start = max((s for s in starts if s <= name_end), default=0)
            sentence_start = max(sentence_start, name_end - 200)
            for word in re.finditer(r"(?<![\w'’\-])\w", window[sentence_start:name_end]):
                start, end = _trimmed(window, sentence_start + word.start(), name_end)
                if start >= end:
                    continue
                start = _strip_article(language, window, start, end)
                value = window[start:end]
                if "," in value or "(" in value or "\n" in value:
                    continue
                if _looks_like_org(language, value):
                    found.append((start, end))
                    break
    return found


# Suppliers named in prose: enrich/prose_suppliers.py.
