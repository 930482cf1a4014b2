"""Dashboard fixtures: a migrated database with the fictional seed corpus, and Streamlit caches reset per test."""
from __future__ import annotations

import pytest
import streamlit as st

from tests.dashboard.seed import seed


@pytest.fixture
def seeded(conn):
    return seed(conn)


@pytest.fixture(autouse=True)
def fresh_streamlit_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian chromium against a live dashboard (never skipped)")
