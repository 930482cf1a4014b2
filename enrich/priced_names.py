"""Supplier names that run on into the sum they were paid.

News and award notices write the contractor and its price back to back ("awarded Huawei Technologies Nigeria Ltd
N14.2 billion", "bought 40 cameras from Helen Tech, EC$ 620,000", "a atribuit firmei Bîc Tech 14 milioane lei"),
and a name reader that takes capitalised words and digits reads the currency sign or the figure into the name. The
amount extractor has already found the sum, with its span: a non-buyer party whose name contains the start of an
amount's evidence ends before it. Why here and not in each name reader: the readers are many (award frames,
registry names with their legal form, "from X"), the money extractor alone knows "N14.2", "GH₵" and "14 milioane"
are money, and one cut after both ran covers them all. A name that lies wholly inside a sum ("awarded BDT 120
crore to Bengal Secure Ltd" read "BDT" as the awardee) is dropped.
"""
from __future__ import annotations

from dataclasses import replace

from enrich.model import Amount, Party, Span

_SEPARATORS = " \t,;:—–-("


def without_sums(parties: list[Party], amounts: list[Amount], text: str) -> list[Party]:
    """``parties`` with each supplier or mentioned name cut before an amount whose evidence starts inside it."""
    if not amounts or not parties:
        return parties
    starts = sorted({a.evidence.start for a in amounts if a.evidence is not None})
    sums = [(a.evidence.start, a.evidence.end) for a in amounts if a.evidence is not None]
    out = []
    for party in parties:
        if party.role != "buyer" and party.evidence is not None and not party.vendor_id and any(
                lo <= party.evidence.start and party.evidence.end <= hi for lo, hi in sums):
            continue  # r43b: "awarded BDT 120 crore to X": the currency read as a name is no party
        out.append(_cut(party, starts, text) if party.role != "buyer" and party.evidence is not None else party)
    return out


def _cut(party: Party, starts: list[int], text: str) -> Party:
    evidence = party.evidence
    inside = next((s for s in starts if evidence.start < s < evidence.end), None)
    if inside is None:
        return party
    end = inside
    while end > evidence.start and text[end - 1] in _SEPARATORS:
        end -= 1
    if end - evidence.start < 2 or not any(ch.isalpha() for ch in text[evidence.start:end]):
        return party
    name = text[evidence.start:end]
    if not party.name.startswith(name):
        return party  # a name normalised away from its evidence: leave it as the reader gave it
    return replace(party, name=name, evidence=Span(evidence.start, end, name))
