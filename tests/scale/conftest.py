"""Fixtures for the scale tests: a real Redis server (Debian `redis-server`, installed by `make test` as root)
started on 127.0.0.1 in a temporary folder and stopped afterwards, and fresh databases for runs to compare."""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    """redis://127.0.0.1:PORT/0 of a Redis server of our own (no persistence), stopped after the module."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server; `make test` installs it as root)")
    folder = Path(tempfile.mkdtemp(prefix="survtrack-redis-", dir="/tmp"))
    port = _free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
                               "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def with_dbname(url: str, name: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    info["dbname"] = name
    return psycopg.conninfo.make_conninfo(**info)


@pytest.fixture
def new_database(pg_admin_url, template_database):
    """make(template=None) → URL of a new database (a copy of `template`, or of the migrated template); all are
    dropped after the test."""
    made = []

    def make(template: str | None = None) -> str:
        name = f"survtrack_scale_{uuid.uuid4().hex[:10]}"
        source = template or template_database
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                          sql.Identifier(source)))
        made.append(name)
        return with_dbname(pg_admin_url, name)

    yield make
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        for name in made:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
