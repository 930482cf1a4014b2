"""The filer of a company disclosure as its supplier, also when the filer is no registry vendor.

Why: the labelling rule "Suppliers in company disclosures" (tests/eval/README.md) makes the filer that sells the
technology the supplier of an annual report, 10-K/20-F, prospectus or ESG report. enrich/disclosure_roles.py keeps a
registry vendor that files as a supplier, but a filer the registry does not know ("Annual report — Halcyon Forensic
Technologies plc", "北辰セキュリティ株式会社 有価証券報告書", "Geschäftsbericht 2026 der Rheinwacht
Sicherheitstechnik AG") was no party at all: across the development sets about 120 labelled filers were missed this way.

How: a disclosure (disclosure_roles.is_disclosure) names its filer in its title, beside the report's kind ("Annual
report: X", "X — 10-K", "10-K — Item 1 (X)", "X招股说明书", "사업보고서: ㈜X"), or in the body as the company's own name
in brackets ("本公司（X）", "当社グループ（X株式会社）", "公司名称：X"). A title
piece is the filer when it has a company's
shape: a legal form or a company word (disclosure_roles' company_title), or capitalised words the body opens with
("Ozone Retail Analytics — Annual Report" / "Ozone provides …"). A public body's report, an anonymised filer
("某科技股份有限公司") and the report's own words are no filer. Returns one (start, end) span into the text, or None.
"""
from __future__ import annotations

import re

from enrich.disclosure_roles import company_title, is_disclosure, public_author, report_title_spans

_PIECE_SEPARATOR_RE = re.compile(
    r"(?:\s*(?:[:：|｜（）]|\((?!주\))|(?<!\(주)\))\s*)+(?:[—–-]\s+)?|\s+[—–-]\s+"
    r"|,\s+(?!(?:Inc|Ltd|LLC|Corp|S\.A|SA|plc|Co|L\.P)\b)")
# "2026 der X", "(excerpt) X", "of X": what stands between a report's kind and its filer
_LEADING_NOISE_RE = re.compile(
    r"(?:\s|[（(](?![주株유有][)）])[^()（）\n]{0,20}[)）]|\d{4}\b|\b(?:der|des|du|de|del|de la|da|do|of)\b)+",
    re.IGNORECASE)  # r40_suppliers: "(주)한빛비전" keeps its Korean legal form
_TRAILING_NOISE_RE = re.compile(
    r"(?:\s+(?:announces|reports|enters|wins|signs|receives|completes|selected|contract|agreement)\b[^\n]*"
    r"|(?:\s|[,，]|(?<!\d)\d{4}(?:年度?)?|\b(?:excerpt|extract|summary|Auszug|extrait|extracto)\b)+)$", re.IGNORECASE)
_ANONYMOUS_RE = re.compile(r"某|XX|xx|\*\*")  # "某科技股份有限公司", "XX照明": a filer the writer hid
_LATIN_WORD_RE = re.compile(r"[^\W\d_][\w&.'’-]*")
_CAPITALISED_NAME_RE = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+(?:&\s+)?[^\W\d_][\w.'’-]*){1,5}")
_BODY_OWN_NAME_RE = re.compile(
    r"(?:本公司|本集团|本集團|公司|发行人|發行人|当社グループ|当社)[（(](?P<name>[^（）()\n，。]{2,40}?"
    r"(?:股份有限公司|有限责任公司|有限公司|株式会社|公司))[）)]"
    r"|(?:证券简称|證券簡稱)[：:]\s*(?P<short>[^\sX（）()\n，。；]{2,12})(?=[）)\s])"
    r"|公司(?:名称|名稱)[：:]\s*(?P<named>[^\s（）()\n，。；]{2,40}?(?:股份有限公司|有限责任公司|有限公司|公司))(?=[。；，\s]|$)")
# The body's opening company, named with its legal form ("On November 3, Varentis Systems Corp. entered into …").
_OPENING_COMPANY_RE = re.compile(
    r"(?<![\w&'’-])(?!(?:On|In|The|Our|We|As|At|For|During|Item|Form|Part|Note|Die|Der|Das|La|Le|Les|El|Los|A|O|Il)\s)"
    r"(?P<name>(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*,?\s+"
    r"(?:Inc\.|Corp\.|Corporation|Ltd\.?|Limited|plc|PLC|LLC|Holdings(?:,? Inc\.| Ltd\.?)?|Group|AG|S\.A\.|SA|Bhd"
    r"|Berhad|K\.K\.))"
    r"(?![\w-])")
_CJK_TITLE_COMPANY_RE = re.compile(
    r"(?P<name>[^\s（）()：:，。]{2,40}?(?:股份有限公司|有限责任公司|有限公司|集团|集團|控股))"
    r"(?:\d{4}年?|关于|關於|年度|半年度|首次|招股|向|公开发行|公開發行|发行|發行|募集|重大|临时|臨時|[\s（(])")
# r36b: 募集说明书; r40_suppliers: 重大訊息公告, 临时公告
_NOT_A_NAME_RE = re.compile(r"(?:Our|The|Item|Part|Section|Note|Form|Business|Management|Risk)\b")
_OPENING = 200  # the body's first words: where a filer written without a legal form must appear


def filer_span(text: str, kind: str | None = None) -> tuple[int, int] | None:
    """The filer's name in a company disclosure: from its title, else the body's own name in brackets."""
    if not is_disclosure(text, kind):
        return None
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    chinese = _CJK_TITLE_COMPANY_RE.match(text, 0, title_end)  # "华晟视安科技股份有限公司关于签订…的公告"
    if chinese and not _ANONYMOUS_RE.search(chinese.group("name")):
        return chinese.span("name")
    for start, end in _title_pieces(text, title_end):
        if _is_company(text, start, end, title_end):
            return start, end
    own = _BODY_OWN_NAME_RE.search(text, 0, title_end + 2_000)
    if own:
        group = next(g for g in ("name", "short", "named") if own.group(g))
        if not _ANONYMOUS_RE.search(own.group(group)):
            return own.span(group)
    opening = _OPENING_COMPANY_RE.search(text, title_end, title_end + _OPENING)
    return opening.span("name") if opening else None


def _title_pieces(text: str, title_end: int) -> list[tuple[int, int]]:
    """The title's parts between separators, each without the report's own words and a year or qualifier."""
    cuts = [0]
    for separator in _PIECE_SEPARATOR_RE.finditer(text, 0, title_end):
        cuts += [separator.start(), separator.end()]
    cuts.append(title_end)
    pieces = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        reports = report_title_spans(text[start:end])
        if reports:  # "X招股说明书", "Geschäftsbericht 2026 der X": the words beside the report's kind
            first, last = reports[0][0], reports[-1][1]
            candidates = [(start, start + first), (start + last, end)]
        else:
            candidates = [(start, end)]
        for lo, hi in candidates:
            lead = _LEADING_NOISE_RE.match(text, lo, hi)
            lo = lead.end() if lead else lo
            trail = _TRAILING_NOISE_RE.search(text, lo, hi)
            hi = trail.start() if trail else hi
            if hi - lo >= 2:
                pieces.append((lo, hi))
    return pieces


def _is_company(text: str, start: int, end: int, title_end: int) -> bool:
    name = text[start:end]
    if _ANONYMOUS_RE.search(name) or report_title_spans(name) or _NOT_A_NAME_RE.match(name):
        return False
    if company_title(name):  # "Quanta Safe City Holdings": a legal form outweighs a public body's word
        return not name[:1].islower()
    if public_author(name):
        return False
    words = _LATIN_WORD_RE.findall(name)
    if len(words) < 2 or not _CAPITALISED_NAME_RE.fullmatch(name) or not all(w[:1].isupper() for w in words):
        return False  # "non-surveillance", "Item 4.B" or "lighting only" are no names
    return re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", text[title_end:title_end + _OPENING]) is not None
