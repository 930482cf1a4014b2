"""A maker's name right before a negation: the negation takes the vendor ("ZTE denies role", "Hikvision ban calls",
ファーウェイ製品を除外), not the technology. Shared by the cue-level negation and the headline's withdrawal reading."""
from __future__ import annotations

import re

#: Round 27: what may stand between a maker's name and the negation that excludes or denies it ("Huawei equipment
#: excluded", ファーウェイ製品を除外, 화웨이 제품은 배제): its products, not the cameras (those are the technology).
BRAND_TAIL = re.compile(r"\s*(?:(?:products?|equipment|units?|gear|kit|devices?|bids?|offers?|role)\s*"
                        r"|[製制]品[をのは]?|[機机]器[をのは]?"  # (folded: 制品, 机器)
                        r"|제품[은을이]?\s*|장비[는를은]?\s*|产品|设备)?(?:\s*[をはがのは은는을를이가]\s*)?$")

#: Round 30: a rival's bid, offer or quote that a later clause of the cue's sentence says was rejected ("awarded its
#: facial recognition contract to Y after Megvii's bid was disqualified", "… when the other offer was rejected"): the
#: negation that follows takes that bid, not the cue (read between the cue and the negation, up to the negation).
RIVAL_BID = re.compile(r"(?<!\w)(?:after|when|as|because|since|while|once|whereas|where)\s+"
                       r"(?:[^\s,;:]+\s+){0,3}?(?:bids?|offers?|tenders?|quotes?|quotations?|proposals?)\s+"
                       r"(?:(?:was|were|had been|has been)\s*)?$")


def brand_before(folded: str, brands: re.Pattern[str] | None, at: int, after: int = 0) -> bool:
    """Does a maker's name (starting at or after `after`) end right before `at`, but for its products or a particle:
    the vendor is what a negation at `at` takes ("ZTE denies role", "Hikvision ban calls", ファーウェイ製品を除外)?"""
    if brands is None:
        return False
    lo = max(0, after, at - 40)
    window = folded[lo:at]
    return any(BRAND_TAIL.fullmatch(window, m.end()) for m in brands.finditer(window))

