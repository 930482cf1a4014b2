"""One trait searched in recorded footage is that technology only (labelling rule "Recorded footage", round 31,
tests/eval/README.md).

Recognition software run over recorded or uploaded video to find a person or vehicle by one trait (a face, a gait, a
plate: "forensic gait search in archived footage", 录像人脸检索, 历史录像步态检索) is that technology only. It is also
`surveillance_platform` when it turns the video of many cameras into searchable records of every person, vehicle and
object (视频结构化, attributes, clothing, "across all cameras") or fuses the results with other sources.

`one_kind` reads a search (检索, "search platform") as the rule's "search across the cameras", which keeps a
platform, and round 16's cues read software that searches stored video ("software to search stored video", "Software,
die gespeicherte Videoaufzeichnungen … durchsucht", 视频侦查) as a platform. This module says when that is all the
platform evidence a notice has: the search is in recorded footage, for one trait, and the notice names nothing else
the rule keeps a platform.

Counted before writing (r33b_platform33b, labels of every development set; notices that name recorded footage and
are labelled with one recognition technology): written after the rule or agreeing with it, ag 2, ah 3 and ai 8 such
notices are labelled no platform, none a platform (the rules read 5 of the 13 as a platform: ai 4, ag 1); older
writers labelled them mostly a platform (af 7 of 9, the sets before it most of theirs), whose labels stay as written.

Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese).
"""
from __future__ import annotations

import re

from enrich.classify.one_kind import _MORE_THAN_ONE_KIND, RECOGNITION, _fusion, _recognition
from enrich.model import TechTag
from enrich.text import fold

PLATFORM = "surveillance_platform"

#: Recorded, stored, archived or uploaded video: what the search runs over.
_FOOTAGE = re.compile(
    r"录像|历史视频|存档视频|调取的视频|footage|recordings?\b|recorded (?:video|images)|stored video|archived video"
    r"|video archives?|uploaded video|videoaufzeichnung\w*|aufzeichnungen|gespeichert\w* video\w*|grabaciones"
    r"|videos? grabados|gravacoes|videos? gravados|enregistrements|images enregistrees|видеозапис\w*|архив\w* видео")

#: A platform quote that names only the search over footage (round 16's software cues, 视频侦查) or the trait
#: sought in German (Gangbild, Gesichtsbild, which `one_kind` does not read).
_SEARCH_QUOTE = re.compile(
    r"gangbild|gesichtsbild|search|检索|侦查|durchsuch|such|recherch|busca|procura|поиск|footage|录像|aufzeichn"
    r"|recording|recorded|stored video")

#: The traits a search may look for: the rule's "one trait" is one of them (a gait-and-face search, 步态与人像融合检索,
#: or "by body shape and gait" looks for more than one).
_TRAITS = (
    re.compile(r"步态|\bgait|gang(?:bild|erkennung)|demarche|\bmarcha\b|походк"),
    re.compile(r"人脸|人像|\bfac(?:e|es|ial)\b|gesicht|visage|rostro|rosto|лиц[оа]"),
    re.compile(r"车牌|(?:licen[cs]e|number) plates?|placas?\b|kennzeichen|plaques?\b|номер\w* знак"),
    re.compile(r"体型|体态|body[- ]shape|silhouette|sylwet|körperform|korperform|figura corporal"),
)

#: Words of the search itself, masked before the notice is read for what else it fuses ("检索" and "search platform"
#: are the rule's search across the cameras only where they are not a search of footage for one trait).
_SEARCH_WORDS = re.compile(r"检索|视频侦查|investigat\w* (?:search )?platform|search platform")


def footage_search_only(folded: str, tags: list[TechTag]) -> bool:
    """Are the notice's platform tags (of the rules, at least one) recognition of one kind or a search of recorded
    footage, beside a rule tag of exactly one recognition technology, in a notice that searches recorded footage and
    names nothing else the rule keeps a platform (structuring, attributes, fusion, a named kind, all the cameras)?"""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    if not platform or any(tag.rule_id.startswith("model/") for tag in platform):
        return False
    found = len({tag.taxonomy_id for tag in tags if not tag.rule_id.startswith("model/")} & RECOGNITION)
    if found > 1 or (found == 0 and _bare_trait(platform) is None):
        return False
    if _FOOTAGE.search(folded) is None or sum(trait.search(folded) is not None for trait in _TRAITS) > 1:
        return False
    for tag in platform:
        words = fold(tag.evidence.text)
        if not _recognition(tag) and _bare_trait([tag]) is None and (
                _SEARCH_QUOTE.search(words) is None or _MORE_THAN_ONE_KIND.search(words)):
            return False
    return _fusion().search(_SEARCH_WORDS.sub(" ", folded)) is None


#: r39b_tags: the recognition technology of each trait of `_TRAITS` that has one (body shape has none).
_TRAIT_IDS = ("gait_recognition", "facial_recognition", "vehicle_recognition", None)


def _bare_trait(platform: list[TechTag]) -> str | None:
    """The recognition id when every platform quote is the bare word of one and the same trait ("compare suspects'
    gait in recorded CCTV footage": round 14's gait cue quotes "gait"), else None."""
    ids = set()
    for tag in platform:
        words = fold(tag.evidence.text).strip()
        hits = [i for i, trait in enumerate(_TRAITS) if trait.fullmatch(words) is not None]
        if len(hits) != 1 or _TRAIT_IDS[hits[0]] is None:
            return None
        ids.add(_TRAIT_IDS[hits[0]])
    return ids.pop() if len(ids) == 1 else None


def footage_trait_tags(tags: list[TechTag]) -> list[TechTag]:
    """`tags` without the platform; where the rules found no recognition and the platform quotes are one trait's bare
    word searched in recorded footage, that trait's recognition quoting the same words (the labelling rule "Recorded
    footage": one trait searched in recorded footage is that technology only)."""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    kept = [tag for tag in tags if tag.taxonomy_id != PLATFORM]
    trait = _bare_trait(platform) if platform else None
    if trait is None or any(tag.taxonomy_id in RECOGNITION for tag in kept if not tag.rule_id.startswith("model/")):
        return kept
    return [*kept, *(TechTag(trait, tag.evidence, f"{trait}/r39b/footage_trait") for tag in platform)]
