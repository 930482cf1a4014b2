"""README's source table, generated from the spiders' docstrings (their user documentation).

Why: documentation that is generated from the code cannot drift from it; tests check every spider has the
sections Source / Arguments / Caveats / Rate limits.
"""
from __future__ import annotations

import inspect
import re

SECTIONS = ("Source", "Arguments", "Caveats", "Rate limits")


def spider_doc(spider_cls: type) -> dict[str, str]:
    """{section: text} from a spider module's docstring (sections are unindented headings)."""
    module = inspect.getmodule(spider_cls)
    text = inspect.cleandoc(module.__doc__ or "")
    sections: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        if line.strip() in SECTIONS and not line.startswith(" "):
            current = line.strip()
            sections[current] = ""
        elif current:
            sections[current] += " " + line.strip()
    return {k: re.sub(r"\s+", " ", v).strip() for k, v in sections.items()}


def source_table_markdown() -> str:
    from scrapers.runner import spider_classes

    rows = ["| spider | source | arguments | caveats | rate limits |", "|---|---|---|---|---|"]
    for name, cls in sorted(spider_classes().items()):
        doc = spider_doc(cls)
        cells = [doc.get(section, "").replace("|", "\\|") for section in SECTIONS]
        rows.append(f"| `{name}` | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(source_table_markdown())
