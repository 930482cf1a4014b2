"""Pieces every page shares: the demo banner, the filter sidebar, the export panel, safe text helpers.

The filter sidebar reads its starting values from the URL and writes the result back, so the URL is always the
view: copy it, paste it elsewhere, get the same map, table and export.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import data_access as data
from dashboard.filters import from_params, sync_query_params
from db.queries.filters import NOTICE_KINDS, NoticeFilters
from survtrack import export

DEMO_BANNER = ("Demo data: fictional buyers, suppliers and purchases from survtrack's bundled demo corpus are in "
               "this view. They illustrate the tool and must never be cited as facts.")
EXPORT_LIMIT = 50_000


def demo_banner(demo_in_view: bool) -> None:
    if demo_in_view:
        st.warning(DEMO_BANNER, icon="⚠️")


def filters_from_url() -> NoticeFilters:
    filters, problems = from_params(st.query_params.to_dict())
    for problem in problems:
        # plain text: a link's values are anyone's words, and Markdown (even escaped) turns a bare
        # http://… in them into a link to wherever its author chose
        st.text(f"Link problem: {problem}")
    return filters


WIDGET_KEYS = {
    "f_search": "search", "f_from": "date_from", "f_to": "date_to", "f_tech": "technologies",
    "f_vendor": "orgs", "f_designated": "designated_at_award", "f_buyer": "buyer", "f_country": "countries",
    "f_province": "province", "f_kind": "kinds", "f_source": "sources", "f_surv": "surveillance",
    "f_flags": "flags",
}
#: Selection widgets on pages that would re-apply an old selection after the user cleared it.
SELECTION_KEYS = ("map_pick", "map_chart", "_applied_pick")


def _load_widgets(filters: NoticeFilters) -> None:
    """Point the filter widgets at `filters` (before they are drawn): the URL changed under them."""
    for widget_key, field_name in WIDGET_KEYS.items():
        value = getattr(filters, field_name)
        if field_name == "countries":  # one select box; a link naming several keeps them as one option
            value = ",".join(value)
        elif field_name == "surveillance":  # a checkbox: only "surveillance notices" or "no restriction"
            value = value is True
        st.session_state[widget_key] = list(value) if isinstance(value, tuple) else value


def filter_sidebar(current: NoticeFilters, *, page: str, page_keys: tuple[str, ...] = ()) -> NoticeFilters:
    """Filter widgets in the sidebar, starting from `current` (the URL); returns the chosen filters and writes
    them to the URL. When the URL changes from elsewhere (a map click, a pasted link), the widgets follow it."""
    # Widgets follow the URL whenever it changed under them, and on arrival from another page (widget state is
    # per page, so values left by the previous page's widgets must not win over the link).
    if (st.session_state.get("_filters_written") != current or st.session_state.get("_filters_page") != page
            or any(k not in st.session_state for k in WIDGET_KEYS)):
        _load_widgets(current)
    st.session_state["_filters_page"] = page
    side = st.sidebar
    side.header("Filters")
    search = side.text_input("Search title and text", key="f_search",
                             help="Matches any part of the notice's title or stored text (not case sensitive).")
    col_from, col_to = side.columns(2)
    date_from = col_from.date_input("Published from", key="f_from", min_value=date(1990, 1, 1),
                                    max_value=date(2100, 1, 1))
    date_to = col_to.date_input("to", key="f_to", min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
    tech_labels = {row["id"]: f"{row['label']} ({row['id']})" for row in data.technology_labels()}
    st.session_state["f_tech"] = [t for t in st.session_state["f_tech"] if t in tech_labels]
    technologies = side.multiselect("Technologies", options=list(tech_labels), format_func=tech_labels.__getitem__,
                                    key="f_tech")
    wanted = tuple(sorted({*current.orgs, *st.session_state["f_vendor"]}))
    vendor_labels = {row["id"]: row["canonical_name"] for row in data.vendor_options(wanted)}
    st.session_state["f_vendor"] = [v for v in st.session_state["f_vendor"] if v in vendor_labels]
    vendors = side.multiselect("Vendors (registry; supplier or named brand)", options=list(vendor_labels),
                               format_func=lambda v: vendor_labels.get(v, str(v)), key="f_vendor")
    designated = side.checkbox("Vendor designated at award date", key="f_designated",
                               help="A supplier was on an export-control or sanctions list on the notice's date.")
    flag_labels = {i["id"]: i["name"] for i in data.indicators()}
    st.session_state["f_flags"] = [f for f in st.session_state["f_flags"] if f in flag_labels]
    flags = side.multiselect("Red flags (any of)", options=list(flag_labels), format_func=flag_labels.__getitem__,
                             key="f_flags", help="Integrity indicators raised on the notice (Methodology page).")
    buyer = side.text_input("Buyer name contains", key="f_buyer")
    countries = ["", *data.countries()]
    if st.session_state["f_country"] not in countries:
        countries.append(st.session_state["f_country"])
    country = side.selectbox("Country", countries, key="f_country", format_func=lambda c: c or "any")
    provinces = [""] + data.provinces(country if country and "," not in country else None)
    if st.session_state["f_province"] not in provinces:
        provinces.append(st.session_state["f_province"])
    province = side.selectbox("Province / first-level region", provinces, key="f_province",
                              format_func=lambda p: p or "any")
    st.session_state["f_kind"] = [k for k in st.session_state["f_kind"] if k in NOTICE_KINDS]
    kinds = side.multiselect("Notice kind", NOTICE_KINDS, key="f_kind")
    source_options = data.source_ids()
    st.session_state["f_source"] = [s for s in st.session_state["f_source"] if s in source_options]
    sources = side.multiselect("Source", source_options, key="f_source")
    surveillance_only = side.checkbox("Only notices tagged as surveillance", key="f_surv")
    point = current.point
    if point is not None:
        side.caption(f"Showing notices placed at {point[0]:.4f}, {point[1]:.4f}")
        if side.button("Clear map selection", key="f_clear_point"):
            point = None
            _forget_selection()
    chosen = current.with_changes(  # keys without a widget (registry vendors, adcode, status, demo) stay as linked
        date_from=date_from or None, date_to=date_to or None, technologies=tuple(technologies),
        orgs=tuple(vendors), buyer=(buyer or "").strip(), countries=tuple(c for c in (country or "").split(",") if c),
        province=province or "", kinds=tuple(kinds), sources=tuple(sources), designated_at_award=bool(designated),
        flags=tuple(flags), search=(search or "").strip(), surveillance=True if surveillance_only else None,
        point=point)
    if not chosen.is_empty() and side.button("Clear all filters", key="f_clear_all"):
        chosen = NoticeFilters()
        _forget_selection()
        st.session_state["_filters_written"] = None
        sync_query_params(st.query_params, chosen, keep=page_keys)
        st.rerun()
    st.session_state["_filters_written"] = chosen
    sync_query_params(st.query_params, chosen, keep=page_keys)
    return chosen


def _forget_selection() -> None:
    for key in SELECTION_KEYS:
        st.session_state.pop(key, None)


def apply_url_filters(filters: NoticeFilters, *, page_keys: tuple[str, ...] = ()) -> None:
    """Replace the view's filters (e.g. after a map click) and rerun; the sidebar follows the URL."""
    sync_query_params(st.query_params, filters, keep=page_keys)
    st.rerun()


def export_panel(filters: NoticeFilters, *, key_prefix: str = "export") -> None:
    """Download the current selection in any export format, with or without officials' contact details."""
    with st.expander("Export this selection (CSV, Excel, GeoJSON, GeoPackage, FollowTheMoney, JSON lines)"):
        st.caption("Each row carries its citation: source URL, SHA-256 of the archived copy, retrieval time, "
                   "the evidence text, and the demo flag. Names and phone numbers of contact persons are "
                   "removed unless you ask for them. `survtrack export` writes the same file for the same filters.")
        cols = st.columns([2, 2, 3])
        fmt = cols[0].selectbox("Format", list(export.FORMATS), key=f"{key_prefix}_format",
                                format_func=lambda f: export.FORMATS[f].label)
        include_contacts = cols[1].checkbox("Include contact details", value=False, key=f"{key_prefix}_contacts")
        matching = data.summary(data.key(filters))["notices"]
        if matching > EXPORT_LIMIT:
            st.caption(f"Only the newest {EXPORT_LIMIT:,} of {matching:,} notices are exported here; use "
                       "`survtrack export` for everything.")
        spec = export.FORMATS[fmt]
        cols[2].download_button(f"Download {min(matching, EXPORT_LIMIT):,} notices as {fmt.upper()}",
                                data=_deferred_export(filters, fmt, include_contacts),
                                file_name=f"survtrack-notices.{spec.extension}", mime=spec.mime,
                                key=f"{key_prefix}_download", on_click="ignore")


def _deferred_export(filters: NoticeFilters, fmt: str, include_contacts: bool):
    """The export is built only when the user clicks download (in a server thread, without Streamlit calls)."""
    pool = data.pool()

    def build() -> bytes:
        return data.export_file(pool, filters, fmt, include_contacts=include_contacts, limit=EXPORT_LIMIT)

    return build


def html_text(text: str, *, tag: str = "p") -> None:
    """Show scraped text as text: escaped, no markdown interpretation."""
    from dashboard.render import escape

    st.html(f"<{tag}>{escape(text)}</{tag}>")
