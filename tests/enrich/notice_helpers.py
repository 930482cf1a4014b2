"""What the behaviour tests of the rule rounds read off one notice (title + body): its technology ids, its first
buyer's name, its amounts. One copy, so every round's tables ask the engine the same way."""
from __future__ import annotations

import enrich
from enrich.classify import classify


def tag_ids(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(title + "\n" + body)}


def first_buyer(title: str, body: str) -> str | None:
    buyers = [p for p in enrich.enrich(title, body).parties if p.role == "buyer"]
    return buyers[0].name if buyers else None


def amounts(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(float(a.value), a.currency) for a in enrich.enrich(title, body).amounts if a.value is not None]
