"""A buyer's span without what is not its name, whichever reader found it (enrich/prose_parties.py takes every
buyer span through `refine_span`).

Why a module of its own: the trimming rules (a place after the name, a council before it, a page heading's tail,
an article) are the same for every reader and grow with every language; the readers stay about finding names.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import cues as _cues
from enrich.buyer_cues import org_like as _org_like
from enrich.buyer_name_parts import nameless_head, national_seat_start, strip_place_tail, sub_bureau_end
from enrich.buyer_qualifiers import country_qualifier_end, english_seat_start, lead_end, seat_tail_start
from enrich.buyer_unit_tail import unit_tail_end
from enrich.buyer_verb_tail import verb_tail_end
from enrich.kind_only_names import kind_only
from enrich.party_values import DEPARTMENT_TAIL
from enrich.prose_text import ARTICLE, dateline_at
from enrich.reported_buyers import owned_unit

# A possessive after a body's head word: what follows belongs to the body ("City of Cape Town's Safety and Security
# Directorate", "Zambia Police Service's command centre"); "Sheriff's Office", "Children's Hospital" keep theirs.
_POSSESSIVE = re.compile(r"\b(?:Police|Council|Ministry|Department|Service|Force|Authority|Government|Corporation"
                         r"|Commission|Town|City|County)(['’]s)[ \t]")


# the way a body buys, read into its name by a head word inside it (以政府购买服务方式, 通过公开招标)
_ZH_MEANS = re.compile(r"(?:以|通过|通過|采用|採用)(?:政府|公开|公開|竞争|競爭|单一|單一|邀请|邀請)")


# r41_buyers: Hungarian "with <firm>" (the comitative -val/-vel) read into a body's name: "Debrecen Megyei Jogú Város
# Önkormányzata a Hajdú Biztonságtechnika Kft.-vel kötött szerződést" (sets d, am, ap); a Hungarian body's head before
_HU_PARTNER = re.compile(r"[ \t]+az?[ \t]+[A-ZÁÉÍÓÖŐÚÜŰ][^\n]{1,80}?(?:vel|val)$")
# r41_buyers: a Russian procedure named before the body that runs it, in the genitive ("Аукцион администрации города
# Перми", "Электронный аукцион Министерства …"; sets al, am)
_RU_PROCEDURE = re.compile(r"(?:Электронный[ \t]+)?(?:[Аа]укцион|Конкурс|Тендер|Закупка|Запрос[ \t]+котировок)[ \t]+"
                           r"(?=(?:администрации|министерства|управления|департамента|комитета|мэрии|правительства"
                           r"|ГУ|МКУ|ГКУ|МВД|ГУВД|УМВД)\b)", re.IGNORECASE)
_HU_HEAD = re.compile(r"(?i)önkormányzat|rendőr|hivatal|minisztérium|kórház|egyetem|igazgatóság|főkapitányság")


def refine_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A buyer span without what is not its name: a place after it (", Zagreb", "(Foggia)", " — CE", "of Boise,
    Idaho") and a body's members before it ("Board of Supervisors of the X", "Members of the X")."""
    if text[start:start + 1] in _BARE_UNITS and (start == 0 or not _CJK.match(text, start - 1)):
        return _county_named(text, start, end)
    own = (_OWN_NAME_AFTER.match(text, end) or _OWN_NAME_NEAR.match(text, end)) if not _CJK.search(
        text, start, end) else None
    if own:
        return own.span(1)  # "the Lop County Public Security Bureau (洛浦县公安局)": the body's own name
    company = _QUOTED_COMPANY.search(text, start, end)
    if company and company.start() - start >= 6:
        end = company.start()  # "Ichki ishlar vazirligi "Chorsu Data" MChJ bilan …": the firm it contracts with
    procedure = _RU_PROCEDURE.match(text, start, end)
    if procedure and end - procedure.end() >= 6:
        start = procedure.end()  # r41_buyers: "Аукцион администрации города Омска на …": whose auction, not its name
    partner = _HU_PARTNER.search(text, start, end)
    if partner and _HU_HEAD.search(text, start, partner.start()):
        end = partner.start()  # r41_buyers: "X Önkormányzata a Y Kft.-vel kötött szerződést": the firm it contracts
    end = sub_bureau_end(text, start, end) if _CJK.match(text, start) else end  # round 27: "X市公安局Y分局"
    means = _ZH_MEANS.search(text, start, end) if _CJK.match(text, start) else None
    if means and means.start() - start >= 4:
        end = means.start()  # round 28: "X分局以政府购买服务方式委托…": how it buys, not its name
    inner = _ZH_INNER_LEAD.search(text, start, end) if _CJK.match(text, start) else None
    if inner and end - inner.end() >= 4:
        start = inner.end()  # "X行政公署下属单位X公安局", "公司于近日收到X办公室": the unit, not its parent or receiver
    lead = _LEAD.match(text[start:end])
    if lead and end - start - lead.end() >= (4 if _CJK.match(text, start) else 6):
        start += lead.end()
    sentence = _SENTENCE_INSIDE.search(text, start, end)
    if sentence and sentence.start() - start >= 6:
        end = sentence.start()  # "Hessisches Ministerium des Innern, Wiesbaden. Beschafft wurden …": the next sentence
    dateline = dateline_at(text, start)
    if dateline and dateline.end() < end - 3:
        start = dateline.end()  # "QUITO.- El Servicio Integrado …", "АСТАНА. Акимат города Астаны"
    fronted = _FRONTED_TOWN.match(text, start, end)
    if fronted and end - fronted.end() >= 6 and not _org_like(fronted.group(1)) and _is_town(fronted.group(1)):
        start = fronted.end()  # "Lusaka — The Ministry of …": a dateline in mixed case, the town alone
    article = ARTICLE.match(text, start)
    head = re.match(r"[^\W\d_]+", text[article.end():end]) if article else None
    if article and head and head.group(0)[:1].isupper() and (
            head.group(0).casefold() in _cues().heads or article.group(0)[:1].isupper()):
        start = article.end()  # "El Gobierno Municipal de …", "La Municipalidad …", "The National Police Service",
        # "Die Kantonspolizei Zürich"; "Los Angeles …" keeps its own article
    council = _COUNCIL_OF.match(text, start, end)
    if council and end - council.end() >= 6:
        start = council.end()  # "Junta de Gobierno Local del Ayuntamiento de X", "Stadtrat der Stadt X": the city
    heading = _HEADING_TAIL.search(text, start, end)
    if heading and heading.start() > start:
        end = heading.start()  # "Town of Cary, North Carolina - Council Regular Meeting": a page heading's tail
    joint = JOINT_BODY.search(text, start, end)
    second = re.match(r"[^\W\d_]+", text[joint.end():end]) if joint else None
    acronym = second is not None and second.group(0).isupper() and len(second.group(0)) > 1  # "… y el ECU 911"
    if joint and second and joint.start() - start >= 6 and (second.group(0).casefold() in _cues().org_words
                                                            or acronym):
        end = joint.start()  # "La Ville de Luxembourg et la Police grand-ducale étendent": the first body
    department = DEPARTMENT_TAIL.search(text, start, end)
    if department and department.start() - start >= 6:
        end = department.start()  # "Ayuntamiento de Málaga, Área de Seguridad": the body, not its department
    possessive = _POSSESSIVE.search(text, start, end)
    if possessive and possessive.start(1) - start >= 6 and _org_like(text[start:possessive.start(1)]):
        unit = owned_unit(text, possessive.end())  # round 23: "Nepal Police's Kathmandu Valley Police Office": the unit
        start, end = (possessive.end(), unit) if unit and unit <= end else (start, possessive.start(1))
        # "Telangana Police's Hyderabad command centre": the body that owns it
    elif re.match(r"['’]s[ \t]", text[end:end + 3]) and _org_like(text[start:end]) and (
            unit := owned_unit(text, end + 3)):
        start, end = end + 3, unit  # a span that stopped at the owner's "'s"
    start, end = strip_place_tail(text, start, end)
    postposition = _URDU_POSTPOSITION.search(text, start, end)
    if postposition and postposition.start() - start >= 4:
        end = postposition.start()  # "پنجاب سیف سٹیز اتھارٹی نے": the ergative marker after the name
    if text[end:end + 1] in "”“" and text[start:end].count("„") > text[start:end].count("”"):
        end += 1  # "Spitalul … „Sf. Spiridon”": the closing quote of a quoted part of the name
    particle = _DANGLING_PARTICLE.search(text, start, end)
    if particle and particle.start() - start >= 4:
        end = particle.start()  # Pashto "د کابل ښاروالۍ د …": the next phrase's "of", not part of the name
    possessive = _POSSESSIVE_TAIL.search(text, start, end)
    if possessive and possessive.start() > start:
        end = possessive.start()  # "Zambia Police Service's", "Ankara Emniyet Müdürlüğü'nün"
    inside = _POSSESSIVE_INSIDE.search(text, start, end)
    if inside and inside.start() - start >= 6 and _org_like(text[start:inside.start()]):
        end = inside.start()  # round 24: "Ministry of Health's 'FaceGuard' tender", "Bursa Valiliği'nin, …": the owner
    plural = _PLURAL_POSSESSIVE.search(text, start, end)
    if plural and plural.start(1) - start >= 6 and _org_like(text[start:plural.start(1)]):
        end = plural.start(1)  # round 26: "Ministry of Home Affairs’ Safe Country programme": the owner
    opened = _unclosed_quote(text[start:end])
    closing = re.match(r"[^\n.;:!?«»“”„\"]{1,60}?[" + opened + "]", text[end:end + 62]) if opened else None
    if closing:
        end += closing.end()  # round 26: "ГКУ НСО «Безопасность дорожного движения»": a quoted name read whole
    owner = _POSSESSOR.match(text, start, end)
    if owner and end - owner.end() >= 6:
        from enrich.places.gazetteer import country_of

        if country_of(owner.group(1)):
            start = owner.end()  # "Sri Lanka's Department of Immigration and Emigration"
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import cities_named

    tail = re.search(r"[ \t]+(?:in|of)[ \t]+[A-Z][\w'’ -]{2,30}$", text[start:end])
    head_words = len(text[start:start + tail.start()].split()) if tail else 0
    if tail and head_words >= 2 and re.match(r"[ \t]*,[ \t]*[A-Z]", text[end:end + 4]) and _org_like(
            text[start:start + tail.start()]) and not nameless_head(text[start:start + tail.start()]) and not kind_only(
            text[start:start + tail.start()]):
        # "City Council of Decatur, Illinois", "Library Board of Madison, Wisconsin" keep their town
        town = tail.group(0).split(None, 1)[1]
        if cities_named(place_key(town)) and town.casefold() not in _cues().org_words:  # not "Bureau of Police"
            end = start + tail.start()  # "Authority of Boise, Idaho, has signed"
    outcome = re.search(r"[ \t]+(?:по (?:итогам|результатам|поручению)|عن$)", text[start:end])
    if outcome and outcome.start() > 3:
        end = start + outcome.start()  # "Мэрия … по итогам аукциона", "وزارة الداخلية … عن": the sentence goes on
    located = re.search(r"[ \t]+(?:in|im|à|en|em|di)[ \t]+[A-ZÀ-ÞА-Я][\w'’-]{2,30}$"
                        r"|[ \t]+in[ \t]+[A-Z][\w'’-]{2,30}(?:[ \t][A-Z][\w'’-]+){1,2}$",  # "in Salt Lake City"
                        text[start:end])
    if located and located.group(0).split()[0] == "di" and not _MALAY_HEAD.match(text, start):
        located = None  # Italian "di" belongs to the name ("Comune di Bergamo"); Indonesian/Malay "di" is "in"
    if located and cities_named(place_key(located.group(0).split(None, 1)[1])):
        end = start + located.start()  # "Bundeskriminalamt in Wiesbaden hat …": the seat is not the name (Polish
        # and Slavic names keep theirs: "Komenda Wojewódzka Policji w Poznaniu" is the official name)
    else:
        end = english_seat_start(text, start, end)  # r34b_buyers: "Metro Transit in St. Louis", "… in Papua Province"
    end = national_seat_start(text, start, end)  # round 27: "Komenda Główna Policji w Warszawie"
    start = lead_end(text, start, end)  # "В Казани МВД …", "東京の警視庁", "An audit found that X"
    end = seat_tail_start(text, start, country_qualifier_end(text, start, end))  # "… tunisien", "… tại Huế"
    if _BASQUE_ERGATIVE.search(text, start, end):
        end -= 1  # "Donostiako Udalak jarriko ditu": the ergative -k of the subject, not the name (Udala)
    end = verb_tail_end(text, start, end)  # r35: "עיריית חיפה רכשה", "富山市は", "… Čačka dodelila", "… Kedacom"
    return start, _acronym_country_end(text, start, unit_tail_end(text, start, end))  # r31b: "The Nairobi County
    # education department installed"


# r41_buyers: a bracketed acronym, then the country that is part of the name (README "names with their country"):
# "National Identification Authority (NIDA) of Tanzania ordered …" (set ao)
_ACRONYM_COUNTRY = re.compile(r"[ \t]*\([A-Z][A-Z0-9&-]{1,9}\)[ \t]+of[ \t]+(?:the[ \t]+)?"
                              r"([A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,3})")


def _acronym_country_end(text: str, start: int, end: int) -> int:
    after = _ACRONYM_COUNTRY.match(text, end)
    if after is None or end - start < 6 or not text[start:end].isascii():
        return end
    from enrich.places.gazetteer import country_of

    country = country_of(after.group(1))
    return after.end() if country and country[1] is None else end


# round 20: a quoted firm's name with its legal form, after a body's name (a comitative or object the span ran
# into): the form after the quotes ("Xəzər Vizyon" MMC, «Smart Vision» LLP) or before them (ООО «…», TOV "…")
_LEGAL_FORMS = (r"MChJ|XK|QK|AJ|MMC|ASC|QSC|LLC|LLP|Ltd|JSC|PJSC|SRL|S\.R\.L\.|S\.A\.?|SA|d\.o\.o\.|s\.r\.o\.|a\.s\."
                r"|sp\. z o\.o\.|Kft\.|Zrt\.|Nyrt\.|OÜ|UAB|SIA|GmbH|AG|EOOD|OOD|ShPK|Sh\.p\.k\.|Sdn Bhd|Bhd"
                r"|ООО|ОАО|ЗАО|ПАО|АО|ТОО|ТОВ|ПрАТ|ЖШС|ХХК|ЕООД|ООД|TOV|TOO|ХК")
_QUOTED = r"[\"“«„][^\"”»“\n]{2,60}[\"”»“]"
_QUOTED_COMPANY = re.compile(r"[ \t]+(?:" + _QUOTED + r"[ \t]*(?:" + _LEGAL_FORMS + r")|(?:" + _LEGAL_FORMS
                             + r")[ \t]*" + _QUOTED + r")(?!\w)")

_FRONTED_TOWN = re.compile(r"([A-Z][\w'’.]+(?:[ \t][A-Z][\w'’.]+){0,2})[ \t]+[—–][ \t]+(?=[A-ZÀ-Þ])")


def _is_town(name: str) -> bool:
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import cities_named

    return bool(cities_named(place_key(name)) or country_of(name))


_BASQUE_ERGATIVE = re.compile(r"(?:Udala|Aldundia|Jaurlaritza|Ertzaintza|Gobernua|Batzordea|Saila)k$")


_BARE_UNITS = frozenset("县市区旗")
_OWN_NAME_AFTER = re.compile(r"[ \t]*[（(]([\u4e00-\u9fff]{2,30}(?:局|委|厅|院|处|所|中心|政府|大队|支队|分局|办公室))"
                             r"[)）]")
# round 19: the own name after the English description the span began ("the Chengguan District public security
# bureau of Lhasa (拉萨市城关区公安分局)"): a few lower-case or place words, then the bracketed name
_OWN_NAME_NEAR = re.compile(r"(?:[ \t]+(?:[a-z][\w'’-]*|of|[A-Z][a-z]+)){1,6}?[ \t]*[（(]([\u4e00-\u9fff]{2,30}"
                            r"(?:局|委|厅|院|处|所|中心|政府|大队|支队|分局|办公室))[)）]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# round 20: what runs before a Chinese buyer's own name inside a span: its parent's "subordinate unit", a receiving verb
_ZH_INNER_LEAD = re.compile(r"(?:下属|下屬|所属|所屬|直属|直屬)(?:单位|單位|机构|機構)"
                            r"|(?:收到|接到|收悉)(?=[\u4e00-\u9fff]{4})"
                            # r31b_buyers31b: a council that hears the body's report, an overseer or a legislator
                            # who censures or questions it ("县人大常委会第十二次会议听取X县公安局…的报告",
                            # "監察院糾正X政府警察局", "X市議員於定期會質詢X政府警察局"): the body heard
                            r"|(?:听取了?|聽取了?|糾正|纠正|(?:議員|议员|立委)[\u4e00-\u9fff]{0,8}?(?:質詢|质询|質疑|质疑))"
                            r"(?=[\u4e00-\u9fff]{4})")


def _county_named(text: str, start: int, end: int) -> tuple[int, int]:
    """A Chinese buyer a headline names without its county ("县委政法委：…"), where the text names it in full
    ("记者从静乐县委政法委获悉"): that fuller mention, the county's own name checked in GB/T 2260."""
    from enrich.places.china import _resolve_china

    name = text[start:end]
    for m in re.finditer(r"[\u4e00-\u9fff]{2,5}" + re.escape(name), text):
        for size in range(2, 6):
            head = m.end() - len(name) - size
            if head < m.start():
                break
            county = text[head:m.end() - len(name) + 1]
            hit = _resolve_china(county)
            if hit and hit[1] == 0 and hit[2] == len(county):
                return head, m.end()
    return start, end


# What opens a span before the name: a body's members, a resolution's "WHEREAS the", an agenda item's verb
_LEAD = re.compile(r"(?:Members|Board of Supervisors|Clerk|Staff|Officials|Council members) of the |WHEREAS,?[ \t]+"
                   r"(?:the[ \t]+)?|(?:Authoriz|Authoris|Approv)(?:e|es|ing)[ \t]+(?:the[ \t]+)?"
                   r"|Mae[ \t]+(?=[A-Z])"   # Welsh "Mae Cyngor Dinas …" ("is")
                   r"|[A-Z][\w'’. -]{1,40}?-based[ \t]+(?=[A-Z])"  # round 19: "Cardiff-based X Police": its seat
                   # round 24: a source with a postposition "according to" (ur, hi, bn) read into the span
                   r"|[^\n،,.]{1,40}?[ \t]+(?:کے[ \t]+مطابق|के[ \t]+अनुसार|অনুযায়ী)[،,]?[ \t]+"
                   r"|(?:本?项目)?(?:采购人|采购单位|招标人)(?:为|是)?(?=[\u4e00-\u9fff]{4})"  # a label read into it
                   # round 27: a councillor who questions the body ("X縣議員質疑X縣政府社會處擬…"), "项目由X实施"
                   r"|[\u4e00-\u9fff]{0,8}?(?:議員|议员|立委|委員|委员|代表)(?:質疑|质疑|質詢|质询|批評|批评|指出)"
                   r"(?=[\u4e00-\u9fff]{4})|(?:本?(?:项目|項目))由(?=[\u4e00-\u9fff]{4})")
# A sentence that ends inside a span: a full stop, then a capitalised word and a lower-case one
_SENTENCE_INSIDE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)(?<!\bNo)\.[ \t]+"
                              r"(?=[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+[a-zà-ÿ])")
# A second body joined to the first with an article: "… et la Police …", "… and the Sheriff's Office …", "Stadt
# Mannheim und das Polizeipräsidium …" (also enrich/oversight_buyers.py)
JOINT_BODY = re.compile(r"[ \t]+(?:et|and|y|und|e|i)[ \t]+(?:la|las|le|les|the|el|los|die|der|das|os|as|o|a)[ \t]+"
                        r"(?=[A-ZÀ-Þ])")
# A particle that opens the next phrase, read into the end of a name of a script without capitals (ps "د": "of")
_DANGLING_PARTICLE = re.compile(r"[ \t]+د$")
# Urdu case markers after a name (no capitals show where it ends)
_URDU_POSTPOSITION = re.compile(r"[ \t]+(?:نے|کی|کا|کے|کو)$")


# Indonesian and Malay bodies, whose seat follows with "di" ("Polda Metro Jaya di Jakarta")
_MALAY_HEAD = re.compile(r"(?:Kementerian|Dinas|Polda|Polres|Polresta|Polrestabes|Kepolisian|Badan|Kantor|Pemerintah"
                         r"|Jabatan|Polis|Majlis|Dewan|Direktorat|Lembaga|Sekretariat|Satuan|Balai)\b")
# A town's own body named after its council: "Stadtrat der Stadt X", "Junta de Gobierno del Ayuntamiento de X"
_TOWN_BODY = (r"(?:Ayuntamiento|Ajuntament|Concello|Cabildo|Diputaci[óo]n|Excmo\.|\w{0,20}[Ss]tadt"
              r"|Gemeinde|Markt|Ville|Commune"
              r"|Comune|Citt[àa]|City|Town|Village|County|Municipalidad|Municipio|Prefeitura|Munic[ií]pio)\b")
# A municipality's deciding body written before the municipality itself
_COUNCIL_OF = re.compile(r"(?:(?:Junta de Gobierno Local|Junta de Gobierno(?=[ \t]+del?[ \t]+(?:Excmo\.[ \t]+)?"
                         r"(?:Ayuntamiento|Ajuntament|Concello|Cabildo|Diputaci[óo]n))"
                         r"|Pleno|conseil municipal|Conseil municipal|Stadtrat"
                         r"|Gemeinderat|Consiglio comunale|Giunta comunale|(?:City|Town|Village|County) Council)[ \t]+"
                         r"(?:del?|de la|der|des|di|della|of the)"
                         # round 27: "Board of the Chicago Transit Authority": the body the board governs buys
                         r"|Board(?:[ \t]+of[ \t]+Directors)?[ \t]+of[ \t]+the"
                         r"(?![ \t]+(?:County|City|Town)[ \t]+(?:Commissioners|Supervisors|Selectmen)))"
                         r"[ \t]+(?=[A-ZÀ-Þ])"
                         # r35b_buyers: a council's town alone is no body ("Le conseil municipal de Vierzon décide":
                         # sets ai, ak, t label the council as written); the town's body after it is ("der Stadt X")
                         r"(?:(?<!Board of the )(?<!Directors of the )(?=" + _TOWN_BODY + r")|(?<=of the ))")
# A heading's tail after a buyer: " - Council Regular Meeting", " – City Council Agenda", " - Journal of Proceedings".
_HEADING_TAIL = re.compile(r"(?:,[^,\n]{2,30})?[ \t]+[-–—][ \t]+(?:[A-Z][\w'’]*[ \t]*)*"
                           r"(?:Council|Meeting|Agenda|Minutes|Journal|Proceedings|Session|Committee|Hearing|Item"
                           r"|Resolution)\b.*$")
# A possessive ending after a name: English 's, Turkish case endings after an apostrophe ('nün, 'ın, 'da …)
_POSSESSIVE_TAIL = re.compile(r"['’](?:s|nin|nın|nun|nün|in|ın|un|ün|na|ne|ya|ye|da|de|ta|te|dan|den|tan|ten)$")
# A possessive or Turkish case ending inside a span, before what the body owns or does: "'s" before a quote or a word
# in lower case ("Ministry of Health's 'FaceGuard'"), "'nün," / "'nin " ("İzmir Emniyet Müdürlüğü'nün, Basmane …");
# "Children's Hospital", "Department of Children's Services" (a capital follows) keep theirs.
_POSSESSIVE_INSIDE = re.compile(r"['’](?:s(?=[ \t]+[\"'‘“«a-z])|(?:nin|nın|nun|nün|in|ın|un|ün|nda|nde|ndan|nden|na|ne"
                                r"|ya|ye|da|de|ta|te|dan|den|tan|ten)(?=[ \t,]))")
# A plural head word's possessive (round 26): "Ministry of Home Affairs’ Safe Country programme" - what follows is
# the owner's; "Department of Veterans’ Affairs" (no head word before the apostrophe) keeps its own
_PLURAL_POSSESSIVE = re.compile(r"\b(?:Affairs|Services|Forces|Works|Resources|Communications|Relations|Prisons)"
                                r"(['’])[ \t]+(?=[\"'‘“A-Za-z])")


def _unclosed_quote(name: str) -> str:
    """The closing marks of a quote the name opens and does not close ("" when every quote is closed)."""
    if name.count("«") > name.count("»"):
        return "»"
    if "„" in name:
        return "“”" if name.count("„") > name.count("“") + name.count("”") else ""
    return "”" if name.count("“") > name.count("”") else ""


# A country owning the name: "Sri Lanka's Department of …"
_POSSESSOR = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s[ \t]+")
