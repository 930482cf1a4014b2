"""Every registered spider is documented and small; the README table is generated from the docstrings."""
from __future__ import annotations

import ast
import inspect

import pytest

from scrapers.docs import SECTIONS, source_table_markdown, spider_doc
from scrapers.lists import ListFileSpider
from scrapers.runner import all_spider_names, spider_classes
from tests.httpserver import FIXTURES

SPIDERS = sorted(spider_classes())


def test_expected_spiders_registered():
    assert {"china_ccgp", "eu_ted", "uk_find_a_tender", "uk_contracts_finder", "ocds", "usa_usaspending",
            "usa_legistar"} <= set(SPIDERS)
    assert "ocds" not in all_spider_names()  # needs -a url=


@pytest.mark.parametrize("name", SPIDERS)
def test_docstring_sections(name):
    doc = spider_doc(spider_classes()[name])
    missing = [s for s in SECTIONS if not doc.get(s)]
    assert not missing, f"{name}: docstring lacks {missing}"


@pytest.mark.parametrize("name", SPIDERS)
def test_spider_file_is_under_50_lines_of_code(name):
    source = inspect.getsource(inspect.getmodule(spider_classes()[name]))
    tree = ast.parse(source)
    doc_lines = set()
    if ast.get_docstring(tree):
        node = tree.body[0]
        doc_lines = set(range(node.lineno, node.end_lineno + 1))
    # an import counts as one line, however the import sorter (ruff) wraps it
    import_tails = {number for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))
                    for number in range(node.lineno + 1, node.end_lineno + 1)}
    code = [line for number, line in enumerate(source.splitlines(), 1)
            if number not in doc_lines | import_tails and line.strip() and not line.strip().startswith("#")]
    assert len(code) < 50, f"{name}: {len(code)} lines of code"


def test_source_table_lists_every_spider():
    table = source_table_markdown()
    for name in SPIDERS:
        assert f"| `{name}` |" in table


@pytest.mark.parametrize("name", SPIDERS)
def test_spider_is_covered_by_the_parametrised_tests(name):
    """Registering a spider is what puts it under test: its `demo_args` name the snapshot that
    tests/scrapers/test_e2e.py (notice spiders) or tests/lists/test_list_spiders.py (list spiders) crawl."""
    cls = spider_classes()[name]
    assert (FIXTURES / name / "base").is_dir(), f"{name}: add its test snapshot under tests/fixtures/{name}/base"
    if cls.demo_args is None:
        # Disclosure spiders read report PDFs that tests/disclosures generates (encrypted, scanned, corrupt…).
        assert getattr(cls, "source_kind", None) == "disclosure", f"{name}: set demo_args (see scrapers/base/spider.py)"
        return
    if issubclass(cls, ListFileSpider):
        assert cls.min_entries >= 1, f"{name}: set min_entries"
    else:
        assert (FIXTURES / name / "phase2").is_dir(), \
            f"{name}: add tests/fixtures/{name}/phase2 (amendments, takedowns)"
        assert cls.snapshot_takedowns <= {"http_404", "http_410", "dropped_from_listing", "content_replaced"}
