"""Notices: a searchable, sortable table; opening a notice shows its text with the evidence highlighted,
its parties, amounts, place, the archived raw copy, and its history at the source."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data_access as data
from dashboard.render import EVIDENCE_STYLE, escape, highlight, markdown_literal
from dashboard.widgets import demo_banner, export_panel, filter_sidebar, filters_from_url
from db import archive
from db.queries.money import WITHDRAWN_LABEL
from db.queries.notices import SORTS

PAGE_KEYS = ("notice", "sort", "asc", "page")
PAGE_SIZE = 50
VENDORS_PAGE = "app_pages/vendors.py"


def show_flags(flags: list[dict]) -> None:
    """Badges for the red flags raised now; a table with their evidence and the flags later cleared."""
    current = [f for f in flags if f["cleared_at"] is None]
    if not flags:
        return
    st.subheader("Red flags")
    for column, flag in zip(st.columns(max(1, len(current))), current, strict=False):
        with column:
            st.badge(flag["name"], icon=":material/flag:", color="red", help=flag["source"])
    st.caption("A red flag is a reason to read the notice, not a finding. Definitions and sources: Methodology.")
    st.dataframe(pd.DataFrame(flags)[["indicator_id", "evidence", "computed_by", "source", "raised_at",
                                      "cleared_at"]], hide_index=True)


def show_timeline(notice_id: int) -> None:
    """The notices of this notice's procurement (call, award, contract, amendments), oldest first."""
    rows = data.timeline(notice_id)
    if not rows:
        return
    st.subheader("Procurement timeline")
    first = rows[0]
    how = "its own procurement (no shared id stated)" if first["key"] is None else \
        f"procurement {first['procurement_id']}: {len(rows)} notices joined by {first['method']}"
    st.text(how)
    frame = pd.DataFrame(rows)
    frame["open"] = [f"/notices?notice={r['id']}" for r in rows]
    frame["this"] = ["◀ this notice" if r["this_notice"] else "" for r in rows]
    st.dataframe(frame[["open", "this", "published_on", "stage", "kind", "title", "source_id", "method", "evidence",
                        "flags"]], hide_index=True,
                 column_config={"open": st.column_config.LinkColumn("open", display_text="open", width="small")})


def show_detail(notice_id: int) -> None:
    notice = data.notice_detail(notice_id)
    if st.button("← Back to the list", key="back"):
        del st.query_params["notice"]
        st.rerun()
    if notice is None:
        st.error(f"There is no notice number {notice_id}.")
        return
    demo_banner(notice["demo"])
    st.html(f"<h2>{escape(notice['title'] or '(no title)')}</h2>")
    if notice["status"] == "removed":
        st.error(f"Removed from the source on {notice['removed_on']} ({notice['removed_reason']}). "
                 "The text below is survtrack's archived copy.")
    facts = {
        "Source": f"{notice['source_id']} ({notice['source_title'] or 'no title'})",
        "Kind": notice["kind"], "Published": notice["published_on"], "Language": notice["language"],
        "Country": notice["country"], "Status": notice["status"], "Version": notice["version"],
        "First seen": notice["first_seen"], "Last seen": notice["last_seen"],
        "Classifier version": notice["classifier_version"], "Demo": notice["demo"],
        **({"Purchase": WITHDRAWN_LABEL} if notice.get("purchase_state") == "withdrawn" else {}),
    }
    st.dataframe(pd.DataFrame({"field": list(facts), "value": [str(v) for v in facts.values()]}),
                 hide_index=True)
    st.text(f"Original URL: {notice['url']}")  # as text: a URL is never rendered as Markdown or made a link
    if notice.get("purchase_state") == "withdrawn":  # r32_money32: its amount is left out of every money sum
        st.warning(f"Withdrawn purchase ({WITHDRAWN_LABEL}): the amount is the stated budget and is left out of "
                   "the money totals and map values.")
        if notice.get("purchase_state_evidence"):
            st.text(f"Says so: {notice['purchase_state_evidence']}")  # scraped text: shown as text, never Markdown
    flags = data.notice_flags(notice_id)
    show_flags(flags)
    show_timeline(notice_id)

    st.subheader("Text with evidence")
    spans = [dict(t, label=t["taxonomy_id"], css="") for t in notice["tags"]]
    spans += [dict(a, label=f"amount:{a['kind']}", css="amount") for a in notice["amounts"]]
    spans += [dict(p, label=p["role"], css="party") for p in notice["parties"]]
    spans += [dict(f, label=f"flag:{f['indicator_id']}", css="") for f in flags if f["cleared_at"] is None]
    st.html(EVIDENCE_STYLE + highlight(notice["text"], spans, label_key="label", css_class_key="css"))
    if notice["tags"]:
        st.dataframe(pd.DataFrame(notice["tags"])[["taxonomy_id", "label", "evidence", "start_offset", "end_offset",
                                                   "rule_id", "classifier_version"]], hide_index=True)
        if any(str(t["rule_id"]).startswith("model/") for t in notice["tags"]):
            st.caption("A rule id `model/<tag>/<score>` marks a tag the tag model proposed where no cue rule matched: "
                       "its evidence is the clause the model scored highest for that tag. Check it before citing it.")
    else:
        st.info("No surveillance technology was recognised in this notice.")

    left, right = st.columns(2)
    with left:
        st.subheader("Parties")
        for party in notice["parties"]:
            label = f"{party['role']}: {party['raw_name']}"
            if party["org_id"]:  # suppliers and brands: vendor figures; buyers: "As buyer" figures
                st.page_link(VENDORS_PAGE, label=markdown_literal(label), query_params={"org": str(party["org_id"])})
            else:
                st.text(label)
        if notice["designations"]:
            st.markdown("**Supplier on a watch list at the notice date**")
            st.dataframe(pd.DataFrame(notice["designations"]), hide_index=True)
        st.subheader("Amounts")
        if notice["amounts"]:
            st.dataframe(pd.DataFrame(notice["amounts"])[["value", "currency", "kind", "lot", "is_headline",
                                                          "usd_value", "eur_value", "usd_rate_date", "fx_note",
                                                          "evidence"]], hide_index=True,
                         column_config={"usd_value": "USD", "eur_value": "EUR", "usd_rate_date": "ECB rate of"})
        else:
            st.caption("No amount stated (or masked).")
    with right:
        st.subheader("Place")
        place = notice["place"]
        if place:
            parts = [place["country"], place["admin1"], place["admin2"], place["admin3"], place["city"]]
            st.text(" / ".join(p for p in parts if p))
            st.text(f"precision: {place['precision']}; adcode: {place['adcode'] or '—'}; "
                    f"method: {place['method']}; lat/lon: {place['lat']}, {place['lon']}")
            if place["evidence"]:
                st.text(f"read from: {place['evidence']}")
        else:
            st.caption("No place resolved.")
        st.subheader("Archived copy")
        document = notice["document"]
        if document:
            st.text(f"SHA-256: {document['sha256']}")
            st.text(f"Retrieved: {document['first_fetched_at']} (first), {document['last_fetched_at']} (last), "
                    f"{document['fetch_count']} fetches")
            st.text(f"From: {document['url']}")
            try:
                raw = archive.read_bytes(document["archive_path"])
            except OSError:
                st.error("The archived bytes are missing from this installation's archive folder.")
            else:
                st.download_button("Download archived raw copy", raw, file_name=f"{document['sha256']}.raw",
                                   mime="application/octet-stream", key="raw_download", on_click="ignore")
        else:
            st.caption("No raw copy archived for this notice.")

    st.subheader("History at the source")
    st.dataframe(pd.DataFrame(notice["events"]), hide_index=True)
    versions = notice["versions"]
    st.dataframe(pd.DataFrame(versions)[["version", "seen_at", "title", "published_on", "kind", "content_sha256",
                                         "document_sha256"]], hide_index=True)
    if len(versions) > 1:
        chosen = st.selectbox("Show the text of version", [v["version"] for v in versions], key="version_pick")
        st.html(EVIDENCE_STYLE + highlight(data.version_text(notice_id, chosen) or "", []))


def show_table() -> None:
    filters = filter_sidebar(filters_from_url(), page="notices", page_keys=PAGE_KEYS)
    key = data.key(filters)
    summary = data.summary(key)
    demo_banner(summary["demo"])
    sort_options = [s for s in SORTS if s != "relevance" or filters.search]
    default_sort = "relevance" if filters.search else "published"
    current_sort = st.query_params.get("sort", default_sort)
    cols = st.columns([2, 1, 1, 3])
    sort = cols[0].selectbox("Sort by", sort_options, key="sort_by",
                             index=sort_options.index(current_sort) if current_sort in sort_options else 0)
    ascending = cols[1].toggle("Oldest / A→Z first", value=st.query_params.get("asc") == "1", key="sort_asc")
    pages = max(1, -(-summary["notices"] // PAGE_SIZE))
    try:
        requested = int(st.query_params.get("page", "1"))
    except ValueError:
        requested = 1
    page_number = cols[2].number_input("Page", min_value=1, max_value=pages, value=min(max(requested, 1), pages),
                                       key="page_number")
    cols[3].caption(f"{summary['notices']:,} notices match · page {page_number} of {pages}")
    for name, value, default in (("sort", sort, default_sort), ("asc", "1" if ascending else "", ""),
                                 ("page", str(page_number), "1")):
        if value and value != default:
            st.query_params[name] = value
        elif name in st.query_params:
            del st.query_params[name]
    rows = data.notice_page(key, sort, not ascending, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
    if not rows:
        st.info("No notices match these filters.")
    else:
        frame = pd.DataFrame(rows)
        frame["open"] = [f"/notices?notice={r['id']}" for r in rows]
        frame["purchase"] = [WITHDRAWN_LABEL if r.get("purchase_state") == "withdrawn" else "" for r in rows]
        event = st.dataframe(
            frame[["open", "published_on", "title", "buyer", "suppliers", "technologies", "amount", "currency",
                   "purchase", "place", "kind", "source_id", "status", "demo"]],
            hide_index=True, key="notice_table", on_select="rerun", selection_mode="single-row",
            column_config={"open": st.column_config.LinkColumn("open", display_text="open", width="small")})
        selected_rows = event.selection.rows if event else []
        ids = [r["id"] for r in rows]
        titles = {r["id"]: f"#{r['id']} {r['title'][:80]}" for r in rows}
        pick = st.selectbox("Open a notice", [None, *ids], key="open_pick",
                            format_func=lambda i: "—" if i is None else titles[i])
        target = ids[selected_rows[0]] if selected_rows else pick
        if target is not None:
            st.query_params["notice"] = str(target)
            st.rerun()
    export_panel(filters, key_prefix="notices_export")


st.title("Notices")
notice_param = st.query_params.get("notice")
if notice_param:
    if notice_param.isdigit():
        show_detail(int(notice_param))
    else:
        # the link's value as plain text: in Markdown, `![x](http://host/p.png)` would be a tracking pixel, and even
        # escaped, a bare http://… would become a link to wherever the link's author chose
        st.error("Ignored the notice number in the link: expected a number.")
        st.text(f"notice={notice_param!r}")
        show_table()
else:
    show_table()
