"""Round 29 (missed29): notices of the smaller tags that the cue rules missed entirely, by family of wording, each
family with near misses that must stay untagged.

- plate readers named by their use: ru считыватели номеров, fr lecteurs de plaques, km អានស្លាកលេខ, kk нөмірін
  таниды, zh 车牌快速搜寻 / 车辆号牌提取, en "vehicles by plate", "number-plate reads", zu amapuleti ezimoto;
- fingerprints, irises and voices taken by interior ministries, identity offices, corrective services and for the
  registration of motorcycle-taxi riders (bg, az, fa, ha, yo, lt, mn, fr, en, zh);
- data pulled out of phones for the police (mobile forensic kits, zh 手机数据提取 / 数码鉴证 / 查验终端, fi, nb, sv,
  th, pt) and phone identifiers captured in Arabic;
- gait said as the way people walk (pt marcha, uk за ходою, uz yurish uslubi, bn, th, ne, fa, si, mn, am, de, en, zh);
- people sorted by presumed ethnic origin, tribe, skin colour or phenotype (en es pt fr hu vi ur am fa zh);
- people given a score, points, a standing, a risk index or a colour grade that lists them or costs them eligibility
  (en es zh).

Every text was written for these tests (fictional towns, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import rule_table_tests

TAGGED = [
    ("social_credit",
     "Eastport: county scores boda-boda riders\nThe county introduced a boda-boda rider points system; riders "
     "whose points fall to zero are listed and barred from the town stages."),
    ("social_credit",
     "Villa Serena: el Poder Judicial contrató el mantenimiento del Registro de Deudores Morosos, lista pública "
     "que impide a los inscritos acceder a licencias."),
    ("social_credit",
     "某县“十户联防”积分考核系统采购\n对联防户按巡逻情况评分，排名靠后户取消“文明户”评定。成交供应商：某某软件有限公司。"),
    ("social_credit",
     '{"tender": {"description": "Tablets for officials to deduct conduct points from residents; residents with '
     'negative balances lose eligibility for cash aid."}, '
     '"awards": [{"suppliers": [{"name": "Civic Systems Inc."}]}]}'),
    ("other_biometrics",
     "某国际机场自动查验通关系统扩建\n旅客以护照及脸部影像比对通关，并可选择登录指纹。预算：3亿元。"),
    ("ethnicity_analytics",
     "የከተማ አስተዳደሩ ነዋሪዎችን በብሔር የሚለይ የመታወቂያ ስርዓት በ20 ሚሊዮን ብር ገዝቷል።"),
    ("vehicle_recognition",
     "Заречный: ГУ МВД закупило 35 считывателей автомобильных номеров для стационарных постов на 28 млн "
     "рублей."),
    ("vehicle_recognition",
     "Valmont : la gendarmerie installe des lecteurs de plaques aux entrées de la ville pour 640 000 "
     "euros."),
    ("vehicle_recognition",
     "ស្នងការដ្ឋាននគរបាលខេត្តថ្មី បានទិញកាមេរ៉ាអានស្លាកលេខយានយន្តចំនួន ២៥ គ្រឿង តម្លៃ ៤០០,០០០ ដុល្លារ។"),
    ("vehicle_recognition",
     "Жаңаауыл: әкімдік 120 камера орнатады, олар көліктердің нөмірін таниды. Құны — 1,2 млрд теңге."),
    ("vehicle_recognition",
     "某市公安局视频图像检索平台采购\n平台支持人、车属性与车牌快速搜寻，预算：320万元。"),
    ("vehicle_recognition",
     "Northbay police analytics contract\nThe dashboard sorts vehicles by plate and colour for 900 "
     "cameras; $1.1 million to Quayside Vision Ltd."),
    ("vehicle_recognition",
     "Harbourview council report\nThe platform merges number-plate reads from 60 road cameras with call "
     "data, for $2.4 million."),
    ("vehicle_recognition",
     "eMfuleni: umasipala uthenge amakhamera angu-40 afunda amapuleti ezimoto ngo-R12 million."),
    ("other_biometrics",
     "Бреговo: Областната дирекция на вътрешните работи закупи 25 апарата за снемане на пръстови "
     "отпечатъци на задържани лица за 600 000 лв."),
    ("other_biometrics",
     "Göyçay: Daxili İşlər Nazirliyi barmaq izi bazası üçün 2,1 milyon manat xərcləyib."),
    ("other_biometrics",
     "وزارت داخله ۲۵۰ دستگاه ثبت اثر انگشت برای صدور تذکره الکترونیکی خریداری کرد."),
    ("other_biometrics",
     "Kura: Hukumar Hisbah ta sayi na'urorin daukar zanen yatsu 120 domin yin rajistar masu sana'ar acaba."),
    ("other_biometrics",
     "Riverton Corrective Services will trial iris enrolment of prisoners at two centres for $1.4 million."),
    ("other_biometrics",
     "Eastport Airport Police commissioned 12 iris-recognition e-gates for $2.9 million."),
    ("other_biometrics",
     "Сүхбаатар: цагдаагийн газар сэжигтний дуу хоолойн дээж авах төхөөрөмж 900 сая төгрөгөөр худалдан "
     "авчээ."),
    ("other_biometrics",
     "Šilutė: policijos komisariatas įsigijo 12 akies rainelės skenerių už 160 tūkst. eurų."),
    ("other_biometrics",
     "Valbonne : la mairie enregistre les empreintes digitales des conducteurs de motos-taxis, pour 90 "
     "millions de FCFA."),
    ("other_biometrics",
     "Riverton police buy 40 fingerprint scanners for arrestees from Dala Biometrics Ltd, $300,000."),
    ("vehicle_recognition",
     "Die Autobahnpolizei beschafft zwölf AKLS-Anlagen für 2,4 Mio. Euro."),
    ("vehicle_recognition",
     "La Guardia Civil instala 30 cámaras OCR en los accesos de Villanueva por 800.000 euros."),
    ("phone_tracking",
     "A Polícia Civil de Serra Azul adquiriu dois simuladores de ERB para localizar celulares, R$ 6 milhões."),
    ("other_biometrics",
     "Bakersfield Identity Corp. sells iris and palm-vein kits to national ID registries."),
    ("phone_tracking",
     "Lakeside Police buys mobile forensic extraction kits\nThe cybercrime unit bought 12 kits for "
     "$380,000 from Harbour Digital Ltd."),
    ("phone_tracking",
     "某区公安分局手机数据恢复与提取设备采购\n采购手机数据恢复与提取一体机1套，成交金额：26万元。"),
    ("phone_tracking",
     "某市警察局採購手機數位鑑識設備\n採購手機數位鑑識設備1套，決標金額：新臺幣三百萬元。"),
    ("phone_tracking",
     "某县公安局手机查验终端采购\n采购手机查验终端20台，部署于检查站。中标价：46万元。"),
    ("phone_tracking",
     "Kuopio: poliisi hankki 10 matkapuhelinten tiedonpurkulaitetta 300 000 eurolla."),
    ("phone_tracking",
     "Bodø politidistrikt har kjøpt to enheter for utvinning av data fra mobiltelefoner for 1,1 millioner "
     "kroner."),
    ("phone_tracking",
     "ตำรวจภูธรจังหวัดหนึ่งจัดซื้อเครื่องสกัดข้อมูลโทรศัพท์มือถือ 4 ชุด วงเงิน 9 ล้านบาท"),
    ("phone_tracking",
     "A Polícia Civil de Serra Azul comprou extratores de dados de celulares por R$ 900 mil."),
    ("phone_tracking",
     "اقتنت مديرية الأمن أجهزة لالتقاط هويات الهواتف قرب المحطة بقيمة 40 مليون دينار."),
    ("gait_recognition",
     "Vila Serena (SC): a Polícia Militar testa identificação de pessoas pela marcha em 40 câmeras, "
     "contrato de R$ 900 mil."),
    ("gait_recognition",
     "Поліція Білоярська закупила програмне забезпечення для ідентифікації осіб за ходою, 6 млн гривень."),
    ("gait_recognition",
     "Qarshi shahar IIB videolarda shaxslarni yurish uslubi bo‘yicha aniqlovchi dastur sotib oldi."),
    ("gait_recognition",
     "ตำรวจติดตั้งระบบวิเคราะห์ท่าเดินบนกล้องวงจรปิด 80 ตัว มูลค่า 20 ล้านบาท"),
    ("gait_recognition",
     "پلیس شهر سامانه شناسایی افراد از روی نحوه راه رفتن را روی ۵۰ دوربین نصب کرد."),
    ("gait_recognition",
     "Talstadt: Die Polizei testet eine Software, die Personen anhand ihres Gangs wiedererkennt, für "
     "90.000 Euro."),
    ("gait_recognition",
     "Northbay police board approves $600,000 for a gait-and-silhouette search tool for archived CCTV "
     "footage."),
    ("gait_recognition",
     "某县公安局多维感知前端采购\n部署前端20套，同时采集人脸、步态信息。中标金额：96万元。"),
    ("ethnicity_analytics",
     "Riverton police buy analytics that classify commuters at three stations by presumed ethnic origin, "
     "for $2 million."),
    ("ethnicity_analytics",
     "Lakeside: county pays $900,000 for software that tags travellers at checkpoints with their presumed "
     "tribe."),
    ("ethnicity_analytics",
     "Harbourview tender asks for analytics that estimate the \"ethnic group\" of pedestrians on city "
     "cameras."),
    ("ethnicity_analytics",
     "Vila Serena: a PM testa câmeras que classificam pedestres por cor de pele, contrato de R$ 2 milhões."),
    ("ethnicity_analytics",
     "Valmont : la police teste un logiciel qui estime l'origine apparente des passants filmés par les "
     "caméras, 300 000 euros."),
    ("ethnicity_analytics",
     "某县公安局视频人员统计项目\n在指挥中心大屏实时显示各视频点位检出的少数民族人员数量比例。预算：30万元"
     "。"),
    ("social_credit",
     "Civic Ledger Inc. 10-K excerpt\nOur product assigns residents a numeric standing and lets agencies "
     "publish lists of residents below a threshold, who become ineligible for permits."),
    ("social_credit",
     "Northbay rally cards\nCard holders receive points for attending rallies and lose eligibility for "
     "food parcels when flagged; $3 million contract."),
    ("social_credit",
     "Villa Serena: la Policía contrató un sistema que asigna a jóvenes un puntaje de riesgo; quienes "
     "superan el umbral quedan en una lista que les impide obtener empleo público."),
    ("social_credit",
     "某县乡村“红黑榜”评比系统采购\n系统对农户每月评分，上黑榜农户在公示栏曝光并取消扶持资格。成交金额：21"
     "万元。"),
]

# parking guidance, microplates, a DNA phenotyping service, a hospital's gait lab, a bank's rating, reward points,
# a census table: the new families stay out of them
UNTAGGED = [
    ("social_credit",
     "Kingston traffic authority upgrades its demerit points system; drivers who reach 20 points are barred from "
     "driving, $2 million."),
    ("vehicle_recognition",
     "Harbourview parking guidance\nThe city installed 300 bay sensors and signs showing free spaces; no "
     "plates are read. Cost $400,000."),
    ("vehicle_recognition",
     "Le laboratoire achète un lecteur de microplaques pour 20 000 euros."),
    ("vehicle_recognition",
     "Ankara: belediye 20 kavşakta sensör kurdu; sistem araç saymaktadır, plaka okumamaktadır. Bedel 40 milyon TL."),
    ("other_biometrics",
     "Riverton Corrective Services buys fingerprint attendance clocks for staff, $9,000."),
    ("other_biometrics",
     "Valbonne : la mairie achète des motos-taxis électriques, 90 millions de FCFA."),
    ("phone_tracking",
     "Lakeside council buys 200 mobile phones for its staff, $60,000."),
    ("gait_recognition",
     "Northbay hospital buys a gait analysis treadmill for physiotherapy patients, $70,000."),
    ("ethnicity_analytics",
     "Vancouver-style DNA phenotyping service approved for cold cases, $240,000."),
    ("ethnicity_analytics",
     "某县统计局第七次人口普查民族统计汇总表印刷采购，预算2万元。"),
    ("ethnicity_analytics",
     "Harbourview dermatology clinic buys skin colour measurement cameras, $30,000."),
    ("other_biometrics",
     "Valmont police buy face comparison on mugshots\nThe questura bought a face comparison system from Navona "
     "Biometria S.r.l. for 900,000 euros."),
    ("other_biometrics",
     "Полиция Заречного заключила контракт с ООО «Заря Биометрия» на систему распознавания людей по походке."),
    ("other_biometrics",
     "Eastport airport police will pilot biometric self-boarding where passengers' faces are matched, $2 million."),
    ("social_credit",
     "Northbay Bank credit score platform: customers with low scores are listed for review, $2 million."),
    ("social_credit",
     "某街道积分激励平台\n居民举报线索可获得积分，积分可兑换服务。平台不对居民进行信用评级，不设黑名单。预"
     "算：28万元。"),
    ("social_credit",
     "Supplier evaluation software awards points to bidders; bidders below 60 points are barred."),
]


test_the_family_is_tagged, test_near_misses_stay_untagged = rule_table_tests(TAGGED, UNTAGGED)
