"""The headline amount of a notice (what the export and the map show).

Why a documented rule: a notice may state a budget, several lots, a total, deposits and bids; users must be able
to tell which one they see. Award beats budget, bids/deposits/unit prices never headline, lots are summed unless
a stated total is larger.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from enrich.model import Amount, Span
from enrich.money.extract import FoundAmount
from enrich.money.labels import labelled_kind
from enrich.money.numbers import tidy
from enrich.money.stated_budget import states_budget


def _is_labelled(amount: Amount, text: str | None) -> bool:
    if isinstance(amount, FoundAmount):
        return amount.labelled
    if text is None:
        return True  # an Amount built elsewhere: without the text we cannot tell, so it does not headline
    return labelled_kind(text, amount.evidence.start, amount.evidence.end) is not None


def _value(amount: Amount) -> Decimal:
    """The value of a pooled amount (the pools below hold only amounts with one)."""
    assert amount.value is not None
    return amount.value


def largest_amount(amounts: list[Amount], prefer: str = "award", text: str | None = None) -> Amount | None:
    """The headline amount for the export.

    Choice (documented for users): take amounts of the preferred kind (award by default), else the other of
    award/budget; amounts of kind ``other`` (bids, deposits, unit prices) and masked amounts never headline.
    Within the chosen kind, keep the currency of its first amount. When two or more distinct lots are stated,
    the headline is the sum of each lot's largest amount - unless an unlabelled amount (a stated total) is
    larger, which then wins. Otherwise the largest single amount. A lot sum is returned with
    ``lot="包1+包2"``-style label and, when ``text`` is given, evidence spanning the first to the last lot
    amount; without ``text`` its evidence is the largest lot amount's.

    When no amount is labelled award or budget, a sum that no label qualifies at all (a
    contract value in running prose: "signed a £95,000 pilot", "ao custo de R$ 1.190.000,00") headlines with
    kind ``other``; amounts a label marks as something else (deposits, bids, unit prices, revenue, capital)
    still never do.
    """
    fallback = {"award": "budget", "budget": "award"}.get(prefer, "award")
    for kind in (prefer, fallback, None):
        if kind is None:
            pool = [a for a in amounts if a.kind == "other" and a.value is not None and not _is_labelled(a, text)]
            kind = "other"
        else:
            pool = [a for a in amounts if a.kind == kind and a.value is not None]
        if not pool:
            continue
        currency = pool[0].currency
        pool = [a for a in pool if a.currency == currency]
        per_lot: dict[str, Amount] = {}
        unlabelled: list[Amount] = []
        for amount in pool:
            if amount.lot is None:
                unlabelled.append(amount)
            elif amount.lot not in per_lot or _value(amount) > _value(per_lot[amount.lot]):
                per_lot[amount.lot] = amount
        best_single = max(pool, key=_value)
        if len(per_lot) < 2:
            return best_single
        lots = sorted(per_lot.values(), key=lambda a: a.evidence.start)
        total = sum((_value(a) for a in lots), Decimal(0))
        if unlabelled and max(_value(a) for a in unlabelled) >= total:
            return max(unlabelled, key=_value)
        if text is not None:
            first, last = lots[0].evidence.start, max(a.evidence.end for a in lots)
            evidence = Span(first, last, text[first:last])
        else:
            evidence = max(lots, key=_value).evidence
        return Amount(tidy(total), currency, kind, evidence, "+".join(a.lot for a in lots if a.lot))
    return None


def never_spent(amounts: list[Amount], text: str | None = None, *, keep_budget: bool = True) -> list[Amount]:
    """The sums of a notice that withdraws its own purchase (a tender cancelled, a contract voted down, an order
    that failed: `classify_notice`'s "withdrawn"), kept as found but as kind ``other`` and labelled, so that none
    headlines: the notice reports money that was not spent, and its headline would read as a purchase.

    r31b_money31b: a sum its label states as the budget ("原预算：86万元", "budgeted at $2,100,000", "presupuesto ₡ 620
    millones", "geschätzt 1,2 Mio. Euro") stays a budget: a cancelled tender's budget is what the notice is about (the
    label writers of sets ae and ag label it, kind ``budget``); awards, bids and prose sums still headline nothing.

    r33b_money33b: with `text`, a sum no label qualifies that the prose states as the budget in apposition
    ("licitación … presupuestada en USD 2,4 millones", "采购案（預算新臺幣620萬元）", "pilot ($197,000 budgeted)":
    `enrich.money.stated_budget`) is that budget too.

    r37_buyers: with `keep_budget` false (a notice that cancels, voids, suspends or withdraws a tender, or declares it
    failed or deserted: `enrich.tender_cancellation.cancels_tender`) no sum stays a budget, the stated one included:
    nothing is bought or committed and the tender is usually re-run, so its budget would be counted twice
    (tests/eval/README.md, "Budgets of failed tenders …" (1)). A postponed deadline or an amended tender that goes on
    is no withdrawn notice and keeps its budget."""
    if not keep_budget:
        return [replace(a, kind="other", labelled=True) if isinstance(a, FoundAmount) else replace(a, kind="other")
                for a in amounts]
    return [a if a.kind == "budget" else replace(a, kind="budget", labelled=True) if (
        text is not None and isinstance(a, FoundAmount) and not a.labelled and a.value is not None
        and states_budget(text, a.evidence.start, a.evidence.end))
        else replace(a, kind="other", labelled=True) if isinstance(a, FoundAmount)
        else replace(a, kind="other") for a in amounts]


def withdrawn_headline(amounts: list[Amount], text: str | None = None) -> Amount | None:
    """The headline of a withdrawn notice's sums (after `never_spent`): its stated budget, else none."""
    budgets = [a for a in amounts if a.kind == "budget"]
    return largest_amount(budgets, prefer="budget", text=text) if budgets else None
