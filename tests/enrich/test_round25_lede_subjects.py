"""Round 25, buyers: the subject of a news lede that no organisation word marks (enrich/lede_subjects.py).

A news item that opens with a body named by what it runs (schools, a library system, a metro, a fire zone, a
hospital trust) or by an acronym or a coined word reads as having no buyer when the sentence readers ask for an
organisation word. The lede's subject is now read up to its verb - a verb of the cue lists, an English auxiliary or
past tense, a Slavic past tense in -l - and kept when it reads as a proper name. A person (a title first, or a
speaker), a company, a common phrase ("Local residents", "Un grupo de vecinos") or a clause read past an unlisted
verb stays out.

Chinese ledes (enrich/zh_lede_buyers.py) open with the body and more predicates than buying verbs (委托, 補助, 表示,
在, 於 …); a centre, a library, a street office, customs or a bank closes such a name, and a department named alone
(…署) needs no place.

Every sentence here was written for these tests (fictional bodies and purchases), none copied from an evaluation set.
Each case checks what a user sees: the buyer's name and the text its evidence quotes.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_quote_tests

BUYERS = [
    ("Marlowe schools buy classroom door cameras",
     "MARLOWE, Ore. — Marlowe Valley Public Schools approved $180,000 for 200 door cameras at its campuses.",
     "Marlowe Valley Public Schools"),
    ("Brightwater library adds cameras",
     "BRIGHTWATER — Brightwater Regional Library Network bought 40 cameras for its reading rooms for $95,000.",
     "Brightwater Regional Library Network"),
    ("Port Ellis ferries get cameras",
     "PORT ELLIS — HarbourLink has installed 120 cameras at ferry terminals for $900,000.",
     "HarbourLink"),
    ("Valmont : les hospices équipent leurs couloirs de caméras",
     "VALMONT — Les Hospices municipaux de Valmont ont acquis 30 caméras de vidéosurveillance pour 200 000 euros.",
     "Hospices municipaux de Valmont"),
    ("Transports : l'OTRV renouvelle ses caméras",
     "L'OTRV a attribué 2 millions d'euros pour 400 caméras embarquées dans ses bus.",
     "OTRV"),
    ("Kempenland: brandweer koopt drones met camera",
     "GEEL — De Brandweerzone Kempenland kocht zes drones met warmtebeeldcamera's voor 120.000 euro.",
     "Brandweerzone Kempenland"),
    ("Tiefbauamt erneuert Verkehrskameras",
     "Das Tiefbauamt erneuert 30 Videokameras an Kreuzungen für 1,2 Mio. Euro.",
     "Tiefbauamt"),
    ("Новоград: метрополитен ставит камеры",
     "Новоградский метрополитен установил 60 камер видеонаблюдения на станциях за 40 млн рублей.",
     "Новоградский метрополитен"),
    ("Lipov: správa komunikací kupuje kamery",
     "Správa městských komunikací Lipova zadala instalaci 40 kamer za 12 milionů korun.",
     "Správa městských komunikací Lipova"),
    ("Borowe: wodociągi kupują kamery",
     "Miejskie Wodociągi Borowe zamówiły 25 kamer do monitoringu ujęć wody za 400 tys. zł.",
     "Miejskie Wodociągi Borowe"),
]

KEPT = [
    # a speaker, a person's title, a common phrase: no body
    ("Marlowe cameras",
     "MARLOWE — Jane Holloway said 40 cameras were bought for the harbour.", None),
    ("Marlowe cameras",
     "MARLOWE — Mayor Jane Holloway approved $50,000 for harbour cameras.", None),
    ("Marlowe doorbells",
     "MARLOWE — Local residents bought 40 doorbell cameras.", None),
    ("Cámaras en el barrio Norte",
     "ROSARIO — Un grupo de vecinos compró 40 cámaras para sus calles.", None),
    # a name with an organisation word is read as before
    ("Marlowe police buy cameras",
     "MARLOWE — The Marlowe Police Department bought 40 body cameras for $60,000.", "Marlowe Police Department"),
]

# Chinese: the body's first clause opens with the body and any predicate (enrich/zh_lede_buyers.py): it entrusts,
# funds, states, or a place phrase comes first; the body's full form outranks the title's; a department named alone
# ends in 署. A place or a firm opening the clause stays no buyer.
ZH_BUYERS = [
    ("某县公共文化设施智能化改造",
     "青禾县图书馆委托采购自助借还机8台、安全门禁2套，中标金额：¥200,000。", "青禾县图书馆"),
    ("青禾市江口区疾控中心冷链温度监测系统",
     "江口区疾病预防控制中心采购冷链温度监测系统，覆盖12个接种点。预算：¥150,000。", "江口区疾病预防控制中心"),
    ("小区人脸门禁试点",
     "松岭区桃源街道在两个老旧小区安装人脸识别门禁，预算：¥96,000。", "松岭区桃源街道"),
    ("長照機構監測系統補助",
     "青禾縣衛生局補助12家長照機構建置床邊生理監測系統，補助總額新臺幣600萬元。", "青禾縣衛生局"),
    ("文康署更換場館閉路電視",
     "文康署表示，將於六個場館更換閉路電視鏡頭120支，合約金額港幣1,200萬元。", "文康署"),
]
ZH_KEPT = [
    # a project's name is no predicate: "X中心建设项目"
    ("某县应急指挥中心建设",
     "青禾县应急管理局指挥中心建设项目，预算金额（万元）：300，内容：大屏及视频调度平台。", "青禾县应急管理局"),
    # a centre of a hospital buys as the hospital; a government's service centre is a body of its own
    ("青禾县远程会诊系统采购",
     "青禾县人民医院远程会诊中心采购会诊终端6套，预算：¥420,000。", "青禾县人民医院"),
    ("青禾县政务大厅排队叫号系统",
     "青禾县人民政府政务服务中心采购排队叫号终端10套，预算：¥180,000。", "青禾县人民政府政务服务中心"),
    # a clause that names who acts ("明确由X实施"): the body after 由
    ("县人大常委会审议平安建设项目",
     "近日，青禾县人大常委会会议审议相关报告，明确由青禾县公安局实施路口卡口建设，计划投资300万元。", "青禾县公安局"),
    # the body's own full form, a unit included, as round 20 reads it
    ("青禾县公安局交警大队卡口设备维护",
     "青禾县公安局交通警察大队委托维护卡口设备40套，合同金额：¥280,000。", "青禾县公安局交通警察大队"),
    ("青禾县主要路口摄像机安装",
     "青禾县城区在主要路口安装摄像机120台，预算：¥900,000。", None),
    ("视频监控系统建设",
     "青禾安防科技有限公司在青禾县完成视频监控系统建设，合同金额：¥1,200,000。", None),
]

# Scripts without capitals (enrich/data/prose_buyer_cues.yaml): a datelined lede opening with a city corporation in
# either Bengali spelling, a Hindi police (पुलिस beside Marathi पोलीस), a Nepali police office before the ergative
# -ले, a Thai hospital whose verb follows without a space or a regional command with its region number, a Hebrew
# medical centre (a town after it, "ב…", left out).
SCRIPT_BUYERS = [
    ("শ্যামলপুর: সিটি করপোরেশন ক্যামেরা বসাচ্ছে",
     "শ্যামলপুর — শ্যামলপুর সিটি করপোরেশন ৫ কোটি টাকায় ৩০০টি সিসিটিভি ক্যামেরা বসাচ্ছে।", "শ্যামলপুর সিটি করপোরেশন"),
    ("रामपुरा: पुलिस कैमरे लगाएगी",
     "रामपुरा — रामपुरा सिटी पुलिस ₹4 करोड़ में 200 सीसीटीवी कैमरे लगाएगी।", "रामपुरा सिटी पुलिस"),
    ("सुनगाउँ: प्रहरीले क्यामेरा किन्यो",
     "सुनगाउँ — सुनगाउँ ट्राफिक प्रहरी परिसरले रु २ करोडमा ५० क्यामेरा किन्यो।", "सुनगाउँ ट्राफिक प्रहरी परिसर"),
    ("บ้านนา: โรงพยาบาลซื้อกล้อง",
     "บ้านนา — โรงพยาบาลบ้านนาจัดซื้อกล้องวงจรปิด 40 ตัว วงเงิน 2 ล้านบาท", "โรงพยาบาลบ้านนา"),
    ("ภาคใต้: ติดตั้งกล้องที่ด่าน",
     "ปัตตานี — กองอำนวยการป้องกันภัยภาค 7 ส่วนหน้า ติดตั้งกล้อง 120 ตัว วงเงิน 15 ล้านบาท",
     "กองอำนวยการป้องกันภัยภาค 7 ส่วนหน้า"),
    ("נווה שקד: מצלמות בבית החולים",
     "נווה שקד — המרכז הרפואי שקד בנווה רכש 30 מצלמות ב-1.2 מיליון ש\"ח.", "המרכז הרפואי שקד"),
]
SCRIPT_KEPT = [
    ("শ্যামলপুর: ক্যামেরা", "শ্যামলপুর — সিটি করপোরেশনের কর্মকর্তারা ক্যামেরা নিয়ে কথা বলেছেন।", None),
    ("บ้านนา: ชาวบ้านซื้อกล้อง", "บ้านนา — ชาวบ้านจัดซื้อกล้องวงจรปิด 10 ตัว", None),
]

test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(
    BUYERS + ZH_BUYERS + SCRIPT_BUYERS, KEPT + ZH_KEPT + SCRIPT_KEPT)
