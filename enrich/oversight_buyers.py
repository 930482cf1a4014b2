"""A body that oversees, judges or reports on a purchase is not its buyer (round 27); enrich/prose_parties.py asks.

Why: court rulings, audit reports, parliamentary hearings, council debates, ombudsmen's and data-protection
authorities' decisions and NGO studies open with the body that speaks ("The High Court has quashed …", "O Tribunal
de Contas da União apontou …", "The Senate Standing Committee questioned officials of …", "Eine Studie einer Stiftung
beschreibt …"), and the sentence readers take that speaker for the buyer. The buyer is the body overseen: the
executive body the text names besides it ("a decision by the County Government of Kisumu", "stopping the Malawi
Police Service", "mit dem Polizeipräsidium Mannheim").

* An overseeing body is read from its name in many languages: courts, audit offices, comptrollers, ombudsmen,
  data-protection authorities, legislatures and their committees (a city or county council is the local authority
  that buys, and is not one); a speaker that never buys: a study, a report, a rights group, a union, a party to a
  lawsuit ("X (petitioner)").
* When the first buyer reading is an overseeing body and the text is about its work (a ruling, an audit, a hearing,
  a question, a report), another reading that is none goes first; else the first name the text writes (in capitals
  word by word, or a Russian body's quoted name) that reads as a public body and is no place, site, overseeing
  body, company or vendor. A court that names no other body stays (courts buy too); a study gives no buyer.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import COMPANY, RU_ORG, is_vendor, org_like
from enrich.buyer_span import JOINT_BODY
from enrich.municipal_names import municipal_names

# Bodies that judge, audit, investigate or guard rights: they give way to a body the text names besides them where
# the text is about their ruling, audit or hearing (_OVERSIGHT_WORK); a court that names no other body may buy
# ("Cook County Circuit Court", "Tribunal de Justiça do Estado …") and stays
OVERSEES = re.compile(
    r"\b(?:(?:High|Supreme|District|Magistrates?['’]?|Federal|Constitutional|Appeals?|County|Circuit|Administrative)"
    r"[ \t]+Court|Court[ \t]+of|Tribunal|Auditor|Audit|Ombuds\w*|Comptroller|Inspector[ \t]+General|Data[ \t]+"
    r"(?:Commissioner|Protection)|Information[ \t]+Commissioner|Privacy[ \t]+Commissioner|Bar[ \t]+Association"
    r"|Anti-?Corruption|Watchdog|\w*[Gg]ericht\w*|Rechnungshof|Datenschutz\w*|Anfrage"
    r"|Cour[ \t]+(?:des[ \t]+comptes|d['’]appel|administrative|de[ \t]+cassation)|CNIL"
    r"|Défenseur[ \t]+des[ \t]+droits|Tribunal[ \t]+de[ \t]+Contas|Contralor\w*|Controladoria|Defensor\w*"
    r"|Juzgado|Corte[ \t]+dei[ \t]+conti|Garante|Sindicatura|Rekenkamer|Najwyższa[ \t]+Izba[ \t]+Kontroli|Sąd\w*"
    r"|Rzecznik\w*|[А-ЯЁ]?[а-яё]*[Сс]уд(?:а|у|ом|е)?|СУД|[Сс]ч[её]тн\w+[ \t]+палат\w*|Контрольно\w*|Омбудсмен\w*"
    r"|Уполномоченн\w*"
    # legislatures and their committees (a city or county council is a local authority that buys: not here)
    r"|Senate|Parliament\w*|Committee|Congress|Oliy[ \t]+Majlis|Legislat\w+|Landtag|Bundestag|Dewan[ \t]+Perwakilan"
    r"|DPRD|Sejm|Дума|Верховн\w+[ \t]+Рад\w*"
    # r32_buyers32: a court named by its rank, a chamber of deputies, a regional legislature and its deputies
    r"|Superior[ \t]+Court|Chamber[ \t]+of[ \t]+Deputies|Законодательн\w+[ \t]+собрани\w+|Депутат\w*)(?!\w)"
    r"|인권위원회|감사원"  # r32_buyers32: a human rights commission, the Board of Audit and Inspection
    # r31b_buyers31b: Chinese audit offices, discipline and supervisory commissions, the Control Yuan
    r"|审计(?:署|厅|局)|審計(?:部|處|室)|纪委|紀委|监委|監委|监察委员会|監察院"
    # r33b_places33b: data-protection and rights authorities in Romance languages and Japanese (Agencia Española de
    # Protección de Datos, Comissão Nacional de Proteção de Dados, Défenseure des droits, Commission d'accès à
    # l'information, 個人情報保護委員会; sets 12, h, k, s, r, aa, af, ai)
    r"|Protecci[óo]n[ \t]+de[ \t]+Datos|Prote[çc][ãa]o[ \t]+de[ \t]+Dados|Protezione[ \t]+dei[ \t]+[Dd]ati"
    r"|Défenseure[ \t]+des[ \t]+droits|Commission[ \t]+d['’]accès|個人情報保護委員会|개인정보보호위원회"
    # r38b_buyers: French data-protection and police-information watchdogs named in full ("Commission de protection
    # des données personnelles", "Autorité de protection des données", "Organe de contrôle de l'information
    # policière"), a German commissioner's compound ("Landesdatenschutzbeauftragte"), trade and competition
    # regulators ("Federal Trade Commission", "Competition Commission")
    r"|[Pp]rotection[ \t]+des[ \t]+[Dd]onnées|Organe[ \t]+de[ \t]+contrôle|\w+datenschutz\w*"
    r"|Trade[ \t]+Commission|Competition[ \t]+(?:Commission|Authority|Bureau)")
_OVERSEES = OVERSEES  # (the name its other readers import)
# Speakers that never buy what they speak of: studies, reports, rights groups, unions
_SPEAKS = re.compile(
    r"\b(?:Human[ \t]+Rights|Rights[ \t]+(?:Group|Watch)|Guild|Study|Report|Informe|Rapport|Bericht|Studie|Stiftung"
    r"|Правозащитн\w*)(?!\w)")
# What a text about oversight says: a ruling, a lawsuit, an audit, a hearing, a question, a report
OVERSIGHT_WORK = re.compile(
    r"(?i)\b(?:judg(?:e)?ments?|rul(?:ing|ed)|verdict|petition\w*|lawsuit|injunction|quash\w*|sentenced|audit\w*"
    r"|hearings?|heard|questioned|debated?|suspend\w*|ordered|decisions?|inquiry|investigat\w+|Urteil\w*|Klage\w*|Anfrage|Prüfung\w*|acórdão"
    r"|sentencia|fallo|demanda|auditor[ií]a|apont\w+|arrêt|jugement|recours|решени\w+|иск\w*|проверк\w+|аудитор\w*"
    r"|rapat|dengar[ \t]+pendapat|study|Studie|report|доклад\w*|vietato|ha[ \t]+vietato|sobrepreço"
    # r31b_buyers31b: a finding, a fine, a formal notice, a censure ("The Ombudsman found that X irregularly awarded",
    # "The Information Commissioner's Office fined X", "La CNIL a mis en demeure X", "La Contraloría señaló que X")
    r"|found|finds|fined|penali[sz]ed|reprimand\w*|censur\w+|critici[sz]ed|mis[ \t]+en[ \t]+demeure"
    r"|mise[ \t]+en[ \t]+demeure|sanctionn\w+|señal[óo]|observ[óo]|rügt\w*|beanstandet"
    # r32_buyers32: a report, a conclusion, a question, an objection, a refusal, a sanction, a recommendation
    # ("The Office of Inspector General reported that X paid", "La Contraloría cuestionó/objetó el contrato de X",
    # "The committee asked X to explain", "Il Garante ha sanzionato il Comune di X", "Депутаты запросили у X")
    r"|reported|concluded|asked|rejected|cuestion[óo]|objet[óo]|sanzionat\w*|запросил\w*"
    # r33b_places33b: a fine, an opinion, a published report or notice ("multó a", "emitiu parecer", "publie un
    # rapport", "a publié un avis")
    r"|mult[óo]u?|parecer|rapport|avis"
    # r35b_buyers: a warning or a call to order ("La CNIL a rappelé à l'ordre X", "amonestó a", "ha ammonito")
    r"|rappel\w*[ \t]+à[ \t]+l['’]ordre|avertissement|amonest\w+|ammoni\w+|warned|verwarnt"
    # r38b_buyers: a call to order around its object, a request to a body, observations on a contract ("La CDP
    # rappelle la Ville à l'ordre", "a demandé à la Ville de …", "formuló observaciones sobre el contrato")
    r"|rappel\w*[ \t]+(?:la|le|les|l['’])[^.\n]{1,40}?à[ \t]+l['’]ordre|demand(?:é|e|ait)[ \t]+(?:à|au|aux)"
    r"|gerügt|observaciones|objeciones|pidi[óo][ \t]+(?:a|al)|exigi[óo][ \t]+(?:a|al))(?!\w)"
    r"|审计|審計|指出|糾正|纠正|通报|권고|報告書")
# A party to a lawsuit: "X (petitioner)", "X (applicant)", "Истец: X"
_LITIGANT_AFTER = re.compile(r"[ \t]*\((?:the[ \t]+)?(?:petitioners?|applicants?|plaintiffs?|claimants?|appellants?"
                             r"|demandante|requérante?|Kläger\w*)\)", re.IGNORECASE)
_LITIGANT_BEFORE = re.compile(r"(?:Between|Истец|Kläger\w*|Demandante|Petitioner)[ \t]*:?[ \t]*$", re.IGNORECASE)

_CAPITAL = r"[A-ZÀ-ÞĀ-ŽА-ЯЁЇІЄ][\w'’&-]*(?:\.[\w'’&-]+)*"  # a full stop inside only ("U.S", not "Department.")
_JOINER = (r"(?:of|and|for|the|de|del|la|las|los|el|da|do|das|dos|di|della|du|des|d['’]|et|y|e|und|für|der|des"
           r"|dan|i|na|za|al|le|van|von)")
_NAME_RUN = re.compile(rf"(?<![\w'’&.-]){_CAPITAL}(?:[ \t]+(?:{_JOINER}[ \t]+)*{_CAPITAL})*")
_UNIT_END = re.compile(r"[ \t](?:Division|Department|Office|Service|Bureau|Directorate|Agency|Unit|Police)$")
_COMMITTEE_ON = re.compile(r"(?:Committee|Commission|Comité|Comisión|Commissione|Ausschuss)[ \t]+(?:on|for|de|of|für"
                           r"|per|sobre)[ \t]+(?:the[ \t]+|la[ \t]+|las[ \t]+)?$")
_SITE_END = re.compile(r"(?:^|[ \t])(?:Hall|Cent(?:er|re)|Town|City|Software|System|Zone|Program(?:me)?|Extension"
                       r"|Court|Market|Terminus|Station|Square|Mall)$")
_SCAN = 3000  # overseen bodies are named in a text's first paragraphs


def overseeing(text: str, start: int, end: int) -> str | None:
    """"speaks" for a study, report, rights group or litigant; "oversees" for a court, auditor, ombudsman, legislature
    or committee; None for any other body."""
    name = text[start:end]
    letters = [c for c in name if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        name = name.title()  # a heading in capitals: "HIGH COURT"
    if _SPEAKS.search(name) or _LITIGANT_AFTER.match(text, end) or _LITIGANT_BEFORE.search(
            text, max(0, start - 12), start):
        return "speaks"
    # r32_buyers32: an acronym in capitals is read as written too ("La CNIL a mis en demeure …": "Cnil" is none)
    return "oversees" if OVERSEES.search(name) or OVERSEES.search(text[start:end]) else None


def _known_place(name: str) -> bool:
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named

    return bool(country_of(name) or cities_named(place_key(name)) or admin1_named(place_key(name)))


def _named_bodies(window: str, skip: tuple[int, int]) -> list[tuple[int, int]]:
    """Names in the text that read as a public body, in text order (see the module's docstring)."""
    found = [m.span() for m in RU_ORG.finditer(window, 0, _SCAN)]
    for m in _NAME_RUN.finditer(window, 0, _SCAN):
        start, end = m.span()
        name = m.group(0)
        while True:  # a possessive, a trailing full stop, a joiner the run ended on
            trimmed = re.sub(r"(?:['’]s?|\.|[ \t]+" + _JOINER + r")$", "", name)
            if trimmed == name:
                break
            name = trimmed
        joint = JOINT_BODY.search(name)  # "Stadt Mannheim und das Polizeipräsidium Mannheim": the first body
        name = name[:joint.start()] if joint else name
        end = start + len(name)
        opening = re.match(r"(?:The|La|El|Le|Les|Los|Las|Die|Der|Das|O|A|Il|Lo|Between)[ \t]+", name)
        start += opening.end() if opening and opening.end() < len(name) else 0
        name = window[start:end]
        letters = [c for c in name if c.isalpha()]
        if sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # a heading in capitals ("GOBIERNO AUTÓNOMO MUNICIPAL"), not the sentence's body
        if _SITE_END.search(name) or _known_place(name):
            continue  # "Belize City", "Town Hall", "Real Time Crime Center": a place or a site, not a body
        unit = len(name.split()) >= 2 and bool(_UNIT_END.search(name))  # "The Police Division requests"
        if _COMMITTEE_ON.search(window, max(0, start - 40), start):
            continue  # "Senate Committee on Police Affairs": the committee's field, not a body
        if (start, end) != skip and (org_like(name) or unit) and not COMPANY.search(name) and not is_vendor(name):
            found.append((start, end))
    title_end = window.find("\n")
    return sorted(found, key=lambda span: (span[0] < title_end, span[0]))  # the body's names before the title's


def overseen_first(window: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The buyer spans with an overseeing first one given way to the body it oversees (see the module's docstring)."""
    if not spans:
        return spans
    kind = overseeing(window, *spans[0])
    if kind is None or kind == "oversees" and not OVERSIGHT_WORK.search(window, 0, _SCAN):
        return spans
    other = next((span for span in spans[1:] if overseeing(window, *span) is None
                  and not window[span[0]:span[0] + 1].islower()), None)  # not "police department confirmed it"
    if other is None:
        from enrich.buyer_span import refine_span  # (it imports the readers this module is asked by)

        other = next((refine_span(window, *span) for span in _named_bodies(window, spans[0])
                      if overseeing(window, *span) is None), None) or next(iter(municipal_names(window)), None)
    if other is not None:
        return [other] + [span for span in spans if span != other]
    # r31b_buyers31b: an auditor, ombudsman, data-protection authority or legislature that names no other body buys
    # nothing (a court, a committee that acts - "People's Committee", "Investigative Committee" - may: it stays)
    return [] if kind == "speaks" or _NEVER_BUYS.search(window, *spans[0]) else spans


_NEVER_BUYS = re.compile(
    r"(?i)audit|ombuds|comptroller|inspector[ \t]+general|data[ \t]+protection|privacy[ \t]+commissioner"
    r"|information[ \t]+commissioner|\bCNIL\b|contralor|controladoria|rechnungshof|rekenkamer|datenschutz"
    r"|rzecznik|senat|parliament|congress|legislat|审计|審計|纪委|紀委|监委|監委|监察委员会|監察院"
    r"|protecci[óo]n[ \t]+de[ \t]+datos|prote[çc][ãa]o[ \t]+de[ \t]+dados|protezione[ \t]+dei[ \t]+dati"
    r"|défenseure?[ \t]+des[ \t]+droits|commission[ \t]+d['’]accès|個人情報保護委員会|개인정보보호위원회"
    r"|protection[ \t]+des[ \t]+données|organe[ \t]+de[ \t]+contrôle|trade[ \t]+commission"  # r38b_buyers
    r"|competition[ \t]+(?:commission|authority|bureau)")
