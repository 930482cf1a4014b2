"""A second reader for vendor-link roles: a small fastText classifier that reads the words around a vendor's name and
gives the probability that the notice names it as this purchase's supplier.

Why: the cue rules (enrich/vendor_links.py) are written from the development sets, and rounds tuned to one set
carried little to the next blind one (set z, blind: 20 of 90 supplier links spurious - a research paper's "networks
built by Huawei and Hikvision", a 10-Q's competitors, cameras being ripped out). The tag model's lesson
(enrich/tag_model) is that a linear model over character and word n-grams, learnt from every labelled set, carries
to unseen wording where rules do not.

What it sees: ``BEFORE`` characters before the name and ``AFTER`` after it, the name itself replaced by
``NAME_TOKEN`` and other registry vendors' names in the window by ``OTHER_TOKEN`` (so it learns roles, not brands),
prepared like the tag model's text, plus a token for the notice's stage (award, tender, report or none) and the
four words on each side of the name again, marked by side (``ql…``, ``qr…``).

How it combines with the rules (`review`): a `supplier` link the rules made is vetoed (`mentioned`) when the
model's probability is below ``VETO_BELOW``; a name the rules left `mentioned` only for want of wording (no
negative wording decided it, its vendor not linked elsewhere) is promoted when the probability is above
``PROMOTE_ABOVE``. Either way the party records it: ``decided_by = "model/<role>/<probability>"``; the evidence
stays the name as written. Thresholds were chosen leave-one-set-out on sets x, y and z together.

Measured leave-one-set-out over all 28 development sets: spurious supplier links 34/1181 → 26/1167 (0.029 → 0.022)
at supplier resolution 0.984 → 0.979; on sets x, y and z together 0.087 → 0.054 at equal resolution, and with the
engines those sets were blind to 0.175 → 0.131 at 0.814 → 0.854 (tests/eval/README.md, "Vendor role model").
Without the side-marked neighbour words the model vetoed a supplier whose window also held a competitor or a
rejected bid, and cost 0.025 resolution over all sets.

The model (`vendor_role_model.bin`) ships with the code; `make vendor-role-model` rebuilds it
(enrich/vendor_role_model/training.py records what it was trained on in `vendor_role_model.json`).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich.model import Party
from enrich.tag_model import prepare
from enrich.text import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH = DATA_DIR / "vendor_role_model.bin"
BEFORE = 150  # characters read before the name
AFTER = 100  # … and after it
#: On. Round 26 switched it off when its rules alone beat rules + model leave-one-set-out on sets x, y, z and aa
#: (295/305 resolved, 6/301 spurious, against 293/305, 9/302) - but those rules had been written from those sets'
#: errors, so the comparison favoured them. Blind set ab then showed the opposite: supplier resolution 0.841 with
#: 53/164 spurious links off, 0.886 with 39/156 on (tests/eval/README.md, "Round 26 and set ab scored").
#: Training reads the rules alone; `python -m enrich.vendor_role_model.loso` measures both.
ENABLED = True
NAME_TOKEN = " qqvendorqq "
OTHER_TOKEN = " qqbrandqq "
NEAR_WORDS = 4  # the words on each side of the name repeated, marked by side
#: A rules' supplier link whose probability is below this becomes `mentioned` (chosen leave-one-set-out, see doc).
VETO_BELOW = 0.05
#: A wordless `mentioned` whose probability is above this becomes `supplier` (above 1: never).
PROMOTE_ABOVE = 0.9
#: The veto's threshold for a supplier link the rules' strongest supply wording made ("supplied by X", 由X提供;
#: vendor_links._strong_supply); 0: never vetoed. Round 27 measured exempting them leave-one-set-out on sets ab, aa,
#: z, y and x (`loso --strong-veto 0`, 0.02 scored the same): supplier resolution 417/437 → 419/437 but spurious
#: links 23/440 → 26/445 - the three were the model's right vetoes on set ab ("a 2020 arrangement with X ended years
#: ago", "contrary to a report naming X as supplier", "aucun contrat n'a été conclu avec X", since written as rules).
#: Kept equal to VETO_BELOW until round 32: the veto still reaches "new cameras built by Hikvision, to be installed
#: …" (0.03). Round 32 (the model retrained with set ah vetoed kk "Камераларды Hikvision компаниясы жеткізді" at
#: 0.04): leave-one-set-out on sets ab-ah, 0.02 against 0.05 resolves 664/705 against 663/705 suppliers with the
#: same spurious links (38 in both).
STRONG_VETO_BELOW = 0.02


def strong_veto_differs() -> bool:
    """Whether the strongest supply wording has a veto threshold of its own: only then does vendor_links look for it
    (a second search of the words before every supplier name otherwise spent for nothing)."""
    return ENABLED and STRONG_VETO_BELOW != VETO_BELOW


class _FoldedTokens(dict[int, str]):
    """`prepare(fold(ch))` of each character met, so that a window is read in one `str.translate` pass instead of
    two (both maps work character by character: the same text, ~2x faster on the non-ASCII windows most are)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = prepare(fold(chr(code)))
        return out


_FOLDED_TOKENS = _FoldedTokens()


def _view(piece: str) -> str:
    """``prepare(fold(piece))``."""
    return prepare(piece.lower()) if piece.isascii() else piece.translate(_FOLDED_TOKENS)


@lru_cache(maxsize=1)
def _model() -> Any:  # a fasttext_predict model (untyped)
    import fasttext

    return fasttext.load_model(str(MODEL_PATH))


@lru_cache(maxsize=1)
def model_hash() -> str:
    """The first 12 hex digits of the shipped model's SHA-256, as training recorded it. Read once a process, like the
    model itself: `enrich.classifier_version` asks for it with every notice (reading the JSON was ~0.2 ms, ~5 % of a
    2 KB notice)."""
    meta = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    return str(meta["model_sha256"])[:12]


def features(text: str, start: int, end: int, others: Iterable[tuple[int, int]], stage: str | None) -> str:
    """The model's line for the name at [start, end): its window with the name and other vendors' names masked,
    and the notice's stage. Training builds its corpus with this very function."""
    lo, hi = max(0, start - BEFORE), min(len(text), end + AFTER)
    masks = sorted({(start, end, NAME_TOKEN)} | {(s, e, OTHER_TOKEN) for s, e in others
                                                 if lo <= s and e <= hi and (e <= start or s >= end)})
    pieces: list[str] = []
    pos = lo
    for s, e, token in masks:
        if s < pos:
            continue
        pieces += [_view(text[pos:s]), token]
        pos = e
    pieces.append(_view(text[pos:hi]))
    words = "".join(pieces).split()
    # the words right next to the name again, marked by side: a bag of words cannot tell which of two names in one
    # window "competitors include" or "was rejected" belongs to, its neighbours can
    at = words.index(NAME_TOKEN.strip())
    near = [*(f"ql{w}" for w in words[max(0, at - NEAR_WORDS):at]),
            *(f"qr{w}" for w in words[at + 1:at + 1 + NEAR_WORDS])]
    return " ".join([*words, f"qqstage{stage or 'none'}qq", *near])


def supplier_probability(line: str) -> float:
    """The model's probability that a `features` line names this purchase's supplier."""
    labels, scores = _model().predict(line, k=-1, threshold=0.0)
    return next((min(float(s), 1.0) for label, s in zip(labels, scores, strict=False)
                 if label == "__label__supplier"), 0.0)


def review(text: str, parties: Sequence[Party], wordless: set[int], stage: str | None,
           others: Iterable[tuple[int, int]] = (), suppliers: AbstractSet[str] = frozenset(),
           strong: AbstractSet[int] = frozenset()) -> list[Party]:
    """The rules' vendor parties with the model's vetoes and promotions (see module doc). ``wordless``: indexes of
    parties the rules made `mentioned` for want of wording; ``others``: spans of vendor names found elsewhere
    (labelled fields), masked like the rest; ``suppliers``: vendor ids labelled fields link already. A vendor
    already linked as a supplier is not promoted again (its wordless mentions are dropped as redundant);
    ``strong``: indexes of suppliers the rules' strongest wording names, vetoed only below ``STRONG_VETO_BELOW``."""
    if not ENABLED:
        return list(parties)  # switched off (training reads the rules alone)
    linked = set(suppliers) | {p.vendor_id for p in parties if p.role == "supplier"}
    spans = [p.evidence for p in parties if p.vendor_id]
    masked = [(s.start, s.end) for s in spans] + list(others)
    reviewed: list[Party] = []
    for index, party in enumerate(parties):
        promotable = (PROMOTE_ABOVE <= 1.0 and index in wordless and party.role == "mentioned"
                      and party.vendor_id not in linked)
        if party.vendor_id and (party.role == "supplier" or promotable):
            p = supplier_probability(features(text, party.evidence.start, party.evidence.end, masked, stage))
            if party.role == "supplier" and p < (STRONG_VETO_BELOW if index in strong else VETO_BELOW):
                party = replace(party, role="mentioned", decided_by=f"model/mentioned/{p:.2f}")
            elif promotable and p > PROMOTE_ABOVE:
                party = replace(party, role="supplier", decided_by=f"model/supplier/{p:.2f}")
        reviewed.append(party)
    return reviewed
