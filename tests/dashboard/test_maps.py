"""The shipped boundaries and the deck the map page draws: offline, with the documented point of view."""
from __future__ import annotations

import json

from shapely.geometry import Point, shape

from dashboard import maps


def _feature_at(lon: float, lat: float) -> dict:
    for feature in maps.countries()["features"]:
        if shape(feature["geometry"]).contains(Point(lon, lat)):
            return feature["properties"]
    raise AssertionError(f"nothing drawn at {lon}, {lat}")


def test_crimea_is_drawn_apart_as_disputed_not_inside_russia():
    crimea = _feature_at(34.10, 44.95)  # Simferopol
    assert crimea["status"] == "disputed" and crimea["iso_a2"] is None and "68/262" in crimea["note"]
    assert _feature_at(37.62, 55.75)["iso_a2"] == "RU"  # Moscow
    assert _feature_at(36.75, 45.20)["iso_a2"] == "RU"  # Taman peninsula, east of the Kerch Strait
    assert _feature_at(30.52, 50.45)["iso_a2"] == "UA"  # Kyiv


def test_boundaries_are_small_and_cross_no_antimeridian():
    assert maps.COUNTRIES_FILE.stat().st_size < 3_000_000
    for feature in maps.countries()["features"]:
        geometry = shape(feature["geometry"])
        for part in getattr(geometry, "geoms", [geometry]):
            min_x, _, max_x, _ = part.bounds
            assert max_x - min_x <= 180, feature["properties"]["name"]


def test_deck_needs_no_network_and_colours_countries_by_notices():
    deck = maps.build_deck([{"country": "CN", "notices": 5, "surveillance_notices": 4},
                            {"country": "GB", "notices": 1, "surveillance_notices": 1}],
                           [{"lat": 40.0, "lon": 120.0, "notices": 4, "place": "辽宁省", "precision": "admin1",
                             "example_title": "<b>x</b>"}])
    spec = json.loads(deck.to_json())
    assert spec["mapStyle"] == maps.NO_BASEMAP  # no basemap tiles, nothing fetched (checked in the browser test)
    assert "\n" not in deck.to_json()  # compact: the outlines are sent on every rerun
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert [layer["id"] for layer in spec["layers"]] == [maps.LAND_LAYER_ID, maps.COUNTRY_LAYER_ID,
                                                         maps.POINT_LAYER_ID]  # drawn bottom to top
    land = {f["properties"]["name"]: f["properties"] for f in layers[maps.LAND_LAYER_ID]["data"]["features"]}
    assert len(land) > 200 and land["France"]["fill"] == maps.NO_DATA
    assert land["France"]["tooltip_body"] == "no notices in this view"
    crimea = next(p for p in land.values() if p["status"] == "disputed" and "68/262" in (p["note"] or ""))
    assert crimea["fill"] == maps.DISPUTED and crimea["tooltip_body"] == crimea["note"]
    countries = {f["properties"]["iso_a2"]: f["properties"] for f in layers[maps.COUNTRY_LAYER_ID]["data"]["features"]}
    assert set(countries) == {"CN", "GB"}  # only countries with notices are sent as the choropleth
    assert countries["CN"]["fill"] != maps.NO_DATA and countries["CN"]["fill"] != countries["GB"]["fill"]
    assert countries["CN"]["tooltip_body"].startswith("5 notices, 4 tagged surveillance")
    point = layers[maps.POINT_LAYER_ID]["data"][0]
    assert point["tooltip_latest"] == "example: <b>x</b>"  # plain text: Streamlit's tooltip escapes it


def test_land_layer_is_serialised_once_and_identical_in_every_view():
    one = json.loads(maps.build_deck([{"country": "CN", "notices": 5}], []).to_json())
    other = json.loads(maps.build_deck([{"country": "FR", "notices": 1}], [], colour_by="value").to_json())
    assert one["layers"][0] == other["layers"][0] == json.loads(maps._land_layer_json())
    assert not one["layers"][0]["stroked"] and one["layers"][0]["pickable"]


def test_selection_state_maps_to_a_country_or_a_point():
    assert maps.selected({"selection": {"objects": {"places": [{"lat": 1.5, "lon": 2.5}]}}}) == ("point", (1.5, 2.5))
    assert maps.selected({"selection": {"objects": {"countries": [{"properties": {"iso_a2": "GB"}}]}}}) \
        == ("country", "GB")
    assert maps.selected({"selection": {"objects": {"countries": [{"properties": {"iso_a2": None}}]}}}) is None
    assert maps.selected(None) is None
