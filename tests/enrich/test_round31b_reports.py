"""Round 31b (reports31b): texts about surveillance that buy nothing and say so in their closing sentence
(enrich/classify/closings.py; fictional bodies, courts and groups; towns as placeholders).

Families, counted on the development sets' last sentences before coding: a purchase, procurement, contract, tender,
budget, deployment or deal noun that a negating determiner or verb denies ("No procurement was before the
committee.", "no contract is affected", "not a procurement", es "no refiere ninguna compra", pt "Não há contrato",
fr "n'a annoncé aucun achat", de "Eine Beschaffung findet nicht statt", nl "Er wordt niets aangeschaft", pl "Nie
ogłoszono przetargu", ru "закупки … не рассматривались", zh 不涉及政府采购 / 尚未启动新的采购 / 无任何采购案, ja
調達に関するものではない, ar لا يتناول أي عقد): 135 texts that buy nothing in 27 development sets, one
positive (it names a price); the positives an earlier draft matched are tested below.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Parliamentary committee hears evidence on live facial recognition",
     "The Home Affairs Committee of the Kestrel Assembly heard evidence on police use of live facial recognition; "
     "witnesses discussed the NeoFace software. No procurement was before the committee."),
    ("Court rules town's drone surveillance needs a warrant",
     "The Court of Appeals ruled that the Brackwater Police Department must obtain warrants before using drone "
     "video over residential gardens. The ruling concerns existing operations; no contract is affected."),
    ("Privacy commissioner investigates retailer face recognition",
     "The Office of the Privacy Commissioner of Lornia opened an investigation into a retail chain's use of facial "
     "recognition at store entrances. No public body purchase is involved."),
    ("Think tank tracks Safe City projects",
     "A think-tank database lists Safe City projects with video surveillance in more than 20 countries and "
     "discusses financing models. It is a research compilation, not a procurement."),
    ("Research lab: phone extraction tools used against reporters",
     "A research lab reported that phone extraction tools were used on devices seized from reporters in several "
     "countries. The lab identified no purchase contract."),
    ("NGO report on IMSI catcher detection in Port Kessa",
     "A report by the Kessa Digital Lab says its sensors detected possible IMSI-catcher activity near three "
     "ministries. The report could not identify any purchase of such equipment by a public body, and the police "
     "denied owning any."),
])
def test_an_english_closing_that_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body"), [
    ("Informe de ONG sobre reconocimiento facial en estadios",
     "Una ONG publicó un informe sobre el uso del reconocimiento facial en estadios de fútbol de la provincia de "
     "Valdora; menciona cámaras de varias marcas. El informe no refiere ninguna compra nueva."),
    ("Câmara de Vale Alto debate projeto sobre câmeras corporais",
     "A Câmara Municipal de Vale Alto debateu projeto que obrigaria a Guarda Municipal a usar câmeras de "
     "videomonitoramento. A votação foi adiada; não há contratação prevista."),
    ("Un collectif publie une carte des caméras à Port-Lys",
     "Un collectif citoyen a publié une carte des 1 600 caméras de vidéoprotection de Port-Lys et demande un "
     "moratoire. La Ville de Port-Lys n'a annoncé aucun achat."),
    ("Datenschutzbeauftragte rügt Kennzeichenerfassung",
     "Die Landesbeauftragte für den Datenschutz rügte die dauerhafte Speicherung von Kennzeichendaten durch die "
     "Polizei Nordmark. Neue Anlagen werden nicht beschafft."),
    ("Rekenkamer onderzoekt cameratoezicht in Veldhoven-Noord",
     "De Rekenkamer Veldhoven-Noord onderzocht de effectiviteit van cameratoezicht door de gemeente en vond weinig "
     "evaluatie. Er wordt niets aangeschaft."),
    ("Rzecznik pyta o monitoring z rozpoznawaniem twarzy",
     "Rzecznik Praw Obywatelskich zwrócił się do komendanta policji w Borowicach o informacje dotyczące "
     "rozpoznawania twarzy w monitoringu. Nie ogłoszono przetargu."),
    ("县人大常委会审议公共场所人脸识别使用情况报告",
     "某县人大常委会听取县公安局关于公共场所人脸识别设备使用情况的报告，委员们就数据保存期限提出意见。会议未作出新增采购决定。"),
    ("立法院公聽會：車牌辨識資料保存",
     "立法院委員會舉行公聽會，討論警察機關車牌辨識資料保存期限。會中無任何採購案審議。"),
])
def test_a_closing_that_buys_nothing_in_other_languages(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "kept"), [
    # a purchase that also says what it does not buy keeps its tags
    ("Northfield police buy CCTV cameras",
     "The Northfield Police Department bought 40 CCTV cameras from Harbour Vision Ltd. No other contract is "
     "involved.", "cctv"),
    ("Landeskriminalamt Nordmark lizenziert Gangerkennung",
     "Das Landeskriminalamt Nordmark hat eine Software zur Gangerkennung lizenziert, mit der Ermittler gesicherte "
     "Videoaufnahmen nach Personen durchsuchen. Neue Kameras werden nicht beschafft.", "gait_recognition"),
    ("Vendor sheet: live face matching for body-worn video",
     "A product sheet from Harbour Vision describes live face-matching software for fixed and body-worn camera "
     "footage. The sheet names no customer.", "facial_recognition"),
])
def test_a_purchase_or_disclosure_keeps_its_tags(title: str, body: str, kept: str) -> None:
    assert kept in _tags(title, body)
