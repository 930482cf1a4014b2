"""The quotes the rules gave one technology id: what the checks that take a tag back read.

Why one place: the take-back checks (recognition of one kind, cameras kept up or joined to an emergency system,
plate readers named again as cameras) each judge a tag only when the cue rules found it and only by its quoted
evidence; a tag the model proposed is the model's call and is left alone."""
from __future__ import annotations

import re

from enrich.model import Span, TechTag
from enrich.text import fold


def rule_quotes(tags: list[TechTag], taxonomy_id: str) -> list[str]:
    """The folded, stripped quotes of the tags of `taxonomy_id` when the rules found them all; none when there is
    no such tag or one came from the model."""
    found = [tag for tag in tags if tag.taxonomy_id == taxonomy_id]
    if any(tag.rule_id.startswith("model/") for tag in found):
        return []
    return [fold(tag.evidence.text).strip() for tag in found]


def joined_without_fusion(folded: str, tags: list[TechTag], quoted: re.Pattern[str], joined: re.Pattern[str],
                          fusion: re.Pattern[str]) -> bool:
    """Does every platform quote of the rules (at least one) match `quoted` (a centre's or programme's name), in a
    notice whose cameras are `joined` to it and that names no `fusion` (calls, data, recognition, work on the centre)?
    The shape of the platform rule's first bullet: cameras only connected to a centre are cctv."""
    quotes = rule_quotes(tags, "surveillance_platform")
    if not quotes or any(quoted.search(words) is None for words in quotes):
        return False
    return joined.search(folded) is not None and fusion.search(folded) is None


def platform_as_cctv(tags: list[TechTag], quote: TechTag, rule_id: str) -> list[TechTag]:
    """`tags` without the platform, and with cctv quoting `quote` (the platform tag whose words name the cameras'
    own system) when no cctv tag is left: what a take-back that reads a platform as the camera network keeps."""
    kept = [tag for tag in tags if tag.taxonomy_id != "surveillance_platform"]
    if any(tag.taxonomy_id == "cctv" for tag in kept):
        return kept
    span = quote.evidence
    return [*kept, TechTag("cctv", Span(span.start, span.end, span.text), rule_id)]
