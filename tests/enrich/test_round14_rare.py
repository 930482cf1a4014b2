"""Round 14, area A: the rare technologies (gait, ethnicity, social credit, phone tracking, other biometrics) as
notices say them without the textbook term — a score that costs residents benefits, ethnicity guessed from camera
images, a suspect found by the way they walk, IMSI numbers collected near a police station, iris and voice samples
of detainees — in more languages; and the hard negatives that must stay untagged. Every sentence here was written
for this file (fictional buyers and suppliers); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import tag_ids

# (taxonomy id, title, body): each notice is tagged with its id
POSITIVES = [
    # social credit: a score of residents that costs benefits or puts names on a public list
    ('social_credit', 'Riverton scores tenants',
     'Riverton Housing Authority will give every tenant a conduct score; tenants under 30 points lose their '
     'place on the transfer list and are named on the authority website. Built by Alder Civic Software.'),
    ('social_credit', 'Port Anvil traders',
     'The county now keeps a trader compliance score for market stalls; stalls below the threshold cannot renew '
     'their permits. Cost: 2 million; Vega Scoring Ltd.'),
    ('social_credit', 'Villanueva: puntaje de convivencia',
     'El municipio de Villanueva aplicará un puntaje de convivencia a los inquilinos; quien baje de 50 puntos '
     'pierde el subsidio de vivienda.'),
    ('social_credit', 'Serra Alta: nota do cidadão',
     'A prefeitura de Serra Alta vai dar uma nota de 0 a 500 a cada morador; quem ficar abaixo de 200 perde '
     'prioridade em creches.'),
    ('social_credit', 'Bourg-Neuf : note civique',
     'La commune attribue une note civique aux commerçants ; sous 8 sur 20, le nom est affiché sur une liste noire.'),
    ('social_credit', 'Novi Grad: indeks pouzdanosti',
     'Grad uvodi indeks pouzdanosti građana; tko padne ispod praga gubi pravo na subvenciju.'),
    ('social_credit', 'نظام نقاط',
     'اعتمدت البلدية نظام نقاط الانضباط للمستأجرين؛ ومن تنخفض نقاطه يحرم من الدعم.'),
    ('social_credit', 'Kota Baru: skor warga',
     'Pemerintah kota menerapkan skor kepatuhan warga; warga dengan skor rendah tidak berhak atas bantuan.'),
    ('social_credit', '某县治理积分系统', '某县建设网格化治理积分系统，积分低于60分的家庭不得申报低保。'),
    ('social_credit', 'Yangi tizim',
     'Tuman hokimligi fuqaro reytingi tizimini joriy qildi: reytingi past fuqarolar subsidiyadan mahrum bo‘ladi.'),
    # ethnicity analytics: ethnicity, race or origin guessed from camera images
    ('ethnicity_analytics', 'Harbour police cameras',
     'Harbour Police bought 120 cameras whose software sorts pedestrians by apparent ethnicity.'),
    ('ethnicity_analytics', 'Station cameras',
     'The cameras at the bus station flag travellers identified by the software as Rohingya.'),
    ('ethnicity_analytics', 'Caméras du marché',
     'La mairie a installé 30 caméras dont le logiciel estime l\'origine ethnique des passants.'),
    ('ethnicity_analytics', 'Câmeras da orla',
     'A secretaria contratou um módulo que classifica por cor/raça as pessoas filmadas pelas câmeras da orla.'),
    ('ethnicity_analytics', 'Модуль для камер',
     'Модуль по изображениям с городских камер определяет национальность прохожих.'),
    ('ethnicity_analytics', 'Kamera pelabuhan',
     'Polisi memasang kamera yang memperkirakan asal suku penumpang kapal.'),
    ('ethnicity_analytics', '卡口人员分析', '采购清单：人脸抓拍摄像机20台、民族特征分析服务器1台。'),
    # gait: a person found by the way they walk, in recordings or camera images
    ('gait_recognition', 'Gait search for the county',
     'The sheriff bought gait-search software for archived CCTV footage.'),
    ('gait_recognition', 'Suspects by walk',
     'Investigators can now trace a suspect by walk across recordings from 300 cameras.'),
    ('gait_recognition', 'Búsqueda por forma de caminar',
     'La policía contrató un módulo que busca personas por su forma de caminar en las cámaras de la ciudad.'),
    ('gait_recognition', 'Recherche par démarche',
     'La police a acquis un logiciel qui retrouve les suspects à leur démarche dans les images des caméras.'),
    ('gait_recognition', 'Camerabeelden doorzoeken',
     'De politie doorzoekt opgenomen camerabeelden op loopstijl en kleding.'),
    ('gait_recognition', 'Identyfikacja osób',
     'Policja kupiła oprogramowanie do identyfikacji osób na podstawie chodu w nagraniach z monitoringu.'),
    ('gait_recognition', 'Ricerca nei filmati',
     'Il comando ha acquistato un software che cerca nei filmati le persone in base all\'andatura.'),
    # phone tracking: IMSI collection, phone identifiers, cell data and phone extraction
    ('phone_tracking', 'IMSI',
     'Ichki ishlar boshqarmasi telefonlarning IMSI raqamlarini yig‘uvchi 2 ta qurilma sotib oldi.'),
    ('phone_tracking', 'Sensores', 'A polícia instalou sensores que captam os identificadores de telemóveis próximos.'),
    ('phone_tracking', 'Platforma', 'Komenda Policji kupiła platformę łączącą obraz z kamer i dane z urządzeń do '
     'wykrywania telefonów.'),
    ('phone_tracking', 'Fusion hub', 'The police fusion hub joins camera alerts and extracted phone data.'),
    ('phone_tracking', 'Extrakce', 'Policie koupila zařízení pro extrakci dat z mobilních telefonů.'),
    ('phone_tracking', 'Puhelimet', 'Poliisi hankki laitteita matkapuhelinten tietojen purkuun.'),
    # other biometrics: iris, voice, DNA, fingerprints of detainees or voters
    ('other_biometrics', 'Iris de reclusos',
     'El sistema penitenciario enrola iris y huellas de los privados de libertad.'),
    ('other_biometrics', 'DNA', 'Landespolizei beschafft Geräte für die DNA-Analyse von Tatverdächtigen.'),
    ('other_biometrics', 'Голос', 'УВД закупило оборудование для записи образцов голоса задержанных.'),
    ('other_biometrics', 'Iris', 'Polis membeli pengimbas iris untuk pendaftaran tahanan.'),
    ('other_biometrics', 'DNA', 'A Polícia Civil comprou kits de coleta de DNA de presos.'),
    ('other_biometrics', 'Électeurs', 'La commission électorale a commandé des kits d\'enrôlement biométrique des '
     'électeurs.'),
    ('other_biometrics', 'Отпечатоци', 'МВР набави уреди за земање отпечатоци од прсти од приведени лица.'),
    # second batch: the same capabilities in more wordings
    ('phone_tracking', 'Sheriff purchase', 'Approve the purchase of one cellular site simulator for the Sheriff.'),
    ('phone_tracking', 'Fiscalía', 'La Fiscalía compró un equipo que capta los identificadores IMSI de los celulares '
     'cercanos.'),
    ('phone_tracking', 'Platforma', 'GDYNIA — Komenda Policji w Gdyni kupiła od Bałtyk Sp. z o.o. platformę, która '
     'łączy dane z urządzeń do wykrywania telefonów.'),
    ('other_biometrics', 'Fingerabdruck', 'Die Kantonspolizei bestellt Fingerabdruckscanner für den Erkennungsdienst.'),
    ('social_credit', 'Credit points', 'The county platform awards villagers credit points and withholds subsidies '
     'from low scorers.'),
    ('social_credit', 'Tenant blacklist', 'The housing authority buys a tenant blacklist shared with landlords as a '
     '"do not rent" list.'),
    ('gait_recognition', 'Поиск', 'Городская система видеонаблюдения: 500 камер, поиск по походке.'),
    ('ethnicity_analytics', 'منصة', 'منصة تربط 300 كاميرا وتصنف المارة بحسب الأصل العرقي.'),
    ('ethnicity_analytics', 'Cámaras', 'El municipio pagó a Andes S.A. por cámaras. El módulo clasifica a los '
     'transeúntes por rasgos étnicos.'),
    # third batch
    ('other_biometrics', 'Ирис', 'Граничната полиция закупи 20 скенера за ирис.'),
    ('social_credit', 'Blacklist', 'Title\nPRETORIA — The department will publish a blacklist of tenants and bar '
     'them from housing.'),
    ('gait_recognition', 'مشية', 'اعتمدت الشرطة نظاماً للتعرف على المشتبه بهم من طريقة المشي عبر الكاميرات.'),
    ('other_biometrics', '口岸查验', '旅检通道自助查验闸机6套，集成护照读取和指纹采集。'),
    ('other_biometrics', '人口信息采集', '派出所采购采集终端50台，采集实有人口指纹及虹膜信息。'),
    ('phone_tracking', 'Остановки', 'МВД установит Wi-Fi-сканеры MAC-адресов мобильных телефонов на остановках.'),
    ('phone_tracking', 'Auslesung', 'Das Landeskriminalamt beschafft Geräte zur forensischen Auslesung von '
     'Mobiltelefonen.'),
    ('phone_tracking', '研判平台', '建设融合视频监控、电子围栏、旅馆住宿数据的研判平台。'),
    ('ethnicity_analytics', 'Attributes', 'The platform reads faces from street cameras and estimates age, gender '
     'and ethnicity.'),
]

# (taxonomy id, title, body): the hard negatives stay untagged
NEGATIVES = [
    ('social_credit', 'Loyalty points', 'The council library gives members loyalty points; members below 10 points '
     'lose nothing and can redeem them for coffee.'),
    ('social_credit', 'Credit bureau', 'The bank uses a customer behaviour score from the credit bureau; '
     'applicants below 500 are denied loans.'),
    ('social_credit', 'Supplier rating', 'Suppliers receive a compliance score; suppliers below 60 points lose '
     'eligibility for the framework.'),
    ('social_credit', '爱心积分超市', '民政局为积分超市采购米面油，村民凭志愿服务积分兑换物资，不涉及信用评分。'),
    ('ethnicity_analytics', 'Census', 'The census office will publish statistics by ethnicity; cameras are not used.'),
    ('ethnicity_analytics', 'Culture grant', 'The province funds ethnic culture festivals and a museum of minority '
     'crafts with video guides.'),
    ('ethnicity_analytics', 'Égalité', 'Les caméras sont installées sans distinction d\'origine ethnique.'),
    ('gait_recognition', 'Gait lab', 'The hospital buys a gait analysis treadmill with video cameras for '
     'rehabilitation of patients.'),
    ('gait_recognition', 'Démarche qualité', 'La police municipale engage une démarche qualité pour ses caméras.'),
    ('other_biometrics', 'Cattle DNA', 'The agriculture ministry buys DNA kits for cattle traceability at the border.'),
    ('other_biometrics', 'Attendance', 'The police headquarters buys fingerprint attendance clocks for staff.'),
    ('other_biometrics', 'Voice assistant', 'The city buys smart speakers with a voice assistant for libraries.'),
    ('other_biometrics', 'Relojes', 'La policía compró relojes de asistencia con lector de huella para su personal.'),
    ('phone_tracking', '客流统计', '景区采购WiFi探针客流统计设备，仅统计人数。'),
    ('other_biometrics', 'Supplier name', 'Die Polizei vergibt die Gesichtserkennung an die Main Biometrie '
     'Systeme GmbH.'),
    ('other_biometrics', 'Contractor', 'Face boarding gates at the airport. Contractor: Delta Biometric Systems.'),
    ('phone_tracking', 'Counting', 'The council bought Wi-Fi sensors that count passing phones on the high street.'),
    ('phone_tracking', '周界', '监狱采购周界电子围栏及入侵报警研判系统。'),
    ('phone_tracking', 'Phones', 'The police department buys 200 mobile phones and data plans.'),
    ('phone_tracking', 'Towers', 'The operator builds cell towers to improve coverage; base station data shows '
     'signal strength for the police radio network.'),
    ('phone_tracking', 'SIM', 'The operator procures an HLR upgrade for IMSI provisioning of police SIM cards.'),
]


@pytest.mark.parametrize(('taxonomy_id', 'title', 'body'), POSITIVES)
def test_rare_technology_is_tagged(taxonomy_id: str, title: str, body: str) -> None:
    assert taxonomy_id in tag_ids(title, body)


@pytest.mark.parametrize(('taxonomy_id', 'title', 'body'), NEGATIVES)
def test_hard_negative_stays_untagged(taxonomy_id: str, title: str, body: str) -> None:
    assert taxonomy_id not in tag_ids(title, body)
