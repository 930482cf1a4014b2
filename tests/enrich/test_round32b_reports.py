"""Round 32b (reports32b): texts about surveillance that buy nothing, read from set ah's false tags and counted on the
other development sets first (enrich/classify/closings.py `_CLOSING_R32B`; fictional bodies, groups and towns).

Families: a closing sentence that says the text "does not concern / mention / deal with" any purchase (en, es, pt,
de, pl, ja, ko, ar, zh), a purchase "was not voted / approved / recorded", "no hay / no existe contratación", id
"belum / tidak ada anggaran / kontrak". Positives keep their tags: a priced purchase, a purchase with a contrast,
and a vendor's sheet that "names no customer" (labelled a positive in set af).
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Report: police drones and privacy",
     "A report by the Lornia Civil Liberties Institute surveys how 30 police forces use drones with cameras and "
     "recommends retention limits. It does not concern any pending purchase."),
    ("Legislators discuss face recognition system",
     "Members of the Kestrel Assembly discussed the face recognition system the police installed years ago; no new "
     "purchase was voted."),
    ("Informe de ONG sobre cámaras de vigilancia en Villa Aurora",
     "Una ONG publicó un informe sobre la red de cámaras de videovigilancia de Villa Aurora y su costo acumulado; "
     "no hay nuevo contrato."),
    ("Artigo: câmeras corporais e letalidade policial",
     "Um artigo acadêmico analisa dados de câmeras corporais em batalhões de Vila Serena; não trata de compras."),
    ("Studie: Videoüberwachung an Bahnhöfen",
     "Eine Studie eines Instituts in Altenbruck bewertet die Wirkung der Videoüberwachung an 20 Bahnhöfen; "
     "Beschaffungen werden nicht behandelt."),
    ("Raport o monitoringu miejskim",
     "Izba kontroli opublikowała raport o skuteczności monitoringu wizyjnego w 20 miastach; nie dotyczy nowych "
     "zakupów."),
    ("研究：防犯カメラの犯罪抑止効果", "大学の研究チームが商店街の防犯カメラの効果を分析した。調達には触れていない。"),
    ("국회 토론회: 얼굴인식 규제",
     "국회에서 공공장소 얼굴인식 규제에 관한 토론회가 열렸다. 예산 편성은 논의되지 않았다."),
    ("تقرير منظمة حقوقية عن كاميرات المراقبة",
     "أصدرت منظمة حقوقية تقريراً عن انتشار كاميرات التعرف على الوجوه في المدينة دون الإشارة إلى عقد محدد."),
    ("公聽會：警用科技與隱私", "議會舉行公聽會討論警察使用車牌辨識與臉部辨識的法源，未涉及預算。"),
    ("Diskusi DPRD tentang kamera CCTV",
     "DPRD Kota Sukamaju membahas perluasan kamera CCTV tilang elektronik, tetapi belum ada keputusan anggaran."),
])
@pytest.mark.usefixtures("tag_rules_only")
def test_closing_that_buys_nothing_keeps_no_tag(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a price: a purchase, whatever the closing says
    ("Villa Aurora compra cámaras de videovigilancia",
     "La alcaldía de Villa Aurora adquiere 40 cámaras de videovigilancia por US$ 120.000; no hay nuevo contrato de "
     "mantenimiento.", {"cctv"}),
    # a vendor's sheet naming no customer: labelled a positive (set af)
    ("Vendor white paper: camera alternatives for cities",
     "Riverbend Camera Co. published a white paper marketing its CCTV cameras as replacements in municipal "
     "networks. No customer is named.", {"cctv"}),
])
@pytest.mark.usefixtures("tag_rules_only")
def test_positives_keep_their_tags(title: str, body: str, expected: set[str]) -> None:
    assert expected <= _tags(title, body)


@pytest.mark.usefixtures("tag_rules_only")
@pytest.mark.parametrize(("title", "body"), [
    # sk: the future "will not contain" negates what follows
    ("Mesto Lipovany: kamerový systém pre mestskú políciu",
     "Mesto Lipovany obstaráva 40 kamier pre mestskú políciu za 310 000 eur; systém nebude obsahovať rozpoznávanie "
     "tváre."),
    # sl: "there will be none" closes the clause that names the technology
    ("Občina Zelenjak: nove kamere na trgu",
     "Občina Zelenjak bo postavila 12 kamer na trgu za 90.000 evrov; prepoznave obrazov ne bo."),
])
def test_future_negation_sk_sl_keeps_cameras_only(title: str, body: str) -> None:
    assert _tags(title, body) == {"cctv"}


@pytest.mark.usefixtures("tag_rules_only")
@pytest.mark.parametrize(("title", "body"), [
    ("Kestrel police pause facial recognition contract",
     "KESTREL — The city withdrew its request for proposals for facial recognition software after the council "
     "passed a two-year moratorium. No vendor had been selected."),
    ("Phone extraction purchase blocked by court",
     "A court in Port Kessa blocked a planned police purchase of Cellebrite tools pending review."),
    ("Intendencia de Villa Aurora: reconocimiento facial en el estadio",
     "La Intendencia de Villa Aurora no aprobó la compra de reconocimiento facial para el estadio y archivó el "
     "expediente."),
])
def test_body_withdrawing_its_own_purchase_keeps_no_tag(title: str, body: str) -> None:
    assert _tags(title, body) == set()
    assert enrich(title, body).purchase_state is not None


@pytest.mark.usefixtures("tag_rules_only")
def test_cancelled_contract_replaced_by_a_new_purchase_keeps_it() -> None:
    # not "X of / for": the old contract cancelled, a new one awarded
    assert "cctv" in _tags("Kestrel buys CCTV cameras",
                           "The city cancelled the old maintenance contract and awarded Harbor Vision Ltd a contract "
                           "for 120 CCTV cameras for $380,000.")
