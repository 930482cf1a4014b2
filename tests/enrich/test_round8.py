"""Rounds 8 and 9 of the enrichment generalisation (issue 10), on classes seen in the development sets: what a headline
takes back holds for the whole notice (enrich/classify/headline.py), and the cues, buyer readers, vendor wording and
amounts of both rounds. Sentences are written here (fictional buyers and suppliers), not taken from the evaluation
sets."""
from __future__ import annotations

import pytest

from enrich.classify import classify
from tests.enrich.notice_helpers import amounts, first_buyer, tag_ids

# (headline, body, the ids expected): the body names the technology again in a sentence of its own
CASES = [
    # a withdrawn purchase: nothing counts, whatever the body repeats
    ("Harbourton council shelves plan for camera poles on the quay",
     "The proposal had foreseen 14 CCTV poles at a cost of £210,000.", set()),
    ("Item 7: Licence plate reader pilot - WITHDRAWN",
     "The item proposed automatic number plate recognition cameras at four junctions.", set()),
    ("Westfield council rejects camera contract with Vantor Systems",
     "The contract covered 30 licence plate recognition cameras and a video analytics platform.", set()),
    ("Ville de Montbrison : le marché de vidéoprotection est annulé",
     "Le marché prévoyait 40 caméras de vidéosurveillance dans le centre.", set()),
    ("榆阳区公安分局视频监控补点项目终止公告",
     "项目名称：榆阳区公安分局视频监控补点项目\n因预算调整，本项目终止。", set()),
    ("网传某县将给居民打信用分？县发改委：不实",
     "网传“居民信用积分”将与补贴挂钩。县发改委回应称从未建设个人信用评分系统。", set()),
    # a headline without a technology, the body saying its own procedure ended
    ("OCDS release ocds-xx-2026-17",
     '{"tender":{"title":"Body-worn cameras"},"awards":[{"status":"cancelled"}]}', set()),
    # a withdrawn technology, the purchase kept: only that technology is taken back
    ("Senat von Altstadt stoppt Gesichtserkennung am Bahnhof",
     "Die bestehende Videoüberwachung am Bahnhof bleibt in Betrieb; Gesichtserkennung wird nicht erprobt.", {"cctv"}),
    ("Porthaven police drop facial recognition from stadium CCTV deal",
     "The CCTV upgrade goes ahead; the facial recognition module offered by the supplier was removed.", {"cctv"}),
    ("Rennesville renonce à la reconnaissance faciale, garde ses caméras",
     "Les 40 caméras du tramway restent en service ; le module de reconnaissance faciale ne sera pas activé.",
     {"cctv"}),
    # a negated headline technology, the cameras it sits in kept
    ("Kestrel Transit rules out facial recognition in bus cameras",
     "Kestrel Transit will replace on-board CCTV in 300 buses; facial recognition could be added later.", {"cctv"}),
    # a headline that goes on past a comma to what it buys
    ("Council rejects objection, awards CCTV contract to Lantern Video Ltd",
     "The CCTV network will cover the market square.", {"cctv"}),
    # an ordinary headline: nothing taken back
    ("Eastbrook buys 40 CCTV cameras with facial recognition",
     "Eastbrook Police will install the CCTV cameras and a facial recognition server at 10 sites.",
     {"cctv", "facial_recognition"}),
    # Czech zakázka is a contract, not Polish zakaz (a ban)
    ("Praha 9 zakázka na kamerový systém", "Městská část Praha 9 rozšíří kamerový systém o 20 kamer.", {"cctv"}),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_what_the_headline_takes_back(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


# clause negations added in round 8: (text, the ids expected)
NEGATION_CASES = [
    ("Item 12 - Contract for in-car video\nAuthorize a contract for in-car video systems. Item withdrawn from the "
     "agenda at the request of the Chief.", set()),
    ("Item 4 - Licence plate readers\nA motion to buy 20 licence plate readers was made; the motion failed 3-4.",
     set()),
    ("天河县农贸市场视频监控改造项目更正公告\n原内容：“前端摄像机具备人脸识别功能”\n更正为：“前端摄像机为普通高清摄像机”",
     {"cctv"}),
    ("县里装“刷脸”闸机？县教育局：只是换门\n网传学校门口装“刷脸”闸机，县教育局称只更换了电动门。", set()),
    ("会议纪要\n信用建设以企业公共信用评价为主，不设立个人黑名单。", set()),
    ("Новый тендер\nТревожные кнопки для школ; видеокамеры в закупку не входят.", set()),
    ("新駅の改札\n顔認証は導入せず、ICカードのみ対応とする。", set()),
    ("Comune di Tavoli\nIl capitolato vieta il riconoscimento facciale.", set()),
]


# buyers read by rounds 8 and 9 (fictional purchases): a body that opens with its subject, scripts without capitals, …
BUYER_CASES = [
    ("Plovdiv: nove kameri", "Община Пловдив възложи на „Тракия Охрана“ ЕООД доставка на 30 камери.", "Община Пловдив"),
    ("Girona amplia la videovigilància",
     "L'Ajuntament de Girona ha adjudicat per 210.000 euros a Ter Seguretat SL la instal·lació de 12 càmeres.",
     "Ajuntament de Girona"),
    ("Вінниця: камери", "Вінницька міська рада уклала договір на 12 млн грн з ТОВ «Поділля Відео».",
     "Вінницька міська рада"),
    ("Qormi: kameras", "Il-Kunsill Lokali Qormi ta kuntratt ta' €40,000 lil Qormi Vision Ltd.", "Kunsill Lokali Qormi"),
    ("Gəncə: kameralar", "Daxili İşlər Nazirliyi Gəncədə 80 kamera üçün müqavilə imzalayıb.", "Daxili İşlər Nazirliyi"),
    # scripts without capitals: what the headline and the body both open with, up to where they differ
    ("עיריית נתניה מתקינה מצלמות", "עיריית נתניה חתמה על חוזה בסך 2 מיליון ש\"ח עם חברת שרון מיגון בע\"מ.",
     "עיריית נתניה"),
    ("इंदौर नगर निगम ने कैमरे खरीदे", "इंदौर नगर निगम ने ₹40 लाख के 30 कैमरे खरीदे।", "इंदौर नगर निगम"),
    ("विराटनगर महानगरपालिकाले क्यामेरा किन्यो", "विराटनगर महानगरपालिकाले रु ४० लाखमा ३० क्यामेरा किन्यो।",
     "विराटनगर महानगरपालिका"),
    # contracting-authority labels of EU notices in their languages
    ("Polska-Gdańsk: Urządzenia do nadzoru", "Sekcja I: Instytucja zamawiająca: Komenda Miejska Policji w Gdańsku.",
     "Komenda Miejska Policji w Gdańsku"),
    ("Mesto Žilina: kamerový systém", "Verejný obstarávateľ: Mesto Žilina. Predmet: 12 kamier.", "Mesto Žilina"),
    # Arabic sentences open with their verb; the name is a construct chain; Vietnamese after a dateline
    ("الرياض: الأمانة توسع الشبكة", "الرياض — وقعت أمانة منطقة الرياض عقداً مع شركة نجد للأنظمة لتركيب 90 كاميرا.",
     "أمانة منطقة الرياض"),
    ("بيروت", "بيروت — اشترت بلدية بيروت 40 عداداً آلياً بقيمة مليون دولار.", "بلدية بيروت"),
    ("دبي", "دبي — اعتمدت القيادة العامة لشرطة دبي نظاماً للتعرف على المشية.", "القيادة العامة لشرطة دبي"),
    ("Huế lắp camera", "HUẾ — Công an thành phố Huế đã lắp 40 camera tại cửa ngõ.", "Công an thành phố Huế"),
    # Chinese subjects before 拟/在/采购, and a company's customer it signs with
    ("城区路灯改造工程竞争性磋商公告", "项目概况：宜川县住房和城乡建设局拟对城区路灯进行改造。",
     "宜川县住房和城乡建设局"),
    ("新增高清探头", "本报讯 近日，凤山县公安局在县城主要路口新装高清探头120个。", "凤山县公安局"),
    ("关于签订日常经营重大合同的公告",
     "本公司近日与叶城县公安局签订《视频感知网建设项目合同》，合同金额为人民币6,800万元。", "叶城县公安局"),
    # a Chinese body's own name quoted in an English report
    ("Report: Hotan bureau orders cameras",
     "A procurement record from the Lop County Public Security Bureau (洛浦县公安局) shows a CNY 2.6 million order.",
     "洛浦县公安局"),
    # a name ends at its sentence, not at the next capitalised word
    ("Springdale approves licence plate reader pilot", "SPRINGDALE — The council approved 20 readers, run by the "
     "Springdale Police Department. Motorola Solutions will supply the cameras for $150,000.",
     "Springdale Police Department"),
    # a common word opening the body names no body
    ("Kameras", "Neue Kameras wurden am Bahnhof montiert.", None),
]


@pytest.mark.parametrize(("title", "body", "expected"), BUYER_CASES, ids=[c[0][:30] for c in BUYER_CASES])
def test_the_buyers_rounds_8_and_9_read(title: str, body: str, expected: str | None) -> None:
    assert first_buyer(title, body) == expected


# amounts as presses print them (fictional purchases): (title, body, the (value, currency) expected among them)
AMOUNT_CASES = [
    ("Brno: kamery", "Statutární město Brno zadalo zakázku za 12,5 mil. Kč firmě Morava Video s.r.o.", (12.5e6, "CZK")),
    ("Brno: kamery", "Město uzavřelo smlouvu za 3 mil Kč.", (3e6, "CZK")),
    ("Oulu", "Oulun kaupunki on tilannut kamerat 240 000 eurolla Pohjois Turva Oy:ltä.", (240000, "EUR")),
    ("Gyumri", "Գյումրու քաղաքապետարանը 120 միլիոն դրամով գնում է տեսախցիկներ։", (120e6, "AMD")),
    ("Batumi", "ბათუმის მერიამ ხელშეკრულება გააფორმა 4,2 მილიონ ლარად.", (4.2e6, "GEL")),
    ("Liepāja", "Pašvaldība iegādājas kameras par 1,3 miljoniem eiro.", (1.3e6, "EUR")),
    ("Addu", "އައްޑޫ ސިޓީ ކައުންސިލުން 2.5 މިލިއަން ރުފިޔާގެ އެގްރިމެންޓ", (2.5e6, "MVR")),
    ("Osh", "Ош шаарынын мэриясы 90 млн сомго камераларды сатып алды.", (90e6, "KGS")),
    ("Buxoro", "Buxoro shahar hokimligi 4 milliard so'mga kameralar o'rnatdi.", (4e9, "UZS")),
    ("Paro", "PARO - The police installed 40 cameras at Nu 12 million.", (12e6, "BTN")),
    ("Freeport", "FREEPORT, Bahamas - The Royal Bahamas Police Force signed a B$1.4 million contract.", (1.4e6, "BSD")),
    ("Curepipe", "CUREPIPE, Mauritius - The municipal council awarded a Rs 35 million CCTV contract.", (35e6, "MUR")),
    ("县融媒体", "县公安局与某科技有限公司签订合同，以316.5万元在城区主干道安装高清摄像头。", (3165000, "CNY")),
    # crore and lakh as South Asian presses write them, one sum in two units, Myanmar billions, 百万, Hausa
    ("Madurai", "மதுரை அரசு மருத்துவமனை 40 கருவிகளை ₹1.6 கோடிக்கு வாங்கியது.", (16e6, "INR")),
    ("Guntur", "గుంటూరు పోలీస్ రూ.3.2 కోట్లతో 100 కెమెరాలను కొనుగోలు చేసింది.", (32e6, "INR")),
    ("Pune", "पुणे महानगरपालिका ₹4.5 कोटी खर्चून 60 कॅमेरे बसवणार.", (45e6, "INR")),
    ("Chittagong", "চট্টগ্রাম মেট্রোপলিটন পুলিশ ৩ কোটি ২০ লাখ টাকায় যন্ত্র কিনেছে।", (32e6, "BDT")),
    ("Biratnagar", "विराटनगर महानगरपालिकाले रु. २ करोड ४० लाखमा सम्झौता गरेको छ। विराटनगर।", (24e6, "NPR")),
    ("Lahore", "لاہور — محکمہ داخلہ نے 1 ارب 20 کروڑ روپے کی لاگت سے کیمرے نصب کیے۔", (1.2e9, "PKR")),
    ("Mandalay", "မန္တလေးမြို့ ကော်မတီသည် ကျပ် ၈ ဘီလီယံဖြင့် CCTV ကင်မရာ ဝယ်ယူခဲ့သည်။", (8e9, "MMK")),
    ("县公安局", "中标金额：2.35百万元", (2350000, "CNY")),
    ("Kaduna", "An sanya kyamarori CCTV a birnin Kaduna kan Naira biliyan 1.2.", (1.2e9, "NGN")),
]


@pytest.mark.parametrize(("title", "body", "expected"), AMOUNT_CASES, ids=[c[1][:30] for c in AMOUNT_CASES])
def test_amounts_as_presses_print_them(title: str, body: str, expected: tuple[float, str]) -> None:
    assert expected in amounts(title, body)


# technology words of languages and scripts that had none (fictional purchases): (text, the ids expected)
SCRIPT_CASES = [
    ("Vlorë\nBashkia Vlorë bleu 40 kamera vëzhgimi për shëtitoren.", {"cctv"}),
    # (round 16: Georgian face-recognition cameras are CCTV too, as round 10 made them in the other languages)
    ("Kutaisi\nმერიამ 200 კამერა შეიძინა, რომლებიც სახის ამოცნობის ფუნქციით არის აღჭურვილი.",
     {"cctv", "facial_recognition"}),
    ("Шымкент\nАкимат выделил средства на 300 камер с распознаванием номеров и лиц.",
     {"cctv", "vehicle_recognition", "facial_recognition"}),
    # (round 10: face recognition cameras watch a public space, CCTV too, as set h labels them)
    ("Guntur\nగుంటూరు పోలీసులు 50 ముఖ గుర్తింపు కెమెరాలను కొనుగోలు చేశారు.", {"cctv", "facial_recognition"}),
    ("Salem\nசேலம் மாநகராட்சி 100 கண்காணிப்பு கேமராக்களை வாங்குகிறது.", {"cctv"}),
    ("Addu\nއައްޑޫ ސިޓީ ކައުންސިލުން 40 ސީސީޓީވީ ކެމެރާ ގަނެފި.", {"cctv"}),
    ("Lahore\nمحکمہ داخلہ پنجاب نے شہر میں 300 کیمرے نصب کیے جن میں چہرہ شناخت کی صلاحیت ہے۔",
     {"cctv", "facial_recognition"}),
    ("Huế\nCông an tỉnh mua 40 camera đọc biển số xe.", {"vehicle_recognition"}),
    ("Ulsan\n울산광역시는 지능형 CCTV 통합관제 시스템을 구축한다.", {"cctv", "surveillance_platform"}),
    ("Odense\nOdense Kommune har købt 12 kameraer til tv-overvågning.", {"cctv"}),
    ("Akureyri\nAkureyrarbær hefur samið um 10 öryggismyndavélar.", {"cctv"}),
    ("Nairobi\nThe county added 200 cameras with face and number-plate recognition.",
     {"cctv", "facial_recognition", "vehicle_recognition"}),
    ("Gwangju\n광주경찰청은 모바일 포렌식 장비 5세트를 구매했다.", {"phone_tracking"}),
    ("Cần Thơ\nỦy ban nhân dân ký hợp đồng xây dựng hệ thống chấm điểm tín nhiệm công dân.", {"social_credit"}),
    # software run over cameras already there buys no cameras; new cameras beside them do
    ("x\nCustomers run our gait recognition software over footage from their existing camera networks.",
     {"gait_recognition"}),
    # gait matched over recorded video was also a video-analytics platform (the round 13 convention); since the
    # platform rule's "Recorded footage" bullet (round 31; sets ag, ah, ai label it so) one trait searched in
    # recordings is that technology only (round 33b, enrich/classify/footage_search.py)
    ("x\n对县城已建监控录像进行步态特征提取与检索。", {"gait_recognition"}),
    ("x\nThe platform connects 300 existing cameras and 40 new CCTV cameras.", {"cctv"}),
    # police drones streaming video, channels of surveillance video, body cameras of Hong Kong
    # (round 10: the command centre the video reaches is a surveillance platform, as sets e-g label it; h and i did not;
    # round 29: a drone's video only sent to an existing command centre is cctv, the labelling rule of
    # tests/eval/README.md)
    ("x\n警用多旋翼无人机4架，视频实时回传至县局指挥中心。", {"cctv"}),
    ("x\nThe police department will fund drones that fly to 911 calls and stream live video to officers.", {"cctv"}),
    ("x\nThe council renewed its drone as first responder program for two years.", {"cctv"}),
    ("x\nGold Coast lifeguards use drones that stream footage to detect sharks.", set()),
    ("x\n喀喇沁旗公安局新增1500路高清探头。", {"cctv"}),
    ("x\n采购3路视频会议终端。", set()),
    ("x\n貨品：供警務處使用之隨身攝錄機4,500部。", {"cctv"}),
    # plate reading and biometrics in more wordings
    ("x\n汇聚视频图像、卡口过车、电子围栏侦码数据。", {"vehicle_recognition", "phone_tracking"}),
    ("x\nSe instalaron cámaras que capturan la placa de los vehículos.", {"vehicle_recognition"}),
    ("x\nAquisição de leitores automáticos de placas veiculares.", {"vehicle_recognition"}),
    ("x\nНа въездах установят 60 камер фиксации госномеров.", {"vehicle_recognition"}),
    ("x\nDie Kantonspolizei erweitert die automatische Fahrzeugfahndung.", {"vehicle_recognition"}),
    ("x\nГУВД закупает дактилоскопические сканеры для регистрации задержанных.", {"other_biometrics"}),
    ("x\n懲教署批出在囚人士指紋及虹膜登記系統合約。", {"other_biometrics"}),
    # an ethnicity read from faces or voices (fictional purchases), and a denial that names it
    ("x\n终端比对结果含“民族”属性并对特定人员推送告警。", {"ethnicity_analytics"}),
    ("x\n系统通过语音判别说话人是否使用维吾尔语，自动标注预警。", {"ethnicity_analytics"}),
    ("x\nThe bureau ordered checkpoint cameras that flag \"Uyghur\" faces and send alarms.",
     {"cctv", "ethnicity_analytics", "facial_recognition"}),   # faces analysed (round 11: 69 of 96 labels agree)
    # (round 10: software over footage buys no cameras, as set h labels it)
    ("x\nThe police paid for software that labels people in CCTV footage by ethnic group.",
     {"ethnicity_analytics"}),
    ("City approves ethnic-group cameras? Leak prompts denial\nA draft described cameras that classify pedestrians "
     "by ethnic group; the council bought none.", set()),
    ("x\n学校开展民族团结教育活动。", set()),
    # phone extraction and gait in more wordings
    ("x\nПоліція отримала 8 комплексів для вилучення даних з мобільних телефонів.", {"phone_tracking"}),
    ("x\nتسلمت الوزارة 40 جهازاً لاستخراج البيانات من الهواتف المحمولة المضبوطة.", {"phone_tracking"}),
    ("x\nThe tender seeks 60 handheld phone scanners that copy contacts and messages.", {"phone_tracking"}),
    ("x\nWe sell gait and body-shape recognition software to police customers.", {"gait_recognition"}),
    # round 15: footage in the CCTV ("CCTV 영상 속") is analysed, no cameras bought (set f labels it so, as set h
    # does the en wording above)
    ("x\n경찰청은 CCTV 영상 속 인물의 보행 패턴을 분석하는 연구용역을 발주했다.", {"gait_recognition"}),
    # round 9 (from set i once spent): a corrigendum's quoted original, switched-off features, more words
    ("x更正公告\n更正内容：原“执法记录仪须具备人脸比对功能”更正为“执法记录仪仅需视频实时回传功能”。", {"cctv"}),
    ("Como spegne il riconoscimento facciale nel parco\nIl Comune ha disattivato il riconoscimento facciale.", set()),
    ("Aalborg Kommune siger nej til ansigtsgenkendelse\nKommunen har afvist ansigtsgenkendelse ved stadion.", set()),
    ("x\nLe SPVM a octroyé un contrat pour 900 caméras corporelles.", {"cctv"}),
    ("x\nLa police a acquis des kits d'extraction de données de téléphones portables.", {"phone_tracking"}),
    ("x\n奇台县公安局采购警用多旋翼无人机6架，含实时图传系统。", {"cctv"}),
    ("旅顺居民积分超市开张 积分不与任何待遇挂钩\n居民信用积分仅用于兑换物品。", set()),
    ("x\n教育局采购校园足球联赛视频助理裁判回放系统，含多机位摄像机，仅用于比赛判罚。", set()),
    ("x\n农业农村局为肉牛保险采购牛只脸部识别建档系统一套。", set()),
    ("x\n公司主要从事道路照明。公司不生产、不销售视频监控产品。", set()),
    ("x\nLa Policía Nacional incorporó 30 cámaras lectoras de chapas en accesos.", {"vehicle_recognition"}),
    ("x\nLes caméras de surveillance des feux de brousse seront installées sur 12 tours.", set()),
    ("Item 22: Dashcam replacement for CityBus fleet\nReplace 140 dashcams for the bus fleet.", set()),
    ("Resolution 2026-41: Acceptance of annual Surveillance Technology Report\nThe report lists CCTV and ALPR use.",
     set()),
    ("x\nThe council paid for Wi-Fi sensors that count tourists on the promenade.", set()),
    # plate-reading and counting cameras are no CCTV purchase
    ("Jeddah\nتعاقدت الأمانة لتركيب 200 كاميرا لقراءة لوحات السيارات.", {"vehicle_recognition"}),
    ("Dammam\nتركيب 60 كاميرا لعد المركبات فقط.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_CASES + SCRIPT_CASES,
                         ids=[c[0].split("\n")[0][:30] for c in NEGATION_CASES + SCRIPT_CASES])
def test_what_a_notice_is_tagged_with(text: str, expected: set[str]) -> None:
    assert {tag.taxonomy_id for tag in classify(text)} == expected


def test_a_withdrawn_contracts_contractor_is_mentioned_not_a_supplier() -> None:
    """A story of a contract voted down names a council and a vendor; neither buys nor supplies anything. A
    cancelled tender's labelled buyer stays its buyer: the procurement's other notices are linked through it."""
    import enrich

    result = enrich.enrich("Westfield council rejects camera contract with Flock Safety",
                           "The council voted 5-2 against a $190,000 contract with Flock Safety for licence plate "
                           "cameras.")
    roles = {(p.name, p.role) for p in result.parties if p.vendor_id == "flock_safety"}
    assert roles and all(role == "mentioned" for _, role in roles)
    assert not any(p.role == "buyer" for p in result.parties)  # the council named in the story buys nothing
    awarded = enrich.enrich("Westfield council approves camera contract with Flock Safety",
                            "The council approved a $190,000 contract with Flock Safety for licence plate cameras.")
    assert any(p.role == "supplier" and p.vendor_id == "flock_safety" for p in awarded.parties)


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Rīgas dome iegādājas kameras", "Rīgas valstspilsētas pašvaldība noslēdza līgumu par 30 kamerām.", "LV", "Riga"),
    ("Københavns Kommune: tv-overvågning", "Københavns Kommune har indgået kontrakt om 28 kameraer.", "DK",
     "Copenhagen"),
])
def test_a_town_in_its_genitive(title: str, body: str, country: str, city: str) -> None:
    import enrich

    place = enrich.enrich(title, body).place
    assert place is not None and place.country == country and place.city == city


@pytest.mark.parametrize(("title", "body", "vendor", "role"), [
    ("Form 8-K", "Corvane Corp. signed an agreement with the State Department of Corrections for iris stations. The "
     "agreement replaces a prior system from IDEMIA.", "idemia", "mentioned"),
    ("Ordinance 2026-91: Denying renewal of the ShotSpotter contract", "Council voted 5-2 not to renew.",
     "soundthinking", "mentioned"),
    ("Police deploy ShotSpotter alternative", "The B$0.9 million system from Exuma Acoustics Ltd has no cameras.",
     "soundthinking", "mentioned"),
    ("视频监控运维服务中标候选人公示",
     "招标人：某县公安局\n第一中标候选人：浙江大华技术股份有限公司，投标报价：1,342,000.00元", "dahua", "supplier"),
    ("x", "الجزائر — وسعت الولاية شبكة كاميرات المراقبة بـ200 كاميرا، من تنفيذ شركة هواوي.", "huawei", "supplier"),
    ("x", "成交供应商：喀什某信息技术有限公司 标的：声纹比对服务器（科大讯飞技术授权）。", "iflytek", "supplier"),
    ("Agenda Item 9", "Approve an agreement with Bay Integrators Inc. to share live camera feeds, including cameras "
     "supplied by Hikvision at existing sites.", "hikvision", "mentioned"),
    ("Council Bill 26-0101 — ShotSpotter renewal fails",
     "A bill to approve a third amendment with SoundThinking, Inc. failed on a 5-8 vote.", "soundthinking",
     "mentioned"),
])
def test_vendor_roles(title: str, body: str, vendor: str, role: str) -> None:
    import enrich

    roles = {p.role for p in enrich.enrich(title, body).parties if p.vendor_id == vendor}
    assert roles == {role}


def test_a_cancelled_tenders_labelled_buyer_stays_buyer() -> None:
    import enrich

    result = enrich.enrich("榆阳区公安分局视频监控补点项目终止公告",
                           "项目名称：视频监控补点项目\n采购人：榆阳区公安分局\n因预算调整，本项目终止。")
    assert not result.tags
    assert [p.name for p in result.parties if p.role == "buyer"] == ["榆阳区公安分局"]


def test_a_key_written_twice_in_the_cue_file_is_an_error(tmp_path) -> None:
    """YAML keeps only the last of two equal keys: a second `exclude_overlap:` would silently drop the first list."""
    from pathlib import Path

    from enrich.classify import CODES_PATH, CUES_PATH
    from enrich.classify.patterns import CueFileError
    from enrich.classify.rules import load_rules

    text = Path(CUES_PATH).read_text(encoding="utf-8")
    broken = text.replace("\nsettings:\n", "\nsettings:\n  context_window: 80\n", 1)
    cues = tmp_path / "taxonomy_cues.yaml"
    cues.write_text(broken, encoding="utf-8")
    with pytest.raises(CueFileError, match="duplicate key"):
        load_rules(cues, Path(CODES_PATH))
