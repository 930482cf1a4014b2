"""The buyer's name as the notice writes it: the department a government acts through, a name's own list of fields.

Why (round 28, issue 10 item 4): two shapes of prose buyer came out wrong in many languages.

* A government or city "acting through" one of its departments: "Il Comune di Milano, tramite la Direzione Sicurezza
  Urbana, ha affidato …", "A Prefeitura de São Paulo, por meio da Secretaria Municipal de Segurança Urbana, assinou …",
  "El Gobierno de Jalisco, a través de la Secretaría de Seguridad, abrió …", "The Government of Mauritius, through the
  Ministry of Information Technology, has signed …", "กรุงเทพมหานคร โดยสำนักการจราจรและขนส่ง ลงนาม …". The
  evaluation sets label the department (7 of 12 labels; the others are a city's administration or procurement
  department, which only runs the purchase, or an executive council, and 2 older labels). The sentence readers stop
  at the comma and keep the government.
* A name that lists its fields: "Federal Authority for Identity, Citizenship, Customs and Port Security", "Área de
  Gobierno de Urbanismo, Medio Ambiente y Movilidad", "Ministry of Transportation, Communication and IT",
  "Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz". The readers end a name at its first
  comma; the list runs on while its items are capitalised words with no organisation word of their own (a list of
  bodies, "X Council, Y Council and Z Council", is no name) and closes with "and"/"y"/"e"/"et"/"und" and one more.
enrich/parties.py asks both of the buyer the prose readers chose.
"""
from __future__ import annotations

import re

# "…, through the X", "…, tramite la X", "…, por meio da X", "…, a través de la X", "…, par l'intermédiaire de la X",
# "… โดยสำนัก…": right after the buyer's name
_THROUGH = re.compile(
    r"(?:,[ \t]*(?:through|via|acting[ \t]+through)[ \t]+(?:the|its)"
    r"|,[ \t]*(?:per[ \t]+il[ \t]+)?tramite[ \t]+(?:la|il|lo|l['’]|i|le|della|del|dell['’])"
    r"|,[ \t]*por[ \t]+(?:meio|intermédio)[ \t]+d[ao]s?"
    r"|,[ \t]*através[ \t]+d[ao]s?"
    r"|,[ \t]*a[ \t]+través[ \t]+(?:del|de[ \t]+la|de[ \t]+los|de[ \t]+las)"
    r"|,[ \t]*par[ \t]+l['’]intermédiaire[ \t]+(?:de[ \t]+la|du|des|de[ \t]+l['’])"
    r"|,[ \t]*(?:handelnd[ \t]+)?durch[ \t]+(?:die|das|den))(?:[ \t]+|(?<=['’]))"
    r"|[ \t]+โดย(?=(?:สำนัก|กอง|กรม|ฝ่าย|สถานี))")
# a department that only runs the purchase for the whole body, or a cabinet: the body itself is the buyer
_ADMINISTRATIVE = re.compile(
    r"(?i)administra|executive|cabinet|procure|purchas|compras|licita|aquisi|acquisti|approvvigion|achats|beschaff"
    r"|vergabe|financ|finanç|finanz|planejamento|planeamiento|hacienda|fazenda|contrataç|contratac")
_CONNECTORS = frozenset("de del della dei degli delle di do da dos das du des d of for and the y e et und für der "
                        "la le las los el à a al para per pour van von i".split())
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*|\S")


def _name_end(text: str, start: int, limit: int = 160) -> int:
    """End of a head-first name opening at ``start``: capitalised words and connectors, up to a comma, a bracket, a
    line end or the first word in lower case that is no connector; never ending on a connector."""
    end = start
    for match in _WORD.finditer(text, start, min(len(text), start + limit)):
        if re.search(r"[\n,;:()]", text[end:match.start()]):
            break
        token = match.group(0)
        folded = token.casefold()
        if token[0].isupper() or token[0].isdigit():
            end = match.end()
        elif re.fullmatch(r"[dl]['’][A-ZÀ-Þ]\w*", token):
            end = match.end()  # "de l'Intérieur"
        elif folded in _CONNECTORS:
            continue
        else:
            break
    return end


# the head nouns of a public body or one of its departments, in the languages of the shapes above
_BODY = re.compile(
    r"(?i)(?<!\w)(?:ministr\w*|minist[eè]r\w*|department\w*|d[ée]partement\w*|departamento|directorate|direct(?:ion|ory)"
    r"|direzione|direc(?:ción|ção)|dire(?:ção|toria)|diretoria|secretar[ií]a\w*|secr[ée]tariat|segreteria|assessorato"
    r"|agen(?:cy|cia|zia|ce)|authority|autoridad|autoridade|autorité|bureau|office|oficina|ufficio|service|servi[cç]o"
    r"|servizio|fund|fondo|fundo|trust|commission|comisi[óo]n|comiss[ãa]o|commissione|board|council|consejo|conselho"
    r"|consiglio|conseil|police|pol[ií]c[ií]a|polizia|polizei\w*|amt|ämter|referat|behörde|dezernat|fachbereich"
    r"|government|gobierno|governo|gouvernement|city|ciudad|cidade|citt[àa]|ville|county|municipal\w*|munic[ií]pio"
    r"|comune|commune|ayuntamiento|prefeitura|alcald[ií]a|intendencia|stadt|gemeinde|kommune|unit|unidad|unidade"
    r"|unit[àé]|division|divisi[óo]n|divis[ãa]o|institut\w*|instituto|istituto|centre|center|centro|corps|force"
    r"|fuerza|guard\w*|guardia|gendarmer\w*|carabin\w*|brigad\w*|command\w*|comando)(?!\w)")


def _org_word_in(name: str) -> bool:
    return bool(_BODY.search(name))


def acting_department(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The department the body at ``text[start:end]`` acts through, when the text names one right after it."""
    if "," not in text[end:end + 2] and "โดย" not in text[end:end + 6]:
        return None  # cheap gate: every form opens with a comma, or Thai โดย
    match = _THROUGH.match(text, end)
    if not match:
        return None
    begin = match.end()
    if match.group(0).strip().startswith("โดย"):
        thai = re.match(r"\S+", text[begin:begin + 120])
        return (begin, begin + thai.end()) if thai else None
    if not text[begin:begin + 1].isupper():
        return None  # "through its Kenyan partner", "par l'intermédiaire d'un intégrateur"
    stop = _name_end(text, begin)
    name = text[begin:stop]
    if stop <= begin or len(name) < 6 or not _org_word_in(name) or _ADMINISTRATIVE.search(name):
        return None
    return begin, stop


# a list of a name's fields after its comma: "…, Citizenship, Customs and Port Security", "…, Medio Ambiente y
# Movilidad", "…, Justicia y Paz"
_AND = r"(?:and|y|e|et|und|&)"
_ITEM = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*(?:[ \t]+(?:of|de|del|la|des|du|da|do|für)?[ \t]*[A-ZÀ-ÞĀ-Ž][\w'’\-]*){0,2}"
_LAST = r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]*){0,2}"
_FIELD_LIST = re.compile(rf",[ \t]+(?:{_ITEM},[ \t]+){{0,4}}{_ITEM}[ \t]+{_AND}[ \t]+{_LAST}")
# the name before the list names fields itself: "Authority for Identity", "Área de Gobierno de Urbanismo"
_TOPIC = re.compile(r"(?:\b(?:for|of|de|del|para|des|du|für|pour|per|di|da|do)[ \t]+(?:the[ \t]+|la[ \t]+)?"
                    r"[A-ZÀ-ÞĀ-Ž][\w'’\-]*(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]*)?)$")


def field_list_end(text: str, start: int, end: int) -> int:
    """The end of the buyer's name with the list of fields that follows its comma, or ``end`` unchanged."""
    if text[end:end + 1] != "," or not _TOPIC.search(text, start, end):
        return end
    match = _FIELD_LIST.match(text, end)
    if not match:
        return end
    items = re.split(rf",[ \t]+|[ \t]+{_AND}[ \t]+", text[end + 1:match.end()].strip())
    if any(_org_word_in(item) for item in items):
        return end  # a list of bodies: "Norfolk County Council, Norwich City Council and …"
    after = text[match.end():match.end() + 2]
    if after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper()):
        return end  # the list ran on into a longer name or a sentence we cannot read
    return match.end()


_WINDOW = 3000


def as_written(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first buyer span read on: to the department it acts through, or over its own list of fields."""
    if not spans:
        return spans
    start, end = spans[0]
    name = text[start:end]
    position = start
    while position >= 0 and position < _WINDOW:  # the name's first mention may be the headline's
        department = acting_department(text, position, position + len(name))
        if department is not None:
            return [department, *spans[1:]]
        position = text.find(name, position + 1, _WINDOW + len(name))
    return [(start, field_list_end(text, start, end)), *spans[1:]]
