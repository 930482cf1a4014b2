"""Scrapy's own settings with the tests' FAST values on top, for a `survtrack crawl` or `survtrack update` run in a
subprocess (neither takes `-s`): the documented SCRAPY_SETTINGS_MODULE pointed at a module written in a temp folder.
Why: production politeness (delays, retry back-off) makes a crawl of a missing file take tens of seconds."""
from __future__ import annotations

import os
from pathlib import Path

from tests.scrapers.test_e2e import FAST

REPO = Path(__file__).resolve().parents[1]


def fast_settings_env(folder: Path) -> dict[str, str]:
    """Environment entries that give a subprocess the project's settings with FAST on top."""
    lines = ["from scrapers.settings import *  # noqa: F403"] + [f"{key} = {value!r}" for key, value in FAST.items()]
    (folder / "survtrack_fast_settings.py").write_text("\n".join(lines) + "\n")
    return {"SCRAPY_SETTINGS_MODULE": "survtrack_fast_settings",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(folder), str(REPO), os.environ.get("PYTHONPATH")]))}
