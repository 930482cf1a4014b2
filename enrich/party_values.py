"""Where a labelled party value ends and what of it is the organisation's name (enrich/parties.py reads the
labels): line ends, the next label, table separators, a Chinese name's end, a Latin street address, the buyer's
town or state written after its name, placeholders, several Chinese organisations in one value."""
from __future__ import annotations

import re

_STOP_PREFIXES = ("地址", "联系", "电话", "金额", "中标", "成交", "报价", "统一社会信用代码", "行政区域", "代理")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_ORG_END_CJK = re.compile(
    r"(公司|局|院|校|学|中心|委员会|委|队|所|厅|部|办公室|办|政府|医院|站|馆|集团|会|社|行|处|科|室|中学|小学|"
    r"监狱|看守所|大队|支队|分局|总队|管委会|街道|镇|乡|村|场|厂|店|台|园|区|协会|联社|合作社|事务所|单位)$"
)
_PLACEHOLDERS = {"无", "/", "-", "—", "——", "n/a", "na", "none", "详见附件", "见附件", "详见公告", "不适用", "*", "***"}

# A sentence end followed by the next label ends the value: "Essex Police. Description: …", 采购人：X。采购内容：…
# (a 。 never sits inside an organisation's name; the label after ". " holds no full stop, so "St. Louis County"
# or "U.S. Customs" are not cut). r40b: after a Chinese name a 。 ends it also before Latin text
# ("采购人：X县图书馆。RFID…").
# Written as the first characters' class, then each alternative's rest behind a look-behind for its own first
# character (in the same order: the same matches): `re` skips to a leading class, but tries a leading alternation
# whose parts do not all open with a literal at every position (~120 values a 16 KB notice: 3.1 → 1.4 µs each).
# Round 17 (the last alternative): a full stop after a word of 4+ letters (no abbreviation: "St.", "U.S.", "Dept.")
# or a closing quote, then a new sentence ("South Wales Police. Lot 1 — …", "X, Wiesbaden. Beschafft wurden …",
# "ГБУЗ «X». Поставка …").
_VALUE_END_RE = re.compile(r"[\s|｜；;。<.](?:(?<=[\r\n\t])|(?<=\s)\|\s?|(?<=[|｜])|(?<= ) +|(?<=[\u3000；;])"
                           r"|(?<=。)(?![A-Za-z])|(?<=[\u4e00-\u9fff]。)|(?<=<)(?=/?[A-Za-z])"
                           r"|(?<=\.)[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\n:：.]{2,40}[:：])"  # КП «X». Предмет закупівлі: …
                           r"|(?<=[ \t])[ \t]*(?=Section [IVX]+[ \t]*[:.])"  # the next section, on the same line
                           r"|(?<=, [A-Z]{2}\.)[ \t]+(?=[A-Z][a-z])"  # "X, Arlington, VA. Replacement of …" (round 22)
                           r"|(?:(?<=[^\W\d_]{4}\.)(?<!Dept\.)(?<!Govt\.)(?<!Corp\.)(?<!Assn\.)(?<!Intl\.)(?<!Natl\.)"
                           r"|(?<=[»”\"]\.))[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄČŠŽĆĐŁ][^\s.:：]*"
                           r"(?:[ \t]+[^\s.]|\.[ \t]+[A-ZА-Я])))")
# (round 26: a one-word sentence after the value ends it as well: "Authority: X miesto savivaldybė. Award. Object: …")
# A legal form closing a sentence: "Contractor: Summit Video LLC. Not to exceed $960,000." ends after "LLC."
_LEGAL_FORM_SENTENCE_END = re.compile(r"\b(?:LLC|Inc|Ltd|Corp|GmbH|Pty|Pvt|Ltda|Cía)\.(?=[ \t]+[A-Z][a-z])"
                                     r"(?![ \t]+Ltda\b)")  # (not "Cía. Ltda.")
_LATIN_ADDRESS_RE = re.compile(r",\s*(?:\d|P\.?O\.? Box|c/|calle|rua|av\.|avenida|rue|straße|str\.|ул\.)", re.I)
# a building or street after the comma: "X, County Hall, Carrigrohane Road", "X, Wellington House, Leeds"
_LATIN_PREMISES_RE = re.compile(r",[ \t]*(?:(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:House|Hall|Road|Street|Avenue|Square"
                                r"|Lane|Building|Tower|Court|Centre|Center|Quay|Wharf|Parade|Terrace|Crescent|Boulevard)\b|(?:Plaza|Place|Piazza|Praça|Carrer|Paseo|Passeig)"
                                r"[ \t]+(?:de|del|la|du|della|do|da)?\b)")
_TRAILING_JUNK = " \t,，、。．.：:;；-–—|/\\()（）[]【】\"'“”"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]{1,5}\.)+$")
# A value cut at ". Next label:" keeps the full stop of a legal-form abbreviation: "Prahy, a.s.", "Acme Ltd."
_ABBREVIATION_BEFORE_STOP = re.compile(
    r"(?:\b[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$|\b(?:Ltd|Inc|Corp|Co|Bhd|Pte|Pvt|Pty|Sdn|Cía|Cia|Ltda|Jr|Sr)$")
# The buyer's town or state after its name: "Hellenic Police Headquarters, Athens", "Prefeitura de X (SP)"
_BUYER_TOWN_TAIL = re.compile(r",[ \t]*(?P<town>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-Þ][^\W\d_]+){0,2})$")
_BUYER_STATE_TAIL = re.compile(r"[ \t]+\([A-Z]{2}\)$")
# The buyer's town or country in brackets after its name (round 22): "X (Essen)", "X (г. Москва)", "X, Athlone
# (Ireland)", "X (Clarksburg, WV)" - a GeoNames town, a country, or a town before a two-letter state only, so
# "(C5)", "(PDRM)", "(Police and Border Guard Board)" stay.
_BUYER_PLACE_BRACKET = re.compile(r"[ \t]+\((?:г\.[ \t]*)?(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-ÞА-ЯЁ]"
                                  r"[^\W\d_]+){0,2})(?P<state>,[ \t]*[A-Z]{2})?\)$")
# r37b, folded here from enrich/buyer_place_notes.py in r38_buyers: a province, department or state after the name,
# in brackets or as a phrase naming it ("GAD Municipal del Cantón Cuenca (Azuay)", "Communauté d'agglomération du
# Pays Basque, Bayonne (Pyrénées-Atlantiques)", "…, provincia de Tungurahua", "… (departamento de Cusco)"):
# tests/eval/README.md "names with their country" (20:26, part 3) leaves an address or place note after the name out.
# A country after a comma stays ("Ministry of Interior, Kenya" may be the name as printed); not a district or
# canton ("U.S. Marshals Service, District of Arizona" names a unit by its district).
_REGION_WORDS = (r"(?i:provincia|province|departamento|département|department|estado|state|región|region)[ \t]+"
                 r"(?i:de[ \t]+la|de[ \t]+los|del|des|de|du|of|d['’])?[ \t]*")
_PLACE_WORDS = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ \t'’-]+[^\W\d_]+){0,4}"
_REGION_NOTE = re.compile(rf"(?:,[ \t]*(?P<phrase>{_REGION_WORDS})?(?P<comma>{_PLACE_WORDS})"
                          rf"|[ \t]+\((?:{_REGION_WORDS})?(?P<bracket>{_PLACE_WORDS})\))[ \t.]*$")
# A note in lower case after the name says how it buys, not who it is: "Stad X, Lokale Politie X (joint procurement)"
_LOWER_NOTE_TAIL = re.compile(r"[ \t]+\((?:[a-z][a-z-]+[ \t]?){1,4}\)$")
# A department after the body's comma ("Ville de Marseille, Direction de la Sécurité"): the accounts of sets k and l
# label the body (two older labels of set 12 keep the department). Read here and by enrich/buyer_span.py.
DEPARTMENT_TAIL = re.compile(r",[ \t]*(?:Área|Area|Direction|Dirección|Direccion|Fachbereich|Department|Abteilung"
                             r"|Sous-direction|Division|División)\b")

# A company's legal form, then a comma and more: the name ended at the legal form (an address line follows).
_LEGAL_FORM_THEN_ADDRESS = re.compile(r"(?<=\w )(?:Ltd|Limited|Inc|LLC|PLC|plc|GmbH|S\.A\.S|S\.A|S\.L|B\.V|N\.V"
                                      r"|Pty Ltd|Pvt Ltd)\.?(?=,[ \t]*[A-Z0-9])")
_LEGAL_FORM_TOKEN_RE = re.compile(
    r"(?:inc|incorporated|ltd|limited|llc|l\.l\.c|corp|co|s\.?\s?a|s\.?\s?l|s\.?\s?l\.?\s?u|s\.?\s?a\.?\s?u|sas|"
    r"s\.?r\.?l|ltda|gmbh|ag|kg|plc|b\.?v|n\.?v|d\.?o\.?o|a\.?s|ab|oy|spa|s\.?p\.?a|lp|llp|pty|me|epp|eireli)"
    r"\b\.?", re.IGNORECASE)


_COMMA_RE = re.compile(r",\s*")
_BRACKETED = re.compile(r"\([^()]*\)")  # a figure in brackets is no street number: "… de México (C5)" (round 22)
_DIGIT_RE = re.compile(r"\d")


def drop_latin_address(segment: str) -> str:
    """Cut "Name, 123 Main St" / "Name GmbH, Musterstraße 1" after the name; keep ", Inc." / ", S.L."."""
    if "," not in segment:
        return segment  # the common case, without a scan
    for comma in _COMMA_RE.finditer(segment):
        rest = segment[comma.end():]
        if _LEGAL_FORM_TOKEN_RE.match(rest):
            continue
        if (_LATIN_ADDRESS_RE.match(segment, comma.start()) or _DIGIT_RE.search(_BRACKETED.sub("", rest))
                or _LATIN_PREMISES_RE.match(segment, comma.start())):
            return segment[: comma.start()]
    return segment


_SPACE_SPLIT_RE = re.compile(r"(\s)")


def _first_cjk_name(segment: str) -> str:
    """A Chinese value ends at whitespace - unless OCR spaced out one name (杭州 海康威视 数字技术 有限公司)."""
    chunks = _SPACE_SPLIT_RE.split(segment)
    first = chunks[0]
    if _ORG_END_CJK.search(first) or len(chunks) == 1:
        return first
    taken = first
    for index in range(1, len(chunks) - 1, 2):
        chunk = chunks[index + 1]
        if not chunk or not _CJK_CHAR.match(chunk[0]) or len(chunk) > 8 or len(taken) > 40:
            break
        if any(chunk.startswith(label) for label in _STOP_PREFIXES):
            break
        taken += chunks[index] + chunk
        if _ORG_END_CJK.search(chunk):
            return taken
    return first


# A Chinese public body's name, then a comma and a clause that names no second body (r35: a corrigendum's "采购人：X县
# 公安局，其他内容不变"); "A局，B局" stays a list for `_split_several`
_BODY_THEN_CLAUSE = re.compile(r"[\u4e00-\u9fff]{3,30}?(?:局|委员会|委員會|人民政府|政府|署|处|處|厅|廳"
                               r"|办公室|辦公室|大队|大隊)(?=，(?![^，。；]{0,30}(?:局|委员会|委員會|政府|署|处|處|厅|廳|公司)(?:[，。；]|$)))")


# A bracket after a winner's name that says something about it (the brand it offered, a consortium member, its bid):
# the vendor named inside is read by enrich/vendor_links.py with its own cue.
_BRACKET_NOTE = re.compile(
    r"[（(](?=[^（）()]{0,12}(?:品牌|联合体|聯合體|成员|成員|制造商|厂商|廠商|报价|報價|所投|产品|產品|设备|設備|型号|型號"
    r"|平台|软件|軟體|算法|引擎)[^（）()]*[：:])")


# A Chinese company name, then a comma and a clause of its own that names no second company (the price, the term, the
# fee: "X有限公司，成交价¥1,260,000元", "X有限公司，三年服务费…"): the value ends with the name (round 28). A second
# company after the comma is a list ("A有限公司，B有限公司"), left to `_split_several`.
_COMPANY_THEN_CLAUSE = re.compile(
    r"(?:公司|集团|集團|事务所|事務所)[)）]?"  # (an unbalanced closing bracket is trimmed with the junk after)
    r"(?=\s*[，,]\s*[\u4e00-\u9fff](?![^，,；;。\n]{0,40}?(?:公司|集团|集團|事务所|事務所)))")


def _cut_value(text: str, value_start: int, limit: int) -> tuple[int, int]:
    """Where the value after a label ends: line end, next label, table separator, or (Chinese) whitespace."""
    end = min(limit, len(text), value_start + 300)
    segment = text[value_start:end]
    # the stop may hold the next label itself (". Recipient:"), which lies past a limit set at that label
    # (searched in place: the pattern has no look-behind or anchor, so text's bounds act as a slice's would)
    stop = _VALUE_END_RE.search(text, value_start, min(len(text), end + 60))
    if stop and stop.start() - value_start <= len(segment):
        cut = stop.start() - value_start
        keep_stop = stop.group().startswith(".") and _ABBREVIATION_BEFORE_STOP.search(segment[:cut])
        # the full stop of "S.A." may lie at the next label's own start, past `limit`: taken from the text
        segment = text[value_start:value_start + cut + 1] if keep_stop else segment[:cut]
    legal_end = _LEGAL_FORM_SENTENCE_END.search(segment) if "." in segment else None  # (opens with \b: no skip)
    if legal_end:
        segment = segment[: legal_end.end()]
    if segment and _CJK_CHAR.match(segment[0]):
        segment = _first_cjk_name(segment)
    tail = _COMPANY_THEN_CLAUSE.search(segment) if "，" in segment or "," in segment else None
    if tail:
        segment = segment[:tail.end()]  # "X有限公司，成交价¥1,260,000元", "X（Y股份有限公司），決標金額…": a clause
    body = _BODY_THEN_CLAUSE.match(segment) if "，" in segment else None
    if body:
        segment = segment[:body.end()]  # r35: "采购人：X县公安局，其他内容不变": a public body, then a clause
    segment = drop_latin_address(segment)
    for opening, closing in (("（", "）"), ("(", ")")):
        at = segment.rfind(opening)
        if at > 0 and closing not in segment[at:]:
            segment = segment[:at]  # "X有限公司（投标报价：9,218,600.00元）" cut at its comma: the bracket is no name
    note = _BRACKET_NOTE.search(segment) if "(" in segment or "（" in segment else None
    if note and note.start() > 0:
        segment = segment[:note.start()]  # "X有限公司（设备品牌：科达）", "（联合体成员：Y）": a note, not the name
    start = value_start
    # trim
    stripped_left = segment.lstrip(_TRAILING_JUNK)
    start += len(segment) - len(stripped_left)
    segment = stripped_left
    while segment:
        if segment[-1] == "." and _ABBREVIATION_END.search(segment):
            break
        if segment[-1] in _TRAILING_JUNK:
            if segment[-1] in ")）" and (segment.count(segment[-1])
                                         <= segment.count("(" if segment[-1] == ")" else "（")):
                break  # a balanced closing bracket belongs to the name: 某某（中国）有限公司
            segment = segment[:-1]
            continue
        break
    return start, start + len(segment)


def _trim_buyer_tail(text: str, start: int, end: int, *, department: bool = True) -> int:
    """The end of a buyer's name without the town or state written after it ("X, Tallinn", "X (SP)"): the place
    is read from the notice, the buyer is the organisation. The town must be a GeoNames city (population at least
    15,000) and no common noun, and the name before it keeps two words or more."""
    value = text[start:end]
    note = _LOWER_NOTE_TAIL.search(value) if value.endswith(")") else None
    if note and note.start() >= 4:
        return _trim_buyer_tail(text, start, start + note.start(), department=department)  # "X (joint procurement)"
    if "," not in value and ")" not in value[-2:]:
        return end  # neither tail can be there: "(XX)" ends the value ($: or precedes its final line break)
    unit = DEPARTMENT_TAIL.search(value) if department else None
    if unit and unit.start() >= 6:
        return start + unit.start()
    legal = _LEGAL_FORM_THEN_ADDRESS.search(value)
    if legal:  # its look-behind holds a word before the legal form
        return start + legal.end()  # "Wessex Water Services Ltd, Claverton Down, Bath": the address follows the name
    from enrich.places.gazetteer import country_of, is_common_noun, place_key
    from enrich.places.geonames import admin1_named, cities_named

    bracket = _BUYER_PLACE_BRACKET.search(value) if value.endswith(")") else None
    if bracket and bracket.start() >= 4 and not is_common_noun(bracket.group("place")) and (
            cities_named(place_key(bracket.group("place"))) or country_of(bracket.group("place"))
            or bracket.group("state")):  # round 27: "X (Clarksburg, WV)": a town before its state, of any size
        return _trim_buyer_tail(text, start, start + bracket.start(), department=department)  # "X (Essen)"
    region = _REGION_NOTE.search(value)
    if region and len(value[:region.start()].split()) >= 2:
        place = region.group("comma") or region.group("bracket")
        plain_comma = region.group("comma") and not region.group("phrase")
        if (admin1_named(place_key(place)) or cities_named(place_key(place)) or (
                region.group("bracket") and country_of(place))) and not (plain_comma and is_common_noun(place)):
            return _trim_buyer_tail(text, start, start + region.start(), department=department)
    state = _BUYER_STATE_TAIL.search(value)
    if state and len(value[: state.start()].split()) >= 2:  # "X, Brasília (DF)": the town before it too (r38)
        return _trim_buyer_tail(text, start, start + state.start(), department=department)
    town = _BUYER_TOWN_TAIL.search(value)
    if town is None or len(value[: town.start()].split()) < 2 or _CJK_CHAR.search(value):
        return end
    name = town.group("town")
    if is_common_noun(name):
        return end
    if admin1_named(place_key(name)) and not cities_named(place_key(name)):
        # r32_buyers32: a state or province after the name ("X, Alabama", "X, Nova Scotia"), and a town before it
        # ("X, Edinburg, Texas"): ag, ae, y
        return _trim_buyer_tail(text, start, start + town.start(), department=department)
    if not cities_named(place_key(name)):
        return end
    return start + town.start()


_NO_NAME_RE = re.compile(r"[\d\s.,*#x×\-/()（）:：%￥¥$€]+")


def _plausible_name(value: str) -> bool:
    if not value or value.casefold() in _PLACEHOLDERS or "详见" in value:
        return False
    if _NO_NAME_RE.fullmatch(value):
        return False
    if _CJK_CHAR.match(value[0]):
        return len(value) >= 4 and not value.startswith(("信息", "名称", "地址", "联系"))
    return len(value) >= 2 and any(ch.isalpha() for ch in value)


_SEVERAL_RE = re.compile(r"[、，,/]")
_INLINE_FIELD_RE = re.compile(r"[，,；;][^，,；;：:\n]{1,12}[：:]")
# the next field on the same line without its colon: "X公司，报价97.6万元，所投品牌：Y" (round 20)
_INLINE_FIELD_WORD_RE = re.compile(r"[，,；;](?:投标|中标|成交|投標|中標|得標)?"
                                   r"(?:报价|報價|金额|金額|价格|價格|所投|品牌|地址|联系|聯繫|电话|電話)")
_SEVERAL_SPLIT_RE = re.compile(r"([、，,/])")


_CONSORTIUM_NOTE = re.compile(r"\s*[（(](?:联合体|聯合體)[^（）()]{0,6}[)）]\s*$")


def _split_several(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A Chinese value listing several organisations (A公司、B公司) becomes one span per organisation."""
    consortium = _CONSORTIUM_NOTE.search(text, start, end)
    if consortium and consortium.start() > start:
        end = consortium.start()  # "A公司、B公司（联合体）": the note says they bid together
    value = text[start:end]
    if not _SEVERAL_RE.search(value) or not _CJK_CHAR.search(value):
        return [(start, end)]
    for field in (_INLINE_FIELD_RE, _INLINE_FIELD_WORD_RE):
        inline = field.search(value)
        if inline and _ORG_END_CJK.search(value[:inline.start()]):
            return [(start, start + inline.start())]  # "X公司，投标报价：1,342,000.00元": the next field on the line
    spans, cursor = [], start
    for part in _SEVERAL_SPLIT_RE.split(value):
        if part in {"、", "，", ",", "/"}:
            cursor += len(part)
            continue
        spans.append((cursor, cursor + len(part)))
        cursor += len(part)
    if all(_ORG_END_CJK.search(text[s:e]) and len(text[s:e]) >= 4 for s, e in spans):
        return spans
    return [(start, end)]


# What may follow a supplier's closing legal form without being part of its name (round 28): a number ("Turia
# Vigilancia S.L. 140 cámaras", "GmbH für 2,1 Mio."), a preposition opening the rest of the sentence ("Ltd, for its
# software", "dengan nilai Rp …"), or the next sentence after the form's dot ("Meuse Trafic SRL. Value: …", "GmbH.
# Aufnahmen werden …") - never a town written after the form ("d.o.o. Beograd") or a second form ("& Co. KG").
_TAIL_AFTER_FORM = re.compile(
    r"(?:\.?[ \t]+\d|,?[ \t]+(?:for|für|pour|para|por|per|con|com|dengan|senilai|sebesar|with|mit|avec|bei|au|zum|zur|"
    r"voor|met|za|na|til|för|the|in|on|at|to|um|à|a|de|van|im|dans|en|i|w|v|u|s)\b(?![.,])"
    r"|\.?(?<=\.)[ \t]+(?P<next>[A-ZÀ-ÖØ-Þ][\w’'-]*)(?:[ \t]+[a-zà-ÿ0-9(]|[ \t]*:))"
    # round 29: a dash, then a price or a lower-case word ("X Ltd - value £986,240", "X SAS - 4 215 300,00 EUR")
    r"|[ \t]+[-–—][ \t]+(?:[a-zà-ÿ]|[$€£¥₹₦]|\d|[A-Z]{3}[ \t]?\d)"
    # round 31 (suppliers31): the supplier's town after its form, closing the value ("Recipient: X LLC, Arlington, VA.",
    # "Contractor: X Ltd, Salford. Value: …"), or its town or registration number in brackets ("X LLC (Reston, VA)",
    # "X Pty Ltd (ABN 51 …)")
    r"|,[ \t]+(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)(?:,[ \t]+[A-Z]{2})?(?=[ \t]*(?:[.;|\n]|$))"
    r"|[ \t]+\((?:[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+)?,[ \t]+[A-Z]{2}"
    r"|(?:ABN|ACN|CNPJ|RUC|NIT|RFC|CUIT)\b[^)\n]{0,40})\)"
    # round 37b (suppliers): its role in brackets ("X SARL (revendeur)", "X LLC (authorised reseller)"): not the name
    r"|[ \t]+\((?:[^()\n]{0,40}?\b)?(?:resellers?|revendeur|revendedora?|distribuidora?|distributeur|distributor|"
    r"dealer|Händler|rivenditore|distributore|subcontractor|sous-traitant|subcontratista|integrator|intégrateur|"
    r"integrador|partner|partenaire|parceira?|mandataire|prime contractor|main contractor)\b[^()\n]{0,40}\)")


# Round 30: a name's sentence ends, then the notice's closing facts follow as sentences of their own: the amount
# ("Contratista: X S.R.L. RD$ 720 millones. Santo Domingo.", "Titulaire : X. 3 900 000 EUR. Marseille.", "المورد:
# شركة X، 1.2 مليون درهم") or the place alone ("Contractor: X. Southampton.", "went to X Corp. Phoenix, Arizona.").
_SENTENCE_THEN_FACTS = re.compile(
    r"(?<=\w)(?:\.[ \t]+(?=(?:[A-Z]{1,3}\$|[$€£¥₹₦₱]|B/\.|Rp|Rs\.?|\d))|،[ \t]*(?=\d)"
    r"|(?<=[^\W\d_]{3})\.[ \t]+(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-Þ][^\W\d_]+)?)$)")
# what may follow such a place: its region, then the end of the line or notice ("Phoenix, Arizona.", "Dhaka.")
_PLACE_SENTENCE_END = re.compile(r"(?:,[ \t]*[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ \t.]+[A-ZÀ-ÖØ-Þ][^\W\d_]*){0,2})?"
                                 r"\.?[ \t]*(?:\n|$)")


def _facts_cut(text: str, start: int, end: int) -> int:
    """`end`, or where the closing facts written after the name's sentence begin (`_SENTENCE_THEN_FACTS`), the dot
    of a legal form that takes one kept ("Corp.", "S.R.L.", "Ltda.")."""
    from enrich.legal_forms import takes_dot

    name = text[start:end]
    cut = _SENTENCE_THEN_FACTS.search(name)
    if not cut or (cut.group("place") and not _PLACE_SENTENCE_END.match(text, end)):
        return end  # "X. Southampton" only when the place closes the notice or its line
    keep = name[cut.start()] == "." and takes_dot(name[:cut.start()])
    return start + cut.start() + (1 if keep else 0)


def supplier_tail(text: str, start: int, end: int) -> int:
    """The end of a supplier's name at its closing legal form when what follows it is the sentence's, not the name's
    (`_TAIL_AFTER_FORM`; a sentence's dot after a form that takes none is left out, legal_forms.takes_dot);
    `end` otherwise."""
    from enrich.legal_forms import legal_form_re, takes_dot

    end = _facts_cut(text, start, end) if ". " in text[start:end] or "،" in text[start:end] else end
    name = text[start:end]
    if " " not in name or _CJK_CHAR.search(name):
        return end
    probe = name + text[end:end + 3]  # the words right after the value: "… B.V. Er" + " wo"
    pattern = legal_form_re()
    for word in re.finditer(r"(?<=[\s,])(?=\S)", name):
        form = pattern.match(name, word.start())
        if not form or form.end() >= len(name):
            continue
        tail = _TAIL_AFTER_FORM.match(probe, form.end())
        if not tail or any(tail.group(key) and pattern.match(probe, tail.start(key)) for key in ("next", "town")):
            continue
        cut = form.end()
        if name[cut - 1] == "." and not takes_dot(name[:cut - 1]):
            cut -= 1  # "Elbtal Videotechnik GmbH. Aufnahmen …": the dot is the sentence's
        return start + cut
    return end
