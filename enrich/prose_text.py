"""Small text helpers shared by the prose readers (enrich/prose_parties.py, enrich/prose_buyers.py, and the
dateline for enrich/places/prose.py).

Why a module of its own: both readers cut names out of running text the same way, and prose_parties calls
prose_buyers, so the shared helper lives in a leaf both import (tests/test_layers.py forbids import cycles).
"""
from __future__ import annotations

import re

TRIM = " \t,，、。．.：:;；-–—|/\\\"'“”«»"
ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Ltda|Co|Corp|Bros|Cia|Cía)|[A-Za-z]\.[A-Za-z]{1,3})\.$")
# a closing quote and the openings it closes (r39: „…“ and „…” as Baltic, Balkan and German notices write them)
CLOSING_QUOTES = {"»": "«", "”": "“„", '"': '"', "“": "„"}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the punctuation and spaces around a name; a final "." of an abbreviation ("Co.",
    "S.A.") and a closing quote that closes an opening one (ООО «Пример») belong to the name."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        if text[end - 1] == "." and ABBREVIATION_END.search(text[start:end]):
            break
        opening = CLOSING_QUOTES.get(text[end - 1])
        inside = text[start:end - 1]
        straight = opening == '"' and (inside.count('"') % 2 == 1 or "„" in inside)  # „…" closes too (r39)
        if opening and (straight if opening == '"' else any(o in inside for o in opening)):
            break
        end -= 1
    return start, end


# An article before a name ("The National Police Service", "Die Wiener Linien", "Ο Δήμος …"), but not one that
# opens a place's own name: "Los Angeles County Public Works" is no "Angeles County" (a town in the Philippines).
_PLACE_AFTER_ARTICLE = (r"(?!(?:Angeles|Vegas|Cruces|Alamos|Paso|Cajon|Alto|Salvador|Paz|Plata|Habana"
                        r"|Serena|Coruña|Havre|Mans|Rochelle|Crosse|Ceiba|Libertad|Romana|Guaira|Rioja|Palmas"
                        r"|Mochis|Cabos|Teques|Tigre|Hague|Bronx|Dalles|Haya|Mo)\b)")  # Ang Mo Kio
ARTICLE = re.compile(r"(?:The|the|La|El|Le|Les|Los|Las|A|Az|O|Os|As|Der|Die|Das|Il|Lo|De|Het|Ο|Η|Το|Οι|Ang|L['’]|D['’])"
                     r"\s*(?<=\s|'|’)" + _PLACE_AFTER_ARTICLE + r"|(?:Il|Is|It|Ir|Ix|In|L)-(?=[A-ZĊĠĦŻ])")  # Maltese
# An elided article glued to a name's next word: "District Autonome d’Abidjan", "Hôtel de Ville l'Est".
ELIDED_ARTICLE = re.compile(r"[dl]['’](?=[A-ZÀ-Þ])")


# A news dateline before the first sentence: "ACCRA - ", "DAKAR - ", "NAIROBI, 3 Dec (Reuters) - ", the Spanish
# "QUITO.- " / "ZAPOPAN, Jalisco.- ", "LAHORE: ", "АСТАНА. " (capitals), or a known town in title case and a full
# stop ("Novi Sad. Grad Novi Sad …", "Београд. Министарство …").
_CAPS = "A-ZÀ-ÞА-ЯЁЂ-ЏІЇЄҚҒҮҰҲӘӨҺ"
_DATELINE = re.compile(
    rf"[{_CAPS}][{_CAPS} .'-]{{2,30}}(?:[ \t]*\([^\n()]{{1,12}}\))?(?:,[^\n–—-]{{1,40}})?"  # "MONTERREY (N.L.) —"
    rf"(?:[ \t]+[-–—][ \t]+|\.[ \t]?[-–—][ \t]*|:[ \t]+|\.[ \t]+(?=[{_CAPS}«\"„“]))")
_TITLE_DATELINE = re.compile(rf"([{_CAPS}][^\W\d_]+(?:-[{_CAPS}][^\W\d_]+)?(?:[ \t][{_CAPS}][^\W\d_]+){{0,2}})\.[ \t]+"
                             rf"(?=[{_CAPS}«\"„“])")  # "Cluj-Napoca. Primăria …"


def dateline_at(window: str, body: int) -> re.Match[str] | None:
    """The dateline opening the body at ``body``, if any (group 0 ends where the first sentence starts)."""
    caps = _DATELINE.match(window, body)
    if caps and sum(c.isupper() for c in caps.group(0)) >= 0.6 * sum(c.isalpha() for c in caps.group(0).split(",")[0]) \
            and sum(c.isalpha() for c in caps.group(0)) >= 3:  # "U.S. Census Bureau": an abbreviation opens the name
        return caps
    title = _TITLE_DATELINE.match(window, body)
    if title:
        from enrich.places.gazetteer import place_key
        from enrich.places.geonames import cities_named

        if cities_named(place_key(title.group(1))):
            return title
    return None


# Arabic organisation names are construct chains: a head and the words that depend on it, each with the article
# (الداخلية, والجوازات), the preposition-article (لشرطة, للأمن) or, after a head that takes a place (بلدية, ولاية,
# أمانة, شرطة …), a bare place name (أمانة عمّان, لشرطة دبي). The first other word ends the name: "وقعت وزارة الداخلية
# عقداً", "أمانة عمّان الكبرى عطاءً".
_ARABIC_PLACE_HEADS = frozenset("بلدية ولاية أمانة محافظة شرطة لشرطة أمن منطقة مدينة لمدينة مديرية إمارة حكومة هيئة "
                                "مستشفى جامعة مطار الملك الأمير الشيخ".split())  # a title before a proper name too
# r41_buyers: the state a ministry belongs to, joined by ب ("in") or ل ("of"): "وزارة الداخلية بدولة الكويت", "شرطة
# عمان السلطانية", "وزارة الداخلية بمملكة البحرين", "بجمهورية مصر العربية" (README "names with their country": a
# country printed in the name is kept); the bare country name after it belongs to the name as after a place head
_ARABIC_STATE_WORDS = frozenset("بدولة لدولة بجمهورية لجمهورية بمملكة لمملكة بالمملكة للمملكة بسلطنة لسلطنة بإمارة "
                                "لإمارة دولة جمهورية مملكة سلطنة".split())
_ARABIC_WORD = re.compile(r"\S+")


def arabic_construct_end(text: str, start: int, end: int) -> int:
    """Where the Arabic organisation name in [start, end) ends (see _ARABIC_PLACE_HEADS)."""
    words = list(_ARABIC_WORD.finditer(text, start, end))
    if not words:
        return end
    last = words[0].end()
    for previous, word in zip(words, words[1:], strict=False):
        token = word.group(0)
        if token.startswith(("ال", "وال", "لل")) or (token.startswith("ل") and len(token) > 3) or (
                previous.group(0) in _ARABIC_PLACE_HEADS) or token in _ARABIC_STATE_WORDS or (
                previous.group(0) in _ARABIC_STATE_WORDS):
            last = word.end()
        else:
            break
    return last if last > words[0].end() else end  # one word is no name: keep the reading's own end


#: An article in lower case, where a subject follows a fronted place ("À Niamey, le ministère …").
LOWER_ARTICLE = re.compile(r"(?:le|la|les|l['’]|el|los|las|il|lo|o|os|a|as|die|der|das|de|het)[ \t]+(?=[^\W\d_])")
#: A place fronted before a sentence's subject: "À Niamey, ", "In Nairobi, ".
FRONTED_PLACE = re.compile(r"(?:À|A|En|In|Em|Na|No|Dans|At|Au|Im|Aan|Di|Ni)[ \t]+[A-ZÀ-Þ][^\W\d_]+"
                            r"(?:[ \t-][A-ZÀ-Þ][^\W\d_]+){0,3},[ \t]+")
#: Organisation words that close a name in languages that put them last (sv, da, no, fi).
HEAD_FINAL = frozenset({"kommun", "kommune", "kommunen", "region", "regionen", "polisen", "politi", "politiet", "stad",
                        "kaupunki", "kunta", "poliisi", "poliisilaitos", "länsstyrelse", "landsting", "адміністрація",
                        "savivaldybė", "pašvaldība", "politidistrikt", "гарвыканкам",
                        # round 18: police, ministry and city heads of lt, lv, et, hu, uz, uk, be, az
                        "departamentas", "komisariatas", "ministerija", "administracija", "policija", "pārvalde",
                        "ministrija", "linnavalitsus", "vallavalitsus", "ministeerium", "piirivalveamet",
                        "politseiamet", "rendőr-főkapitányság", "rendőrkapitányság", "rendőrség", "önkormányzat",
                        "önkormányzata", "minisztérium", "vazirligi", "boshqarmasi", "hokimligi", "rada", "рада",
                        "поліція", "упраўленне", "міліцыя", "nazirliyi", "agentliyi", "ministrligi"})
#: Turkic organisation heads end their name ("Daxili İşlər Nazirliyi Bakıda …": the town after it is no part of it).
TURKIC_HEAD_END = re.compile(r"(?:nazirliyi|müdürlüğü|belediyesi|hastanesi|başkanlığı|valiliği|hakimiyyəti"
                             r"|bələdiyyəsi|komitəsi|idarəsi|agentliyi|ministrligi|мэриясы)"
                             r"(?=[ \t]+[A-ZÇĞİÖŞÜƏА-ЯЁ«\"“])",
                             re.IGNORECASE)
#: Words inside an organisation's name (w/we: Polish seats, "Komenda … Policji w Poznaniu").
NAME_CONNECTORS = frozenset(
    "of de do da dos das del della dei degli di la le les du des d l y e et and und für fur i u za na od & the el los "
    "las lo il al au aux à a para por pour en em in im am an zu von van voor het der den dem w we dan per gli alla "
    "alle dello delle sul sulla nel nella ja í së".split())  # round 18: et/fi "ja" (and), is "í" (in); round 22: sq
# "së" ("Drejtoria e Përgjithshme e Policisë së Shtetit")


def sentence_around(text: str, start: int, end: int, clause_end: re.Pattern[str], reach: int = 250) -> str:
    """The clause around [start, end): from the last `clause_end` within `reach` before it (else `reach` back) to the
    next one after it (else `reach` on) - how the script-specific supplier readers bound a supply sentence."""
    before = [m.end() for m in clause_end.finditer(text, max(0, start - reach), start)]
    after = clause_end.search(text, end)
    return text[before[-1] if before else max(0, start - reach):after.start() if after else end + reach]
