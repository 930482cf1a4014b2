"""Vendor links in texts that buy nothing: news, reports, court or regulator findings (labelling rule of 2026-12-06,
13:17 UTC, part 2, tests/eval/README.md).

Why: in such a text a vendor the text says built, supplied, installed, maintains or runs a named body's system, or
whose cameras or software the body is said to use ("the police's Hikvision cameras", "using Clearview's app",
"utilise le logiciel de X", "использует систему компании X", "تستخدم كاميرات X"), is a supplier of that body: a
reporter needs the vendor a named body is said to use. A vendor named only in general (market shares, "cameras such
as Dahua's", a ban on a brand, a list of firms in an industry, a lobby's members) is not. The cue rules
(enrich/vendor_links.py) and the role model were written for purchases: they leave a body's use of a brand in news
`mentioned` where no purchase verb stands (operates, runs searches with, использует, تستخدم) and they can make a
market leader a supplier for want of a contrary word.

How: only in a text whose stage is news (enrich.vendor_links.notice_stage gives None: no award, tender or company
report) and not a company disclosure. Per registry vendor party, in its sentence:

* general wording (market, share, industry, makers, competitors, lobby and members, bans and sanctions, exports;
  "such as"/"like" right before the name) and no use wording → `mentioned`;
* a `mentioned` vendor becomes `supplier` when use or build wording binds it to a body (a use verb before it in its
  sentence, a "built/installed/supplied by" participle right before it, a supply verb right after it, or a body's
  possessive right before "X cameras/software/system"), a public body is named (a party, or a body noun in the
  sentence), and nothing in the sentence makes it general, negated, doubted ("claims", "alleged", "despite"),
  hypothetical ("plans to", "could"), past (replaced, removed, no longer used) or equipment another purchase joins
  ("existing", "compatible", "connected to").
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Party

_SENTENCE_END_RE = re.compile(r"\n|[.!?。！？;；](?=\s|$|[^\x00-\x7f])")
_REACH = 120  # a use verb this far before the name, in its sentence, binds it

_GENERAL_RE = re.compile(
    r"\b(?:market[- ]shares?|share of the (?:[\w-]+ )?market|(?:[\w-]+ )?market leaders?|(?:the|its) [\w-]+ market\b|"
    r"industry|industries|makers|manufacturers|competitors?|rivals?|lobb(?:y|ies|ying|yists?)|"
    r"trade (?:group|association|body)|members? (?:include|are|such)|dominat\w*|exports?|exporters?|"
    r"ban(?:s|ned|ning)?|blacklist\w*|sanction\w*|entity list|moratori\w*|majority|per ?cent|countries|capitals|"
    r"compared|citing|cited|research paper|think[- ]tank|survey\w*|studies|study|debat\w*|"
    r"some (?:[\w-]+ )?(?:councils|governments|agencies|forces|departments|cities|municipalities)|"
    r"cuota de mercado|líder\w* del mercado|fabricantes|competidor\w*|concorrent\w*|part(?:s)? de marché|"
    r"leader du marché|fabricants|concurrent\w*|Marktanteil\w*|Marktführer\w*|Konkurrent\w*|Verbot\w*|"
    r"доля рынка|на рынке|лидер\w* рынка|производител\w*|конкурент\w*|запрет\w*|санкци\w*|мораторий|"
    r"حصة السوق|المصنعين|منافس\w*|حظر|عقوبات)\b|%|市场份额|市场占有率|市場佔有率|厂商|行业|竞争对手|禁令|制裁|实体清单|"
    r"部分地方|各地"
    # r43b: a list of an industry's firms ("Vendors include X, Y and Z", "proveedores como X") or a market's forecast
    r"|\b(?:vendors|suppliers|providers|companies|firms|players|proveedores|empresas|fornecedores|fournisseurs|"
    r"Anbieter|Hersteller|поставщик\w*|компании) (?:include|including|such as|like|are|incluyen|como|incluem|"
    r"comprennent|tels que|wie|sind|включают|такие как)\b"
    r"|\bmarket (?:is |was )?(?:to|will|would|could|expected|grew|grows|growing|reached|reaches|size|value)\b",
    re.IGNORECASE)
# r43b: a text that says it explains a technology or a market in general (an explainer, a market study): its
# vendors are named in general unless a use verb binds one to a body ("the Met uses NEC's NeoFace").
_EXPLAINER_RE = re.compile(
    r"^\W*(?:explainer|explicador|explicativo|explicação|explication|décryptage|erklärt|erklärstück|backgrounder|"
    r"primer|fact ?sheet|faq|q&a|market (?:study|report|outlook|analysis|forecast)|estudio de mercado|"
    r"informe de mercado|estudo de mercado|étude de marché|marktstudie|marktanalyse|исследование рынка|"
    r"обзор рынка|объясняем|ликбез)\b|^\W*(?:科普|解读|解說|解説|市场研究|市场报告|市場調査|해설|시장 ?보고서|"
    r"شرح|تقرير السوق|دراسة السوق)"
    r"|\b(?:this|the) explainer\b|\bdiscuss\w* (?:them|it|this|these) in general\b|\ben términos generales\b",
    re.IGNORECASE | re.MULTILINE)
_LIST_GAP_RE = re.compile(  # nothing but a list's joint between two vendor names: "X, Y and Z", "X y Y", "X、Y"
    r"^\s*(?:[,，、/]\s*)?(?:(?:and|or|y|o|e|ou|et|und|oder|и|или|و|和|与|與|及|或)\s*)?$", re.IGNORECASE)
_EXAMPLE_BEFORE_RE = re.compile(
    r"(?:\bsuch as|\blike|\be\.g\.|\bincluding|\bciting|\bcited|\btales como|\bcomo|\btais como|\bcomme|\btels? que|"
    r"\bwie|\betwa|\bтакие как|\bтаких как|\bнапример|例如|比如|如|\bمثل)[\s:,]*(?:the\s+)?$", re.IGNORECASE)
_USE_BEFORE_RE = re.compile(
    r"\b(?:uses?|used|using|use of|operat(?:e|es|ed|ing)|runs?|ran|running|rel(?:y|ies|ied|ying) on|"
    r"deploy(?:s|ed|ing)?|employ(?:s|ed|ing)?|licen[cs](?:es|ed)|equipped with|powered by|"
    r"utiliza\w*|usa|usan|usó|usaba|usaban|usam|usou|usava|opera|operan|operó|operaba|operam|operou|emplea\w*|"
    r"emprega\w*|uso de|cuenta con|conta com|utilise\w*|utilisait|exploite\w*|emploie\w*|recour\w* à|"
    r"l[’']utilisation de|équipée?s? de|nutz(?:t|en|te|ten)|verwende(?:t|n|te|ten)|setz(?:t|en|te|ten)|"
    r"betreib(?:t|en)|betrieb|Einsatz|utilizza\w*|usano|impiega\w*|"
    r"использу\w*|применя\w*|эксплуатиру\w*|пользу\w*|внедрил\w*|використову\w*|застосову\w*)\b"
    r"|使用|采用|採用|运行|運行|部署|应用|應用"
    r"|(?<![\u0600-\u06ff])(?:تستخدم|يستخدم|استخدمت|استخدم|باستخدام|تشغل|يشغل)(?![\u0600-\u06ff])",
    re.IGNORECASE)
_BY_BEFORE_RE = re.compile(
    r"(?:\b(?:built|installed|supplied|provided|developed|maintained|run|operated|made|delivered|designed) by|"
    r"\b(?:instalad|suministrad|desarrollad|operad|mantenid|provist|construid|fornecid|desenvolvid|mantid)[oa]s? "
    r"(?:por|pel[oa]s?)|\b(?:installée?s?|fourni(?:e|es|s)?|développée?s?|exploitée?s?|entretenue?s?|construite?s?) "
    r"par|\b(?:installat|fornit|sviluppat|gestit)[oaie] da|\b(?:разработал[аи]?|установил[аи]?|поставил[аи]?|"
    r"построил[аи]?|внедрил[аи]?|разработан\w*|установлен\w*|поставлен\w*)|由|من (?:تركيب|تطوير|توريد))"
    r"(?:\s+(?:the|la|el|a|o|le|компания|компанией|фирма|شركة|company|firm|empresa|société|firma))?\s*$",
    re.IGNORECASE)
_SUPPLY_AFTER_RE = re.compile(
    r"^(?:[-–](?:built|made|supplied|installed|run)\b|\s+(?:has |had |also )?(?:built|installed|supplied|provided|"
    r"developed|maintains|maintained|runs|ran|operates|operated|delivered|designed)\b|"
    r"\s*(?:提供|建设|承建|运维|开发|研发|供货|安装|建設|開發|維護))", re.IGNORECASE)
_POSSESSIVE_GOODS_RE = re.compile(
    r"(?:['’]s|s['’])\s*$")
_GOODS_AFTER_RE = re.compile(
    r"^\s+(?:\w+\s+)?(?:cameras?|software|system|systems|app|platform|tools?|scanners?|readers?|drones?|"
    r"equipment|technology|network|devices?|licen[cs]es?)\b", re.IGNORECASE)
_BODY_RE = re.compile(
    r"\b(?:polic\w*|council|city|municipal\w*|ministry|department|sheriff|authority|agency|force|gendarmerie|"
    r"government|prison|court|county|state|army|border|customs|Polizei\w*|Ministerium|Stadt|Gemeinde|Behörde|"
    r"polic[ií]a\w*|alcald\w*|ayuntamiento|ministerio|gobierno|prefeitura|governo|guarda|secretaria|mairie|ville|"
    r"ministère|préfecture|полици\w*|МВД|ГУВД|министерств\w*|правительств\w*|мэри\w*|администраци\w*)\b"
    r"|公安|警察|警方|政府|部门|派出所|شرطة|الشرطة|وزارة|بلدية|الحكومة|هيئة", re.IGNORECASE)
_BLOCK_BEFORE_RE = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|instead|no longer|stopped|ceased|refused|declined|rejected|"
    r"claims?|claimed|alleg\w*|rumou?r\w*|despite|suspected|accused|whether|if|could|may|might|would|will|plans?|"
    r"planned|planning|intends?|considering|considers|proposed|proposal|wants? to|nunca|não|nem|jamais|pas|nicht|"
    r"kein\w*|nie|не|нет|ни|sin|sem|sans|ohne|без|without|former|previous|old|earlier|existing|current|legacy|"
    r"compatible|existentes?|actuales|existantes?|vorhanden\w*|bestehend\w*|существующ\w*|planea|pretende|prevé|"
    r"podría|pourrait|könnte|может|собирается|планирует|question\w*|inquiry|hearings?)\b|n['’]t\b|"
    r"不|未|没有|否认|计划|拟|可能|现有|既有|原有|兼容|是否|質詢|质询|清查"
    r"|(?<![\u0600-\u06ff])(?:لا|لم|لن|ليس|ليست|نفت|نفى|دون|بدون|الحالية)(?![\u0600-\u06ff])", re.IGNORECASE)
_BLOCK_AFTER_RE = re.compile(
    r"\b(?:replac\w*|remov\w*|ripp?\w* out|phas\w* out|switched off|decommission\w*|no longer|stopped|"
    r"(?:was|were|is|are) not|not (?:purchased|bought|used|selected)|had (?:also )?(?:offered|bid)|offered|bid|"
    r"compatible|connected to|integrat\w*|retir\w*|sustitu\w*|reemplaz\w*|remplac\w*|ersetzt|entfernt|"
    r"замен\w*|демонтир\w*|denied|denies|deny|(?:has|have|had|plays?|played) no (?:role|part|involvement)|"
    r"not involved|no (?:tienen?|tuvo|tuvieron) (?:ningún )?papel|n['’](?:a|ont) (?:aucun|pas de) rôle|"
    r"keine Rolle|alternatives?|rivals?|competitors?|clones?)\b"  # "ShotSpotter alternative": another vendor's goods
    r"|拆除|替换|停用|兼容|对接|没有参与|未参与", re.IGNORECASE)


_PURCHASE_RE = re.compile(
    r"\b(?:tenders?|bids?|bidders?|procure\w*|purchas\w*|bought|buys?|paid|awarded|contracted|contracts?|budget\w*|"
    r"licitaci\w*|licitaç\w*|compr(?:a|as|ó|ou|ar|ado|ada)|adquiri\w*|adjudic\w*|achat|achète|acheté\w*|commandé\w*|"
    r"appel d['’]offres|Ausschreibung\w*|beschaff\w*|gekauft|kauft|закуп\w*|тендер\w*|купил\w*|контракт\w*)\b"
    r"|招标|招標|采购|採購|预算|預算|購置|购置|中标|中標|(?<![\u0600-\u06ff])(?:شراء|مناقصة|عقد)(?![\u0600-\u06ff])"
    r"|\bfor (?:US|A|C|NZ|R|B)?\$ ?\d|\bfor (?:USD|EUR|GBP|€|£) ?\d",  # a priced replacement or upgrade buys
    re.IGNORECASE)
_NO_BEFORE_RE = re.compile(
    r"(?:\b(?:no|not|any|nothing|without|neither|nor|ningun[oa]?|ningún|nenhum[a]?|aucun[e]?|keine?\w*|никак\w*|не|нет)"
    r"\b|不|无|無|未|并无|並無)[^.;。；\n]{0,30}$", re.IGNORECASE)


_BINDING_RE = re.compile(  # supply wording that binds a vendor whatever else its sentence says ("OEM agreement")
    r"\b(?:agreements?|partners?|partnership|OEM|suppl\w+|manufactured for|deal|acuerdo|acordo|accord|Vertrag\w*|"
    r"договор\w*|поставк\w*)\b|合作|供应|供货|提供", re.IGNORECASE)


def buys_nothing(text: str, parties: list[Party]) -> bool:
    """No supplier the registry does not know (an awardee) and no purchase or tender word that is not negated ("no
    new purchase", "No agency may buy", 无采购决议)."""
    if any(p.role == "supplier" and not p.vendor_id for p in parties):
        return False
    return not any(not _NO_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()])
                   for m in _PURCHASE_RE.finditer(text))


#: Only a conjunction between two vendor names: the second shares the first's binding.
_AND_RE = re.compile(r"\s*(?:,|、|，|/|&|\band\b|\bor\b|\by\b|\be\b|\bet\b|\bund\b|\bи\b|和|及|与|或)\s*", re.I)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence around a name (at most 300 characters either side)."""
    lo = max(0, start - 300)
    marks = [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, start)]
    stop = _SENTENCE_END_RE.search(text, end, min(len(text), end + 300))
    return (marks[-1] if marks else lo), (stop.start() if stop else min(len(text), end + 300))


def _general(text: str, start: int, s: int, e: int) -> bool:
    return bool(_GENERAL_RE.search(text, s, e) or _EXAMPLE_BEFORE_RE.search(text[max(s, start - 30):start]))


def _listed_general(text: str, names: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The vendor names (spans) named in general: by their sentence or the words before them (`_general`), or as a
    later item of a list whose previous item is ("proveedores como Hikvision y Dahua": Dahua too)."""
    out: set[tuple[int, int]] = set()
    previous: tuple[int, int] | None = None
    for start, end in names:
        s, e = _sentence(text, start, end)
        if _general(text, start, s, e) or (previous in out and previous[1] <= start
                                           and _LIST_GAP_RE.match(text[previous[1]:start])):
            out.add((start, end))
        previous = (start, end)
    return out


def _bound(text: str, start: int, end: int, s: int, e: int, prev_end: int) -> bool:
    """Use or build wording binds the name at [start, end) (in sentence [s, e)) to a body's system; `prev_end`: the end
    of the previous vendor name in the sentence (a use verb before it is that name's)."""
    lo = max(s, start - _REACH, prev_end)
    before = text[lo:start]
    after = text[end:min(e, end + 80)]
    return bool(_USE_BEFORE_RE.search(before) or _BY_BEFORE_RE.search(before[-60:])
                or _SUPPLY_AFTER_RE.match(after)
                or (_POSSESSIVE_GOODS_RE.search(before[-4:]) and _GOODS_AFTER_RE.match(after)))


def _bindings(text: str, names: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """Whether wording binds each vendor name (in text order); a name joined to the one before it only by a
    conjunction shares its binding ("cameras made by Dahua and Uniview")."""
    out: dict[tuple[int, int], bool] = {}
    for index, (start, end) in enumerate(names):
        s, e = _sentence(text, start, end)
        prev_end = max((ne for ns, ne in names if s <= ns and ne <= start), default=s)
        bound = _bound(text, start, end, s, e, prev_end)
        if not bound and index and names[index - 1][1] == prev_end > s and _AND_RE.fullmatch(text, prev_end, start):
            bound = out[names[index - 1]]
        out[(start, end)] = bound
    return out


def settle(text: str, parties: list[Party], kind: str | None = None) -> list[Party]:
    """The parties with the news rule applied to registry vendors (module doc); other texts unchanged."""
    if not any(p.vendor_id and p.evidence is not None for p in parties):
        return parties
    from enrich.disclosure_roles import is_disclosure
    from enrich.vendor_links import notice_stage
    if notice_stage(text, kind) is not None or is_disclosure(text, kind):
        return parties
    promote = buys_nothing(text, parties)
    explainer = promote and bool(_EXPLAINER_RE.search(text))
    bodies = any(p.vendor_id is None and p.role in ("buyer", "mentioned") for p in parties)
    names = sorted((p.evidence.start, p.evidence.end) for p in parties if p.vendor_id and p.evidence is not None)
    listed = _listed_general(text, names)
    suppliers = {p.vendor_id for p in parties if p.role == "supplier" and p.vendor_id}
    bound_at = _bindings(text, names)
    out: list[Party] = []
    for party in parties:
        if party.vendor_id and party.evidence is not None and party.role in ("supplier", "mentioned"):
            start, end = party.evidence.start, party.evidence.end
            s, e = _sentence(text, start, end)
            prev_end = max((ne for ns, ne in names if s <= ns and ne <= start), default=s)
            general = explainer or (start, end) in listed
            if explainer:
                bound = bool(_USE_BEFORE_RE.search(text, max(s, start - _REACH, prev_end), start))
            else:
                bound = bound_at[(start, end)]
            if party.role == "supplier" and general and not bound and not _PURCHASE_RE.search(text, s, e) \
                    and (explainer or not _BINDING_RE.search(text, s, e)):
                party = replace(party, role="mentioned", decided_by="news/general")
            elif promote and party.role == "mentioned" and bound and text[e:e + 1] not in "?？" and not general \
                    and party.vendor_id not in suppliers \
                    and (bodies or _BODY_RE.search(text, s, e)) \
                    and not _BLOCK_BEFORE_RE.search(text, s, start) and not _BLOCK_AFTER_RE.search(text, end, e):
                party = replace(party, role="supplier", decided_by="news/used")
                suppliers.add(party.vendor_id or "")
        out.append(party)
    return out
