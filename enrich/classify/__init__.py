"""Multilingual surveillance-technology classification with quoted evidence.

The rules are reviewed data, not code: cue patterns, exclusions and negation words live in
``enrich/data/taxonomy_cues.yaml`` and structured product codes in ``enrich/data/structured_codes.csv``.
This package only knows how to apply them:

1. Text is folded (`enrich.text.fold`: lower case, no accents, simplified Chinese) with its length
   unchanged, so a match at ``[start:end]`` in the folded text quotes the stored text exactly.
2. Every taxonomy id has `include` cues (always count), `weak` cues (dropped when the document's topic
   is a known false-positive class, e.g. 森林防火 for a bare 视频监控) and `conditional` cues (count only
   with a required context, e.g. fingerprints only in a policing/ID context).
3. A cue is dropped when an `exclude_overlap` pattern overlaps it (央视 CCTV-1, face mask, 电力监控),
   when an `exclude_context` pattern is in the same sentence nearby (`exclude_item_context`: in the same item
   of an enumeration, so "道路、污水处理设施、监控摄像机" keeps its cameras), or when the clause negates it
   ("does not perform facial recognition", 不含人脸识别, sin reconocimiento facial, без распознавания лиц).
   What the headline takes back or withdraws holds for the whole notice (`headline`).
4. Structured codes written into the text ("CPV: 32323500 ...") are mapped through the CSV.

Cues of every language are applied to every notice: notices mix languages (an EU notice in German quotes
English CPV labels; a Chinese notice names products in English), and the cue sets do not collide.
`CLASSIFIER_VERSION` names the YAML version and a hash of both data files; it is stored with every tag.

What `surveillance_platform` means to the labellers (the YAML's `r16` section writes it down as rules): an analytic
capability beyond recognising one kind - person-attribute classification, behaviour or emotion analysis, video
structuring, search across the cameras' footage, vehicle trajectory or companion analysis over checkpoint records -
delivered as software, a module, an algorithm, a system, a platform, a service or a subscription that runs on video
(recordings, footage, camera feeds, the images of cameras already installed). Since round 30 (the labelling rule's
"recognition of one kind", tests/eval/README.md) a face, gait, plate or ethnicity recognition system, module, server
or licence added to cameras or a camera platform is that technology only, even when called a platform or 平台, unless
the notice also names fusion of several sources, video structuring or a named kind (`one_kind`); and a command,
operations or emergency centre that joins the cameras with emergency calls, dispatch or other police data, besides the
named platforms of taxonomy.md (city brain, police cloud, key-person control, IJOP, real-time crime centres, video
structuring). Not one: a camera purchase alone, a recognition camera or cameras "whose software" tags faces (the
analytics belong to the cameras bought), face matching against ID or booking photos at gates, a vendor describing
what it makes, capabilities the notice denies, and the hard negatives (e-government clouds, traffic-signal timing,
sports and clinical gait analysis). The labels of the older sets and the newer ones disagree on camera-side
analytics and on cameras merely linked to a command centre; the rules follow the newer sets where they are
consistent and leave the linked-camera case to `command_centres`.

Modules, one job each: `patterns` (a YAML cue → its regex), `firstchars` (which characters a regex can
start with), `matcher` (cues indexed by first character, scanned together), `rules` (loading and checking
the data files; `candidate_scan` puts the literal prefixes of every cue and check in one automaton, so that a
notice is read once to find where each can start - enrich/fastscan.py), `negation` (clauses and negation
around a match), `headline` (what a headline takes back for the whole notice), `codes` (structured product codes),
`one_kind` (when recognition of one kind is all the platform evidence a notice has), `video_management` (when a
video management platform is, round 32), `report_genre` (a report read from who speaks in its lead, round 34),
`face_senses` (face words only in other senses: no facial recognition from the tag model either, round 34),
`enrolment_kits` (face photos an enrolment kit takes beside fingerprints are no face recognition, round 37),
`ethnic_modules` (ethnicity recognition sold as video analytics is no platform, round 37).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from enrich import cancelling_words, tag_model
from enrich.cache import table
from enrich.classify.camera_upkeep import (
    cameras_joined_to_system,
    cameras_joined_to_zh_centre,
    system_cameras_kept,
    zh_centre_wall_only,
)
from enrich.classify.cameras_beside_negation import cameras_beside_negation
from enrich.classify.codes import code_tags
from enrich.classify.dispatch_centres import call_centre_cameras_only
from enrich.classify.enrolment_kits import enrolment_faces_only
from enrich.classify.ethnic_modules import ethnicity_module_only
from enrich.classify.existing_centres import cameras_joined_to_existing_centre
from enrich.classify.face_checkpoints import face_checkpoints_only
from enrich.classify.face_senses import face_words_other_senses
from enrich.classify.faces_stopped import faces_stopped
from enrich.classify.footage_search import footage_search_only, footage_trait_tags
from enrich.classify.headline import denied_ids, headline_end
from enrich.classify.kept_cameras import kept_cameras
from enrich.classify.live_recognition import live_recognition_cameras
from enrich.classify.matcher import Indexed, LazySpans, scan
from enrich.classify.negation import Document
from enrich.classify.one_kind import (
    one_kind_only,
    recognition_added_to_system_cameras,
    recognition_beside_cameras,
    safe_city_cameras_joined,
)
from enrich.classify.patterns import CueFileError
from enrich.classify.plate_cameras import plate_cameras_only
from enrich.classify.programme_cameras import programme_as_cctv, programme_cameras_kept
from enrich.classify.rules import Cue, IdRules, Rules, condition_key, cue_file_version, data_hash, load_rules
from enrich.classify.safe_city_upkeep import safe_city_as_cctv, safe_city_authority_only, safe_city_cameras_only
from enrich.classify.smart_police_name import smart_police_name_only
from enrich.classify.stopped_use import stopped_use
from enrich.classify.topic_headlines import named_as_topic
from enrich.classify.used_by_body import used_ids
from enrich.classify.video_management import as_cctv, video_management_named, video_management_only
from enrich.classify.watching_rooms import room_watches_only
from enrich.model import TAXONOMY_IDS, Span, TechTag

__all__ = ["CLASSIFIER_VERSION", "TAXONOMY_IDS", "CueFileError", "classify", "classify_notice"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CUES_PATH = DATA_DIR / "taxonomy_cues.yaml"
CODES_PATH = DATA_DIR / "structured_codes.csv"


@table(inputs=lambda: [CUES_PATH, CODES_PATH])  # the paths as set now (tests point them at scratch copies)
def _rules() -> Rules:
    """The compiled rules of the data files at CUES_PATH / CODES_PATH (read when first needed)."""
    return load_rules(CUES_PATH, CODES_PATH)


def _version() -> str:
    """Without compiling the rules (~15 s when no cached copy fits the files): the cue file's own `version:`
    line, as load_rules reads it, and a hash of both files' bytes."""
    shared = Path(cancelling_words.__file__)  # the cancellation words the cues read from code (r41_money)
    return (f"cues-{cue_file_version(CUES_PATH)}-{data_hash(CUES_PATH, CODES_PATH, shared)}"
            f"-model-{tag_model.model_hash()}")


CLASSIFIER_VERSION: str = _version()


def classify(text: str, language: str | None = None) -> list[TechTag]:
    """Taxonomy tags for a notice's stored text, each quoting the words that triggered it.

    Cues of all languages are applied (see module doc); `language` only stops a word that negates in one language
    from negating in another where it means something else (Portuguese "no" = "in the").
    Every returned tag satisfies ``text[tag.evidence.start:tag.evidence.end] == tag.evidence.text``.
    """
    return classify_notice(text, language)[0]


def classify_notice(text: str, language: str | None = None) -> tuple[list[TechTag], str | None]:
    """`classify_notice_state` without the withdrawing clause's offsets."""
    tags, state, _ = classify_notice_state(text, language)
    return tags, state


def classify_notice_state(text: str, language: str | None = None
                          ) -> tuple[list[TechTag], str | None, tuple[int, int] | None]:
    """`classify`'s tags, and what the notice says of its own purchase: "withdrawn" when it withdraws the purchase
    it names (a cancelled tender, a contract voted down, a denied report: see `headline`), so that its contractors
    are no suppliers; "negated" when it names surveillance only to say it is not bought ("no facial recognition
    will be used at the festival"), so that the body it names buys nothing; else None. Third, for "withdrawn", the
    offsets of the words that withdraw it (a headline marker or a body clause), else None (r32_money32)."""
    if not text:
        return [], None, None
    rules = _rules()
    doc = Document(text, rules, language)
    candidates: list[tuple[IdRules, list[tuple[int, int, Cue]]]] = []
    all_matches = scan(doc.folded, rules, doc.starts("cues"), doc.masks("cues"))
    for id_rules in rules.by_id:
        matches = all_matches[id_rules.taxonomy_id]
        if matches:
            candidates.append((id_rules, matches))
            doc.all_cue_ends.update(end for _, end, _ in matches)
            doc.all_cue_spans.extend((start, end) for start, end, _ in matches)

    denied = denied_ids(doc, rules, candidates, _kept_tags)  # also without cues: its suppliers are no suppliers
    if denied is None:  # the notice withdraws its purchase: no cue and no product code counts
        return [], "withdrawn", doc.__dict__.get("withdrawn_at")  # where it says so (r32_money32)
    tags: list[TechTag] = []
    for id_rules, matches in candidates:
        if id_rules.taxonomy_id not in denied:
            tags.extend(_kept_tags(doc, rules, id_rules, matches))
        else:
            doc.negated_cues += 1  # taken back by the headline: named only to be denied

    tags = _named_then_negated(doc, tags)

    # Structured codes: their own evidence, capped like the cues of each id.
    codes_per_id: dict[str, int] = {}
    for tag in code_tags(doc, rules):
        if codes_per_id.get(tag.taxonomy_id, 0) < rules.max_evidence:
            codes_per_id[tag.taxonomy_id] = codes_per_id.get(tag.taxonomy_id, 0) + 1
            tags.append(tag)
    # only negated cues, in a text no report genre reads (a market study "negates" what it forecasts): the model may
    # propose cctv alone (r41)
    negated_only = not tags and bool(doc.negated_cues) and "reported_on" not in doc.__dict__
    withheld = set(denied) | set(doc.negated_ends)  # named only to be negated or taken back: never proposed
    if _joined_only(doc, rules, tags):
        withheld.add(PLATFORM)
    if one_kind_only(doc.folded, tags):  # recognition of one kind: that technology, no platform (round 30)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif ethnicity_module_only(doc.folded, tags):  # ethnicity recognition sold as video analytics (r37)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif footage_search_only(doc.folded, tags):  # one trait searched in recorded footage (r33b_platform33b)
        tags = footage_trait_tags(tags)  # r39b: the bare trait word of a gait cue is that recognition
        withheld.add(PLATFORM)
    elif recognition_beside_cameras(doc.folded, tags):
        withheld.add(PLATFORM)
    elif safe_city_cameras_joined(doc.folded, tags):  # cameras added to a Safe City's existing centre (30b)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif recognition_added_to_system_cameras(doc.folded, tags):  # recognition added to ECU 911 cameras (33)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif system_cameras_kept(doc.folded, tags):  # a 9-1-1 system's cameras maintained or replaced (round 31)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif cameras_joined_to_system(doc.folded, tags):  # cameras only joined to a 9-1-1 system or centre (31b)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif cameras_joined_to_zh_centre(doc.folded, tags) or zh_centre_wall_only(doc.folded, tags):  # cameras only
        # joined to a 110 指挥中心 (r35_tags), or its display wall kept up (r39b_tags)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif cameras_joined_to_existing_centre(doc.folded, tags):  # cameras joined to a centre that exists (r37b)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif call_centre_cameras_only(doc.folded, tags):  # a call or dispatch centre only watching cameras (r43)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif room_watches_only(doc.folded, tags):  # a monitoring room or video platform that only watches (r43)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif safe_city_cameras_only(doc.folded, tags):  # a Safe City kept up or plugged into, nothing fused (r41)
        tags = safe_city_as_cctv(tags)
        withheld.add(PLATFORM)
    elif safe_city_authority_only(doc.folded, tags):  # a Safe City named only in its authority's name (r42b)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif programme_cameras_kept(doc.folded, tags):  # a Safe City programme's cameras only (round 33)
        tags = programme_as_cctv(tags)
        withheld.add(PLATFORM)
    elif smart_police_name_only(doc.folded, tags):  # 智慧警务/智慧公安 only as a project's name (r42b)
        tags = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
        withheld.add(PLATFORM)
    elif video_management_only(doc.folded, tags):  # a VMS or video networking platform, no fusion (round 32)
        tags = as_cctv(tags)
        withheld.add(PLATFORM)
    elif video_management_named(doc.folded, tags):  # the same platform, named without a platform tag (round 32)
        withheld.add(PLATFORM)
    if face_checkpoints_only(doc.folded, tags):  # bare 卡口 of face checkpoints read no plates (r35_tags)
        tags = [tag for tag in tags if tag.taxonomy_id != "vehicle_recognition"]
        withheld.add("vehicle_recognition")
    if plate_cameras_only(doc.folded, tags):  # plate readers named again as bare cameras (round 31b)
        tags = [tag for tag in tags if tag.taxonomy_id != "cctv"]
        withheld.add("cctv")
    kept = None if "cctv" in withheld else kept_cameras(text, doc.folded, tags) \
        or live_recognition_cameras(text, doc.folded, tags)  # recognition live on a public place's video (r40)
    if kept is not None and not doc.negated(kept.evidence.start, kept.evidence.end):
        tags.append(kept)  # recognition added to cameras already up: cctv for the cameras (round 32)
    if enrolment_faces_only(doc.folded, tags) or faces_stopped(doc.folded, tags):  # a face photo an enrolment kit
        # takes recognises nobody (r37); face gates stopped or changed to cards (r37b)
        tags = [tag for tag in tags if tag.taxonomy_id != FACIAL]
        withheld.add(FACIAL)
    if FACIAL not in withheld and not any(tag.taxonomy_id == FACIAL for tag in tags) \
            and face_words_other_senses(doc.folded):
        withheld.add(FACIAL)  # face words only in other senses: masks, face-to-face, face unlock (r34_facial34)
    reviewed = tag_model.review(text, doc.folded, tags, withheld)
    if negated_only:  # cameras bought beside a negated technology (r41: "negation removes only what it negates")
        reviewed = cameras_beside_negation(reviewed, doc.negated)
    elif not tags and doc.negated_cues:  # a notice naming surveillance only to negate it gets no proposals
        reviewed = []
    if tags and not reviewed:  # the model's veto: what a sentence says a named body runs, used or is ordered to
        used = used_ids(doc, rules, _kept_tags, candidates, -1)  # stop using survives it (r40: README rule
        reviewed = [tag for tag in tags if tag.taxonomy_id in used]  # of 02:03; the model learnt older labels)
    tags = reviewed + _stopped_uses(doc, rules, candidates, reviewed)  # a use stopped ran (r43_facial)
    tags.sort(key=lambda t: (t.evidence.start, t.evidence.end, t.taxonomy_id))
    negated = doc.__dict__.get("reported_on", doc.negated_cues)  # a report by its genre negates nothing (r34)
    return tags, "negated" if not tags and negated else None, None


PLATFORM = "surveillance_platform"
FACIAL = "facial_recognition"
#: Ids a stopped use gives back (round 43): the recognitions of people; cameras come with them below.
_STOPPED_IDS = frozenset({FACIAL, "gait_recognition", "ethnicity_analytics"})


def _stopped_uses(doc: Document, rules: Rules, candidates: list[tuple[IdRules, list[tuple[int, int, Cue]]]],
                  tags: list[TechTag]) -> list[TechTag]:
    """Round 43 (`stopped_use`): a recognition the notice says a body stopped using, ended a trial of, or was ordered
    to suspend while it ran, is tagged (README rule of 02:03: "an order to stop does not undo what ran"), quoting its
    cue, even though the stop words negated the cue; with `cctv` when the recognition ran live on a public place's
    video (`live_recognition`, rule of 04:46). Only ids with no tag yet, and not when the headline withdrew the notice
    (the caller returns before) or a rule other than negation dropped the cue (kept by `_kept_tags` with the negation
    of this one cue set aside)."""
    have = {tag.taxonomy_id for tag in tags}
    added: list[TechTag] = []
    sentences: list[tuple[int, int]] = []
    for id_rules, matches in candidates:
        tid = id_rules.taxonomy_id
        if tid in have or tid not in _STOPPED_IDS:
            continue
        for start, end, cue in matches:
            sentence_start, sentence_end = doc.sentence(start, end)
            if not stopped_use(doc.folded, start, end, sentence_start, sentence_end):
                continue
            kept = _kept_unnegated(doc, rules, id_rules, start, end, cue)
            if kept is not None:
                added.append(kept)
                sentences.append((sentence_start, sentence_end))
                break
    if added and "cctv" not in have:  # the cameras the stopped recognition ran on, named in its sentence
        camera = _cameras_in(doc, rules, candidates, sentences) \
            or kept_cameras(doc.text, doc.folded, tags + added) \
            or live_recognition_cameras(doc.text, doc.folded, tags + added)
        if camera is not None:
            added.append(camera)
    return added


def _cameras_in(doc: Document, rules: Rules, candidates: list[tuple[IdRules, list[tuple[int, int, Cue]]]],
                sentences: list[tuple[int, int]]) -> TechTag | None:
    """The first cctv cue inside one of `sentences` (those of a stopped recognition), its negation set aside."""
    for id_rules, matches in candidates:
        if id_rules.taxonomy_id != "cctv":
            continue
        for start, end, cue in matches:
            if any(lo <= start and end <= hi for lo, hi in sentences):
                kept = _kept_unnegated(doc, rules, id_rules, start, end, cue)
                if kept is not None:
                    return kept
    return None


def _kept_unnegated(doc: Document, rules: Rules, id_rules: IdRules, start: int, end: int, cue: Cue) -> TechTag | None:
    """The tag of one cue match as `_kept_tags` gives it with the negation of this match set aside (its exclusions,
    topic and conditions still hold), leaving the document's negation counts as they were."""
    saved = doc.negated_cues, {k: list(v) for k, v in doc.negated_ends.items()}
    doc.negated = lambda s, e, _n=doc.negated, _s=start: False if s == _s else _n(s, e)  # type: ignore[method-assign,misc]
    try:
        kept = _kept_tags(doc, rules, id_rules, [(start, end, cue)])
    finally:
        del doc.negated
        doc.negated_cues, doc.negated_ends = saved
    return kept[0] if kept else None


def _joined_only(doc: Document, rules: Rules, tags: list[TechTag]) -> bool:
    """Does the notice name a platform or centre only as what its cameras are joined to (the platform id's
    `exclude_overlap`: "connected to the command centre", 接入县级平台, "raccordées au CSU"), or only as a command or
    control room beside the cameras that it says fuses them with nothing (a cue whose `requires_in_notice` failed),
    with no cue of the id left? Then the tag model proposes no platform either: it learnt from sets whose labels split
    on these families, and the labelling rule of round 29 (tests/eval/README.md) makes them cctv only."""
    if any(tag.taxonomy_id == PLATFORM for tag in tags):
        return False
    if doc.unfused_centre:
        return True
    id_rules = next((r for r in rules.by_id if r.taxonomy_id == PLATFORM), None)
    return id_rules is not None and bool(_spans(id_rules.exclude_overlap, doc, f"{PLATFORM}.exclude_overlap"))


def _named_then_negated(doc: Document, tags: list[TechTag]) -> list[TechTag]:
    """Drop a technology the headline names and the body names again only to negate it: a correction notice's
    title keeps the deleted item (民族识别算法采购项目更正公告 … “回族人员识别算法”予以删除), a headline
    asks and the body denies (“刷脸”乘公交？ … 不具备人脸识别功能), a clarification quotes the rumour
    (关于我县采购“步态识别”系统的情况说明). Only under a headline that revisits (`_revisits`), or (round 30) where
    the body says the technology is excluded in so many words right after naming it (`_excluded_in_body`), or the
    headline names it as a feature of what it buys (`_named_as_feature`: "Polisen köper kameror med
    ansiktsigenkänning" … "Ansiktsigenkänning ingår inte i avtalet")."""
    end = headline_end(doc)
    in_body = {tag.taxonomy_id for tag in tags if tag.evidence.end > end}
    dropped = {tid for tid, ends in doc.negated_ends.items() if max(ends) > end} - in_body
    if dropped and not _revisits(doc, end) and not _named_as_feature(doc, tags, dropped, end) and not all(
            named_as_topic(doc.folded, tag.evidence.start, tag.evidence.end, end)  # r40: "X and facial recognition"
            for tag in tags if tag.taxonomy_id in dropped and tag.evidence.end <= end):
        dropped = {tid for tid in dropped if _excluded_in_body(doc, doc.negated_ends[tid], end)}
    if not dropped:
        return tags
    # another id's cue on the same headline words goes with it (民族识别算法: the ethnicity and its algorithm)
    spans = [(tag.evidence.start, tag.evidence.end) for tag in tags if tag.taxonomy_id in dropped]
    dropped |= {tag.taxonomy_id for tag in tags if tag.taxonomy_id not in in_body
                and any(s < tag.evidence.end and tag.evidence.start < e for s, e in spans)}
    doc.negated_cues += len(dropped)
    return [tag for tag in tags if tag.taxonomy_id not in dropped]


def _excluded_in_body(doc: Document, ends: list[int], headline: int) -> bool:
    """Does a negated cue of the body (its ends) stand right before words excluding it from the purchase (the cue
    file's headline.excluded_in_body: "… ingår inte", "… is not included", "… no está incluido")?"""
    pattern = doc.rules.body_excluded
    return pattern is not None and any(pattern.match(doc.folded, e) is not None for e in ends if e > headline)


#: Round 30: a headline cue right after "with" and at most two words: a feature of what the headline buys ("Polisen
#: köper kameror med ansiktsigenkänning", "compra cámaras con reconocimiento facial", 采购带人脸识别功能的摄像机).
_WITH_FEATURE = re.compile(r"(?:^|[\s\"'“«(])(?:with|con|com|avec|mit|med|met|ze|cu|ile|dengan|mwenye|yenye|с|со)\s+"
                           r"(?:[^\W\d_]+\s+){0,2}[\"'“«]?$|带有?$")


def _named_as_feature(doc: Document, tags: list[TechTag], dropped: set[str], end: int) -> bool:
    """Round 30: does the headline name each technology its body only negates as a feature of what it buys
    ("buys cameras with facial recognition" over "facial recognition is not included")? The body corrects the
    headline: the cameras stay, the feature goes (sv, en, es, pt, fr, de, zh)."""
    heads = [tag for tag in tags if tag.taxonomy_id in dropped and tag.evidence.end <= end]
    return bool(heads) and all(_WITH_FEATURE.search(doc.folded, max(0, tag.evidence.start - 40), tag.evidence.start)
                               for tag in heads)


def _revisits(doc: Document, end: int) -> bool:
    """Does the headline (ending at `end`) ask, negate, deny or withdraw, or revisit a notice or claim (correction,
    clarification, rumour)? A plain purchase headline is not unsaid by a body that negates a clause in passing."""
    folded, rules = doc.folded, doc.rules
    return "?" in folded[:end] or any(s < end for s, _ in doc.neg_before) or any(
        pattern is not None and pattern.search(folded, 0, end) is not None
        for pattern in (rules.headline_revisits, rules.headline_denies, rules.headline_withdraws))


def _kept_tags(doc: Document, rules: Rules, id_rules: IdRules, matches: list[tuple[int, int, Cue]]) -> list[TechTag]:
    """The matches of one id that survive its topic, exclusions, conditions and negation (at most max_evidence)."""
    tid = id_rules.taxonomy_id
    overlap = _spans(id_rules.exclude_overlap, doc, f"{tid}.exclude_overlap")
    context = _spans(id_rules.exclude_context, doc, f"{tid}.exclude_context")
    item_context = _spans(id_rules.exclude_item_context, doc, f"{tid}.exclude_item_context")
    off_topic = bool(
        id_rules.exclude_topic is not None
        and doc.search(f"{tid}.exclude_topic", id_rules.exclude_topic)
        and not (id_rules.topic_override is not None and doc.search(f"{tid}.topic_override", id_rules.topic_override))
    )
    kept: list[TechTag] = []
    kept_end = 0
    for start, end, cue in matches:
        if start < kept_end:  # another cue of this id already quoted these words
            continue
        if cue.weak and off_topic:
            continue
        if overlap.overlaps(start, end):
            continue
        if context:
            lo, hi = doc.window(start, end, rules.context_window)
            if context.overlaps(lo, hi):
                continue
        if item_context:
            lo, hi = doc.item_window(start, end, rules.context_window)
            if item_context.overlaps(lo, hi):
                continue
        if not _conditions_hold(doc, rules, cue, start, end):
            continue
        if doc.negated(start, end):
            doc.negated_cues += 1
            doc.negated_ends.setdefault(tid, []).append(end)
            continue
        kept_end = end
        rule_id = f"{id_rules.taxonomy_id}/{cue.language}/{cue.source}"
        kept.append(TechTag(id_rules.taxonomy_id, Span(start, end, doc.text[start:end]), rule_id))
        if len(kept) >= rules.max_evidence:
            break
    return kept


def _conditions_hold(doc: Document, rules: Rules, cue: Cue, start: int, end: int) -> bool:
    """A conditional cue's `requires` is present and its `unless` absent, in its sentence or document."""
    if cue.requires is None and cue.unless is None:
        return True
    if not _scope_conditions_hold(doc, rules, cue, start, end):
        return False
    in_notice = cue.requires_in_notice
    if in_notice is not None and not _stated_in_notice(doc, in_notice):
        doc.unfused_centre = True  # a centre beside the cameras, and nothing it fuses them with
        return False
    return True


def _stated_in_notice(doc: Document, pattern: re.Pattern[str]) -> bool:
    """Is a `requires_in_notice` word in the notice and not negated in its clause (r40b_tags)? A centre that "does
    not include analysis software" (映像解析機能は含まない, "no incluye software de análisis") fuses nothing: the
    word that would make it a platform is named only to be left out."""
    found = doc.search(condition_key(pattern), pattern)
    while found is not None:
        if not doc.negated(found.start(), found.end()):
            return True
        found = doc.search(condition_key(pattern), pattern, max(found.end(), found.start() + 1))  # never twice
    return False


def _scope_conditions_hold(doc: Document, rules: Rules, cue: Cue, start: int, end: int) -> bool:
    """`_conditions_hold`'s `requires` and `unless`, in the cue's sentence or the whole notice."""
    if cue.scope == "document":  # the same answer for every match of the cue (and every cue of its group):
        # searched once per document, or a text repeating a cue costs len × matches; only where the patterns can
        # start (rules.document_conditions: a look-behind-led pattern gives `re` nothing to skip to)
        cache: dict[tuple[int, int], bool] = doc.__dict__.setdefault("_document_conditions", {})
        key = (id(cue.requires), id(cue.unless))
        if key not in cache:
            cache[key] = _conditions_met(cue, lambda pattern: doc.search(condition_key(pattern), pattern))
        return cache[key]
    lo, hi = doc.window(start, end, rules.context_window)
    return _conditions_met(cue, lambda pattern: pattern.search(doc.folded, lo, hi))


def _conditions_met(cue: Cue, find: Callable[[re.Pattern[str]], re.Match[str] | None]) -> bool:
    """`requires` found and `unless` not, by `find` (a window's search, or the whole notice's candidate scan)."""
    if cue.requires is not None and find(cue.requires) is None:
        return False
    return cue.unless is None or find(cue.unless) is None


def _spans(pattern: Indexed | None, doc: Document, key: str) -> LazySpans:
    """The matches of an id's exclusion `pattern` in the notice, found once per notice and only as far as they are
    asked for (the headline's cues are checked first and the id's every cue later: both read the same spans)."""
    if pattern is None:
        return LazySpans(iter(()))
    cache: dict[str, LazySpans] = doc.__dict__.setdefault("_exclusion_spans", {})
    spans = cache.get(key)
    if spans is None:
        spans = cache[key] = pattern.lazy_spans(doc.folded, doc.starts(key))
    return spans
