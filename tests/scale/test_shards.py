"""`--shard I/N`: slices are disjoint, cover everything, and are the same on every host (no database needed)."""
from __future__ import annotations

import shutil

import pytest

from survtrack.cli import main
from survtrack.errors import SurvtrackError
from survtrack.ingest import expand_paths
from survtrack.shards import Shard, key_shard, parse_shard


def test_parse_shard():
    assert parse_shard("0/3") == Shard(0, 3) and str(parse_shard(" 2/3 ")) == "2/3"
    assert parse_shard(None) is None
    for bad in ("3/3", "-1/3", "1", "a/b", "1/0", "0/"):
        with pytest.raises(SurvtrackError, match="--shard must be I/N"):
            parse_shard(bad)


def test_key_shards_are_stable_and_spread():
    keys = [f"2024/ted/{n:05d}.xml" for n in range(3000)]
    counts = [0, 0, 0]
    for key in keys:
        counts[key_shard(key, 3)] += 1
    assert all(900 < count < 1100 for count in counts), counts
    assert key_shard("2024/ted/00001.xml", 3) == key_shard("2024/ted/00001.xml", 3)


def test_ingest_shards_of_a_shared_folder_are_disjoint_cover_it_and_ignore_the_mount_point(tmp_path):
    folder = tmp_path / "mnt" / "shared"
    for n in range(40):
        path = folder / f"batch{n % 4}" / f"notice{n}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<p>notice {n}</p>")
    (folder / "README.md").write_text("not an input")
    everything = set(expand_paths([folder]))
    slices = [set(expand_paths([folder], Shard(i, 3))) for i in range(3)]
    assert len(everything) == 40 and set().union(*slices) == everything
    assert sum(len(s) for s in slices) == 40 and all(slices)
    elsewhere = tmp_path / "other-host" / "data"
    shutil.copytree(folder, elsewhere)
    moved = [{p.relative_to(elsewhere) for p in expand_paths([elsewhere], Shard(i, 3))} for i in range(3)]
    assert moved == [{p.relative_to(folder) for p in s} for s in slices]


@pytest.mark.parametrize("argv, message", [
    (["reprocess", "--shard", "3/3"], "--shard must be I/N"),
    (["reprocess", "--finalize", "--shard", "0/2"], "--finalize runs once over everything"),
    (["ingest", "--workers", "-2", "x.jsonl"], "--workers must be 1 or more"),
])
def test_scale_options_fail_in_one_line(argv, message, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("survtrack: error: ") and message in err and err.count("\n") == 1
