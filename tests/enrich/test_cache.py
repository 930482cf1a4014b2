"""enrich/cache.py: tables built once, pickled with their compiled patterns, loaded by later processes unchanged."""
from __future__ import annotations

import io
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

from enrich import cache

ROOT = Path(__file__).resolve().parents[2]


def _round_trip(value):
    buffer = io.BytesIO()
    cache._Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return pickle.loads(buffer.getvalue())


def test_compiled_patterns_come_back_with_the_same_code():
    from enrich.classify import _rules
    from enrich.parties import _LABEL_RE

    dispatch = [pattern for lane in _rules().by_id[0].lanes for pattern in lane.dispatch.values()]
    patterns = [_LABEL_RE, re.compile(r"(?P<a>x)(?(a)y|z)\b", re.I | re.M), re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?"),
                _rules().negation_after, *dispatch]
    for pattern in patterns:
        again = _round_trip(pattern)
        assert again == pattern and again.groupindex == pattern.groupindex and again is not pattern
    rules = _round_trip(_rules())
    assert [r.taxonomy_id for r in rules.by_id] == [r.taxonomy_id for r in _rules().by_id]


#: Tables the first process below must build and write (cheap ones: the expensive classifier rules are copied in
#: from this process's warm folder, and the second check - every copied file left untouched - proves a process loads
#: them, 10 MB of pickled patterns included, instead of building them).
REBUILT = ("load_registry", "_label_regex", "month_forms")


def test_a_table_is_written_once_and_loaded_by_the_next_process(tmp_path):
    import enrich

    enrich.warm()  # this process: every table loaded or built, and written to the cache folder
    warm = cache.cache_folder()
    assert warm is not None and any(warm.glob("enrich.classify._rules.*.pickle"))
    from enrich import classify

    def current(path: Path) -> bool:  # written for this code and data (the folder also keeps other versions' files)
        name, key = path.name[: -len(".pickle") - 21], path.name.split(".")[-2]
        inputs = [classify.CUES_PATH, classify.CODES_PATH] if name == "enrich.classify._rules" else []
        return key == cache._key(name, inputs)

    copied = {}
    for path in filter(current, warm.glob("*.pickle")):
        if path.name.split(".")[-3] not in REBUILT:
            (tmp_path / path.name).write_bytes(path.read_bytes())
            copied[path.name] = (tmp_path / path.name).stat().st_mtime_ns
    assert any(".classify._rules." in name for name in copied) and any("re-compile-cache" in name for name in copied)
    env = {**os.environ, "SURVTRACK_ENRICH_CACHE": str(tmp_path)}
    program = ("import json, enrich; enrich.warm()\n"
               "e = enrich.enrich('视频监控采购', '采购单位：疏附县公安局\\n金额100万元\\n人脸识别')\n"
               "print(json.dumps([e.taxonomy_ids, [p.name for p in e.parties], str(e.amounts[0].value),"
               " e.place.adcode]))")

    def run() -> tuple[list, dict[str, int]]:
        """The program's output, and the time each table file was written (re's compile cache aside: a process
        adds the patterns it compiled that the file lacks, until it holds them all)."""
        out = subprocess.run([sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True).stdout
        return json.loads(out), {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.pickle")
                                 if "re-compile-cache" not in p.name}

    tables = {name: written for name, written in copied.items() if "re-compile-cache" not in name}
    first, after_first = run()
    assert sorted(n.split(".")[-3] for n in set(after_first) - set(tables)) == sorted(REBUILT)  # the missing, written
    assert {n: after_first[n] for n in tables} == tables  # the rest loaded, not rebuilt
    second, after_second = run()
    assert second == first and first[0] == ["cctv", "facial_recognition"] and first[3]
    assert after_second == after_first  # nothing rebuilt
    assert len(list(tmp_path.glob("re-compile-cache.*.pickle"))) == 1


COUNT_COMPILES = """
import re._compiler, sys
compiled, compile = [], re._compiler.compile
re._compiler.compile = lambda p, flags=0: compiled.append(p) or compile(p, flags)
import enrich
enrich.enrich("视频监控系统采购项目中标公告", "采购单位：某某县公安局\\n中标金额：386.5万元\\n人脸识别摄像机 46台")
enrich.enrich("Cameras for the Lakeview police", "The City of Lakeview awarded a contract for CCTV cameras to "
              "Acme Security Inc. for $100,000, minutes show. Records of the Lakeview Police Department say …")
print(len(compiled))
"""


def test_after_warm_a_new_process_compiles_almost_no_pattern_again():
    """A process's start-up: ~340 patterns compiled at import and at its first Chinese and English notice (0.3 s)
    while the record of compiled patterns held what a cold process's table builds left in re's cache. enrich.warm
    (run by `make install` and before forking workers) records every module's patterns and none of a table's."""
    subprocess.run([sys.executable, "-c", "import enrich; enrich.warm()"], cwd=ROOT, check=True)  # a fresh process,
    # as `make install` and a worker pool's parent run it (a long-lived process's re cache has lost its first patterns)
    out = subprocess.run([sys.executable, "-c", COUNT_COMPILES], cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(out.stdout.split()[-1]) <= 30  # the patterns made of a notice's own words


def test_the_compile_record_keeps_module_patterns_and_leaves_a_tables_out(tmp_path, monkeypatch):
    """A table build compiles hundreds of patterns, which push the module-level ones out of re's 512-entry cache;
    recorded from there, the record held the table's patterns (its own file holds them) and lacked the modules'."""
    monkeypatch.setenv("SURVTRACK_ENRICH_CACHE", str(tmp_path))
    cache.cache_folder.cache_clear()
    for name, empty in (("_seen", {}), ("_built", set()), ("_recorded", {}), ("_patterns_recorded", False)):
        monkeypatch.setattr(cache, name, empty)
    module_pattern = re.compile(r"survtrack-module-pattern-\d+")
    try:
        @cache.table()
        def many_patterns():
            return [re.compile(rf"survtrack-table-pattern-{i}\d") for i in range(600)]

        assert len(many_patterns()) == 600
        cache.record_patterns()
        [record] = tmp_path.glob("re-compile-cache.*.pickle")
        recorded = {source for (source, _flags), _code in pickle.loads(record.read_bytes())}
        assert module_pattern.pattern in recorded
        assert not any(source.startswith("survtrack-table-pattern-") for source in recorded)
    finally:
        cache.cache_folder.cache_clear()
        cache._LOADERS.remove(next(f for f in cache._LOADERS if f.__name__ == "many_patterns"))


def test_tables_built_from_files_outside_the_package_stay_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVTRACK_ENRICH_CACHE", str(tmp_path / "cache"))
    cache.cache_folder.cache_clear()
    calls = []
    scratch = tmp_path / "data.txt"
    scratch.write_text("x")
    try:
        @cache.table(inputs=lambda: [scratch])
        def scratch_table():
            calls.append(1)
            return [re.compile("a+")]

        assert scratch_table()[0].match("aa") and scratch_table() is scratch_table()
        scratch_table.cache_clear()
        scratch_table()
        assert len(calls) == 2 and not list((tmp_path / "cache").glob("*.pickle"))
    finally:
        cache.cache_folder.cache_clear()
        cache._LOADERS.remove(next(f for f in cache._LOADERS if f.__name__ == "scratch_table"))
