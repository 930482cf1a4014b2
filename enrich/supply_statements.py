"""Suppliers that are not registry vendors, named in a supply statement: "cameras supplied by X Pty Ltd", "a contract
with X GmbH", "provisto por X S.A.C.", "由X有限公司承建", "X A.Ş. ile … sözleşme", "X株式会社が受注".

Why: award wordings (enrich/prose_suppliers.py) miss most of the ways news items, minutes and filings name the
company that delivered; an unnamed supplier is a missing link in the buyer → supplier graph. These statements are
looser (the verb may stand a few words before the name), so the name must have a company's shape: a legal form
(enrich/legal_forms.py), a company word before it (PT, Công ty, شركة, บริษัท … จำกัด, ООО «…»), a Chinese, Japanese
or Korean company head, or at least two capitalised words that are neither a public body nor a country. Statements
in a notice that buys nothing, or about the equipment a maintenance contract services, name no supplier
(enrich/vendor_contexts.py). A filing's or stock-exchange announcement's issuer ("X, Inc. — Form 10-K",
"X股份有限公司关于…的公告") reports its own sales and counts too. Cues: enrich/data/supply_statements.yaml; the
frames were written by family (the grammar of the statement in each language), each with a near miss in
tests/enrich/test_supply_statements.py. Returns (start, end) spans.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from enrich.cache import table
from enrich.case_suffix_companies import case_suffix_companies
from enrich.cjk_name_edges import after_agent_verb, prefixed_name
from enrich.denied_statements import denied
from enrich.digit_gate import DigitGate
from enrich.fastscan import Scan
from enrich.greek_companies import GREEK_COMPANY_RE
from enrich.hebrew_companies import HEBREW_COMPANY_RE
from enrich.legal_forms import FORM_THEN_QUOTED, QUOTED_THEN_FORM, ends_with_legal_form, legal_form_re, takes_dot
from enrich.prose_parties import _CJK_CHAR, PROSE_WINDOW, _latin_name_end, _words, load_cues
from enrich.prose_text import trimmed
from enrich.role_noun_statements import role_noun_statements, role_nouns_legal
from enrich.statement_gates import digit_gates, narrow
from enrich.tender_winners import tender_winners
from enrich.trade_names import public_named
from enrich.vendor_contexts import Restriction
from enrich.vendors import Registry

CUES_PATH = Path(__file__).parent / "data" / "supply_statements.yaml"
# Supplier field labels of more languages, for enrich/parties.py (which still requires their colon; Chinese labels
# match traditional text too: 得標廠商 is searched as 得标厂商).
FIELD_LABELS = (
    "供应商", "拟定供应商", "拟定的供应商", "合同乙方", "承接单位", "服务商", "中标者", "得标者", "承判商", "承办商",
    "落札者", "落札業者", "受注者", "낙찰자", "계약상대자", "공급업체",
    "contractor name", "successful bidder", "successful supplier", "winning supplier",
    "lieferant", "wykonawca", "dostawca", "aggiudicatario", "aggiudicataria", "fornitore", "prestataire",
    "fournisseur", "leverancier", "opdrachtnemer", "dodavatel", "dodávateľ", "szállító", "nyertes", "furnizor",
    "câștigător", "castigator", "kontraktori", "yüklenici", "penyedia", "pemenang", "pembekal", "nhà thầu",
    "nhà thầu trúng thầu", "nhà cung cấp", "toimittaja", "leverantör", "leverandør", "ανάδοχος",
    "переможець", "постачальник", "победитель аукциона", "изпълнител", "испоручилац", "isporučitelj",
    "добавувач", "гүйцэтгэгч", "მიმწოდებელი", "ผู้ชนะ", "ผู้รับจ้าง", "پیمانکار", "المنفذ", "المورد", "المتعاقد",
    "הזוכה במכרז", "הספק", "הזוכה", "中标", "成交",  # (Macau 判給實體 is either party: not a label)
    # round 29: the role nouns of award summaries and briefs (feminine forms, developer, integrator, awarded firm)
    "vencedora", "fornecedora", "empresa fornecedora", "postor ganador", "best evaluated bidder",
    "developer", "desarrollador", "ejecutor", "intégrateur", "integrador", "name des wirtschaftsteilnehmers",
    "判給廠商", "判给厂商",
    # round 31 (suppliers31): the contractor, supplier, developer and winner nouns of award summaries in languages
    # the list lacked ("Kivitelező: X", "Tiekėjas: X", "Изведувач: X", "المقاول: X", "Adjudicataria: X")
    "adjudicataria", "empresa adjudicataria", "desenvolvedora", "kivitelező", "izvajalec", "dobavitelj", "tiekėjas",
    "rangovas", "piegādātājs", "izpildītājs", "tarnija", "verktaki", "birgir", "kontraktor", "kontraktues",
    "изведувач", "изпълнител на поръчката", "әзірлеуші", "жеткізуші", "орындаушы", "մատակարար", "կապալառու",
    "მომწოდებელი", "tedarikçi", "yüklenici firma", "المقاول", "المطور", "المورّد", "الجهة المنفذة", "پیمانکار",
    "تامین کننده", "sağlayıcı", "承批實體", "承批实体", "承建方", "承建单位", "出租方", "得标", "得標",
)
# scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, kana, CJK): a cue there has no word edge
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

_CJK_FULL_HEADS = r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|合同会社)"
_CJK_HEADS = _CJK_FULL_HEADS[:-1] + r"|工程行|公司|集团|集團|研究所|研究院)"
_CJK_NAME = r"[^\s，。；、,;：:“”\"'（()）「」《》【】由与與向和及]"
_CJK_COMPANY_RE = re.compile(
    rf"(?:株式会社)?{_CJK_NAME}{{2,30}}?{_CJK_HEADS}|株式会社{_CJK_NAME}{{2,20}}?(?=[がはをとの、。])")
_CJK_FULL_COMPANY_RE = re.compile(rf"{_CJK_NAME}{{2,30}}?{_CJK_FULL_HEADS}")
_KO_COMPANY_RE = re.compile(
    r"(?:㈜|\(주\)|주식회사)\s?[가-힣A-Za-z0-9]{2,20}|[가-힣A-Za-z0-9]{2,20}\s?(?:㈜|\(주\)|주식회사)")
_QUOTED_FORM_RE = re.compile(
    r"(?:ООО|ОсОО|ТОО|АО|ПАО|ЗАО|ОАО|НАО|ТОВ|ПрАТ|ПАТ|ТзОВ|АТ|ФОП|Общество с ограниченной ответственностью|"
    r"Акционерное общество|Товариство з обмеженою відповідальністю|შპს|სს)\s*[«\"“„][^»\"”“\n]{1,80}[»\"”“]")
_AR_WORD = (r"\s+(?!(?:على|في|مع|من|عن|إلى|التي|الذي|بقيمة|بمبلغ|بكلفة|بتكلفة|و)(?:\s|$)|لت(?!قني|كنو)|لإ|لا|لو{})"
            r"[^\s،.؛:()\d«»\"]+(?!\.\S)")
_AR_NOT_NAME = (r"|ل(?:شراء|ربط|صيانة|بناء|نصب|جمع|دعم)|(?:توريد|إنشاء|تركيب|تنفيذ|تشغيل)(?:\s|$)"
                r"|(?:عقد|عقدا|عقداً|صفقة|مشروع)(?:\s|$)")  # r41: "منحت … شركة X عقد صيانة": the contract, no name
_AR_COMPANY_RE = re.compile(  # (after the first word, a purpose or the work is no name's word: لشراء, توريد; round 33)
    "(?:شركة|مؤسسة)(?:" + _AR_WORD.format("") + ")(?:" + _AR_WORD.format(_AR_NOT_NAME) + "){0,4}"
    r"(?:\s(?:ش\.)?ذ\.م\.م\.?|\sش\.م\.[مع]\.?)?")
_FA_COMPANY_RE = re.compile(  # Persian: شرکت and up to three words, before a preposition or a verb of the contract
    r"شرکت(?:\s+(?!(?:به|برای|را|در|با|از|که|و|بسته|امضا|منعقد|تمدید|قرارداد\S*|جهت|ارزش|مبلغ|نصب|خرید|خریداری|"
    r"بابت|طی|تا|تحویل)(?:\s|$))[^\s،.؛:()\d«»\"۰-۹]+){1,3}")
_TH_COMPANY_RE = re.compile(r"(?:บริษัท|ห้างหุ้นส่วนจำกัด)\s?[^\n,.]{1,60}?จำกัด(?:\s?\(มหาชน\))?")
_VI_COMPANY_RE = re.compile(r"(?:Tổng )?[Cc]ông ty(?: (?:TNHH|CP|[Cc]ổ phần)(?: [Mm]ột thành viên)?)? (?=[A-ZÀ-Ỹ])")
_BASED_RE = re.compile(r"[A-Z][\w’'.-]*-based\s+(?=[A-Z])")
_SENTENCE_INSIDE_RE = re.compile(r"(?<=\w{2})\.\s+(?=[A-Z])")
# headings, lots and possessives are no company ("Item 1A. Risk Factors", "ao Lote 4", "Management's …", "X's Y")
_NOT_A_NAME_RE = re.compile(  # (a numbered heading's word only with its number: "Table 3", not "Table Bay Vision Ltd")
    r"(?:Item|Part|Section|Note|Exhibit|Schedule|Table|Lote|Lot|Anexo|Partida|Cláusula)\b(?!\s+[A-Z][a-z])"
    r"|(?:Risk|Management|Prospectus|Summary|Annual|Quarterly|Current|Report)\b|.*\w['’]s\b")
_STOCK_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[\s，。；、,;）)]|$)")


def _closing_edge(cue: str) -> str:
    """r41_suppliers: a statement in a spaced script ends on a whole word or after a space ("… conectadas al C5 a X
    S.A. de C.V.": not at "al", then "l C5"); scripts without spaces and Arabic and Hebrew, whose prepositions join
    the next word ("لشركة", "מחברת"), keep their statements as written."""
    return "" if _UNSPACED.search(cue) or _JOINING.search(cue) else r"(?:(?<=\W)|(?!\w))"


_JOINING = re.compile(r"[\u0590-\u08ff]")


@table()
def _statements() -> tuple[tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...], tuple[re.Pattern[str], ...],
                           int]:
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))

    def flags(pattern: str) -> int:
        return 0 if _CJK_CHAR.search(pattern) else re.IGNORECASE

    before = tuple(
        (re.compile(("" if _UNSPACED.search(b) else r"(?<!\w)") + b + _closing_edge(b), flags(b)),
         re.compile(r"\s*(?:" + a + ")", flags(a)) if a else None)
        for b, a in data["before"])
    last = data["r33_parties33_price_last"]  # round 33: a price, then the company closing the sentence
    before += ((re.compile(r"(?:" + last["amount"] + r")\s?[,،]\s?(?:" + last["linkers"] + r"\s)?", re.IGNORECASE),
                re.compile(r"\s*(?:" + last["end"] + ")")),)
    before += tuple((re.compile(b), None) for b, _ in data["r33_parties33_company_word"])  # round 33: على شركة X
    before += tuple((re.compile(r"(?<!\w)" + b, re.IGNORECASE), None) for b, _ in data["r33_parties33_company_noun"])
    before += role_noun_statements(data)  # r37b: the role noun before the name (enrich/role_noun_statements.py)
    priced = data["r32_suppliers32_priced"]  # round 32: the company a price follows (see _legal_only)
    gate = re.compile(r"\s*(?:" + priced["price"] + ")", re.IGNORECASE)
    before += tuple((re.compile(r"(?<!\w)" + b, re.IGNORECASE), gate)
                    for b in [*priced["any_company"], *priced["legal_form"]])
    return before, tuple(re.compile(a) for a in data["after_only"]), len(data["before"])  # (r33's statement)


@table()
def _legal_only() -> frozenset[int]:
    """Round 32 (r32_suppliers32): the statements of a price right after a company whose company must close with a
    legal form ("con X S.A. por MXN 38 millones", "firmě X s.r.o. za 18 400 000 Kč"): after a preposition of a
    language where it also opens places and people ("a", "com", "mit", "od"). `r32_suppliers32_priced` closes the
    statements and its `legal_form` list comes last."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    total = len(_statements()[0])
    return frozenset(range(total - len(data["r32_suppliers32_priced"]["legal_form"]), total)) | role_nouns_legal(data)


def _place_named(name: str) -> bool:
    """A country, region or town by its whole name, no company: "bought 40 cameras from New York for $300,000",
    "flown in from Los Angeles for $3,000" (round 32)."""
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named

    key = place_key(name)
    if country_of(name) or admin1_named(key) or cities_named(key):
        return True
    parts = _PLACE_AND_RE.split(name)  # r41_suppliers: "los accesos a Viña del Mar y Valparaíso": two towns
    return len(parts) > 1 and all(_place_named(part) for part in parts)


_PLACE_AND_RE = re.compile(r"\s(?:y|e|i|and|et|und|en|og|och|ve)\s|,\s")


# a statement's optional gap of words: "(?: (?:…){0,60}?)? ", and its closing word's guards (r41: "(?<!\bpara) ")
_GAP_RE = re.compile(r"\)\{0,(\d+)\}\?\)\?((?:\(\?<!\\b\w{1,8}\))*) ")


@table()
def _nearest() -> tuple[re.Pattern[str] | None, ...]:
    """Per statement with a gap of words ("deal (…) with", "awarded (…) to"), the same statement ending at its first
    closing word, whole: "signed a deal with X to pipe feeds…" names X, where the statement as written (its optional
    gap tried first) reads on to "to pipe"; "a contract to maintain … to X" names none at "to maintain", and the
    statement as written names X. Both are read. None for a statement without a gap."""
    nearest: list[re.Pattern[str] | None] = []
    for pattern, _ in _statements()[0]:
        lazy = _GAP_RE.sub(r"){0,\1}?)??\2 ", pattern.pattern)
        nearest.append(None if lazy == pattern.pattern else re.compile(lazy + r"(?:(?<=\W)|(?!\w))", pattern.flags))
    return tuple(nearest)


@table()
def _scan() -> Scan:
    """The statements tried only where one can start (enrich/fastscan.py): one pass instead of ~50 searches."""
    return Scan([cue for cue, _ in _statements()[0]])


@table()
def _digit_gates() -> tuple[tuple[int, DigitGate], ...]:
    """The statements gated by the digit their amount opens with (enrich/statement_gates.py)."""
    return digit_gates([pattern for pattern, _ in _statements()[0]])


def supply_statements(text: str) -> list[tuple[int, int]]:
    """Spans of companies named as the supplier in a supply statement (see the module doc)."""
    window = text[:PROSE_WINDOW]
    before, after_only, paid = _statements()
    scan = _scan()
    starts = scan.find(window)
    narrow(starts, window, scan.unbounded, paid, _digit_gates())  # (the same matches: enrich/statement_gates.py)
    candidates: list[tuple[int, int, str]] = []  # (start, end, the statement's wording)
    nearest = _nearest()
    legal_only = _legal_only()
    for n, (_, after) in enumerate(before):
        for match in (m for m in scan.finditer(starts, n, window) if not denied(window, m.start(), m.end())):
            near = nearest[n].match(window, match.start()) if nearest[n] is not None else None  # type: ignore[union-attr]
            if near and near.end() != match.end() and (found := _statement_company(window, near, after)) and (
                    not _place_named(window[found[0]:found[1]])):
                candidates.append(found)  # "provided by X and integrated by … Y": both, the first closing word's too
            if (found := _statement_company(window, match, after)) and (
                    ends_with_legal_form(window[found[0]:found[1]]) if n in legal_only
                    else not _place_named(window[found[0]:found[1]])):
                candidates.append(found if n != paid else (*found[:2], "paid"))  # a price, then whom it paid
    candidates += _named_before(window, after_only)
    candidates += [(start, end, "") for start, end in _issuers(window)]
    candidates += [(start, end, "") for start, end in tender_winners(window)]  # r37b: "X Ltd won the tender"
    candidates += [(start, end, "contract") for start, end in case_suffix_companies(window)]  # the contract's party
    if not candidates:
        return []
    restricted = Restriction(text)  # read over the whole text, so only once a statement was found
    return sorted({(start, end) for start, end, wording in candidates
                   if not restricted(start, end, wording) and "某" not in window[start:end]})  # 某…: a masked name


def _statement_company(window: str, match: re.Match[str], after: re.Pattern[str] | None
                       ) -> tuple[int, int, str] | None:
    """(start, end, wording) of the company a statement names right after it, if one with a company's shape does."""
    position = match.end()
    while position < len(window) and window[position] in " \t:：":
        position += 1
    quoted = QUOTED_THEN_FORM.match(window, position)  # r39: "“Adriatik Siguri” sh.p.k.": the quotes are the name's
    while not quoted and position < len(window) and window[position] in "\"“«":
        position += 1
    span = quoted.span() if quoted else _company(window, position, stock=match.group(0).startswith("证券简称"))
    if span is None:
        return None
    start, end = span if quoted else _final_dot(window, *trimmed(window, *span))
    if after is not None and not after.match(window, end):
        return None
    return start, end, match.group(0)


def _company(window: str, position: int, *, stock: bool = False) -> tuple[int, int] | None:
    """The company name opening at ``position``, if it has a company's shape."""
    head = window[position:position + 1]
    if not head:
        return None
    if stock:  # a listed company's short name, unless the notice writes its full name ("瞳安科技", 新疆瞳安…有限公司)
        match = _STOCK_NAME_RE.match(window, position)
        if not match or any(match.group(0)[:2] in full for full in _full_companies(window)):
            return None
        return match.span()
    for pattern in (_QUOTED_FORM_RE, QUOTED_THEN_FORM, _AR_COMPANY_RE, _FA_COMPANY_RE, _TH_COMPANY_RE, _KO_COMPANY_RE,
                    GREEK_COMPANY_RE, HEBREW_COMPANY_RE, FORM_THEN_QUOTED):
        match = pattern.match(window, position)
        if match:
            return match.span()
    if _CJK_CHAR.match(head):
        match = _CJK_COMPANY_RE.match(window, position)
        return after_agent_verb(window, *match.span()) if match else None
    viet = _VI_COMPANY_RE.match(window, position)
    if viet:
        end = _vietnamese_end(window, viet.end())
        return (position, end) if end > viet.end() else None
    based = _BASED_RE.match(window, position)  # "Lilongwe-based X Ltd": the company, not its town
    name_start = based.end() if based else position
    end = _latin_company_end(window, name_start)
    if end <= name_start:
        return None
    position, name = name_start, window[name_start:end]
    if _NOT_A_NAME_RE.match(name):
        return None
    if ends_with_legal_form(name) or window[name_start:name_start + 3] == "PT ":
        return position, end
    return (position, end) if _looks_like_company(name) else None


@lru_cache(maxsize=4)
def _full_companies(window: str) -> tuple[str, ...]:
    """Every _CJK_FULL_COMPANY_RE match of a window, found once for all its stock short names (a lazy pattern
    tried at every position of the window: ~1 ms a Chinese disclosure, once per 证券简称 before)."""
    if "有限" not in window and "会社" not in window:  # every full company head holds one of them
        return ()
    return tuple(full.group(0) for full in _CJK_FULL_COMPANY_RE.finditer(window))


def _final_dot(window: str, start: int, end: int) -> tuple[int, int]:
    """A closing "." kept only where it is the legal form's own ("… Kft.", "… Inc.", not "… Ltd." at a sentence end)."""
    if window[end - 1:end] == "." and not takes_dot(window[start:end - 1]):
        return start, end - 1
    if window[end:end + 1] == "." and takes_dot(window[start:end]):
        return start, end + 1
    return start, end


def _latin_company_end(window: str, start: int) -> int:
    """End of capitalised words and legal forms from ``start``, cut at a sentence end inside them ("CNIL. Aucun")
    and after the last legal form ("… SRL 60 de camere", "… Ltd. The council")."""
    end = _with_legal_form(window, start, _latin_name_end(window, start))
    pattern = legal_form_re()
    stop = _SENTENCE_INSIDE_RE.search(window, start, end)
    while stop and pattern.match(window, stop.end()):
        stop = _SENTENCE_INSIDE_RE.search(window, stop.end(), end)  # "Cía. Ltda.": a legal form goes on (round 33)
    if stop:
        end = stop.start() + 1
    last = None
    for token in re.finditer(r"(?<=[\s,(])\S", window[start:end]):
        form = pattern.match(window, start + token.start(), end)
        if form:
            last = form.end()
    end = last if last is not None else end
    while (number := re.search(r"\s+\d[\d.,]*$", window[start:end])) and number.start() > 0:
        end = start + number.start()  # "Vesuvio Esempio 36 telecamere": a count, not the name
    money = _CURRENCY_TAIL_RE.search(window, start, end)
    if money and _AMOUNT_RE.match(window, end) and money.start() > start and not ends_with_legal_form(
            window[start:end]):
        end = money.start()  # "awarded Mazowe Example Metering US$6.4 million": the currency's letters
    return end


def _vietnamese_end(window: str, start: int) -> int:
    """End of a Vietnamese company name after "Công ty …": capitalised syllables, and a lower-case syllable only
    between two capitalised ones ("Công nghệ An ninh Thăng Long")."""
    end = start
    for token in re.finditer(r"(\S+)(?=(\s+\S+)?)", window[start:start + 120]):
        word = token.group(1).rstrip(".,;:")
        if word != token.group(1) and word[:1].isupper():
            return start + token.start() + len(word)
        following = (token.group(2) or "").strip()
        if word[:1].isupper() or (end > start and following[:1].isupper()):
            end = start + token.start() + len(word)
        else:
            break
    return end


def _with_legal_form(window: str, start: int, end: int) -> int:
    """``end`` moved past legal forms that follow the capitalised words ("… sp. z o.o.", "…, Inc.", "… (Pvt) Ltd")."""
    if end <= start:
        return end
    pattern = legal_form_re()
    last_token = window.rfind(" ", start, end) + 1
    if last_token > start:
        form = pattern.match(window, last_token)
        if form and form.end() > end:
            end = form.end()  # "Przykład Systemy Sp." read up to "Sp.": the form is "Sp. z o.o."
    while True:
        gap = _FORM_GAP_RE.match(window, end)
        assert gap is not None  # the pattern matches the empty string
        form = pattern.match(window, gap.end())
        if not form or form.end() == gap.end():
            return end
        end = form.end()
        if window[end:end + 1] == ")" and "(" in window[gap.start():gap.end()]:
            end += 1


_CURRENCY_TAIL_RE = re.compile(r"\s(?:[A-Z]{1,3}|KSh|Rs|Tk|Sh)$")
_AMOUNT_RE = re.compile(r"\s?[$₵₦₱€£¥₹]|\s?\d")
_FORM_GAP_RE = re.compile(r",?\s?(?:\((?=\w{2,4}\)))?")  # "X, Inc.", "X (Pvt) Ltd"


def _looks_like_company(name: str) -> bool:
    """Two capitalised words or more, none a public body's word, the first no article, the whole no country."""
    words = _words(name)
    if len(words) < 2 or len(name) > 80:
        return False
    folded = [w.casefold() for w in words]
    if folded[0] in load_cues().supplier_reject_first_words or public_named(folded):
        return False
    if sum(1 for w in words if w[:1].isupper()) < 2:
        return False
    if _TWO_PLACES_RE.fullmatch(name):
        return False  # "à Rabat et Salé", "em Niterói e Maricá": two one-word names joined by "and" are places
    import pycountry  # here, not at import: loading it cost ~40 ms of every process's start-up
    try:
        pycountry.countries.lookup(name)
        return False
    except LookupError:
        return True


_TWO_PLACES_RE = re.compile(r"[^\W\d_][\w'’-]*\s+(?:et|e|y|i|und|and|en)\s+[^\W\d_][\w'’-]*\.?")
_BACK_TOKENS = r"(?:[A-ZÀ-ÞĞŞİÇÖÜ][\w'’&.-]*\s){1,6}"


@table()
def _ending_here() -> tuple[re.Pattern[str], ...]:
    """Company names that end where a text ends: CJK and Korean company heads, capitalised words with a legal form."""
    def last(pattern: str) -> re.Pattern[str]:
        return re.compile(f"(?:{pattern})$")

    return (last(_CJK_FULL_COMPANY_RE.pattern), last(_KO_COMPANY_RE.pattern),
            last(_BACK_TOKENS + "(?:" + legal_form_re().pattern + ")"))


def _named_before(window: str, after_only: tuple[re.Pattern[str], ...]) -> list[tuple[int, int, str]]:
    """Companies named before their statement: "X A.Ş. ile … sözleşme", "X株式会社が受注", "X㈜이 맡는다", "X公司承建".
    Found from the company heads and the Turkish "ile", then read backwards (a forward search from every position
    of a long notice costs too much)."""
    spans = []
    cjk, korean, latin = _ending_here()
    for head in _HEAD_RE.finditer(window) if _HEAD_WORDS.search(window) else ():  # (a bare 公司 ends too many
        # other words)
        if statement := next((m for a in after_only[1:] if (m := a.match(window, head.end()))), None):
            name = (korean if head.group(0)[:1] in "㈜(주" and head.group(0) != "株式会社" else cjk).search(
                window, max(0, head.end() - 40), head.end())
            if name:  # (r41: the statement's words are its wording, that binds a maintenance contract's company)
                spans.append((*after_agent_verb(window, *name.span()), statement.group(0)))
        elif (prefixed := prefixed_name(window, head, after_only[1:])) is not None:
            spans.append(prefixed)
    for match in after_only[0].finditer(window) if _spaced_ile(window, after_only[0]) else ():  # the Latin one
        # ("ile"): its name ends in a legal form
        name = latin.search(window, max(0, match.start() - 120), match.start())
        if name:
            spans.append((*name.span(), match.group(0)))
    return spans


# one flat alternation of literals (not a group first): `re` then skips to the positions of their first characters
_HEAD_RE = re.compile(_CJK_FULL_HEADS[3:-1] + r"|㈜|\(주\)|주식회사")
_HEAD_WORDS = re.compile("有限|会社|㈜|주")  # one of them is in every _HEAD_RE match
_ILE = r"\s+ile\b"


def _spaced_ile(window: str, pattern: re.Pattern[str]) -> bool:
    """False when `pattern` (the Turkish "ile" statement, which opens with spaces and "ile") cannot match in the
    window: no "ile" stands right after a space (the plain finditer tries every position of 20,000 characters)."""
    if not pattern.pattern.startswith(_ILE):
        return True  # (another pattern: not known, tried)
    i = window.find("ile")
    while i != -1:
        if i and window[i - 1].isspace():
            return True
        i = window.find("ile", i + 1)
    return False


def unlisted_suppliers(text: str, found: list[tuple[str, int, int]], registry: Registry) -> list[tuple[str, int, int]]:
    """("supplier", start, end) for companies outside the registry named in a supply statement, where no party
    ``found`` overlaps them and they are not its buyer; registry vendors and names holding one ("ZTE Angola", a
    vendor's subsidiary) stay with enrich/vendor_links.py."""
    buyers = {text[s:e].casefold() for role, s, e in found if role == "buyer"}
    return [("supplier", start, end) for start, end in supply_statements(text)
            if not any(s < end and start < e for _, s, e in found)
            and text[start:end].casefold() not in buyers and not registry.resolve(text[start:end])
            and not registry.find_names(text[start:end])]


def without_sentence_dot(text: str, start: int, end: int) -> int:
    """End of a supplier field written inside prose ("… in 2026. Supplier: X GmbH."): the sentence's final dot left
    out, a legal form's own kept ("X Inc.", "X S.p.A."). A field on its own line keeps its text as written."""
    return end - 1 if text[end - 1:end] == "." and not takes_dot(text[start:end - 1]) else end


# A filing's issuer opening a line: "Example Holdings, Inc. — Form 10-K", "示例科技股份有限公司关于签订合同的公告"
_FILER_RE = re.compile(r"^(?P<name>[A-Z][^\n—–]{2,80}?)\s+[—–-]\s+(?:Annual Report on )?(?:Form )?"
                       r"(?:10-K|10-Q|8-K|20-F|S-1|6-K|40-F)\b", re.MULTILINE)
_ZH_ISSUER_RE = re.compile(
    rf"^(?P<name>{_CJK_NAME}{{2,30}}?{_CJK_FULL_HEADS})(?:关于|關於|\d{{4}}年|投资者关系|投資者關係)", re.MULTILINE)


_FILER_FORMS = re.compile(r"10-K|10-Q|8-K|20-F|S-1|6-K|40-F")  # every _FILER_RE match holds one (a cheap search)


_FORM_TITLE_RE = re.compile(r"\bForm (?:10-K|10-Q|8-K|20-F|S-1|6-K|40-F|F-1)\b")
_BODY_OPENING_RE = re.compile(r"(?:On [A-Z][a-z]+ \d{1,2}, \d{4}, )?")  # an 8-K's "On November 3, 2026, X entered"


@table()
def _named_issuer() -> re.Pattern[str]:
    """Capitalised words closed by a legal form ("Vantrix Civic Tech, Inc."), not inside another name."""
    return re.compile(r"(?<![\w,])(?:[A-Z][\w'’&.-]*\s){0,5}?[A-Z][\w'’&.-]*,?\s(?:" + legal_form_re().pattern + ")")


def _form_issuers(window: str) -> list[tuple[int, int]]:
    """A filing's issuer named in a title that opens "Form 10-K …" ("Form 10-K: X, Inc. - Item 1. Business", "Form
    20-F — Item 4 (X Ltd.)"), or, where the title names none, opening the body ("Form 10-Q: Management discussion
    | X Corp. recorded …"): capitalised words closed by a legal form."""
    line_end = window.find("\n")
    title = window[:line_end if line_end >= 0 else len(window)]
    if not _FORM_TITLE_RE.search(title):
        return []
    named = _named_issuer()
    spans = [_final_dot(window, *m.span()) for m in named.finditer(title) if not _NOT_A_NAME_RE.match(m.group(0))]
    if spans or line_end < 0:
        return spans
    start = _BODY_OPENING_RE.match(window, line_end + 1).end()  # type: ignore[union-attr]  # (matches empty)
    first = named.match(window, start)
    return [_final_dot(window, *first.span())] if first and not _NOT_A_NAME_RE.match(first.group(0)) else []


def _issuers(window: str) -> list[tuple[int, int]]:
    """The company whose filing or stock-exchange announcement the notice is (it reports its own sales)."""
    spans = [m.span("name") for m in _ZH_ISSUER_RE.finditer(window)] if "有限" in window or "会社" in window else []
    spans += _form_issuers(window) if "Form " in window[:200] else []
    for match in _FILER_RE.finditer(window) if _FILER_FORMS.search(window) else ():
        span = _company(window, match.start("name"))
        if span and span[1] >= match.end("name") - 1:
            spans.append(_final_dot(window, *trimmed(window, match.start("name"), match.end("name"))))
    return spans
