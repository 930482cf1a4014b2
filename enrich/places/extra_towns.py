"""Towns the world gazetteer lacks, from the reviewed table enrich/data/extra_towns.csv (round 39, places).

Why: world_cities.tsv holds GeoNames cities of 15,000 or more, and GeoNames files some towns that notices name as
their buyer's own as sections of a big city (Santiago's commune Las Condes, 294,838 people) or under that size
(Malta's local councils: "Il-Kunsill Lokali tal-Birgu"). Such a buyer was read as no town, or as the big city near
it. The table's rows, each cited, join the world index as towns of their own (no parent city), with ids from
990000001 on so they never collide with a GeoNames id. The reviewed table enrich/data/city_districts.csv gives the
city of a district the build's distance rule missed or joined across a border (Deira, Bur Dubai: Dubai).
"""
from __future__ import annotations

from enrich.places.gazetteer import place_key, read_table

FIRST_ID = 990_000_001


def extra_town_lines(header: list[str]) -> list[str]:
    """The table's towns as world_cities.tsv lines in ``header``'s column order."""
    lines = []
    for n, row in enumerate(read_table("extra_towns.csv")):
        keys = sorted({place_key(k) for k in row["keys"].split("|") if k} - {place_key(row["name"])})
        values = dict(row, geonameid=str(FIRST_ID + n), keys="|".join(keys), cyrillic="")
        lines.append("\t".join(values.get(column, "") for column in header))
    return lines


def with_district_cities(header: list[str], lines: list[str]) -> list[str]:
    """world_cities.tsv ``lines`` with the part_of of city_districts.csv's districts set to their city."""
    cities = {row["geonameid"]: row["city_geonameid"] for row in read_table("city_districts.csv")}
    id_at, part_at = header.index("geonameid"), header.index("part_of")
    out = []
    for line in lines:
        fields = line.split("\t")
        if fields[id_at] in cities and len(fields) > part_at:
            fields[part_at] = cities[fields[id_at]]
            line = "\t".join(fields)
        out.append(line)
    return out
