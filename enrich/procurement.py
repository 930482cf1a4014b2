"""Which procurement a notice belongs to, and what it says about that procurement's procedure and money.

Why: a call, its award, the contract and its amendments are separate notices; analysts count and judge
procurements. Each format states the shared id differently, so one pure function per format reads it from the
structured facts (scrapers/parsing/*) or, for ccgp pages, from the labelled text:
  OCDS ocid (global, also UK FTS / Contracts Finder) · eForms contract folder id (BT-04) · legacy TED: the earlier
  notice it refers to (REF_NOTICE), else its own number · ccgp 项目编号 + buyer (project numbers repeat across
  buyers) · USAspending generated award id (an award and its modifications) · Legistar client + matter id.
A notice that states none gets no key and stays a procurement of its own. The same function reads the stage, the
estimate / award / after-modification values with the line they come from, whether the stated procedure is
non-open or needs a published call, and the award date: the inputs of the cross-notice indicators (db/integrity.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich.cache import table
from enrich.model import Amount, Facts, Money, Party, ProcurementLink
from enrich.text import fold

DATA = Path(__file__).with_name("data") / "integrity_cues.yaml"

#: eForms BT-105 codes (legacy PT_* are mapped onto them by the parser) → procedure class of integrity_cues.yaml.
EFORMS_PROCEDURES = {"open": "open", "restricted": "restricted", "neg-w-call": "restricted", "comp-dial": "restricted",
                     "innovation": "restricted", "comp-tend": "restricted", "neg-wo-call": "non_open"}
#: OCDS procurementMethod codelist → procedure class.
OCDS_METHODS = {"open": "open", "selective": "restricted", "limited": "non_open", "direct": "non_open"}
WITH_CALL = frozenset({"open", "restricted", "cn_consultation"})
_OCDS_STAGES = (("contractAmendment", "amendment"), ("implementation", "amendment"), ("contract", "contract"),
                ("award", "award"), ("tender", "tender"), ("planning", "plan"))
_KIND_STAGES = {"tender": "tender", "award": "award", "plan": "plan", "grant": "award"}
_OJ_REF = re.compile(r"(\d{4})/S\s*\d+\s*-\s*0*(\d+)")


@table()
def cues() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))  # lists of cues and labels per key
    return loaded


@table()
def _procedure_cues() -> tuple[tuple[str, str, bool, re.Pattern[str] | None], ...]:
    """(folded cue, class, allowed in titles, whole-word pattern for short Latin cues), longest first."""
    found = []
    for group in cues()["procedures"]:
        for cue in group["cues"]:
            folded = fold(cue)
            word = None if len(folded) > 8 or not folded.isascii() else \
                re.compile(rf"(?<![\w-]){re.escape(folded)}(?![\w-])")
            found.append((folded, group["class"], bool(group.get("title")), word))
    return tuple(sorted(found, key=lambda c: -len(c[0])))


def procedure_class(value: str | None, *, title: bool = False) -> str | None:
    """The procedure class (open, restricted, non_open, cn_*) a procedure field or a title states: longest cue."""
    if not value:
        return None
    folded = fold(value)
    for cue, klass, in_titles, word in _procedure_cues():
        if title and not in_titles:
            continue
        if (word.search(folded) is not None) if (word is not None and not title) else cue in folded:
            return klass
    return None


@lru_cache(maxsize=64)
def _line_pattern(label: str) -> re.Pattern[str]:
    numbered = r"(?:[一二三四五六七八九十\d]+[、.．][ \t]*)?"  # "三、采购方式：" as well as "采购方式："
    return re.compile(rf"(?m)^[ \t]*{numbered}{re.escape(label)}[ \t]*[:：][ \t]*(.*)$")


def find_line(text: str, *labels: str) -> tuple[int, int, str] | None:
    """(start, end, value) of the first line starting with one of `labels` + colon (ASCII or fullwidth)."""
    for label in labels:
        at = text.find(label)  # the line holds the label as written: without it, no need to run the pattern
        tried = -1
        while at != -1:  # a match opens a line holding the label (it crosses no line break before it): only the
            line = text.rfind("\n", 0, at) + 1  # starts of those lines are tried, in order (`search` tried ^ at
            if line != tried:  # every position of a long notice)
                match = _line_pattern(label).match(text, line)
                if match:
                    return match.start(), match.end(), match.group(1).strip()
                tried = line
            at = text.find(label, at + 1)
    return None


def stated_procedure(facts: Facts, text: str, title: str) -> tuple[str | None, str | None]:
    """(procedure class, the line or field it was read from) — structured facts first, then labelled text, then
    the title (Chinese method names only, e.g. 单一来源采购公示)."""
    method = facts.get("procurement_method")
    if method in OCDS_METHODS:
        details = facts.get("procurement_method_details")
        return OCDS_METHODS[method], f"procurementMethod: {method}" + (f" ({details})" if details else "")
    code = facts.get("procedure_type")
    if code in EFORMS_PROCEDURES:
        return EFORMS_PROCEDURES[code], f"procedure: {code}"
    if str(facts.get("notice_type") or "").lower().startswith("veat"):
        return "non_open", f"notice type: {facts['notice_type']}"
    line = find_line(text, *cues()["procedure_labels"])
    if line and procedure_class(line[2]):
        return procedure_class(line[2]), text[line[0]:line[1]].strip()
    if procedure_class(title, title=True):
        return procedure_class(title, title=True), title
    return None, None


def _value_line(text: str, labels: tuple[str, ...], value: Decimal) -> str | None:
    """The first line labelled with one of `labels` that shows `value` (digits compared, separators ignored)."""
    digits = str(int(value))
    for label in labels:
        for match in re.finditer(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*[:：][^\n]*$", text):
            if digits in re.sub(r"[^0-9.]", "", match.group(0)).split(".")[0]:
                return match.group(0).strip()
    return None


def _money(fact: Any, text: str, *labels: str) -> Money | None:
    """A {"amount", "currency"} fact as Money, citing the labelled line that shows it."""
    if not isinstance(fact, dict) or fact.get("amount") in (None, ""):
        return None
    try:
        value = Decimal(str(fact["amount"]))
    except InvalidOperation:
        return None
    evidence = _value_line(text, labels, value) or \
        f"{labels[0] if labels else 'value'}: {value} {fact.get('currency') or ''}".strip()
    return Money(value, fact.get("currency"), evidence)


def _summed(facts_list: Any, text: str, label: str) -> Money | None:
    """Several values of one currency (lots, awards) as their sum; None when currencies differ."""
    values = [f for f in facts_list or [] if isinstance(f, dict) and f.get("amount") not in (None, "")]
    if not values or len({f.get("currency") for f in values}) != 1:
        return None
    if len(values) == 1:
        return _money(values[0], text, label)
    total = sum((Decimal(str(f["amount"])) for f in values), Decimal(0))
    evidence = f"{label}: " + " + ".join(f"{f['amount']} {f.get('currency') or ''}".strip() for f in values)
    return Money(total, values[0].get("currency"), evidence)


def _first_date(*candidates: Any) -> date | None:
    """The earliest date of the first candidate (a value or a list of values) that holds one."""
    for candidate in candidates:
        found = []
        for value in candidate if isinstance(candidate, list) else [candidate]:
            try:
                found.append(date.fromisoformat(str(value)[:10]))
            except ValueError:
                continue
        if found:
            return min(found)
    return None


def ted_number(value: str | None) -> str | None:
    """A TED publication number "NNNNNN-YYYY" from itself or an OJ reference ("2020/S 201-900001")."""
    if not value:
        return None
    match = _OJ_REF.search(value)
    if match:
        return f"{int(match.group(2)):06d}-{match.group(1)}"
    match = re.fullmatch(r"0*(\d+)-(\d{4})", value.strip())
    return f"{int(match.group(1)):06d}-{match.group(2)}" if match else None


def _normalised(name: str) -> str:
    return re.sub(r"\s+", "", fold(name))


def _ocds(facts: Facts, text: str) -> dict[str, Any]:
    tags = [str(t) for t in facts.get("tags") or []]
    stage = next((s for tag, s in _OCDS_STAGES if any(t.startswith(tag) for t in tags)), None)
    if "compiled" in tags:  # a record's compiled release: the furthest stage it holds
        stage = ("contract" if facts.get("contract_values") else "award" if facts.get("award_values")
                 else "tender" if facts.get("estimated_value") or facts.get("tender_period") else "plan")
    out = {"key": f"ocds:{facts['ocid']}", "method": "ocds_ocid", "evidence": f"OCID: {facts['ocid']}",
           "stage": stage or "other",
           "estimate": _money(facts.get("estimated_value"), text, "Estimated value")
           or _money(facts.get("budget"), text, "Budget"),
           "award": _summed(facts.get("award_values"), text, "Award value"),
           "award_date": _first_date(facts.get("award_dates"))}
    if stage in ("contract", "amendment"):
        out["final"] = _summed(facts.get("contract_values"), text, "Contract value")
    return out


def _eforms(facts: Facts, text: str) -> dict[str, Any]:
    notice_type = str(facts.get("notice_type") or "").lower()
    modification = facts.get("modification") or {}
    if notice_type.endswith("modif") or modification:
        stage = "amendment"
    elif notice_type.startswith(("can", "veat")):
        stage = "award"
    elif notice_type.startswith(("cn", "qu", "subco")):
        stage = "tender"
    elif notice_type.startswith("pin"):
        stage = "plan"
    else:
        stage = "other"
    folder = facts.get("contract_folder_id")
    out = {"key": f"eforms:{folder}" if folder else None, "method": "eforms_contract_folder" if folder else "none",
           "evidence": f"contract folder id (BT-04): {folder}" if folder else None, "stage": stage,
           "own_ref": ted_number(facts.get("publication_number")),
           "ref": ted_number(modification.get("changed_notice")),
           "estimate": _money(facts.get("estimated_value"), text, "Estimated value"),
           "award_date": _first_date(facts.get("contract_signed"))}
    if stage == "amendment":
        out["final"] = _money(modification.get("value_after"), text, "Contract value after modification",
                              "Total award value")
    elif stage == "award":
        out["award"] = (_money(facts.get("total_award_value"), text, "Total award value")
                        or _summed(facts.get("award_values"), text, "Award value"))
    return out


def _ted_legacy(facts: Facts, text: str) -> dict[str, Any]:
    own = ted_number(facts.get("notice_number")) or ted_number(facts.get("oj_reference"))
    ref = ted_number(facts.get("referenced_notice"))
    form = str(facts.get("form") or "").upper()
    modification = facts.get("modification") or {}
    stage = ("amendment" if form.startswith("F20") or modification.get("value_after")
             else "award" if form[:3] in ("F03", "F06", "F13", "F15", "F18", "F25")
             else "tender" if form[:3] in ("F02", "F05", "F07", "F12", "F17", "F19", "F24")
             else "plan" if form[:3] in ("F01", "F04", "F16") else None)
    out = {"key": f"ted:{ref or own}" if (ref or own) else None,
           "method": "ted_reference" if ref else "ted_notice" if own else "none",
           "evidence": (f"refers to notice {facts['referenced_notice']}" if ref
                        else f"TED notice {facts.get('oj_reference') or facts.get('notice_number')}" if own else None),
           "stage": stage, "own_ref": own, "ref": ref,
           # the contract's own estimate only: lot estimates (section V) need not cover every awarded lot
           "estimate": _money(facts.get("estimated_value"), text, "Estimated value"),
           "award_date": _first_date(facts.get("contract_signed"))}
    if stage == "amendment":
        out["award"] = _money(modification.get("value_before"), text, "Contract value before modification")
        out["final"] = _money(modification.get("value_after"), text, "Contract value after modification")
    elif stage == "award":
        out["award"] = (_money(facts.get("total_award_value"), text, "Total award value")
                        or _summed(facts.get("award_values"), text, "Award value"))
    return out


def _usaspending(facts: Facts, text: str) -> dict[str, Any]:
    generated = facts.get("generated_internal_id") or facts.get("award_id")
    modification = facts.get("modification_number")
    out: dict[str, Any] = {"key": f"usaspending:{generated}", "method": "usaspending_award",
                           "evidence": f"Award ID: {facts.get('award_id')} ({generated})",
                           "award_date": _first_date(facts.get("action_date"), facts.get("start_date"))}
    amount = {"amount": facts.get("amount"), "currency": "USD"}
    if modification is None:  # the award itself: its amount is the current total of all its transactions
        out.update(stage="contract", final=_money(amount, text, "Value"))
    elif str(modification).strip() in ("0", ""):
        out.update(stage="award", award=_money(amount, text, "Transaction amount"))
    else:
        out.update(stage="amendment")
    return out


def _value(amount: Amount) -> Decimal:
    """The value of an amount known to have one."""
    assert amount.value is not None
    return amount.value


def _ccgp(text: str, kind: str, parties: list[Party], amounts: list[Amount]) -> dict[str, Any]:
    line = find_line(text, *cues()["project_number_labels"])
    number = re.match(r"[A-Za-z0-9][A-Za-z0-9\-_/.()（）\[\]【】]*", line[2]) if line else None
    buyer = next((p for p in parties if p.role == "buyer"), None)
    out: dict[str, Any] = {"stage": _KIND_STAGES.get(kind, "other")}
    if line and number and buyer:  # (number implies line)
        out.update(key=f"ccgp:{number.group(0)}|{_normalised(buyer.name)}", method="ccgp_project_number",
                   evidence=f"{text[line[0]:line[1]].strip()} · 采购人 {buyer.name}")
    budgets = [a for a in amounts if a.kind == "budget" and a.value is not None]
    awards = [a for a in amounts if a.kind == "award" and a.value is not None]
    if budgets:
        best = max(budgets, key=_value)
        out["estimate"] = Money(_value(best), best.currency, best.evidence.text)
    if awards and out["stage"] == "award":
        best = max(awards, key=_value)
        out["award"] = Money(_value(best), best.currency, best.evidence.text)
    return out


def link(facts: Facts | None, text: str, *, title: str = "", kind: str = "other",
         parties: Sequence[Party] = (), amounts: Sequence[Amount] = ()) -> ProcurementLink:
    """The procurement link of one notice: key, method, evidence, stage, values, procedure, award date."""
    facts = facts or {}
    if facts.get("ocid"):
        found = _ocds(facts, text)
    elif facts.get("generated_internal_id") or facts.get("award_id"):
        found = _usaspending(facts, text)
    elif facts.get("legistar_client") and facts.get("matter_id"):
        found = {"key": f"legistar:{facts['legistar_client']}:{facts['matter_id']}", "method": "legistar_matter",
                 "evidence": f"{facts['legistar_client']}.legistar.com matter {facts['matter_id']}"
                             + (f" (File: {facts['matter_file']})" if facts.get("matter_file") else "")}
    elif facts.get("contract_folder_id") or facts.get("publication_number") or facts.get("notice_subtype"):
        found = _eforms(facts, text)
    elif facts.get("notice_number") or facts.get("oj_reference"):
        found = _ted_legacy(facts, text)
    elif find_line(text, *cues()["project_number_labels"]):
        found = _ccgp(text, kind, list(parties), list(amounts))
    else:
        found = {}
    found["stage"] = found.get("stage") or _KIND_STAGES.get(kind, "other")
    procedure, _ = stated_procedure(facts, text, title)
    return ProcurementLink(
        key=found.get("key"), method=found.get("method") or "none", evidence=found.get("evidence"),
        stage=found["stage"], own_ref=found.get("own_ref"), ref=found.get("ref"), estimate=found.get("estimate"),
        award=found.get("award"), final=found.get("final"), direct=procedure == "non_open",
        call_stated=procedure in WITH_CALL, award_date=found.get("award_date"))
