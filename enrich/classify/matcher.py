"""Finding cue matches fast: patterns indexed by the characters they can start with.

Why: a notice is matched against about a thousand cues of nine taxonomy ids and fourteen languages. One
giant alternation per id would be simple but slow (Python tries every alternative at every position). Here a
single scanner finds the positions where *some* cue can start, and at each such position only the
alternation of the cues that can begin with that character is tried — with exactly the result of the full
alternation (leftmost match, first listed cue wins at a position), because a cue is left out of a
character's table only when it provably cannot start with that character (see `firstchars`). Where the rules'
automaton has already found the positions a cue can start at (and the lanes it belongs to), those replace the
first-character scan: the other positions could only fail (see `rules.candidate_scan`).
"""
from __future__ import annotations

import bisect
import re
import re._constants as _constants  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
import re._parser as _parser  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from enrich import native_scan
from enrich.classify.firstchars import first_chars
from enrich.classify.patterns import ALNUM, LEFT_BOUNDARY, LETTER_RE, compile_cue, union

if TYPE_CHECKING:
    from enrich.classify.rules import Cue, IdRules, Rules, TableEntry


def _class_chars(pattern: str) -> frozenset[str]:
    """The characters of a pattern that is one plain character class of literals and ranges (no IGNORECASE)."""
    (op, items), = _parser.parse(pattern).data
    if op != _constants.IN:
        raise ValueError(f"not a character class: {pattern}")
    chars: set[str] = set()
    for item_op, value in items:
        if item_op == _constants.LITERAL:
            chars.add(chr(value))
        elif item_op == _constants.RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            raise ValueError(f"not a plain character class: {pattern}")
    return frozenset(chars)


#: The characters ALNUM matches: a set look-up per candidate position instead of a call of the pattern (thousands
#: per long notice).
_ALNUM_CHARS = _class_chars(ALNUM)


class Indexed:
    """Patterns matched like one alternation (leftmost, non-overlapping, first listed wins at a position),
    but only those that can start with the character at hand are tried there, and only those without a
    left word boundary are tried inside a word."""

    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        compiled = [f"(?:{source})" for source in sources]
        self.lane = build_lane(0, list(range(len(sources))), compiled, [first_chars(s) for s in sources],
                               boundary_prefix=lambda n: sources[n].startswith(LEFT_BOUNDARY))
        self.first = first_char_scanner(sorted(self.lane.dispatch), sorted(self.lane.inside_word))

    def spans(self, text: str, starts: list[int] | None = None) -> list[tuple[int, int]]:
        """Leftmost non-overlapping matches; `starts` (sorted), when given, holds every position where one of the
        patterns can match (enrich/fastscan.py) and replaces the first-character scan."""
        lane = self.lane
        if lane.probe is None and starts is not None:  # the usual case: `candidate_hits` written out in the loop
            return list(self._spans_from(text, starts))
        found: list[tuple[int, int]] = []
        next_free = 0
        at_word_start, inside_word = lane.dispatch, lane.inside_word
        if starts is not None:
            hits = candidate_hits(starts, text, at_word_start, inside_word)
        else:
            hits = ((h.start(), h.lastgroup == "start") for h in self.first.finditer(text)) \
                if self.first is not None else iter(())
        if lane.probe is None:  # without the merge (this loop is the classifier's hot path)
            for pos, word_start in hits:
                if pos < next_free:
                    continue
                m = (at_word_start if word_start else inside_word)[text[pos]].match(text, pos)
                if m is not None and m.end() > pos:
                    found.append((pos, m.end()))
                    next_free = m.end()
            return found
        for pos, hit in _positions(hits, probe_positions(lane, text)):
            if pos < next_free:
                continue
            if hit is not None:
                pattern = (at_word_start if hit else inside_word)[text[pos]]
            else:
                pattern = lane.anywhere  # type: ignore[assignment]  # only probe positions come without a hit
            m = pattern.match(text, pos)
            if m is not None and m.end() > pos:
                found.append((pos, m.end()))
                next_free = m.end()
        return found


    def lazy_spans(self, text: str, starts: list[int] | None = None) -> LazySpans:
        """`spans(text, starts)`, found only as far as they are asked for (see LazySpans)."""
        if self.lane.probe is not None or starts is None:
            return LazySpans(iter(self.spans(text, starts)))
        return LazySpans(self._spans_from(text, starts))

    def _spans_from(self, text: str, starts: list[int]) -> Iterator[tuple[int, int]]:
        """`spans`' usual loop (candidate positions known, no probe), a span at a time."""
        at_word_start, inside_word = self.lane.dispatch, self.lane.inside_word
        next_free = 0
        for pos in starts:
            if pos < next_free:  # (before the tests below: skipping a position that passes them changes nothing)
                continue
            ch = text[pos]
            if ch in at_word_start and (pos == 0 or text[pos - 1] not in _ALNUM_CHARS):
                pattern = at_word_start[ch]
            elif ch in inside_word:
                pattern = inside_word[ch]
            else:
                continue
            m = pattern.match(text, pos)
            if m is not None and m.end() > pos:
                next_free = m.end()
                yield pos, next_free


class LazySpans:
    """An `Indexed`'s spans in a text, read only as far as a question needs (`overlaps`). Spans are found left to
    right, leftmost and non-overlapping, so every span that starts before a position is known once one starting at
    or after it has been read (or none is left).

    Why: an id's exclusions are asked about only around the cue matches it reads - until it has kept the most
    evidence it quotes, in a long notice its first few matches - while their spans were found in the whole text
    (~1.7 ms of a 64 KB notice)."""

    def __init__(self, spans: Iterator[tuple[int, int]]) -> None:
        self._rest: Iterator[tuple[int, int]] | None = spans
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def upto(self, pos: int) -> None:
        """Read on until every span starting before `pos` is known."""
        spans = self.spans
        while self._rest is not None and (not spans or spans[-1][0] < pos):
            span = next(self._rest, None)
            if span is None:
                self._rest = None
            else:
                spans.append(span)
                self.starts.append(span[0])
                self.ends.append(span[1])

    def __bool__(self) -> bool:
        self.upto(0)  # (the first span, if any)
        return bool(self.spans)

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether a span overlaps [lo, hi)."""
        self.upto(hi)
        i = bisect.bisect_right(self.ends, lo)
        return i < len(self.spans) and self.spans[i][0] < hi


def candidate_hits(starts: list[int], text: str, at_word_start: Container[str],
                   inside_word: Container[str]) -> Iterator[tuple[int, bool]]:
    """(position, at a word start) for the candidate positions the first-character scanner would report: the
    character opens a cue at a word start (no letter or digit before it) or inside a word."""
    for pos in starts:
        ch = text[pos]
        if ch in at_word_start and (pos == 0 or text[pos - 1] not in _ALNUM_CHARS):
            yield pos, True
        elif ch in inside_word:
            yield pos, False


def first_char_scanner(word_start_chars: list[str], inside_chars: list[str]) -> re.Pattern[str] | None:
    """Finds positions where a cue may start: group "start" at a word start, otherwise inside a word."""
    if not word_start_chars:
        return None
    scanner = f"(?P<start>{LEFT_BOUNDARY}[{''.join(re.escape(ch) for ch in word_start_chars)}])"
    if inside_chars:
        scanner += f"|[{''.join(re.escape(ch) for ch in inside_chars)}]"
    return re.compile(scanner)


@dataclass(frozen=True)
class Lane:
    """Cues scanned together, leftmost match first, one match at a time (like one finditer).

    Unconditional cues share one lane; every conditional cue has its own, so that a conditional match
    rejected for lack of context never hides another cue matching at the same place. Cues whose first
    character cannot be bounded ("anywhere" cues: ``\\w…``, ``.…``) are part of every alternation of the lane,
    and `probe` finds the other positions where they can start."""

    key: int
    dispatch: dict[str, re.Pattern[str]]  # first character -> alternation of the cues that can start with it
    inside_word: dict[str, re.Pattern[str]]  # the same, for cues that may start inside a word
    anywhere: re.Pattern[str] | None  # the cues whose first character could not be worked out, alone
    probe: re.Pattern[str] | None  # zero-width: every position where one of those can match
    members: tuple[int, ...] = ()  # the cues of the lane (their numbers in the id's cue list)


def build_lane(key: int, members: list[int], compiled: list[str], firsts_of: list[frozenset[str] | None],
               boundary_prefix: Callable[[int], bool] | None = None) -> Lane:
    """Index the cues `members` (positions in `compiled`) by first character.

    `boundary_prefix(n)` says whether cue n starts with a left word boundary (it cannot match inside a word);
    by default the cue is a named group ``(?P<cN>…)`` whose source is examined."""
    if boundary_prefix is None:
        def boundary_prefix(n: int) -> bool:
            return compiled[n].startswith(f"(?P<c{n}>{LEFT_BOUNDARY}")
    by_char: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for n in members:
        firsts = firsts_of[n]
        if firsts is None:
            anywhere.append(n)
        else:
            for ch in firsts:
                by_char.setdefault(ch, []).append(n)
    alternations: dict[tuple[int, ...], re.Pattern[str]] = {}

    def alternation(indexes: list[int]) -> re.Pattern[str]:
        key_ = tuple(sorted(set(indexes)))  # file order: the first listed cue wins at a position
        if key_ not in alternations:
            alternations[key_] = re.compile("|".join(compiled[n] for n in key_))
        return alternations[key_]

    # At a word start every cue may match; inside a word only cues without a left word boundary
    # (Chinese cues, German infix cues) can, so those get a table of their own.
    inside_word = {}
    for ch, indexes in by_char.items():
        free = [n for n in indexes if not boundary_prefix(n)]
        if free:
            inside_word[ch] = alternation(free + anywhere)
    anywhere_source = "|".join(compiled[n] for n in anywhere)
    return Lane(
        key=key,
        dispatch={ch: alternation(indexes + anywhere) for ch, indexes in by_char.items()},
        inside_word=inside_word,
        anywhere=re.compile(anywhere_source) if anywhere else None,
        probe=re.compile(f"(?=({anywhere_source}))") if anywhere else None,
        members=tuple(members),
    )


def probe_positions(lane: Lane, text: str) -> list[int]:
    """Positions where one of the lane's unindexed cues matches something (empty matches never count)."""
    if lane.probe is None:
        return []
    return [m.start() for m in lane.probe.finditer(text) if m.group(1)]


def _positions(hits: Iterable[tuple[int, bool]], extra: list[int]) -> Iterator[tuple[int, bool | None]]:
    """(position, word start) hits and extra positions merged in text order: (position, the hit's word-start flag
    there or None)."""
    extra_iter = iter(extra)
    upcoming = next(extra_iter, None)
    for pos, word_start in hits:
        while upcoming is not None and upcoming < pos:
            yield upcoming, None
            upcoming = next(extra_iter, None)
        if upcoming == pos:
            upcoming = next(extra_iter, None)
        yield pos, word_start
    while upcoming is not None:
        yield upcoming, None
        upcoming = next(extra_iter, None)


def scan(folded: str, rules: Rules, starts: list[int] | None = None,
         lane_masks: dict[int, int] | None = None) -> dict[str, list[tuple[int, int, Cue]]]:
    """Cue matches per taxonomy id, in text order: leftmost non-overlapping within each lane.

    `rules` is the loaded `rules.Rules`. Matches of different lanes may overlap; `classify` keeps the first
    one that passes its checks. Each match is (start, end, cue), trimmed by `trim`. `starts` (sorted), when
    given, holds every position where some cue can match and replaces the first-character scan: a position
    where no cue can match changes nothing below; `lane_masks` (position → bit `lane.key` set for each lane with
    a cue that can match there) skips the lanes that cannot.
    """
    found: dict[str, list[tuple[int, int, Cue, int]]] = {r.taxonomy_id: [] for r in rules.by_id}
    next_free: dict[int, int] = {}
    word_start_table, inside_table = rules.char_table, rules.inside_table
    probes: dict[int, list[TableEntry]] = {}
    for id_rules, lane in rules.probed_lanes:
        anywhere = cast("re.Pattern[str]", lane.anywhere)  # a lane has `anywhere` whenever it has a `probe`
        for pos in probe_positions(lane, folded):
            probes.setdefault(pos, []).append((id_rules, lane.key, anywhere, lane.key))
    if starts is not None and lane_masks is not None and not probes:  # the usual case, the classifier's hot path
        _scan_candidates(folded, starts, rules, lane_masks, found)
        return _in_order(found)
    if starts is not None:
        hits = candidate_hits(starts, folded, word_start_table, inside_table)
    else:
        scanner = rules.first_char_re
        hits = ((h.start(), h.lastgroup == "start") for h in scanner.finditer(folded)) \
            if scanner is not None else iter(())
    positions = _positions(hits, sorted(probes)) if probes else hits
    for pos, word_start in positions:
        entries = [] if word_start is None else (word_start_table if word_start else inside_table)[folded[pos]]
        if probes and pos in probes:  # lanes whose unindexed cues can start here, not selected by the character
            seen = {lane_key for _, lane_key, _, _ in entries}
            entries = entries + [entry for entry in probes[pos] if entry[1] not in seen]
        lanes = -1 if lane_masks is None or pos in probes else lane_masks.get(pos, 0)
        for id_rules, lane_key, pattern, free_key in entries:
            if pos < next_free.get(free_key, 0) or not lanes >> lane_key & 1:
                continue
            m = pattern.match(folded, pos)
            if m is None or m.end() == pos:
                continue
            next_free[free_key] = m.end()
            found[id_rules.taxonomy_id].append(trim(folded, m, id_rules))
    return _in_order(found)


def _scan_candidates(folded: str, starts: list[int], rules: Rules, lane_masks: dict[int, int],
                     found: dict[str, list[tuple[int, int, Cue, int]]]) -> None:
    """`scan`'s loop where every candidate position and its lanes are known: the same tries in the same order.

    Why apart: a character's table lists every lane with a cue starting with it (a dozen for "c"), while the
    automaton says which few can match at a position; the lanes left are picked once per (word start, character,
    lanes) - a few dozen a notice, the same few hundred in every notice: kept for the process (`_chosen_for`) -
    instead of once per position and lane. The positions are `candidate_hits`
    written out in the loop (no generator to resume at each of a long notice's thousands of positions)."""
    at_word_start, inside_word = rules.char_table, rules.inside_table
    tables = (inside_word, at_word_start)
    if native_scan.compiled is not None:  # the same loop in compiled code (enrich/_scanhits.pyx)
        native = _chosen_for(rules, native=True)

        def pick(word_start: bool, ch: str, lanes: int) -> list[tuple[object, int, str, IdRules]]:
            return [(pattern.match, free_key, id_rules.taxonomy_id, id_rules)
                    for id_rules, lane, pattern, free_key in tables[word_start][ch] if lanes >> lane & 1]

        native_scan.scan_candidates(folded, starts, (at_word_start, inside_word), _ALNUM_CHARS, lane_masks, native,
                                    pick, trim, found)
        return
    next_free: dict[int, int] = {}
    chosen = _chosen_for(rules)
    for pos in starts:
        ch = folded[pos]
        if ch in at_word_start and (pos == 0 or folded[pos - 1] not in _ALNUM_CHARS):
            word_start = True
        elif ch in inside_word:
            word_start = False
        else:
            continue
        lanes = lane_masks.get(pos, 0)
        key = (word_start, ch, lanes)
        entries = chosen.get(key)
        if entries is None:
            entries = chosen[key] = [entry for entry in tables[word_start][key[1]] if lanes >> entry[1] & 1]
        for id_rules, _, pattern, free_key in entries:
            if pos < next_free.get(free_key, 0):
                continue
            m = pattern.match(folded, pos)
            if m is None or m.end() == pos:
                continue
            next_free[free_key] = m.end()
            found[id_rules.taxonomy_id].append(trim(folded, m, id_rules))


#: (the rules, their lanes picked per (word start, character, lanes)): the same few hundred keys recur in every
#: notice, so they are picked once per process rather than once per notice (a list per key, ~1 % of a 2 KB notice);
#: the compiled loop's entries (made by its `pick`) in `_NATIVE_CHOSEN`
_CHOSEN: tuple[object, dict[tuple[bool, str, int], list[Any]]] = (None, {})
_NATIVE_CHOSEN: tuple[object, dict[tuple[bool, str, int], list[Any]]] = (None, {})
_CHOSEN_MAX = 100_000  # keys kept before the cache starts afresh (a bound on memory, never reached in practice)


def _chosen_for(rules: Rules, native: bool = False) -> dict[tuple[bool, str, int], list[Any]]:
    """`_scan_candidates`'s entries per (word start, character, lanes) for `rules` (a new dict for other rules)."""
    global _CHOSEN, _NATIVE_CHOSEN
    made = _NATIVE_CHOSEN if native else _CHOSEN
    if made[0] is not rules or len(made[1]) > _CHOSEN_MAX:
        made = (rules, {})
        if native:
            _NATIVE_CHOSEN = made
        else:
            _CHOSEN = made
    return made[1]


def _in_order(found: dict[str, list[tuple[int, int, Cue, int]]]) -> dict[str, list[tuple[int, int, Cue]]]:
    """Matches per id in text order (at one position, in the order of the id's cue list)."""
    return {
        taxonomy_id: [(start, end, cue) for start, end, cue, _ in sorted(matches, key=lambda t: (t[0], t[3]))]
        for taxonomy_id, matches in found.items()
    }


def trim(folded: str, m: re.Match[str], id_rules: IdRules) -> tuple[int, int, Cue, int]:
    """(start, end, cue, cue index) of a match, without trailing gaps, German compounds quoted whole."""
    index = int(m.lastgroup[1:])  # type: ignore[index]  # a cue match: its last group is the cue's (?P<cN>…)
    cue = id_rules.cues[index]
    start, end = m.start(), m.end()
    while end > start and folded[end - 1].isspace():  # CJK gaps may trail
        end -= 1
    if cue.source.startswith("*"):  # quote the whole compound: Außenvideoüberwachung, not videoüberwachung
        while start > 0 and LETTER_RE.match(folded, start - 1):
            start -= 1
    return start, end, cue, index


def indexed(patterns: list[str], where: str, boundary: bool = True) -> Indexed | None:
    """An `Indexed` matcher of YAML patterns (None for an empty list); a bad pattern is named in the error."""
    if not patterns:
        return None
    union(patterns, where, boundary)  # validates with a clear error
    return Indexed([compile_cue(p, boundary) for p in patterns])
