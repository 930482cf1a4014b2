"""Round 15, negation and the other tags. A purchase voted down with its count ("voted 7-4 against"), an item voted
down in a sentence of its own ("The order failed.", "lehnt die Vorlage … ab"), no purchase going ahead, a module
removed from a tender, a headline question answered "says no contract" or "Board defers", an indirect question
answered no, and the examples ("such as …") of a negated clause take back what they name - and only that (the
cameras bought next to a removed module stay cctv). Then cues of facial, gait, vehicle, ethnicity, biometric,
phone-tracking and social-credit wordings the engine missed. Every sentence here was written for this file
(fictional buyers and suppliers); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich.classify import classify_notice
from tests.enrich.notice_helpers import tag_ids

# (title, body): nothing is bought, the text says so
NOTHING = [
    ('Elmford council minutes',
     'The Elmford council voted 7-4 against buying licence plate readers for the ring road.'),
    ('Sesión del concejo de Villa Alta',
     'El concejo votó 12 a 9 en contra de comprar cámaras con reconocimiento facial para la plaza.'),
    ('Kreistag Nordheim, Sitzung vom 3. März',
     'Der Kreistag stimmte mit 20 zu 9 Stimmen gegen die Beschaffung einer automatischen Kennzeichenerfassung.'),
    ('Assembleia de Vila Nova',
     'A Assembleia Municipal chumbou a compra de câmaras com reconhecimento facial para o mercado.'),
    ('Minutes, Public Works Committee',
     'An order that the city purchase two licence plate readers for the harbour car park. Roll call: 2 yes, 6 no. '
     'The order failed.'),
    ('Stadtrat Talheim: Protokoll',
     'TOP 4: Beschaffung einer Videoüberwachung für den Bahnhofsvorplatz. '
     'Der Stadtrat lehnt die Vorlage mit 20 zu 11 Stimmen ab.'),
    ('Brookvale board meeting',
     'The board heard a proposal for iris scanners at the custody suite. '
     'The board rejected the proposal by 5 votes to 2.'),
    ('Lakeshore council vote',
     'The council voted on adding face recognition to the library cameras. No purchase will proceed.'),
    ('Harbour police buy IMSI catchers? Force says no contract',
     'The harbour police said it holds no contract for IMSI catchers and buys no such device.'),
    ('Milltown council approves iris scanners? Council defers',
     'The council deferred a decision on buying iris scanners for the jail.'),
    ('Port police reject claims about face recognition at festival',
     'The police said the festival cameras are the standard CCTV installed in 2018.'),
    ('Gemeinderat Altdorf lehnt Gesichtserkennung ab',
     'Die Kameras am Markt bleiben wie bisher in Betrieb, Beschaffungen sind nicht vorgesehen.'),
]

# (title, body, ids): only what is negated goes
KEPT = [
    ('Dome cameras for the depot',
     'The county removed the facial recognition module from the tender; 30 dome cameras will still be bought.',
     {'cctv'}),
    ('Videovigilancia del mercado',
     'La alcaldía eliminó del pliego el módulo de reconocimiento facial. Se compran 20 cámaras de videovigilancia.',
     {'cctv'}),
    ('Vidéoprotection du port',
     'La mairie a supprimé du marché la fonction de reconnaissance faciale. Elle achète 12 caméras de vidéoprotection.',
     {'cctv'}),
    ('Body cameras for Ashby police',
     'The committee approved a contract for 300 body-worn cameras. A member asked whether facial recognition would '
     'be included; the chief confirmed it is not part of the contract.',
     {'cctv'}),
    ('Cámaras para el casco antiguo',
     'Se suministran 20 cámaras de videovigilancia. No se admiten mejoras, funcionalidades tales como el '
     'reconocimiento facial, la lectura de matrículas o el análisis biométrico de la marcha.',
     {'cctv'}),
]

# (title, body, ids): what keeps precision - the same words where they negate nothing
POSITIVE = [
    ('New cameras for the depot',
     'The contractor removed the old analogue cameras and installed 40 new IP cameras.', {'cctv'}),
    ('Plate readers for the ring road',
     'The city buys 12 licence plate readers; an earlier order failed to arrive in time.', {'vehicle_recognition'}),
    ('Iris scanners for booking',
     'The board approved buying iris scanners for the police booking hall; no purchase will proceed until the '
     'privacy review is complete.', {'other_biometrics'}),
    ('Body cameras for Ashby police',
     'The committee approved a contract for 300 body-worn cameras. A member asked whether facial recognition would '
     'be included; the chief confirmed it is part of the contract.', {'cctv', 'facial_recognition'}),
    ('Cámaras para el casco antiguo',
     'Se suministran 20 cámaras de videovigilancia. Se valoran mejoras, funcionalidades tales como el '
     'reconocimiento facial.', {'cctv', 'facial_recognition'}),
    ('Who bought the new plate readers? The city did',
     'The city bought 10 licence plate readers for the bridge.', {'vehicle_recognition'}),
]


@pytest.mark.parametrize(("title", "body"), NOTHING)
def test_a_negated_purchase_is_not_tagged(title: str, body: str) -> None:
    assert tag_ids(title, body) == set()


@pytest.mark.parametrize(("title", "body", "ids"), KEPT + POSITIVE)
def test_only_what_is_negated_goes(title: str, body: str, ids: set[str]) -> None:
    assert tag_ids(title, body) == ids


def test_a_headline_denial_makes_the_notice_negated() -> None:
    """A technology the headline takes back counts as negated, so the notice names no buyer for it."""
    tags, status = classify_notice('Ministry denies citizen score system\n'
                                   'The ministry said no citizen score system exists or is planned.')
    assert tags == [] and status == 'negated'


# (title, body, id): an id the text names in a wording the cues did not read
FOUND = [
    ('AI cameras for the riverfront', 'Police ordered 150 AI cameras capable of identifying people by their gait '
     'and face along the riverfront.', 'facial_recognition'),
    ('Hotel check-in system', 'The police check-in system compares guests\' faces with the ID card photo.',
     'facial_recognition'),
    ('Gait analytics for city cameras', 'The city pays Northwind to add gait and silhouette recognition to its '
     'cameras.', 'gait_recognition'),
    ('Video search framework', 'Framework for a video analytics platform to search seized footage for persons and '
     'vehicles, including number-plate search.', 'vehicle_recognition'),
    ('Adquisición de cámaras', 'Adquisición de cámaras de videovigilancia con analítica de placas.',
     'vehicle_recognition'),
    ('Камери во Битола', 'МВР набави 20 камери за автоматско препознавање регистарски таблички.',
     'vehicle_recognition'),
    ('Annual report', 'Our modules classify pedestrians by attributes including age and ethnicity for police '
     'customers.', 'ethnicity_analytics'),
    ('Credit office screens', 'The city credit office bought screens that publish the dishonest-persons blacklist.',
     'social_credit'),
    ('Resident rating', 'The city pays Orbit Soft for a resident trust rating; households below the threshold lose '
     'their housing subsidy.', 'social_credit'),
    ('Skor warga', 'Pemerintah kota membeli sistem skor kredit sosial warga.', 'social_credit'),
    ('信用评分升级', '该县升级“市民信用”评分系统，低分居民不得申请补贴。', 'social_credit'),
    ('DNA入库服务', '采购人：某县公安局。内容：DNA 检验入库服务。', 'other_biometrics'),
    ('指纹比对工作站', '市警察局汰换指纹自动比对工作站。', 'other_biometrics'),
    ('Lectores de huellas', 'La municipalidad compra 30 lectores móviles de huellas dactilares para la Guardia Urbana.',
     'other_biometrics'),
    ('Kits d\'empreintes', 'Le ministère de la Sécurité reçoit 20 kits de relevé d\'empreintes digitales reliés au '
     'fichier national.', 'other_biometrics'),
    ('Fusion centre', 'The police fusion centre combines camera feeds with phone-location data for investigators.',
     'phone_tracking'),
    ('Uređaji za mobitele', 'Policijska uprava nabavila je uređaje za forenzičko izvlačenje podataka s mobitela.',
     'phone_tracking'),
    ('Peranti polis', 'Polis membeli 10 peranti pengekstrakan data telefon bimbit.', 'phone_tracking'),
    ('Crime centre opens', 'Analysts watch 900 camera feeds and trace stolen vehicles.', 'vehicle_recognition'),
    ('Centro de fusión', 'El centro cruza las imágenes de 400 cámaras con alertas de vehículos robados.',
     'vehicle_recognition'),
    ('Software de búsqueda', 'Un software que busca en grabaciones personas por ropa, rostro y forma de caminar.',
     'facial_recognition'),
    ('Plateforme vidéo', 'La plateforme structure les flux de 600 caméras : visages, véhicules, vêtements.',
     'facial_recognition'),
]

# (title, body, id): the same words where they name no such capability
NOT_FOUND = [
    ('Bond purchase', 'The treasury bought the bonds by their face value.', 'facial_recognition'),
    ('Resident rating survey', 'The city publishes a resident trust rating of its parks.', 'social_credit'),
    ('Census tables', 'The census tables classify residents by age and ethnicity.', 'ethnicity_analytics'),
    ('Emergency calls', 'The 112 centre receives phone-location data from handsets for ambulance dispatch.',
     'phone_tracking'),
    ('Office locks', 'The office buys fingerprint readers for staff attendance and door locks.', 'other_biometrics'),
    ('Insurance fund', 'The insurer\'s new fund repays owners of stolen vehicles within a month.',
     'vehicle_recognition'),
]


@pytest.mark.parametrize(("title", "body", "tid"), FOUND)
def test_the_wording_is_read(title: str, body: str, tid: str) -> None:
    assert tid in tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "tid"), NOT_FOUND)
def test_the_same_words_name_nothing(title: str, body: str, tid: str) -> None:
    assert tid not in tag_ids(title, body)


def test_a_checkpoint_in_a_suppliers_name_reads_no_plates() -> None:
    """卡口 inside a company's name (…卡口设备有限公司) is the supplier, not a checkpoint bought."""
    assert 'vehicle_recognition' not in tag_ids('人证核验终端采购',
                                                '包1：人证核验终端 30 台，中标人：某某卡口设备有限公司。')
    assert 'vehicle_recognition' in tag_ids('卡口设备采购', '采购卡口设备 12 套，中标人：某某科技有限公司。')


def test_a_bicycle_parking_fence_tracks_no_phones() -> None:
    """电子围栏 of a public-bicycle scheme's parking spots is no phone-tracking fence, even when phones are named."""
    assert 'phone_tracking' not in tag_ids('公共自行车系统采购',
                                           '内容：电子围栏停车点 40 处（北斗定位，不采集手机信息）。')
