"""English buyers named inside a sentence rather than opening it (round 23); enrich/prose_buyers.py asks.

* a reported clause whose subject buys: "The Director of Audit found that X Police Force paid …", "the Minister said
  the X Police Force had acquired …", "Documents show Yangon Region police bought …"; or an indirect question
  (round 26): "A committee asked why X Metropolitan Police bought …";
* a police force as the owner of what the text is about: "the Assam police's new crime analytics software",
  "Activists say the Greater Chennai Police's tenant portal …" - or the unit it owns, when that is a body with a
  name of its own: "Nepal Police's Kathmandu Valley Police Office bought …".
The sentence-opening readers of enrich/prose_buyers.py see none of these: the name stands after a clause.
"""
from __future__ import annotations

import re

_PURCHASE = (r"(?:(?:had|has|have|also|already|recently|together)[ \t]+)*"
             r"(?:acquired|bought|purchased|paid|spent|ordered|signed|awarded|installed|deployed|contracted|procured|leased|commissioned|operates|operated|maintains"
             r"|maintained|uses|used|runs|piloted|tested|introduced)\b")
_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of|and|for|the|on|[A-Z][\w.'’&-]*))*?[ \t]+[A-Z][\w.'’&-]*"
# a reporting verb, then the subject and a purchase verb
_REPORTED = re.compile(r"\b(?:said|says|say|found|find|showed|shows|show|confirmed|revealed|reveal|noted|reported"
                       r"|replied|stated|answered|wrote|added|admitted|disclosed|acknowledged"
                       r"|(?:asked|asks|ask|questioned|questions|wanted[ \t]+to[ \t]+know)"
                       r"[ \t]+(?:why|whether|how|when)"
                       r"|told[ \t][^.\n]{1,40}?)(?:[ \t]+that)?[ \t]+(?:the[ \t]+)?(?P<org>" + _NAME + r")"
                       r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)?"  # "… in Havana maintains"
                       r"[ \t]+" + _PURCHASE)
# a place's police in lower case ("Assam police", "Yangon Region police") as a subject or an owner
_PLACE_POLICE = re.compile(r"(?<![\w'’])(?P<org>(?P<place>(?!The\b)[A-Z][\w-]+(?:[ \t][A-Z][\w-]+){0,2})[ \t]+police)"
                           r"(?=['’]s[ \t]|[ \t]+" + _PURCHASE + ")")
# a police force owning what follows: "X Police's …", "X Police Service's …"
_OWNER = re.compile(r"(?<![\w'’])(?:the[ \t]+|The[ \t]+)?(?P<org>(?:[A-Z][\w.-]+[ \t]+){1,4}Police(?:[ \t]+(?:Service"
                    r"|Force|Department))?|Police[ \t]+[A-Z][a-z]+)"  # "Police Scotland's"
                    r"['’]s[ \t]+(?P<owned>[^\n.,;]{3,80})")
# the owned part is a unit of the force, with a name of its own: "Kathmandu Valley Police Office bought"
_UNIT = re.compile(r"(?:[A-Z][\w-]*[ \t]+(?:(?:and|of|for)[ \t]+)?){1,6}(?:Office|Division|Department|Directorate|Unit"
                   r"|Bureau|Branch|Wing|Squad|Cell)(?=[ \t]+[a-z]|$)")


def _place(name: str) -> bool:
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named

    first = name.split()[0]
    return bool(country_of(name) or admin1_named(place_key(name)) or cities_named(place_key(name))
                or cities_named(place_key(first)) or admin1_named(place_key(first)) or country_of(first))


def owned_unit(text: str, start: int) -> int:
    """End of a unit of a force with a name of its own at ``start`` ("Kathmandu Valley Police Office bought"), or 0."""
    unit = _UNIT.match(text[start:start + 80].split("\n")[0])
    return start + unit.end() if unit else 0


def reported_buyers(window: str) -> list[tuple[int, int]]:
    """Buyer spans named inside an English sentence (see the module's docstring), in text order."""
    if not window[:400].isascii() and not re.search(r"[A-Za-z]{4}", window[:400]):
        return []
    from enrich.buyer_cues import org_like

    found = [m.span("org") for m in _REPORTED.finditer(window) if org_like(m.group("org"))]  # not "Foo Systems"
    found += [m.span("org") for m in _PLACE_POLICE.finditer(window) if _place(m.group("place"))]
    for m in _OWNER.finditer(window):
        unit = _UNIT.match(m.group("owned"))
        found.append((m.start("owned"), m.start("owned") + unit.end()) if unit else m.span("org"))
    return sorted(set(found))


_REPORTING = re.compile(r"[ \t]+(?:(?:has|had|have)[ \t]+)?(?:found|finds|said|says|reported|revealed|noted|told|argued"
                        r"|alleged|claimed)\b")


def without_reporters(window: str, spans: list[tuple[int, int]],
                      acting: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without a body that only reports on another one the same sentence names later as acting ("bought
    by X", "X paid"): "The Office of the Legislative Auditor found that a database bought by the X Police Department
    …" (the auditor bought nothing); "X said Tiandy had installed …" keeps X (a vendor acts there)."""
    out = []
    for start, end in spans:
        reporting = _REPORTING.match(window, end)
        stop = re.compile(r"\.[ \t]|\n").search(window, end)
        sentence_end = stop.start() if stop else len(window)
        if reporting and any(end < s < sentence_end for s, _ in acting):
            continue
        out.append((start, end))
    return out
