"""Tags from structured product codes written into the text ("CPV: 32323500-8", "PSC: 5836").

Why: eForms, OCDS and USAspending classify purchases with code lists; a surveillance code is evidence in its
own right, independent of the wording. The reviewed mapping is enrich/data/structured_codes.csv, each row with
a citation; rows without a taxonomy id record codes reviewed and judged too generic.
"""
from __future__ import annotations

import re

from enrich.classify.negation import Document
from enrich.classify.rules import Rules
from enrich.fastscan import haystack
from enrich.model import Span, TechTag


def code_tags(doc: Document, rules: Rules) -> list[TechTag]:
    tags: list[TechTag] = []
    seen: set[tuple[int, int]] = set()

    def add(scheme: str, code: str, start: int, end: int) -> None:
        hit = rules.codes.get((scheme, code.upper()))
        if hit is None or (start, end) in seen:
            return
        seen.add((start, end))
        taxonomy_id, _label = hit
        tags.append(TechTag(taxonomy_id, Span(start, end, doc.text[start:end]), f"code/{scheme}/{code.upper()}"))

    for line in doc.finditer("code_line", rules.code_line):
        scheme = line.group("scheme").lower()
        rest_start = line.start("rest")
        token_re = r"(?<![\w.])(\d{8})(?:-\d)?(?!\d)" if scheme == "cpv" else r"(?<!\w)([a-z]?\d{2,8}[a-z]?)(?!\w)"
        for token in re.finditer(token_re, doc.folded[rest_start : line.end()]):
            add(scheme, token.group(1), rest_start + token.start(), rest_start + token.end())
    if len(doc.folded) < _LONG or rules.cpv_bare.pattern != _CPV_BARE or _BARE_CPV in haystack(doc.folded, False):
        for bare in rules.cpv_bare.finditer(doc.folded):
            add("cpv", bare.group(1), bare.start(), bare.end())
    return tags


_LONG = 1024  # characters: a text this long has its fastscan haystack made already (the classifier's scan)
#: What every match of rules.cpv_bare ("32323500-8": eight digits, a hyphen, a digit) is in the haystack, which
#: writes every decimal digit "0": where it is absent, the whole-text search of cpv_bare cannot match.
_BARE_CPV = "00000000-0"
_CPV_BARE = r"(\d(?<![\d.,]\d)\d{7})-\d(?!\d)"  # rules.cpv_bare, for which the test above holds
