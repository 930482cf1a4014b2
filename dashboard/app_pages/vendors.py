"""Vendors: a dossier per vendor — names in every script, corporate links, watch-list designations with
citations, where its equipment went, totals by year and technology, top buyers and countries, notices."""
from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data_access as data
from dashboard import maps
from dashboard.render import escape, markdown_literal
from dashboard.widgets import demo_banner, export_panel
from db.queries.filters import NoticeFilters
from db.queries.procurements import buyer_summary

st.title("Vendors")
choices = data.vendor_choices()
labels = {row["id"]: f"{row['canonical_name']} ({row['notices']} notices)" for row in choices}
requested = st.query_params.get("org")
org_id = int(requested) if requested and requested.isdigit() else None
options = [None, *labels]
if org_id is not None and org_id not in labels:
    options.append(org_id)
picked = st.selectbox("Vendor", options, index=options.index(org_id), key="vendor_pick",
                      format_func=lambda i: "— choose a vendor —" if i is None else labels.get(i, f"organisation {i}"))
if picked != org_id:
    if picked is None:
        st.query_params.pop("org", None)
    else:
        st.query_params["org"] = str(picked)
    st.rerun()

if picked is None:
    demo_banner(data.summary(data.key(NoticeFilters()))["demo"])  # the notice counts below include demo notices
    st.caption("Vendors are registry vendors (reviewed, with citations) and organisations seen as suppliers.")
    if choices:
        st.dataframe(pd.DataFrame(choices)[["canonical_name", "vendor_id", "notices"]], hide_index=True)
    st.stop()

org = data.organisation(picked)
if org is None:
    st.error(f"There is no organisation number {picked}.")
    st.stop()
filters = NoticeFilters(orgs=(picked,))
key = data.key(filters)
summary = data.summary(key)
demo_banner(summary["demo"])

st.html(f"<h2>{escape(org['canonical_name'])}</h2>")
st.caption(f"registry id: {markdown_literal(org['vendor_id'] or '— (seen in notices only)')} · "
           f"country: {markdown_literal(org['country'] or '—')} · "
           f"{summary['notices']:,} notices name it as supplier or brand")
if org["citations"]:
    st.markdown("**Sources for registry facts**")
    for citation in org["citations"]:
        st.text(str(citation))

left, right = st.columns(2)
with left:
    st.subheader("Names in every script")
    st.dataframe(pd.DataFrame(org["names"]), hide_index=True)
    if org["identifiers"]:
        st.subheader("Identifiers")
        st.dataframe(pd.DataFrame(org["identifiers"]), hide_index=True)
with right:
    st.subheader("Subsidiaries, brands, parents")
    links = ([dict(r, direction="child") for r in org["children"]]
             + [dict(r, direction="parent") for r in org["parents"]])
    if links:
        for link in links:
            st.page_link("app_pages/vendors.py",
                         label=markdown_literal(f"{link['direction']} ({link['relation']}): {link['canonical_name']}"),
                         query_params={"org": str(link["id"])})
            if link["citation"]:
                st.text(f"source: {link['citation']}")
    else:
        st.caption("None recorded.")

st.subheader("Watch-list designations")
if org["designations"]:
    timeline = pd.DataFrame(org["designations"])
    timeline = timeline[timeline["listed_on"].notna()].copy()
    if not timeline.empty:
        timeline["until"] = timeline["delisted_on"].fillna(date.today())
        timeline["in force"] = timeline["delisted_on"].isna().map({True: "in force", False: "ended"})
        st.altair_chart(
            alt.Chart(timeline).mark_bar(height=14).encode(
                x=alt.X("listed_on:T", title="listed"), x2="until:T", y=alt.Y("list_name:N", title=None),
                color=alt.Color("in force:N", legend=alt.Legend(title=None)),
                tooltip=["list_name", "program", "listed_on", "delisted_on", "citation"]),
            width="stretch")
    st.dataframe(pd.DataFrame(org["designations"])[["listed_on", "delisted_on", "list_name", "authority", "program",
                                                    "entity_name", "citation", "source_url", "match_method",
                                                    "sha256"]], hide_index=True)
else:
    st.caption("Not found on any loaded watch list.")

st.subheader("Deployments")
totals, points = data.map_layers(key, False)
st.pydeck_chart(maps.build_deck(totals, points), height=420, key="vendor_map")

totals = data.vendor_totals(picked)
if totals:
    st.subheader("Notices by year and technology")
    frame = pd.DataFrame(totals).pivot_table(index="year", columns="taxonomy_id", values="notices", fill_value=0)
    st.bar_chart(frame)
st.subheader("Procurements won and red flags")
won = data.vendor_totals_usd(picked)
cols = st.columns(3)
cols[0].metric("Procurements as supplier", f"{won['procurements']:,}")
cols[1].metric("Value in USD", f"{float(won['value_usd']):,.0f}",
               help="Each procurement's largest headline amount at the ECB rate of its date (a call and its award "
                    "count once; a cancelled tender's budget, not spent, is left out).")
cols[2].metric("Without a USD value", f"{won['unconverted']:,}",
               help="Amounts in currencies the ECB publishes no rate for (see each notice's amounts).")
flag_counts = data.vendor_flag_counts(picked)
if flag_counts:
    st.dataframe(pd.DataFrame(flag_counts)[["name", "indicator_id", "notices", "procurements"]], hide_index=True)
    st.page_link("app_pages/notices.py", label="List its notices with red flags",
                 query_params={"org": str(picked), "flag": ",".join(r["indicator_id"] for r in flag_counts)})
else:
    st.caption("No red flag raised on its notices.")

bought = data.run(buyer_summary, picked)  # the same organisation as a buyer (buyers' pages are opened here too)
if bought["procurements"]:
    st.subheader("As buyer: procurements and red flags")
    cols = st.columns(3)
    cols[0].metric("Procurements as buyer", f"{bought['procurements']:,}")
    cols[1].metric("Bought, in USD", f"{float(bought['value_usd']):,.0f}",
                   help="Each procurement's largest headline amount at the ECB rate of its date (a cancelled "
                        "tender's budget, not spent, is left out).")
    cols[2].metric("Bought without a USD value", f"{bought['unconverted']:,}")
    if bought["flags"]:
        st.dataframe(pd.DataFrame(bought["flags"])[["name", "indicator_id", "notices", "procurements"]],
                     hide_index=True, key="buyer_flags")
    else:
        st.caption("No red flag raised on the notices it published as buyer.")

left, right = st.columns(2)
with left:
    st.subheader("Top buyers")
    st.dataframe(pd.DataFrame(data.vendor_buyer_totals(picked)), hide_index=True,
                 column_config={"value_usd": st.column_config.NumberColumn("value (USD)", format="%.0f"),
                                "red_flags": "red flags", "org_id": None})
with right:
    st.subheader("Countries")
    st.dataframe(pd.DataFrame(data.vendor_countries(picked)), hide_index=True)

st.subheader("Notices")
rows = data.notice_page(key, "published", True, 200, 0)
if rows:
    frame = pd.DataFrame(rows)
    frame["open"] = [f"/notices?notice={r['id']}" for r in rows]
    st.dataframe(frame[["open", "published_on", "title", "buyer", "technologies", "amount", "currency", "place",
                        "source_id", "status", "demo"]], hide_index=True,
                 column_config={"open": st.column_config.LinkColumn("open", display_text="open")})
export_panel(filters, key_prefix="vendor_export")
