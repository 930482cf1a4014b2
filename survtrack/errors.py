"""Errors reported to the user as one line (`survtrack: error: …`), for every layer to raise.

A leaf module: it imports nothing from the project, so enrich/, db/, scrapers/ and dashboard/ may all use it
without pointing up at the command line (the layer rules are in README "Layout", checked by tests/test_layers.py).
"""
from __future__ import annotations


class SurvtrackError(Exception):
    """A failure to report as one line naming the file, line, field or argument; the CLI exits non-zero."""


class CommandError(SurvtrackError):
    """A command-line problem: a missing file, a malformed option, an unknown spider."""


class FilterError(CommandError, ValueError):
    """A filter (`--where KEY=VALUE`, a saved watch) with an unknown key or a malformed value."""
