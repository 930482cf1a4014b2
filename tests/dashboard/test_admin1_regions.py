"""First-level regions on the map: the shipped Natural Earth admin-1 file, the per-region counts in PostgreSQL as
the read-only role reads them, and the region layer built from both."""
from __future__ import annotations

import json

import psycopg
import pyogrio
import pytest

from dashboard import maps
from db.queries import map as map_queries
from db.queries.filters import NoticeFilters
from db.server import reader_url

SIZE_LIMIT = 5_000_000  # bytes: the file ships in the repository and is parsed once per dashboard process


@pytest.fixture
def reader(seeded, database_url):
    with psycopg.connect(reader_url(database_url), autocommit=True) as connection:
        yield connection


def test_the_shipped_admin1_file_loads_offline_with_iso_codes_for_the_demo_countries():
    assert maps.ADMIN1_FILE.stat().st_size < SIZE_LIMIT
    info = pyogrio.read_info(maps.ADMIN1_FILE)
    assert info["crs"] == "EPSG:4326" and info["features"] > 3500
    frame = pyogrio.read_dataframe(maps.ADMIN1_FILE, columns=["code", "iso_a2", "name", "status", "adcode"])
    minx, miny, maxx, maxy = frame.total_bounds
    assert -180 <= minx < maxx <= 180 and -90 <= miny < maxy <= 90
    codes = set(frame["code"].dropna())
    # US states, Indonesian provinces, UK nations (the enrichment's GB codes), French and Italian regions.
    assert {"US-TX", "US-CA", "ID-JB", "ID-JK", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR", "FR-IDF", "IT-25",
            "DE-BY", "CN-LN", "CN-XJ"} <= codes
    china = frame[frame["iso_a2"] == "CN"]
    assert dict(zip(china["adcode"], china["code"], strict=True))["210000"] == "CN-LN"
    assert china["adcode"].notna().sum() == 31  # every province-level unit of the mainland
    # Natural Earth files Crimea under Russia; the shipped layer gives it to neither country.
    crimea = frame[frame["code"] == "UA-43"].iloc[0]
    assert crimea["status"] == "disputed" and not isinstance(crimea["iso_a2"], str)
    assert frame[(frame["iso_a2"] == "RU") & frame["code"].str.startswith("UA-", na=False)].empty


def test_crimea_is_drawn_grey_with_both_countries_and_filled_by_neither():
    for country in ("RU", "UA"):
        collection, _ = maps.region_features(country, [{"code": "UA-43", "uncoded": None, "names": ["Krym"],
                                                         "notices": 2, "surveillance_notices": 0}])
        crimea = next(f["properties"] for f in collection["features"] if f["properties"]["code"] == "UA-43")
        assert crimea["fill"] == maps.DISPUTED and "68/262" in crimea["tooltip_body"]


def test_region_counts_per_iso_code_for_the_selected_country(reader, seeded, conn, database_url):
    cn = {row["code"]: row for row in map_queries.region_totals(reader, NoticeFilters(countries=("CN",)), "CN")}
    # Liaoning: the award at Yingkou, the platform tender with the province code, and the probe at Dalian, whose
    # place has only an adcode (210200 -> province 210000). Xinjiang from the county adcode of 疏附县.
    assert cn["210000"]["notices"] == 3 and cn["210000"]["names"] == ["辽宁省"]
    assert cn["650000"]["notices"] == 1
    assert cn[None]["notices"] == 1 and cn[None]["uncoded"] is None  # the furniture notice has no place
    assert sum(row["notices"] for row in cn.values()) == 5
    # Procurements: the award and the platform tender linked into one procurement count once in Liaoning.
    procurement = conn.execute("INSERT INTO procurements (key, method) VALUES ('test:1', 'test') RETURNING id"
                               ).fetchone()[0]
    for name in ("facial-award", "city-brain"):
        conn.execute("INSERT INTO procurement_notices (notice_id, procurement_id, method, stage, classifier_version) "
                     "VALUES (%s, %s, 'test', 'tender', 'test')", (seeded.notices[name], procurement))
    # An ISO 3166-2 code, as the enrichment writes it outside China; other countries' notices never leak in.
    conn.execute("UPDATE places SET admin1 = 'England', admin1_code = 'GB-ENG' WHERE notice_id = %s",
                 (seeded.notices["anpr-award"],))
    conn.commit()
    with psycopg.connect(reader_url(database_url), autocommit=True) as fresh:
        by_procurement = map_queries.region_totals(fresh, NoticeFilters(countries=("CN",)), "CN",
                                                   unit="procurements")
        gb = map_queries.region_totals(fresh, NoticeFilters(), "GB")
    liaoning = next(row for row in by_procurement if row["code"] == "210000")
    assert (liaoning["notices"], liaoning["procurements"]) == (3, 2)
    assert [(row["code"], row["notices"]) for row in gb] == [("GB-ENG", 1)]
    collection, legend = maps.region_features("GB", gb)
    england = next(f["properties"] for f in collection["features"] if f["properties"]["code"] == "GB-ENG")
    assert england["notices"] == 1 and england["fill"] not in (maps.REGION_EMPTY, maps.DISPUTED)
    assert legend == {"unit": "notices", "placed": 1, "unplaced": 0, "no_region": 0}


def test_region_layer_joins_codes_adcodes_and_names_and_counts_what_it_cannot_draw():
    hostile = "<img src=x onerror=window.__xss=1>"
    rows = [{"code": "210000", "uncoded": None, "names": [f"辽宁省{hostile}"], "notices": 3,
             "surveillance_notices": 2},
            {"code": "CN-XJ", "uncoded": None, "names": [], "notices": 1, "surveillance_notices": 0},
            {"code": None, "uncoded": "Yunnan", "names": ["Yunnan"], "notices": 1, "surveillance_notices": 0},
            {"code": "710000", "uncoded": None, "names": ["台湾省"], "notices": 2, "surveillance_notices": 0},
            {"code": None, "uncoded": None, "names": [], "notices": 5, "surveillance_notices": 0}]
    collection, legend = maps.region_features("CN", rows)
    props = {f["properties"]["name"]: f["properties"] for f in collection["features"]}
    assert props["Liaoning"]["tooltip_title"] == "Liaoning (CN-LN)"
    assert props["Liaoning"]["tooltip_body"] == "3 notices, 2 tagged surveillance"
    # Scraped names reach the tooltip as plain text (deck.gl escapes what it substitutes): never as markup.
    assert props["Liaoning"]["tooltip_latest"] == f"written in notices as: 辽宁省{hostile}"
    assert props["Xinjiang"]["notices"] == 1 and props["Yunnan"]["notices"] == 1
    assert props["Liaoning"]["fill"] == [*maps.RAMP[-1], 255] and props["Sichuan"]["fill"] == maps.REGION_EMPTY
    assert props["Sichuan"]["tooltip_body"] == "no notices in this view"
    assert legend == {"unit": "notices", "placed": 5, "unplaced": 2, "no_region": 5}
    note = maps.region_note("CN", legend)
    assert "5 notices sit in a drawn region" in note and "5 have no region" in note and "2 name a region" in note
    json.dumps(collection)  # serialisable as sent to the browser


def test_the_world_view_has_no_region_layer_and_one_country_adds_it():
    world = json.loads(maps.build_deck([], []).to_json())
    assert maps.REGION_LAYER_ID not in {layer["id"] for layer in world["layers"]}
    regions, _ = maps.region_features("US", [{"code": "US-TX", "uncoded": None, "names": ["Texas"], "notices": 1,
                                              "surveillance_notices": 1}])
    deck = json.loads(maps.build_deck([], [], regions=regions).to_json())
    layer = next(layer for layer in deck["layers"] if layer["id"] == maps.REGION_LAYER_ID)
    assert len(layer["data"]["features"]) >= 51
    assert 25 < deck["initialViewState"]["latitude"] < 37 and -107 < deck["initialViewState"]["longitude"] < -93
