"""Reusable local fixture HTTP server for tests: serves tests/fixtures/<spider>/ (or any snapshot folder) on
127.0.0.1 with fault injection (status sequences, Retry-After, delays, truncated bodies, replaced bodies/headers).

The implementation lives in scrapers/localserver.py because the offline demo (`survtrack demo`) uses the same
server; this module is the tests' entry point to it.
"""
from __future__ import annotations

from pathlib import Path

from scrapers.localserver import Fault, LoggedRequest, SnapshotServer

FIXTURES = Path(__file__).resolve().parent / "fixtures"

__all__ = ["FIXTURES", "Fault", "LoggedRequest", "SnapshotServer", "fixture_server"]


def fixture_server() -> SnapshotServer:
    """A started server over tests/fixtures (use as a context manager or call .stop())."""
    return SnapshotServer(FIXTURES).start()
