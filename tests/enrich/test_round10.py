"""Round 10 of the enrichment generalisation (issue 10), on classes seen in the development sets once set j was
spent: removals in corrigenda, 未/不设 negations, withdrawals in more languages, combined face/gait searches, cameras
that are no surveillance (dental, telemedicine, monitoring stations), buyers a headline and its lede share in one
word, resolution verbs and next sentences cut from buyer names, Chinese places from the lede, countries whose name
holds a region's ("Papua New Guinea"), datelines before a dash, and more currency codes and words. Sentences are
written here (fictional buyers and suppliers), not taken from the evaluation sets."""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import amounts, first_buyer, tag_ids

TAG_CASES = [
    # a corrigendum that deletes a requirement, quoted or not; a list before the quote is not deleted with it
    ("清涧县公安局执法记录仪采购项目更正公告", "更正事项：技术参数“支持人脸比对”删除，其余不变。", {"cctv"}),
    ("绥德县视频侦查平台更正公告", "删除步态检索功能要求，保留人脸检索。",
     {"facial_recognition", "surveillance_platform"}),
    ("米脂县平台更正公告", "原需求“平台须支持人脸布控及步态识别检索”删除“步态识别检索”。", {"facial_recognition"}),
    # 未 / 不设 before the technology
    ("澄清：吴堡县未采购人脸识别设备", "吴堡县公安局表示，县城从未采购人脸识别设备。", set()),
    ("子洲县治超检测站项目中标公告", "内容：动态称重检测系统1套，不设车牌识别。", set()),
    # withdrawn in more languages
    ("Assen ziet af van camera's met gezichtsherkenning", "De gemeenteraad van Assen verbiedt gezichtsherkenning. "
     "De aanbesteding wordt stopgezet.", set()),
    ("Panevėžio savivaldybė atsisakė veido atpažinimo kamerų", "Sutartis nebus pasirašyta.", set()),
    ("Rouen : la reconnaissance faciale écartée", "Le conseil a voté contre l'expérimentation.", set()),
    # one search over gait and faces; channels of video brought in
    ("某县公安局步态及人脸跨镜检索系统中标公告", "内容：对重点区域开展步态与人脸跨镜检索。",
     {"facial_recognition", "gait_recognition", "surveillance_platform"}),
    ("某县重点人员管控平台合同", "主要内容：管控平台1套、社区视频接入（约600路）。", {"cctv", "surveillance_platform"}),
    # cameras that are no surveillance purchase
    ("某县中医院口腔设备采购结果", "标的：口腔内窥摄像头2套。", set()),
    ("某县人民医院视频问诊系统采购结果", "内容：远程视频问诊平台及诊室高清摄像头。", set()),
    ("某县空气质量监测站运维项目", "内容：空气质量自动监测站2座全年运维，含视频监控探头检修。", set()),
    ("Police licence gait-matching software", "The force will search recorded CCTV footage with gait-matching "
     "software bought for $300,000.", {"gait_recognition"}),  # software over footage (r13)
    ("Force signs face recognition contract", "Westmoor Police signed a £1m deal with Brackley Biometric Services "
     "Ltd for live facial recognition vans.", {"cctv", "facial_recognition"}),
    # camera words of more languages
    ("Gasteizko Udalak zaintza-kamerak jarriko ditu", "Udalak 12 zaintza-kamera jarriko ditu.", {"cctv"}),
    ("Dowladda Hoose ee Baydhabo", "Waxay rakibtay 40 kamarado amni.", {"cctv"}),
    ("Polisi Mwanza", "Polisi wamepokea kamera 12 za kusoma namba za magari.", {"vehicle_recognition"}),
    ("شهرداری شیراز", "نصب ۶۰ دوربین ثبت پلاک در مرکز شهر.", {"vehicle_recognition"}),
]


@pytest.mark.parametrize(("title", "body", "expected"), TAG_CASES, ids=[c[0][:30] for c in TAG_CASES])
def test_round_10_tags(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


BUYER_CASES = [
    # a headline and its lede that open with one word alike: the lede's capitalised run
    ("Kriminalvården köper kameror", "Norrköping. Kriminalvården har tecknat avtal om 12 kameror.", "Kriminalvården"),
    ("Szeged térfigyelő kamerákat telepít", "Szeged. Szeged Megyei Jogú Város Önkormányzata 40 új kamerát telepít.",
     "Szeged Megyei Jogú Város Önkormányzata"),
    ("Mestna občina Celje kupila kamere", "Celje. Mestna občina Celje je kupila 20 kamer.", "Mestna občina Celje"),
    # what opens or follows a buyer's span that is not its name
    ("Consent item 4.2", "Authorize the City of Redfield to purchase 12 radar signs for $40,000.", "City of Redfield"),
    ("Arad: camere", "Arad. Primăria Municipiului Arad a semnat un contract pentru 20 de camere.",
     "Primăria Municipiului Arad"),
    ("Nancy : caméras", "La Ville de Nancy et la Police municipale étendent la vidéoprotection.", "Ville de Nancy"),
    ("ضلعی حکومت لاہور نے کیمرے نصب کیے", "لاہور — ضلعی حکومت لاہور نے 40 کیمرے نصب کیے۔", "ضلعی حکومت لاہور"),
    # a USAspending page's title names the awarding agency; a tender "from the X"; a body's own Chinese name after it
    ("Award 15BFA026P0000123 — Federal Bureau of Prisons", "Recipient: ACME CAMERA LLC\nDescription: CAMERAS.",
     "Federal Bureau of Prisons"),
    ("Report: county seeks cameras", "A tender from the Nakuru County Government seeks 40 cameras for the market.",
     "Nakuru County Government"),
    ("Report: bureau orders cameras",
     "A procurement record from the Qiemo County Public Security Bureau (且末县公安局) shows an order for 30 cameras.",
     "且末县公安局"),
    # a headline's bare county body completed from the fuller mention in the body
    ("县委政法委：全县“雪亮工程”新增人脸识别点位全部联网", "记者从清涧县委政法委获悉，今年全县新增点位80个。",
     "清涧县委政法委"),
]


@pytest.mark.parametrize(("title", "body", "expected"), BUYER_CASES, ids=[c[0][:30] for c in BUYER_CASES])
def test_round_10_buyers(title: str, body: str, expected: str | None) -> None:
    assert first_buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Police get body cameras", "The Royal Papua New Guinea Constabulary in Lae received 40 body-worn cameras.",
     "PG", "Lae"),
    ("Ìjọba fagilé àdéhùn", "Ìbàdàn — Ìjọba ti fagilé àdéhùn rírà kámẹ́rà.", "NG", "Ibadan"),
    ("Արմավիրի քաղաքապետարանը լամպեր է գնում", "Երևան — Երևանի քաղաքապետարանը 200 լամպ է գնում։", "AM", "Yerevan"),
    ("Assen ziet af van camera's", "De gemeenteraad van Assen heeft een motie aangenomen.", "NL", "Assen"),
])
def test_round_10_places(title: str, body: str, country: str, city: str) -> None:
    place = enrich.enrich(title, body).place
    assert place is not None and place.country == country
    assert city in {place.city, getattr(place, "city_en", None)} or (place.lat is not None and city), place


def test_a_chinese_place_from_the_lede_when_the_buyer_names_none() -> None:
    place = enrich.enrich("县委政法委：全县新增视频监控点位", "记者从清涧县委政法委获悉，今年全县新增点位80个。").place
    assert place is not None and place.admin3 == "清涧县"


@pytest.mark.parametrize(("body", "expected"), [
    ("The police signed a MVR 4.1 million contract.", (4_100_000.0, "MVR")),
    ("The ministry paid KRW 3,200,000,000 for the system.", (3_200_000_000.0, "KRW")),
    ("Общината обяви поръчка с прогнозна стойност 1,4 млн. евро.", (1_400_000.0, "EUR")),
    ("Udalak 95.000 euroko kontratua sinatu du.", (95_000.0, "EUR")),
    ("The municipality paid BD 12,500 for the meters.", (12_500.0, "BHD")),
    ("Dowladda ayaa bixisay $1.5 milyan.", (1_500_000.0, "USD")),
    ("أبرمت الشرطة عقداً بقيمة 2 مليون ريال عُماني.", (2_000_000.0, "OMR")),
    ("<td>中标金额</td><td>¥&nbsp;1,234,500.00</td><td>采购人</td><td>某县公安局</td>", (1_234_500.0, "CNY")),
    # set k's currencies, once it was spent: written-out francs, gourdes, ariary, króna; Welsh, Finnish, Malayalam
    ("Le Gouvernorat a commandé des lampadaires pour 12 milliards de francs guinéens.", (12_000_000_000.0, "GNF")),
    ("La mairie a reçu des caméras d'une valeur de 40 millions de gourdes.", (40_000_000.0, "HTG")),
    ("La Commune a acquis des masques pour 50 millions d'ariary.", (50_000_000.0, "MGA")),
    ("Samningurinn nam 12 milljónum króna.", (12_000_000.0, "ISK")),
    ("Kaupunki on tilannut valaisimia 2,4 miljoonalla eurolla.", (2_400_000.0, "EUR")),
    ("Mae'r cyngor wedi dyfarnu contract gwerth £2.5 miliwn.", (2_500_000.0, "GBP")),
    ("₹3.5 കോടിയുടെ കരാർ.", (35_000_000.0, "INR")),
])
def test_round_10_amounts(body: str, expected: tuple[float, str]) -> None:
    assert expected in amounts("Notice", body)


def test_a_bare_service_fee_under_the_award_label_is_the_award() -> None:
    result = enrich.enrich("视频监控运维服务项目中标公告", "中标金额：年服务费86.0万元")
    assert result.headline_amount is not None and float(result.headline_amount.value) == 860_000
    assert result.headline_amount.kind == "award"


def _roles(title: str, body: str) -> dict[str, str]:
    return {p.name: p.role for p in enrich.enrich(title, body).parties}


def test_a_table_pasted_as_markup_reads_as_its_cells() -> None:
    roles = _roles("<p>某县视频监控项目中标结果</p>",
                   "<table><tr><td>采购人</td><td>某县公安局</td></tr><tr><td>中标供应商</td><td>某某视讯科技有限公司"
                   "</td></tr><tr><td>中标金额</td><td>¥&nbsp;1,250,000.00</td></tr><tr><td>品牌</td><td>海康威视</td>"
                   "</tr></table>")
    assert roles == {"某县公安局": "buyer", "某某视讯科技有限公司": "supplier", "海康威视": "supplier"}


def test_a_consortium_is_split_into_its_members() -> None:
    roles = _roles("某县公安局警务云平台合同公告",
                   "甲方：某县公安局\n乙方：华为技术有限公司、某某数据科技有限公司（联合体）")
    assert roles.get("华为技术有限公司") == "supplier" and roles.get("某某数据科技有限公司") == "supplier"


def test_the_first_ranked_bid_and_its_algorithm_supply_the_others_are_mentioned() -> None:
    roles = _roles("某县公安局步态检索系统中标候选人公示",
                   "第一名：某某视觉科技有限公司，报价：289.6万元，核心算法：银河水滴\n"
                   "第二名：某某图鉴信息技术有限公司，报价：296.0万元，核心算法：云从科技")
    assert roles.get("某某视觉科技有限公司") == "supplier"
    assert roles.get("银河水滴") == "supplier" and roles.get("云从科技") == "mentioned"


def test_a_town_starting_with_ban_is_no_ban() -> None:
    roles = _roles("Bangor: police buy Axon body cameras", "BANGOR — The force bought 40 body cameras for £52,000.")
    assert roles.get("Axon") == "supplier"


@pytest.mark.parametrize(("title", "body", "expected"), [
    # cameras joined to a 9-1-1, C5 or real-time crime centre (a centre fusing the feeds with calls): a surveillance
    # platform; a monitoring room is not, and (round 29, the labelling rule of tests/eval/README.md) neither is a plain
    # command centre that the cameras or a drone's video are only joined to - the last two were platforms until round 28
    # round 31b: cameras only joined to a real-time crime centre or a C5, nothing said of what it fuses them with, are
    # cctv, as sets ae and ag label them (the platform rule's first bullet; enrich/classify/camera_upkeep.py)
    ("Lakeside adds cameras", "The city installed 80 cameras linked to the police real-time crime center.",
     {"cctv"}),
    ("Cámaras en Toluca", "Las 40 cámaras de videovigilancia quedarán integradas al C5 del estado.",
     {"cctv"}),
    ("Cámaras en Cuenca", "Se instalaron 50 cámaras de videovigilancia conectadas al centro de monitoreo municipal.",
     {"cctv"}),
    ("كاميرات في المنامة", "ركبت البلدية 200 كاميرا مراقبة مرتبطة بمركز القيادة والسيطرة.", {"cctv"}),
    ("某县公安局警用无人机采购", "警用无人机2架，高清视频实时图传至县局指挥中心。", {"cctv"}),
])
def test_cameras_joined_to_a_command_centre(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # plate, speed and face-comparison cameras are their own technology, not CCTV
    ("Award 70B04C26F0000099", "Description: FACIAL COMPARISON CAMERAS FOR ENTRY LANES AT 3 AIRPORTS.",
     {"facial_recognition"}),
    ("Police buy plate readers", "The sheriff bought 20 license plate reader (ALPR) cameras for $90,000.",
     {"vehicle_recognition"}),
    ("Speed enforcement", "The city will add 12 speed cameras near schools.", set()),
    # footage analysed, no cameras bought
    ("Police licence face search", "Detectives will run facial recognition searches of CCTV footage from the city "
     "centre network.", {"facial_recognition"}),
    # round 32: recognition added to cameras already up is that technology and cctv for the cameras (labelling rule
    # "Recognition of one kind", tests/eval/README.md; enrich/classify/kept_cameras.py)
    ("某县看守所试用步态比对系统", "通过监区走廊既有摄像头采集在押人员行走姿态。", {"cctv", "gait_recognition"}),
    # cameras that watch no one
    ("某县林区防火监测项目", "在林区制高点安装热成像防火监测摄像机12套。", set()),
    ("某县法院科技法庭更新", "更新科技法庭庭审录音录像系统6套，包含庭审摄像机。", set()),
])
def test_cameras_that_are_no_cctv_purchase(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # cameras that recognise faces watch a public space: CCTV too; a gate that verifies a face does not
    ("Cần Thơ lắp camera", "Công an thành phố lắp 50 camera nhận diện khuôn mặt tại bến xe.",
     {"cctv", "facial_recognition"}),
    ("Pemkot Malang pasang kamera", "Pemkot Malang memasang 30 kamera pengenalan wajah di alun-alun.",
     {"cctv", "facial_recognition"}),
    ("Airport e-gates", "The airport installed 12 e-gates with cameras that verify travellers by face.",
     {"facial_recognition"}),
    ("Gait lab", "The hospital bought a gait analysis lab with 8 infrared motion-capture cameras.", set()),
    ("Primăria instalează camere cu recunoaștere facială? Nu", "Licitația privește doar iluminatul public.", set()),
    # more ways of writing face matching
    ("Municipal staff attendance", "The corporation will roll out face-authentication attendance for staff.",
     {"facial_recognition"}),
    ("某县公安局融合布控系统", "“步态+人脸”融合布控系统投入使用。", {"facial_recognition", "gait_recognition"}),
])
def test_cameras_that_recognise_faces(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("某县公安局关于撤销“智能识别预警平台”采购项目的公告", "该项目因预算调整，现予以撤销，原招标文件作废。", set()),
    ("某县公安局合成作战指挥中心建设项目中标公告", "内容：建设县局合成作战指挥中心。", {"surveillance_platform"}),
    ("某县边境管控项目合同", "项目内容包括边境管控大数据平台。", {"surveillance_platform"}),
])
def test_round_10_chinese_platforms_and_withdrawals(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # points tied to nothing, a credit platform of companies only
    ("某县：文明积分超市开业",
     "村民参与志愿服务可获得积分兑换日用品。县委宣传部表示，积分与低保等任何待遇不挂钩。", set()),
    ("某县公共信用信息平台采购意向",
     "项目：公共信用信息平台。说明：平台仅归集企业信用信息，不涉及个人信用评分。", set()),
    ("某县乡村治理积分制平台", "村民文明积分与评优评先挂钩。", {"social_credit"}),
    # a corrigendum quoting its original after a noun; the corrected text keeps what it keeps
    ("某县公安局实验室建设更正公告",
     "原采购需求中“视频图像侦查平台（含人脸检索、步态检索）”更正为“视频图像侦查平台（含人脸检索）”。",
     {"facial_recognition", "surveillance_platform"}),
    # a company that does not offer it; a council is no camera; a rumour that does not exist
    ("Geschäftsbericht", "Die Beispiel AG entwickelt Videomanagement-Software. Gesichtserkennung bieten wir nicht an.",
     set()),
    ("Câmara Municipal de Niterói aprova lei", "A Câmara Municipal de Niterói aprovou a lei por 15 votos a 6.", set()),
    ("Polémica por un \"puntaje ciudadano\" que no existe", "La Municipalidad desmintió el programa.", set()),
])
def test_round_10_negatives(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a headline that asks about a withdrawal and answers no
    ("Colombo: council bans cameras? No — police add 40 at the market",
     "COLOMBO — Sri Lanka Police commissioned 40 cameras with face recognition and number-plate reading.",
     {"cctv", "facial_recognition", "vehicle_recognition"}),
    # fingerprints, plate reading and face prints in more scripts
    ("Αστυνομία: φορητές συσκευές", "Η Αστυνομία παρέλαβε 500 συσκευές που σαρώνουν δακτυλικά αποτυπώματα.",
     {"other_biometrics"}),
    ("نادرا: مشینیں", "نادرا نے فنگر پرنٹ اور آئرس اسکینرز خریدے۔", {"other_biometrics"}),
    ("ភ្នំពេញ៖ កាមេរ៉ា", "ដំឡើងកាមេរ៉ា ១០០ គ្រឿង ដែលមានមុខងារស្គាល់ផ្ទាំងលេខយានយន្ត។", {"vehicle_recognition"}),
])
def test_round_10_more_wordings(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected
