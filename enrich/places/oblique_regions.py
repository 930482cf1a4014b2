"""Russian regions named in an oblique case, as their government's and police's bodies write them (round 34).

Kept apart from prose_place so it can build prose's candidates without an import cycle."""
from __future__ import annotations

import re

from enrich.places.gazetteer import place_key
from enrich.places.geonames import admin1_named
from enrich.places.prose import _Candidate, _Mention

# r34_places34: a Russian region named in an oblique case, as the bodies of its government and police name it ("ГУ МВД
# по Новосибирской области", "администрация Краснодарского края", "МВД по Республике Бурятия"): the region of that
# nominative (world_admin1.tsv holds Natural Earth's Russian names, "Новосибирская область"). The adjective's case
# ending is replaced by the nominative's; "Республика" keeps its name as written (in the nominative in such names).
_OBLIQUE_REGION = re.compile(
    r"(?<![\w-])(?:(?P<oblast>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?:ой|ую|ая|ою)[ \t]+област(?:ь|и|ью)"
    r"|(?P<krai>[А-ЯЁ][а-яё]+)(?:ого|ому|ий|им|ом|ый)[ \t]+кра(?:й|я|ю|ем|е)"
    r"|[Рр]еспублик(?:а|и|е|у|ой)[ \t]+(?P<republic>[А-ЯЁ][а-яё]+(?:[ \t-][А-ЯЁ][а-яё]+)?))(?![\w-])")


def oblique_regions(text: str) -> list[_Candidate]:
    """A region candidate (weighing as a buyer-name pattern) for every region written as in _OBLIQUE_REGION in the
    first 6,000 characters, when its nominative names one region."""
    window = text[:6000]
    if "област" not in window and "кра" not in window and "еспублик" not in window:
        return []
    found = []
    for m in _OBLIQUE_REGION.finditer(window):
        if m.group("oblast"):
            names = [m.group("oblast") + "ая область"]
        elif m.group("krai"):
            names = [m.group("krai") + "ий край"]
        else:
            names = ["Республика " + m.group("republic"), m.group("republic")]
        units = next((u for u in (admin1_named(place_key(n)) for n in names) if u), [])
        if len({(u.cc, u.code) for u in units}) == 1:
            u = units[0]
            found.append(_Candidate(("admin1", u.cc, u.code), u.cc, "admin1", 1.2, admin1=u, admin1_name=u.name,
                                    written=m.group(0), mention=_Mention(m.start(), m.end(), 5.0, "state")))
    return found
