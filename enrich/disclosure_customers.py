"""The customer a company disclosure names as the one who bought, ordered, contracted or deployed the filer's system is
its buyer (tests/eval/README.md, labelling rule "Budgets of failed tenders; customers in disclosures; …", part 2).

Why: a vendor -> buyer graph needs the customers a filer names ("entered into a $14.6 million agreement with the
Oklahoma Department of Corrections", "selected by the City of Albuquerque", 与昆山市公安局签订…合同,
"a reçu une commande de la Ville de Nice"), and the map needs the notice placed where that customer is. The
general prose readers (enrich/prose_parties.py) read such names only where a fixed head happens to carry them:
across the development sets they missed ten labelled customers ("a Master Services Agreement with the County of
Riverside", "a $3.1 million contract with Harris County", 公司中标X"…项目"), read the filer itself as the buyer
("Ironbridge installed 1,800 cameras for the city of Recife") and took a police department inside the contract
for the city that signed it.

How: only in a company disclosure (the spider says so, or its title names a company report and its filer:
places/disclosure_place.is_company_disclosure). Contract, order, selection and delivery frames of en fr es pt it
de ru zh ja ko name the customer after them ("contract with X", "order from X", "selected by X", "delivered to
X", "installed … for X", 与X签订, 收到X…中标通知书, 中标X“…项目”, 要求X支付, "X와 계약", "Xから受注",
"Xに納入") or before the verb ("X selected our", "X 采购了公司"). A name must be written out: a capitalised
body ("County of Riverside", "the city of Recife") or a Chinese, Japanese or Korean name ending in an
organisation's head. A customer written by its kind or region ("a municipal customer", "某市公安局", "各地发改委",
"la ville", "지자체 고객") names nobody. Never a company (legal form), a registry vendor, the filer or any party
already read as supplier or mentioned (a partner, a subcontractor, an investor). The first customer named wins;
a buyer the general readers found is kept when it starts inside it (it may read the name further: "Department
of Corrections, Rehabilitation and Reentry"), otherwise it gives way (becomes `mentioned`). A buyer that is the
filer or a company is never a disclosure's buyer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.buyer_cues import COMPANY, is_vendor
from enrich.disclosure_filers import filer_span
from enrich.disclosure_roles import company_title
from enrich.model import Party, Span
from enrich.places.disclosure_place import is_company_disclosure

_READ = 6000  # customers are named early; disclosures stored by the pipeline are passages of ≤ 1,200 characters

# --- Latin scripts: a frame, then the customer's name
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|el|los|las|a|o|as|os|il|lo|der|die|dem|den|des)\s+)?"
_AMOUNT = r"(?:[^.;:\n]{0,60}?\s)?"  # "a $14.6 million", "a three-year master services"
_FRAMES_AFTER = re.compile(
    r"\b(?:"
    # en: contract/agreement/order with or from X; selected/awarded by X; delivered/sold/installed … to/for X
    r"(?:contracts?|agreements?|subcontracts?|orders?|purchase orders?|awards?|deals?|task orders?)\s+(?:with|from)"
    r"|(?:selected|chosen|awarded|engaged|retained|hired|contracted)\s+by"
    r"|(?:deliver(?:ed|s|ing)?|suppl(?:ied|ies|y)|sold|ship(?:ped|s)|install(?:ed|s|ing)?|deploy(?:ed|s|ing)?"
    r"|provid(?:ed|es|ing)|commission(?:ed|ing))\b" + _AMOUNT + r"(?:to|for)"
    # fr
    r"|(?:contrat|march[ée]|accord|commande|convention)s?\b" + _AMOUNT + r"(?:avec|de|d['’]|aupr[èe]s d[eu])"
    r"|(?:retenue?s?|choisie?s?|s[ée]lectionn[ée]e?s?|attribu[ée]e?s?)\s+par"
    r"|(?:livr[ée]e?s?|fourni(?:e|es|s)?|install[ée]e?s?|d[ée]ploy[ée]e?s?|vendue?s?)\b" + _AMOUNT + r"(?:[àa]|pour|au)"
    # es pt it
    r"|(?:contratos?|convenios?|acuerdos?|pedidos?|[óo]rden(?:es)? de compra|encomendas?|contratti|ordini)\b" + _AMOUNT
    + r"(?:con|com|de|da|do|del|della|dal|dalla)"
    r"|(?:seleccionad|adjudicad|elegid|selecionad|escolhid|contratad|aggiudicat|selezionat)[oaie]s?\s+"
    r"(?:por|pel[oa]|da|dal|dalla)"
    r"|(?:suministr|entreg|instal|implement|fornec|vend|consegnat|fornit|installat)\w*\b" + _AMOUNT
    + r"(?:a|al|para|per|ao|à)"
    # de
    r"|(?:Auftrag|Vertrag|Rahmenvertrag|Bestellung|Zuschlag)\b" + _AMOUNT + r"(?:mit|von|vom|der|des)"
    r"|(?:geliefert|installiert|ausgeliefert|verkauft)\s+(?:an|für)"
    # ru
    r"|(?:контракт|госконтракт|договор|соглашени|заказ)\w*\b" + _AMOUNT + r"(?:с|со|от)"
    r")\s+" + _ARTICLE, re.IGNORECASE)
# r40: the filer's customers listed ("Customers include the Swedish Police Authority, which uses our software", "nos
# clients comprennent la …"): read where the text names a surveillance technology (a parking-sign maker's customers
# bought no surveillance: hard negatives), or where the sentence says the customer uses the filer's system
_LISTED = re.compile(r"\b(?:customers|clients|clientes|Kunden)\s+(?:include|including|such as|incluent|comprennent"
                     r"|incluyen|incluem|como|wie|sind|zählen)\s+" + _ARTICLE, re.IGNORECASE)
# a body written before its buying verb, and the object that is the filer's ("the City of Tulsa selected our platform")
_FRAMES_BEFORE = re.compile(
    r"(?:\s+\([^()\n]{1,60}\))?"  # the customer's town in brackets: "Baton Rouge Police Department (Baton Rouge, La.)"
    # r40b_places: the customer's state after a comma: "the City of Tacoma, Washington deployed our system"
    r"(?:,\s+(?-i:[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?),?)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:selected|chose|ordered|purchased|bought|awarded|contracted|signed|deployed"
    r"|renewed|extended|installed|adopted|licensed"
    r"|a (?:command[ée]|choisi|retenu|sign[ée]|d[ée]ploy[ée]|install[ée]|renouvel[ée]|acquis|achet[ée])"
    r"|(?:ha |han )?(?:seleccionado|adjudicado|contratado|comprado|desplegado|renovado|adquirido)"
    r"|(?:contratou|adquiriu|comprou|implantou|renovou|escolheu|selecionou|encomendou)"
    r"|(?:hat|haben) "
    # r40_suppliers: "la Municipalidad de Lima contrató nuestra plataforma", "il Comune di Torino ha acquistato"
    r"|(?:contrató|compró|adquirió|seleccionó|implementó|desplegó|encargó)\s+(?:a\s+|la\s+|el\s+)?"
    r"(?:nuestra|nuestro|nuestras|nuestros|su|sus)"
    r"|ha (?:acquistato|scelto|ordinato|installato|adottato) (?:la nostra|il nostro|i nostri|le nostre))\b",
    re.IGNORECASE)
_DESIGNATOR = (r"(?:(?:city|county|town|village|state|province|municipality|district|borough|port|government|republic"
               r"|ville|commune|m[ée]tropole|r[ée]gion|d[ée]partement|ciudad|municipalidad|municipio|alcald[ií]a"
               r"|ayuntamiento|provincia|prefeitura|munic[ií]pio|cidade|comune|citt[àa]|stadt|landkreis|gemeinde)"
               r"\s+(?:of|de|du|del|de la|da|do|di|der)\s+)")
_CAP = r"[A-ZÀ-ÞА-ЯЁ][\w'’.&-]*"
_CONNECT = r"(?:of|the|and|for|on|de|del|des|du|de la|la|le|da|do|dos|das|di|della|y|e|et|und|für|der|&|-)"
# a name never runs across a line: a title's customer ends at the title's end (r42b_buyers: "… Contract with Ministry of
# Interior of the Republic of Uzbekistan" then the filer opening the body)
_NAME = re.compile(rf"(?:{_DESIGNATOR}|{_CAP}[^\S\n]+)?(?:{_CAP})(?:[^\S\n]+(?:{_CONNECT}[^\S\n]+)*{_CAP})*")
_NOT_A_NAME = re.compile(
    r"^(?:The\s+)?(?:Company|Group|Issuer|Registrant|We|Our|Board|Item|Form|Agreement|Contract|Customer|Client"
    r"|Société|Gesellschaft|Compañía|Empresa|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b", re.IGNORECASE)
# a customer written by its kind: "a municipal customer", "two county jail customers" (lowercase) read no name; these
# words inside a capitalised run are no name either ("Customer A")
_BODY_WORD = re.compile(
    r"\b(?:city|county|town|village|state|province|municipality|district|borough|port|government|republic|police"
    r"|sheriff|department|ministry|authority|agency|office|council|commission|school|schools|university|hospital"
    r"|transit|metro|airport|utility|service|services|force|corrections|prison|court|army|guard|bureau|administration"
    r"|registry|registro|registre|register|institute|instituto|institut"
    r"|ville|commune|m[ée]tropole|r[ée]gion|d[ée]partement|minist[èe]re|mairie|pr[ée]fecture|gendarmerie|conseil"
    r"|ciudad|municipalidad|municipio|alcald[ií]a|ayuntamiento|gobierno|polic[ií]a|ministerio|secretar[ií]a"
    r"|prefeitura|munic[ií]pio|governo|comune|regione|polizia|ministero|stadt|landkreis|gemeinde|polizei|ministerium"
    r"|beh[öo]rde|verkehrsbetriebe|администраци\w*|мэри\w*|правительств\w*|департамент\w*|министерств\w*|мвд"
    r"|гувд|полици\w*)\b", re.IGNORECASE)

# --- CJK scripts: the name sits between a particle and the frame's verb
def _zh_name(group: str) -> str:
    return rf"(?P<{group}>[\u4e00-\u9fff（）()]{{2,40}}?)"


_ZH_FRAMES = re.compile(
    rf"(?:与|和|與|同){_zh_name('a')}(?:正式)?(?:签订|签署|簽訂|簽署|订立|訂立)"
    rf"|(?:收到|接到|接获|接獲){_zh_name('b')}(?:发出|發出|发来|發來|签发|簽發)?的?《?"
    r"(?:(?:中标|中標|成交|得标|得標|决标|決標)通知[书書]|通知[，,]?(?:本公司|公司)?(?:中标|中標|得标|得標))"
    rf"|(?:中标|中標|入围|入圍){_zh_name('c')}[“\"《「]"
    rf"|要求{_zh_name('d')}(?:支付|付清|偿还|償還)"
    rf"|(?:向|为|為){_zh_name('e')}(?:交付|供货|供貨|提供|建设|建設|实施|實施|销售|銷售)"
    rf"|(?:^|[，。；：\s]){_zh_name('f')}(?:采购了|采购|採購了|採購|选用|選用|部署了|订购|訂購)"
    r"(?:本公司|公司|本集团|本集團)")
_ZH_HEAD = re.compile(r"(?:公安局|分局|公安厅|公安廳|人民政府|政府|委员会|委員會|办公室|辦公室|管理局|执法局"
                      r"|執法局|局|厅|廳|委|中心|支队|支隊|大队|大隊|派出所|管委会|管委會|街道办事处|学校|學校"
                      r"|大学|大學|医院|醫院|警察局|警政署|署)$")
_ZH_LEAD = re.compile(r"(?:近日|日前|正式|已|于|於|本公司|公司|全资子公司|控股子公司|子公司|的)+")
_JA_FRAMES = re.compile(
    r"(?P<name>[\u3040-\u30ff\u4e00-\u9fff]{2,30}?)(?:から|より|との間で|と)(?:の)?[^。、\n]{0,30}?(?:受注|落札|契約|締結)"
    # r40b_places: the product may come between: "福岡市交通局に顔認証改札システムを納入"
    r"|(?P<name2>[\u3040-\u30ff\u4e00-\u9fff]{2,30}?)(?:に|へ)(?:[^。、\n]{0,20}?を)?(?:納入|導入|納品)"
    # the customer as the subject of the filer's product: "福井市が当社の顔認証システムを導入しました"
    r"|(?P<name3>[\u3040-\u30ff\u4e00-\u9fff]{2,30}?)(?:が|は)(?:当社|弊社|当グループ)の?[^。\n]{0,30}?を?"
    r"(?:導入|採用|発注|購入|契約)")
_JA_HEAD = re.compile(r"(?:都|道|府|県|市|区|町|村|警察本部|警察署|警察|警視庁|庁|省|局|役所|役場|公社|機構)$")
_KO_FRAMES = re.compile(
    r"(?P<name>[가-힣]{2,20})(?:와|과|로부터|으로부터|에|에게)\s?(?:[^\s.。]+\s){0,4}?(?:계약|수주|납품|공급)"
    # r40b_places: the customer as the subject of the filer's product, a district after its city: "인천광역시 연수구가
    # 당사 솔루션을 도입했다"
    r"|(?P<name2>(?:[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s)?[가-힣]{2,20})(?:이|가|은|는)\s"
    r"(?:당사|자사|당사의|자사의)\s?(?:[^\s.。]+\s){0,3}?[^\s.。]*?(?:도입|채택|구매|발주)")
_KO_HEAD = re.compile(r"(?:특별시|광역시|자치시|시|군|구|도|청|경찰청|경찰서|공사|공단|시청|군청|구청|도청)$")
_KO_PARTICLE_TAIL = re.compile(r"(?:와|과|로부터|으로부터|에게|에)$")
# a Chinese customer written by its kind or region: 各地发改委, 地方政府, 多地政府, 县级公安机关
_ZH_KIND = re.compile(r"(?:各|多|地方|若干|部分|全国|有关|相关|当地|海外|境外|国内|省市|市县|县级|市级"
                      r"|省级|区县|基层|该|上述|其他|其它|多家|多个|一些|政法|公安机关)")
_ANONYMOUS = re.compile(r"某|XX|xx|\*\*|○○|모\s?(?:시|군|구)|某々")


def customers(text: str, taken: list[tuple[int, int]], filer: str | None = None, *,
              listed: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every named customer of the disclosure, in text order; `taken` are the spans of its suppliers
    and other companies, `filer` the filer's name; `listed`: also one named in a list of the filer's customers."""
    window = text[:_READ]
    found = _latin_after(window, listed) + _latin_before(window) + _german_subject(window) + _cjk(window)
    out = []
    for start, end in sorted(set(found)):
        name = window[start:end]
        if any(s < end and start < e for s, e in taken) or _is_filer(name, filer) or COMPANY.search(name) \
                or company_title(name) or is_vendor(name) or _ANONYMOUS.search(name):
            continue
        out.append((start, end))
    return out


def _latin_after(window: str, listed: bool) -> list[tuple[int, int]]:
    spans = []
    for frame in [*_FRAMES_AFTER.finditer(window), *_LISTED.finditer(window)]:
        name = _NAME.match(window, frame.end())
        if name and _body_name(name.group(0)) and (
                frame.re is _FRAMES_AFTER or listed or _LISTED_USE.match(window, name.end())):
            start, end = name.span()
            spans.append((start, end - 1 if _SENTENCE_DOT.search(window, start, end) else end))
    return spans


# "Customers include the X" outside a surveillance text names a customer that bought only where the sentence says it
# uses or deployed the filer's system (", which uses our software"); a bare list may be of anything the filer sells
_LISTED_USE = re.compile(r",?\s+(?:which|that|who)\s+(?:uses?|used|deploy(?:s|ed)?|has\s+deployed|bought|runs?"
                         r"|operates?|licen[cs]es?)\b", re.IGNORECASE)


# r40b_places: German puts the verb second and the customer after it: "Im Geschäftsjahr hat die Stadt Bremerhaven
# unser System beauftragt"; the customer is the name between the auxiliary and the filer's possessive
_DE_SUBJECT = re.compile(r"\b(?:hat|haben)\s+(?:die|der|das)\s+")
_DE_OURS = re.compile(r"\s+(?:unser|unsere|unseren|unserem|unseres)\b")


def _german_subject(window: str) -> list[tuple[int, int]]:
    spans = []
    for frame in _DE_SUBJECT.finditer(window):
        name = _NAME.match(window, frame.end())
        if name and _body_name(name.group(0)) and _DE_OURS.match(window, name.end()):
            spans.append(name.span())
    return spans


def _latin_before(window: str) -> list[tuple[int, int]]:
    spans = []
    for verb in _FRAMES_BEFORE.finditer(window):
        line_start = max(window.rfind("\n", 0, verb.start()), window.rfind(". ", 0, verb.start()),
                         window.rfind(", ", 0, verb.start()), window.rfind("; ", 0, verb.start())) + 1
        for name in _NAME.finditer(window, line_start, verb.start()):
            if name.end() == verb.start() and _body_name(name.group(0)):
                article = _LEADING_ARTICLE.match(name.group(0))  # "The City of Tulsa selected": the name
                spans.append((name.start() + (article.end() if article else 0), name.end()))
    return spans


# a sentence's full stop read into a name ("Customers include the City of Austin."), not an abbreviation's ("Dept.")
_SENTENCE_DOT = re.compile(r"(?<!\bDept)(?<!\bSt)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<![A-Z])\.$")
_LEADING_ARTICLE = re.compile(r"(?:The|La|Le|El|Die|Der|A|O)\s+")


def _body_name(name: str) -> bool:
    """A written-out public body: a body word and at least one capitalised word that is no body word."""
    if _NOT_A_NAME.match(name) or not _BODY_WORD.search(name):
        return False
    rest = _BODY_WORD.sub(" ", name)
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_][\w'’-]*", rest)
               if w.casefold() not in {"the", "of", "and", "for", "de", "del", "la", "le", "da", "do", "di", "der"})


def _cjk(window: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ZH_FRAMES.finditer(window):
        start, end = match.span(match.lastgroup or "a")
        lead = _ZH_LEAD.match(window, start, end)
        start = lead.end() if lead else start
        if _ZH_HEAD.search(window[start:end]) and end - start >= 3 and not _ZH_KIND.match(window, start, end):
            spans.append((start, end))
    for match in _JA_FRAMES.finditer(window):
        group = next(g for g in ("name", "name2", "name3") if match.group(g))
        start, end = match.span(group)
        start = _kana_start(window, start, end)
        if _JA_HEAD.search(window[start:end]) and end - start >= 2:
            spans.append((start, end))
    for match in _KO_FRAMES.finditer(window):
        start, end = match.span("name" if match.group("name") else "name2")
        if _KO_HEAD.search(window[start:end]):
            spans.append((start, end))
    return spans


def _kana_start(window: str, start: int, end: int) -> int:
    """A Japanese name starts after the last particle before it (は, が, を, の …): "当社は横浜市から受注" → 横浜市."""
    cut = max((window.rfind(p, start, end) for p in ("は", "が", "を", "、", "も", "で", "に")), default=-1)
    return cut + 1 if cut >= start else start


def _public_mention(party: Party) -> bool:
    """A public body another reader left `mentioned` ("… wins Glasgow City Council contract"): no company, so no bar to
    reading it as the customer (r40_suppliers)."""
    return party.role == "mentioned" and party.vendor_id is None and _body_name(party.name) and not (
        COMPANY.search(party.name) or company_title(party.name))


def _is_filer(name: str, filer: str | None) -> bool:
    if not filer:
        return False
    first = re.split(r"[\s,]", filer.strip(), maxsplit=1)[0]
    return name == filer or name in filer or filer in name or (len(first) > 3 and name.split()[0:1] == [first])


def settle(text: str, parties: list[Party], source: str | None, kind: str | None, *,
           surveillance: bool = True) -> list[Party]:
    """The parties with a disclosure's first named customer as its buyer, and no filer or company as buyer;
    `surveillance`: the text names a surveillance technology (a customer in a list is read only then)."""
    if not is_company_disclosure(text, source, kind):
        return parties
    filer = filer_span(text, kind)
    filer_name = text[filer[0]:filer[1]] if filer else None
    taken = [(p.evidence.start, p.evidence.end) for p in parties if p.role != "buyer" and p.evidence is not None
             and not _public_mention(p)]
    named = customers(text, taken, filer_name, listed=surveillance)
    buyer = next((p for p in parties if p.role == "buyer"), None)
    if buyer is not None and buyer.evidence is not None and (
            _is_filer(buyer.name, filer_name) or COMPANY.search(buyer.name) or company_title(buyer.name)):
        parties = [replace(p, role="mentioned") if p is buyer else p for p in parties]  # "Ironbridge installed …"
        buyer = None
    if not named:
        return parties
    start, end = named[0]
    if buyer is not None and buyer.evidence is not None and any(
            s <= buyer.evidence.start < e for s, e in named):
        return parties  # the general readers read the same name (perhaps further); not "公司中标X": X is the name
    customer = Party(role="buyer", name=text[start:end], evidence=Span(start, end, text[start:end]),
                     decided_by="disclosure/customer")
    kept = [replace(p, role="mentioned") if p is buyer else p for p in parties
            if not (_public_mention(p) and p.evidence is not None
                    and p.evidence.start < end and start < p.evidence.end)]
    return sorted(kept + [customer], key=lambda p: (p.evidence.start if p.evidence else -1,
                                                   p.evidence.end if p.evidence else -1))
