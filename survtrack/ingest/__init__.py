"""`survtrack ingest`: bring your own documents — the contract's .jsonl, OCDS JSON, TED XML and TED bulk packages,
.pdf, .html/.htm, .txt — or folders of them.

Each document's bytes are archived like a fetched document before it is read. A bad line, record, member or file
becomes an error (a crawl_errors row and one line on stderr naming file and line/member); the good ones are
stored; nothing already stored is lost. Re-ingesting the same url updates the notice (new version if changed),
never duplicates it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from survtrack.ingest.common import DEFAULT_SOURCE, InputError, IngestRun
from survtrack.ingest.files import SUPPORTED, records_from_file
from survtrack.pipeline import process_notice

if TYPE_CHECKING:
    import psycopg

__all__ = ["DEFAULT_SOURCE", "SUPPORTED", "IngestReport", "InputError", "expand_paths", "ingest_paths"]


@dataclass
class IngestReport:
    outcomes: dict[str, int] = field(default_factory=lambda: {"inserted": 0, "updated": 0, "unchanged": 0})
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
        else:
            yield path


def ingest_paths(conn: psycopg.Connection, paths: list[Path], *, source: str = DEFAULT_SOURCE,
                 demo: bool = False, progress=None) -> IngestReport:
    """Ingest every file; the run row is closed whatever happens (finished, partial, failed, or interrupted on
    Ctrl-C), and reports its progress as it goes (survtrack/runs.py), so a killed ingest is found interrupted."""
    from db import store
    from survtrack.runs import Heartbeat

    report = IngestReport()
    run_id = store.open_run(conn, source, args={"paths": [str(p) for p in paths]}, demo=demo, kind="import")
    conn.commit()
    run = IngestRun(conn, run_id, source, demo)
    files = 0
    heartbeat = Heartbeat(conn, run_id, lambda: {**report.outcomes, "errors": len(report.errors), "files": files})
    status = "failed"
    try:
        for path in expand_paths(paths):
            try:
                _ingest_file(run, report, path, progress, heartbeat)
            except Exception as exc:  # a reader that failed outright: that file's rest is lost, never the run
                conn.rollback()
                _fail(run, report, path.resolve().as_uri(), f"{path}: {type(exc).__name__}: {exc}")
            files += 1
            conn.commit()
        from survtrack.pipeline import refresh_procurements

        refresh_procurements(conn)  # procurement links and cross-notice red flags of what was ingested
        status = "finished" if not report.errors else "partial"
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


def _ingest_file(run: IngestRun, report: IngestReport, path: Path, progress, heartbeat) -> None:
    conn = run.conn
    for record_or_error in records_from_file(run, path):
        if isinstance(record_or_error, InputError):
            _fail(run, report, record_or_error.url or path.resolve().as_uri(), str(record_or_error))
            continue
        try:
            with conn.transaction():
                report.count(process_notice(conn, record_or_error))
        except Exception as exc:  # one bad document never stops the run
            where = getattr(record_or_error, "where", "") or str(path)
            _fail(run, report, record_or_error.url,
                  f"{where}: {record_or_error.url}: {type(exc).__name__}: {exc}", stage="store")
        if progress is not None:
            progress.update(1)
        heartbeat.beat()


def _fail(run: IngestRun, report: IngestReport, url: str, message: str, stage: str = "input") -> None:
    from db import store

    message = " ".join(message.splitlines())  # one line on stderr per error
    report.errors.append(message)
    store.record_error(run.conn, run.run_id, url=url, stage=stage, error=message)
    run.conn.commit()
