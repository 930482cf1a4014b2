"""Supplier links in company disclosures: the filer is the supplier; another company only where the text binds it to
delivering the surveillance system to the filer's customers (labelling rule "Suppliers in company disclosures",
tests/eval/README.md, round 33).

Why: a vendor → buyer graph must show who delivered surveillance to whom, not a filer's supply chain. Filers name
their partners, resellers, chip, server and cloud providers, investors, customers and competitors ("Partners include
Thales", "Our equipment partners are Huawei and ZTE, which supply servers under subcontracts", 合作伙伴为华为云); the
cue rules (enrich/vendor_links.py) read "partner", "supplier" and 由X提供 as supply wording, as they must in a tender or
an award ("delivered with our technology partner ZTE" for a named city project stays a supplier there).

How (cues in enrich/data/disclosure_roles.yaml): a notice is a company disclosure when the source says so (kind
"disclosure") or its title names a company report in any supported language (10-K, annual report, ESG report,
年度报告, 招股说明书, 公司关于…的公告, rapport annuel, informe anual, Geschäftsbericht, 有価証券報告書,
사업보고서, годовой отчёт …) and no public body wrote it. There a registry vendor the rules or the role model
made `supplier` stays one only when it is the filer (named in the title, or opening the text) or when its own
words (from the previous vendor name or its clause's start to the next name or the clause's end) bind it to a
project - a project, consortium or subcontract in its clause, or a filing that announces one contract
(关于签订…合同的公告, an 8-K's agreement) - and say it delivers, builds, installs or supplies, without making it a
component or infrastructure provider (chips, servers, cloud, sensors, modules licensed into the filer's products) or
a reseller, distributor, investor, customer or competitor. Words that hand the delivery to the filer's customer ("for
the customer", "to the force", 联合体成员…共同实施; round 35b) bind it on a project even without "we", and there
"customer" is the recipient and storage or a cloud platform the project's goods, not the filer's components. Every
other supplier link becomes `mentioned`, its evidence unchanged, so nothing is lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from enrich.cache import table
from enrich.model import Party
from enrich.vendor_clauses import clause

CUES_PATH = Path(__file__).parent / "data" / "disclosure_roles.yaml"
_OPENING = 160  # a name this close to the body's start opens the text: the filer ("X Ltd. sells …")
_SEPARATOR_RE = re.compile(r"[。；;！？!?\n]|\.\s|[,，、]")  # a name after one of these no longer opens the text
_LIST_GAP_RE = re.compile(r"\s*(?:[,，、/]|and|or|et|y|und|и|和|及|与|或)?\s*(?:and\s+)?")  # between two listed names
_LIST_MARK_RE = re.compile(r"[,，、;；]|\band\b|\bet\b|\by\b|\bund\b|\bи\b|和|及|与")  # a listed name's words start


@dataclass(frozen=True)
class _Cues:
    report_title: re.Pattern[str]
    company_title: re.Pattern[str]
    public_author: re.Pattern[str]
    contract_title: re.Pattern[str]
    project: re.Pattern[str]
    component: re.Pattern[str]
    other_role: re.Pattern[str]
    delivery: re.Pattern[str]
    filer_before: re.Pattern[str]
    first_person: re.Pattern[str]
    handover: re.Pattern[str]
    press: re.Pattern[str]


@table()
def _cues() -> _Cues:
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))

    def one(key: str) -> re.Pattern[str]:
        value = data[key]
        joined = "|".join(f"(?:{p})" for p in value) if isinstance(value, list) else value
        return re.compile(joined, re.IGNORECASE)

    return _Cues(**{key: one(f"r33_vendors33_{key}") for key in (
        "report_title", "company_title", "public_author", "contract_title", "project", "component", "other_role",
        "delivery", "filer_before", "first_person")}, handover=one("r35b_suppliers_handover"),
        press=one("r40_suppliers_press_title"))


def is_disclosure(text: str, kind: str | None = None) -> bool:
    """A company's own report or announcement: the source's kind, else its title."""
    if kind == "disclosure":
        return True
    if kind is not None and kind != "other":
        return False
    title = text.partition("\n")[0]
    cues = _cues()
    if cues.press.search(title) and cues.company_title.search(title):
        return True  # "Press release – Veridia Vision plc wins …": a company's own release (r40_suppliers)
    return bool(cues.report_title.search(title)) and bool(cues.company_title.search(title)
                                                          or not cues.public_author.search(title))


def report_title_spans(title: str) -> list[tuple[int, int]]:
    """Where a title names a company report's kind ("Annual report", "10-K", "招股说明书"); used by
    enrich/disclosure_filers.py to find the filer beside it."""
    cues = _cues()
    spans = [m.span() for m in cues.report_title.finditer(title)]
    return sorted(spans + [m.span() for m in cues.press.finditer(title)])  # "Press release – X plc" (r40_suppliers)


def company_title(name: str) -> bool:
    """The name has a company's legal form or company word (Ltd, Holdings, 股份有限公司, ㈜)."""
    return bool(_cues().company_title.search(name))


def public_author(name: str) -> bool:
    """The name is a public body's (police, council, ministry, 公安)."""
    return bool(_cues().public_author.search(name))


def settle(text: str, parties: list[Party], kind: str | None = None) -> list[Party]:
    """The parties with every supplier link of a disclosure that the rule does not keep made `mentioned`."""
    if not any(p.role == "supplier" and p.vendor_id for p in parties) or not is_disclosure(text, kind):
        return parties
    cues = _cues()
    title, _, _ = text.partition("\n")
    filers = {p.vendor_id for p in parties if p.vendor_id and _is_filer(text, p, len(title))}
    contract = bool(cues.contract_title.search(title))
    names = sorted((p.evidence.start, p.evidence.end) for p in parties if p.vendor_id and p.evidence is not None)
    out: list[Party] = []
    for party in parties:
        if party.role == "supplier" and party.vendor_id and party.vendor_id not in filers \
                and party.evidence is not None \
                and not _bound(text, party.evidence.start, party.evidence.end, names, contract, cues):
            party = replace(party, role="mentioned", decided_by="disclosure/mentioned")
        out.append(party)
    return out


def _is_filer(text: str, party: Party, title_end: int) -> bool:
    """The vendor names the filing: in its title, or opening its text."""
    if party.evidence is None:
        return False
    start = party.evidence.start
    if _cues().filer_before.search(text, clause(text, start, party.evidence.end)[0], start):
        return True  # "We are a wholly owned subsidiary brand of X"
    return start < title_end or start - title_end <= _OPENING and not _SEPARATOR_RE.search(text, title_end + 1, start) \
        and not _cues().first_person.search(text, title_end + 1, start)  # round 36b: "We resell X": "we" is the filer


def _bound(text: str, start: int, end: int, names: list[tuple[int, int]], contract: bool, cues: _Cues) -> bool:
    """The name's own words bind it to delivering a project of the filer's customers."""
    lo, hi = clause(text, start, end)
    before = max([lo, *(e for s, e in names if e <= start)])
    marks = [m.end() for m in _LIST_MARK_RE.finditer(text, before, start)]
    tail = end  # the list's last name: "X and Y, which supply servers" speaks of both
    for s, e in names:
        if s >= tail and _LIST_GAP_RE.fullmatch(text, tail, s):
            tail = e
    after = min([hi, *(s for s, e in names if s >= tail)])
    own = text[marks[-1] if marks else before:start] + " " + text[tail:after]
    whole = text[lo:hi]
    project = bool(cues.project.search(whole))
    handed = project and bool(cues.handover.search(own))  # "installed the cameras for the customer", 联合体成员
    if (not handed and cues.component.search(own)) or cues.other_role.search(cues.handover.sub(" ", own)):
        return False
    ours = contract or project and (handed or bool(cues.first_person.search(whole)))
    return ours and bool(cues.delivery.search(whole))
