"""Large read-only lookup tables kept as a few long strings and arrays instead of hundreds of thousands of objects.

Why: the town tables hold 34,000 (GeoNames ≥ 15,000) and 144,000 (≥ 1,000) rows under some 200,000 folded names.
As dicts of tuples they took a second to build and, cached (enrich/cache.py), still a fifth of a second to
unpickle - in every process, for a notice that looks up three names. Packed, a table loads as a handful of
objects, and a lookup is a binary search plus the decoding of the rows it returns.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator


class Lines:
    """A tuple of strings stored as one string and its offsets: `lines[i]` is the i-th string."""

    def __init__(self, items: Iterable[str]) -> None:
        items = list(items)
        self._blob = "".join(items)
        self._ends = array("L", _ends(len(item) for item in items))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        if not 0 <= i < len(self._ends):
            raise IndexError(i)
        return self._blob[self._ends[i - 1] if i else 0:self._ends[i]]

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class StrIndex:
    """A read-only mapping of strings to tuples of non-negative ints (row numbers), in the order they were given."""

    def __init__(self, mapping: dict[str, list[int]]) -> None:
        keys = sorted(mapping)
        self._keys = Lines(keys)
        self._values = array("L", (v for key in keys for v in mapping[key]))
        self._value_ends = array("L", _ends(len(mapping[key]) for key in keys))
        self._seen: dict[str, tuple[int, ...] | None] = {}

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in vars(self).items() if k != "_seen"}

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state, _seen={})

    def get(self, key: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        found = self._seen.get(key, self)
        # not looked up yet (found is self): a binary search, remembered (the same words come back)
        if isinstance(found, StrIndex):
            i = bisect_left(self._keys, key)
            found = None if i == len(self._keys) or self._keys[i] != key else tuple(
                self._values[self._value_ends[i - 1] if i else 0:self._value_ends[i]])
            if len(self._seen) >= 1 << 16:
                self._seen.clear()
            self._seen[key] = found
        return default if found is None else found

    def __contains__(self, key: str) -> bool:
        i = bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i] == key

    def __len__(self) -> int:
        return len(self._keys)


def _ends(lengths: Iterable[int]) -> Iterator[int]:
    total = 0
    for length in lengths:
        total += length
        yield total
