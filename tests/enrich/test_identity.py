"""Issue 15: fast matching gives exactly the results of the engine before it (tests/enrich/identity.py).

The recorded outputs (golden/identity.jsonl.gz) were written by the engine as it was before the speed work; a
change that is meant to alter results (a new cue, a fixed extraction) rewrites them on purpose with
``python -m tests.enrich.identity --write tests/enrich/golden/identity.jsonl.gz`` and says so in its commit.

The suite checks every fixture and varied text and a fixed 1-in-6 sample of the development-set notices (about a
third of the corpus's characters; the whole corpus took over two minutes of a ten-minute suite). A change to
enrich/ is checked against the whole corpus before it is committed, with
``python -m tests.enrich.identity --check tests/enrich/golden/identity.jsonl.gz``.
"""
from __future__ import annotations

from tests.enrich.identity import GOLDEN, differences, sampled

EVERY = 6


def test_enrich_outputs_identical_to_recorded():
    total, differ = differences(GOLDEN, EVERY)
    assert total > 3000
    assert not differ, f"{len(differ)} of {total} enrich() results changed, e.g. {differ[:10]}"


def test_the_sample_takes_every_fixture_and_a_share_of_every_set():
    ids = [f"heldout_2026_12{s}.jsonl:h-{n}" for s in "xyz" for n in range(600)]
    chosen = [i for i in ids if sampled(i, EVERY)]
    assert 0.12 * len(ids) < len(chosen) < 0.22 * len(ids)
    assert {i.split(":")[0] for i in chosen} == {i.split(":")[0] for i in ids}
    assert sampled("tests/fixtures/ccgp/award.html#0", EVERY) and sampled("varied:2048:3", EVERY)
    assert all(sampled(i, 1) for i in ids)
