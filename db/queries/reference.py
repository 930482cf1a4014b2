"""Reference data for the Methodology page: taxonomy, classifier versions in use, coverage per source."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

if TYPE_CHECKING:
    import psycopg


def technologies(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT t.id, t.label, t.description,
                      (SELECT count(DISTINCT g.notice_id) FROM technology_tags g WHERE g.taxonomy_id = t.id) AS notices
               FROM technologies t ORDER BY t.id""").fetchall()


def technology_labels(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT id, label FROM technologies ORDER BY id").fetchall()


def classifier_versions(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT coalesce(classifier_version, '(not enriched)') AS classifier_version, count(*) AS notices,
                      min(enriched_at) AS first_enriched, max(enriched_at) AS last_enriched
               FROM notices GROUP BY 1 ORDER BY 2 DESC""").fetchall()


def reference_versions(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT name, version, loaded_at FROM reference_data ORDER BY name").fetchall()


def coverage(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Per source: notices (demo among them), date range and countries covered; grouped once, then rolled up."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """WITH by_country AS (
                   SELECT source_id, country, count(*) AS notices, count(*) FILTER (WHERE demo) AS demo_notices,
                          min(published_on) AS earliest, max(published_on) AS latest
                   FROM notices GROUP BY source_id, country)
               SELECT s.id AS source, s.kind, s.title, s.homepage, coalesce(sum(b.notices), 0)::bigint AS notices,
                      coalesce(sum(b.demo_notices), 0)::bigint AS demo_notices,
                      min(b.earliest) AS earliest, max(b.latest) AS latest,
                      string_agg(b.country, ', ' ORDER BY b.country) AS countries
               FROM sources s LEFT JOIN by_country b ON b.source_id = s.id
               GROUP BY s.id ORDER BY s.id""").fetchall()


def watchlists(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT w.id, w.name, w.authority, w.url, count(d.id) AS entries,
                      count(d.org_id) AS matched_entries
               FROM watchlists w LEFT JOIN designations d ON d.list_id = w.id GROUP BY w.id ORDER BY w.id""").fetchall()
