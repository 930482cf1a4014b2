"""More buyers named in prose: portal fields the label list misses, sentence subjects with any verb, "by the X".

Why a second pass: held-out notices showed buyers that enrich/prose_parties.py's cue verbs never meet - "La
Unidad Regional de Análisis Digital de Medellín adjudicó…", "Die Landesstelle … Dresden hat … beschafft", "The
Kingsway Municipal Facilities Office in Vancouver replaced…", "Awarding office: X", "判給實體：X", "记者从X获悉",
"… operated by the Tambaram Commuter Safety Cell". They are read here with the cues of
enrich/data/prose_buyer_cues.yaml and handed to prose_parties.prose_buyers, which ranks them: a field or a JSON
"buyer" outranks any sentence, and a sentence subject found here is only used when no cue of the first pass fired.

Precision over recall, as in the first pass: a name must contain an organisation word, English names are written in
capitals, a company legal form (Ltd, S.A., GmbH) is never a sentence's buyer, a registry vendor never a buyer at all,
and a place written after the name (", Bristol", "(Lisboa)", " — PE", "of Boise, Idaho") is not part of it.

Round 32: the readers live by job - enrich/buyer_subjects.py (a sentence's or a lede's subject) and
enrich/buyer_frames.py (fields, JSON, "by the X", other scripts, fixed-head names); this module gathers and ranks.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import cues as _cues
from enrich.buyer_cues import is_vendor as is_vendor
from enrich.buyer_cues import org_like as _org_like
from enrich.buyer_frames import by_frame_buyers, field_buyers, named_bodies, script_buyers
from enrich.buyer_name_parts import FRONTED_SOURCE, zh_buyers
from enrich.buyer_name_parts import strip_place_tail as strip_place_tail
from enrich.buyer_subjects import body_start, is_org_word, sentence_starts, subject_at
from enrich.headline_buyers import heading_line_buyers, headline_buyers, lede_start, org_line_buyers
from enrich.municipal_buyers import acting_department, municipal_line_buyers
from enrich.reported_buyers import reported_buyers, without_reporters

PROSE_WINDOW = 20_000  # as enrich/prose_parties.py: buyers are introduced early
_TOWN_AFTER = re.compile(r"[ \t]+(?:i|di|in)[ \t]+[A-ZÀ-Þ][\w'’ -]{2,30}")  # what the lede's reading cut
_AWARD_TITLE = re.compile(r"Award [A-Z0-9]{8,}[ \t]+[—–-][ \t]+(?P<org>[^\n]{4,90}?)[ \t]*\n")


def more_buyers(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(explicit, other) buyer spans: fields and JSON buyers are explicit; the name a headline and its lede share
    (enrich/headline_buyers.py) leads the others; then sentence subjects, "by the X" frames, Chinese report
    sentences and a heading line, in text order. Vendors are dropped."""
    window = text[:PROSE_WINDOW]
    explicit = field_buyers(window) + municipal_line_buyers(window) + org_line_buyers(window)
    award = _AWARD_TITLE.match(window)  # USAspending as a page: "Award 70B03C26F00000912 — U.S. Customs and …"
    explicit += [award.span("org")] if award and (_org_like(award.group("org")) or re.fullmatch(
        r"(?:[A-Z][\w.'’&-]*[ \t]+(?:(?:and|of|for|the)[ \t]+)*)+[A-Z][\w.'’&-]*", award.group("org"))) else []
    headline = headline_buyers(window, is_org_word)
    # a news lede: after its dateline, or the body's first sentence ("Община Пловдив възложи …")
    lede = lede_start(window, body_start(window), plain=True) if "\n" in window else None
    starts = sentence_starts(window)
    starts += [] if lede is None or lede in starts else [lede]
    source = FRONTED_SOURCE.match(window, lede) if lede is not None else None  # "ΛΑΡΙΣΑ — Σύμφωνα με …, η"
    starts += [source.end()] if source else []
    found = [span for position in starts if (span := subject_at(window, position))]
    # the lede read without verb lists: only when no other reading names a buyer (see subject_at)
    lede_spans = [] if lede is None or any(s == lede for s, _ in found) else [
        span for span in [subject_at(window, lede, lede=True)] if span]
    by_frame, reported = by_frame_buyers(window), reported_buyers(window)  # round 23: "… found that X paid"
    found += by_frame + reported + zh_buyers(window, _cues().zh_frames) + script_buyers(window)
    found += heading_line_buyers(window)
    acting = reported + [x for x in by_frame if re.search(r"\bby[ \t]+(?:the[ \t]+)?$", window[x[0] - 8:x[0]])]
    named = named_bodies(window)  # a fixed-head name knows where it ends: "Corpo della Gendarmeria di San Marino ha"
    # "Yunusobod district administration (Yunusobod tuman hokimligi) has paid": the own name in brackets after it
    found = [next((n for n in named if re.fullmatch(r"[ \t]*[（(]", window[x[1]:n[0]])), x) for x in found]
    found = [x for x in found if not any(n[0] == x[0] and n[1] < x[1] for n in named)] + named
    keep = [(s, e) for s, e in explicit + headline + found + lede_spans
            if (e - s >= 4 or e - s >= 2 and not window[s:e].isascii()) and not is_vendor(window[s:e])]  # 福岡市
    others = without_reporters(window, sorted({x for x in found if x in keep} - set(headline),
                                              key=lambda x: (x[0], -x[1])), acting)
    # a sentence reading that opens where the headline's name does and reads further knows where the name ends
    # ("Sở Giao thông vận tải thành phố Đà Nẵng"; the headline says "Sở Giao thông vận tải")
    leads = [max((o for o in others if o[0] == s and o[1] > e), default=None)
             or next((o for o in others if o[0] == s and _TOWN_AFTER.fullmatch(window, o[1], e)), None)  # "X i Y"
             or max((o for o in others if s < o[0] and o[1] <= e), key=lambda o: o[1] - o[0], default=(s, e))
             for s, e in headline if (s, e) in keep]  # "Iginawad ng Pamahalaang Lungsod ng Quezon": the name inside
    ordered = acting_department(window, leads + [o for o in others if o not in leads])  # round 27: the acting PD
    return [x for x in explicit if x in keep], ordered + [
        x for x in lede_spans if x in keep and not others and not leads]
