"""Round 32b (tags32b): recognition added to the cameras it runs on is cctv too; traders or drivers scored and put on a
black or suspension list are social credit in ms/id, th and en "demerit system" wording; sk/sl cameras bought "without"
face recognition buy none.

Labelling rules (tests/eval/README.md): "a face, gait, plate or ethnicity recognition system, module, server or licence
added to cameras or to a camera platform is labelled with that technology (and cctv for the cameras)"; social credit
is people scored and listed, not a licence's demerit points alone. Every buyer and firm below is fictional. Both with
the cue rules alone and with the tag model on.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

ON_CAMERAS = [
    # en: recognition added to the cameras of a station (no "existing")
    ("Ejemplo Transit adds gait recognition to station cameras",
     "Ejemplo Transit Authority added gait recognition software to 90 station cameras, supplier Sample Vision Ltd, "
     "USD 410,000.", "gait_recognition"),
    # fr: a gait-analysis program added to the town's cameras
    ("Villexemple : analyse de la démarche",
     "La commune de Villexemple a acheté un logiciel d'analyse de la démarche ajouté à ses caméras, 120 000 euros, "
     "auprès de Exemple Analytique SAS.", "gait_recognition"),
    # zh: an ethnicity-attribute module joined to the existing video platform
    ("示例县公安局人员民族属性统计预警",
     "示例县公安局采购视频民族属性统计预警软件，接入现有视频平台。成交：示例信息有限公司，金额：52万元。",
     "ethnicity_analytics"),
    # zh: face comparison run on the existing video points
    ("样例县人脸比对模块采购",
     "样例县公安局采购人脸比对模块，对现有视频点位进行分析。成交：样例云科技有限公司，金额：69万元。",
     "facial_recognition"),
]

NOT_CAMERAS = [
    # recognition the council votes not to add: nothing bought
    ("Sampleton Council and face recognition", "Sampleton Council voted not to add face recognition to its 200 street "
     "cameras; no contract was signed."),
    # plate cameras added to a road network: plate readers, no recognition added to cameras
    ("Sampleton buys ANPR", "Sampleton Council will add 60 ANPR cameras to its traffic network, GBP 300,000."),
]

SCORED_AND_LISTED = [
    ("Dewan Bandaraya Contoh: skor penjaja",
     "Dewan Bandaraya Contoh membeli sistem skor penjaja; penjaja berskor rendah disenaraihitamkan, RM 2.2 juta."),
    ("เทศบาลนครตัวอย่าง: ระบบคะแนนผู้ค้า",
     "เทศบาลนครตัวอย่างจัดซื้อระบบคะแนนผู้ค้า ผู้ค้าคะแนนต่ำถูกขึ้นบัญชีดำห้ามขาย วงเงิน 6 ล้านบาท"),
    ("Sampleburg driver demerit and suspension list",
     "SAMPLEBURG — Sampleburg City Council bought a kombi driver demerit system publishing a suspension list, "
     "US$ 220,000."),
]

NOT_SOCIAL_CREDIT = [
    # a licence's demerit points alone, with no list of people
    ("Sampleburg licence demerit points", "The Sampleburg traffic department bought a demerit points register for "
     "driving licences, US$ 80,000."),
    # a bank's score and a list of defaulting borrowers
    ("Bank Contoh: skor kredit", "Bank Contoh membeli sistem skor kredit; peminjam berskor rendah masuk daftar hitam "
     "bank, Rp 3 miliar."),
]


WITHOUT_FACES = [
    # sk: cameras bought, the system will not contain face recognition
    ("Mesto Príkladov: kamerový systém bez rozpoznávania tváre",
     "Mesto Príkladov obstaráva 40 kamier pre mestskú políciu za 310 000 eur; systém nebude obsahovať rozpoznávanie "
     "tváre."),
    # sl: cameras put up, there will be no face recognition
    ("Občina Primer: kamere brez prepoznave obrazov",
     "Občina Primer bo postavila 12 kamer na trgu za 90.000 evrov; prepoznave obrazov ne bo."),
]


@pytest.mark.parametrize(("title", "body"), WITHOUT_FACES)
def test_cameras_without_face_recognition_are_cctv_only(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body"), WITHOUT_FACES)
def test_cameras_without_face_recognition_are_cctv_only_model_on(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body", "tid"), ON_CAMERAS)
def test_recognition_added_to_cameras_is_cctv_too(tag_rules_only: None, title: str, body: str, tid: str) -> None:
    assert {tid, "cctv"} <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "tid"), ON_CAMERAS)
def test_recognition_added_to_cameras_is_cctv_too_model_on(title: str, body: str, tid: str) -> None:
    assert {tid, "cctv"} <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_CAMERAS)
def test_recognition_not_added_or_plate_cameras_are_no_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), SCORED_AND_LISTED)
def test_traders_scored_and_listed_are_social_credit(tag_rules_only: None, title: str, body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), SCORED_AND_LISTED)
def test_traders_scored_and_listed_are_social_credit_model_on(title: str, body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_SOCIAL_CREDIT)
def test_demerit_points_alone_or_bank_scores_are_no_social_credit(tag_rules_only: None, title: str,
                                                                  body: str) -> None:
    assert "social_credit" not in enriched_tag_ids(title, body)


CAMERA_WORDS = [
    # ka: a city hall bought video cameras
    ("ნიმუშის მერია: ვიდეოკამერები",
     "ნიმუშის მერიამ 200 ვიდეოსამეთვალყურეო კამერა შეისყიდა 3 მილიონ ლარად, მიმწოდებელი შპს ნიმუში სისტემსი."),
    # ha: a state government contracts cameras for a market
    ("Gwamnatin Jihar Misali: kyamarori a kasuwa",
     "Gwamnatin Jihar Misali ta bai wa kamfanin Misali Tsaro kwangilar sanya kyamarori 80 a kasuwar Misali, naira "
     "miliyan 450."),
]

NO_CAMERAS = [
    # ka: street lights; the project does not include video cameras
    ("ნიმუშის მერია: ქუჩის განათება",
     "ნიმუშის მერიამ 15 000 სანათის შეცვლაზე ხელშეკრულება გააფორმა. პროექტი ვიდეოკამერებს არ მოიცავს."),
    # ha: solar street lights; there are no cameras in the work
    ("Gwamnatin Jihar Misali ta sayi fitilun titi",
     "Gwamnatin Jihar Misali ta bayar da kwangilar Naira biliyan 2.8 domin kafa fitilun titi 3,000. Babu kyamarori a "
     "cikin aikin."),
]


@pytest.mark.parametrize(("title", "body"), CAMERA_WORDS)
def test_plain_camera_words_in_ka_and_ha_are_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body"), NO_CAMERAS)
def test_cameras_not_included_in_ka_and_ha_are_no_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == set()
