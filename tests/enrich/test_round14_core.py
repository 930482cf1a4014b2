"""Round 14, area B (cameras, faces, plates, platforms): platforms that fuse camera feeds with plates, phones,
calls or records; video structuring; gait search over recordings; plate readers and security cameras of more
languages; companies whose names say "facial recognition". Every sentence here was written for this file
(fictional buyers and suppliers); none comes from an evaluation set."""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

# (title, body, id): the notice is tagged with the id
TAGGED = [
    # a platform, hub or centre fusing the cameras with a second source
    ('Sheriff buys crime platform', 'The Marlow County Sheriff bought a crime platform that fuses 400 street cameras, '
     'licence plate hits and 911 calls, for $3 million.', 'surveillance_platform'),
    ('Police hub', 'Northbay Police opened an intelligence hub that joins 300 city cameras with arrest records.',
     'surveillance_platform'),
    ('Plataforma policial', 'La Policía Provincial contrató una plataforma que cruza las imágenes de 500 cámaras con '
     'denuncias y alertas de placas.', 'surveillance_platform'),
    ('Plataforma da PM', 'A Polícia Militar contratou uma plataforma que cruza imagens de 800 câmeras e registros de '
     'ocorrência.', 'surveillance_platform'),
    ('Centre de commandement', 'La mairie a livré un centre de commandement qui croise 300 caméras et les appels '
     "d'urgence.", 'surveillance_platform'),
    ('Centrale operativa', 'Il Comune ha affidato una centrale operativa che unisce 400 telecamere e le chiamate dei '
     'cittadini.', 'surveillance_platform'),
    ('Lagezentrum', 'Die Polizei betreibt eine Analyseplattform, die Bilder von Videokameras und Treffer von '
     'Kennzeichenlesern zusammenführt.', 'surveillance_platform'),
    ('Informatieplatform', 'De gemeente kocht een informatieplatform dat camerabeelden en meldingen van boa’s '
     'samenbrengt.', 'surveillance_platform'),
    ('Platforma', 'Policja kupiła platformę łączącą obraz z 200 kamer i odczyty tablic rejestracyjnych.',
     'surveillance_platform'),
    ('Centru de comandă', 'Primăria a cumpărat un centru de comandă care reunește 300 de camere și apelurile de '
     'urgență.', 'surveillance_platform'),
    ('分析基盤', '県警は防犯カメラ映像と通報情報を統合する分析基盤を調達した。', 'surveillance_platform'),
    ('口岸平台', '某县采购管控平台，平台融合口岸视频、车辆识别及通关数据。', 'surveillance_platform'),
    # video structuring: people and vehicles extracted from the cameras
    ('Servidor', 'El municipio compró un servidor de estructuración de video para la policía.',
     'surveillance_platform'),
    ('Plataforma', 'A polícia comprou uma plataforma que extrai pessoas e veículos das 500 câmeras da cidade.',
     'surveillance_platform'),
    ('Plateforme', 'La police a déployé une plateforme qui structure les flux de 900 caméras.',
     'surveillance_platform'),
    # gait or face search over recordings
    ('Gait search', 'The state police added gait search so that detectives can trace a suspect through recordings.',
     'gait_recognition'),
    ('Logiciel', 'La gendarmerie a acheté un logiciel qui retrouve des personnes à leur démarche dans les '
     'enregistrements des caméras.', 'gait_recognition'),
    ('Software', "La Polizia Locale usa un software che cerca nei filmati registrati in base all'andatura.",
     'gait_recognition'),
    ('Face search', 'The state police bought a face-search engine that searches archived video.',
     'facial_recognition'),
    ('Gait', 'The county paid for software that matches suspects by their gait across live camera feeds.',
     'gait_recognition'),
    ('Videoanalyse', 'Die Polizei beschafft eine Plattform zur automatisierten Auswertung von '
     'Videoaufzeichnungen für die Personensuche.', 'surveillance_platform'),
    ('Платформа', 'МВД купило платформу, сопоставляющую лица с камер и номера телефонов.', 'surveillance_platform'),
    ('Face search', 'The state police bought a face-search engine that searches archived video.',
     'facial_recognition'),
    # person-of-interest platforms, analytics over live feeds, Safe City centres
    ('Task order', 'Person-of-interest analysis platform for the county prosecutor, combining phone records.',
     'surveillance_platform'),
    ('Analytics', 'City police hired a firm to run analytics on 500 live camera feeds, raising alerts in the control '
     'room.', 'surveillance_platform'),
    ('Safe City', 'The Safe Cities Authority bought 2,000 cameras. The command centre will take emergency calls.',
     'surveillance_platform'),
    ('Бишкек', 'Камералар «Коопсуз шаар» борборуна туташтырылат.', 'surveillance_platform'),
    ('Centro de mando', 'La Policía instaló 300 cámaras de su nuevo centro de mando.', 'surveillance_platform'),
    # faces matched, compared or filtered
    ('Hotel', 'The hotel system compares guests’ faces with the photos of their ID cards for the police.',
     'facial_recognition'),
    ('Centre', 'In the new centre analysts match faces against a wanted list.', 'facial_recognition'),
    ('Search tool', 'Analysts can filter faces captured by 900 city cameras.', 'facial_recognition'),
    ('Платформа', 'Платформа сопоставляет лица с камер города.', 'facial_recognition'),
    ('Emniyet', 'Veriler yüz eşleşmeleriyle birleştiriliyor.', 'facial_recognition'),
    # cameras
    ('Turvakaamerad', 'Linnavalitsus paigaldab 40 turvakaamerat vanalinna.', 'cctv'),
    ('Kamera', 'Il-Kunsill xtara kamera tas-sigurtà għall-pjazza.', 'cctv'),
    ('Camere', 'Poliția a cumpărat camere care recunosc persoanele după modul de a merge.', 'cctv'),
    ('Kamera', 'Bumili ang Lungsod ng 30 kamera na kumikilala ng tao batay sa paraan ng paglalakad.', 'cctv'),
    # cameras whose feeds a platform fuses are cctv as well
    ('Plataforma', 'A polícia contratou uma plataforma que cruza imagens de 600 câmeras com registros de ocorrência.',
     'cctv'),
    ('Platforma', 'Policja kupiła platformę łączącą obraz z 200 kamer i odczyty tablic rejestracyjnych.', 'cctv'),
    ('Πλατφόρμα', 'Ο Δήμος ανέθεσε πλατφόρμα που εξάγει χαρακτηριστικά από 300 κάμερες.', 'cctv'),
    # plates
    ('Plates', 'The county bought a hub that overlays license plate hits and camera feeds.', 'vehicle_recognition'),
    ('Plate readers', 'The sheriff bought 20 plate readers for patrol cars.', 'vehicle_recognition'),
    ('Nummerplader', 'Politiet har købt 12 nummerpladescannere til motorvejen.', 'vehicle_recognition'),
    ('Czytniki', 'Policja kupiła 30 czytników tablic rejestracyjnych.', 'vehicle_recognition'),
    ('Central', 'La central integra cámaras y reconocimiento de rostros y placas.', 'vehicle_recognition'),
    ('Leituras', 'A plataforma cruza imagens das câmeras com leituras de placas.', 'vehicle_recognition'),
    ('Πλατφόρμα', 'Η πλατφόρμα συγκεντρώνει κάμερες και αναγνωρίζει πινακίδες.', 'vehicle_recognition'),
    ('Emniyet', 'Veriler komuta merkezinde araç plakası ve yüz eşleşmeleriyle birleştiriliyor.', 'vehicle_recognition'),
    ('Платформа', 'Платформа сопоставляет данные камер и номера автомобилей.', 'vehicle_recognition'),
    ('Plataforma', 'A polícia comprou uma plataforma que extrai pessoas e veículos das 500 câmeras da cidade.',
     'vehicle_recognition'),
]

# (title, body, id): the notice is NOT tagged with the id
UNTAGGED = [
    # a company whose name says facial recognition
    ('Caterer', 'Facial Recognition Bakery Ltd won a council contract to cater board meetings.', 'facial_recognition'),
    ('Limpieza', 'El municipio adjudicó a Reconocimiento Facial S.A. la limpieza de los mercados.',
     'facial_recognition'),
    # hard negatives of the fusion rule: no cameras, or no second source, or a conference system
    ('E-government', 'The city bought a platform that fuses e-government records and tax files.',
     'surveillance_platform'),
    ('Video wall', 'The council bought a system that integrates 40 cameras into one video wall.',
     'surveillance_platform'),
    ('Conference', 'The ministry bought a platform that combines videoconference cameras and call records.',
     'surveillance_platform'),
    ('Traffic centre', 'The council bought a traffic centre that integrates 40 traffic cameras and road sensors.',
     'surveillance_platform'),
    ('Traffic centre', 'The council bought a traffic centre that integrates 40 traffic cameras and road sensors.',
     'cctv'),
    # gait words without recordings; clinical gait analysis
    ('Clinic', 'The hospital bought gait analysis software to review recordings of patients in rehabilitation.',
     'surveillance_platform'),
    ('Vendor', 'Gaitwise Analytics was hired to paint the council offices.', 'surveillance_platform'),
    # a hospital's gait laboratory with motion-capture cameras; gait software over video of several cameras
    ('Gait lab', 'The hospital opened a gait laboratory with motion-capture cameras for children.', 'cctv'),
    ('Logiciel', 'Le canton a acheté un logiciel qui identifie une personne filmée par plusieurs caméras à sa '
     'façon de marcher, la démarche.', 'cctv'),
    # recordings searched by software: no cameras bought
    ('Perangkat lunak', 'Polisi membeli perangkat lunak yang menelusuri rekaman CCTV untuk mencari pelaku.', 'cctv'),
    ('Software', 'La policía compró un software que busca personas en grabaciones de videovigilancia.', 'cctv'),
    ('Archive', 'The ministry bought face-search software for archived CCTV footage.', 'cctv'),
    ('Metadata', 'The vendor sells a police data platform that fuses camera metadata and telecom records.', 'cctv'),
    ('مخالفات', 'ركّبت البلدية 40 كاميرا لرصد المخالفات في الطرق الرئيسية.', 'cctv'),
    ('Centraline', "Il Comune ha comprato centraline per la qualità dell'aria con telecamere per la sorveglianza "
     'tecnica degli strumenti.', 'cctv'),
    ('失信系统', '建设“一人一档”失信联合惩戒系统，归集失信被执行人名单。', 'surveillance_platform'),
    ('Rugby', 'The team faces matches against two rivals in March.', 'facial_recognition'),
    # plate readers of a laboratory
    ('Lab', 'The university laboratory bought a 96-well plate reader for absorbance assays.', 'vehicle_recognition'),
    # a brass plate that reads
    ('Plaque', 'The council unveiled a memorial whose brass plate reads "In memory".', 'vehicle_recognition'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
