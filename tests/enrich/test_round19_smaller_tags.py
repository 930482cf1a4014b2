"""Round 19, recall of the smaller technology tags: gait, voice/DNA/fingerprint biometrics, phone data, ethnicity
sorting, plates and faces in more languages and constructions, residents scored with a black list - and the senses
that must stay untagged (clinical gait labs, attendance clocks, paternity tests, speech-to-text, a county named after
a minority, a phone-capture purchase that only compares its data with existing checkpoint data).

Every sentence here was written for these tests (fictional places, buyers and firms), none copied from an
evaluation set. Each family has negatives: hard negatives must stay untagged.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import text_tag_ids

# (text, taxonomy id expected)
POSITIVES = [
    # gait
    ("Harbour police will add gait analytics to 600 cameras along the waterfront.", "gait_recognition"),
    ("The vendor sells a gait and clothing search tool that indexes recorded video for detectives.",
     "gait_recognition"),
    ("La policía municipal de Villaverde contrató un programa que analiza la marcha de las personas en las "
     "grabaciones de sus cámaras.", "gait_recognition"),
    ("La Questura di Montalto ha comprato un software che riconosce i sospetti dall'andatura nelle registrazioni.",
     "gait_recognition"),
    ("A polícia civil de Rio Claro contratou análise de marcha nas gravações das câmeras da cidade.",
     "gait_recognition"),
    ("A városi rendőrség járásfelismerő kamerákat telepít a pályaudvaron.", "gait_recognition"),
    ("Polis şəhər mərkəzində yeriş tanıma funksiyalı kameralar quraşdırıb.", "gait_recognition"),
    ("Полицията на Охрид набави камери со препознавање на луѓе по одење.", "gait_recognition"),
    ("Мэрия закупила камеры с распознаванием лиц и походки для вокзала.", "gait_recognition"),
    ("Emniyet, kamera görüntülerinde yürüyüş analizi yapan bir yazılım satın aldı.", "gait_recognition"),
    ("اشترت الشرطة منصة لتحليل المشية في تسجيلات الكاميرات.", "gait_recognition"),
    # other_biometrics
    ("La fiscalía de San Telmo adquirió un sistema de reconocimiento de voz para identificar detenidos.",
     "other_biometrics"),
    ("The emergency line bought speaker identification software for prank callers.", "other_biometrics"),
    ("La gendarmerie de Port-Vert a acquis des lecteurs d'empreintes digitales pour l'identification des "
     "personnes interpellées.", "other_biometrics"),
    ("La Gendarmeria ha acquistato scanner per impronte digitali per il fotosegnalamento dei fermati.",
     "other_biometrics"),
    ("O Ministério do Interior vai criar uma base de dados de ADN dos condenados.", "other_biometrics"),
    ("A Secretaria de Segurança Pública amplia o banco de perfis genéticos do estado.", "other_biometrics"),
    ("A megyei rendőrség DNS-mintavételi készleteket vásárolt.", "other_biometrics"),
    ("Policajný zbor nakúpil systém na identifikáciu osôb podľa hlasu.", "other_biometrics"),
    ("The migration office bought kits to take fingerprints and iris images of foreigners at the border.",
     "other_biometrics"),
    # phone_tracking
    ("The command centre fuses camera feeds with mobile network location data.", "phone_tracking"),
    ("La plateforme croise les données des opérateurs mobiles et les fichiers d'hôtels de la police.",
     "phone_tracking"),
    ("De politie kocht software om in beslag genomen telefoons uit te lezen.", "phone_tracking"),
    ("A rendőrség mobiltelefon-adatkinyerő eszközöket szerzett be.", "phone_tracking"),
    ("Metro police bought handheld phone scanners for the station entrances.", "phone_tracking"),
    ("检查站配置手机体检终端20台。", "phone_tracking"),
    # ethnicity_analytics
    ("The checkpoint software flags travellers by their ethnic group for secondary checks.", "ethnicity_analytics"),
    ("Le logiciel de la police classe les passants par ethnie aux barrages.", "ethnicity_analytics"),
    ("El sistema de cámaras clasifica a los viajeros por etnia en los controles.", "ethnicity_analytics"),
    # vehicle_recognition
    ("Градот набави камери со препознавање на регистарски таблички.", "vehicle_recognition"),
    ("Міська рада купила камери з розпізнаванням номерних знаків.", "vehicle_recognition"),
    ("Primăria a cumpărat camere cu citire de numere de înmatriculare.", "vehicle_recognition"),
    ("The traffic unit's cameras identify vehicles by number plate at every junction.", "vehicle_recognition"),
    ("视频解析平台：实时人脸、车辆、人体属性提取。", "facial_recognition"),
    # facial_recognition
    ("The provincial police bought a face-search engine for archived footage.", "facial_recognition"),
    ("ตำรวจจัดซื้อระบบวิเคราะห์ใบหน้าสำหรับกล้องวงจรปิด", "facial_recognition"),
    ("Милиция шаардагы юзду таануучу камераларды сатып алды.", "facial_recognition"),
    # more languages: voice, fingerprints, iris, DNA, gait, phone data, ethnicity, plates
    ("Polizia di frontiera: nuovo sistema di identificazione vocale dei sospetti.", "other_biometrics"),
    ("Policja kupiła system identyfikacji głosowej dla prokuratury.", "other_biometrics"),
    ("Poliisi osti 150 sormenjälkilukijaa.", "other_biometrics"),
    ("Policie koupila 60 snímačů otisků prstů.", "other_biometrics"),
    ("경찰은 홍채 인식 스캐너를 도입했다.", "other_biometrics"),
    ("Công an tỉnh mua hệ thống nhận dạng giọng nói của nghi phạm.", "other_biometrics"),
    ("وزارة العدل أنشأت قاعدة بيانات للحمض النووي للمحكومين.", "other_biometrics"),
    ("Das Landeskriminalamt erweitert seine DNA-Datenbank.", "other_biometrics"),
    ("Η αστυνομία προμηθεύτηκε σύστημα αναγνώρισης βάδισης.", "gait_recognition"),
    ("Полицията закупи система за разпознаване по походката.", "gait_recognition"),
    ("경찰은 보행 인식 카메라를 구매했다.", "gait_recognition"),
    ("La polizia ha acquistato software per l'estrazione forense dei dati degli smartphone sequestrati.",
     "phone_tracking"),
    ("警察は携帯電話のデータ抽出装置を購入した。", "phone_tracking"),
    ("Die Polizei kaufte Software, die die ethnische Herkunft von Passanten auf Kamerabildern erkennt.",
     "ethnicity_analytics"),
    ("Polisi membeli perangkat lunak yang mendeteksi etnis orang di kamera.", "ethnicity_analytics"),
    ("Ο δήμος αγόρασε κάμερες αναγνώρισης πινακίδων.", "vehicle_recognition"),
    ("Straż miejska kupiła kamery rozpoznające tablice rejestracyjne.", "vehicle_recognition"),
    ("Shahar militsiyasi avtomobil raqamlarini aniqlovchi kameralar o'rnatdi.", "vehicle_recognition"),
    # social_credit
    ("The city software assigns residents behaviour points and publishes a list of non-compliant residents who "
     "are barred from permits.", "social_credit"),
    ("Il Comune assegna punti ai cittadini; chi finisce nella lista nera dei morosi perde i contributi.",
     "social_credit"),
]


@pytest.mark.parametrize(("text", "taxonomy_id"), POSITIVES)
def test_round19_positive(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id in text_tag_ids(text)


# (text, taxonomy id that must not be given)
NEGATIVES = [
    # gait: clinics, sport, a project "put in motion"
    ("The children's hospital bought a gait analysis camera system for its rehabilitation lab.", "gait_recognition"),
    ("Das Universitätsklinikum richtet ein Ganglabor zur Ganganalyse mit Kamerasystem ein.", "gait_recognition"),
    ("La clínica adquirió cámaras para el análisis de la marcha de pacientes.", "gait_recognition"),
    ("La alcaldía puso en marcha 40 cámaras de seguridad en el centro.", "gait_recognition"),
    # other_biometrics: attendance, paternity, patients, dictation, DNS servers
    ("La policía compró relojes checadores con huella digital para la asistencia del personal.",
     "other_biometrics"),
    ("The clinic offers DNA paternity tests for patients.", "other_biometrics"),
    ("El ministerio del interior compró reconocimiento de voz para el dictado y la transcripción de actas.",
     "other_biometrics"),
    ("A rendőrség informatikai osztálya új DNS szervert vásárolt.", "other_biometrics"),
    ("The agricultural institute built a DNA database of wheat seeds.", "other_biometrics"),
    # phone: phone purchases and repairs
    ("The police bought 40 new phones and phone chargers for patrol officers.", "phone_tracking"),
    # ethnicity: statistics, jobs, a minority named in an autonomous county
    ("The census bureau publishes employment statistics by ethnic group.", "ethnicity_analytics"),
    ("巴里坤哈萨克自治县公安局车辆轨迹分析系统采购。", "ethnicity_analytics"),
    ("威宁彝族回族苗族自治县公安局步态识别项目。", "ethnicity_analytics"),
    # vehicle/facial: a phone-capture purchase compared with existing checkpoint or face data
    ("部署电子围栏侦码设备20套，采集手机IMSI，与视频卡口数据碰撞分析。", "vehicle_recognition"),
    ("部署WiFi探针30台，采集终端MAC，与人脸抓拍数据关联。", "facial_recognition"),
    ("National ID enrolment kits with fingerprint, iris and face capture for the registry.", "facial_recognition"),
    ("Detectives identify suspects from recorded footage when faces are hidden, using gait software.",
     "facial_recognition"),
    ("서울시는 CCTV를 교체하며 보행인식 기능은 탑재하지 않기로 했다.", "gait_recognition"),
    # more languages: attendance, call centres, statistics, discrimination, a DNS server
    ("Bộ Công an mua máy chấm công vân tay cho nhân viên.", "other_biometrics"),
    ("Công an mua hệ thống nhận dạng giọng nói cho tổng đài trả lời tự động.", "other_biometrics"),
    ("Die Polizei kaufte neue DNS-Server für das Rechenzentrum.", "other_biometrics"),
    ("Das Statistikamt veröffentlicht Daten zur ethnischen Herkunft der Bevölkerung.", "ethnicity_analytics"),
    ("La police lutte contre la discrimination liée à l'origine ethnique.", "ethnicity_analytics"),
    ("The council printed a brass plate that reads the names of the founders.", "vehicle_recognition"),
    ("Samochody z tablicami rejestracyjnymi z Niemiec przejechały przez miasto.", "vehicle_recognition"),
    ("नगर निगम ने लापरवाह ठेकेदार को काली सूची में डालकर प्रकाशित किया।", "social_credit"),
    # social credit: banks, pupils
    ("La banca assegna punti ai clienti; chi ha pochi punti perde il prestito.", "social_credit"),
]


@pytest.mark.parametrize(("text", "taxonomy_id"), NEGATIVES)
def test_round19_negative(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id not in text_tag_ids(text)
