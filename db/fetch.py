"""The row of a statement that always returns one (count(*), INSERT … RETURNING, a row known to exist), typed as
present: psycopg's `fetchone()` may return None, which these statements never do."""
from __future__ import annotations

from typing import TypeVar

import psycopg

Row = TypeVar("Row")


def one(cursor: psycopg.Cursor[Row]) -> Row:
    row = cursor.fetchone()
    if row is None:
        raise LookupError("the statement returned no row")
    return row
