"""Round 43b (suppliers): vendors named in general in texts that buy nothing (labelling rule of 2026-12-06 13:17,
part 2): an industry's list of firms ("Vendors include X, Y and Z", every item of it), a market's forecast, and an
explainer or market study that discusses a technology in general name no supplier. A body the text says uses a
vendor keeps it as its supplier. Fictional notices in several languages."""
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


@pytest.mark.parametrize("title, body, vendors", [
    ("Guide: what is a smart camera?", "Smart cameras detect events on the edge. Vendors include Hikvision, Axis "
     "and Hanwha Vision.", {"hikvision", "hanwha_vision"}),
    ("Videovigilancia con IA", "Los sistemas de análisis de video detectan objetos abandonados; fabricantes como "
     "Dahua y Hikvision los venden.", {"dahua", "hikvision"}),
    ("Reconnaissance faciale", "La reconnaissance faciale compare des visages ; des fournisseurs comme Idemia et "
     "NEC la proposent.", {"idemia", "nec"}),
    ("Report: body camera market", "The body-worn camera market is expected to grow 9% a year, with Axon and "
     "Motorola Solutions ahead.", {"axon", "motorola_solutions"}),
    ("Explainer: how gait recognition works", "Gait recognition identifies people by the way they walk. Systems "
     "developed by Watrix have been sold in several countries.", {"watrix"}),
    ("Explicador: ¿qué es una ciudad segura?", "Los proyectos de ciudad segura suministrados por Huawei se "
     "vendieron a varios países.", {"huawei"}),
    ("Uganda: police deny foreign face system", "The Uganda Police Force said its city face search uses footage "
     "tools from a local firm and that Hikvision has no role in it.", {"hikvision"}),
])
def test_vendor_named_in_general_is_no_supplier(title: str, body: str, vendors: set[str]) -> None:
    roles = _roles(title, body)
    for vendor in vendors:
        assert "supplier" not in roles.get(vendor, set()), (vendor, roles)


@pytest.mark.parametrize("title, body, vendor", [
    ("Explainer: live facial recognition in London", "Live facial recognition compares faces with a watchlist. "
     "The Metropolitan Police uses NEC's NeoFace software for it.", "nec"),
    ("Cameras offline", "The Lakeview Police's Hikvision cameras were offline for a week, the newspaper reported.",
     "hikvision"),
    ("Cámaras en el centro", "La Alcaldía de Medellín opera cámaras Dahua y Hikvision en el centro, según el informe.",
     "dahua"),
])
def test_vendor_a_body_uses_stays_supplier(title: str, body: str, vendor: str) -> None:
    assert "supplier" in _roles(title, body).get(vendor, set())


def test_purchase_names_its_supplier_beside_a_list() -> None:
    roles = _roles("Riverton Police Department – award", "Riverton Police Department awarded $480,000 to Hikvision "
                   "for 200 cameras.")
    assert "supplier" in roles.get("hikvision", set())


@pytest.mark.parametrize("title, body, vendor", [
    ("Pinecrest County Commission – Resolution 27-044 (failed)", "Resolution authorizing the Police Department to "
     "buy license plate readers from Flock Safety for $88,000. Roll call: 2 yes, 5 no. Resolution failed.",
     "flock_safety"),
    ("Lakeside City Council – Ordinance 2027-12", "The Mayor vetoed the ordinance appropriating $1,900,000 for "
     "ShotSpotter in three districts. The council did not override.", "soundthinking"),
    ("Concejo Municipal de Valle Alto", "El Concejo rechazó la compra de cámaras Hikvision por 2,4 millones de "
     "pesos solicitada por la Secretaría de Seguridad.", "hikvision"),
    ("某县公安局视频监控项目终止公告", "采购人：某县公安局。原拟采购海康威视摄像机300台，"
     "因预算调整，项目终止。", "hikvision"),
])
def test_vendor_of_refused_or_terminated_item_is_no_supplier(title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert vendor in roles and "supplier" not in roles[vendor], roles


@pytest.mark.parametrize("title, body, vendor", [
    ("Kampala Capital City Authority – cameras", "Kampala Capital City Authority awarded UGX 2.1 billion to Nile "
     "Vision Ltd for 30 cameras; the face engine must match NEC NeoFace accuracy (benchmark only).", "nec"),
    ("Chittagong City Corporation – street cameras", "Chittagong City Corporation awarded the contract to Karnaphuli "
     "Secure Ltd for 800 street cameras; the cameras use Huawei HiSilicon chips.", "huawei"),
    ("仙台市交通局 駅ホーム設備", "発注者：仙台市交通局。契約金額：2,300万円。駅ホームの案内表示更新。"
     "NEC製の顔認証端末は含まない。",
     "nec"),
])
def test_benchmark_component_or_excluded_brand_is_no_supplier(title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert vendor in roles and "supplier" not in roles[vendor], roles


def test_awarded_brand_stays_supplier_beside_a_benchmark() -> None:
    roles = _roles("Riverton Police Department – award", "Riverton Police Department awarded $480,000 to Hikvision "
                   "for 200 cameras; image quality must match the existing Axis units.")
    assert "supplier" in roles.get("hikvision", set())


def test_currency_code_is_not_read_as_the_awardee() -> None:
    result = enrich("Rajshahi City Corporation – cameras", "Rajshahi City Corporation awarded BDT 45 crore to Padma "
                    "Secure Ltd for 600 street cameras.")
    names = {p.name for p in result.parties if p.role == "supplier"}
    assert "Padma Secure Ltd" in names and "BDT" not in names, names
