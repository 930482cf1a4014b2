"""Round 30b (after set af was spent): false technology tags on notices that buy nothing or negate what they name
(fictional bodies and firms; towns as placeholders).

Families, read from set af's errors and counted on the other development sets (see the commit message):
- the purchase itself will not be made: a body deciding not to launch a tender or pausing the one it had, "nothing
  will be bought" (tl "Walang bibilhin"), the procurement not to be carried out (hr "Nabava se neće provesti"), the
  equipment not procured (de "… werden nicht beschafft."), the project abandoned (pt "O projeto foi abandonado.");
- a meeting, study, ruling or guidance that decides or concerns no purchase (zh 会议未形成采购决定, 本案不涉及采购, ar
  لم يتخذ أي قرار بالشراء, th ยังไม่มีมติอนุมัติ, id "tidak terkait pengadaan", en "no decision or purchase was made",
  "is not a procurement", "approved no new funds", es "no evalúa ningún contrato");
- a function excluded by name: cs "vylučuje rozpoznávání obličejů", vi "không có chức năng nhận diện khuôn mặt",
  "không nhận diện khuôn mặt".
Each keeps what a notice does buy: cameras bought beside the excluded function stay cctv.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids


@pytest.mark.parametrize(("title", "body"), [
    ("Northvale police: market sounding on face-search software ends without a tender",
     "Northvale Police Service consulted three suppliers on face-search software and decided not to launch a tender."),
    ("Eastport transit: facial recognition gates on hold",
     "Eastport Transit Authority paused the tender for facial recognition gates after a privacy assessment."),
    ("Bayan ng Sta. Lumen: konseho tinanggihan ang face recognition sa palengke",
     "Tinanggihan ng konseho ang panukalang kamerang may face recognition sa palengke. Walang bibilhin."),
    ("Grad Novi Brijeg: vijeće odbija kamere s prepoznavanjem lica",
     "Gradsko vijeće odbilo je prijedlog kamera s prepoznavanjem lica na glavnom trgu. Nabava se neće provesti."),
    ("Landkreis Beispielstadt: Kredit für automatische Kennzeichenerfassung gestrichen",
     "Der Kreistag hat den Kredit für die automatische Kennzeichenerfassung gestrichen. Die Anlagen werden nicht "
     "beschafft."),
    ("Vila Serena: prefeitura desiste de reconhecimento facial no terminal",
     "A prefeitura estudou câmeras com reconhecimento facial para o terminal rodoviário. O projeto foi abandonado."),
])
def test_a_purchase_that_will_not_be_made_tags_nothing(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == set()


@pytest.mark.parametrize(("title", "body"), [
    ("某县人大代表：人脸识别门禁数据安全需规范",
     "在某县人大常委会座谈会上，代表们讨论了小区人脸识别门禁的数据安全问题，会议未形成采购决定。"),
    ("某区法院：商场刷脸支付纠纷一审宣判",
     "某区人民法院审理一起商场人脸识别支付纠纷，判决商场删除原告面部信息。本案不涉及采购。"),
    ("Riverton council discusses CCTV at the harbour, no decision",
     "Riverton City Council discussed whether CCTV at the harbour should be extended; no decision or purchase was "
     "made."),
    ("Regulator guidance on facial recognition in shops",
     "The fictional Data Authority published guidance on facial recognition in shops. The guidance is not a "
     "procurement."),
    ("Kota Lembah Hijau: kajian kamera pengenal wajah",
     "Peneliti universitas merilis kajian tentang kamera pengenal wajah di stasiun. Kajian ini tidak terkait "
     "pengadaan apa pun."),
    ("مدينة الوادي: نقاش حول كاميرات المراقبة في السوق",
     "ناقش المجلس البلدي وضع كاميرات المراقبة في السوق، ولم يتخذ أي قرار بالشراء."),
    ("Villa Clara: informe sobre cámaras de seguridad en plazas",
     "Una fundación publicó un estudio sobre las cámaras de seguridad en plazas. El informe no evalúa ningún "
     "contrato concreto."),
])
def test_a_text_that_decides_or_concerns_no_purchase_tags_nothing(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == set()


def test_a_committee_that_approves_no_new_funds_tags_nothing() -> None:
    assert enriched_tag_ids("Parliament committee reviews city CCTV project",
                 "The committee questioned the value of the city CCTV project but approved no new funds.") == set()


@pytest.mark.parametrize(("title", "body"), [
    ("Městská policie Lhotka: kamery do tramvají",
     "Dopravní podnik zakoupil 120 kamer do tramvají; zadávací dokumentace výslovně vylučuje rozpoznávání obličejů."),
    ("Tỉnh Bình Minh: bệnh viện lắp camera",
     "Bệnh viện lắp 80 camera tại hành lang; hồ sơ mời thầu nêu rõ không có chức năng nhận diện khuôn mặt."),
    ("Tỉnh Bình Minh: trường học lắp camera, không nhận diện khuôn mặt",
     "Sở Giáo dục lắp camera tại 60 trường. Nhà thầu: Công ty An Bình, 12 tỷ đồng."),
])
def test_a_function_excluded_by_name_leaves_the_cameras(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body", "tag"), [
    ("Northvale police buys face-search software",
     "Northvale Police Service awarded a contract for face-search software to a fictional supplier for $240,000.",
     "facial_recognition"),
    ("Die Kameras werden beschafft",
     "Die Stadt beschafft 30 Kameras zur Videoüberwachung des Bahnhofsvorplatzes; die Anlagen werden nicht "
     "beschafft, sondern gemietet.", "cctv"),
    ("Stadt Beispielheim verlängert Wartungsvertrag für Videoschutzanlage",
     "Die Stadt verlängert den Wartungsvertrag für die 40 Kameras der Videoschutzanlage am Markt (120.000 EUR); neue "
     "Kameras werden nicht beschafft.", "cctv"),
    ("Tỉnh Bình Minh: lắp camera nhận diện khuôn mặt tại cổng trường",
     "Sở Giáo dục lắp 50 camera nhận diện khuôn mặt tại cổng trường. Nhà thầu: Công ty An Bình.",
     "facial_recognition"),
])
def test_a_purchase_that_is_made_keeps_its_tag(title: str, body: str, tag: str) -> None:
    assert tag in enriched_tag_ids(title, body)
