"""Round 32b (buyers32b): buyer names read from set ah's mismatches and counted first on the older sets (fictional
bodies and firms; invented towns as placeholders).

- an English body written with lower-case units after its capitalised place, cut at the first of them ("Bangui city
  hall added" read "Bangui city"): "city hall" / "town hall", a police unit before "police" ("railway", "traffic",
  "port"), "internal affairs department", "police patrol service", a transport body's "operator", and the
  "khokimiyat" spelling of "hokimiyat" (labels in aa, ac, ad, ag, ah);
- a headline "Name: topic" in a script without capitals whose lede opens with the same name and a verb ("أمانة عمّان
  الكبرى: …" / "أمانة عمّان الكبرى تركّب …"): the whole head before the colon is the name.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Varnek market cameras with new analytics",
     "The Varnek city hall added an attribute module to 40 market cameras, 600 million FCFA, supplier Ubaro Tech.",
     "Varnek city hall"),
    ("Korvash town cameras rented",
     "KORVASH — Korvash town hall rented 70 cameras with a classifier from Alzay Tech, KGS 40 million a year.",
     "Korvash town hall"),
    ("Tarbent city police gait search",
     "TARBENT — The Tarbent city internal affairs department purchased gait recognition software for footage from "
     "300 cameras, 28 billion soums, from Chorvu Systems.", "Tarbent city internal affairs department"),
    ("Meridan police cameras",
     "Meridan police patrol service installed 140 cameras at intersections, AMD 700 million, from Aralo Vision.",
     "Meridan police patrol service"),
    ("Velsk station face screens",
     "VELSK, Bihar — Velsk railway police added face matching to station cameras, ₹ 3 crore, Gangor Analytics.",
     "Velsk railway police"),
    ("Zarmaty metro gait recognition",
     "The Zarmaty Metro operator added gait recognition to 90 station cameras, ₸ 420 million, via Tengor Vision LLP.",
     "Zarmaty Metro operator"),
    ("Uzbek city khokimiyat buys cameras",
     "The Zarkhara city khokimiyat purchased 120 cameras and NVRs for the old town through Zarkhara Smart Solutions "
     "LLC, UZS 9.8 billion.", "Zarkhara city khokimiyat"),
])
def test_english_lower_case_units_close_the_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_lower_case_words_without_a_unit_still_end_the_name() -> None:
    # "station" and "bus" before a verb are no unit: the name ends where it did
    assert _buyer("Varnek cameras", "The Varnek City Council bus station cameras were replaced by Ubaro Tech for "
                  "EUR 40,000.") != "Varnek City Council bus station"


def test_an_uncased_headline_naming_the_buyer_before_its_colon() -> None:
    title = "بلدية وادي الزهور: كاميرات مراقبة في الأسواق"
    body = "بلدية وادي الزهور تركّب 40 كاميرا مراقبة في الأسواق بقيمة 1.2 مليون دينار، شركة الواحة للأنظمة."
    assert _buyer(title, body) == "بلدية وادي الزهور"



@pytest.mark.parametrize(("title", "body"), [
    ("Annual report 2025: Varrow Security Group plc",
     "Varrow Security Group plc installs and maintains public-space CCTV and runs monitoring centres for councils. "
     "Cameras are sourced from several makers including Hikvision and Dahua."),
    ("Annual report: Tessgrid Holdings (Nigeria) Plc",
     "Tessgrid Holdings Plc builds safe-city command centres that combine cameras, emergency calls and plate reading. "
     "Our equipment partners are Huawei and ZTE."),
])
def test_a_company_named_with_plc_is_no_buyer(title: str, body: str) -> None:
    # round 32b: "plc" is a company's legal form like "Ltd"; a sentence's subject followed by one is no buyer
    assert _buyer(title, body) is None
