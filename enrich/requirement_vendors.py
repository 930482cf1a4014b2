"""A registry vendor a notice names only as a benchmark, a component maker or an excluded brand supplies nothing
(r43b_suppliers; tests/eval/README.md: "A brand named only as a requirement or as compatible equipment is not a
supplier").

Why: "awarded to X Ltd; the face module must match NEC NeoFace accuracy (benchmark only)", "Dell or equivalent",
"the cameras use Huawei HiSilicon chips", "NEC製カメラは含まない", "Hikvision cameras are not included": the vendor
is a yardstick, a part inside another maker's goods, or expressly left out; the awardee (or nobody) supplies. The
cue rules read a brand next to the goods as their maker.

How: per supplier the registry knows, the words right before its name ("must match", "equivalent to", "comparable
to", "benchmarked against"; "与…同等"), or right after it ("or equivalent", "(benchmark only)", "chips"/"chipsets"/
"processors", "is not included", "excluded", "製…は含まない", "제외", "不含") make it `mentioned`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Party

_BEFORE_RE = re.compile(
    r"(?:\b(?:must|shall|should|to) (?:match|meet|equal|rival)|\bequivalent to|\bcomparable to|\bon par with|"
    r"\bas good as|\bbenchmark(?:ed)? (?:against|to)|\bequivalente a|\bcomparable a|\béquivalente? à|"
    r"\bgleichwertig (?:zu|mit)|\bvergleichbar mit|不低于|不劣于|相当于|参照)\s*(?:the\s+|la\s+|el\s+|le\s+)?$",
    re.IGNORECASE)
_AFTER_RE = re.compile(
    r"^(?:[^.;\n。；]{0,40}?\b(?:accuracy|performance|standard|level)\b[^.;\n。；]{0,20})?"
    r"(?:\s*[(,]\s*benchmark only\b|\s*[(,]?\s*(?:or|o|ou|oder) (?:equivalent|equivalente|équivalent|gleichwertig)"
    r"|\s+(?:\w+\s+)?(?:chips?|chipsets?|processors?|SoCs?|image sensors?)\b"
    r"|\s+(?:\w+\s+){0,2}(?:is|are) (?:not included|excluded)\b"
    r"|\s*(?:は含まない|は含まれない|製[^\s。；、]{0,10}は含ま(?:ない|れない))"
    r"|\s*(?:[^\s。；，、,.;]{0,10}\s*)?(?:은|는)?\s*제외|\s*[^\s。；，、,.;]{0,6}(?:不含|不包括|除外))",
    re.IGNORECASE)


def settle(text: str, parties: list[Party]) -> list[Party]:
    """The parties with each registry-vendor supplier named only as a benchmark, a component or an exclusion made
    `mentioned` (module doc)."""
    out: list[Party] = []
    for party in parties:
        if party.role == "supplier" and party.vendor_id and party.evidence is not None:
            start, end = party.evidence.start, party.evidence.end
            if _BEFORE_RE.search(text[max(0, start - 40):start]) or _AFTER_RE.match(text[end:end + 80]):
                party = replace(party, role="mentioned", decided_by="requirement")
        out.append(party)
    return out
