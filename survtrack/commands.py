"""Verbs beyond `db` and `serve`: crawl, demo, ingest, export, reprocess (registered into the CLI parser)."""
from __future__ import annotations


def register(verbs) -> None:
    pass
