"""Loading the reviewed rule files (taxonomy_cues.yaml, structured_codes.csv) into matchers.

Why a separate loader: the files are reviewed data that non-programmers edit, so every mistake must be caught
when they are read — a bad regex, an unknown taxonomy id, a code without a citation — and reported with the
entry that caused it (`CueFileError`), never at match time in the middle of a crawl.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from enrich.alternation import Alternation, split_union
from enrich.cancelling_words import withdraws_cues
from enrich.classify.firstchars import first_chars
from enrich.classify.matcher import Indexed, Lane, build_lane, first_char_scanner, indexed
from enrich.classify.patterns import ASKED, NEVER, CueFileError, any_of, as_list, compile_cue, header_sources, union
from enrich.fastscan import Bits, Member, Scan, prefixes
from enrich.model import TAXONOMY_IDS
from enrich.regexfactors import LongerBits, factors
from enrich.text import fold

_BLOCK_KEYS = {"include", "weak", "conditional", "exclude_overlap", "exclude_context", "exclude_item_context",
               "exclude_topic", "topic_override"}


@dataclass(frozen=True)
class Cue:
    taxonomy_id: str
    language: str
    source: str  # the pattern as written in the YAML: it names the rule
    weak: bool
    requires: re.Pattern[str] | None  # a cue that counts only with this context ...
    unless: re.Pattern[str] | None  # ... and without this one
    scope: str  # where requires/unless are looked for: sentence | document
    # ... and, besides `requires` at its scope, this one anywhere in the notice (a centre with cameras in its sentence
    # counts only where the notice says it fuses them with calls, records or other agencies: round 29)
    requires_in_notice: re.Pattern[str] | None = None


@dataclass(frozen=True)
class IdRules:
    taxonomy_id: str
    lanes: tuple[Lane, ...]
    cues: tuple[Cue, ...]
    exclude_overlap: Indexed | None
    exclude_context: Indexed | None
    exclude_item_context: Indexed | None  # like exclude_context, but only within one item of a 、 enumeration
    exclude_topic: re.Pattern[str] | None
    topic_override: re.Pattern[str] | None


#: A first-character table's entry: the id, its lane (the automaton's bit), the lane's alternation for that character,
#: and the key of the scan whose last match must end before this alternation is tried (see `load_rules`).
TableEntry = tuple[IdRules, int, "re.Pattern[str]", int]


@dataclass(frozen=True)
class Rules:
    version: str
    by_id: tuple[IdRules, ...]
    negation_before: Indexed
    negation_after: re.Pattern[str]
    negation_right_after: re.Pattern[str] | None  # `after` patterns written with a leading ^
    negation_tight: re.Pattern[str] | None
    negation_header: Indexed | None  # "Not included:", 不含： — negates the rest of the sentence
    # language -> words of the `before` lists that do not negate in it (Portuguese "no" = "in the")
    negation_not_in: dict[str, frozenset[str]]
    # a tax right after a negation word ("sin IVA", "fără TVA", "without VAT"): the negation leaves out a tax
    negation_taxes: re.Pattern[str] | None
    negation_brands: re.Pattern[str] | None  # a brand after a negation or its cue: a vendor is excluded, not the cue
    clause_break: re.Pattern[str]
    soft_break: Indexed
    list_connector: re.Pattern[str]
    context_window: int
    negation_window: int
    max_evidence: int
    first_char_re: re.Pattern[str] | None  # where some cue can start (see matcher.first_char_scanner)
    char_table: dict[str, list[TableEntry]]  # first char -> (id, lane, cues, where the scan's last match ends)
    inside_table: dict[str, list[TableEntry]]  # the same, inside a word
    probed_lanes: tuple[tuple[IdRules, Lane], ...]  # lanes with cues whose first character is unknown
    codes: dict[tuple[str, str], tuple[str, str]]  # (scheme, code) -> (taxonomy_id, label)
    code_line: re.Pattern[str]
    cpv_bare: re.Pattern[str]
    # the headline block (see enrich/classify/headline.py): words that take back the technology right after them,
    # a headline withdrawing the notice's purchase, and the same said in the body
    headline_denies: re.Pattern[str] | None = None
    headline_withdraws: re.Pattern[str] | None = None
    body_withdraws: re.Pattern[str] | None = None
    body_nothing_bought: re.Pattern[str] | None = None  # "no expenditure was proposed": no technology is bought
    headline_purchases: re.Pattern[str] | None = None  # words naming a purchase: a plan, contract, tender, 项目
    headline_joins: re.Pattern[str] | None = None  # words joining one object: "cameras with facial recognition"
    headline_container: re.Pattern[str] | None = None  # "… in (new) (bus) " right before a cue: a place, not an object
    headline_revisits: re.Pattern[str] | None = None  # a correction, clarification or rumour: the body may unsay it
    body_excluded: re.Pattern[str] | None = None  # right after a negated body cue: "… ingår inte", "is not included"
    candidates: Scan | None = None  # where each of the patterns below can start (see `candidate_scan`)
    members: dict[str, int] = field(default_factory=dict)  # "cues", "negation_before", "<id>.exclude_overlap" …
    # negation_right_after's alternatives one by one, and the bits of those tried wherever a cue ends (see
    # `right_after_members`); None: the alternation is tried whole
    right_after_parts: tuple[re.Pattern[str], ...] | None = None
    right_after_always: int = 0
    # the cues that can start with a digit, apart (positions and lane bits, as in "cues"), and per cue: the cue, and
    # a search for the strings one of which each of its matches holds (see `_number_led`)
    guarded_cues: Scan | None = None
    cue_factors: tuple[tuple[re.Pattern[str], bool, re.Pattern[str]], ...] = ()
    headline_scan: Scan | None = None  # the prefixes of headline_denies and headline_withdraws, read in the headline
    # members scanned as an Alternation of their union's cues (bits per cue: only those that can start at a position
    # are tried there; see Clauses.search), by key
    alternations: dict[str, tuple[re.Pattern[str], Alternation]] = field(default_factory=dict)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping: YAML would keep only the last, and a
    reviewer's second `exclude_overlap:` would silently drop the first list."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def data_hash(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


_VERSION_LINE = re.compile(r"""^version:[ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'"""
                           r"""|(?P<plain>[^\s#'"][^\n#]*?))[ \t]*(?:#.*)?$""", re.MULTILINE)


def cue_file_version(path: Path) -> str:
    """The top-level `version:` of a cue file as a string ("" without one), read without parsing the YAML:
    the classifier's version is asked for at import, and parsing the file costs seconds."""
    match = _VERSION_LINE.search(path.read_text(encoding="utf-8"))
    if match is None:
        return ""
    return next(value for value in match.group("dq", "sq", "plain") if value is not None)


def load_codes(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
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


def load_rules(cues_path: Path, codes_path: Path) -> Rules:
    """Read and compile both rule files; raises CueFileError naming the first bad entry."""
    try:
        data = yaml.load(cues_path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise CueFileError(f"{cues_path.name}: {exc}") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise CueFileError(f"{cues_path.name}: needs a top-level `version:`")
    settings = data.get("settings") or {}
    clauses = data.get("clauses") or {}
    negation = _negation_lists(data.get("negation") or {})
    taxonomy = data.get("taxonomy") or {}
    unknown = set(taxonomy) - set(TAXONOMY_IDS)
    if unknown:
        raise CueFileError(f"{cues_path.name}: unknown taxonomy ids {sorted(unknown)}")
    codes = load_codes(codes_path)  # (first: a bad code row is reported without compiling every cue)
    by_id: list[IdRules] = []
    lane_count = 0
    for taxonomy_id in TAXONOMY_IDS:
        id_rules = _id_rules(taxonomy_id, taxonomy.get(taxonomy_id) or {}, cues_path.name, lane_count)
        lane_count += len(id_rules.lanes)
        by_id.append(id_rules)

    scheme_alt = "|".join(sorted({scheme for scheme, _ in codes} | {"cpv", "psc", "naics", "unspsc"}))
    code_line = re.compile(
        rf"(?<![a-z])(?P<scheme>{scheme_alt})(?![a-z])(?P<rest>(?:(?!(?<![a-z])(?:{scheme_alt})(?![a-z]))[^\n])*)"
    )
    char_table: dict[str, list[TableEntry]] = {}
    inside_table: dict[str, list[TableEntry]] = {}
    scan_keys: dict[int, int] = {}  # id(alternation) -> a negative number of its own (lane keys are >= 0)
    for id_rules in by_id:
        for i, lane in enumerate(id_rules.lanes):
            # Where a lane's last match must end before it matches again: the unconditional lane (the first) is one
            # leftmost scan; conditional cues packed in one lane never start on the same character, and each is its
            # own scan (one key per alternation), so a match of one that its conditions later reject never hides
            # another (the result does not depend on which cues file order packs together).
            for table, by_char in ((char_table, lane.dispatch), (inside_table, lane.inside_word)):
                for ch, pattern in by_char.items():
                    key = lane.key if i == 0 else scan_keys.setdefault(id(pattern), -1 - len(scan_keys))
                    table.setdefault(ch, []).append((id_rules, lane.key, pattern, key))
    before, after, tight, header = negation
    headline = data.get("headline") or {}
    unknown_headline = set(headline) - {"denies", "withdraws", "withdraws_in_body", "purchases", "joins",
                                         "containers", "revisits", "nothing_bought_in_body", "excluded_in_body"}
    if unknown_headline:
        raise CueFileError(f"{cues_path.name}: headline: unknown keys {sorted(unknown_headline)}")
    connectors = as_list(clauses.get("list_connectors"), "clauses")
    shared_first, shared_last = withdraws_cues()  # words enrich/tender_cancellation.py reads too (r41_money)
    rules = Rules(
        version=str(data["version"]),
        first_char_re=first_char_scanner(sorted(char_table), sorted(inside_table)),
        char_table=char_table,
        inside_table=inside_table,
        probed_lanes=tuple((r, lane) for r in by_id for lane in r.lanes if lane.probe is not None),
        by_id=tuple(by_id),
        negation_before=indexed(before, "negation.before") or Indexed([NEVER]),
        negation_after=union([a for a in after if not a.startswith("^")], "negation.after") or re.compile(NEVER),
        negation_right_after=union([a[1:] for a in after if a.startswith("^")], "negation.after", boundary=False),
        right_after_parts=tuple(re.compile(compile_cue(a[1:], False)) for a in after if a.startswith("^")) or None,
        negation_tight=union(tight, "negation.tight", boundary=False),
        negation_header=Indexed(header_sources(header)) if header else None,
        negation_not_in=_negation_exceptions(data.get("negation") or {}),
        negation_taxes=union(as_list(clauses.get("taxes_after_negation"), "clauses.taxes_after_negation"),
                             "clauses.taxes_after_negation", boundary=False),
        negation_brands=union(as_list(clauses.get("brands_after_negation"), "clauses.brands_after_negation"),
                              "clauses.brands_after_negation", boundary=False),
        clause_break=re.compile(clauses.get("hard", r"[。！？；;!?\n]|\.(?=\s|$)")),
        soft_break=indexed(as_list(clauses.get("soft"), "clauses.soft"), "clauses.soft", boundary=False)
        or Indexed([r"[,，]"]),
        list_connector=re.compile(
            r"^(?:\s|[,，、/]|" + "|".join(compile_cue(c, boundary=False) for c in connectors) + r")*$"
        ),
        context_window=int(settings.get("context_window", 80)),
        negation_window=int(settings.get("negation_window", 60)),
        max_evidence=int(settings.get("max_evidence_per_id", 5)),
        codes=codes,
        code_line=code_line,
        # (?<![\d.,])(\d{8}) written digit first, so that `re` skips straight to digits
        cpv_bare=re.compile(r"(\d(?<![\d.,]\d)\d{7})-\d(?!\d)"),
        headline_denies=union(as_list(headline.get("denies"), "headline.denies"), "headline.denies"),
        headline_withdraws=union(shared_first + as_list(headline.get("withdraws"), "headline.withdraws")
                                 + shared_last, "headline.withdraws"),
        body_withdraws=union(as_list(headline.get("withdraws_in_body"), "headline.withdraws_in_body"),
                             "headline.withdraws_in_body"),
        headline_purchases=union(as_list(headline.get("purchases"), "headline.purchases"), "headline.purchases"),
        headline_joins=union(as_list(headline.get("joins"), "headline.joins"), "headline.joins"),
        headline_container=_container(as_list(headline.get("containers"), "headline.containers")),
        body_nothing_bought=union(as_list(headline.get("nothing_bought_in_body"), "headline.nothing_bought_in_body"),
                                  "headline.nothing_bought_in_body"),
        headline_revisits=union(as_list(headline.get("revisits"), "headline.revisits"), "headline.revisits"),
        body_excluded=union(as_list(headline.get("excluded_in_body"), "headline.excluded_in_body"),
                            "headline.excluded_in_body", boundary=False),
    )
    return candidate_scan(rules)


def candidate_scan(rules: Rules) -> Rules:
    """`rules` with one automaton of the literal prefixes of every cue, exclusion and negation pattern
    (enrich/fastscan.py): a notice is read once to find where each of them can start, and the patterns are then
    tried only there - with exactly the matches of the full scans."""
    cues = [(re.compile(compile_cue(r.cues[n].source)), 1 << lane.key)
            for r in rules.by_id for lane in r.lanes for n in lane.members]
    guarded = [n for n, (pattern, _) in enumerate(cues) if _number_led(pattern)]
    members: dict[str, Member | Indexed | None] = {
        "cues": LongerBits([cue for n, cue in enumerate(cues) if n not in guarded]),
        "negation_before": rules.negation_before, "negation_header": rules.negation_header,
        "soft_break": rules.soft_break, "negation_after": rules.negation_after, "code_line": rules.code_line,
        "body_withdraws": rules.body_withdraws, "body_nothing_bought": rules.body_nothing_bought,
    }
    for r in rules.by_id:
        for name in ("exclude_overlap", "exclude_context", "exclude_item_context", "exclude_topic", "topic_override"):
            members[f"{r.taxonomy_id}.{name}"] = getattr(r, name)
    for pattern in document_conditions(rules):  # searched in the whole notice (see classify._conditions_hold)
        members[condition_key(pattern)] = pattern
    members["asked"] = ASKED
    for key, words in hint_words().items():  # (negation.Document._holds)
        members[key] = any_of(words)
    starts, factor_places, always = right_after_members(rules.right_after_parts or ())
    if rules.right_after_parts:
        members["right_after.starts"], members["right_after.factors"] = starts or None, factor_places or None
    scanned = {key: ([re.compile(source) for source in value.sources] if isinstance(value, Indexed) else value)
               for key, value in members.items() if value is not None}
    alternations: dict[str, tuple[re.Pattern[str], Alternation]] = {}
    for key in ("body_withdraws", "body_nothing_bought", "negation_after"):  # (see Rules.alternations)
        whole = scanned.get(key)
        if isinstance(whole, re.Pattern) and (made := split_union(whole)) is not None:
            alternations[key] = (whole, made)
    scanned.update((key, made) for key, (_, made) in alternations.items())
    return replace(rules, candidates=Scan(list(scanned.values())), members={k: n for n, k in enumerate(scanned)},
                   alternations=alternations,
                   right_after_always=always,
                   guarded_cues=Scan([Bits([cues[n]]) for n in guarded]) if guarded else None,
                   cue_factors=tuple(_any_factor(cues[n][0]) for n in guarded),
                   headline_scan=Scan([rules.headline_denies, rules.headline_withdraws])
                   if rules.headline_denies is not None and rules.headline_withdraws is not None else None)


def document_conditions(rules: Rules) -> list[re.Pattern[str]]:
    """The distinct `requires`/`unless` patterns of the cues with scope "document", and every `requires_in_notice`.

    Why in the candidate scan: each is searched in the whole notice when one of its cues matches (in most notices
    that name a camera), and `re` has no literal to skip to in a pattern opening with a look-behind: ~0.7 ms for a
    16 KB notice that lacks it. Their prefixes add ~900 hits to the classifier's one pass (~0.1 ms)."""
    found: dict[str, re.Pattern[str]] = {}
    for r in rules.by_id:
        for cue in r.cues:
            if cue.scope == "document":
                for pattern in (cue.requires, cue.unless):
                    if pattern is not None:
                        found.setdefault(condition_key(pattern), pattern)
            if cue.requires_in_notice is not None:  # searched in the whole notice whatever the cue's scope
                found.setdefault(condition_key(cue.requires_in_notice), cue.requires_in_notice)
    return list(found.values())


def hint_words() -> dict[str, tuple[str, ...]]:
    """The rare hint words whose presence the candidate pass reads (member key → words): a notice is read for an
    allegation or an indirect question only when it holds one."""
    from enrich.classify.claims import ALLEGED_HINTS
    from enrich.classify.replies import ASKED_HINTS
    from enrich.classify.takeback import NOT_REALISED_HINTS

    return {"hints.alleged": ALLEGED_HINTS, "hints.asked": ASKED_HINTS, "hints.not_realised": NOT_REALISED_HINTS}


def condition_key(pattern: re.Pattern[str]) -> str:
    """A document condition's key in `Rules.members`."""
    return f"document_condition:{pattern.pattern}"


def _number_led(pattern: re.Pattern[str]) -> bool:
    """Can the cue start with a digit (a prefix opening with the haystack's "0"), and does every match hold one of
    a few known strings (regexfactors)? Such cues ("12路视频监控") start wherever a number does - most of the
    candidate positions of a notice with tables and sums - and are looked for only in a notice holding one of
    those strings (see negation.Document._candidates)."""
    found = prefixes(pattern)
    return found is not None and any(prefix.startswith("0") for prefix in found) and factors(pattern) is not None


def _any_factor(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool, re.Pattern[str]]:
    """(the cue, ignore case, a search for any of its factors in `fastscan.haystack(text, ignore)`)."""
    strings = factors(pattern)
    assert strings is not None  # (only for the cues `_number_led` took)
    return pattern, bool(pattern.flags & re.IGNORECASE), re.compile(
        "|".join(re.escape(factor) for factor in sorted(strings, key=len, reverse=True)))


def right_after_members(parts: tuple[re.Pattern[str], ...]) -> tuple[Bits, Bits, int]:
    """(where each alternative of negation_right_after can start, bit n for part n; where a factor of each part
    without such prefixes stands; the bits of the parts with neither, always tried).

    Why: the alternation (33 parts, a third of them lazy repetitions before a word: "[^.,;]{0,40}?nem") cost ~9 µs
    at every cue end; a part can match at a cue's end only if it can start there, or - for the lazy ones - if one
    of its factors stands between the cue's end and the end of the reach (enrich/regexfactors.py)."""
    starts, factor_places, always = Bits(), Bits(), 0
    for n, part in enumerate(parts):
        if prefixes(part) is not None:
            starts.append((part, 1 << n))
        elif (strings := factors(part)) is not None:
            factor_places.extend((re.compile(re.escape(string)), 1 << n) for string in sorted(strings))
        else:
            always |= 1 << n
    return starts, factor_places, always


def _negation_lists(negation: dict[str, dict[str, object]]) -> tuple[list[str], list[str], list[str], list[str]]:
    """(before, after, tight, header) negation patterns of every language, in file order."""
    before: list[str] = []
    after: list[str] = []
    tight: list[str] = []
    header: list[str] = []
    for lang, entry in negation.items():
        before += as_list(entry.get("before"), f"negation.{lang}.before")
        after += as_list(entry.get("after"), f"negation.{lang}.after")
        tight += as_list(entry.get("tight"), f"negation.{lang}.tight")
        header += as_list(entry.get("header"), f"negation.{lang}.header")
    return before, after, tight, header


def _container(words: list[str]) -> re.Pattern[str] | None:
    """A container word and up to two more words, ending where a cue starts (matched with `search` at its end)."""
    alternation = union(words, "headline.containers")
    if alternation is None:
        return None
    return re.compile(rf"(?:^|\s)(?:{alternation.pattern})\s+(?:[^\s,，:：]+\s+){{0,2}}$")


def _negation_exceptions(negation: dict[str, dict[str, object]]) -> dict[str, frozenset[str]]:
    """Per language, the `not_before` words: what another language's `before` list holds but this one does not
    use as a negation."""
    return {lang: frozenset(fold(word) for word in as_list(entry.get("not_before"), f"negation.{lang}.not_before"))
            for lang, entry in negation.items() if entry.get("not_before")}


def _id_rules(taxonomy_id: str, blocks: dict[str, dict[str, Any]], file_name: str, first_lane: int) -> IdRules:
    """The cues, lanes and exclusions of one taxonomy id (all languages)."""
    cues: list[Cue] = []
    overlap: list[str] = []
    context: list[str] = []
    item_context: list[str] = []
    topic: list[str] = []
    override: list[str] = []
    # Python's alternation takes the first alternative that matches at a position, and a match
    # dropped later (by a condition) hides the others there; so unconditional cues come first.
    for kind in ("include", "weak"):
        for lang, block in blocks.items():
            for raw in as_list(block.get(kind), f"taxonomy.{taxonomy_id}.{lang}.{kind}"):
                cues.append(Cue(taxonomy_id, lang, raw, kind == "weak", None, None, "sentence"))
    for lang, block in blocks.items():
        where = f"taxonomy.{taxonomy_id}.{lang}"
        cues += _conditional_cues(taxonomy_id, lang, block.get("conditional") or [], where)
        overlap += as_list(block.get("exclude_overlap"), f"{where}.exclude_overlap")
        context += as_list(block.get("exclude_context"), f"{where}.exclude_context")
        item_context += as_list(block.get("exclude_item_context"), f"{where}.exclude_item_context")
        topic += as_list(block.get("exclude_topic"), f"{where}.exclude_topic")
        override += as_list(block.get("topic_override"), f"{where}.topic_override")
        unknown_keys = set(block) - _BLOCK_KEYS
        if unknown_keys:
            raise CueFileError(f"{where}: unknown keys {sorted(unknown_keys)}")
    if not cues:
        raise CueFileError(f"{file_name}: no cues for {taxonomy_id}")
    compiled: list[str] = []
    firsts_of: list[frozenset[str] | None] = []
    for n, cue in enumerate(cues):
        source = compile_cue(cue.source)
        try:
            re.compile(source)
        except re.error as exc:
            raise CueFileError(f"{taxonomy_id}: bad cue {cue.source!r}: {exc}") from exc
        firsts_of.append(first_chars(source))
        compiled.append(f"(?P<c{n}>{source})")
    lanes = [
        build_lane(first_lane + i, members, compiled, firsts_of)
        for i, members in enumerate(_lane_members(cues, firsts_of))
    ]
    return IdRules(
        taxonomy_id=taxonomy_id,
        lanes=tuple(lanes),
        cues=tuple(cues),
        exclude_overlap=indexed(overlap, f"{taxonomy_id}.exclude_overlap"),
        exclude_context=indexed(context, f"{taxonomy_id}.exclude_context"),
        exclude_item_context=indexed(item_context, f"{taxonomy_id}.exclude_item_context"),
        exclude_topic=union(topic, f"{taxonomy_id}.exclude_topic"),
        topic_override=union(override, f"{taxonomy_id}.topic_override"),
    )


def _conditional_cues(taxonomy_id: str, lang: str, groups: list[object], where: str) -> list[Cue]:
    cues: list[Cue] = []
    for i, group in enumerate(groups):
        gwhere = f"{where}.conditional[{i}]"
        if not isinstance(group, dict):
            raise CueFileError(f"{gwhere}: expected a mapping with cues/requires/unless/scope")
        requires = union(as_list(group.get("requires"), f"{gwhere}.requires"), gwhere)
        unless = union(as_list(group.get("unless"), f"{gwhere}.unless"), gwhere)
        in_notice = union(as_list(group.get("requires_in_notice"), f"{gwhere}.requires_in_notice"), gwhere)
        scope = group.get("scope", "sentence")
        if (requires is None and unless is None) or scope not in {"sentence", "document"}:
            raise CueFileError(f"{gwhere}: needs `requires` or `unless`, and scope sentence|document")
        for raw in as_list(group.get("cues"), f"{gwhere}.cues"):
            cues.append(Cue(taxonomy_id, lang, raw, False, requires, unless, scope, in_notice))
    return cues


def _lane_members(cues: list[Cue], firsts_of: list[frozenset[str] | None]) -> list[list[int]]:
    """Unconditional cues in one lane; conditional cues that can never start on the same character share one."""
    unconditional = [n for n, cue in enumerate(cues) if cue.requires is None and cue.unless is None]
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
    return [unconditional, *conditional]
