"""Round 39 (suppliers): company names holding a town's nickname or a street, and compatibility written in Russian
and Ukrainian. Every sentence is our own; each family has near misses that must not give a supplier."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.trade_names import public_named, trade_named


def _suppliers(title: str, body: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.vendor_id) for p in enrich(title, body).parties if p.role == "supplier"]


@pytest.mark.parametrize(("body", "name"), [
    ("The housing board hired Prairie City Electric to fix 90 cameras on its estates.", "Prairie City Electric"),
    ("The transit agency bought 40 plate readers from Rocket City Signals for $310,000.", "Rocket City Signals"),
    ("The school board accepted the quote from Steel City Low Voltage to replace 50 hallway cameras.",
     "Steel City Low Voltage"),
    ("The county purchased a video wall from Lantern Office Systems for its dispatch room.", "Lantern Office Systems"),
    ("The sheriff bought body cameras from Granite Public Safety Partners under a five-year lease.",
     "Granite Public Safety Partners"),
])
def test_trade_names_with_a_nickname_are_suppliers(body: str, name: str) -> None:
    assert (name, None) in _suppliers("Camera purchase approved", body)


@pytest.mark.parametrize("body", [
    "The school district bought 40 radios from the City Police Department.",
    "The county bought the licences from the Department of Information Technology.",
    "The agency bought 12 cameras from Capital City Police Systems.",
    "The police bought the software from the Central Market Authority.",
])
def test_public_bodies_stay_out(body: str) -> None:
    assert _suppliers("Camera purchase", body) == []


def test_trade_named_rules() -> None:
    public = {"city", "police", "department", "office", "capital"}
    assert trade_named(["bluff", "city", "electric"], public)
    assert not trade_named(["city", "police", "systems"], public)  # police is only a public body's word
    assert not trade_named(["department", "of", "information", "technology"], public)
    assert not trade_named(["harris", "city"], public)  # no trade word at the end
    assert public_named(["city", "police"], public)
    assert not public_named(["hill", "capital", "electricals"], public)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Закупка камер", "Камеры должны быть совместимы с платформой Hikvision, которая уже работает в городе.",
     "hikvision"),
    ("Закупівля камер", "Нові камери мають бути сумісні з системою Dahua, що вже працює у місті.", "dahua"),
    ("Закупка видеонаблюдения", "Оборудование должно быть совместимо со всей существующей системой Uniview.",
     "uniview"),
])
def test_compatibility_in_russian_and_ukrainian_is_no_supply(title: str, body: str, vendor: str) -> None:
    parties = enrich(title, body).parties
    assert all(p.role != "supplier" for p in parties if p.vendor_id == vendor)
    assert any(p.vendor_id == vendor for p in parties)  # still named: `mentioned`


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Поставка камер", "Камеры поставила компания Hikvision по контракту на 12 млн рублей.", "hikvision"),
    ("Постачання камер", "Камери Dahua поставлено за договором, постачальник - Dahua.", "dahua"),
])
def test_russian_and_ukrainian_supply_stays(title: str, body: str, vendor: str) -> None:
    assert any(v == vendor for _, v in _suppliers(title, body))
