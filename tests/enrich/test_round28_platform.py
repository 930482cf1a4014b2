"""Round 28: surveillance_platform, social_credit and ethnicity_analytics recall (families the labels agree on).

* ECU 911 (Servicio Integrado de Seguridad), a Sistema Nacional de Atención a Emergencias y Seguridad 9-1-1, a Sistema
  Nacional de Emergencias 911, a Sistema Integrado de Emergencias y Seguridad (SIES-M), BOL-110 and Smart Sampa named
  beside the video cameras they run: a platform (the README's round-10 convention: cameras joined to a 9-1-1, C5/ECU
  911 or real-time centre are a surveillance platform).
* Hong Kong and Taiwan words for a video-analytics or footage-retrieval platform over a city's cameras
  (智能視像分析平台, 影像調閱整合平台) and a video analysis service (视频解析服务): the video-analytics platforms
  of taxonomy.md.
* An integrated security, command, control or operations centre joined to the cameras (centro integrado de
  segurança, centro di controllo integrato, dispecerat integrat, integrated command centre): a Safe City command centre.
* An integrated or unified platform in a notice that names the cameras it joins with other data (통합플랫폼 with CCTV
  and 112/119, "an integrated analysis platform that combines ... camera footage").
* social_credit: a black list of named people that is published or acted on (traffic offenders barred from
  licences, daftar hitam pengemudi, хар жагсаалт of fine defaulters, فهرست سیاه) and the court's dishonest-debtor
  screens by their other verbs (失信被执行人信息发布大屏, 限制高消费名单); a black list of suppliers stays none.
  Points that decide what named citizens may get: the carnet de la patria's points, "trust points" or a "trusted
  citizen" score with a loss, intizom balli with a list; a supplier's trust score or zero-trust networking stays none.
* ethnicity_analytics: a speaker's ethnicity told from the voice or accent (依据口音判别说话人是否为维吾尔族,
  "software that flags Uyghur speakers by accent"); a voiceprint comparison alone stays other_biometrics. A police,
  biometric or resident registry recording each person's ethnic group or tribe with other data (the round-20 reading
  with words between: "records fingerprints together with the detainee's ethnic group", enregistre l'appartenance
  ethnique); a census or school survey stays none. People classified, labelled or flagged by caste, community, tribe
  or clan by camera analytics or police software ("labels suspects by community", "estimates the tribe of traders").
* Near misses that must not change: plate-reading cameras alone, an iris/fingerprint add-on, video conferencing, and
  an emergency number without such a system.

Every sentence was written for these tests (fictional bodies and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from enrich.classify import classify

PLATFORM = "surveillance_platform"


def _ids(text: str, language: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text, language)}


@pytest.mark.parametrize(("text", "language"), [
    # (round 31: the renewal of the system's cameras alone is cctv by the platform rule's first bullet -
    # tests/enrich/test_round31_tags.py; the system extended with cameras stays a platform here)
    # (the ECU 911 network "extended with 640 cameras" is cameras joined to an existing dispatch centre: cctv by the
    # rules of 2026-12-05 15:18 part 2 and 2026-12-06 13:17 part 1)
    ("Santiago de los Caballeros: el 9-1-1 suma cámaras\nEl Sistema Nacional de Atención a Emergencias y Seguridad "
     "9-1-1 contrató con Cibao Integra SRL la instalación de 700 cámaras en Santiago, por RD$ 380 millones.", "es"),
    ("San Pedro Sula: Seguridad amplía el sistema 911\nLa Secretaría de Seguridad firmó un contrato de L 420 millones "
     "con Sula Sistemas para 600 cámaras del Sistema Nacional de Emergencias 911.", "es"),
    ("Medellín: 200 cámaras nuevas para el SIES-M\nLa Alcaldía contrató con Valle de Aburrá Vigía S.A.S. la "
     "instalación de 200 cámaras de videovigilancia del SIES-M por $9.800 millones.", "es"),
    ("São Paulo: Smart Sampa recebe mais câmeras\nA Prefeitura de São Paulo contratou o consórcio Tietê Monitora por "
     "R$ 64 milhões para 3.000 novas câmeras com reconhecimento facial no Smart Sampa.", "pt"),
    ("Cochabamba: BOL-110 expands\nThe Ministerio de Gobierno approved Bs 40 million for 500 more cameras in the "
     "BOL-110 system in Cochabamba, installed by Tunari Redes S.R.L.", "en"),
])
def test_cameras_of_an_emergency_and_security_system_are_a_platform(text: str, language: str) -> None:
    assert PLATFORM in _ids(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # plate-reading cameras alone (vehicle_recognition, as the labels have it)
    ("Santiago: el 9-1-1 suma lectores de placas\nEl Sistema Nacional de Atención a Emergencias y Seguridad 9-1-1 "
     "instaló 90 cámaras lectoras de placas en Santiago, por RD$ 120 millones.", "es"),
    # an iris and fingerprint add-on, no video cameras
    ("Guayaquil: el ECU 911 suma lectores de iris\nEl Servicio Integrado de Seguridad ECU 911 contrató lectores "
     "de iris y huellas para 20 UPC por USD 1,2 millones.", "es"),
    # video conferencing for the system's staff
    ("Loja: el ECU 911 contrata videoconferencia\nEl ECU 911 adquirió equipos de videoconferencia con cámaras para sus "
     "salas de reuniones por USD 90.000.", "es"),
    # an emergency number without such a system: drones answering 911 calls
    ("Drones for the police\nThe police department bought 6 drones with cameras that respond to 911 calls, for "
     "$420,000 from Mesa Aerial LLC.", "en"),
])
def test_near_misses_stay_without_platform(text: str, language: str) -> None:
    assert PLATFORM not in _ids(text, language)


@pytest.mark.parametrize("text", [
    "九龍城區警區擴展智能視像分析\n警務處計劃以港幣8,000萬元擴展智能視像分析平台，整合區內約600部閉路電視，具人群聚集偵測功能。",
    "桃園市政府警察局影像調閱整合平台建置案\n桃園市政府警察局建置智慧影像調閱整合平台，整合全市1,800支監視器及車牌辨識資料，得標廠商為北桃資訊股份有限公司。",
    "某县公安局视频解析服务采购\n某县公安局采购视频解析服务，对现有监控视频进行人员、车辆结构化标注，服务期一年，成交金额：人民币96万元。",
])
def test_video_analytics_and_retrieval_platforms_in_hk_tw_wording(text: str) -> None:
    assert PLATFORM in _ids(text, "zh")


@pytest.mark.parametrize("text", [
    # medical image retrieval (PACS) is no surveillance platform
    "某市人民醫院影像調閱平台升級\n某市人民醫院採購醫學影像調閱平台升級服務，支援放射科與門診醫師調閱患者影像，金額新臺幣600萬元。",
    # a video conference room is no video analysis
    "某区政府视像会议系统采购\n某区政府采购视像会议系统一套，含高清摄像头及显示屏，预算30万元。",
])
def test_hk_tw_near_misses_stay_without_platform(text: str) -> None:
    assert PLATFORM not in _ids(text, "zh")


@pytest.mark.parametrize(("text", "language"), [
    ("Primăria Oradea extinde supravegherea video\nPrimăria Oradea a atribuit firmei Crișul Tehnic SRL contractul de "
     "9,2 milioane lei pentru 180 de camere de supraveghere video și un dispecerat integrat.", "ro"),
    ("Torino: gara per il centro di controllo integrato\nLa Città di Torino ha aggiudicato a Dora Sistemi S.p.A. il "
     "centro di controllo integrato che unisce videosorveglianza e lettura targhe, per 8,4 milioni di euro.", "it"),
    # round 31b: "400 câmeras ligadas ao Centro Integrado de Segurança Pública" alone (cameras only joined to the
    # centre) is cctv, as sets ae and ag label it: tests/enrich/test_round31b_platform.py
    ("Lusaka cameras\nThe city council awarded K 90 million to Kafue Secure Ltd for 250 cameras and an integrated "
     "command and control centre.", "en"),
])
def test_cameras_with_an_integrated_centre_are_a_platform(text: str, language: str) -> None:
    assert PLATFORM in _ids(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # an integrated *monitoring* room of a transport operator
    ("Bus depot cameras\nThe transport authority bought 60 cameras for its depots; feeds go to the depot's integrated "
     "monitoring room.", "en"),
    # an integrated fire-brigade dispatch centre without cameras
    ("Dispecerat integrat pentru pompieri\nInspectoratul pentru Situații de Urgență a cumpărat un dispecerat integrat "
     "pentru apelurile de incendiu, în valoare de 2 milioane lei.", "ro"),
])
def test_integrated_centre_near_misses_stay_without_platform(text: str, language: str) -> None:
    assert PLATFORM not in _ids(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("대전시, 스마트도시 통합플랫폼 고도화\n대전광역시는 스마트도시 통합플랫폼을 고도화해 "
     "CCTV 6천 대와 112·119 상황 정보를 연계한다. 사업비는 42억 원이다.", "ko"),
    ("Audit: police data platform\nThe audit office found that the city police run an integrated analysis platform "
     "that merges phone identifiers from Wi-Fi sensors, plate reads and footage from 900 street cameras.", "en"),
])
def test_integrated_platform_joining_cameras_is_a_platform(text: str, language: str) -> None:
    assert PLATFORM in _ids(text, language)


def test_integrated_platform_without_cameras_or_for_video_conferencing_is_not() -> None:
    assert PLATFORM not in _ids("E-government portal\nThe ministry bought an integrated e-government platform for "
                                "tax payments and licences, with video conferencing rooms and cameras for staff.", "en")
    assert PLATFORM not in _ids("School platform\nThe district bought an integrated learning platform for 40 "
                                "schools.", "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Abuja: FCT traffic offenders list\nThe FCT Administration will publish a blacklist of repeat traffic offenders "
     "whose names bar them from renewing vehicle papers; the ₦300 million system was built by Gurara Data Ltd.", "en"),
    ("Surabaya: Dishub terapkan daftar hitam\nDinas Perhubungan Kota Surabaya menerapkan sistem poin bagi pengemudi "
     "angkot; pengemudi yang poinnya habis masuk daftar hitam dan dilarang beroperasi.", "id"),
    ("某县人民法院执行信息化项目\n某县人民法院采购失信被执行人信息发布大屏及限制高消费名单推送模块，"
     "成交金额：¥420,000元。", "zh"),
])
def test_published_black_lists_of_people_are_social_credit(text: str, language: str) -> None:
    assert "social_credit" in _ids(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Road maintenance tender\nBidders shall not appear on the blacklist of contractors and firms published by the "
     "Public Procurement Authority; the lot covers 40 km of gravel roads.", "en"),
    ("Pengadaan\nPenyedia yang masuk daftar hitam dilarang mengikuti tender; perusahaan wajib melampirkan surat "
     "pernyataan.", "id"),
])
def test_black_lists_of_firms_are_not_social_credit(text: str, language: str) -> None:
    assert "social_credit" not in _ids(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("某县公安局声纹比对系统采购\n采购人：某县公安局。内容：对接警电话录音进行声纹比对，并根据口音自动判别说话人是否为维吾尔族，"
     "命中即推送预警。成交金额：人民币58万元。", "zh"),
    ("Police buy call-analysis software\nThe regional police bought software that analyses emergency calls and "
     "flags callers whose accent identifies them as Uyghur, for $1.2 million from Tarim Voice Ltd.", "en"),
])
def test_ethnicity_from_the_voice_is_ethnicity_analytics(text: str, language: str) -> None:
    assert "ethnicity_analytics" in _ids(text, language)


def test_voiceprint_comparison_alone_is_not_ethnicity_analytics() -> None:
    text = ("某县公安局声纹比对系统采购\n内容：建设声纹库及比对服务，对接警电话录音进行声纹比对，"
            "成交金额：人民币40万元。")
    assert "ethnicity_analytics" not in _ids(text, "zh")


@pytest.mark.parametrize(("text", "language"), [
    ("Audit of a police booking system\nThe auditor found that the police's new biometric booking system records "
     "fingerprints together with each detainee's ethnic group, which is used to sort watch lists.", "en"),
    ("Niamey : un fichier biométrique\nLe ministère de l'Intérieur a acquis un système d'enrôlement biométrique "
     "(empreintes digitales, photo) qui enregistre l'appartenance ethnique des personnes contrôlées.", "fr"),
])
def test_registries_recording_ethnicity_are_ethnicity_analytics(text: str, language: str) -> None:
    assert "ethnicity_analytics" in _ids(text, language)


def test_census_recording_ethnicity_is_not_ethnicity_analytics() -> None:
    text = ("Census tablets\nThe statistics office bought 4,000 tablets for the census, which records each "
            "household's ethnic group and language.")
    assert "ethnicity_analytics" not in _ids(text, "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Maracaibo: el carnet de la patria y el gas\nUna resolución condiciona las bombonas de gas a un puntaje asignado "
     "a cada titular del carnet de la patria según su asistencia a actos oficiales.", "es"),
    ("Blantyre market levies\nBlantyre City Council will publish the names of traders whose 'trust points' fall "
     "below 30 and withdraw their stall permits; the points register cost MK 200 million.", "en"),
    ("Buxoro: oilalar reytingi\nBuxoro shahar hokimligi oilalarni \"intizom balli\" bo'yicha baholaydi: past ball "
     "olgan oilalar nazoratdagi oilalar ro'yxatiga kiritiladi.", "uz"),
])
def test_points_deciding_what_citizens_get_are_social_credit(text: str, language: str) -> None:
    assert "social_credit" in _ids(text, language)


def test_supplier_trust_scores_and_zero_trust_are_not_social_credit() -> None:
    assert "social_credit" not in _ids("Vendor portal\nThe agency bought a supplier trust score module that bars "
                                       "bidders with late deliveries.", "en")
    assert "social_credit" not in _ids("Network upgrade\nThe city bought zero trust network access; devices with a "
                                       "low trust score are denied.", "en")


@pytest.mark.parametrize("text", [
    "Police analytics tender\nThe state police issued a tender for 200 cameras with analytics that classify people "
    "by community and language group at bus stands.",
    "County market cameras\nThe county paid KSh 40 million for market cameras whose software estimates the tribe of "
    "traders and counts stalls.",
])
def test_people_classified_by_community_or_tribe_are_ethnicity_analytics(text: str) -> None:
    assert "ethnicity_analytics" in _ids(text, "en")


def test_community_policing_and_census_groupings_are_not_ethnicity_analytics() -> None:
    assert "ethnicity_analytics" not in _ids("Community policing cameras\nThe police bought 40 cameras for community "
                                             "policing; incidents are sorted by community and ward.", "en")
    assert "ethnicity_analytics" not in _ids("Census software\nThe statistics office bought software that groups "
                                             "households by community and tribe for the census tables.", "en")
