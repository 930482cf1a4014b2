"""A buyer's span without what is not its name, whichever reader found it (enrich/prose_parties.py takes every
buyer span through `refine_span`).

Why a module of its own: the trimming rules (a place after the name, a council before it, a page heading's tail,
an article) are the same for every reader and grow with every language; the readers stay about finding names.
"""
from __future__ import annotations

import re

from enrich.prose_buyers import _cues, strip_place_tail
from enrich.prose_text import ARTICLE, dateline_at


def refine_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A buyer span without what is not its name: a place after it (", Zagreb", "(Foggia)", " — CE", "of Boise,
    Idaho") and a body's members before it ("Board of Supervisors of the X", "Members of the X")."""
    lead = re.match(r"(?:Members|Board of Supervisors|Clerk|Staff|Officials|Council members) of the ", text[start:end])
    if lead:
        start += lead.end()
    dateline = dateline_at(text, start)
    if dateline and dateline.end() < end - 3:
        start = dateline.end()  # "QUITO.- El Servicio Integrado …", "АСТАНА. Акимат города Астаны"
    article = ARTICLE.match(text, start)
    head = re.match(r"[^\W\d_]+", text[article.end():end]) if article else None
    if article and head and head.group(0)[:1].isupper() and (
            head.group(0).casefold() in _cues().heads or article.group(0).rstrip() == "The"):
        start = article.end()  # "El Gobierno Municipal de …", "La Municipalidad …", "The National Police Service";
        # "Los Angeles …" keeps its own article
    council = _COUNCIL_OF.match(text, start, end)
    if council and end - council.end() >= 6:
        start = council.end()  # "Junta de Gobierno Local del Ayuntamiento de X", "Stadtrat der Stadt X": the city
    heading = _HEADING_TAIL.search(text, start, end)
    if heading and heading.start() > start:
        end = heading.start()  # "Town of Cary, North Carolina - Council Regular Meeting": a page heading's tail
    start, end = strip_place_tail(text, start, end)
    possessive = _POSSESSIVE_TAIL.search(text, start, end)
    if possessive and possessive.start() > start:
        end = possessive.start()  # "Zambia Police Service's", "Ankara Emniyet Müdürlüğü'nün"
    owner = _POSSESSOR.match(text, start, end)
    if owner and end - owner.end() >= 6:
        from enrich.places.gazetteer import country_of

        if country_of(owner.group(1)):
            start = owner.end()  # "Sri Lanka's Department of Immigration and Emigration"
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import cities_named

    tail = re.search(r"[ \t]+(?:in|of)[ \t]+[A-Z][\w'’ -]{2,30}$", text[start:end])
    head_words = len(text[start:start + tail.start()].split()) if tail else 0
    if tail and head_words >= 2 and re.match(r"[ \t]*,[ \t]*[A-Z]", text[end:end + 4]):
        if cities_named(place_key(tail.group(0).split(None, 1)[1])):
            end = start + tail.start()  # "Authority of Boise, Idaho, has signed"
    outcome = re.search(r"[ \t]+(?:по (?:итогам|результатам|поручению)|عن$)", text[start:end])
    if outcome and outcome.start() > 3:
        end = start + outcome.start()  # "Мэрия … по итогам аукциона", "وزارة الداخلية … عن": the sentence goes on
    located = re.search(r"[ \t]+(?:in|im|à|en|em|di)[ \t]+[A-ZÀ-ÞА-Я][\w'’-]{2,30}$", text[start:end])
    if located and located.group(0).split()[0] == "di" and not _MALAY_HEAD.match(text, start):
        located = None  # Italian "di" belongs to the name ("Comune di Bergamo"); Indonesian/Malay "di" is "in"
    if located and cities_named(place_key(located.group(0).split(None, 1)[1])):
        end = start + located.start()  # "Bundeskriminalamt in Wiesbaden hat …": the seat is not the name (Polish
        # and Slavic names keep theirs: "Komenda Wojewódzka Policji w Poznaniu" is the official name)
    return start, end


# Indonesian and Malay bodies, whose seat follows with "di" ("Polda Metro Jaya di Jakarta")
_MALAY_HEAD = re.compile(r"(?:Kementerian|Dinas|Polda|Polres|Polresta|Polrestabes|Kepolisian|Badan|Kantor|Pemerintah"
                         r"|Jabatan|Polis|Majlis|Dewan|Direktorat|Lembaga|Sekretariat|Satuan|Balai)\b")
# A municipality's deciding body written before the municipality itself
_COUNCIL_OF = re.compile(r"(?:Junta de Gobierno Local|Pleno|conseil municipal|Conseil municipal|Stadtrat|Gemeinderat"
                         r"|Consiglio comunale|Giunta comunale)[ \t]+(?:del?|de la|der|des|di|della)[ \t]+(?=[A-ZÀ-Þ])")
# A heading's tail after a buyer: " - Council Regular Meeting", " – City Council Agenda", " - Journal of Proceedings".
_HEADING_TAIL = re.compile(r"(?:,[^,\n]{2,30})?[ \t]+[-–—][ \t]+(?:[A-Z][\w'’]*[ \t]*)*"
                           r"(?:Council|Meeting|Agenda|Minutes|Journal|Proceedings|Session|Committee|Hearing|Item"
                           r"|Resolution)\b.*$")
# A possessive ending after a name: English 's, Turkish case endings after an apostrophe ('nün, 'ın, 'da …)
_POSSESSIVE_TAIL = re.compile(r"['’](?:s|nin|nın|nun|nün|in|ın|un|ün|na|ne|ya|ye|da|de|ta|te|dan|den|tan|ten)$")
# A country owning the name: "Sri Lanka's Department of …"
_POSSESSOR = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s[ \t]+")
