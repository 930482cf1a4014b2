"""Round 17 (speed, output-identical): patterns rewritten so that `re` can skip to them or past their alternatives
give the same matches as the plain forms they replace (sentences written for these tests)."""
from __future__ import annotations

import random
import re

import pytest

from enrich import party_values
from enrich.money import patterns
from enrich.money.currencies import currency_markers, token_pattern

# the plain form of party_values._VALUE_END_RE before it opened with its first characters' class
# (r40b: a 。 after a Chinese character ends the value also before Latin text: "某某市公安局。Camera")
_PLAIN_VALUE_END = re.compile(r"\r|\n|\t|\s\|\s?|\||｜| {2,}|\u3000|；|;|。(?![A-Za-z])|(?<=[\u4e00-\u9fff])。"
                              r"|<(?=/?[A-Za-z])"
                              r"|\.[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][^\n:：.]{2,40}[:：])"
                              r"|[ \t]+(?=Section [IVX]+[ \t]*[:.])")

_VALUES = [
    "Northshore Water Board\nAddress: 4 Quay Road",
    "Harbour Police Service. Contact person: J. Smith",
    "Metro Transit Authority | Tender No. 55",
    "Metro Transit Authority |Tender",
    "Acme Vision Ltd  12 High Street",
    "某某市公安局；联系人：张三",
    "某某市公安局。采购内容：摄像机",
    "某某市公安局。Camera",
    "St. Louis County Police Department",
    "Oakridge Council <br/>Clerk",
    "Oakridge Council < 5 units",
    "Ministry of Interior Section IV: Procedure",
    "Ministry of Interior\tSection II. Object",
    "Ministry of Interior\u3000Lot 2",
    "Bureau\u3000|Lot 2",
    "КП «Київтеплоенерго». Предмет закупівлі: камери",
    "Summit Video LLC. Not to exceed $960,000.",
]


@pytest.mark.parametrize("value", _VALUES)
def test_value_end_matches_its_plain_form(value: str) -> None:
    for pos in range(len(value)):
        ours, plain = party_values._VALUE_END_RE.search(value, pos), _PLAIN_VALUE_END.search(value, pos)
        assert (ours and (ours.span(), ours.group())) == (plain and (plain.span(), plain.group()))


def test_value_end_on_random_strings() -> None:
    pieces = ["\r", "\n", "\t", " ", "  ", "|", "｜", "\u3000", "；", ";", "。", "<", "/", ".", ". ", "a", "Ab", "Я",
              ":", "：", "Section IV:", "Section V.", "x\xa0", "\u2003|"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        ours, plain = party_values._VALUE_END_RE.search(text), _PLAIN_VALUE_END.search(text)
        assert (ours and (ours.span(), ours.group())) == (plain and (plain.span(), plain.group())), text


def test_value_is_cut_where_it_was() -> None:
    assert party_values._cut_value("Buyer: Harbour Police Service. Contact person: J. Smith", 7, 200)[1] == 29
    assert party_values._cut_value("Contractor: Summit Video LLC. Not to exceed $9.", 12, 200)[1] == 29  # "LLC." kept


def _plain_tokens(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(token_pattern(t) for t, _, _ in currency_markers()[kind]))


@pytest.mark.parametrize("kind", ["prefix", "suffix"])
def test_tokens_by_first_character_match_as_the_plain_alternation(kind: str) -> None:
    tokens = [t for t, _, _ in currency_markers()[kind]]
    grouped = re.compile(patterns._by_first_character(tokens))
    plain = _plain_tokens(kind)
    assert len(grouped.pattern) < len(plain.pattern) + 4 * len(tokens)
    # every token, in a phrase, glued to a word before or after it, and cut short
    phrases = []
    for token in tokens:
        phrases += [f"for 12 {token} in total", f"x{token}", f"{token}s and more", f"{token[:-1]}", f"({token})"]
    for phrase in phrases:
        for pos in range(len(phrase)):
            ours, theirs = grouped.match(phrase, pos), plain.match(phrase, pos)
            assert (ours and ours.span()) == (theirs and theirs.span()), (phrase, pos)


def test_tokens_by_first_character_keeps_the_order_within_a_character() -> None:
    # "de pesos" before "de": the first listed of two tokens opening alike is the one matched, as before
    assert re.compile(patterns._by_first_character(["de pesos", "de", "dollars"])).match("de pesos").group() == \
        "de pesos"
    assert re.compile(patterns._by_first_character(["de", "de pesos"])).match("de pesos").group() == "de"


@pytest.mark.parametrize("text, sums", [
    ("The contract was awarded for EUR 1.2 million to Acme in 2024.", ["EUR 1.2 million"]),
    ("Budget: 250,000 dollars for 14 cameras, 3 km of fibre.", ["250,000 dollars"]),
    ("中标金额：386.5万元，摄像机 46台，2024年5月", ["386.5万元"]),
    ("Lot 3: 12 units at US$ 4,500 each; delivery in 30 days.", ["US$ 4,500"]),
    ("No price was given for the 20 cameras in 2023.", []),
])
def test_marked_sums_are_read_as_before(text: str, sums: list[str]) -> None:
    assert [m.group() for m in patterns.marked_in(text, False)] == sums
