"""Round 23, technology tags (set x scored blind, now spent): each general wording fixed, with a near miss that must
not change.

- cameras that buy no video surveillance: plate-reading cameras in more languages, bus-lane enforcement cameras,
  cameras taken down, an existing video management system an add-on plugs into, police video a product draws on;
- ethnicity wording in many languages, and a language (Uyghur voiceprints) that is no ethnicity;
- what is no platform (a retrospective face search of mugshots, police drones whose video goes to a command centre)
  and what is (gait recognition sold as a module for cameras or run over their recordings);
- residents scored with points and a black list; points lost that cost benefits;
- negation scope: a vendor dropped is no purchase withdrawn, an add-on rejected "for downtown cameras" keeps the
  cameras, a second verb that awards the work opens a purchase of its own; and negation words of it, es, pt, en;
- plates read or photographed, 卡口 among pooled data, phone data extraction, in more languages.

Every sentence was written for these tests (fictional places, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import rule_tag_quotes

_evidence = rule_tag_quotes  # what a user sees: each tag with the words it quotes


def _ids(text: str) -> set[str]:
    return set(_evidence(text))


# ----------------------------------------------------------------------------- cameras that are no cctv
NOT_CCTV = [
    ("Emniyet Müdürlüğü 40 kavşağa plaka tanıma (PTS) kamerası kurdu.", "vehicle_recognition"),
    ("ٹریفک پولیس نے شہر کے داخلی راستوں پر نمبر پلیٹ شناخت کیمرے نصب کیے۔", None),
    ("МВД уточнило, кто поставил камеры распознавания номеров на трассе.", "vehicle_recognition"),
    ("The county police are trialling six number plate cameras on the ring road.", None),
    ("Harbour Transit said its bus lane cameras are run by contractors and that it shares no data with police.", None),
    ("Politiezone Gent kocht 50 ANPR-camera's; de huidige camera's van Dahua worden gedemonteerd.",
     "vehicle_recognition"),
    ("Our gait software is sold as an add-on to existing video management systems.", None),
    ("步态比对服务器2台，数据来源为辖区公安视频监控。", None),
]

STILL_CCTV = [
    "Emniyet Müdürlüğü 40 kavşağa güvenlik kamerası kurdu.",
    "The county police bought 60 new cameras for the town centre.",
    "De gemeente plaatst 40 nieuwe camera's op het stationsplein.",
    "The sheriff's office bought a video management system for its jail cameras.",
    "新建高清视频监控点位120个，接入公安视频专网。",
]


@pytest.mark.parametrize("text,other", NOT_CCTV)
def test_cameras_that_buy_no_video_surveillance(text: str, other: str | None) -> None:
    found = _evidence(text)
    assert "cctv" not in found, found
    if other:
        assert other in found


@pytest.mark.parametrize("text", STILL_CCTV)
def test_near_miss_cameras_stay_cctv(text: str) -> None:
    assert "cctv" in _ids(text)


# ----------------------------------------------------------------------------- ethnicity wording
ETHNICITY = [
    ("The police cameras at the bus terminal flag people of 'Central Asian appearance' for officers.",
     "people of 'Central Asian appearance"),
    ("Border cameras will flag foreign nationals by appearance, the ministry said.",
     "flag foreign nationals by appearance"),
    ("The registry's analytics dashboard reports applicants by 'race and religion' to the security office.",
     "reports applicants by 'race and religion"),
    ("اشترت الشرطة نظاماً يصنف المسافرين حسب الأصل الإثني عند نقاط التفتيش.", "حسب الأصل الإثني"),
    ("ตำรวจจัดซื้อระบบที่คัดแยกตามเชื้อชาติผู้เดินทาง", "คัดแยกตามเชื้อชาติ"),
    ("Мэрия закупила камеры, которые определяют «национальность» прохожих.", "определяют «национальность"),
    ("پلیس سامانه تفکیک قومی مسافران را راه‌اندازی کرد.", "تفکیک قومی"),
    ("内容：寺院周边高清摄像机30台，另建民族宗教人员比对预警模块。", "民族宗教人员比对"),
    ("内容：流动人口管理系统，预警规则可按民族设置，推送社区民警。", "按民族"),
    ("The checkpoint database records each traveller's sect and alerts the duty officer.",
     "records each traveller's sect"),
    ("La police utilise aux barrages un logiciel qui classe les voyageurs selon leur ethnie.", "selon leur ethnie"),
    ("המשטרה רכשה מערכת המסווגת עוברי אורח במצלמות לפי מוצא.", "לפי מוצא"),
    ("پولیس کا سافٹ ویئر مسافروں کو نسل کی بنیاد پر درج کرتا ہے۔", "نسل کی بنیاد پر"),
    ("Polisi memasang aplikasi di pos pemeriksaan yang mencatat suku setiap pendatang.", "mencatat suku"),
]

NOT_ETHNICITY = [
    "The police cameras at the bus terminal flag people of suspicious appearance for officers.",
    "The census office publishes household statistics by race and religion.",
    "内容：维吾尔语及汉语声纹比对系统1套，声纹采集终端10台。",
    "内容：第七次人口普查数据按民族、年龄分组统计汇总。",
    "The census office counts households by tribe and region, the police said.",
]


@pytest.mark.parametrize("text,quote", ETHNICITY)
def test_ethnicity_wording(text: str, quote: str) -> None:
    found = _evidence(text)
    assert "ethnicity_analytics" in found, found
    assert any(quote in ev for ev in found["ethnicity_analytics"]), found


@pytest.mark.parametrize("text", NOT_ETHNICITY)
def test_not_ethnicity(text: str) -> None:
    assert "ethnicity_analytics" not in _ids(text)


# ----------------------------------------------------------------------------- platform
def test_retrospective_face_search_of_mugshots_is_no_platform() -> None:
    found = _evidence("The state police chose Lumen for retrospective facial search of its mugshot database.")
    assert "surveillance_platform" not in found
    assert "facial_recognition" in found


def test_retrospective_face_recognition_on_footage_is_facial_recognition() -> None:
    # round 30 (tests/eval/README.md, "Recognition of one kind"): face recognition of footage is no platform
    ids = _ids("The state police bought retrospective facial recognition for recorded CCTV footage of the city centre.")
    assert "facial_recognition" in ids
    assert "surveillance_platform" not in ids


def test_drone_video_sent_to_a_command_centre_is_no_platform() -> None:
    found = _evidence("内容：警用多旋翼无人机4架，机载高清摄像，视频实时回传至县局指挥中心。")
    assert "surveillance_platform" not in found
    assert "cctv" in found


def test_a_city_brain_with_drone_video_keeps_its_platform() -> None:
    found = _evidence("内容：建设城市大脑指挥中心，警用无人机视频实时回传至指挥中心。")
    assert found.get("surveillance_platform") == ["城市大脑"]


GAIT_PLATFORM = [
    ("Polis shahar kameralariga odamlarni yurish uslubi orqali aniqlovchi modul o'rnatdi.", "yurish"),
    ("Emniyet, şehir kameralarına kişileri yürüyüş biçiminden tanıyan bir modül ekledi.", "yürüyüş"),
    ("Die Polizei kauft eine Software, die Personen auf Videoaufnahmen anhand ihres Gangs wiedererkennt.",
     "anhand ihres Gangs"),
    ("県警は防犯カメラ映像を歩き方で照合するシステムを調達した。", "歩き方"),
]


@pytest.mark.parametrize("text,quote", GAIT_PLATFORM)
def test_gait_module_or_recordings_is_a_platform(text: str, quote: str) -> None:
    # round 30 (tests/eval/README.md, "Recognition of one kind"): a gait module or gait software over recordings is
    # gait recognition, no platform (the name is kept for history)
    found = _evidence(text)
    assert "surveillance_platform" not in found, found
    assert "gait_recognition" in found, found


def test_gait_cameras_bought_are_no_platform() -> None:
    found = _evidence("Полиция закупила 40 камер с распознаванием походки для вокзала.")
    assert "surveillance_platform" not in found
    assert "gait_recognition" in found


# ----------------------------------------------------------------------------- social credit
SOCIAL_CREDIT = [
    ("La mairie de Port-Vert lance un permis citoyen à points : les habitants sous 10 points sont inscrits sur une "
     "liste noire.", "liste noire"),
    ("Pemkot menerapkan skor warga; warga dengan skor rendah masuk daftar hitam.", "daftar hitam"),
    ("The county gives villages 'harmony points'; villages on the black list lose road grants.", "black list"),
    ("Municipio: quienes no sumen puntos quedarán fuera de bonos y ayudas.", "no sumen puntos"),
    ("Хукумат ввёл рейтинг жителей: низкий рейтинг закрывает доступ к льготам.", "низкий рейтинг"),
]

NOT_SOCIAL_CREDIT = [
    "Bidders receive technical evaluation points; blacklisted contractors may not apply.",
    "The bank scores borrowers with points and keeps a black list of defaulting loans.",
    "Drivers lose points for speeding and lose their licence at zero.",
]


@pytest.mark.parametrize("text,quote", SOCIAL_CREDIT)
def test_points_and_black_list(text: str, quote: str) -> None:
    found = _evidence(text)
    assert any(quote in ev for ev in found.get("social_credit", [])), found


@pytest.mark.parametrize("text", NOT_SOCIAL_CREDIT)
def test_not_social_credit(text: str) -> None:
    assert "social_credit" not in _ids(text)


# ----------------------------------------------------------------------------- negation scope and words
KEEPS_CCTV = [
    "Lima: Municipio descarta a Huawei y compra cámaras a empresa local\nLa municipalidad adjudicó USD 2 millones "
    "a Rímac Seguridad por 300 cámaras.",
    "Pavia: il Comune esclude Hikvision dal bando telecamere\nIl Comune ha aggiudicato 900.000 euro per 150 "
    "telecamere di videosorveglianza.",
    "Resolution 14 rejecting face recognition add-on for downtown cameras\nThe board renewed the camera upkeep.",
    "Nantes\nLa ville a renoncé au logiciel Zeta et confie à Loire Vidéo la maintenance de 150 caméras pour "
    "310 000 euros.",
    "Van: Valilik ses analizini reddetti\nValilik teklifi reddetti; yalnızca 80 kameranın bakımı 4 milyon TL'ye "
    "verildi.",
]

DROPS_CCTV = [
    "Lima: Municipio rechaza cámaras Hikvision\nLa municipalidad no comprará las cámaras ofrecidas.",
    "Nantes\nLa ville a renoncé aux caméras de vidéosurveillance.",
    "Police body camera programme stalls\nThe programme was suspended and no cameras would be purchased this year.",
    "Bissau: ministério recusa câmaras com reconhecimento facial\nO ministério recusou a proposta de câmaras; não "
    "houve contrato.",
]


@pytest.mark.parametrize("text", KEEPS_CCTV)
def test_vendor_or_add_on_dropped_keeps_the_cameras(text: str) -> None:
    assert "cctv" in _ids(text)


@pytest.mark.parametrize("text", DROPS_CCTV)
def test_cameras_refused_stay_untagged(text: str) -> None:
    assert "cctv" not in _ids(text)


def test_face_recognition_that_stays_off_is_negated() -> None:
    found = _evidence("Il Comune ha speso 200.000 euro per 30 nuove telecamere di videosorveglianza; il riconoscimento "
                      "facciale resta spento.")
    assert "facial_recognition" not in found
    assert "cctv" in found


def test_face_recognition_switched_on_is_kept() -> None:
    assert "facial_recognition" in _ids("Il Comune ha attivato il riconoscimento facciale sulle telecamere.")


def test_rejected_lot_is_negated() -> None:
    found = _evidence("Ayuntamiento de Villaverde: control de accesos\nPoder adjudicador: Ayuntamiento de Villaverde. "
                      "Lote 1: control de accesos por reconocimiento facial en dependencias municipales (RECHAZADO: se "
                      "declara desierto). Lote 2: tornos de acceso con tarjeta.")
    assert "facial_recognition" not in found


def test_awarded_lot_is_kept() -> None:
    assert "facial_recognition" in _ids("Ayuntamiento de Villaverde: control de accesos\nLote 1: control de accesos "
                                        "por reconocimiento facial en dependencias municipales (ADJUDICADO).")


def test_removed_requirement_is_negated_but_a_kept_one_is_not() -> None:
    removed = "The police re-issued the tender after removing a requirement to classify people by caste."
    kept = "The police tender adds a requirement to classify people by caste on its cameras."
    assert "ethnicity_analytics" not in _ids(removed)
    assert "ethnicity_analytics" in _ids(kept)


# ----------------------------------------------------------------------------- plates, 卡口, phones
def test_plates_read_or_photographed() -> None:
    assert "by number plate" in _evidence("A separate police module flags vehicles by number plate.").get(
        "vehicle_recognition", [""])[0]
    assert "vehicle_recognition" in _ids("Os radares fotografam matrículas dos infratores.")
    assert "vehicle_recognition" in _ids("Il centro fonde videosorveglianza e varchi con lettura targhe.")
    assert "vehicle_recognition" not in _ids("The kiosks print plates of steel for the workshop.")
    assert "vehicle_recognition" not in _ids("Pay-by-plate kiosks: plate data is used for payment only.")


def test_checkpoints_among_pooled_data() -> None:
    found = _evidence("内容：重点人员管控平台，融合视频监控、卡口、电子围栏数据。")
    assert found.get("vehicle_recognition") == ["卡口"]
    assert "vehicle_recognition" not in _ids("内容：新建人脸卡口6处。")


def test_phone_data_extraction() -> None:
    assert "phone_tracking" in _ids("O serviço de investigação comprou kits de extracção de dados de telemóveis.")
    assert "phone_tracking" in _ids("Politidistriktet kjøpte verktøy for uthenting av data fra mobiltelefoner.")
    assert "phone_tracking" in _ids("(ii) Mobile data-extraction kits for the cyber crime wing.")
    assert "phone_tracking" not in _ids("The ministry bought 300 mobile phones for its staff.")


# ------------------------------------------------------------------------ whole notice: a study, a withdrawn tender
def test_third_party_study_buys_nothing() -> None:
    text = ("Institute maps camera exports\nThe Lisbon-based Instituto de Estudos Digitais published a study of camera "
            "and face-recognition exports to West Africa, naming several vendors.")
    assert _ids(text) == set()


def test_a_city_that_publishes_a_camera_tender_still_buys() -> None:
    assert "cctv" in _ids("City publishes tender\nThe city of Vale Verde published a tender for 200 new CCTV cameras.")


def test_tender_with_its_value_later_withdrawn_buys_nothing() -> None:
    text = ("Harbour police camera tagging plan\nThe harbour police sought software that flags migrants on dock "
            "cameras by ethnic appearance. The Rs 9 crore tender was later withdrawn, officials said.")
    assert _ids(text) == set()


def test_an_earlier_contract_withdrawn_leaves_the_new_purchase() -> None:
    text = ("Harbour police buy CCTV\nThe harbour police bought 90 CCTV cameras; the old maintenance contract with "
            "another firm was withdrawn in 2024.")
    assert "cctv" in _ids(text)


# ----------------------------------------------------------------------------- footage searched, no camera bought
@pytest.mark.parametrize("text", [
    "Harbour police bought gait recognition software that searches street camera recordings for suspects.",
    "The city police used face search across Eastgate camera footage, under a $900,000 licence.",
])
def test_camera_footage_searched_buys_no_camera(text: str) -> None:
    found = _evidence(text)
    assert "cctv" not in found
    assert found.keys() & {"surveillance_platform", "gait_recognition", "facial_recognition"}


@pytest.mark.parametrize("text", [
    "The platform indexes live and recorded security camera footage for the police.",
    "The police bought 40 street cameras and storage for their footage.",
])
def test_cameras_watched_live_or_bought_stay_cctv(text: str) -> None:
    assert "cctv" in _ids(text)


def test_smoke_detection_cameras_are_no_cctv() -> None:
    assert "cctv" not in _ids("La Alcaldía de San Telmo compró 8 cámaras de detección de humo para el parque nacional.")
    assert "cctv" in _ids("La Alcaldía de San Telmo compró 8 cámaras de videovigilancia para el parque central.")
