"""COPY for derived rows: the one bulk-insert helper of the write path (db/store.py, db/procurements.py,
db/integrity.py). Table and column names are fixed identifiers; values never touch the SQL text."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from psycopg import sql

if TYPE_CHECKING:
    import psycopg


def copy_rows(cur: psycopg.Cursor, table: str, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> None:
    """Bulk-insert `rows` into `table` (`columns` in row order) with COPY; nothing happens for no rows."""
    rows = list(rows)
    if not rows:
        return
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
    with cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
