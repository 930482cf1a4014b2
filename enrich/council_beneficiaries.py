"""A council, board or legislature that approves money or a contract for another named body is not its buyer.

Why (round 43, README "Buyers of rejected proposals", 10:25: "One it approves names as buyer the body that is to buy,
exactly as written"): council minutes and news of a vote open with the body that votes ("Regina City Council
approved $2.6 million for Regina Police Service body-worn cameras", "The Anchorage Assembly voted 9-2 to fund body-worn
cameras for all patrol officers of the Anchorage Police Department", "Tulsa City Council authorizes the Tulsa Police
Department to add 60 cameras", "Resolution approving the purchase by the Shelby County Sheriff's Office of …", "El
Concejo de Medellín aprobó vigencias futuras por $48.000 millones para que la Secretaría de Seguridad amplíe …", "A
Câmara Municipal de Londrina aprovou crédito de R$ 2.480.000,00 pedido pela Prefeitura de Londrina", "Le conseil
municipal autorise la Régie des transports à acquérir …"), and the sentence readers take the voting body for the
buyer. About 15 development labels name the body that is to buy.

What counts: the buyer the readers chose is a deliberative body (a council, assembly, board of supervisors,
commissioners or estimates, a commissioners court, concejo, cabildo, câmara municipal, conseil municipal, consiglio
comunale, Gemeinderat, Stadtrat, a legislature); within its sentence (or the next one, for a minutes heading) an
approving word (approved, authorizes, voted to fund, aprobó, autoriza, aprovou, approuve, genehmigt, beschließt)
comes before a frame that names the body that is to buy: "authorizes/allows the X to", "autoriza a X a", "for (the)
X", "para (que) la X", "pour la X", "für die X", "the purchase by the X", "requested by / pedido pela / solicitado por
X", or "the X's …". X must read as a public body (`enrich.buyer_cues.org_like`, or a unit such as "Sheriff's
Office", "Police Service"), not a company, vendor, place or another deliberative body. A refusal is left to
`enrich.rejected_proposals` (it then names no buyer either way); a labelled buyer field is never replaced.
"""
from __future__ import annotations

import re

from enrich.acting_buyers import _name_end
from enrich.buyer_cues import COMPANY, is_vendor, org_like

# The voting body: a council, assembly, board or legislature (not a "Police Commission" or "Transport Board" that
# runs a service; those are bodies that buy)
DELIBERATIVE = re.compile(
    r"(?i)\b(?:(?:city|town|county|municipal|metropolitan|district|common|borough|village|parish|regional)[ \t]+"
    r"council|council[ \t]+of[ \t]+the[ \t]+city|assembly|board[ \t]+of[ \t]+(?:supervisors|commissioners"
    r"|county[ \t]+commissioners|estimates?|aldermen|selectmen)|commissioners[ \t]+court|fiscal[ \t]+court"
    r"|legislat\w*|concejo|cabildo|c[âa]mara[ \t]+(?:municipal|de[ \t]+vereadores)|conseil[ \t]+municipal"
    r"|conseil[ \t]+communal|consiglio[ \t]+comunale|gemeinderat|stadtrat|kreistag|gemeenteraad"
    r"|rada[ \t]+miasta|^council$)")
_APPROVES = re.compile(
    r"(?i)\b(?:approv\w*|authori[sz]\w*|allow\w*|permit\w*|passed|adopt\w*|voted[ \t]+(?:\d+[-–]\d+[ \t]+)?"
    r"(?:\w+[ \t]+){0,3}?to[ \t]+(?:fund|buy|purchase|spend|pay)|appropriat\w*|ratif\w*|aprob\w*|autoriz\w*"
    r"|aprov\w*|approuv\w*|autoris\w*|genehmig\w*|beschlie\w*|beschloss\w*|bewillig\w*|approvat\w*)")
_NAME = r"(?P<name>[A-ZÀ-ÞĀ-Ž][^\n.;:,()]{1,120}?)"
# Frames that name the body that is to buy, right after an approving word
_FRAMES = [
    # authorized to act: "authorizes the Tulsa Police Department to add", "allowing NOPD to use", "permite a
    # TransMilenio S.A. instalar", "autoriza a Prefeitura do Recife a locar", "autorise la Régie … à acquérir"
    re.compile(r"(?i:authori[sz]\w*|allow\w*|permit\w*|empower\w*)[ \t]+(?:the[ \t]+)?" + _NAME
               + r"(?:['’]s[ \t]+\w+)?[ \t]+to[ \t]"),
    re.compile(r"(?i:autoriz\w*|permit\w*|faculta\w*|habilit\w*)[ \t]+(?:a[ \t]+|al[ \t]+|o[ \t]+)?"
               r"(?:(?:la|el|los|las|a|o|os|as)[ \t]+)?" + _NAME
               + r"[ \t]+(?:(?:a|para|à)[ \t]+\w|[a-zà-ÿ]+(?:ar|er|ir)\b)"),
    re.compile(r"(?i:autoris\w*|habilit\w*)[ \t]+(?:la|le|les|l['’])[ \t]*" + _NAME + r"[ \t]+à[ \t]+\w"),
    # whose purchase or request: "the purchase by the Shelby County Sheriff's Office of", "requested by the X",
    # "pedido pela Prefeitura de Londrina", "solicitado por la Secretaría …", "à la demande de la …"
    re.compile(r"(?i:purchase|acquisition|procurement|request(?:ed)?|submitted|proposed|sought)[ \t]+by[ \t]+"
               r"(?:the[ \t]+)?" + _NAME + r"(?=[ \t]+(?:of|for|to)\b|[,.;]|$)"),
    re.compile(r"(?i:pedid[oa]s?|solicitad[oa]s?|requerid[oa]s?|propuest[oa]s?|propost[oa]s?|encaminhad[oa]s?)"
               r"[ \t]+(?:por[ \t]+(?:la|el|los|las)|pel[oa]s?)[ \t]+" + _NAME + r"(?=[ \t]+(?:para|de|a)\b|[,.;]|$)"),
    re.compile(r"(?i:à[ \t]+la[ \t]+demande)[ \t]+(?:de[ \t]+la|du|de[ \t]+l['’])[ \t]*" + _NAME
               + r"(?=[ \t]+(?:pour|de)\b|[,.;]|$)"),
    # for whom: "for the Los Angeles County Sheriff's Department", "for all patrol officers of the Anchorage Police
    # Department", "for Regina Police Service body-worn cameras", "para que la Secretaría de Seguridad amplíe",
    # "pour la police municipale", "für die Stadtwerke Linz"
    re.compile(r"\b(?i:for)[ \t]+(?:(?i:all|the|its|every)[ \t]+(?:\w+[ \t]+){0,2}(?i:officers|staff|units"
               r"|deputies|stations)[ \t]+of[ \t]+)?(?:the[ \t]+)?" + _NAME + r"(?=['’]s\b|[ \t]|[,.;]|$)"),
    re.compile(r"\b(?i:para)[ \t]+(?:que[ \t]+)?(?:(?:la|el|los|las|a|o|os|as)[ \t]+)" + _NAME
               + r"(?=[ \t]|[,.;]|$)"),
    re.compile(r"\b(?i:pour)[ \t]+(?:la|le|les|l['’])[ \t]*" + _NAME + r"(?=[ \t]|[,.;]|$)"),
    re.compile(r"\b(?i:für)[ \t]+(?:die|das|den)[ \t]+" + _NAME + r"(?=[ \t]|[,.;]|$)"),
    # whose programme: "approves an expansion of the Syracuse Police Department's real-time crime center"
    re.compile(r"\b(?i:the)[ \t]+" + _NAME + r"['’]s[ \t]+\w"),
]
_AUTHORISING = 3  # the first three frames: a body authorised to act
# A head word of a body that buys (a unit named without a place: "Sheriff's Office", "Police Service")
_UNIT = re.compile(
    r"(?i)(?:police|sheriff|department|office|service|bureau|agency|authority|district|secretar\w*|polic[ií]a"
    r"|guarda|prefeitura|secretaria|direcci[óo]n|departamento|régie|régie|direction|stadtwerke|polizei|schools?"
    r"|transit|transport\w*|company|corporation|commission|utility|utilities|works|administration"
    r"|ministry|ministerio|ministério|ministère|comune|municipalit\w+|ayuntamiento|alcald[ií]a|intendencia|mairie"
    r"|ville|stadt|gemeinde|munic[ií]pio)"
    r"(?:['’]s)?(?:\b|$)")
_GENERIC = re.compile(r"(?i)city|county|municipal|public|state|local|regional|metropolitan|the|of|de|do|da|del|la")
_COMMITTEE = re.compile(r"(?i)\b(?:committee|comité|comisión|commissione|ausschuss|whole)\b")
_OFFICER = re.compile(r"(?:Director|Commissioner|Chief|Superintendent|Secretary)[ \t]+of[ \t]+[A-Z]")
# A district's or authority's own board, then its name: "Board of Education, Anchorage School District"
_OWN_BOARD = re.compile(r"(?i)(?:the[ \t]+)?board[ \t]+of[ \t]+(?:education|trustees|directors|governors)[ \t]*,"
                        r"[ \t]*(?:the[ \t]+)?")
_LEAD_ARTICLE = re.compile(r"^The[ \t]+")
_WORD = re.compile(r"[^\W_][\w'’&.\-]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Þ\"“])|\n")


def _trim(text: str, start: int) -> tuple[int, int] | None:
    """The body's name opening at `start`: capitalised words and connectors up to a comma, a bracket, a line end or
    the first lower-case word that is no connector (`enrich.acting_buyers`), without a possessive or a full stop."""
    end = _name_end(text, start)
    name = text[start:end]
    owner = re.search(r"['’]s(?=[ \t])", name)  # "the Parks Department's 12 new cameras": the name ends there
    if owner:  # "the Sheriff's Office Cellebrite licences": the name ends at the unit after a title's possessive
        unit = re.match(r"[ \t]+(?:Office|Department|Service|Bureau)\b", name[owner.end():])
        name = name[:owner.end() + unit.end()] if unit else name[:owner.start()]
    stop = re.search(r"(?<=[a-zà-ÿ]{3})\.(?=\s|$)", name)  # "… Department. The item passed": its sentence ends
    name = re.sub(r"['’]s?$", "", name[:stop.start()] if stop else name)
    return (start, start + len(name)) if name else None


def _reads_as_body(name: str, *, authorised: bool = False) -> bool:
    """Does `name` read as a public body that buys? An acronym alone only as the body a vote authorises ("allowing
    NOPD to use …"; not "for LED streetlights")."""
    words = _WORD.findall(name)
    if not words or COMPANY.search(name) or is_vendor(name) or DELIBERATIVE.search(name) or _COMMITTEE.search(name):
        return False
    if _OFFICER.match(name):
        return True  # "Authorizing the Director of Public Safety to enter into contract": the office buys
    if len(words) == 1:
        return authorised and bool(re.fullmatch(r"[A-Z]{3,6}", name))  # an acronym ("NOPD", "SFMTA")
    if not any(_UNIT.fullmatch(word) for word in words):
        return False  # "Safe City Phase II", "Institute of Forensic Sciences": a programme, or no body that buys
    # a unit the text leaves unnamed ("the Police Department's licence", "the Sheriff's Office booking cameras") is
    # the council's own: the council's name is the only one that says whose
    return org_like(name) and any(word[:1].isupper() and not _UNIT.fullmatch(word) and not _GENERIC.fullmatch(word)
                                  for word in words)


def beneficiary(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the body the deliberative buyer at `text[start:end]` approves money or a contract for (see the
    module's docstring), or None."""
    board = _OWN_BOARD.match(text, start)
    if board and board.end() <= end + 3 and (span := _trim(text, board.end())) is not None and _reads_as_body(
            text[span[0]:span[1]]):
        return span
    if not DELIBERATIVE.search(text, start, end):
        return None
    # its sentence and the next two (a minutes heading "X Board of Commissioners", "Item No. 14", then the item)
    stop = end
    for _ in range(3):
        found = _SENTENCE_END.search(text, stop + 1)
        stop = found.end() if found else len(text)
    stop = min(stop, end + 600)
    approving = _APPROVES.search(text, start, stop)
    if approving is None:
        return None
    best: tuple[int, int] | None = None
    for index, frame in enumerate(_FRAMES):
        for match in frame.finditer(text, approving.start(), stop):
            span = _trim(text, match.start("name"))
            if span is None:
                continue
            lead = _LEAD_ARTICLE.match(text[span[0]:span[1]])
            if lead and lead.end() < span[1] - span[0]:
                span = (span[0] + lead.end(), span[1])
            if span[0] >= end and _reads_as_body(text[span[0]:span[1]], authorised=index < _AUTHORISING) and (
                    best is None or span[0] < best[0]):
                best = span
                break
    return best
