"""Multilingual surveillance-technology classification with quoted evidence.

The rules are reviewed data, not code: cue patterns, exclusions and negation words live in
``enrich/data/taxonomy_cues.yaml`` and structured product codes in ``enrich/data/structured_codes.csv``.
This module only knows how to apply them:

1. Text is folded (`enrich.text.fold`: lower case, no accents, simplified Chinese) with its length
   unchanged, so a match at ``[start:end]`` in the folded text quotes the stored text exactly.
2. Every taxonomy id has `include` cues (always count), `weak` cues (dropped when the document's topic
   is a known false-positive class, e.g. 森林防火 for a bare 视频监控) and `conditional` cues (count only
   with a required context, e.g. fingerprints only in a policing/ID context).
3. A cue is dropped when an `exclude_overlap` pattern overlaps it (央视 CCTV-1, face mask, 电力监控),
   when an `exclude_context` pattern is in the same sentence nearby, or when the clause negates it
   ("does not perform facial recognition", 不含人脸识别, sin reconocimiento facial, без распознавания лиц).
4. Structured codes written into the text ("CPV: 32323500 ...") are mapped through the CSV.

Cues of every language are applied to every notice: notices mix languages (an EU notice in German quotes
English CPV labels; a Chinese notice names products in English), and the cue sets do not collide.
`CLASSIFIER_VERSION` names the YAML version and a hash of both data files; it is stored with every tag.
"""
from __future__ import annotations

import bisect
import csv
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from enrich.model import Span, TechTag
from enrich.text import fold

try:  # the regex parser, to index cues by their first character (see _first_chars)
    import re._parser as _sre_parser
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from enrich.model import TAXONOMY_IDS  # noqa: E402 - re-exported for callers

DATA_DIR = Path(__file__).parent / "data"
CUES_PATH = DATA_DIR / "taxonomy_cues.yaml"
CODES_PATH = DATA_DIR / "structured_codes.csv"


# Regex macros usable in the YAML. CJK characters count as \w in Python, so "\b" fails between
# 采购 and CCTV; these boundaries only look at letters/digits of alphabetic scripts.
# Folded text is lower case, so these short classes cover Latin (with ß ł đ …), Greek and Cyrillic; they
# compile far faster than "\w minus the CJK blocks".
_LETTER = r"[a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f]"
_ALNUM = r"[0-9a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f]"
_MACROS = {"{w}": _LETTER, "{b}": rf"(?!{_ALNUM})"}
_LEFT_BOUNDARY = rf"(?<!{_ALNUM})"
_LETTER_RE = re.compile(_LETTER)
_CJK_GAP = r"\s{0,2}"  # OCR and PDF extraction put spaces (or a line break) between ideographs
_CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class CueFileError(ValueError):
    """The reviewed cue/code files are malformed; raised at load time with the offending entry."""


@dataclass(frozen=True)
class _Cue:
    taxonomy_id: str
    language: str
    source: str  # the pattern as written in the YAML: it names the rule
    weak: bool
    requires: re.Pattern[str] | None  # a cue that counts only with this context ...
    unless: re.Pattern[str] | None  # ... and without this one
    scope: str  # where requires/unless are looked for: sentence | document


@dataclass(frozen=True)
class _Lane:
    """Cues scanned together, leftmost match first, one match at a time (like one finditer).

    Unconditional cues share one lane; every conditional cue has its own, so that a conditional match
    rejected for lack of context never hides another cue matching at the same place."""

    key: int
    dispatch: dict[str, re.Pattern[str]]  # first character -> alternation of the cues that can start with it
    inside_word: dict[str, re.Pattern[str]]  # the same, for cues that may start inside a word
    anywhere: re.Pattern[str] | None  # cues whose first character could not be worked out


@dataclass(frozen=True)
class _IdRules:
    taxonomy_id: str
    lanes: tuple[_Lane, ...]
    cues: tuple[_Cue, ...]
    exclude_overlap: _Indexed | None
    exclude_context: _Indexed | None
    exclude_topic: re.Pattern[str] | None
    topic_override: re.Pattern[str] | None


@dataclass(frozen=True)
class _Rules:
    version: str
    by_id: tuple[_IdRules, ...]
    negation_before: _Indexed
    negation_after: re.Pattern[str]
    negation_right_after: re.Pattern[str] | None  # `after` patterns written with a leading ^
    negation_tight: re.Pattern[str] | None
    negation_header: re.Pattern[str] | None  # "Not included:", 不含： — negates the rest of the sentence
    clause_break: re.Pattern[str]
    soft_break: re.Pattern[str]
    list_connector: re.Pattern[str]
    context_window: int
    negation_window: int
    max_evidence: int
    first_char_re: re.Pattern[str] | None  # where some cue can start (see _first_char_scanner)
    char_table: dict[str, list[tuple[_IdRules, int, re.Pattern[str]]]]  # first char -> (id, lane, cues)
    inside_table: dict[str, list[tuple[_IdRules, int, re.Pattern[str]]]]  # the same, inside a word
    codes: dict[tuple[str, str], tuple[str, str]]  # (scheme, code) -> (taxonomy_id, label)
    code_line: re.Pattern[str]
    cpv_bare: re.Pattern[str]


def _fold_pattern(pattern: str) -> str:
    """Fold a regex the way text is folded, leaving escapes (\\s, \\d, \\b …) untouched."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        else:
            out.append(fold(ch))
    return "".join(out)


def _allow_cjk_gaps(pattern: str) -> str:
    """Let whitespace sit between ideographs (人 脸 识 别) without writing it in every cue.

    A gap is inserted between two ideographs, between an ideograph and an opening group, and between a
    closing group and an ideograph — never inside a character class, after an escape, or inside a
    look-behind (which must keep a fixed width).
    """
    out: list[str] = []
    escaped = False
    in_class = False
    depth = 0  # parenthesis depth
    lookbehind_depths: list[int] = []  # depths at which a look-behind group is open
    for i, ch in enumerate(pattern):
        out.append(ch)
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            continue
        if in_class:
            in_class = ch != "]"
            continue
        if ch == "[":
            in_class = True
            continue
        if ch == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i):
                lookbehind_depths.append(depth)
        elif ch == ")":
            if lookbehind_depths and lookbehind_depths[-1] == depth:
                lookbehind_depths.pop()
            depth -= 1
        if lookbehind_depths:
            continue
        nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
        here_cjk = bool(_CJK_CHAR_RE.match(ch))
        next_cjk = bool(nxt and _CJK_CHAR_RE.match(nxt))
        if (here_cjk and (next_cjk or nxt == "(")) or (ch == ")" and next_cjk):
            out.append(_CJK_GAP)
    return "".join(out)


def _compile_cue(raw: str, boundary: bool = True) -> str:
    """YAML cue → regex source: folded, macros expanded, CJK gaps, left word boundary for alphabetic cues."""
    infix = raw.startswith("*") or not boundary
    pattern = _fold_pattern(raw[1:] if raw.startswith("*") else raw)
    pattern = _allow_cjk_gaps(pattern)
    for macro, expansion in _MACROS.items():
        pattern = pattern.replace(macro, expansion)
    first = pattern.lstrip("(?:")[:1]
    if not infix and first and not _CJK_CHAR_RE.match(first):
        pattern = _LEFT_BOUNDARY + "(?:" + pattern + ")"
    return pattern


_MAX_FIRST_CHARS = 4000


def _first_chars(items: list) -> tuple[set[str] | None, bool]:
    """Characters a parsed regex sequence can start with (None: any), and whether it can match empty.

    Used to index cues by their first character: matching then tries, at each position, only the
    few cues that can start with the character found there instead of the whole alternation.
    """
    firsts: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in {"ASSERT", "ASSERT_NOT", "AT"}:
            continue  # zero-width
        if name == "LITERAL":
            firsts.add(chr(av))
            return firsts, False
        if name == "IN":
            chars: set[str] = set()
            for item_op, item_av in av:
                kind = str(item_op)
                if kind == "LITERAL":
                    chars.add(chr(item_av))
                elif kind == "RANGE" and item_av[1] - item_av[0] < _MAX_FIRST_CHARS:
                    chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
                else:
                    return None, False  # NEGATE, CATEGORY, huge range
            firsts |= chars
            return firsts, False
        if name == "SUBPATTERN":
            inner, nullable = _first_chars(list(av[-1]))
        elif name == "BRANCH":
            inner, nullable = set(), False
            for branch in av[1]:
                branch_first, branch_nullable = _first_chars(list(branch))
                if branch_first is None:
                    return None, False
                inner |= branch_first
                nullable = nullable or branch_nullable
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            inner, nullable = _first_chars(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if inner is None:
            return None, False
        firsts |= inner
        if not nullable:
            return firsts, False
    return firsts, True


def _cue_first_chars(source: str) -> set[str] | None:
    parsed = _sre_parser.parse(source)
    firsts, nullable = _first_chars(list(parsed))
    return None if nullable else firsts


class _Indexed:
    """Patterns matched like one alternation (leftmost, non-overlapping, first listed wins at a position),
    but only those that can start with the character at hand are tried there, and only those without a
    left word boundary are tried inside a word."""

    def __init__(self, sources: list[str]) -> None:
        groups = [f"(?:{source})" for source in sources]
        by_char: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for n, source in enumerate(sources):
            firsts = _cue_first_chars(source)
            if firsts is None:
                anywhere.append(n)
            else:
                for ch in firsts:
                    by_char.setdefault(ch, []).append(n)
        cache: dict[tuple[int, ...], re.Pattern[str]] = {}

        def alternation(indexes: list[int]) -> re.Pattern[str]:
            key = tuple(indexes)
            if key not in cache:
                cache[key] = re.compile("|".join(groups[n] for n in key))
            return cache[key]

        self.at_word_start = {ch: alternation(indexes) for ch, indexes in by_char.items()}
        self.inside_word = {
            ch: alternation(free)
            for ch, indexes in by_char.items()
            if (free := [n for n in indexes if not sources[n].startswith(_LEFT_BOUNDARY)])
        }
        self.first = _first_char_scanner(sorted(self.at_word_start), sorted(self.inside_word))
        self.anywhere = re.compile("|".join(groups[n] for n in anywhere)) if anywhere else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.first is not None:
            next_free = 0
            at_word_start, inside_word = self.at_word_start, self.inside_word
            for hit in self.first.finditer(text):
                pos = hit.start()
                if pos < next_free:
                    continue
                table = at_word_start if hit.lastgroup == "start" else inside_word
                m = table[text[pos]].match(text, pos)
                if m is not None and m.end() > pos:
                    found.append((pos, m.end()))
                    next_free = m.end()
        if self.anywhere is not None:
            found += [(m.start(), m.end()) for m in self.anywhere.finditer(text) if m.end() > m.start()]
            found.sort()
        return found


def _first_char_scanner(word_start_chars: list[str], inside_chars: list[str]) -> re.Pattern[str] | None:
    """Finds positions where a cue may start: group "start" at a word start, otherwise inside a word."""
    if not word_start_chars:
        return None
    scanner = f"(?P<start>{_LEFT_BOUNDARY}[{''.join(re.escape(ch) for ch in word_start_chars)}])"
    if inside_chars:
        scanner += f"|[{''.join(re.escape(ch) for ch in inside_chars)}]"
    return re.compile(scanner)


def _indexed(patterns: list[str], where: str, boundary: bool = True) -> _Indexed | None:
    if not patterns:
        return None
    _union(patterns, where, boundary)  # validates with a clear error
    return _Indexed([_compile_cue(p, boundary) for p in patterns])


def _union(patterns: list[str], where: str, boundary: bool = True) -> re.Pattern[str] | None:
    if not patterns:
        return None
    sources = [_compile_cue(p, boundary) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{s})" for s in sources))
    except re.error:
        for raw, source in zip(patterns, sources):
            try:
                re.compile(source)
            except re.error as exc:
                raise CueFileError(f"{where}: bad pattern {raw!r}: {exc}") from exc
        raise


def _as_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CueFileError(f"{where}: expected a list of strings")
    return list(value)


def _load_codes(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    codes: dict[tuple[str, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"scheme", "code", "taxonomy_id", "label", "citation"} - set(reader.fieldnames or [])
        if missing:
            raise CueFileError(f"{path.name}: missing columns {sorted(missing)}")
        for line_no, row in enumerate(reader, start=2):
            taxonomy_id = (row["taxonomy_id"] or "").strip()
            if taxonomy_id and taxonomy_id not in TAXONOMY_IDS:
                raise CueFileError(f"{path.name} line {line_no}: unknown taxonomy id {taxonomy_id!r}")
            if not (row["citation"] or "").strip():
                raise CueFileError(f"{path.name} line {line_no}: every code needs a citation")
            if taxonomy_id:  # rows without an id record codes reviewed and judged too generic
                scheme = row["scheme"].strip().lower()
                codes[(scheme, row["code"].strip().upper())] = (taxonomy_id, row["label"].strip())
    return codes


def _data_hash() -> str:
    digest = hashlib.sha256()
    for path in (CUES_PATH, CODES_PATH):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _lane(key: int, members: list[int], compiled: list[str], firsts_of: list[set[str] | None]) -> _Lane:
    """Index the cues `members` (positions in `compiled`) by the characters they can start with."""
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
        if tuple(indexes) not in alternations:
            alternations[tuple(indexes)] = re.compile("|".join(compiled[n] for n in indexes))
        return alternations[tuple(indexes)]

    # At a word start every cue may match; inside a word only cues without a left word boundary
    # (Chinese cues, German infix cues) can, so those get a table of their own.
    return _Lane(
        key=key,
        dispatch={ch: alternation(indexes) for ch, indexes in by_char.items()},
        inside_word={
            ch: alternation(free)
            for ch, indexes in by_char.items()
            if (free := [n for n in indexes if not compiled[n].startswith(f"(?P<c{n}>{_LEFT_BOUNDARY}")])
        },
        anywhere=re.compile("|".join(compiled[n] for n in anywhere)) if anywhere else None,
    )


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    try:
        data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CueFileError(f"{CUES_PATH.name}: {exc}") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise CueFileError(f"{CUES_PATH.name}: needs a top-level `version:`")
    settings = data.get("settings") or {}
    negation = data.get("negation") or {}
    before: list[str] = []
    after: list[str] = []
    tight: list[str] = []
    header: list[str] = []
    for lang, entry in negation.items():
        before += _as_list(entry.get("before"), f"negation.{lang}.before")
        after += _as_list(entry.get("after"), f"negation.{lang}.after")
        tight += _as_list(entry.get("tight"), f"negation.{lang}.tight")
        header += _as_list(entry.get("header"), f"negation.{lang}.header")
    clauses = data.get("clauses") or {}

    taxonomy = data.get("taxonomy") or {}
    unknown = set(taxonomy) - set(TAXONOMY_IDS)
    if unknown:
        raise CueFileError(f"{CUES_PATH.name}: unknown taxonomy ids {sorted(unknown)}")
    by_id: list[_IdRules] = []
    lane_keys: list[str] = []
    for taxonomy_id in TAXONOMY_IDS:
        blocks = taxonomy.get(taxonomy_id) or {}
        cues: list[_Cue] = []
        sources: list[str] = []
        overlap: list[str] = []
        context: list[str] = []
        topic: list[str] = []
        override: list[str] = []
        # Python's alternation takes the first alternative that matches at a position, and a match
        # dropped later (by a condition) hides the others there; so unconditional cues come first.
        for kind in ("include", "weak"):
            for lang, block in blocks.items():
                for raw in _as_list(block.get(kind), f"taxonomy.{taxonomy_id}.{lang}.{kind}"):
                    cues.append(_Cue(taxonomy_id, lang, raw, kind == "weak", None, None, "sentence"))
                    sources.append(raw)
        for lang, block in blocks.items():
            where = f"taxonomy.{taxonomy_id}.{lang}"
            for i, group in enumerate(block.get("conditional") or []):
                gwhere = f"{where}.conditional[{i}]"
                if not isinstance(group, dict):
                    raise CueFileError(f"{gwhere}: expected a mapping with cues/requires/unless/scope")
                requires = _union(_as_list(group.get("requires"), f"{gwhere}.requires"), gwhere)
                unless = _union(_as_list(group.get("unless"), f"{gwhere}.unless"), gwhere)
                scope = group.get("scope", "sentence")
                if (requires is None and unless is None) or scope not in {"sentence", "document"}:
                    raise CueFileError(f"{gwhere}: needs `requires` or `unless`, and scope sentence|document")
                for raw in _as_list(group.get("cues"), f"{gwhere}.cues"):
                    cues.append(_Cue(taxonomy_id, lang, raw, False, requires, unless, scope))
                    sources.append(raw)
            overlap += _as_list(block.get("exclude_overlap"), f"{where}.exclude_overlap")
            context += _as_list(block.get("exclude_context"), f"{where}.exclude_context")
            topic += _as_list(block.get("exclude_topic"), f"{where}.exclude_topic")
            override += _as_list(block.get("topic_override"), f"{where}.topic_override")
            unknown_keys = set(block) - {"include", "weak", "conditional", "exclude_overlap",
                                         "exclude_context", "exclude_topic", "topic_override"}
            if unknown_keys:
                raise CueFileError(f"{where}: unknown keys {sorted(unknown_keys)}")
        if not cues:
            raise CueFileError(f"{CUES_PATH.name}: no cues for {taxonomy_id}")
        compiled: list[str] = []
        firsts_of: list[set[str] | None] = []
        for n, raw in enumerate(sources):
            source = _compile_cue(raw)
            try:
                firsts_of.append(_cue_first_chars(source))
            except re.error as exc:
                raise CueFileError(f"{taxonomy_id}: bad cue {raw!r}: {exc}") from exc
            compiled.append(f"(?P<c{n}>{source})")
        unconditional = [n for n, cue in enumerate(cues) if cue.requires is None and cue.unless is None]
        # Conditional cues that can never start on the same character may share a lane.
        conditional: list[list[int]] = []
        lane_chars: list[set[str] | None] = []
        for n, cue in enumerate(cues):
            if cue.requires is None and cue.unless is None:
                continue
            firsts = firsts_of[n]
            for i, chars in enumerate(lane_chars):
                if firsts is not None and chars is not None and not (chars & firsts):
                    conditional[i].append(n)
                    chars |= firsts
                    break
            else:
                conditional.append([n])
                lane_chars.append(set(firsts) if firsts is not None else None)
        lanes = []
        for members in [unconditional, *conditional]:
            lanes.append(_lane(len(lane_keys), members, compiled, firsts_of))
            lane_keys.append(taxonomy_id)
        by_id.append(
            _IdRules(
                taxonomy_id=taxonomy_id,
                lanes=tuple(lanes),
                cues=tuple(cues),
                exclude_overlap=_indexed(overlap, f"{taxonomy_id}.exclude_overlap"),
                exclude_context=_indexed(context, f"{taxonomy_id}.exclude_context"),
                exclude_topic=_union(topic, f"{taxonomy_id}.exclude_topic"),
                topic_override=_union(override, f"{taxonomy_id}.topic_override"),
            )
        )

    codes = _load_codes(CODES_PATH)
    schemes = sorted({scheme for scheme, _ in codes} | {"cpv", "psc", "naics", "unspsc"})
    scheme_alt = "|".join(schemes)
    code_line = re.compile(
        rf"(?<![a-z])(?P<scheme>{scheme_alt})(?![a-z])(?P<rest>(?:(?!(?<![a-z])(?:{scheme_alt})(?![a-z]))[^\n])*)"
    )
    char_table: dict[str, list[tuple[_IdRules, int, re.Pattern[str]]]] = {}
    inside_table: dict[str, list[tuple[_IdRules, int, re.Pattern[str]]]] = {}
    for id_rules in by_id:
        for lane in id_rules.lanes:
            for ch, pattern in lane.dispatch.items():
                char_table.setdefault(ch, []).append((id_rules, lane.key, pattern))
            for ch, pattern in lane.inside_word.items():
                inside_table.setdefault(ch, []).append((id_rules, lane.key, pattern))
    first_char_re = _first_char_scanner(sorted(char_table), sorted(inside_table))
    return _Rules(
        version=str(data["version"]),
        first_char_re=first_char_re,
        char_table=char_table,
        inside_table=inside_table,
        by_id=tuple(by_id),
        negation_before=_indexed(before, "negation.before") or _Indexed([r"(?!x)x"]),
        negation_after=_union([a for a in after if not a.startswith("^")], "negation.after")
        or re.compile(r"(?!x)x"),
        negation_right_after=_union([a[1:] for a in after if a.startswith("^")], "negation.after", boundary=False),
        negation_tight=_union(tight, "negation.tight", boundary=False),
        negation_header=_header_pattern(header),
        clause_break=re.compile(clauses.get("hard", r"[。！？；;!?\n]|\.(?=\s|$)")),
        soft_break=_union(_as_list(clauses.get("soft"), "clauses.soft"), "clauses.soft", boundary=False)
        or re.compile(r"[,，]"),
        list_connector=re.compile(
            r"^(?:\s|[,，、/]|"
            + "|".join(_compile_cue(c, boundary=False) for c in _as_list(clauses.get("list_connectors"), "clauses"))
            + r")*$"
        ),
        context_window=int(settings.get("context_window", 80)),
        negation_window=int(settings.get("negation_window", 60)),
        max_evidence=int(settings.get("max_evidence_per_id", 5)),
        codes=codes,
        code_line=code_line,
        cpv_bare=re.compile(r"(?<![\d.,])(\d{8})-\d(?!\d)"),
    )


def _header_pattern(labels: list[str]) -> re.Pattern[str] | None:
    """Negating labels followed by a colon; the match ends just after the colon."""
    if not labels:
        return None
    _union(labels, "negation.header")  # validates with a clear error
    alternatives = "|".join(f"(?:{_compile_cue(label)})" for label in labels)
    return re.compile(rf"(?:{alternatives})\s{{0,3}}[:：]")


def _version() -> str:
    return f"cues-{_rules().version}-{_data_hash()}"


CLASSIFIER_VERSION: str = _version()


class _Document:
    """Folded text plus the clause structure and negation positions, computed once per notice."""

    def __init__(self, text: str, rules: _Rules) -> None:
        self.text = text
        self.folded = fold(text)
        self.rules = rules
        self.hard_breaks = [m.start() for m in rules.clause_break.finditer(self.folded)]
        soft = {m.start(): m.end() for m in rules.soft_break.finditer(self.folded)}
        self.soft_breaks = sorted(soft)
        self.soft_break_ends = soft
        self.neg_before = rules.negation_before.spans(self.folded)
        self.neg_before_starts = [start for start, _ in self.neg_before]
        self.neg_header_ends = (
            [m.end() for m in rules.negation_header.finditer(self.folded)] if rules.negation_header is not None else []
        )
        self.all_cue_ends: set[int] = set()
        self.all_cue_spans: list[tuple[int, int]] = []
        self.cue_span_starts: list[int] = []

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.hard_breaks, start)
        left = self.hard_breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.hard_breaks, end)
        right = self.hard_breaks[j] if j < len(self.hard_breaks) else len(self.folded)
        return left, right

    def window(self, start: int, end: int, width: int) -> tuple[int, int]:
        left, right = self.sentence(start, end)
        return max(left, start - width), min(right, end + width)

    def clause_start(self, pos: int) -> tuple[int, int | None]:
        """Start of the clause holding `pos`, and the comma-like break that opens it (None at a sentence start)."""
        sentence_start, _ = self.sentence(pos, pos)
        i = bisect.bisect_left(self.soft_breaks, pos)
        while i > 0:
            brk = self.soft_breaks[i - 1]
            if brk < sentence_start:
                break
            if self.soft_break_ends[brk] <= pos:
                return self.soft_break_ends[brk], brk
            i -= 1
        return sentence_start, None

    def _negation_between(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.neg_before_starts, lo)
        return k < len(self.neg_before) and self.neg_before[k][1] <= hi

    def _without_cues(self, lo: int, hi: int) -> str:
        """The text in [lo, hi) with every cue match blanked out, to see whether only list glue is left."""
        if not self.cue_span_starts:
            self.all_cue_spans.sort()
            self.cue_span_starts = [start for start, _ in self.all_cue_spans]
        chars = list(self.folded[lo:hi])
        i = bisect.bisect_left(self.cue_span_starts, lo)
        while i < len(self.all_cue_spans) and self.all_cue_spans[i][0] < hi:
            s, e = self.all_cue_spans[i]
            if e <= hi:
                chars[s - lo : e - lo] = " " * (e - s)
            i += 1
        return "".join(chars)

    def negated(self, start: int, end: int) -> bool:
        """True when the clause around [start, end) negates or excludes the cue."""
        rules = self.rules
        # After the cue, up to the next comma: "facial recognition is not included", 人脸识别功能除外.
        _, sentence_end = self.sentence(start, end)
        after_end = min(sentence_end, end + rules.negation_window)
        k = bisect.bisect_left(self.soft_breaks, end)
        while k < len(self.soft_breaks) and self.soft_breaks[k] < after_end:
            if self.folded[self.soft_breaks[k]] not in ":：|\t":  # "Facial recognition: no", table cells
                after_end = self.soft_breaks[k]
                break
            k += 1
        if rules.negation_after.search(self.folded, end, after_end):
            return True
        # A negating label earlier in the sentence: "Not included: facial recognition, ALPR".
        if self.neg_header_ends:
            sentence_start, _ = self.sentence(start, end)
            h = bisect.bisect_right(self.neg_header_ends, start)
            if h > 0 and self.neg_header_ends[h - 1] > sentence_start:
                return True
        if rules.negation_right_after is not None and rules.negation_right_after.match(self.folded, end, after_end):
            return True
        # Single-character Chinese negations (无, 非) only when right before the cue: 无人脸识别功能.
        if rules.negation_tight is not None:
            for m in rules.negation_tight.finditer(self.folded, max(0, start - 2), end):  # lookaheads see the cue
                if m.end() == start:
                    return True
        # Before the cue in the same clause; a list carries the negation over commas ("no X, Y or Z").
        cursor = start
        for _ in range(8):
            clause_start, brk = self.clause_start(cursor)
            if self._negation_between(max(clause_start, cursor - rules.negation_window), cursor):
                return True
            if brk is None or self.folded[brk] not in ",，":  # "but", "however", colons end a list
                return False
            gap = self._without_cues(clause_start, cursor)
            before_break = len(self.folded[:brk].rstrip())
            if not rules.list_connector.match(gap) or before_break not in self.all_cue_ends:
                return False
            cursor = before_break
        return False


def _all_cue_matches(doc: _Document, rules: _Rules) -> dict[str, list[tuple[int, int, _Cue]]]:
    """Cue matches per taxonomy id, in text order: leftmost non-overlapping within each lane.

    Matches of different lanes may overlap; `classify` keeps the first one that passes its checks.
    """
    folded = doc.folded
    found: dict[str, list[tuple[int, int, _Cue, int]]] = {r.taxonomy_id: [] for r in rules.by_id}
    next_free: dict[int, int] = {}
    word_start_table, inside_table = rules.char_table, rules.inside_table
    scanner = rules.first_char_re
    for hit in scanner.finditer(folded) if scanner is not None else ():
        pos = hit.start()
        table = word_start_table if hit.lastgroup == "start" else inside_table
        for id_rules, lane_key, pattern in table[folded[pos]]:
            if pos < next_free.get(lane_key, 0):
                continue
            m = pattern.match(folded, pos)
            if m is None or m.end() == pos:
                continue
            next_free[lane_key] = m.end()
            found[id_rules.taxonomy_id].append(_trimmed(doc, m, id_rules))
    for id_rules in rules.by_id:
        for lane in id_rules.lanes:
            if lane.anywhere is not None:
                found[id_rules.taxonomy_id] += [
                    _trimmed(doc, m, id_rules) for m in lane.anywhere.finditer(folded) if m.end() > m.start()
                ]
    return {
        taxonomy_id: [(start, end, cue) for start, end, cue, _ in sorted(matches, key=lambda t: (t[0], t[3]))]
        for taxonomy_id, matches in found.items()
    }


def _trimmed(doc: _Document, m: re.Match[str], id_rules: _IdRules) -> tuple[int, int, _Cue, int]:
    """(start, end, cue, cue index) of a match, without trailing gaps, German compounds quoted whole."""
    index = int(m.lastgroup[1:])  # type: ignore[index]
    cue = id_rules.cues[index]
    start, end = m.start(), m.end()
    while end > start and doc.folded[end - 1].isspace():  # CJK gaps may trail
        end -= 1
    if cue.source.startswith("*"):  # quote the whole compound: Außenvideoüberwachung, not videoüberwachung
        while start > 0 and _LETTER_RE.match(doc.folded, start - 1):
            start -= 1
    return start, end, cue, index


def _spans(pattern: _Indexed | None, folded: str) -> list[tuple[int, int]]:
    return [] if pattern is None else pattern.spans(folded)


def _overlaps(spans: list[tuple[int, int]], ends: list[int], lo: int, hi: int) -> bool:
    """Whether a span of `spans` (non-overlapping, in order; `ends` their ends) overlaps [lo, hi)."""
    i = bisect.bisect_right(ends, lo)
    return i < len(spans) and spans[i][0] < hi


def _code_tags(doc: _Document, rules: _Rules) -> list[TechTag]:
    tags: list[TechTag] = []
    seen: set[tuple[int, int]] = set()

    def add(scheme: str, code: str, start: int, end: int) -> None:
        hit = rules.codes.get((scheme, code.upper()))
        if hit is None or (start, end) in seen:
            return
        seen.add((start, end))
        taxonomy_id, _label = hit
        tags.append(TechTag(taxonomy_id, Span(start, end, doc.text[start:end]), f"code/{scheme}/{code.upper()}"))

    for line in rules.code_line.finditer(doc.folded):
        scheme = line.group("scheme").lower()
        rest_start = line.start("rest")
        token_re = r"(?<![\w.])(\d{8})(?:-\d)?(?!\d)" if scheme == "cpv" else r"(?<!\w)([a-z]?\d{2,8}[a-z]?)(?!\w)"
        for token in re.finditer(token_re, doc.folded[rest_start : line.end()]):
            add(scheme, token.group(1), rest_start + token.start(), rest_start + token.end())
    for bare in rules.cpv_bare.finditer(doc.folded):
        add("cpv", bare.group(1), bare.start(), bare.end())
    return tags


def classify(text: str, language: str | None = None) -> list[TechTag]:
    """Taxonomy tags for a notice's stored text, each quoting the words that triggered it.

    `language` is accepted as a hint for callers; cues of all languages are applied (see module doc).
    Every returned tag satisfies ``text[tag.evidence.start:tag.evidence.end] == tag.evidence.text``.
    """
    del language  # all cue languages apply; kept in the signature for callers and future rules
    if not text:
        return []
    rules = _rules()
    doc = _Document(text, rules)
    candidates: list[tuple[_IdRules, list[tuple[int, int, _Cue]]]] = []
    all_matches = _all_cue_matches(doc, rules)
    for id_rules in rules.by_id:
        matches = all_matches[id_rules.taxonomy_id]
        if matches:
            candidates.append((id_rules, matches))
            doc.all_cue_ends.update(end for _, end, _ in matches)
            doc.all_cue_spans.extend((start, end) for start, end, _ in matches)

    tags: list[TechTag] = []
    for id_rules, matches in candidates:
        overlap = _spans(id_rules.exclude_overlap, doc.folded)
        overlap_ends = [end for _, end in overlap]
        context = _spans(id_rules.exclude_context, doc.folded)
        context_ends = [end for _, end in context]
        off_topic = bool(
            id_rules.exclude_topic is not None
            and id_rules.exclude_topic.search(doc.folded)
            and not (id_rules.topic_override is not None and id_rules.topic_override.search(doc.folded))
        )
        kept: list[TechTag] = []
        kept_end = 0
        for start, end, cue in matches:
            if start < kept_end:  # another cue of this id already quoted these words
                continue
            if cue.weak and off_topic:
                continue
            if _overlaps(overlap, overlap_ends, start, end):
                continue
            if context:
                lo, hi = doc.window(start, end, rules.context_window)
                if _overlaps(context, context_ends, lo, hi):
                    continue
            if cue.requires is not None or cue.unless is not None:
                if cue.scope == "document":
                    lo, hi = 0, len(doc.folded)
                else:
                    lo, hi = doc.window(start, end, rules.context_window)
                if cue.requires is not None and not cue.requires.search(doc.folded, lo, hi):
                    continue
                if cue.unless is not None and cue.unless.search(doc.folded, lo, hi):
                    continue
            if doc.negated(start, end):
                continue
            kept_end = end
            rule_id = f"{id_rules.taxonomy_id}/{cue.language}/{cue.source}"
            kept.append(TechTag(id_rules.taxonomy_id, Span(start, end, text[start:end]), rule_id))
            if len(kept) >= rules.max_evidence:
                break
        tags.extend(kept)

    # Structured codes: their own evidence, capped like the cues of each id.
    codes_per_id: dict[str, int] = {}
    for tag in _code_tags(doc, rules):
        if codes_per_id.get(tag.taxonomy_id, 0) < rules.max_evidence:
            codes_per_id[tag.taxonomy_id] = codes_per_id.get(tag.taxonomy_id, 0) + 1
            tags.append(tag)
    tags.sort(key=lambda t: (t.evidence.start, t.evidence.end, t.taxonomy_id))
    return tags
