"""Memory of a command and its worker processes, sampled every second (shared by bench.throughput, bench.crawl).

Why both RSS and PSS: forked workers share the parent's warmed pages, and RSS counts a shared page once per
process, so summing RSS over the tree overstates what the machine spends; PSS divides each shared page among its
users and sums to the real total. The embedded PostgreSQL server is its own process tree and never counted.
"""
from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from pathlib import Path

import psutil

MB = 1_000_000


class TreeSampler(threading.Thread):
    """Samples (seconds since start, parent RSS, tree RSS, tree PSS) of `pid` and its descendants."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.root, self.every = psutil.Process(pid), every
        self.samples: list[tuple[float, int, int, int]] = []
        self.started = time.perf_counter()
        self._halt = threading.Event()
        self.cpu_seconds: float | None = None
        self.parent_cpu_seconds = 0.0  # as last sampled (up to `every` seconds before it ended)
        self.postgres_cpu_seconds: float | None = None

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
                processes = [p for p in processes if "postgres" not in p.name()]
                parent = self.root.memory_info().rss
                self.parent_cpu_seconds = sum(self.root.cpu_times()[:2])  # its own, not its workers'
                rss = pss = 0
                for process in processes:
                    try:
                        info = process.memory_full_info()
                        rss, pss = rss + info.rss, pss + getattr(info, "pss", info.rss)
                    except psutil.Error:
                        pass
                self.samples.append((time.perf_counter() - self.started, parent, rss, pss))
            except psutil.Error:
                pass
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def summary(self) -> dict:
        if not self.samples:
            return {"peak_parent_rss_mb": None, "peak_tree_rss_mb": None, "peak_tree_pss_mb": None}
        return {"peak_parent_rss_mb": round(max(s[1] for s in self.samples) / MB),
                "peak_tree_rss_mb": round(max(s[2] for s in self.samples) / MB),
                "peak_tree_pss_mb": round(max(s[3] for s in self.samples) / MB)}

    def curve(self, points: int = 12) -> list[tuple[int, int, int]]:
        """About `points` evenly spaced samples: (second, tree PSS MB, parent RSS MB)."""
        if not self.samples:
            return []
        step = max(1, len(self.samples) // points)
        chosen = self.samples[::step] + ([self.samples[-1]] if len(self.samples) % step != 1 else [])
        return [(round(t), round(pss / MB), round(parent / MB)) for t, parent, _, pss in chosen]


def postgres_cpu(home: str | None) -> float | None:
    """CPU seconds the embedded PostgreSQL under SURVTRACK_HOME `home` has used (its server and every ended
    backend), or None (no such server, or an external DATABASE_URL)."""
    if not home:
        return None
    try:
        pid = int((Path(home) / "pgdata" / "postmaster.pid").read_text().split()[0])
        server = psutil.Process(pid)
        total = sum(server.cpu_times()[:4])  # its own and its ended children's (backends, checkpointer…)
        for child in server.children():
            total += sum(child.cpu_times()[:2])  # backends still running
        return total
    except (OSError, ValueError, IndexError, psutil.Error):
        return None


def run_sampled(command: list[str], *, env: dict | None = None, every: float = 1.0,
                cwd: str | None = None) -> tuple[subprocess.CompletedProcess, float, TreeSampler]:
    """Run `command` to completion while sampling its tree; (result, seconds, sampler). The sampler also gets
    `cpu_seconds`: CPU time of the command and its workers (they are reaped when it ends), and
    `postgres_cpu_seconds` when the database is the embedded server of SURVTRACK_HOME."""
    home = (env or {}).get("SURVTRACK_HOME") or (None if os.environ.get("DATABASE_URL")
                                                 else os.environ.get("SURVTRACK_HOME"))
    before, pg_before = resource.getrusage(resource.RUSAGE_CHILDREN), postgres_cpu(home)
    started = time.perf_counter()
    child = subprocess.Popen(command, env={**os.environ, **(env or {})}, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid, every)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    after, pg_after = resource.getrusage(resource.RUSAGE_CHILDREN), postgres_cpu(home)
    sampler.cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if pg_before is not None and pg_after is not None:
        sampler.postgres_cpu_seconds = pg_after - pg_before
    return subprocess.CompletedProcess(command, child.returncode, out, err), seconds, sampler
