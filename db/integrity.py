"""Red flags in the database: the indicator list, each notice's own flags, and the indicators that need other
notices (an award with no earlier call, values across notices, repeated direct awards, designated suppliers).

Why SQL for the cross-notice ones: they compare a notice with the rest of its procurement, or with every award
between one buyer and one supplier, which is a join, not a loop. Why flags are closed, not deleted: an analyst
who exported a flag must be able to see later that (and when) a recomputation stopped raising it — notice_flags
keeps every flag with raised_at/cleared_at. A flag is "the same" when indicator and evidence are the same; new
evidence closes the old row and opens a new one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Flag

#: Link methods of sources that publish calls: only there can a missing call say something.
CALL_PUBLISHING_METHODS = ("ocds_ocid", "eforms_contract_folder", "ted_notice", "ted_reference", "ccgp_project_number")
ABOVE_ESTIMATE = 1.10  # award above the estimate by more than 10 %
INFLATED = 1.20  # value after modification above the value at award by more than 20 %
REPEAT_MIN, REPEAT_WINDOW = 3, "12 months - 1 day"  # within 12 months: [day, day + 1 year)

_loaded: set[tuple[str, str]] = set()


def ensure_indicators(conn: psycopg.Connection) -> str:
    """Load enrich/data/integrity_indicators.yaml into integrity_indicators (once per process, database and file
    version); returns the file's version."""
    from enrich.integrity import indicators

    data = indicators()
    key = (conn.info.dsn, data["version"])
    if key not in _loaded:
        with conn.cursor() as cur:
            cur.executemany(
                """INSERT INTO integrity_indicators (id, name, definition, source, source_url, reads, computed_by,
                                                    version)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition,
                       source = EXCLUDED.source, source_url = EXCLUDED.source_url, reads = EXCLUDED.reads,
                       computed_by = EXCLUDED.computed_by, version = EXCLUDED.version""",
                [(i["id"], i["name"], " ".join(i["definition"].split()), i["source"], i.get("source_url"), i["reads"],
                  i["computed_by"], data["version"]) for i in data["indicators"]])
        _loaded.add(key)
    version: str = data["version"]
    return version


def write_notice_flags(conn: psycopg.Connection, notice_id: int, flags: list[Flag], version: str) -> None:
    """Make the notice's own current flags (computed_by 'notice') equal `flags`: flags no longer raised, or
    raised with other evidence, are closed; new ones are opened."""
    ensure_indicators(conn)
    wanted = {(f.indicator_id, f.summary): f for f in flags}
    current = conn.execute(
        """SELECT id, indicator_id, evidence FROM notice_flags
           WHERE notice_id = %s AND computed_by = 'notice' AND cleared_at IS NULL""", (notice_id,)).fetchall()
    stale = [row_id for row_id, indicator, evidence in current if (indicator, evidence) not in wanted]
    if stale:
        conn.execute("UPDATE notice_flags SET cleared_at = now() WHERE id = ANY(%s)", (stale,))
    kept = {(indicator, evidence) for _, indicator, evidence in current}
    new = [f for key, f in wanted.items() if key not in kept]
    if new:
        with conn.cursor() as cur:
            cur.executemany(
                """INSERT INTO notice_flags (notice_id, indicator_id, evidence, start_offset, end_offset, fields,
                                             computed_by, rules_version)
                   VALUES (%s, %s, %s, %s, %s, %s, 'notice', %s)""",
                [(notice_id, f.indicator_id, f.summary, f.evidence.start if f.evidence else None,
                  f.evidence.end if f.evidence else None, Jsonb(f.fields), version) for f in new])


def write_notice_flags_bulk(conn: psycopg.Connection, flags: list[tuple[int, Flag]], version: str) -> None:
    """COPY the own flags of notices that have none yet (a bulk load, the benchmark)."""
    from db.copy import copy_rows

    ensure_indicators(conn)
    with conn.cursor() as cur:
        copy_rows(cur, "notice_flags", ("notice_id", "indicator_id", "evidence", "start_offset", "end_offset",
                                        "fields", "computed_by", "rules_version"),
                  [(notice_id, f.indicator_id, f.summary, f.evidence.start if f.evidence else None,
                    f.evidence.end if f.evidence else None, Jsonb(f.fields), "notice", version)
                   for notice_id, f in flags])


# --- cross-notice indicators: each query yields (notice_id, evidence, fields) for the procurements in scope --------

_SCOPE = "(%(all)s OR pn.procurement_id = ANY(%(ids)s))"

AWARD_WITHOUT_TENDER = f"""
SELECT pn.notice_id,
       format('No call (tender notice) before this %%s in procurement %%s (%%s); the notice states %%s',
              pn.stage, pn.procurement_id, pn.evidence,
              CASE WHEN pn.direct THEN 'a non-open procedure' ELSE 'no procedure that requires a call' END),
       jsonb_build_object('procurement_id', pn.procurement_id, 'stage', pn.stage, 'method', pn.method,
                          'direct', pn.direct, 'published', n.published_on)
FROM procurement_notices pn JOIN notices n ON n.id = pn.notice_id
WHERE {_SCOPE} AND pn.stage IN ('award', 'contract') AND NOT pn.call_stated AND pn.ref IS NULL
  AND pn.method = ANY(%(methods)s)
  AND NOT EXISTS (SELECT 1 FROM procurement_notices t JOIN notices tn ON tn.id = t.notice_id
                  WHERE t.procurement_id = pn.procurement_id AND t.stage = 'tender'
                    AND (tn.published_on IS NULL OR n.published_on IS NULL OR tn.published_on <= n.published_on))
"""

AWARD_ABOVE_ESTIMATE = f"""
SELECT pn.notice_id,
       format('%%s is %%s %%%% above the estimate: %%s%%s', pn.award_evidence,
              round((pn.award_value / e.estimate_value - 1) * 100, 1), e.estimate_evidence,
              CASE WHEN e.notice_id = pn.notice_id THEN '' ELSE format(' (notice %%s)', e.notice_id) END),
       jsonb_build_object('award_value', pn.award_value, 'estimate_value', e.estimate_value,
                          'currency', pn.award_currency, 'estimate_notice', e.notice_id,
                          'threshold', %(above)s, 'procurement_id', pn.procurement_id)
FROM procurement_notices pn
JOIN notices n ON n.id = pn.notice_id
CROSS JOIN LATERAL (
    SELECT en.id AS notice_id, e.estimate_value, e.estimate_evidence
    FROM procurement_notices e JOIN notices en ON en.id = e.notice_id
    WHERE e.procurement_id = pn.procurement_id AND e.estimate_value > 0
      AND e.estimate_currency IS NOT DISTINCT FROM pn.award_currency
      AND (e.notice_id = pn.notice_id OR en.published_on IS NULL OR n.published_on IS NULL
           OR en.published_on <= n.published_on)
    ORDER BY e.notice_id = pn.notice_id DESC, en.published_on DESC NULLS LAST, en.id DESC LIMIT 1) e
WHERE {_SCOPE} AND pn.stage = 'award' AND pn.award_value > e.estimate_value * %(above)s
"""

CONTRACT_INFLATED = f"""
SELECT pn.notice_id,
       format('%%s is %%s %%%% above the value at award: %%s%%s', pn.final_evidence,
              round((pn.final_value / o.award_value - 1) * 100, 1), o.award_evidence,
              CASE WHEN o.notice_id = pn.notice_id THEN '' ELSE format(' (notice %%s)', o.notice_id) END),
       jsonb_build_object('value_after', pn.final_value, 'value_at_award', o.award_value,
                          'currency', pn.final_currency, 'award_notice', o.notice_id,
                          'threshold', %(inflated)s, 'procurement_id', pn.procurement_id)
FROM procurement_notices pn
CROSS JOIN LATERAL (
    SELECT o.notice_id, o.award_value, o.award_evidence
    FROM procurement_notices o JOIN notices onn ON onn.id = o.notice_id
    WHERE o.procurement_id = pn.procurement_id AND o.award_value > 0
      AND o.award_currency IS NOT DISTINCT FROM pn.final_currency
    ORDER BY o.notice_id = pn.notice_id DESC, o.stage = 'award' DESC, onn.published_on NULLS LAST, o.notice_id
    LIMIT 1) o
WHERE {_SCOPE} AND pn.final_value > o.award_value * %(inflated)s
"""

#: Direct awards per (buyer, supplier, procurement) at the procurement's first award date. A run starts at a
#: procurement followed by ≥ REPEAT_MIN - 1 more of the same pair within the window; every award notice of a run is
#: flagged. Window functions, not a self-join: the cost stays linear in the number of direct awards.
REPEAT_DIRECT_AWARDS = f"""
WITH pairs AS (
    SELECT DISTINCT b.org_id AS buyer, s.org_id AS supplier
    FROM procurement_notices pn
    JOIN notice_parties b ON b.notice_id = pn.notice_id AND b.role = 'buyer' AND b.org_id IS NOT NULL
    JOIN notice_parties s ON s.notice_id = pn.notice_id AND s.role = 'supplier' AND s.org_id IS NOT NULL
    WHERE {_SCOPE}
), awards AS (
    SELECT pn.notice_id, pn.procurement_id, b.org_id AS buyer, s.org_id AS supplier,
           coalesce(pn.award_date, n.published_on) AS day, b.raw_name AS buyer_name, s.raw_name AS supplier_name
    FROM procurement_notices pn JOIN notices n ON n.id = pn.notice_id
    JOIN notice_parties b ON b.notice_id = pn.notice_id AND b.role = 'buyer'
    JOIN notice_parties s ON s.notice_id = pn.notice_id AND s.role = 'supplier'
    JOIN pairs ON pairs.buyer = b.org_id AND pairs.supplier = s.org_id
    WHERE pn.direct AND n.kind = 'award' AND coalesce(pn.award_date, n.published_on) IS NOT NULL
), per_procurement AS (
    SELECT buyer, supplier, procurement_id, min(day) AS day FROM awards GROUP BY 1, 2, 3
), ahead AS (
    SELECT *, count(*) OVER w AS following,
           jsonb_agg(jsonb_build_array(procurement_id, day)) OVER w AS members
    FROM per_procurement
    WINDOW w AS (PARTITION BY buyer, supplier ORDER BY day
                 RANGE BETWEEN CURRENT ROW AND interval '{REPEAT_WINDOW}' FOLLOWING)
), runs AS (  -- the latest run start within the window before each procurement: "YYYY-MM-DD|members"
    SELECT *, max(CASE WHEN following >= %(repeat)s THEN day::text || '|' || members::text END) OVER (
                  PARTITION BY buyer, supplier ORDER BY day
                  RANGE BETWEEN interval '{REPEAT_WINDOW}' PRECEDING AND CURRENT ROW) AS run
    FROM ahead
)
SELECT DISTINCT ON (aw.notice_id) aw.notice_id,
       format('%%s direct awards by %%s to %%s within 12 months from %%s: %%s',
              jsonb_array_length(split_part(r.run, '|', 2)::jsonb), aw.buyer_name, aw.supplier_name,
              split_part(r.run, '|', 1),
              (SELECT string_agg(format('procurement %%s (%%s)', m->>0, m->>1), ', ')
               FROM jsonb_array_elements(split_part(r.run, '|', 2)::jsonb) m)),
       jsonb_build_object('buyer_org_id', aw.buyer, 'supplier_org_id', aw.supplier,
                          'first_day', split_part(r.run, '|', 1), 'procurements', split_part(r.run, '|', 2)::jsonb,
                          'minimum', %(repeat)s, 'window', '{REPEAT_WINDOW}')
FROM runs r
JOIN awards aw ON aw.buyer = r.buyer AND aw.supplier = r.supplier AND aw.procurement_id = r.procurement_id
WHERE r.run IS NOT NULL
ORDER BY aw.notice_id
"""

#: The notices whose repeat_direct_awards flag may change: those of the scope, and every direct award between a
#: buyer and a supplier that a notice of the scope names (a run may have gained or lost a member).
REPEAT_SCOPE = f"""
WITH pairs AS (
    SELECT DISTINCT b.org_id AS buyer, s.org_id AS supplier
    FROM procurement_notices pn
    JOIN notice_parties b ON b.notice_id = pn.notice_id AND b.role = 'buyer' AND b.org_id IS NOT NULL
    JOIN notice_parties s ON s.notice_id = pn.notice_id AND s.role = 'supplier' AND s.org_id IS NOT NULL
    WHERE {_SCOPE}
)
SELECT pn.notice_id FROM procurement_notices pn WHERE {_SCOPE}
UNION
SELECT b.notice_id
FROM pairs
JOIN notice_parties b ON b.org_id = pairs.buyer AND b.role = 'buyer'
JOIN notice_parties s ON s.notice_id = b.notice_id AND s.role = 'supplier' AND s.org_id = pairs.supplier
JOIN procurement_notices d ON d.notice_id = b.notice_id AND d.direct
"""

AWARD_TO_DESIGNATED_VENDOR = f"""
WITH awards AS (
    SELECT pn.notice_id, coalesce(pn.award_date, n.published_on) AS day
    FROM procurement_notices pn JOIN notices n ON n.id = pn.notice_id
    WHERE {_SCOPE} AND n.kind = 'award' AND coalesce(pn.award_date, n.published_on) IS NOT NULL
), hits AS (
    SELECT a.notice_id, p.raw_name, d.list_id, d.listed_on, d.citation, d.id AS designation_id, false AS via_parent,
           a.day, d.delisted_on
    FROM awards a
    JOIN notice_parties p ON p.notice_id = a.notice_id AND p.role = 'supplier'
    JOIN designations d ON d.org_id = p.org_id
    UNION ALL
    SELECT a.notice_id, p.raw_name, d.list_id, d.listed_on, d.citation, d.id, true, a.day, d.delisted_on
    FROM awards a
    JOIN notice_parties p ON p.notice_id = a.notice_id AND p.role = 'supplier'
    JOIN designation_coverage dc ON dc.org_id = p.org_id
    JOIN designations d ON d.id = dc.designation_id AND d.org_id IS DISTINCT FROM p.org_id
)
SELECT notice_id,
       string_agg(DISTINCT format('%%s on %%s since %%s%%s%%s', raw_name, list_id, listed_on,
                                  CASE WHEN via_parent THEN ' (through its parent)' ELSE '' END,
                                  coalesce(' — ' || citation, '')), '; '),
       jsonb_build_object('designations', jsonb_agg(DISTINCT designation_id), 'lists', jsonb_agg(DISTINCT list_id))
FROM hits
WHERE listed_on IS NOT NULL AND listed_on <= day AND (delisted_on IS NULL OR delisted_on > day)
GROUP BY notice_id
"""

CROSS_NOTICE = {
    "award_without_tender": AWARD_WITHOUT_TENDER,
    "award_above_estimate": AWARD_ABOVE_ESTIMATE,
    "contract_inflated": CONTRACT_INFLATED,
    "repeat_direct_awards": REPEAT_DIRECT_AWARDS,
    "award_to_designated_vendor": AWARD_TO_DESIGNATED_VENDOR,
}


def _params(ids: list[int] | None) -> dict[str, Any]:
    return {"all": ids is None, "ids": ids or [], "methods": list(CALL_PUBLISHING_METHODS), "above": ABOVE_ESTIMATE,
            "inflated": INFLATED, "repeat": REPEAT_MIN}


def _scope_notices(conn: psycopg.Connection, indicator: str, ids: list[int] | None) -> list[int] | None:
    if ids is None:
        return None
    if indicator == "repeat_direct_awards":
        return [row[0] for row in conn.execute(REPEAT_SCOPE, _params(ids))]
    return [row[0] for row in conn.execute(
        "SELECT notice_id FROM procurement_notices WHERE procurement_id = ANY(%s)", (ids,))]


def _reconcile(conn: psycopg.Connection, indicator: str, rows: list[tuple[Any, ...]], scope: list[int] | None,
               version: str) -> int:
    """Current procurement flags of `indicator` on the scope's notices (None: all) become exactly `rows`."""
    notice_ids = [r[0] for r in rows]
    evidence = [r[1] for r in rows]
    conn.execute(
        """UPDATE notice_flags f SET cleared_at = now()
           WHERE f.cleared_at IS NULL AND f.computed_by = 'procurement' AND f.indicator_id = %(ind)s
             AND (%(all)s OR f.notice_id = ANY(%(scope)s))
             AND NOT EXISTS (SELECT 1 FROM unnest(%(ids)s::bigint[], %(ev)s::text[]) AS n(notice_id, evidence)
                             WHERE n.notice_id = f.notice_id AND n.evidence = f.evidence)""",
        {"ind": indicator, "all": scope is None, "scope": scope or [], "ids": notice_ids, "ev": evidence})
    inserted = conn.execute(
        """INSERT INTO notice_flags (notice_id, indicator_id, evidence, fields, computed_by, rules_version)
           SELECT n.notice_id, %(ind)s, n.evidence, n.fields, 'procurement', %(version)s
           FROM unnest(%(ids)s::bigint[], %(ev)s::text[], %(fields)s::jsonb[]) AS n(notice_id, evidence, fields)
           WHERE NOT EXISTS (SELECT 1 FROM notice_flags f WHERE f.notice_id = n.notice_id
                             AND f.indicator_id = %(ind)s AND f.cleared_at IS NULL)""",
        {"ind": indicator, "version": version, "ids": notice_ids, "ev": evidence,
         "fields": [Jsonb(r[2]) for r in rows]}).rowcount
    return inserted


def refresh_flags(conn: psycopg.Connection, procurement_ids: list[int] | None, *,
                  designations_changed: bool = False) -> dict[str, int]:
    """Recompute the cross-notice indicators for the notices of `procurement_ids` (None: every notice); the
    designated-vendor indicator for every notice too when `designations_changed`. Returns flags opened per id."""
    version = ensure_indicators(conn)
    opened: dict[str, int] = {}
    for indicator, query in CROSS_NOTICE.items():
        ids = procurement_ids
        if indicator == "award_to_designated_vendor" and designations_changed:
            ids = None
        if ids == []:
            continue
        rows = conn.execute(query, _params(ids)).fetchall()
        opened[indicator] = _reconcile(conn, indicator, rows, _scope_notices(conn, indicator, ids), version)
    return opened
