"""Round 11 of the enrichment generalisation (issue 10), on classes seen in the development sets once set k was
spent: video searched or fused by software, centres that take emergency calls beside the cameras, face checkpoints
being built, body cameras and camera words in more languages, plate reading, phone extraction, gait described in
words, fingerprint readers, tenders declared void and plans pulled, and registry vendors whose local company adds a
country ("Huawei Technologies Côte d'Ivoire") or whose bid names the engine it offers (所投…引擎：依图). Sentences are
written here (fictional buyers and suppliers), not taken from the evaluation sets."""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import amounts, first_buyer, tag_ids

TAG_CASES = [
    # video searched by software
    ("某县公安局步态特征检索平台采购结果", "内容：步态特征检索平台1套，部署于县局。",
     {"gait_recognition", "surveillance_platform"}),
    ("Sheriff buys case analytics platform", "The office licensed a case analytics platform integrating license "
     "plate reader hits and phone extraction reports.",
     {"surveillance_platform", "vehicle_recognition", "phone_tracking"}),
    # a centre that also takes emergency calls, with nothing joining the video to them, only watches the cameras
    # (labelling rule of 2026-12-06 13:17, part 1; was a platform here)
    ("Rivadavia suma cámaras", "El municipio conectó 300 cámaras al Centro de Monitoreo Urbano, que también atiende "
     "llamadas al 911.", {"cctv"}),
    # face checkpoints being built are cameras; their data fused into a platform is not a purchase of them
    ("某县公安局人脸卡口新建工程中标公告", "内容：新建人脸卡口12处。", {"cctv", "facial_recognition"}),
    # body cameras and camera words in more languages; "no cameras" in Tamil
    ("Αστυνομία αγοράζει κάμερες", "Προμήθεια 200 κάμερες σώματος για περιπολίες.", {"cctv"}),
    ("Politiet kjøper kroppskameraer", "Politiet tar i bruk 90 kroppskameraer fra mars.", {"cctv"}),
    ("நகராட்சி சிக்னல்கள்", "இத்திட்டத்தில் கேமராக்கள் இல்லை.", set()),
    ("Ville pose des capteurs", "Les nouveaux appareils sont des compteurs de trafic: traffic counters only.", set()),
    # plate reading in words
    ("Transit buys bus-lane cameras", "Twelve enforcement cameras will read the plates of vehicles in bus lanes.",
     {"vehicle_recognition"}),
    ("Govern instal·la càmeres", "Setze càmeres de lectura de matrícules als passos fronterers.",
     {"vehicle_recognition"}),
    ("某县交通流量检测器", "设备仅统计车流量，不识别车牌。", set()),
    # phone extraction, gait in words, fingerprint readers
    ("Police to buy kiosks", "Regional stations get kiosks to extract data from seized mobile phones.",
     {"phone_tracking"}),
    ("LKA kauft Lizenzen", "Weitere Lizenzen zur forensischen Extraktion von Mobiltelefonen.", {"phone_tracking"}),
    ("Form 10-K", "Our software identifies people by their gait in video supplied by police customers.",
     {"gait_recognition"}),
    ("Migración adjudica puertas", "Puertas automáticas con lectores de huellas en el aeropuerto.",
     {"other_biometrics"}),
    # tenders declared void, plans pulled, features excluded
    ("Council tender flops", "A tender for 80 cameras with number-plate reading was declared void after no bidder "
     "qualified.", set()),
    ("Council pulls ANPR plan", "The scheme will not go ahead.", set()),
    ("Comune installa telecamere", "Il capitolato esclude il riconoscimento facciale.", set()),
]


def test_plate_readers_linked_to_a_monitoring_centre_buy_no_platform() -> None:
    body = "El municipio instaló 40 lectoras de patentes vinculadas al Centro de Monitoreo."
    assert "surveillance_platform" not in tag_ids("Rivadavia suma lectoras", body)


def _suppliers(title: str, body: str) -> dict[str, str | None]:
    return {p.name: p.vendor_id for p in enrich.enrich(title, body).parties if p.role == "supplier"}


@pytest.mark.parametrize(("name", "vendor_id"), [
    ("Huawei Technologies Côte d'Ivoire", "huawei"),
    ("Palantir USG, Inc.", "palantir"),
    ("Hikvision Kenya Ltd", "hikvision"),
])
def test_a_local_company_with_a_country_resolves_to_its_vendor(name: str, vendor_id: str) -> None:
    body = f"Contractor: {name}. Amount: USD 100,000. Scope: 40 CCTV cameras."
    assert vendor_id in _suppliers("Award notice: CCTV cameras", body).values()


def test_a_bid_that_names_the_engine_it_offers_supplies_it() -> None:
    body = ("采购人：某县公安局\n第一中标候选人：某某安联科技有限公司 投标报价：1,200,000元 所投人像比对引擎：依图\n"
            "第二中标候选人：上海商汤智能科技有限公司 投标报价：1,300,000元")
    suppliers = _suppliers("某县公安局人像比对系统扩容项目中标候选人公示", body)
    assert "yitu" in suppliers.values()
    assert "sensetime" not in suppliers.values()


def test_equipment_that_comes_from_a_vendor_is_supplied_by_it() -> None:
    body = ("The Riverton Police Department signed a $2 million agreement for 300 body-worn cameras. "
            "The equipment comes from Axon.")
    assert "axon" in _suppliers("Riverton police get body cameras", body).values()


BUYERS = [
    # a building or street after the buyer's comma is its address
    ("Ireland-Galway: Street lighting", "Contracting authority: Galway County Council, County Hall, Prospect Hill, "
     "Galway. Object: LED lanterns.", "Galway County Council"),
    ("España-Murcia: Videovigilancia", "Poder adjudicador: Ayuntamiento de Murcia, Plaza de Belluga 1. Objeto: "
     "cámaras.", "Ayuntamiento de Murcia"),
    # a field value ends at 。
    ("高雄市政府警察局採購案", "機關：高雄市政府警察局。預算金額：新臺幣300萬元。", "高雄市政府警察局"),
    # a region after "in" is not part of the name
    ("Council approves cameras", "Ipswich City Council in Queensland has approved $200,000 for 10 cameras.",
     "Ipswich City Council"),
    # the headline and the lede open with the same name; the lede goes on with a figure
    ("Gyula Város Önkormányzata kamerákat telepít", "GYULA — Gyula Város Önkormányzata 30 új kamerát telepít.",
     "Gyula Város Önkormányzata"),
    # the Basque ergative -k is not part of the name
    ("Gasteizko Udalak kamerak jarriko ditu", "Gasteizko Udalak 40 kamera jarriko ditu.", "Gasteizko Udala"),
]


def test_a_supplier_name_ends_at_its_sentence() -> None:
    body = ("Le conseil a approuvé un marché de 40 caméras, attribué à Durance Maintenance Vidéo. La délibération "
            "précise tout.")
    assert "Durance Maintenance Vidéo" in _suppliers("Avignon : caméras", body)


INVESTIGATIVE_PLATFORMS = [
    ("Police to pilot retrospective facial recognition", "The force will pilot retrospective facial recognition "
     "searches of CCTV footage from the town centre network."),
    ("Sheriff signs analytics deal", "The office will integrate records management, jail bookings and cell-phone "
     "extraction reports into one investigative platform."),
    ("Délibération : logiciels d'analyse vidéo", "Le conseil approuve l'acquisition d'un logiciel d'analyse vidéo "
     "pour le centre de supervision urbain."),
]


AMOUNTS = [
    ("Freetown council cameras", "FREETOWN — The council will install 40 cameras funded by Le 12 million.",
     (12_000_000.0, "SLE")),
    ("Banjul market cameras", "BANJUL — The D3.2 million system was supplied by Kotu Systems.", (3_200_000.0, "GMD")),
    ("Mbabane police scanners", "MBABANE — The police bought scanners for E2.5 million.", (2_500_000.0, "SZL")),
    ("Maseru council trackers", "Maseru City Council fitted trackers for M1.2 million.", (1_200_000.0, "LSL")),
    ("Seychelles police cameras", "The Seychelles Police Force installed cameras costing SR 2.4 million.",
     (2_400_000.0, "SCR")),
    ("Riyadh municipality cameras", "The Riyadh municipality awarded SR 9 million for cameras in Saudi Arabia.",
     (9_000_000.0, "SAR")),
    ("Paramaribo bodycams", "Het Korps Politie Suriname kocht bodycams voor SRD 7,5 miljoen.", (7_500_000.0, "SRD")),
    ("Bellinzona telecamere", "La Polizia comunale ha 8 telecamere per 420.000 franchi.", (420_000.0, "CHF")),
]


def test_a_lone_capital_letter_is_no_currency_without_its_country() -> None:
    assert amounts("Council lamps", "The council spent E4.8 million on lamps of model E 3.") == []


NEW_LANGUAGES = [
    # Gujarati, Turkmen, Malagasy and Irish: cameras, faces, plates; and their negations
    ("સુરત મહાનગરપાલિકા કેમેરા લગાવશે", "સુરત મહાનગરપાલિકા ચહેરા ઓળખ સાથે 200 સીસીટીવી કેમેરા લગાવશે.",
     {"cctv", "facial_recognition"}),
    ("વડોદરા પોલીસ", "નંબર પ્લેટ ઓળખ કેમેરા 40 જંક્શન પર.", {"vehicle_recognition"}),
    ("Mary welaýaty", "Polisiýa 120 sany wideo gözegçilik kamerasyny ýüz tanamak ulgamy bilen oturdar.",
     {"cctv", "facial_recognition"}),
    ("Toamasina", "Ny Kaominina dia hametraka fakantsary fanaraha-maso 60 misy famantarana tarehy.",
     {"cctv", "facial_recognition"}),
    ("Comhairle Cathrach Chorcaí", "Suiteálfaidh an Chomhairle 30 ceamaraí slándála agus aithint uimhirphlátaí.",
     {"cctv", "vehicle_recognition"}),
    ("Soilse sráide", "Soilse sráide LED nua, gan ceamaraí slándála.", set()),
    ("Tetikasa jiro", "Ny tetikasa dia tsy misy fakantsary fanaraha-maso.", set()),
    ("સ્ટ્રીટ લાઇટ", "આ પ્રોજેક્ટમાં સીસીટીવી કેમેરા નથી.", set()),
]


MAGNITUDE_WORDS = [
    ("પ્રોજેક્ટનો ખર્ચ ₹8.5 કરોડ છે.", (85_000_000.0, "INR")),
    ("Ny vidiny dia 2,4 lavitrisa ariary.", (2_400_000_000.0, "MGA")),
    ("Ar chostas €3.5 milliún.", (3_500_000.0, "EUR")),
    ("Taslamanyň bahasy 640 müň manat.", (640_000.0, "TMT")),
]


@pytest.mark.parametrize(("title", "body", "city"), [
    # a town found by an alias reports its own name when the notice writes that too
    ("Penang council cameras", "GEORGE TOWN — Penang Island City Council has approved 40 cameras for its markets.",
     "George Town"),
    # the Finnish genitive of a town in -e
    ("Tampereen kaupunki hankkii kameroita", "Tampereen kaupunki on tilannut 40 valvontakameraa.", "Tampere"),
])
def test_round_11_places(title: str, body: str, city: str) -> None:
    place = enrich.enrich(title, body).place
    assert place is not None and place.city == city


NEGATIONS = [
    # a corrigendum quoting its original after a section name, and "现更正为"
    ("某县平台采购项目更正公告", "原公告中“第三章 采购需求”第3.1条“前端具备人脸比对及民族属性识别功能”"
     "现更正为“前端具备高清录像功能”。", set()),
    # Turkish "will not be present"; German "switches off"
    ("Belediye kamera yerleştiriyor", "Belediye 200 güvenlik kamerası yerleştirecek. Yüz tanıma özelliği "
     "bulunmayacak.", {"cctv"}),
    ("Krefeld schaltet Gesichtserkennung am Bahnhof ab", "Die Videobeobachtung läuft weiter.", {"cctv"}),
]


def test_the_vendors_system_in_japanese_is_supplied_by_it() -> None:
    body = ("大阪府警は、防犯カメラの録画映像から容疑者を照合する顔認証システムを導入した。"
            "NECのシステムで、費用は2億円。")
    assert "nec" in _suppliers("大阪府警、顔認証システムを導入", body).values()


SCRIPT_BUYERS = [
    # Korean: a district of a metropolitan city, and a health centre, as the topic of the lede
    ("인천광역시 남동구, 지능형 CCTV 확충", "인천광역시 남동구는 골목길에 지능형 CCTV 200대를 설치한다.",
     "인천광역시 남동구"),
    ("대구광역시 보건소, 장비 구매", "대구광역시 수성구보건소는 체온계 300개를 구매했다.", "대구광역시 수성구보건소"),
    # Arabic: a verb that launches, and "according to" the body
    ("شرطة دبي تطلق بوابات", "دبي — دشنت شرطة دبي 30 بوابة إلكترونية في المطار.", "شرطة دبي"),
    ("تأهيل واجهات السوق", "رست مناقصة تأهيل الواجهات على شركة الخليج بقيمة 400 ألف دينار، بحسب بلدية المحرق.",
     "بلدية المحرق"),
]


SOFTWARE_OVER_RECORDINGS = [
    # recognition software run over recordings is a surveillance platform (the accounts' "software over footage")
    ("Polizei lizenziert Gangerkennung", "Die Polizei hat eine Software zur Gangerkennung lizenziert, mit der "
     "Ermittler gespeicherte Videoaufnahmen durchsuchen."),
    ("La police teste la reconnaissance faciale", "La police a acquis un logiciel de comparaison faciale pour "
     "identifier des suspects sur des images de vidéosurveillance déjà enregistrées."),
    ("県警、顔認証システムを導入", "県警は、防犯カメラの録画映像から容疑者を探す顔認証システムを導入した。"),
    ("Полиция получила систему", "Система идентифицирует людей по походке на записях камер вокзалов."),
    ("某市警察局步态辨识系统决标", "说明：调阅监视器录影后，以步态特征比对嫌疑人身分。"),
]


RUMOURS = [
    # a rumour denied: the quoted rumour in the headline, "网上流传" in the lede
    ("某市回应“全市装人脸识别”传言：系交通信号灯升级", "近日网上流传某市将在全市路口安装人脸识别设备。交警大队表示，"
     "近期施工为路口交通信号灯更换，不涉及人脸识别设备。", set()),
    # a complaint mentioned in passing does not negate the purchase
    ("某县公安局人脸识别系统采购", "网友反映的问题已解决。采购内容：人脸识别摄像机20台。",
     {"cctv", "facial_recognition"}),
]


SOCIAL_CREDIT_AND_ETHNICITY = [
    # a joint-punishment system whose data partners include banks; residents listed as dishonest lose services
    ("某县人民法院执行指挥中心建设项目", "建设内容：失信被执行人名单发布与联合惩戒协同系统"
     "（与公安、银行、不动产登记共享信息）。", {"social_credit"}),
    ("某区推出个人信用积分", "某区上线个人信用积分，低分或列入失信名单者将在公共资源申请中受限。", {"social_credit"}),
    ("Municipio adquiere sistema", "El municipio contrató un sistema que asigna a cada vecino un puntaje de "
     "confiabilidad; quienes tengan multas pierden permisos.", {"social_credit"}),
    # the eligibility boilerplate still is none
    ("某县道路照明采购公告", "供应商资格：未被列入失信被执行人名单。采购内容：路灯200盏。", set()),
    # ethnicity as an alert rule, and callers flagged by their speech
    ("某县旅馆业治安管理系统中标公告", "入住人员信息与重点人员库比对，按“民族、户籍地”字段设置预警规则。",
     {"ethnicity_analytics"}),
    ("Bureau buys hotline system", "The system flags callers to the police hotline as Tibetan or Han from their "
     "speech.", {"ethnicity_analytics"}),
]


CAMERAS = [
    # police drones streaming live video, live video streamed to the police, station recording, Greek and Yoruba
    ("某县公安局警用无人机采购", "警用无人机6架，挂载可见光吊舱，实时回传视频至指挥中心，用于人群巡查。", {"cctv"}),
    ("Sheriff buys drones", "The sheriff bought six drones with live video streaming for crowd watching.", {"cctv"}),
    ("City expands camera program", "The city will connect 200 businesses, streaming live video to the police "
     "department.", {"cctv"}),
    ("Verkehrsbetriebe erneuern Videotechnik", "Die Verkehrsbetriebe modernisieren die Videoaufzeichnung auf 30 "
     "Bahnhöfen; Kameras liefert ein Berliner Hersteller.", {"cctv"}),
    ("Αστυνομία: νέες κάμερες", "Η Αστυνομία εγκατέστησε 80 κάμερες ασφαλείας στο κέντρο.", {"cctv"}),
    ("Δήμος: έξυπνοι κάδοι", "Η Αστυνομία δεν χρειάζεται κάμερες· ο δήμος αγόρασε κάδους.", set()),
    ("Ọlọ́pàá gba kámẹ́rà", "Ilé-iṣẹ́ Ọlọ́pàá ti gba kámẹ́rà ara 200 fún àwọn ọlọ́pàá.", {"cctv"}),
    # video channels brought into a new platform; existing ones are no purchase of cameras
    ("某区城管视频AI分析平台服务采购", "平台接入辖区城管视频600路，自动识别占道经营。",
     {"cctv", "surveillance_platform"}),
    ("某区步态识别算法服务采购意向", "接入现有视频资源200路，提供步态检索服务。", {"gait_recognition"}),
]


FACES_AND_VEHICLES = [
    ("Report: county bureau orders cameras", "The order is for cameras that flag “Uyghur” faces at checkpoints.",
     "facial_recognition"),
    ("某县公安局智能识别预警前端设备采购", "前端抓拍人员图像后，系统自动分析其民族属性并推送预警。",
     "facial_recognition"),
    ("某区公安分局多维感知融合平台", "整合人像、车辆、侦码数据，实现人车码关联分析。", "vehicle_recognition"),
    ("某市公安局视频大数据平台", "建设视频结构化解析、人脸比对、车辆特征检索等应用。", "vehicle_recognition"),
]


# Each table above is one class of round 11; every table of a kind is checked by one test below.
EXACT_TAGS = TAG_CASES + NEW_LANGUAGES + NEGATIONS + RUMOURS + SOCIAL_CREDIT_AND_ETHNICITY + CAMERAS
PLATFORMS = INVESTIGATIVE_PLATFORMS + SOFTWARE_OVER_RECORDINGS
# round 30 (tests/eval/README.md, "Recognition of one kind"): a face or gait recognition system over the cameras or
# their recordings is that technology, not a platform
ONE_KIND_R30 = {"Police to pilot retrospective facial recognition": "facial_recognition",
                "Polizei lizenziert Gangerkennung": "gait_recognition",
                "La police teste la reconnaissance faciale": "facial_recognition",
                "県警、顔認証システムを導入": "facial_recognition",
                "Полиция получила систему": "gait_recognition",
                "某市警察局步态辨识系统决标": "gait_recognition"}
TAG_PRESENT = [(title, body, ONE_KIND_R30.get(title, "surveillance_platform")) for title, body in PLATFORMS] \
    + FACES_AND_VEHICLES
ALL_BUYERS = BUYERS + SCRIPT_BUYERS
ALL_AMOUNTS = AMOUNTS + [("Notice", body, expected) for body, expected in MAGNITUDE_WORDS]


@pytest.mark.parametrize(("title", "body", "expected"), EXACT_TAGS, ids=[c[0][:30] for c in EXACT_TAGS])
def test_round_11_tags(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "tag"), TAG_PRESENT, ids=[c[0][:30] for c in TAG_PRESENT])
def test_round_11_tag_present(title: str, body: str, tag: str) -> None:
    assert tag in tag_ids(title, body)
    if title in ONE_KIND_R30:
        assert "surveillance_platform" not in tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "expected"), ALL_BUYERS, ids=[c[0][:30] for c in ALL_BUYERS])
def test_round_11_buyers(title: str, body: str, expected: str) -> None:
    assert first_buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), ALL_AMOUNTS, ids=[c[1][:30] for c in ALL_AMOUNTS])
def test_round_11_amounts(title: str, body: str, expected: tuple[float, str]) -> None:
    assert expected in amounts(title, body)
