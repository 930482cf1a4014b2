"""What the behaviour tests of the rule rounds read off one notice (title + body): its technology ids, its first
buyer's name, its registry vendors' roles, its amounts. One copy, so every round's tables ask the engine the same
way."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

import enrich
from enrich.classify import classify


def quoted_place(title: str, body: str):  # -> enrich Place | None
    """The notice's place, after checking that its evidence quotes the notice's own text."""
    place = enrich.enrich(title, body).place
    if place is not None and place.evidence is not None:
        text = title + "\n" + body
        assert text[place.evidence.start:place.evidence.end] == place.evidence.text
    return place


def tag_ids(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(title + "\n" + body)}


BuyerCase = tuple[str, str, "str | None"]  # (title, body, the first buyer's name, or None)


def enriched_tag_ids(title: str, body: str) -> set[str]:
    """The whole engine's tag ids, each tag's evidence checked to quote the stored text exactly."""
    result = enrich.enrich(title, body)
    text = f"{title}\n{body}"
    for tag in result.tags:
        assert text[tag.evidence.start:tag.evidence.end] == tag.evidence.text
    return {tag.taxonomy_id for tag in result.tags}


def text_tag_ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


def vendor_roles(title: str, body: str) -> set[tuple[str, str | None]]:
    """(role, vendor id) of every party the registry resolves."""
    return {(p.role, p.vendor_id) for p in enrich.enrich(title, body).parties if p.vendor_id}


def strongest_roles(title: str, body: str, source: str | None = None) -> dict[str, str]:
    """vendor id -> its strongest role in the notice (supplier beats mentioned)."""
    roles: dict[str, str] = {}
    for party in enrich.enrich(title, body, source=source).parties:
        if party.vendor_id and roles.get(party.vendor_id) != "supplier":
            roles[party.vendor_id] = party.role
    return roles


def supplier_ids(title: str, body: str) -> set[str | None]:
    return {vid for role, vid in vendor_roles(title, body) if role == "supplier"}


def supplier_names(title: str, body: str) -> list[str]:
    """The names of the supplier parties, registry vendors or not, in the order found."""
    return [p.name for p in enrich.enrich(title, body).parties if p.role == "supplier"]


def roles_of(title: str, body: str, vendor: str) -> set[str]:
    """The roles of the parties the registry resolves to `vendor` (the parties reader alone, no enrich())."""
    from enrich.parties import extract_parties

    return {p.role for p in extract_parties(f"{title}\n{body}") if p.vendor_id == vendor}


def assert_rule_vendor_role(title: str, body: str, vendor: str, expected: set[str]) -> None:
    """A vendor-link family as the rules read it, the role model off (its part is measured leave-one-set-out on the
    labelled sets): {"supplier"} means a supplier link is made (a second, neutral mention may be `mentioned`);
    otherwise the vendor is named and never a supplier."""
    from unittest import mock

    from enrich import vendor_role_model

    with mock.patch.object(vendor_role_model, "ENABLED", False):
        roles = roles_of(title, body, vendor)
    if expected == {"supplier"}:
        assert "supplier" in roles
    else:
        assert roles <= expected and roles


def rule_tag_quotes(text: str) -> dict[str, list[str]]:
    """Each tag the cue rules give (the language detected, as enrich() does) with the words it quotes; the tag
    model left out: its proposals and its veto of a notice it is all but certain buys nothing (a retrained model
    may veto a one-line test text the rules tag rightly)."""
    from unittest import mock

    from enrich import tag_model
    from enrich.language import detect_language

    out: dict[str, list[str]] = {}
    with mock.patch.object(tag_model, "review", lambda text, folded, tags, withheld: tags):
        tags = classify(text, detect_language(text))
    for tag in tags:
        assert text[tag.evidence.start:tag.evidence.end] == tag.evidence.text
        if not tag.rule_id.startswith("model/"):
            out.setdefault(tag.taxonomy_id, []).append(tag.evidence.text)
    return out


def buyer_and_quote(title: str, body: str) -> tuple[str | None, str | None]:
    """The first buyer's name and the text its evidence quotes (None, None: no buyer)."""
    result = enrich.enrich(title, body)
    buyers = [p for p in result.parties if p.role == "buyer"]
    if not buyers:
        return None, None
    return buyers[0].name, result.text[buyers[0].evidence.start:buyers[0].evidence.end]


def buyer_quote_tests(buyers: Sequence[BuyerCase], kept: Sequence[BuyerCase]
                      ) -> tuple[Callable[..., None], Callable[..., None]]:
    """As `buyer_table_tests`, and each buyer's evidence quotes its name as written. A module binds them as
    `test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)`."""

    @pytest.mark.parametrize(("title", "body", "buyer"), buyers, ids=[str(b) for _, _, b in buyers])
    def test_the_buyer_is_read_with_its_evidence(title: str, body: str, buyer: str) -> None:
        assert buyer_and_quote(title, body) == (buyer, buyer)

    @pytest.mark.parametrize(("title", "body", "buyer"), kept, ids=[b or "none" for _, _, b in kept])
    def test_near_misses_are_unchanged(title: str, body: str, buyer: str | None) -> None:
        assert buyer_and_quote(title, body) == (buyer, buyer)

    return test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged


def first_buyer(title: str, body: str) -> str | None:
    buyers = [p for p in enrich.enrich(title, body).parties if p.role == "buyer"]
    return buyers[0].name if buyers else None


def amounts(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(float(a.value), a.currency) for a in enrich.enrich(title, body).amounts if a.value is not None]


Case = tuple[str, str, str]  # (title, body, taxonomy id)


def tag_table_tests(tagged: Sequence[Case], untagged: Sequence[Case]
                    ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's tag tables: each (title, body, id) of `tagged` carries the id, each of `untagged`
    does not. A module binds them as `test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)`."""

    @pytest.mark.parametrize(("title", "body", "tid"), tagged)
    def test_tagged(title: str, body: str, tid: str) -> None:
        assert tid in tag_ids(title, body)

    @pytest.mark.parametrize(("title", "body", "tid"), untagged)
    def test_untagged(title: str, body: str, tid: str) -> None:
        assert tid not in tag_ids(title, body)

    return test_tagged, test_untagged


def rule_table_tests(tagged: Sequence[tuple[str, str]], untagged: Sequence[tuple[str, str]]
                     ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's rule tables of (id, text): the cue rules alone (no tag model) tag each text of
    `tagged` with its id and none of `untagged`. Bind as `test_tagged, test_untagged = rule_table_tests(...)`."""

    @pytest.mark.parametrize(("tid", "text"), tagged)
    def test_tagged(tid: str, text: str) -> None:
        assert tid in rule_tag_quotes(text)

    @pytest.mark.parametrize(("tid", "text"), untagged)
    def test_untagged(tid: str, text: str) -> None:
        assert tid not in rule_tag_quotes(text)

    return test_tagged, test_untagged


def cue_rule_table_tests(read: Sequence[Case], not_read: Sequence[Case]
                         ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's (title, body, id) tables judged on the cue rules' tags of the whole engine (the tag
    model, trained on the development sets, may propose some too): the rules read each of `read` and none of
    `not_read`. Bind as `test_read, test_not_read = cue_rule_table_tests(...)`."""

    def rule_ids(title: str, body: str) -> set[str]:
        return {tag.taxonomy_id for tag in enrich.enrich(title, body).tags if not tag.rule_id.startswith("model/")}

    @pytest.mark.parametrize(("title", "body", "tid"), read)
    def test_read(title: str, body: str, tid: str) -> None:
        assert tid in rule_ids(title, body)

    @pytest.mark.parametrize(("title", "body", "tid"), not_read)
    def test_not_read(title: str, body: str, tid: str) -> None:
        assert tid not in rule_ids(title, body)

    return test_read, test_not_read


def buyer_table_tests(buyers: Sequence[BuyerCase], kept: Sequence[BuyerCase]
                      ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's buyer tables: the first buyer of each notice of `buyers` is read, and `kept` holds
    what must not be read into or out of a name. A module binds them as
    `test_the_buyer_is_read, test_what_is_no_part_of_a_name = buyer_table_tests(BUYERS, KEPT)`."""

    @pytest.mark.parametrize(("title", "body", "buyer"), buyers, ids=[str(b) for _, _, b in buyers])
    def test_the_buyer_is_read(title: str, body: str, buyer: str) -> None:
        assert first_buyer(title, body) == buyer

    @pytest.mark.parametrize(("title", "body", "buyer"), kept, ids=[b or "none" for _, _, b in kept])
    def test_what_is_no_part_of_a_name(title: str, body: str, buyer: str | None) -> None:
        assert first_buyer(title, body) == buyer

    return test_the_buyer_is_read, test_what_is_no_part_of_a_name
