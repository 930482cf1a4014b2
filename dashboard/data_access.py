"""The dashboard's only door to the database: a read-only pool and cached calls into db/queries.

The pool is created on first use (st.cache_resource), never at import, so importing a page for a test or the
CLI starts nothing. Query results are cached for 60 s keyed on the filters' URL form, which is hashable and is
exactly what defines a view.
"""
from __future__ import annotations

import streamlit as st

from dashboard.filters import from_params, to_params
from db.queries import map as map_queries
from db.queries import notices, procurements, reference, sources, vendors
from db.queries.filters import NoticeFilters

TTL = 60


def pool():
    """The read-only pool for the configured database (one per database URL, closed when the cache drops it)."""
    from db.server import reader_url

    return _pool(reader_url())


@st.cache_resource(show_spinner=False, on_release=lambda p: p.close())
def _pool(url: str):
    from db.connection import reader_pool

    return reader_pool(url)


def run(function, *args, **kwargs):
    with pool().connection() as conn:
        return function(conn, *args, **kwargs)


def export_file(pool, filters: NoticeFilters, fmt: str, *, include_contacts: bool = False,
                limit: int | None = None) -> bytes:
    """The export file of a selection (not cached: built when the user clicks download). The same query and
    writer as `survtrack export` (db/export.py, survtrack/export/), so both give the same file."""
    from db.export import export_records
    from survtrack import export

    with pool.connection() as conn:
        records = export_records(conn, filters, limit=limit)
    return export.to_bytes(fmt, records, include_contacts=include_contacts)


def key(filters: NoticeFilters) -> tuple:
    """A hashable, canonical form of the filters (their URL parameters)."""
    return tuple(sorted(to_params(filters).items()))


def _filters(filter_key: tuple) -> NoticeFilters:
    return from_params(dict(filter_key))[0]


@st.cache_data(ttl=TTL, show_spinner=False)
def interrupted_runs(source: str | None) -> list[dict]:
    return run(sources.interrupted_runs, source)


@st.cache_data(ttl=TTL, show_spinner=False)
def summary(filter_key: tuple) -> dict:
    return run(notices.summary, _filters(filter_key))


@st.cache_data(ttl=TTL, show_spinner=False)
def notice_page(filter_key: tuple, sort: str, descending: bool, limit: int, offset: int) -> list[dict]:
    return run(notices.page, _filters(filter_key), sort=sort, descending=descending, limit=limit, offset=offset)


@st.cache_data(ttl=TTL, show_spinner=False)
def notice_detail(notice_id: int) -> dict | None:
    return run(notices.detail, notice_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def version_text(notice_id: int, version: int) -> str | None:
    return run(notices.version_text, notice_id, version)


@st.cache_data(ttl=TTL, show_spinner=False)
def countries() -> list[str]:
    return run(map_queries.countries)


@st.cache_data(ttl=TTL, show_spinner=False)
def map_layers(filter_key: tuple, with_values: bool, unit: str = "notices") -> tuple[list[dict], list[dict]]:
    """Country totals and place points of a view (counting notices or procurements), queried concurrently."""
    return map_queries.map_layers(pool(), _filters(filter_key), with_values=with_values, unit=unit)


@st.cache_data(ttl=TTL, show_spinner=False)
def procurement_count(filter_key: tuple) -> int:
    return run(procurements.procurement_count, _filters(filter_key))


@st.cache_data(ttl=TTL, show_spinner=False)
def provinces(country: str | None) -> list[str]:
    return run(map_queries.provinces, country)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_choices() -> list[dict]:
    return run(vendors.vendor_choices)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_options(include: tuple[int, ...]) -> list[dict]:
    return run(vendors.vendor_options, include)


@st.cache_data(ttl=TTL, show_spinner=False)
def organisation(org_id: int) -> dict | None:
    return run(vendors.organisation, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_totals(org_id: int) -> list[dict]:
    return run(vendors.totals_by_year_and_technology, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_buyers(org_id: int) -> list[dict]:
    return run(vendors.top_buyers, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_countries(org_id: int) -> list[dict]:
    return run(vendors.top_countries, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def source_health() -> list[dict]:
    return run(sources.source_health)


@st.cache_data(ttl=TTL, show_spinner=False)
def source_ids() -> list[str]:
    return run(sources.source_ids)


@st.cache_data(ttl=TTL, show_spinner=False)
def recent_errors(source: str | None) -> list[dict]:
    return run(sources.recent_errors, source)


@st.cache_data(ttl=TTL, show_spinner=False)
def takedown_ledger(source: str | None) -> list[dict]:
    return run(sources.takedown_ledger, source)


@st.cache_data(ttl=TTL, show_spinner=False)
def technologies() -> list[dict]:
    return run(reference.technologies)


@st.cache_data(ttl=TTL, show_spinner=False)
def technology_labels() -> list[dict]:
    return run(reference.technology_labels)


@st.cache_data(ttl=TTL, show_spinner=False)
def classifier_versions() -> list[dict]:
    return run(reference.classifier_versions)


@st.cache_data(ttl=TTL, show_spinner=False)
def reference_versions() -> list[dict]:
    return run(reference.reference_versions)


@st.cache_data(ttl=TTL, show_spinner=False)
def coverage() -> list[dict]:
    return run(reference.coverage)


@st.cache_data(ttl=TTL, show_spinner=False)
def watchlists() -> list[dict]:
    return run(reference.watchlists)


# --- procurements and red flags (db/queries/procurements.py) -------------------------------------------------------

def indicators() -> list[dict]:
    """The red-flag indicators (id, name, definition, source), in the indicator file's order."""
    from enrich.integrity import indicators as indicator_file

    return indicator_file()["indicators"]


@st.cache_data(ttl=TTL, show_spinner=False)
def notice_flags(notice_id: int) -> list[dict]:
    return run(procurements.notice_flags, notice_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def timeline(notice_id: int) -> list[dict]:
    return run(procurements.timeline, notice_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_flag_counts(org_id: int) -> list[dict]:
    return run(procurements.vendor_flag_counts, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_totals_usd(org_id: int) -> dict:
    return run(procurements.vendor_totals_usd, org_id)


@st.cache_data(ttl=TTL, show_spinner=False)
def vendor_buyer_totals(org_id: int) -> list[dict]:
    return run(procurements.buyer_totals_usd, org_id)


def tender_periods() -> list[dict]:
    """The legal minimum submission periods (enrich/data/tender_periods.csv) with their citations."""
    from enrich.integrity import tender_periods as table

    return table()
