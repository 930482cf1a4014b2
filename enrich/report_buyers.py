"""A report's subject is no buyer (round 39b, README "Places of texts that buy nothing", 17:37).

Why: a news report, an audit, a hearing or a regulator's ruling about a police force or a council ("The Victorian
Ombudsman found Greater Geelong City Council's CCTV signs inadequate", "La Defensoría del Pueblo cuestionó …")
names that body where a purchase would name its buyer, and the prose readers took it (or the speaker: "INAI",
"Autoriteit Persoonsgegevens") as the buyer. The labelling rule keeps such a text's buyer null unless it says the
body bought something; the place rules still place it where the body is. A text reads as such a report when the
classifier's readers say so (`report_genre.reports_on_it`: a genre label or a speaker and speaking verb in the
lead, and no purchase or system held in the body; `reports.opens_with_report`: a third party's study describes),
or (r41_buyers) when its lead names an overseeing body at its work (`oversight_lead`: "La CNIL a mis en demeure la
commune de X", "De Rekenkamer Rotterdam concludeert", "Прокуратура … начала проверку") and the text states no
purchase or system held; it states no sum, and no tender of the body is suspended or cancelled (that body keeps
its buyer's role: README "Budgets of failed tenders")."""
from __future__ import annotations

import re

from enrich.classify.report_genre import holds_something, reports_on_it
from enrich.classify.reports import opens_with_report
from enrich.operator_statements import operates_only
from enrich.oversight_buyers import OVERSEES, OVERSIGHT_WORK
from enrich.tender_cancellation import cancels_tender
from enrich.text import fold

_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？\n]")
_READ = 3000  # as report_genre: a long notice's tail is not read
# A contract, an award or a project the overseen body carried out, named anywhere: then the overseer speaks of a
# purchase ("the award by X of a contract", "den Auftrag erhielt …", "el contrato que suscribió la Alcaldía",
# "X 2025年实施的天网扩容项目"; r42: "la commune, dont les caméras achetées en 2024 …"), and the body stays the buyer
_CONTRACT = re.compile(r"(?i)contract|award|(?<!be)auftrag|vergab|suscribi|firm[óo]|adjudic|contrat[oaó]|licita|pregão"
                       r"|tender|procure|purchas|bought|compr[óoa]|achet[ée](?!u)|acquis|gekauft|beschafft|adquiri"
                       r"|实施|建设|承建|中标|合同|采购|採購|契約|계약|구매")

# r42_buyers: an overseer that orders, tells, bars or forbids a body to run, change or stop a system ("The High Court
# ordered X Police to stop using …", "La CNIL a mis en demeure la commune de X de cesser …", "Der Landesbeauftragte
# für Datenschutz hat der Stadt X untersagt, …", "La AEPD ordenó al Ayuntamiento …", "법원은 X구에 … 중지를 명령했다"):
# the order buys nothing, whatever system it names (README 02:03: tagged with what ran; buyer null, the body placed)
_ORDERED = re.compile(
    r"(?i)\b(?:order(?:s|ed)?|direct(?:s|ed)|instruct(?:s|ed)|told|requir(?:es|ed)|bar(?:s|red)|forb(?:ids|ade)"
    r"|prohibit(?:s|ed)|banned)[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+){1,8}?(?:to|from)[ \t]"
    r"|\b(?:mis(?:e)?[ \t]+en[ \t]+demeure|enjoint|ordonn[ée]\w*|orden[óo]|ordena|determinou|ordinat[oa]|ingiunto"
    r"|untersag\w*|angewiesen|angeordnet|verpflichtet|gelast|bevolen|verboden|nakaza\w*|обязал\w*|предписа\w*"
    r"|запретил\w*)\b|责令|命令|命じ|명령|중지를")


def oversight_lead(text: str, headline_end: int) -> bool:
    """r41_buyers: does the headline or the body's first sentence name an overseeing body (a court, an auditor, an
    ombudsman, a data-protection authority, a prosecutor, a legislature) and say what it does as one (rules, audits,
    finds, orders, asks, checks)? Either line: "La CNIL met en demeure la commune de X" / "Rekenkamer: cameratoezicht
    slecht geëvalueerd | De Rekenkamer Rotterdam concludeert …"."""
    stop = _SENTENCE_END.search(text, headline_end + 1)
    lead_end = stop.end() if stop else len(text)
    return bool(OVERSEES.search(text, 0, lead_end) and (OVERSIGHT_WORK.search(text, 0, lead_end)
                                                        or _ORDERED.search(text, 0, lead_end)))


def _orders_body(text: str, headline_end: int) -> bool:
    """r42_buyers: does the lead (headline or the body's first sentence) say an overseer orders a body about a system
    (`_ORDERED`)? Then the system it names is no purchase held."""
    stop = _SENTENCE_END.search(text, headline_end + 1)
    return bool(_ORDERED.search(text, 0, stop.end() if stop else len(text)))


def _overseen(text: str, folded: str, headline_end: int) -> bool:
    """An auditor's or overseer's finding in the lead that states no purchase or system held (r41_buyers); read only
    where the plainer report readings did not already answer."""
    return (reports_on_it(folded, headline_end, audits=True) or oversight_lead(text, headline_end)
            and (_orders_body(text, headline_end)
                 or not holds_something(folded, min(len(folded), headline_end + _READ))))


def reported_only(text: str, *, priced: bool) -> bool:
    """Does `text` (headline, line break, body) only report on a body, naming no sum and no tender it withdraws?"""
    if priced:
        return False
    headline_end = text.find("\n")
    if headline_end == -1:
        return False
    if operates_only(text, priced=priced):  # r41b: "X Police said it operates …", "X prueba 200 cámaras"
        return not cancels_tender(text, None)
    folded = fold(text)
    if not (reports_on_it(folded, headline_end) or opens_with_report(folded, headline_end)
            or _overseen(text, folded, headline_end) and not _CONTRACT.search(text, 0, _READ)):
        return False
    return not cancels_tender(text, None)
