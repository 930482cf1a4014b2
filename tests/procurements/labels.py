"""Short names for the fixture notices (file names, release ids), so tests read like the fixtures."""
from __future__ import annotations

from pathlib import PurePosixPath

#: TED notices are identified by publication number (the fixture files' names say what each is).
TED = {"900801-2024": "eforms_cn_short_period", "900802-2024": "eforms_can_single_bid",
       "900803-2025": "eforms_can_modif_inflated", "900901-2024": "eforms_can_control"}


def label(source_notice_id: str, url: str) -> str:
    if source_notice_id in TED:
        return TED[source_notice_id]
    if source_notice_id.startswith("ocds-"):
        return source_notice_id.rsplit("/", 1)[-1]
    if source_notice_id.startswith("CONT_AWD_"):
        award, _, mod = source_notice_id.partition("/")
        return f"usa-{award.split('_')[2][-2:]}" + (f"/{mod}" if mod else "")
    return PurePosixPath(url).stem if url.startswith("file:") else url.rsplit("/", 1)[-1]


def notices(conn) -> dict[str, dict]:
    rows = conn.execute(
        """SELECT n.id, n.source_notice_id, n.url, pn.procurement_id, pn.method, pn.stage,
                  coalesce((SELECT array_agg(f.indicator_id) FROM notice_flags f
                            WHERE f.notice_id = n.id AND f.cleared_at IS NULL), '{}')
           FROM notices n LEFT JOIN procurement_notices pn ON pn.notice_id = n.id""").fetchall()
    return {label(sid, url): {"id": nid, "procurement": pid, "method": method, "stage": stage, "flags": set(flags)}
            for nid, sid, url, pid, method, stage, flags in rows}
