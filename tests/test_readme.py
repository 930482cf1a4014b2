"""README stays true: the source table is the spiders' own documentation, and every CLI verb is documented."""
from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_source_table_matches_spider_docstrings():
    from scrapers.docs import source_table_markdown

    table = re.search(r"<!-- sources:begin -->\n(.*?)\n<!-- sources:end -->", README, re.S).group(1)
    assert table.strip() == source_table_markdown().strip(), \
        "README's source table is stale: replace it with the output of `python -m scrapers.docs`"


def test_every_cli_verb_is_documented():
    from survtrack.cli import build_parser

    parser = build_parser()
    verbs = next(a for a in parser._actions if a.dest == "command").choices
    for verb in verbs:
        assert f"survtrack {verb}" in README, f"README does not document `survtrack {verb}`"


def test_both_quickstart_commands_are_shown():
    assert "make run" in README and "make test" in README
