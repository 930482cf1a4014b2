"""Memory of a command and its worker processes, sampled every second (shared by bench.throughput, bench.crawl).

Why both RSS and PSS: forked workers share the parent's warmed pages, and RSS counts a shared page once per
process, so summing RSS over the tree overstates what the machine spends; PSS divides each shared page among its
users and sums to the real total. The embedded PostgreSQL server is its own process tree and never counted.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time

import psutil

MB = 1_000_000


class TreeSampler(threading.Thread):
    """Samples (seconds since start, parent RSS, tree RSS, tree PSS) of `pid` and its descendants."""

    def __init__(self, pid: int, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.root, self.every = psutil.Process(pid), every
        self.samples: list[tuple[float, int, int, int]] = []
        self.started = time.perf_counter()
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
                processes = [p for p in processes if "postgres" not in p.name()]
                parent = self.root.memory_info().rss
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


def run_sampled(command: list[str], *, env: dict | None = None, every: float = 1.0,
                cwd: str | None = None) -> tuple[subprocess.CompletedProcess, float, TreeSampler]:
    """Run `command` to completion while sampling its tree; (result, seconds, sampler)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env={**os.environ, **(env or {})}, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid, every)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    return subprocess.CompletedProcess(command, child.returncode, out, err), seconds, sampler
