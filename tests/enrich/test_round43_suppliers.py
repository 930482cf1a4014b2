"""Round 43 (suppliers): vendors in texts that buy nothing (labelling rule of 2026-12-06 13:17, part 2).

A vendor a news text, report or finding says a named body uses, or that built, supplied or runs the body's system, is
a supplier of that body; a vendor named only in general (market shares, "such as", bans, an industry's members) is
not. Fictional notices in several languages."""
from __future__ import annotations

import pytest

from enrich import enrich


def _roles(title: str, body: str) -> dict[str, set[str]]:
    result = enrich(title, body)
    roles: dict[str, set[str]] = {}
    for party in result.parties:
        if party.vendor_id:
            roles.setdefault(party.vendor_id, set()).add(party.role)
            assert result.text[party.evidence.start:party.evidence.end] == party.evidence.text
    return roles


@pytest.mark.parametrize("title, body, vendor", [
    ("Cameras offline", "The Lakeview Police's Hikvision cameras were offline for a week, the newspaper reported.",
     "hikvision"),
    ("Court ruling", "The court found that the Delta County Sheriff ran searches with Clearview AI without a warrant.",
     "clearview_ai"),
    ("Cámaras en el centro", "La Alcaldía de Medellín opera cámaras Dahua en el centro, según el informe.", "dahua"),
    ("Vidéosurveillance", "La police municipale de Nice utilise les caméras Hikvision installées en 2018, selon un "
     "rapport.", "hikvision"),
    ("Распознавание лиц", "ГУ МВД по Москве использует систему распознавания лиц компании NtechLab, сообщает "
     "издание.", "ntechlab"),
    ("Отчёт", "Систему для полиции Москвы разработала компания NtechLab, говорится в отчёте.", "ntechlab"),
    ("تقرير", "تستخدم شرطة دبي كاميرات هواوي في مراقبة الشوارع، بحسب التقرير.", "huawei"),
    ("报道", "据报道，某市公安局使用海康威视的摄像头进行人脸识别。", "hikvision"),
    ("Voiceprint lab", "Harbourview Police equipped a voiceprint comparison lab with iFlytek software, $1.2 million.",
     "iflytek"),
])
def test_vendor_a_named_body_uses_is_its_supplier(title: str, body: str, vendor: str) -> None:
    assert "supplier" in _roles(title, body).get(vendor, set())


@pytest.mark.parametrize("title, body, vendors", [
    ("Market", "Hikvision holds 25% of the camera market; cameras such as Dahua's are common in schools.",
     ("hikvision", "dahua")),
    ("Ban", "The ministry banned Hikvision and Dahua from public tenders.", ("hikvision", "dahua")),
    ("Lobby", "The lobby group, whose members include Axis, Bosch and Hanwha Vision, urged lawmakers to ease rules.",
     ("bosch", "hanwha_vision")),
    ("Estudio", "Según el estudio, fabricantes como Hikvision dominan el mercado de cámaras en la región.",
     ("hikvision",)),
    ("Рынок", "Доля Hikvision на рынке камер в России составляет 30%, пишет издание.", ("hikvision",)),
    ("Report", "A civil-liberties group published a report on face search use by police, citing vendors Clearview AI "
     "and IDEMIA. It describes no new contract.", ("clearview_ai", "idemia")),
    ("Denied", "Fiji Police Force said its cameras have no facial recognition, despite claims Huawei installed it.",
     ("huawei",)),
])
def test_vendor_named_in_general_is_no_supplier(title: str, body: str, vendors: tuple[str, ...]) -> None:
    roles = _roles(title, body)
    for vendor in vendors:
        assert "supplier" not in roles.get(vendor, set()), (vendor, roles)


def test_two_vendors_joined_by_and_share_the_wording_that_binds_the_first() -> None:
    """"Hikvision and Dahua" after "uses cameras from" are both the body's suppliers; neither stays half-linked."""
    roles = _roles("Cameras in the old town", "The Lakeview Police Department uses cameras from Hikvision and Dahua "
                   "across the old town, the city's annual review said.")
    assert "supplier" in roles.get("hikvision", set()) and "supplier" in roles.get("dahua", set())
