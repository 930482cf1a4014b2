"""Dashboard fixtures: a migrated database with the fictional seed corpus, and Streamlit caches reset per test.

The corpus is written through the real write path (tests/dashboard/seed.py) once per test session (per xdist
worker) into a template database of its own, with its archive folder; each test that asks for `seeded` then gets
a fresh copy of that template (CREATE DATABASE … TEMPLATE: milliseconds) and of the archive files in its own
SURVTRACK_HOME. Tests still write freely to their copy: nothing they do reaches another test.
"""
from __future__ import annotations

import copy
import shutil

import psycopg
import pytest
import streamlit as st

from tests.conftest import copy_of_template, drop_database
from tests.dashboard.seed import Seeded, seed


@pytest.fixture(scope="session")
def seeded_template(pg_admin_url, template_database, tmp_path_factory):
    """(template database holding the seeded corpus, its SURVTRACK_HOME, the ids seed() returned)."""
    home = tmp_path_factory.mktemp("seeded-home")
    url = copy_of_template(pg_admin_url, template_database, prefix="survtrack_seeded_tpl")
    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    with pytest.MonkeyPatch.context() as patch:  # the archive files seed() writes go to this session's folder
        patch.setenv("SURVTRACK_HOME", str(home))
        with psycopg.connect(url) as conn:
            ids = seed(conn)
    yield name, home, ids
    drop_database(pg_admin_url, url)


@pytest.fixture
def database_url(request, pg_admin_url, template_database, survtrack_home, monkeypatch):
    """A fresh database for this test, exported as DATABASE_URL: a copy of the seeded template when the test asks
    for `seeded` (its archive files copied into this test's SURVTRACK_HOME), else of the migrated, empty one."""
    source = template_database
    if "seeded" in request.fixturenames:
        source, home, _ = request.getfixturevalue("seeded_template")
        shutil.copytree(home / "archive", survtrack_home / "archive", dirs_exist_ok=True)
    url = copy_of_template(pg_admin_url, source)
    monkeypatch.setenv("DATABASE_URL", url)
    yield url
    drop_database(pg_admin_url, url)


@pytest.fixture
def seeded(seeded_template, conn) -> Seeded:
    """The ids of the seeded corpus in this test's database (`conn`, `database_url`)."""
    ids: Seeded = copy.deepcopy(seeded_template[2])
    return ids


@pytest.fixture(autouse=True)
def fresh_streamlit_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian chromium against a live dashboard (never skipped)")
