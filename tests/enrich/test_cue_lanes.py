"""Conditional cues that share a lane are scanned apart: what one cue matches never hides another.

Conditional cues that can never start on the same character are packed into one lane (fewer alternations to try);
which cues share a lane depends on their order in the cue file. A match of one cue that reaches over the start of
another's used to end that other cue's scan there, so adding a cue block at the top of a section could silently drop
an older cue's evidence (round 28 lost a gait-to-platform match that way)."""
from enrich.classify import _rules
from enrich.classify.matcher import scan
from enrich.text import fold


def _spans(text: str, taxonomy_id: str) -> list[str]:
    folded = fold(text)
    return [folded[start:end] for start, end, _ in scan(folded, _rules())[taxonomy_id]]


def test_a_conditional_cue_overlapping_the_next_one_leaves_it_found() -> None:
    # "by their walk" and "walking pattern" are two conditional gait cues packed in one lane; they overlap on "walk"
    spans = _spans("The county police licensed software that matches people in stored footage by their walking "
                   "pattern.", "gait_recognition")
    assert "by their walk" in spans
    assert "walking pattern" in spans


def test_every_conditional_lane_keeps_its_cues_scans_apart() -> None:
    rules = _rules()
    first_lanes = {r.lanes[0].key for r in rules.by_id}
    keys: dict[int, int] = {}  # scan key -> id of the one alternation it belongs to
    for table in (rules.char_table, rules.inside_table):
        for entries in table.values():
            for _, lane_key, pattern, free_key in entries:
                if lane_key in first_lanes:
                    assert free_key == lane_key  # the unconditional lane: one leftmost scan
                else:
                    assert free_key < 0 and keys.setdefault(free_key, id(pattern)) == id(pattern)
