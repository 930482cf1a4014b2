"""Cached reads for the Watches page and the Sources page's "silent since" column (SQL in db/queries/watches.py),
through the dashboard's read-only pool (dashboard/data_access.py)."""
from __future__ import annotations

import os

import streamlit as st

from dashboard.data_access import TTL, run
from db.queries import watches

#: Set by `survtrack serve` to where it serves the watches' Atom files.
FEEDS_URL_ENV = "SURVTRACK_FEEDS_URL"


@st.cache_data(ttl=TTL, show_spinner=False)
def watch_overview() -> list[dict]:
    return run(watches.watch_overview)


@st.cache_data(ttl=TTL, show_spinner=False)
def recent_events(name: str, limit: int = 100) -> list[dict]:
    return run(watches.recent_events, name, limit=limit)


@st.cache_data(ttl=TTL, show_spinner=False)
def silent_since() -> dict[str, dict]:
    return run(watches.silent_since)


def feed_url(name: str) -> str | None:
    base = os.environ.get(FEEDS_URL_ENV, "").rstrip("/")
    return f"{base}/{name}.xml" if base else None
