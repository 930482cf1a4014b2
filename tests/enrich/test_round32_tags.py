"""Round 32 (tags32): recognition added to cameras already up is cctv too; plate cameras named in one phrase are not.

Labelling rules (tests/eval/README.md): "a face, gait, plate or ethnicity recognition system, module, server or licence
added to cameras … is labelled with that technology (and cctv for the cameras)"; "Dedicated plate readers alone … do
not" count as cctv. Every buyer and firm below is fictional. Both with the cue rules alone and with the tag model on.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

KEPT_CAMERAS = [
    # en: gait recognition added to cameras already up
    ("Ejemplo Police adds gait recognition to station cameras",
     "The Ejemplo City Police added gait recognition software to 90 existing platform cameras at Muestra Central "
     "station, supplier Sample Vision Ltd, USD 410,000.", "gait_recognition"),
    # zh: a face-comparison server whose front end is the cameras already built
    ("示例县公安局人脸比对系统采购结果公告",
     "示例县公安局采购人脸识别比对系统，前端利用既有摄像机，新增比对服务器3台。成交供应商：示例智能科技有限公司，"
     "金额：88万元。", "facial_recognition"),
    # zh: face recognition deployed on the existing cameras of a metro station
    ("样例区地铁站人脸识别布控服务",
     "样例市公安局样例分局在辖区地铁站既有摄像机上部署人脸识别布控服务，供应商：样例网络科技有限公司，金额：260万元。",
     "facial_recognition"),
    # fr: a plate-reading module for cameras already up
    ("Lecture de plaques pour les caméras de Villexemple",
     "La Ville de Villexemple a acquis un module de lecture automatique de plaques (LAPI) pour 35 caméras existantes "
     "auprès de Exemple Analytique SAS, 210 000 euros.", "vehicle_recognition"),
    # vi: plate recognition software for the traffic cameras the police already have
    ("Công an tỉnh Mẫu bổ sung nhận dạng biển số cho camera",
     "Công an tỉnh Mẫu bổ sung phần mềm nhận dạng biển số cho 120 camera giao thông hiện có, nhà thầu Công ty CP Mẫu "
     "Tech, giá 9 tỷ đồng.", "vehicle_recognition"),
    # id: a face module for the ETLE cameras already installed
    ("Polres Contoh menambah modul pengenal wajah",
     "Polres Contoh menambah modul pengenal wajah pada 80 kamera ETLE yang ada, penyedia PT Contoh Analitik, "
     "Rp 12 miliar.", "facial_recognition"),
]

NOT_KEPT = [
    # software run over what the cameras recorded is that technology only (labelling rule "Recorded footage")
    ("Sample Analytics Inc. - annual report (excerpt)",
     "Police customers run our gait recognition software over recorded footage of their existing cameras."),
    # existing cameras named beside a purchase that recognises nothing
    ("Council notes camera models",
     "The Ejemplo Borough Council discussed a motion on street safety; staff noted the existing cameras are fixed "
     "dome models. No purchase was made."),
    # a wildlife count run over the park's existing trail cameras recognises animals, not people
    ("Ejemplo National Park counts deer",
     "Ejemplo National Park licensed software from Sample Ecology Ltd to count deer on its existing trail cameras, "
     "USD 30,000."),
]

PLATE_CAMERAS = [
    ("Bashkia Shembull: kamera me njohje targash",
     "Bashkia Shembull instaloi 40 kamera me njohje automatike të targave në hyrjet e qytetit, me kosto 90 milionë "
     "lekë."),
    ("Piemēra pašvaldības policija ievieš numurzīmju atpazīšanu",
     "Piemēra pašvaldības policija iegādājās 25 numurzīmju atpazīšanas kameras par 310 000 eiro."),
    ("ნიმუშის პოლიცია ნომრების ამომცნობ კამერებს ყიდულობს",
     "ნიმუშის პოლიციამ 60 ავტომობილის ნომრის ამომცნობი კამერა 2 მილიონ ლარად შეიძინა."),
    ("Gemeente Voorbeeld plaatst ANPR-camera's",
     "De gemeente Voorbeeld heeft Voorbeeld Verkeerstechniek B.V. opdracht gegeven voor 18 ANPR-camera's voor de "
     "milieuzone, voor € 0,9 miljoen."),
    ("Sở Giao thông tỉnh Mẫu lắp camera đọc biển số",
     "Sở Giao thông vận tải tỉnh Mẫu chọn Công ty Mẫu Tech lắp 50 camera đọc biển số tại cửa ngõ, 21 tỷ đồng."),
    ("Ejemplo traffic police cameras read plates",
     "The Ejemplo Traffic Police will install 70 cameras that read number plates and issue speeding fines, a "
     "USD 1.8 million project supplied by Sample Traffic Ltd."),
]

PLATE_AND_CCTV = [
    # plate readers beside surveillance cameras: both
    ("Villa Muestra amplía videovigilancia",
     "El Municipio de Villa Muestra instaló 80 cámaras de videovigilancia y 10 cameras that read number plates at "
     "the city entrances, supplied by Muestra Seguridad S.A."),
    ("Ejemplo town centre CCTV and plate cameras",
     "Ejemplo Town Council awarded Sample Security Ltd a contract for 40 CCTV cameras in the town centre and 12 "
     "cameras that read licence plates at car park entrances, £380,000."),
]


@pytest.mark.parametrize(("title", "body", "tid"), KEPT_CAMERAS)
def test_recognition_on_cameras_already_up_is_cctv_too(tag_rules_only: None, title: str, body: str,
                                                       tid: str) -> None:
    assert {tid, "cctv"} <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "tid"), KEPT_CAMERAS)
def test_recognition_on_cameras_already_up_is_cctv_too_model_on(title: str, body: str, tid: str) -> None:
    assert {tid, "cctv"} <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_KEPT)
def test_existing_cameras_without_recognition_stay_untagged(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), PLATE_CAMERAS)
def test_plate_cameras_in_one_phrase_are_no_cctv(tag_rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "vehicle_recognition" in tags
    assert "cctv" not in tags


@pytest.mark.parametrize(("title", "body"), PLATE_CAMERAS)
def test_plate_cameras_in_one_phrase_are_no_cctv_model_on(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "vehicle_recognition" in tags
    assert "cctv" not in tags


@pytest.mark.parametrize(("title", "body"), PLATE_AND_CCTV)
def test_plate_cameras_beside_surveillance_cameras_keep_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert {"cctv", "vehicle_recognition"} <= enriched_tag_ids(title, body)
