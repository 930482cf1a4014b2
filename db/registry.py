"""The reviewed vendor registry (enrich/data/vendors.yaml) as organisations in the database.

Every write path that resolves names (notices, watch lists) calls `ensure_reference_data` first: registry
vendors must exist as organisations before a name can be matched to one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

_reference_loaded: set[tuple[str, str]] = set()
#: pg_advisory_xact_lock key (per database) serialising the registry load.
REGISTRY_LOCK = 724_118_306


def ensure_reference_data(conn: psycopg.Connection) -> None:
    """Load the vendor registry into the database when its version changed (checked once per process and DB)."""
    from db.store import sync_vendor_registry
    from enrich.vendors import REGISTRY_VERSION, load_registry

    key = (conn.info.dsn, REGISTRY_VERSION)
    if key in _reference_loaded:
        return
    loaded = conn.execute("SELECT version FROM reference_data WHERE name = 'vendors'").fetchone()
    if not loaded or loaded[0] != REGISTRY_VERSION:
        # Processes starting together (shards, crawlers) load it once: the others wait here, then find it loaded.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (REGISTRY_LOCK,))
        sync_vendor_registry(conn, load_registry().vendors, REGISTRY_VERSION)
    _reference_loaded.add(key)
