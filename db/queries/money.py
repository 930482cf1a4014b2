"""Money bought (r32_money32): the headline amounts that sums add as spending.

A notice that withdraws its own purchase (notices.purchase_state 'withdrawn', migration 0011: a tender cancelled or
failed, a contract voted down) headlines the budget it stated, which was not spent. Every query that sums or maps
headline amounts as money bought (the map's values, the vendor and buyer totals, the watch lists' sums) joins its
amounts through `bought`, so such a notice is still counted and listed but adds no money; the notices table and the
notice page show its amount labelled `WITHDRAWN_LABEL`.
"""
from __future__ import annotations

#: How a withdrawn notice's amount is labelled wherever it is listed.
WITHDRAWN_LABEL = "cancelled: budget, not spent"


def bought(amount: str = "a") -> str:
    """SQL: the amount row `amount` is a headline amount of a notice that did not withdraw its purchase (a probe of
    the small partial index notices_withdrawn_idx, so queries that do not read the wide notices table still don't)."""
    return (f"{amount}.is_headline AND NOT EXISTS (SELECT 1 FROM notices withdrawn WHERE withdrawn.id = "
            f"{amount}.notice_id AND withdrawn.purchase_state IS NOT NULL)")
