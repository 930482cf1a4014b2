"""Round 18, recall of surveillance_platform, ethnicity_analytics and social_credit on wording the cues did not know:
residents scored by the city with a loss attached (a compliance score that bars, a good citizen's points that cut
benefits, a published black list of debtors that costs permits), people sorted by ethnicity, tribe or caste in more
languages, Safe City named in more languages, recognition software run on recordings in more languages, phone
captures fused with checkpoint data, and a platform that correlates the camera feeds with other sources.

Every sentence here was written for these tests (fictional places, buyers and firms), none copied from an
evaluation set. Each positive has negatives of the same family: banks scoring borrowers, census and schooling,
cameras bought with their own analytics, a company named "Safe City", weather data.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

# (title, body, taxonomy id)
TAGGED = [
    # social_credit: the city scores its residents and the score costs them something
    ("Riverton adopts resident compliance score",
     "The council will rate every tenant with a resident compliance score that blocks households with poor "
     "results from the housing grant.", "social_credit"),
    ("Town to score households",
     "Officials will score all households on fee payments and noise reports, barring the lowest from stall permits.",
     "social_credit"),
    ("Ciudad Norte estrena el puntaje del buen vecino",
     "La alcaldía aplicará un puntaje del buen vecino y excluirá de los subsidios a quienes tengan multas.",
     "social_credit"),
    ("Vila Alta cria a pontuação do bom cidadão",
     "A prefeitura lança a pontuação do bom cidadão, que reduz benefícios sociais de quem acumular multas.",
     "social_credit"),
    ("Port-Lune lance un permis à points du citoyen",
     "Les habitants qui cumulent des amendes perdent l'accès aux aides municipales.", "social_credit"),
    ("Kota Hijau terapkan skor warga",
     "Pemerintah kota memakai skor kepatuhan warga yang menentukan hak atas bantuan sosial.", "social_credit"),
    ("Municipio publica lista negra de deudores",
     "El municipio mostrará en pantallas una lista negra de vecinos deudores y les negará licencias.",
     "social_credit"),
    ("البلدية تنشر قائمة سوداء",
     "أطلقت البلدية منصة لنشر قائمة سوداء للمتخلفين عن دفع الرسوم تحرمهم من التراخيص.", "social_credit"),
    ("Officials rate residents from 800 points",
     "The civic office assigns residents 800 starting points and deducts for fines; those in the lowest band are "
     "barred from state bank loans.", "social_credit"),
    # ethnicity_analytics: people sorted by ethnicity, tribe or caste in more languages
    ("Công an tỉnh mua phần mềm mới",
     "Công an tỉnh mua phần mềm phân loại người đi đường theo dân tộc trên camera.", "ethnicity_analytics"),
    ("Polres pasang kamera baru",
     "Polisi memasang kamera yang mengelompokkan pengunjung berdasarkan suku di terminal.", "ethnicity_analytics"),
    ("Polisi wanunua mfumo mpya",
     "Polisi wamenunua programu ya kuainisha wasafiri kwa kabila kwenye vizuizi.", "ethnicity_analytics"),
    ("Gendarmerie : un fichier ethnique aux points de contrôle",
     "Un logiciel relève l'appartenance ethnique des passagers aux points de contrôle.", "ethnicity_analytics"),
    ("Border analytics tender",
     "The bureau wants camera analytics that tag passengers as Hazaras or Tajiks at the crossing.",
     "ethnicity_analytics"),
    ("Voice tool for police",
     "The police tender asks for a tool that decides from recorded calls whether a caller is Tibetan.",
     "ethnicity_analytics"),
    ("District police add caste profiles",
     "The police control room will join caste and religion records with camera feeds to flag people.",
     "ethnicity_analytics"),
    ("Metro police upgrade",
     "Police will match records on caste and tribe with station camera footage to flag travellers.",
     "ethnicity_analytics"),
    ("某区公安分局客流分析",
     "在车站出入口部署人脸抓拍摄像机，按人种及肤色统计进出人员。", "ethnicity_analytics"),
    # surveillance_platform: Safe City named in more languages
    ("Жалал-Абад: «Коопсуз шаар» кеңейет", "Шаар мэриясы 90 видеокамера сатып алат.", "surveillance_platform"),
    ("Samarqand: yangi kameralar",
     "Kameralar \"Xavfsiz shahar\" markaziga ulanadi.", "surveillance_platform"),
    ("Охрид: нови камери",
     "МВР ги поврзува камерите со центарот „Безбеден град“.", "surveillance_platform"),
    ("Тетово: камери", "МВР купува 90 камери за систем Safe City.", "surveillance_platform"),
    ("इंदौर पुलिस", "इंदौर में सेफ सिटी परियोजना के तहत 300 कैमरे लगेंगे।", "surveillance_platform"),
    # surveillance_platform: recognition software run on recordings
    ("Policja kupuje oprogramowanie",
     "Komenda kupiła system porównywania twarzy z nagrań kamer miejskich.", "surveillance_platform"),
    ("Poliisi hankkii ohjelmiston",
     "Poliisi hankkii kasvojentunnistusohjelmiston videotallenteiden vertailuun.", "surveillance_platform"),
    ("Polizei Bremen beschafft Software",
     "Die Polizei kaufte eine Software, die Gesichter in sichergestellten Videos abgleicht.", "facial_recognition"),
    ("Emniyet yeni sistem aldı",
     "Emniyet, kamera kayıtlarında yürüyüş analiziyle şüpheli tanıyan bir sistem satın aldı.",
     "gait_recognition"),
    ("Polis beli sistem",
     "Polis membeli sistem pengecaman gaya berjalan untuk rakaman kamera stesen.", "gait_recognition"),
    ("شرطة المدينة", "أطلقت الشرطة منصة لتحليل المشية من تسجيلات كاميرات الشوارع.", "gait_recognition"),
    # surveillance_platform: data crossed or fused on a platform
    ("Plateforme de la gendarmerie",
     "La gendarmerie a acquis une plateforme qui croise les images de vidéosurveillance et les données des "
     "opérateurs mobiles.", "surveillance_platform"),
    ("ГУ МВД: контракт", "Главк купил платформу, сопоставляющую номера машин с 90 тыс. камер и вызовами граждан.",
     "surveillance_platform"),
    ("Gemeente Zuidhaven koopt platform",
     "De gemeente kocht een platform bij Polder Data B.V. dat camerabeelden en meldingen van boa's samenbrengt.",
     "surveillance_platform"),
    ("Prefeitura contrata central",
     "A central de operações cruza imagens das câmeras com bases de veículos roubados.", "surveillance_platform"),
    ("某县电子围栏项目", "部署电子围栏设备20套，采集手机特征码并与车辆卡口数据碰撞分析。", "surveillance_platform"),
]

UNTAGGED = [
    # (round 29, the labelling rule of tests/eval/README.md: camera feeds only moved into an existing platform are cctv;
    # a platform until round 28)
    ("Island CCTV upgrade",
     "The ministry will move private camera feeds into a police platform.", "surveillance_platform"),
    # social_credit: banks scoring borrowers, pupils, suppliers, driving licences
    ("Bank launches borrower score",
     "The state bank scores borrowers on repayments; applicants with a low score are denied loans.", "social_credit"),
    ("School ranking", "The district will score all students on attendance, barring the lowest from the trip.",
     "social_credit"),
    ("Lista de proveedores", "El municipio publica una lista negra de proveedores incumplidores y les negará "
     "contratos.", "social_credit"),
    ("Permis à points", "Les conducteurs perdent des points sur leur permis de conduire.", "social_credit"),
    # ethnicity_analytics: census, schooling
    ("Tổng điều tra dân số", "Cơ quan thống kê phân loại người dân theo dân tộc trong tổng điều tra dân số.",
     "ethnicity_analytics"),
    ("District statistics", "The census office publishes data on caste and religion to sort districts by need.",
     "ethnicity_analytics"),
    ("Program sekolah", "Sekolah mengelompokkan siswa berdasarkan suku untuk program pendidikan.",
     "ethnicity_analytics"),
    # surveillance_platform: cameras bought with their own analytics; a firm named Safe City; drones
    # (round 23: a gait module added to cameras already installed is a platform - the r16 reading, and sets w and x
    # label it so; the cameras bought with the recognition built in stay no platform)
    ("Emniyet kamera aldı", "Emniyet yürüyüş tanıma özellikli 300 kamera satın aldı.", "surveillance_platform"),
    ("Polis beli kamera", "Polis membeli sistem pengecaman gaya berjalan untuk kamera di stesen.",
     "surveillance_platform"),
    ("कानपुर पुलिस", "कानपुर पुलिस ने गंगा सेफ सिटी प्राइवेट लिमिटेड से 200 कैमरे खरीदे।", "surveillance_platform"),
    ("某县电子围栏项目", "部署电子围栏设备20套，采集手机特征码。", "surveillance_platform"),
    ("Погодный сервис", "Мэрия купила систему, объединяющую данные о погоде и камеры.", "surveillance_platform"),
    ("Plateforme météo", "La ville a acquis une plateforme qui croise les images satellites et les relevés météo.",
     "surveillance_platform"),
]

test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
