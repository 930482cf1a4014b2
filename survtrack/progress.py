"""Progress for long-running verbs: a bar with items/s and ETA on a terminal, plain log lines otherwise."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from survtrack.runs import Progress


class _LogLines:
    """Prints 'label: n/total (rate unit/s)' every few seconds when stderr is not a terminal."""

    def __init__(self, total: int, label: str, every: float = 5.0, unit: str = "item"):
        self.total, self.label, self.every, self.unit = total, label, every, unit
        self.n = 0
        self.started: float | None = None
        self.last = 0.0

    def update(self, n: int = 1) -> None:
        now = time.monotonic()
        if self.started is None:  # the rate counts from the first item, not from the start-up before it
            self.started = self.last = now
        self.n += n
        if now - self.last >= self.every:
            self.last = now
            rate = self.n / max(now - self.started, 1e-9)
            print(f"{self.label}: {self.n}/{self.total} ({rate:.1f} {self.unit}s/s)", file=sys.stderr, flush=True)


@contextmanager
def progress_bar(total: int, label: str, unit: str = "item") -> Iterator[Progress]:
    if sys.stderr.isatty():
        from tqdm import tqdm

        with tqdm(total=total, desc=label, unit=f" {unit}s", file=sys.stderr) as bar:
            yield bar
    else:
        yield _LogLines(total, label, unit=unit)
