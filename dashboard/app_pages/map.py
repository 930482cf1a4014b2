"""Map: where the purchases are. Countries shaded by notices, points at the most precise known place; with one
country selected, its provinces/states shaded too."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data_access as data
from dashboard import maps
from dashboard.filters import from_params
from dashboard.widgets import apply_url_filters, demo_banner, export_panel, filter_sidebar, filters_from_url
from db.queries import map as map_queries

PAGE_KEYS = ("colour", "unit")


@st.cache_data(ttl=data.TTL, show_spinner=False)
def region_totals(filter_key: tuple, country: str, unit: str) -> list[dict]:
    """Notices (or procurements) per first-level region of `country`, through the read-only pool."""
    return data.run(map_queries.region_totals, from_params(dict(filter_key))[0], country, unit=unit)


st.title("Map")
filters = filter_sidebar(filters_from_url(), page="map", page_keys=PAGE_KEYS)
key = data.key(filters)
summary = data.summary(key)
demo_banner(summary["demo"])
# Counts and banner first: the map's own query and drawing take longer, and a reporter reads these first.
unit = "procurements" if st.query_params.get("unit") == "procurements" else "notices"
unit = st.radio("Count", ["notices", "procurements"], index=0 if unit == "notices" else 1, horizontal=True,
                key="map_unit", help="A call, its award and its amendments are several notices of one procurement: "
                                     "counting procurements counts each once.")
if unit == "procurements":
    st.caption(f"{summary['notices']:,} notices match, in {data.procurement_count(key):,} procurements.")
else:
    st.caption(f"{summary['notices']:,} notices match.")

colour_by = st.query_params.get("colour", "count")
colour_by = st.radio("Colour by", ["count", "value"], index=0 if colour_by != "value" else 1, horizontal=True,
                     key="colour_by", format_func={"count": f"number of {unit}",
                                                   "value": "headline amounts in USD (ECB rates)"}.get)
for name, value, default in (("colour", colour_by, "count"), ("unit", unit, "notices")):
    if value != default:
        st.query_params[name] = value
    elif name in st.query_params:
        del st.query_params[name]

totals, points = data.map_layers(key, colour_by == "value", unit)
st.caption(f"{len(points):,} places with coordinates. Boundaries: Natural Earth 1:50m (public domain); Crimea is "
           "drawn apart as disputed — see Methodology.")
# Exactly one country selected: its first-level regions, shaded by count (amounts are not summed per region).
regions = None
if len(filters.countries) == 1:
    country = filters.countries[0].upper()
    regions, legend = maps.region_features(country, region_totals(key, country, unit), unit)
    st.caption(maps.region_note(country, legend)
               + (" Regions are shaded by count, not by value." if colour_by == "value" else ""))

state = st.pydeck_chart(maps.build_deck(totals, points, colour_by, regions), on_select="rerun",
                        selection_mode="single-object", key="map_chart", height=560)
picked = maps.selected(state)

# Keyboard- and test-friendly alternative to clicking the map.
choices = [("", None)] + [(f"{p['place'] or 'unnamed place'} — {p['notices']} notices", ("point", (p["lat"], p["lon"])))
                          for p in points[:200]] \
    + [(f"Country {row['country']} — {row['notices']} notices", ("country", row["country"])) for row in totals]
labels = [label for label, _ in choices]
choice = st.selectbox("Or pick a place or country to list its notices", labels, key="map_pick",
                      format_func=lambda label: label or "—")
if choice:
    picked = dict(choices)[choice]

# A selection narrows the view once; after that the sidebar (or "Clear map selection") is in charge.
if picked and picked != st.session_state.get("_applied_pick"):
    st.session_state["_applied_pick"] = picked
    kind, picked_value = picked
    narrowed = (filters.with_changes(point=picked_value) if kind == "point"
                else filters.with_changes(countries=(picked_value,)))
    if narrowed != filters:
        apply_url_filters(narrowed, page_keys=PAGE_KEYS)

if filters.point is not None or filters.countries:
    st.subheader("Notices behind the selection")
    rows = data.notice_page(key, "published", True, 200, 0)
    if rows:
        frame = pd.DataFrame(rows)
        frame["open"] = [f"/notices?notice={r['id']}" for r in rows]
        st.dataframe(frame[["open", "published_on", "title", "buyer", "technologies", "amount", "currency",
                            "place", "source_id", "demo"]], hide_index=True,
                     column_config={"open": st.column_config.LinkColumn("open", display_text="open")})
    else:
        st.info("No notices for this selection.")

export_panel(filters, key_prefix="map_export")
