"""The compiled pass of `fastscan.Scan.find` (enrich/_scanhits.pyx), when it is built (`make install`).

Why: a long notice's scans give tens of thousands of hits; pyahocorasick makes a (end, value) tuple for each and
Scan.find's Python loop unpacks it (~20 % of a 16 KB notice together). Here each Scan also keeps its words as a
flat Aho-Corasick automaton (`tables`, plain lists pickled with the Scan in the table cache) that the compiled
loop walks, writing hits straight into the {position: mask} dicts. The hits and their order are pyahocorasick's:
by end, and at one end the longest word first (its failure links). Without the compiled module, or with
SURVTRACK_PURE_PYTHON=1, Scan.find runs as before (tests/enrich/test_native_scan.py checks both agree).

`scan_candidates`: the classifier's lane loop (classify.matcher._scan_candidates) the same way (round 34: its
per-position tests, ~1,200 positions and ~3,300 tries of `re` a 16 KB notice, were ~35 % of its time)."""
from __future__ import annotations

import importlib
import os
from array import array
from collections import deque
from typing import Any

NATIVE_VERSION = 2  # enrich/_scanhits.pyx's VERSION: a build of another version is not used


def _load() -> Any:
    if os.environ.get("SURVTRACK_PURE_PYTHON"):
        return None
    try:
        # compiled by `make install`; may be absent (imported by name: the package itself imports this module)
        _scanhits = importlib.import_module("enrich._scanhits")
    except ImportError:
        return None
    return _scanhits if getattr(_scanhits, "VERSION", None) == NATIVE_VERSION else None


compiled: Any = _load()

#: (alphabet, root, e_first, e_cls, e_next, fail, o_first, o_back, o_n, o_bit, general): see `tables`
Tables = tuple[Any, ...]


def tables(words: list[tuple[str, Any]]) -> Tables:
    """The automaton of `words` ((prefix, (back, member, bit)) as Scan adds them to pyahocorasick) as flat arrays
    (pickled as bytes): the alphabet, the root's next state per character class, each state's edges (first, class,
    next), failure links, each state's outputs (first, back, member, bit), then a list of general values. A
    character's class is its 1-based index in the alphabet (0: in no word). Output member -1-g stands for
    general[g], a (plain, other) pair as in Scan.find."""
    alphabet = "".join(sorted({ch for word, _ in words for ch in word}))
    klass = {ch: i + 1 for i, ch in enumerate(alphabet)}
    children: list[dict[int, int]] = [{}]
    value: list[Any] = [None]
    for word, hit in words:
        s = 0
        for ch in word:
            c = klass[ch]
            t = children[s].get(c)
            if t is None:
                t = children[s][c] = len(children)
                children.append({})
                value.append(None)
            s = t
        value[s] = hit  # a word added again replaces its value, as in pyahocorasick
    fail = [0] * len(children)
    outputs: list[list[Any]] = [[] for _ in children]
    queue = deque(children[0].values())
    while queue:
        s = queue.popleft()
        outputs[s] = ([value[s]] if value[s] is not None else []) + outputs[fail[s]]
        for c, t in children[s].items():
            f = fail[s]
            while f and c not in children[f]:
                f = fail[f]
            fail[t] = children[f].get(c, 0)
            queue.append(t)
    root = [0] * (len(alphabet) + 1)
    for c, t in children[0].items():
        root[c] = t
    e_first, e_cls, e_next = [0], [], []
    o_first, o_back, o_n, o_bit = [0], [], [], []
    general: list[Any] = []
    for s, edges in enumerate(children):
        for c in sorted(edges):
            e_cls.append(c)
            e_next.append(edges[c])
        e_first.append(len(e_cls))
        for back, n, bit in outputs[s]:
            if n >= 0 and -(1 << 62) < bit < (1 << 62):
                o_n.append(n)
                o_bit.append(bit)
            else:
                o_n.append(-1 - len(general))
                o_bit.append(0)
                general.append(bit if n < 0 else ((), ((n, bit),)))
            o_back.append(back)
        o_first.append(len(o_back))
    ints = [array("i", x) for x in (root, e_first, e_cls, e_next, fail, o_first, o_back, o_n)]  # (bytes pickled)
    return (alphabet, *ints, array("q", o_bit), general)


_ready: dict[int, tuple[Any, ...]] = {}  # id(tables) -> (tables, the compiled loop's arguments)


def find_into(made: Tables | None, hay: str, lo: int, hi: int, found: list[dict[int, int]]) -> bool:
    """Every hit of `made` in hay[lo:hi] into `found` (see Scan.find) when the compiled module is in use (False:
    nothing done; also for a Scan unpickled from a cache made without its tables)."""
    if compiled is None or made is None:
        return False
    ready = _ready.get(id(made))
    if ready is None or ready[0] is not made:
        ready = _ready[id(made)] = (made, _arguments(made))
    compiled.find_into(hay, lo, hi, *ready[1], found)
    return True


def _arguments(made: Tables) -> tuple[Any, ...]:
    """The compiled loop's arguments for `made`: the character classes of the BMP as one array (and a dict for the
    characters above it), then the automaton's arrays."""
    alphabet = made[0]
    cmap = array("H", bytes(2 * 65536))
    astral = {}
    for i, ch in enumerate(alphabet):
        if ord(ch) < 65536:
            cmap[ord(ch)] = i + 1
        else:  # (the compiled loop looks the character itself up)
            astral[ch] = i + 1
    return (cmap, astral, *made[1:])


_alnum: tuple[frozenset[str], array[int]] | None = None  # the characters, and the BMP as a 0/1 table of them


def scan_candidates(folded: str, starts: list[int], tables: tuple[dict[str, Any], dict[str, Any]],
                    alnum_chars: frozenset[str], lane_masks: dict[int, int], chosen: dict[Any, Any],
                    pick: Any, trim: Any, found: dict[str, list[Any]]) -> bool:
    """classify.matcher._scan_candidates' loop in compiled code when it is built (False: nothing done). `tables`:
    (the word-start table, the inside-word table) of the rules' characters; `chosen`: the entries per (word start,
    character, mask) that `pick` makes - (match, where-free key, taxonomy id, id rules) - kept by the caller."""
    global _alnum
    if compiled is None:
        return False
    if _alnum is None or _alnum[0] is not alnum_chars:
        table = array("B", bytes(65536))
        for ch in alnum_chars:
            if ord(ch) < 65536:
                table[ord(ch)] = 1
        _alnum = (alnum_chars, table)
    compiled.scan_candidates(folded, starts, tables[0], tables[1], _alnum[1], alnum_chars, lane_masks, chosen, pick,
                             trim, found)
    return True
