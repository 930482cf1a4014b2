"""Enrichment on every core: a pool of worker processes, forked after the reference data is loaded once.

Why processes: enrichment is pure Python and CPU-bound (the GIL rules out threads), while writes must stay in
input order. So workers only compute (`survtrack.pipeline.prepare_notice`, `enrich.enrich`: no database) and
one writer — the process that owns the connection — stores their results in the order the input came in (in
batches: survtrack.pipeline.store_batch), which makes a run with N workers write exactly what a run with one
writes. Past one writer's pace, run more processes (`--shard`).

Why fork after warming: the first enrichment in a process loads taxonomies, gazetteers, the vendor registry and
the language model (seconds). The parent pays that once, freezes its objects out of the garbage collector
(`gc.freeze`, so workers do not dirty the shared pages) and forks: every worker starts warm, sharing that memory
copy-on-write. `workers=1` is the plain in-process path: no pool, nothing forked.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, TypeVar

from survtrack.errors import SurvtrackError

T = TypeVar("T")

#: A few short notices in the languages the sources publish in: enriching them loads every lazy table.
WARM_TEXTS = (
    ("营口市公安局视频监控系统采购项目中标公告", "采购人：营口市公安局\n中标供应商：杭州海康威视数字技术股份有限公司\n"
     "中标金额：386.5万元\n人脸识别 动态人像比对 车辆卡口 雪亮工程"),
    ("Facial recognition CCTV for Springfield Police Department",
     "Buyer: City of Springfield, Illinois, USA. Awarded to Motorola Solutions for $1,250,000 on 5 March 2021. "
     "Automatic licence plate readers (ANPR) and video surveillance, Hikvision cameras."),
    ("Vidéoprotection urbaine — Ville de Lyon", "Acheteur : Ville de Lyon, France. Montant : 450 000 EUR HT. "
     "Caméras de vidéosurveillance et reconnaissance faciale, fourni par Idemia."),
    ("Videovigilancia ciudadana Municipalidad de Rosario", "Comprador: Municipalidad de Rosario, Argentina. "
     "Monto: $ 58.700.000 pesos. Cámaras con reconocimiento facial suministrado por Dahua."),
    ("Videoüberwachung Stadt Köln", "Auftraggeber: Stadt Köln, Deutschland. Wert: 200.000 EUR. Gesichtserkennung."),
    ("Видеонаблюдение Москва", "Заказчик: ГКУ Москвы. Сумма 12 500 000 рублей. Распознавание лиц, NtechLab."),
    ("Videomonitoramento Prefeitura de Salvador", "Contratante: Prefeitura de Salvador, Brasil. Valor R$ 3.000.000."),
)


#: Items per task sent to a worker (survtrack.parallel.ordered).
CHUNK = 16
#: How often a wait for a worker's answer checks that every worker is still alive (seconds).
LIVENESS_SECONDS = 1.0


class WorkerDied(SurvtrackError):
    """A worker process ended without an answer (killed, out of memory): the run stops and says so; a rerun
    completes it (what was stored is kept, and storing again never duplicates)."""


def worker_count(requested: int | None) -> int:
    """`--workers`: None or 0 means every core this process may use."""
    if requested is not None and requested < 0:
        raise SurvtrackError(f"--workers must be 1 or more (0: every core), got {requested}")
    if requested:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def warm() -> None:
    """Load everything enrichment loads lazily, here, once (before forking workers or the first crawl):
    `enrich.warm()` (reference tables) where it exists, then a few notices in several languages (whatever is
    still compiled on first use)."""
    import enrich

    if hasattr(enrich, "warm"):
        enrich.warm()
    for title, body in WARM_TEXTS:
        enrich.enrich(title, body)


def _ping() -> int:
    return os.getpid()


def _worker_started(parent: int) -> None:
    """Ctrl-C reaches the whole process group: the parent stops the run and its pool in order, workers do not
    each print a traceback. A parent killed outright (kill -9, out of memory) takes its workers with it, instead
    of leaving them waiting forever (Linux: PR_SET_PDEATHSIG; elsewhere they end at their next task)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (Scrapy's shutdown), inherited by fork
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was set up
        os._exit(1)


class EnrichPool:
    """Worker processes for pure functions; `submit` gives a Future. With one worker, calls run in-process at
    submit time (today's path: same process, same order, no pickling)."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = worker_count(workers)
        self._executor: ProcessPoolExecutor | None = None
        if self.workers > 1:
            warm()
            gc.collect()
            gc.freeze()  # kept: workers share the warmed objects, and collections no longer walk (and dirty) them
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_worker_started, initargs=(os.getpid(),))
            # Fork now, warm, before the run starts its own threads - not at the first notice.
            for future in [self._executor.submit(_ping) for _ in range(self.workers)]:
                future.result()

    @property
    def parallel(self) -> bool:
        return self._executor is not None

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        if self._executor is None:
            future: Future[T] = Future()
            try:
                future.set_result(fn(*args, **kwargs))
            except Exception as exc:  # noqa: BLE001 - handed to whoever reads the future, as a pool would
                future.set_exception(exc)
            return future
        try:
            return self._executor.submit(fn, *args, **kwargs)
        except BrokenProcessPool as exc:
            raise WorkerDied(_died(exc)) from exc

    def lost_worker(self) -> bool:
        """Whether a worker process has ended. The executor says so itself (BrokenProcessPool) except when a worker
        dies while its call queue is full: CPython 3.11's manager thread then waits forever on the pipe."""
        processes = getattr(self._executor, "_processes", None) or {}
        return any(process.exitcode is not None for process in list(processes.values()))

    def _end_workers(self) -> None:
        """Kill every worker: their pipes break, the executor's threads end, and the process can exit."""
        for process in list((getattr(self._executor, "_processes", None) or {}).values()):
            if process.exitcode is None:
                process.kill()

    def close(self, *, cancel: bool = False) -> None:
        if self._executor is not None:
            if cancel and self.lost_worker():
                self._end_workers()
            self._executor.shutdown(wait=not cancel, cancel_futures=cancel)
            self._executor = None

    def __enter__(self) -> EnrichPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close(cancel=value is not None)


def _died(exc: BaseException) -> str:
    return ("an enrichment worker process ended unexpectedly (killed, or out of memory): "
            f"{' '.join(str(exc).split()) or type(exc).__name__}")


def result_of(future: Future[T], pool: EnrichPool | None = None) -> T:
    """The future's result; the function's own exception as is, a dead worker as WorkerDied. Given its pool, a
    worker found dead while waiting ends the wait too (the executor may never say so: `EnrichPool.lost_worker`)."""
    while True:
        try:
            return future.result(timeout=None if pool is None else LIVENESS_SECONDS)
        except BrokenProcessPool as exc:
            raise WorkerDied(_died(exc)) from exc
        except TimeoutError:
            if pool is not None and not future.done() and pool.lost_worker():
                pool._end_workers()
                raise WorkerDied(_died(BrokenProcessPool("a worker process was found dead while waiting"))) from None


def _apply_all(fn: Callable[[Any], Any], args: list[Any]) -> list[tuple[bool, Any]]:
    """A worker's task: `fn` over a chunk, each outcome kept (a failing item never costs its chunk)."""
    out: list[tuple[bool, Any]] = []
    for arg in args:
        try:
            out.append((True, fn(arg)))
        except Exception as exc:  # noqa: BLE001 - returned in its place, raised or recorded by the reader
            out.append((False, exc))
    return out


def ordered(pool: EnrichPool, items: Iterable[Any], fn: Callable[[Any], Any], *,
            wanted: Callable[[Any], bool] | None = None, arg: Callable[[Any], Any] | None = None,
            chunk: int = CHUNK, window: int | None = None) -> Iterator[tuple[Any, Any]]:
    """(item, fn(arg(item))) in input order — the exception instance in place of a result when fn raised, None
    for an item not `wanted` (an input error: nothing to compute, but it keeps its place). Items are read lazily
    and sent in chunks (one task per `chunk` items: less pickling and fewer wake-ups than one per item), at most
    `window` chunks ahead: memory stays flat whatever the input's size. A dead worker raises WorkerDied.
    In-process (one worker) each item is computed as it is read: today's order of work, exactly."""
    if not pool.parallel:
        chunk, window = 1, 1
    window = window or pool.workers * 4
    pending: deque[tuple[list[tuple[Any, bool]], Future[list[tuple[bool, Any]]] | None]] = deque()
    buffer: list[tuple[Any, bool]] = []

    def send() -> None:
        todo = [(arg or _same)(item) for item, want in buffer if want]
        pending.append((list(buffer), pool.submit(_apply_all, fn, todo) if todo else None))
        buffer.clear()

    def receive() -> Iterator[tuple[Any, Any]]:
        entries, future = pending.popleft()
        outcomes = iter(result_of(future, pool) if future is not None else ())
        for item, want in entries:
            yield item, next(outcomes)[1] if want else None

    for item in items:
        buffer.append((item, wanted is None or wanted(item)))
        if len(buffer) >= chunk:
            send()
        while len(pending) >= window:
            yield from receive()
    if buffer:
        send()
    while pending:
        yield from receive()


def _same(item: Any) -> Any:
    return item
