"""Issue 15: fast matching gives exactly the results of the engine before it (tests/enrich/identity.py).

The recorded outputs (golden/identity.jsonl.gz) were written by the engine as it was before the speed work; a
change that is meant to alter results (a new cue, a fixed extraction) rewrites them on purpose with
``python -m tests.enrich.identity --write tests/enrich/golden/identity.jsonl.gz`` and says so in its commit.
"""
from __future__ import annotations

from tests.enrich.identity import GOLDEN, differences


def test_enrich_outputs_identical_to_recorded():
    total, differ = differences(GOLDEN)
    assert total > 1500
    assert not differ, f"{len(differ)} of {total} enrich() results changed, e.g. {differ[:10]}"
