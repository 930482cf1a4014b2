"""Watches: every saved search (`survtrack watch add`), its latest events with links to the notices they are
about, and its Atom feed. Event text comes from notices written by third parties: link labels and captions go
through markdown_literal; the evidence line, URLs and hashes through st.text (no Markdown, so no autolinks), so
all of it shows as the characters it is."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import watch_data
from dashboard.render import markdown_literal

NOTICES_PAGE = "app_pages/notices.py"
KIND_LABELS = {"new": "New", "amended": "Amended", "taken_down": "Taken down",
               "designated_supplier": "Designated supplier", "newly_designated": "Newly designated",
               "source_silent": "Source silent"}


def describe(event: dict) -> str:
    """One line of evidence for an event (plain text; the caller makes it literal Markdown)."""
    evidence = event["evidence"] or {}
    kind = event["kind"]
    if kind == "new":
        return "Technologies: " + (", ".join(t.get("id", "") for t in evidence.get("technologies") or []) or "none")
    if kind == "amended":
        changed = ", ".join(sorted((evidence.get("changes") or {}).keys())) or "text"
        return f"Version {evidence.get('version')}; changed: {changed}"
    if kind == "taken_down":
        return f"Removed on {evidence.get('removed_on')} ({evidence.get('reason')})"
    if kind in ("designated_supplier", "newly_designated"):
        in_force = "in force" if evidence.get("in_force_at_award") else "not yet in force"
        return (f"Supplier {evidence.get('supplier')} — {evidence.get('list')} since {evidence.get('listed_on')}; "
                f"award date {evidence.get('award_date')} ({in_force} then)")
    if kind == "source_silent":
        return f"{evidence.get('id')}: {evidence.get('reason')} since {evidence.get('since')}"
    return ""


st.title("Watches")
overview = watch_data.watch_overview()
if not overview:
    st.info("No watch yet. Save a search with `survtrack watch add NAME --where KEY=VALUE` (the keys of "
            "`survtrack export --where`), then run `survtrack watch run` or `survtrack update`.")
    st.stop()
st.dataframe(pd.DataFrame(overview), hide_index=True)

names = [row["name"] for row in overview]
requested = st.query_params.get("watch")
name = st.selectbox("Watch", names, index=names.index(requested) if requested in names else 0, key="watch_pick")
st.query_params["watch"] = name

feed = watch_data.feed_url(name)
if feed:
    st.text(f"Atom feed: {feed}")
    st.link_button("Open the Atom feed", feed)
else:
    st.caption(markdown_literal(f"Atom feed: written to SURVTRACK_HOME/feeds/{name}.xml by `survtrack watch run`, "
                                f"served by `survtrack serve`; `survtrack watch feed {name}` prints it."))

events = watch_data.recent_events(name)
st.subheader(f"Latest events ({len(events)})")
if not events:
    st.caption("No event yet: `survtrack watch run` evaluates the watches.")
for event in events:
    with st.container(border=True):
        label = f"{KIND_LABELS.get(event['kind'], event['kind'])}: {event['title'] or event['source_id'] or ''}"
        if event["notice_id"]:
            st.page_link(NOTICES_PAGE, label=markdown_literal(label), query_params={"notice": str(event["notice_id"])})
        else:
            st.text(label)  # a source label: plain text, never Markdown
        pending = "" if event["delivered_at"] else " · delivery pending"
        st.caption(markdown_literal(f"{event['detected_at']:%Y-%m-%d %H:%M}{pending}"))
        # Evidence quotes third parties (a supplier's name as written): plain text, because Markdown, even
        # escaped, still turns a bare http:// or www. in it into a link (GFM autolinks).
        st.text(describe(event))
        if event["url"]:
            st.text(f"At the source: {event['url']}")
        if event["archive_sha256"]:
            st.text(f"Archived copy SHA-256: {event['archive_sha256']}")
