"""One `watch run`: evaluate every watch, then deliver what is pending — shared by `watch run` and `update`."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from survtrack.watch.delivery import DeliveryReport
    from survtrack.watch.events import Evaluation


def run_watches(json_out: TextIO | None = None) -> tuple[list[Evaluation], DeliveryReport]:
    """Evaluate every watch and deliver what is pending, one run at a time per database: (evaluations, report)."""
    from db import watches
    from db.connection import connect
    from survtrack.schema import ensure_schema
    from survtrack.watch import delivery, events

    run_channels = delivery.channels(json_out)  # a configuration problem stops the run before anything happens
    ensure_schema()
    with connect(autocommit=True) as lock_conn:
        watches.lock_watch_runs(lock_conn)
        with connect() as conn:
            evaluations = events.evaluate_all(conn)
            report = delivery.deliver(conn, run_channels)
    return evaluations, report


def report_run(evaluations: list[Evaluation], report: DeliveryReport, *, quiet: bool) -> bool:
    """Print one line per watch that found events (unless quiet) and one error line per failure; True if any."""
    failed = False
    for evaluation in evaluations:
        if evaluation.error:
            print(f"survtrack: error: watch {evaluation.watch.name}: {evaluation.error}", file=sys.stderr)
            failed = True
        elif evaluation.total and not quiet:
            parts = ", ".join(f"{v} {k}" for k, v in sorted(evaluation.counts.items()))
            print(f"watch {evaluation.watch.name}: {evaluation.total} new event(s) ({parts})")
    for failure in report.failures:
        print(f"survtrack: error: {failure}", file=sys.stderr)
        failed = True
    return failed
