"""Money in notice text: every sum with its currency, kind (budget/award/other), lot and evidence.

Why this module exists: reporters compare what a buyer planned to spend with what a supplier was paid, so
we must tell a budget from an award, keep each lot, and never invent a value. A masked amount
(``********元``) is stored with ``value=None`` - unknown, never zero.

How it works:
* A candidate is a number (or a masked run of ``*``) next to a currency marker - a prefix (``￥``, ``US$``,
  ``EUR``) or a suffix (``元``, ``万元``, ``руб.``, ``zł``) - or a number right after a label whose column
  header names the unit (``预算金额（万元）：386.5``). Bare numbers are never money, so phone numbers, dates,
  project codes, CPV codes, percentages and quantities (台, 套, 个) are not picked up.
* Chinese numerals (``壹佰贰拾万元整``) are read with cn2an after removing ``人民币``.
* Thousands/decimal separators are read by the notice's language (``1.234.567,89`` in de/es/pt/sr,
  ``1 234 567,89`` in fr/ru, ``1,234,567.89`` in en/zh). A single separator followed by exactly three digits
  is the only ambiguous case; it is settled by the language, or - when the language is unknown - by the
  currency's usual convention (EUR/BRL/RUB… comma-decimal; CNY/USD/GBP dot-decimal).
* The kind comes from the nearest label before the amount on its line (or on the line above, for flattened
  label/value tables); words in brackets right after a label qualify it ("中标价(报价承诺)" is an award price).
  In a grid — a tab-separated header line over data rows, as enrich/html_tables.py writes HTML tables — the
  column header gives every cell its kind and unit, a lot column its lot, a 合计 row the stated total. The cue
  lists are reviewed data in ``enrich/data/money_kind_cues.csv``, currency markers in
  ``enrich/data/currency_symbols.csv``.
* A bare ``$`` (and "dollars") is USD only for English or unknown-language text, or when ``country_hint``
  names a dollar/peso country; Latin American pesos also use ``$``, so otherwise the currency stays None
  (`with_local_currency` later reads it as the dollar/peso of the notice's own place).
  A written-out currency after the number wins over a bare ``$`` ("$1.234.567 MXN"); "pesos" is the hinted
  country's peso, or None when the country is unknown - the value is kept either way.
* Magnitude words are read in any case (million, Mio., Mrd., млн, milhões, crore, lakh, juta, miliar, milyon);
  the short letters (``£3.2m``, ``$1.5bn``, ``€250k``, ``₹4.5 Cr``) only right after a currency prefix.
  Indian digit grouping (``3,50,00,000``) is read as one number. A magnitude word may also stand between a prefix
  and its number (Swahili ``TSh bilioni 14.2``, Sinhala ``රු. මිලියන 425``).
* Digits of every script (Arabic-Indic, Persian, Bengali, Devanagari, Thai, Myanmar, Khmer, full-width) are read
  as ASCII digits, the Arabic separators ``٬``/``٫`` as ``,``/``.``; a marker may read differently by language
  (Persian ``ریال`` is IRR, Urdu's is left to the country). Markers that are bare letters elsewhere (``K4.6
  million``, ``N21,740,000,000``, ``Sh 612 milioni``) are money only where the source's country or the cues of
  ``enrich/data/currency_context_cues.csv`` place the notice in a country that writes its currency so; the place
  found later still decides ambiguous markers (``28.450.000 lei`` is MDL in Chișinău).

Modules, one job each: `numbers` (separators, magnitude words, Chinese numerals), `currencies` (markers, the
local yuan, dollars and pesos), `labels` (kind and lot from the words before a sum), `patterns` (the candidate
regexes), `tables` (grids: header cells over data rows), `extract` (the passes and their order), `headline`
(the one amount a notice is summarised by).
"""
from __future__ import annotations

from enrich.money.currencies import currency_markers, iso_currencies
from enrich.money.extract import FoundAmount, extract_amounts, with_local_currency
from enrich.money.headline import largest_amount, never_spent
from enrich.money.labels import kind_cues, kind_cues_after
from enrich.money.numbers import parse_number

__all__ = ["FoundAmount", "currency_markers", "extract_amounts", "iso_currencies", "kind_cues", "kind_cues_after",
           "largest_amount", "never_spent", "parse_number", "with_local_currency"]
