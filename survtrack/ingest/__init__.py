"""`survtrack ingest`: bring your own documents — the contract's .jsonl, OCDS JSON, TED XML and TED bulk packages,
.pdf, .html/.htm, .txt — or folders of them.

Each document's bytes are archived like a fetched document before it is read. A bad line, record, member or file
becomes an error (a crawl_errors row and one line on stderr naming file and line/member); the good ones are
stored; nothing already stored is lost. Re-ingesting the same url updates the notice (new version if changed),
never duplicates it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from survtrack.ingest.common import DEFAULT_SOURCE, IngestRun, InputError
from survtrack.ingest.files import SUPPORTED, records_from_file
from survtrack.pipeline import prepare_notice
from survtrack.shards import Shard

if TYPE_CHECKING:
    import psycopg

    from survtrack.parallel import EnrichPool
    from survtrack.pipeline import NoticeRecord, PreparedNotice
    from survtrack.runs import Heartbeat, Progress

__all__ = ["DEFAULT_SOURCE", "SUPPORTED", "IngestReport", "InputError", "expand_paths", "ingest_paths"]


@dataclass
class IngestReport:
    outcomes: dict[str, int] = field(default_factory=lambda: {"inserted": 0, "updated": 0, "unchanged": 0})
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


#: Stored notices per commit: one commit (one WAL flush) per batch instead of per notice; a killed ingest loses
#: at most this many uncommitted notices, which the rerun stores.
COMMIT_EVERY = 200


def expand_paths(paths: list[Path], shard: Shard | None = None) -> Iterator[Path]:
    """Every file to read, folders expanded (sorted); with `shard`, only the files of that shard, each keyed by
    its path relative to the folder given (a file named directly: as given), so hosts that mount a shared folder
    in different places agree."""
    for path in paths:
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED):
                if shard is None or shard.holds_key(found.relative_to(path).as_posix()):
                    yield found
        elif shard is None or shard.holds_key(path.as_posix()):
            yield path


def ingest_paths(conn: psycopg.Connection, paths: list[Path], *, source: str = DEFAULT_SOURCE,
                 demo: bool = False, progress: Progress | None = None, workers: int | None = 1,
                 shard: Shard | None = None) -> IngestReport:
    """Ingest every file (of `shard`); the run row is closed whatever happens (finished, partial, failed, or
    interrupted on Ctrl-C), and reports its progress as it goes (survtrack/runs.py), so a killed ingest is found
    interrupted. `workers` > 1 (None: every core) enriches in worker processes; this process reads, archives and
    stores in input order, so the rows are the same as with one."""
    from db import store
    from survtrack.parallel import EnrichPool, WorkerDied
    from survtrack.runs import Heartbeat

    report = IngestReport()
    args = {"paths": [str(p) for p in paths], **({"shard": str(shard)} if shard else {})}
    run_id = store.open_run(conn, source, args=args, demo=demo, kind="import")
    conn.commit()
    run = IngestRun(conn, run_id, source, demo)
    files = 0
    heartbeat = Heartbeat(conn, run_id, lambda: {**report.outcomes, "errors": len(report.errors), "files": files})
    status = "failed"
    try:
        with EnrichPool(workers) as pool:
            for path in expand_paths(paths, shard):
                try:
                    _ingest_file(run, report, path, progress, heartbeat, pool)
                except WorkerDied:
                    raise
                except Exception as exc:  # a reader that failed outright: that file's rest is lost, never the run
                    conn.rollback()
                    _fail(run, report, path.resolve().as_uri(), f"{path}: {type(exc).__name__}: {exc}")
                files += 1
                conn.commit()
                heartbeat.beat()
        from survtrack.pipeline import refresh_procurements

        refresh_procurements(conn)  # procurement links and cross-notice red flags of what was ingested
        status = "finished" if not report.errors else "partial"
    except WorkerDied as exc:  # what was stored is committed; the rerun stores the rest, never twice
        conn.commit()
        _fail(run, report, None, f"{exc}; stopped after {sum(report.outcomes.values())} notice(s): "
                                 "rerun the same command to ingest the rest", stage="store")
    except (KeyboardInterrupt, SystemExit):
        status = "interrupted"
        raise
    finally:
        try:
            conn.rollback()
            store.close_run(conn, run_id, status=status,
                            stats={**report.outcomes, "errors": len(report.errors), "files": files})
            conn.commit()
        except Exception:  # the connection itself is gone: the next command marks the run interrupted
            pass
    return report


def _ingest_file(run: IngestRun, report: IngestReport, path: Path, progress: Progress | None, heartbeat: Heartbeat,
                 pool: EnrichPool) -> None:
    """Read the file's records lazily, enrich them in the pool (a bounded window ahead) and store them in input
    order, COMMIT_EVERY at a time (survtrack.pipeline.store_batch: new notices with one COPY per table), then
    commit: a bad document is an error of its own, never the batch's. A dead worker stops the run once what was
    enriched before it is stored."""
    from survtrack.parallel import WorkerDied, ordered

    pending: list[tuple[NoticeRecord, PreparedNotice | BaseException]] = []
    try:
        for item, result in ordered(pool, records_from_file(run, path), prepare_notice,
                                    wanted=lambda item: not isinstance(item, InputError)):
            if isinstance(item, InputError):
                _fail(run, report, item.url or path.resolve().as_uri(), str(item))
                continue
            pending.append((item, result))
            if len(pending) >= COMMIT_EVERY:
                _store(run, report, path, pending, progress, heartbeat)
                pending = []
    except WorkerDied:
        _store(run, report, path, pending, progress, heartbeat)
        raise
    _store(run, report, path, pending, progress, heartbeat)


def _store(run: IngestRun, report: IngestReport, path: Path,
           pending: list[tuple[NoticeRecord, PreparedNotice | BaseException]], progress: Progress | None,
           heartbeat: Heartbeat) -> None:
    """Store one batch of (record, enrichment or its exception) and commit it."""
    from survtrack.pipeline import store_batch

    if not pending:
        return
    for (record, _), outcome in zip(pending, store_batch(run.conn, [result for _, result in pending]), strict=True):
        if isinstance(outcome, BaseException):
            where = getattr(record, "where", "") or str(path)
            _fail(run, report, record.url, f"{where}: {record.url}: {type(outcome).__name__}: {outcome}",
                  stage="store")
        else:
            report.count(outcome)
    run.conn.commit()
    heartbeat.beat()  # after a commit: the progress it reports is stored, not a batch that may be lost
    if progress is not None:
        progress.update(len(pending))


def _fail(run: IngestRun, report: IngestReport, url: str | None, message: str, stage: str = "input") -> None:
    from db import store

    message = " ".join(message.splitlines())  # one line on stderr per error
    report.errors.append(message)
    store.record_error(run.conn, run.run_id, url=url, stage=stage, error=message)
    run.conn.commit()
