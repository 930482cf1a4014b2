"""Round 18, cctv and facial_recognition: a tax named after a negation word ("sin IVA", "fără TVA", "without VAT",
"без НДС") negates nothing; a counted number of cameras bought by a public body is video surveillance in any
language unless the sentence names plates, speed, heat, fire, wildlife, medicine, a studio, counting or phones;
recorded footage analysed is no camera bought; a brand right after a negation word excludes a vendor, not the
technology; faces captured, matched or classified said as a verb and its object (and 抓拍人像, 人脸大数据, a fused
"人脸、车辆…数据" list, "par visage", "yüz görüntüsü").

Every sentence here was written for these tests (fictional towns, bodies and firms), none copied from an evaluation
set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

TAGGED = [
    # --- a tax after a negation word: the price leaves out a tax, the cameras are bought
    ('Sectorul 9: contract atribuit', 'Primăria a atribuit un contract de 1.200.000 lei fără TVA pentru 90 '
     'camere de supraveghere video în piețe.', 'cctv'),
    ('Alcalá: adjudicación de suministro', 'El Ayuntamiento adjudicó por 300.000 euros sin IVA la instalación de 25 '
     'cámaras de videovigilancia.', 'cctv'),
    ('Alcalá: adjudicación de suministro', 'El Ayuntamiento adjudicó por 300.000 euros sin incluir el IVA la '
     'instalación de 25 cámaras de videovigilancia.', 'cctv'),
    ('Vienne : attribution du marché', 'La commune a attribué pour 410 000 euros hors TVA l\'installation de 30 '
     'caméras de vidéoprotection.', 'cctv'),
    ('Ashfield contract award', 'The council awarded £220,000 excluding VAT for 18 CCTV cameras in the town centre.',
     'cctv'),
    ('Тверск: контракт заключён', 'Администрация заключила контракт на 4 млн рублей без НДС на установку 35 камер '
     'видеонаблюдения.', 'cctv'),
    ('Lhota: zakázka zadána', 'Obec zadala zakázku za 2 mil. Kč bez DPH na instalaci 12 kamer kamerového systému.',
     'cctv'),
    # --- a counted number of cameras bought by a public body, in languages whose bare camera noun is no cue
    ('Lubumbashi : la mairie signe pour des caméras', 'La Mairie de Lubumbashi a signé avec Katanga Optique SARL un '
     'contrat de 3 millions de dollars pour 450 caméras.', 'cctv'),
    ('Nitra: mesto inštaluje kamery', 'Mesto Nitra zadalo firme Zobor Tech s.r.o. inštaláciu 35 kamier za 410 000 eur.',
     'cctv'),
    ('Gyumri camera contract', 'Գյումրիի քաղաքապետարանը պայմանագիր է կնքել 120 տեսախցիկի համար:', 'cctv'),
    ('Pavia: manutenzione telecamere', 'Il Comune di Pavia ha affidato a Ticino Sistemi S.r.l. per 900.000 euro la '
     'manutenzione di 640 telecamere.', 'cctv'),
    ('Comayagua: cámaras para el transporte', 'La Alcaldía compró 90 cámaras para autobuses y paradas, por L 12 '
     'millones.', 'cctv'),
    # --- a brand after the negation word: the vendor is excluded, the cameras are bought
    ('Durban: metro police camera tender excludes Hikvision', 'The eThekwini municipality awarded R40 million to '
     'Berea Optics (Pty) Ltd for 350 cameras feeding the metro police control room.', 'cctv'),
    ('苗栗縣政府：路口監視器案不採用中國品牌', '苗栗縣政府表示，本縣路口監視器汰換案規格明定不得使用中國品牌產品。',
     'cctv'),
    # --- faces captured, matched or classified
    ('Shache county checkpoint cameras', 'The county paid 2.1 million yuan to Oasis Optics for checkpoint cameras that '
     'capture faces and flag people by ethnicity.', 'facial_recognition'),
    ('Form 10-K - Item 1. Business', 'Our analytics platform detects and matches faces in live video from customers\' '
     'surveillance cameras.', 'facial_recognition'),
    ('Mombasa camera analytics', 'The county paid KSh 40 million for a camera analytics add-on that flags people whose '
     'faces it classifies as of a given ethnic appearance.', 'facial_recognition'),
    ('某县公安局视频属性分析服务采购', '采购内容：对视频抓拍人像进行性别、年龄属性识别。', 'facial_recognition'),
    ('某市公安局大数据研判平台采购', '建设内容：汇聚视频监控、人脸、车辆卡口、手机侦码数据进行关联研判。',
     'facial_recognition'),
    ('某科技公司年度报告摘要', '公司主要产品包括人脸大数据平台及车辆大数据平台。', 'facial_recognition'),
    ('Namur : logiciel d\'analyse vidéo', 'La zone de police a acquis un logiciel de recherche dans les images, avec '
     'recherche par visage et par vêtement.', 'facial_recognition'),
    ('Bursa Emniyeti yazılım aldı', 'Bursa İl Emniyet Müdürlüğü, yüz görüntüsünden yaş tahmini yapan yazılımı aldı.',
     'facial_recognition'),
]

UNTAGGED = [
    # --- the count alone does not make a camera surveillance
    ('Arlon : caméras thermiques pour les pompiers', 'La zone de secours a reçu 12 caméras thermiques pour la lutte '
     'contre les incendies.', 'cctv'),
    ('Saintes : caméras de lecture de plaques', 'La commune a installé 30 caméras de lecture automatique des plaques.',
     'cctv'),
    ('Huelva: cámaras intraorales', 'El servicio de salud adquirió 210 cámaras intraorales para centros de salud.',
     'cctv'),
    ('Girona: cámaras de conteo de ciclistas', 'La ciudad compró 40 cámaras de conteo de ciclistas.', 'cctv'),
    ('Bakı: nömrə tanıyan kameralar', 'Nazirlik avtomobil nömrələrini tanıyan 90 kamera quraşdırır.', 'cctv'),
    ('Вардар: камери за таблички', 'Општината набавува 30 камери за читање регистарски таблички.', 'cctv'),
    ('Kaunas: sutartis pasirašyta', 'Policija perka 60 numerių atpažinimo kamerų už 0,9 mln. eurų.', 'cctv'),
    ('Hub press office', 'The press office bought 3 cameras for its photographers.', 'cctv'),
    # --- a negation still negates when what follows it is no tax or brand
    ('Alcalá: sin videovigilancia', 'El Ayuntamiento instalará farolas sin cámaras de videovigilancia.', 'cctv'),
    ('Lecco: il Comune spegne le telecamere', 'Il Comune di Lecco ha spento le telecamere con riconoscimento facciale.',
     'cctv'),
    # --- a rejected brand's cameras, when they are all the notice names, stay negated
    ('Cúcuta: la alcaldía compra tapabocas, no cámaras Dahua', 'La alcaldía desmintió que fuera a comprar cámaras '
     'Dahua; el contrato es para tapabocas.', 'cctv'),
    # --- recorded footage analysed: no camera bought
    ('Item 9 - video synopsis licence', 'Resolution renewing the police video analytics licence, which reviews '
     'recorded footage from city cameras, for $90,000.', 'cctv'),
    ('Tver: ПО для поиска', 'ГУВД закупило программное обеспечение для поиска людей по записям камер.', 'cctv'),
    ('Konya Emniyeti yazılım aldı', 'Konya Emniyeti, kamera kayıtlarında kişi arayan sistemi aldı.', 'cctv'),
    ('Ipoh: sistem analisis', 'Polis membeli sistem analisis untuk rakaman CCTV di Ipoh.', 'cctv'),
    ('Gent : logiciel d\'analyse', 'La zone de police a acquis un logiciel d\'analyse des images enregistrées de ses '
     'caméras.', 'cctv'),
    # --- faces that are covered, masks and meetings are no face recognition
    ('Astana gait analytics', 'The akimat adds gait recognition to track individuals whose faces are covered.',
     'facial_recognition'),
    ('Hospital supplies', 'The hospital bought face masks and face shields.', 'facial_recognition'),
    ('Training course', 'Staff attend a face-to-face course on data protection.', 'facial_recognition'),
    ('Yüzlerce kamera', 'Belediye yüzlerce kamera kurdu.', 'facial_recognition'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
