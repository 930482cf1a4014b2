"""Rebuild countries.geojson from Natural Earth 4.1.0 (1:50m) as redistributed by npm `world-atlas@2.0.2`.

Run by a maintainer, never at run time (the dashboard has no network):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m dashboard.data.build_countries package/countries-50m.json

What it does, and why (see README.md in this folder for the point of view):
- reads the TopoJSON `countries` layer and adds ISO 3166-1 alpha-2 codes from the numeric ids (pycountry);
- splits rings that cross the antimeridian (Russia, Fiji, Antarctica) so WebGL maps do not draw a band across
  the world;
- cuts the Crimean peninsula out of Russia's polygon (Natural Earth's default view draws it as Russian) and keeps
  it as its own feature marked disputed, filled by neither country;
- marks features without an ISO code (Kosovo, N. Cyprus, Somaliland, Siachen Glacier, ...) as disputed/unassigned;
- simplifies outlines with a 0.02° tolerance (~2 km, below what a world or country view shows) and rounds
  coordinates to 0.01°, halving what the browser must tessellate on first paint (1.5 MB -> 0.8 MB).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pycountry
import shapely
from shapely.geometry import box, mapping

HERE = Path(__file__).resolve().parent
TARGET = HERE / "countries.geojson"

# Crimea: the part of Russia's Natural Earth polygon west of the Kerch Strait and south of the Perekop isthmus.
CRIMEA_BOX = box(32.0, 44.0, 36.58, 46.3)

ISO_OVERRIDES = {"Kosovo": "XK"}  # user-assigned code used by the EU and most datasets; not an ISO assignment


def _split_antimeridian(geom):
    parts = []
    for part in getattr(geom, "geoms", [geom]):
        minx, _, maxx, _ = part.bounds
        if maxx - minx <= 180:
            parts.append(part)
            continue
        shifted = shapely.transform(part, lambda xy: np.column_stack([np.where(xy[:, 0] < 0, xy[:, 0] + 360,
                                                                                   xy[:, 0]), xy[:, 1]]))
        shifted = shapely.make_valid(shifted)
        east = shifted.intersection(box(0, -90, 180, 90))
        west = shapely.transform(shifted.intersection(box(180, -90, 360, 90)),
                                 lambda xy: np.column_stack([xy[:, 0] - 360, xy[:, 1]]))
        for piece in (east, west):
            parts.extend(p for p in getattr(piece, "geoms", [piece]) if p.geom_type == "Polygon" and not p.is_empty)
    return shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]


SIMPLIFY_DEGREES = 0.02


def _polygons(geom):
    parts = [p for p in getattr(geom, "geoms", [geom]) if p.geom_type in ("Polygon", "MultiPolygon") and not p.is_empty]
    flat = [q for p in parts for q in getattr(p, "geoms", [p])]
    return shapely.MultiPolygon(flat) if len(flat) > 1 else (flat[0] if flat else None)


def _round(geom, digits: int = 2):
    simplified = shapely.simplify(geom, SIMPLIFY_DEGREES, preserve_topology=True)
    rounded = _polygons(shapely.make_valid(shapely.set_precision(simplified, 10 ** -digits)))
    if rounded is None:  # a speck of an island collapses at 0.01°: keep it as drawn, a little more precisely
        rounded = _polygons(shapely.make_valid(shapely.set_precision(geom, 10 ** -(digits + 2))))
    return rounded


def build(source: Path) -> dict:
    frame = gpd.read_file(source, layer="countries")
    features = []
    for numeric, name, geom in zip(frame["id"], frame["name"], frame.geometry, strict=True):
        geom = shapely.make_valid(_split_antimeridian(geom))
        iso = None
        if isinstance(numeric, str) and numeric:
            country = pycountry.countries.get(numeric=numeric)
            iso = country.alpha_2 if country else None
        iso = ISO_OVERRIDES.get(name, iso)
        status = "assigned" if iso else "unassigned"
        if iso == "RU":
            crimea = geom.intersection(CRIMEA_BOX)
            geom = geom.difference(CRIMEA_BOX)
            features.append(_feature("Crimea", None, "disputed", crimea,
                                     "Annexed by Russia in 2014; UN General Assembly resolution 68/262 affirms "
                                     "Ukraine's territorial integrity. Drawn apart, filled by neither country."))
        features.append(_feature(name, iso, status, geom, None))
    return {"type": "FeatureCollection",
            "metadata": {"source": "Natural Earth 4.1.0 admin 0 countries 1:50m via npm world-atlas@2.0.2",
                         "licence": "public domain", "built_by": "dashboard/data/build_countries.py"},
            "features": features}


def _feature(name: str, iso: str | None, status: str, geom, note: str | None) -> dict:
    geom = _round(geom)
    return {"type": "Feature",
            "properties": {"name": name, "iso_a2": iso, "status": status, "note": note},
            "geometry": mapping(geom)}


def main(argv: list[str]) -> int:
    collection = build(Path(argv[0]))
    TARGET.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")))
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes, {len(collection['features'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
