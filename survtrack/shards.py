"""`--shard I/N`: one deterministic slice of the work, so any scheduler can run N processes against one database.

Why these keys: a slice must be the same whichever host computes it and whenever. Stored notices are split by
`id % N` (ids never change, and the split is one indexable condition in SQL); files of a shared folder by a
SHA-256 of their path relative to the folder given (the same on every host whatever the mount point). Together
the N slices are disjoint and cover everything.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from survtrack.errors import SurvtrackError


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def holds_key(self, key: str) -> bool:
        """Whether a file (by its stable path key) belongs to this shard."""
        return key_shard(key, self.count) == self.index


def parse_shard(value: str | None) -> Shard | None:
    """'I/N' (0 ≤ I < N) → Shard; None stays None; anything else is a one-line error."""
    if value is None:
        return None
    index, sep, count = str(value).strip().partition("/")
    if not sep or not index.strip().isdigit() or not count.strip().isdigit():
        raise SurvtrackError(f"--shard must be I/N with 0 <= I < N (e.g. 0/4), got {value!r}")
    shard = Shard(int(index), int(count))
    if shard.count < 1 or not 0 <= shard.index < shard.count:
        raise SurvtrackError(f"--shard must be I/N with 0 <= I < N (e.g. 0/4), got {value!r}")
    return shard


def key_shard(key: str, count: int) -> int:
    """The shard (0..count-1) of a text key: the first 8 bytes of its SHA-256, modulo count."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()[:8], "big") % count
