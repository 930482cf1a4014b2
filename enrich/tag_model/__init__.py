"""A second reader for the technology tags: a small fastText classifier that proposes the tags the cue rules missed.

Why: cue rules are written from the development sets, and on text written by people who never saw them they miss
wording nobody foresaw (blind sets r-v: surveillance recall 0.87-0.93). A linear model over character and word
n-grams, trained on every labelled notice (tests/eval, ~9,000 notices in 60 languages), generalises differently:
measured leave-one-set-out on the three sets that were blind to the rules of their day (t, u, v), adding its
confident proposals raised surveillance F1 by 0.005-0.015 and tag micro-F1 by 0.008-0.015, and on blind set w,
scored once, by 0.011 and 0.022 (tests/eval/README.md, "Tag model and set w scored").

It mostly adds: a technology the rules found named only to be negated or withdrawn is not proposed, and a proposal
needs a clause of the notice that the model itself scores for that tag (`SENTENCE_MIN`), which becomes the tag's
quoted evidence. Its rule id says it is the model's (``model/<tag>/<the clause's score>``), so readers can tell a
proposal from a cue match. It removes in one case only: a notice-length text the model is all but certain buys no
surveillance (``none`` ≥ `NONE_CERTAIN`) while it doubts every id the rules found (each < `RULE_DOUBT`) keeps no tag.
A veto of single tags below 0.05 or 0.1 lost on every set; this one, measured leave-one-set-out (2026-12-04: models
trained without the set scored, judged on x, y, z and checked on t-w), dropped 16 notices' tags of which 12 were
false (a patient monitor's camera, a medical video, a smart meter, a wildlife camera, "no face recognition" phrased
as the rules missed): surveillance F1 averaged over x, y, z 0.970 -> 0.973, hard-negative notices falsely tagged
37 -> 29 (t-w: 17 -> 13). And where the rules read plate reading and nothing else it proposes no cctv (the labelling
rule "dedicated plate readers alone are not cctv" is beyond a bag of n-grams: 9 of its 12 such proposals were wrong).

Tried the same way and dropped, each within the ±0.001 micro-F1 that a second seed moves (tests/eval/README.md,
"Tag model: the weak tags measured leave-one-set-out"): per-tag thresholds (chosen on two judges, they lost on the
third), lower thresholds when the rules already found a tag, 50 epochs, 32 dimensions, word trigrams, a lower rate,
the title twice, the rare tags' notices twice, and clause-level examples (each labelled notice's best clause per
tag, and the best clause of every untagged one as ``none``), which lost 0.003 micro-F1.

The model (`tag_model.bin`, 4.7 MB) ships with the code; `make tag-model` rebuilds it from the labelled sets
(enrich/tag_model/training.py records what it was trained on in `tag_model.json`). fastText-predict reads it.
"""
from __future__ import annotations

import codecs
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich.cache import table
from enrich.model import TAXONOMY_IDS, Span, TechTag

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH = DATA_DIR / "tag_model.bin"
#: A notice-level probability at or above this proposes the tag (chosen on sets t, u and v, see module doc).
THRESHOLD = 0.9
#: The best clause must itself score this much for the tag, or there is nothing to quote and nothing is proposed.
SENTENCE_MIN = 0.5
#: A notice the rules tagged keeps no tag when the model gives ``none`` this much and each of its rule tags less than
#: RULE_DOUBT (see `review`): measured leave-one-set-out on sets x, y, z and t-w (module doc).
NONE_CERTAIN = 0.99
RULE_DOUBT = 0.01
#: ... and only on a notice-length text, this many words or more (a CJK character is a word): the model learnt from
#: notices (in sets t-z the shortest has 13 words, the shortest 5 % under 21, and every notice it dropped tags of in the
#: leave-one-set-out runs had 27 or more); on a headline or one sentence its "none" rests on a handful of n-grams
#: ("Il Comune ha attivato il riconoscimento facciale sulle telecamere" read as buying nothing, 9 words).
VETO_MIN_WORDS = 20
#: The labelling rule "dedicated plate readers alone are not cctv" is one a bag of n-grams cannot learn: where the
#: rules read plate reading and nothing else, the cameras they name are plate cameras, and cctv is not proposed.
PLATE_READING_ONLY = frozenset({"vehicle_recognition"})
#: Clauses longer than this are cut into windows of this many characters, each scored (and quoted) on its own.
MAX_QUOTE = 400

#: The model reads a notice's first this many characters: the longest notice it learnt from has 2,258, and reading
#: a 64 KB document whole cost a third of the rest of enrichment (bench/README.md, "Tag model").
WINDOW = 3000

_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])")
_PUNCT = re.compile(r"[^\w\s]|_")
_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[。！？；;!?\n]|\.(?=\s)")


_KEEP, _SPACE, _ZERO, _WORD = range(4)  # what `prepare` makes of a character: itself, " ", "0", " itself "


def _token_class(ch: str) -> int:
    """`prepare`'s rule for one character."""
    if ch.isspace():
        return _SPACE
    if _DIGIT.match(ch):
        return _ZERO
    if _PUNCT.match(ch):
        return _SPACE
    return _WORD if _CJK.match(ch) else _KEEP


class _Tokens(dict[int, str]):
    """`str.translate` table doing `prepare`'s substitutions in one pass, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kind = _token_class(ch)
        out = self[code] = " " if kind == _SPACE else "0" if kind == _ZERO else f" {ch} " if kind == _WORD else ch
        return out


_TOKENS = _Tokens()
_LONG = 256  # characters: a longer non-ASCII text is prepared by array look-ups (`_prepare_long`)
_TABLE_SIZE = 0x30000  # code points with a class in the table; a text holding one past it is translated


@table()
def _token_classes() -> bytes:
    """`_token_class` of every code point below _TABLE_SIZE, one byte each (cached by enrich/cache.py: ~0.3 s)."""
    return bytes(_token_class(chr(code)) for code in range(_TABLE_SIZE))


@lru_cache(maxsize=1)
def _token_arrays() -> tuple[Any, Any]:  # numpy arrays: each code point's replacement, and whether it is a word
    import numpy

    classes = numpy.frombuffer(_token_classes(), dtype=numpy.uint8)
    codes = numpy.arange(_TABLE_SIZE, dtype="<u4")
    replaced = numpy.where(classes == _SPACE, 0x20, numpy.where(classes == _ZERO, 0x30, codes)).astype("<u4")
    return replaced, classes == _WORD


def _prepare_long(folded: str) -> str | None:
    """`prepare` of a long text by one array look-up per character, the CJK words spaced by index arithmetic (None:
    a character past the table). Why: `str.translate` over a dict costs ~0.07 µs a non-ASCII character, 0.14 ms of
    a 2 KB notice's tag model for the first 3,000 characters alone."""
    import numpy

    codes = numpy.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    replaced, words = _token_arrays()
    try:
        out = replaced.take(codes)
    except IndexError:
        return None
    word = words.take(codes)
    count = int(numpy.count_nonzero(word))
    if count:  # a word's character goes one place after its own space, every word before it adding two
        at = numpy.arange(codes.size, dtype=numpy.intp) + 2 * numpy.cumsum(word, dtype=numpy.intp) - word
        spaced = numpy.full(codes.size + 2 * count, 0x20, dtype="<u4")
        spaced[at] = out
        out = spaced
    return str(codecs.utf_32_le_decode(out.tobytes(), "surrogatepass", True)[0])


def prepare(folded: str) -> str:
    """The model's view of folded text (`enrich.text.fold`): digits as 0, punctuation and line breaks as spaces,
    every CJK character a word of its own (so word n-grams are character n-grams there). fastText reads runs of
    spaces as one: they are left in (squeezing them cost half as much again and changed no probability on the
    labelled sets). Training uses it too."""
    if len(folded) >= _LONG and not folded.isascii():
        prepared = _prepare_long(folded)
        if prepared is not None:
            return prepared
    return folded.translate(_TOKENS)


@lru_cache(maxsize=1)
def _model() -> Any:  # a fasttext_predict model (untyped)
    import fasttext

    return fasttext.load_model(str(MODEL_PATH))


def model_hash() -> str:
    """The first 12 hex digits of the shipped model's SHA-256 (part of the classifier version), as training recorded
    it in tag_model.json (tests/enrich/test_tag_model.py checks it against the file): hashing the 4.7 MB model in
    every process's import would add to start-up."""
    meta = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    return str(meta["model_sha256"])[:12]


def probabilities(folded: str) -> dict[str, float]:
    """Each taxonomy id's probability for a folded text (ids the model gives nothing are absent)."""
    return {tid: p for tid, p in _scores(folded).items() if tid in TAXONOMY_IDS}


def _scores(folded: str) -> dict[str, float]:
    """Every label's probability for a folded text: the taxonomy ids and ``none`` (buys no surveillance)."""
    prepared = prepare(folded)
    if not prepared or prepared.isspace():
        return {}
    labels, scores = _model().predict(prepared, k=-1, threshold=0.0)
    return {label[9:]: min(float(score), 1.0) for label, score in zip(labels, scores, strict=False)}


def review(text: str, folded: str, tags: list[TechTag], withheld: set[str]) -> list[TechTag]:
    """The rule tags (`tags`) and the model's proposals: tags it is confident of that the rules did not find nor
    negate or withdraw (`withheld`), each quoting the clause it scores highest for it; no cctv beside plate reading
    alone. The rule tags are dropped when the model is all but certain a notice-length text (`VETO_MIN_WORDS`) buys
    no surveillance (`NONE_CERTAIN`) and doubts each of them (`RULE_DOUBT`)."""
    folded = folded[:WINDOW]
    scores = _scores(folded)
    found = {tag.taxonomy_id for tag in tags}
    if found and scores.get("none", 0.0) >= NONE_CERTAIN and all(scores.get(tid, 0.0) < RULE_DOUBT for tid in found) \
            and len(prepare(folded).split()) >= VETO_MIN_WORDS:
        return []
    wanted = [tid for tid in TAXONOMY_IDS
              if scores.get(tid, 0.0) >= THRESHOLD and tid not in found and tid not in withheld
              and not (tid == "cctv" and found == PLATE_READING_ONLY)]
    if not wanted:
        return tags
    clauses = [(probabilities(folded[s:e]), s, e) for s, e in _clauses(folded)]  # scored once for every id wanted
    proposed: list[TechTag] = []
    for tid in wanted:
        best = max(((scored.get(tid, 0.0), s, e) for scored, s, e in clauses), default=None)
        if best is None or best[0] < SENTENCE_MIN:
            continue
        score, start, end = best
        proposed.append(TechTag(tid, Span(start, end, text[start:end]), f"model/{tid}/{score:.2f}"))
    return [*tags, *proposed]


def _clauses(folded: str) -> list[tuple[int, int]]:
    """Clause spans of the text, trimmed of spaces; a clause longer than MAX_QUOTE is cut into windows."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_CLAUSE_END.finditer(folded), None]:
        end = match.end() if match else len(folded)
        lo, hi = start, end
        while lo < hi and folded[lo].isspace():
            lo += 1
        while hi > lo and folded[hi - 1].isspace():
            hi -= 1
        for s in range(lo, hi, MAX_QUOTE):
            if min(hi, s + MAX_QUOTE) - s >= 4:
                spans.append((s, min(hi, s + MAX_QUOTE)))
        start = end
    return spans
