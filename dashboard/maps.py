"""Building the offline map: country choropleth from shipped Natural Earth data plus proportional points.

No basemap tiles by default (`map_style=None`), so the map draws with no network at all. SURVTRACK_MAP_TILES
may name a MapLibre style URL for users who are online and want one.

Tooltips: the template below is HTML, but Streamlit's deck.gl component (1.67) HTML-escapes every {field} value
it substitutes — measured in the browser test, which shows a hostile title literally and checks nothing ran.
Values are therefore handed over as plain text (escaping them here too would show reporters `&lt;img…`), and
no markup is ever built from data: only the fixed template carries tags. tests/dashboard/test_browser.py fails
if a Streamlit upgrade stops escaping.

First-level regions (`region_features`): when the view is one country, its provinces/states from the shipped
Natural Earth admin-1 layer (data/admin1.geojson, built by data/build_admin1.py) are shaded by the notices whose
place lies in them, joined on the ISO 3166-2 code in `places.admin1_code` (China: the province adcode).
"""
from __future__ import annotations

import json
import math
import os
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import pydeck as pdk

COUNTRIES_FILE = Path(__file__).resolve().parent / "data" / "countries.geojson"
ADMIN1_FILE = Path(__file__).resolve().parent / "data" / "admin1.geojson"
COUNTRY_LAYER_ID = "countries"
REGION_LAYER_ID = "regions"
POINT_LAYER_ID = "places"

NO_DATA = [235, 235, 235, 160]
DISPUTED = [200, 200, 200, 90]
RAMP = [[255, 237, 160], [254, 178, 76], [240, 59, 32], [189, 0, 38]]  # ColorBrewer YlOrRd (light -> dark)

TOOLTIP = {
    "html": "<b>{tooltip_title}</b><br/>{tooltip_body}<br/>{tooltip_latest}",
    "style": {"backgroundColor": "#222", "color": "#fff", "fontSize": "12px", "maxWidth": "360px"},
}


@lru_cache(maxsize=1)
def _countries_text() -> str:
    return COUNTRIES_FILE.read_text(encoding="utf-8")


def countries() -> dict:
    """A fresh copy of the shipped country boundaries (callers add properties to it)."""
    return json.loads(_countries_text())


def ramp(value: float, maximum: float) -> list[int]:
    """Colour for `value` on a log scale up to `maximum` (counts and money are heavy-tailed)."""
    if not value or not maximum:
        return NO_DATA
    share = math.log1p(value) / math.log1p(maximum)
    index = min(len(RAMP) - 1, int(share * len(RAMP)))
    return [*RAMP[index], 200]


def _count(row: dict) -> int:
    """Procurements when the view counts procurements (the query then fills `procurements`), else notices."""
    return int(row["procurements"] if row.get("procurements") is not None else row.get("notices") or 0)


def _unit(row: dict) -> str:
    return "procurements" if row.get("procurements") is not None else "notices"


def _value_of(row: dict, colour_by: str) -> float:
    """Colour by value: headline amounts in USD (ECB rates, enrich/fx.py), the one currency all sums share."""
    if colour_by == "value":
        return float(row.get("value_usd") or 0)
    return float(_count(row))


def _country_tooltip(props: dict, row: dict | None) -> None:
    if props.get("status") != "assigned":
        props["tooltip_title"] = props["name"]
        props["tooltip_body"] = props.get("note") or ("Status disputed or not an ISO country; no notices are "
                                                      "attributed to this area.")
        props["tooltip_latest"] = ""
        return
    props["tooltip_title"] = f"{props['name']} ({props['iso_a2']})"
    props["tooltip_latest"] = ""
    if row:
        body = f"{_count(row)} {_unit(row)}, {row.get('surveillance_notices', 0)} tagged surveillance"
        if _unit(row) == "procurements":
            body += f" ({row['notices']} notices)"
        if row.get("value_usd"):
            body += f"; USD {float(row['value_usd']):,.0f} in headline amounts (ECB rates)"
        if row.get("unconverted"):
            body += f"; {row['unconverted']} with amounts in currencies the ECB does not publish"
        props["tooltip_body"] = body
    else:
        props["tooltip_body"] = "no notices in this view"
    props["notices"] = int(row["notices"]) if row else 0


def land_features() -> dict:
    """Every country as a flat grey base with tooltips (disputed/unassigned areas lighter): the same for every
    view, so it is serialised once per process (see `_land_layer_json`)."""
    collection = countries()
    for feature in collection["features"]:
        props = feature["properties"]
        props["fill"] = NO_DATA if props.get("status") == "assigned" else DISPUTED
        _country_tooltip(props, None)
    return collection


def country_features(totals: list[dict], colour_by: str = "count") -> dict:
    """The choropleth: only the countries with notices in the view, with fill colours and tooltip fields.

    Countries without notices are drawn by the land layer underneath; sending only these keeps what the browser
    must tessellate per view small (a few countries instead of 242 with ~52,000 vertices)."""
    collection = countries()
    by_country = {row["country"]: row for row in totals if row.get("country")}
    maximum = max((_value_of(row, colour_by) for row in totals), default=0)
    features = []
    for feature in collection["features"]:
        props = feature["properties"]
        row = by_country.get(props.get("iso_a2"))
        if props.get("status") != "assigned" or not row:
            continue
        props["fill"] = ramp(_value_of(row, colour_by), maximum)
        _country_tooltip(props, row)
        features.append(feature)
    collection["features"] = features
    return collection


def point_records(points: list[dict], colour_by: str = "count") -> list[dict]:
    """Points with radius (area proportional to the number of notices), colour and tooltip fields."""
    maximum = max((_value_of(p, colour_by) for p in points), default=0)
    records = []
    for point in points:
        count = _count(point)
        value, usd = point.get("value"), point.get("value_usd")
        money = f"; USD {float(usd):,.0f}" if usd else ""
        if value and point.get("currencies") != "USD":
            money += f" ({float(value):,.0f} {point.get('currencies')})"
        records.append({
            "lat": float(point["lat"]), "lon": float(point["lon"]), "notices": count,
            "radius": 6000 * math.sqrt(count),
            "colour": ramp(_value_of(point, colour_by), maximum) if maximum else RAMP[-1] + [200],
            "tooltip_title": point.get("place") or f"{point['lat']:.2f}, {point['lon']:.2f}",
            "tooltip_body": f"{count} {_unit(point)}{money}; place precision: {point.get('precision')}",
            "tooltip_latest": (f"example: {point['example_title']}" + (" [DEMO]" if point.get("demo") else ""))
                              if point.get("example_title") else "",
        })
    return records


def initial_view(points: list[dict]) -> pdk.ViewState:
    if not points:
        return pdk.ViewState(latitude=25, longitude=40, zoom=0.8)
    weight = sum(p["notices"] for p in points)
    lat = sum(p["lat"] * p["notices"] for p in points) / weight
    lon = sum(p["lon"] * p["notices"] for p in points) / weight
    spread = max(max(p["lat"] for p in points) - min(p["lat"] for p in points),
                 max(p["lon"] for p in points) - min(p["lon"] for p in points))
    zoom = 3.2 if spread < 25 else 2 if spread < 70 else 0.8
    return pdk.ViewState(latitude=lat, longitude=lon, zoom=zoom)


def tiles_style() -> str | None:
    """Optional basemap style URL (SURVTRACK_MAP_TILES); None means no tiles and no network."""
    return os.environ.get("SURVTRACK_MAP_TILES") or None


#: Streamlit 1.67's deck.gl component loads CARTO's "positron" basemap style from the internet whenever a spec
#: has no mapStyle, even with map_provider=None; this placeholder (its own marker for "no style") is the one value
#: that makes it draw no basemap and fetch nothing. tests/dashboard/test_browser.py fails on any external request.
NO_BASEMAP = "__MAP_STYLE__"


LAND_LAYER_ID = "land"
_LAND_PLACEHOLDER = "__survtrack_land_layer__"


def _serialise(obj) -> str:
    from pydeck.bindings.json_tools import default_serialize

    return json.dumps(json.loads(json.dumps(obj, default=default_serialize)), sort_keys=True, separators=(",", ":"))


def land_layer() -> pdk.Layer:
    """All countries, filled flat grey and not outlined.

    Measured in chromium without a GPU (bench.dashboard --first-paint): outlining the 242 countries (deck.gl's
    PathLayer over ~52,000 vertices) held the first map frame back by 5-6 s, and even outlining only the countries
    with notices cost ~1 s (the PathLayer shader program alone), so no layer is stroked: countries read by their
    fill, the choropleth colours sit on top of the grey land."""
    return pdk.Layer("GeoJsonLayer", id=LAND_LAYER_ID, data=land_features(), pickable=True, stroked=False,
                     filled=True, get_fill_color="properties.fill")


@lru_cache(maxsize=1)
def _land_layer_json() -> str:
    return _serialise(land_layer())


class CompactDeck(pdk.Deck):
    """A Deck serialised for Streamlit: compact JSON (pydeck indents by two spaces, which turns 0.8 MB of country
    outlines into ~6 MB sent on every rerun), the constant land layer serialised once per process and spliced in,
    and, without tiles, no basemap request at all."""

    def to_json(self) -> str:
        from pydeck.bindings.json_tools import default_serialize

        spec = json.loads(json.dumps(self, default=default_serialize))
        if not spec.get("mapStyle"):
            spec["mapStyle"] = NO_BASEMAP
        text = json.dumps(spec, sort_keys=True, separators=(",", ":"))
        return text.replace(json.dumps(_LAND_PLACEHOLDER), _land_layer_json(), 1)


def build_deck(totals: list[dict], points: list[dict], colour_by: str = "count",
               regions: dict | None = None) -> pdk.Deck:
    """The map; `regions` (from `region_features`) adds the selected country's first-level regions on top of the
    country choropleth, outlined (only here: one country's few dozen outlines, not the world's)."""
    records = point_records(points, colour_by)
    region_layers = [] if regions is None else [
        pdk.Layer("GeoJsonLayer", id=REGION_LAYER_ID, data=regions, pickable=True, stroked=True, filled=True,
                  get_fill_color="properties.fill", get_line_color=[255, 255, 255, 220], line_width_min_pixels=1)]
    layers = [
        _LAND_PLACEHOLDER,  # land_layer(), spliced in by CompactDeck.to_json
        pdk.Layer("GeoJsonLayer", id=COUNTRY_LAYER_ID, data=country_features(totals, colour_by), pickable=True,
                  stroked=False, filled=True, get_fill_color="properties.fill"),
        *region_layers,
        pdk.Layer("ScatterplotLayer", id=POINT_LAYER_ID, data=records, pickable=True, get_position=["lon", "lat"],
                  get_radius="radius", radius_min_pixels=5, radius_max_pixels=40, get_fill_color="colour",
                  get_line_color=[60, 60, 60], stroked=True, line_width_min_pixels=1, opacity=0.85),
    ]
    view = region_view(regions) if regions is not None else initial_view(points)
    return CompactDeck(layers=layers, initial_view_state=view, map_style=tiles_style(),
                       tooltip=TOOLTIP, map_provider="carto" if tiles_style() else None)


def selected(state) -> tuple[str, object] | None:
    """('country', 'CN') or ('point', (lat, lon)) from st.pydeck_chart's selection state, or None."""
    try:
        objects = state.selection.objects
    except AttributeError:
        try:
            objects = state["selection"]["objects"]
        except (KeyError, TypeError):
            return None
    for obj in objects.get(POINT_LAYER_ID) or []:
        return "point", (float(obj["lat"]), float(obj["lon"]))
    for obj in objects.get(COUNTRY_LAYER_ID) or []:
        props = obj.get("properties", obj)
        if props.get("iso_a2"):
            return "country", props["iso_a2"]
    return None


REGION_EMPTY = [246, 246, 246, 255]  # opaque, like the shaded regions: the country's own colour stays hidden


@lru_cache(maxsize=1)
def _admin1_features() -> tuple[dict, ...]:
    """The shipped admin-1 layer, parsed once per process (4 MB; a view uses one country's share)."""
    return tuple(json.loads(ADMIN1_FILE.read_text(encoding="utf-8"))["features"])


def admin1_regions(country: str) -> list[dict]:
    """The regions drawn with `country`: its own, and disputed areas drawn with it (Crimea with RU and UA).
    Properties are copied (callers add to them); geometries are shared and never changed."""
    return [{"type": "Feature", "geometry": f["geometry"], "properties": dict(f["properties"])}
            for f in _admin1_features() if country in f["properties"]["shown_with"]]


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _region_index(features: list[dict]) -> tuple[dict[str, dict], dict[str, dict]]:
    """(code or adcode -> feature, folded name -> feature for names only one region of the country has)."""
    by_code: dict[str, dict] = {}
    named: dict[str, list[dict]] = {}
    for feature in features:
        props = feature["properties"]
        for code in (props.get("code"), props.get("adcode")):
            if code:
                by_code[code] = feature
        for name in [props.get("name") or "", *(props.get("name_local") or "").split("|")]:
            if name.strip():
                named.setdefault(_fold(name), []).append(feature)
    return by_code, {key: found[0] for key, found in named.items() if len(found) == 1}


def _region_of(row: dict, by_code: dict[str, dict], by_name: dict[str, dict]) -> dict | None:
    if row.get("code"):
        return by_code.get(row["code"])
    return by_name.get(_fold(row["uncoded"])) if row.get("uncoded") else None


def region_features(country: str, rows: list[dict], unit: str = "notices") -> tuple[dict, dict]:
    """The selected country's regions shaded by notices (or procurements) per region, and the legend's counts.

    `rows` come from db.queries.map.region_totals. A row joins a region on its code (ISO 3166-2, or a Chinese
    province adcode); a place with an admin1 name but no code joins the one region of that name, if exactly one.
    Regions without notices are drawn neutral; disputed areas and areas without an ISO code stay grey. Returns
    (GeoJSON collection, {"unit", "placed", "unplaced", "no_region"}): notices in a drawn region, notices naming a
    region this layer cannot draw, notices with no region at all (country-level places, no place)."""
    features = admin1_regions(country)
    by_code, by_name = _region_index(features)
    counts = {"placed": 0, "unplaced": 0, "no_region": 0}
    found: dict[int, dict[str, Any]] = {}
    for row in rows:
        feature = _region_of(row, by_code, by_name)
        if feature is None:
            counts["unplaced" if row.get("code") or row.get("uncoded") else "no_region"] += _count(row)
            continue
        counts["placed"] += _count(row)
        total = found.setdefault(id(feature), {"count": 0, "notices": 0, "surveillance": 0, "names": []})
        total["count"] += _count(row)
        total["notices"] += int(row.get("notices") or 0)
        total["surveillance"] += int(row.get("surveillance_notices") or 0)
        total["names"] += [n for n in row.get("names") or [] if n not in total["names"]]
    maximum = max((t["count"] for t in found.values()), default=0)
    for feature in features:
        _region_tooltip(feature["properties"], found.get(id(feature)), maximum, unit)
    return {"type": "FeatureCollection", "features": features}, {"unit": unit, **counts}


def _region_tooltip(props: dict, total: dict | None, maximum: int, unit: str) -> None:
    """Fill and tooltip fields of one region. Names as the notices write them are scraped text: handed over as
    plain text like every tooltip value (see the module docstring), never as markup."""
    code = props.get("code") or props.get("adcode")
    props["tooltip_title"] = f"{props['name']} ({code})" if code else props["name"]
    props["notices"] = total["count"] if total else 0
    if total:
        body = f"{total['count']} {unit}, {total['surveillance']} tagged surveillance"
        if unit == "procurements":
            body += f" ({total['notices']} notices)"
    else:
        body = f"no {unit} in this view"
    if props.get("status") != "assigned":
        body = f"{props.get('note') or ''} {body}".strip()
    props["tooltip_body"] = body
    props["tooltip_latest"] = ("written in notices as: " + ", ".join(total["names"])) if total and total["names"] \
        else ""
    if props.get("status") != "assigned":
        props["fill"] = DISPUTED
    else:
        props["fill"] = [*ramp(total["count"], maximum)[:3], 255] if total else REGION_EMPTY


def region_note(country: str, legend: dict) -> str:
    """The legend line under the map: which notices the region shading leaves out, counted (no scraped text)."""
    unit = legend["unit"]
    note = (f"Regions of {country}: Natural Earth admin-1, 1:10m (public domain), shaded by {unit} per first-level "
            f"region (ISO 3166-2). {legend['placed']:,} {unit} sit in a drawn region; "
            f"{legend['no_region']:,} have no region (country-level place or none) and {legend['unplaced']:,} "
            "name a region this layer cannot draw: neither is shaded.")
    if unit == "procurements":
        note += " A procurement whose notices lie in two regions counts in both."
    return note


def region_view(regions: dict) -> pdk.ViewState:
    """Centred on the regions with notices (else on all of the country's regions)."""
    from shapely.geometry import shape

    features = [f for f in regions["features"] if f["properties"].get("notices")] or regions["features"]
    if not features:
        return pdk.ViewState(latitude=25, longitude=40, zoom=0.8)
    bounds = [shape(f["geometry"]).bounds for f in features]
    west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
    east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
    spread = max(east - west, north - south)
    zoom = 5 if spread < 8 else 4 if spread < 15 else 3.2 if spread < 25 else 2 if spread < 70 else 0.8
    return pdk.ViewState(latitude=(south + north) / 2, longitude=(west + east) / 2, zoom=zoom)
