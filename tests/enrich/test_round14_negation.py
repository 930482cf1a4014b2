"""Round 14, negation: a capability excluded, disabled, withdrawn, voted down or denied is not tagged, and only what is
negated goes (the cameras bought next to an excluded face-recognition module stay cctv). The negating phrase may stand
far from the capability (a list of verbs before a list of technologies), after it ("… was struck from the order",
"Gesichtserkennung nein"), or in the headline ("declines grant", "termination of agreement"); short negations of more
languages read only where they negate. Every sentence here was written for this file (fictional buyers and
suppliers); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import tag_ids

# (title, body): nothing is bought, the text says so
NOTHING = [
    ('Riverton council declines grant for gunshot sensors',
     'The city council declined a federal grant offered for acoustic gunshot sensors and a video analytics platform.'),
    ('Riverton police board defers decision on face search tool',
     'The board deferred indefinitely a request to license a facial recognition tool; no purchase was made.'),
    ('Harbor County terminates deal',
     'The county terminated, before any delivery, the proposed agreement for facial recognition software.'),
    ('Item 9: report',
     'Staff confirmed that no biometric identification, gait recognition or social-media '
     'monitoring tools are used by any department.'),
    ('Kenton police drop gait study',
     'Kenton Police has dropped a proposal to trial gait recognition at the bus station; no tender was issued.'),
    ('Resolution 12',
     'Resolution to decline the purchase of facial recognition software and to prohibit its use by city departments.'),
    ('Velden: gezichtsherkenning niet doorgezet',
     'De gemeente zet de aanbesteding voor gezichtsherkenning niet door.'),
    ('Zielona: miasto unieważnia przetarg na rozpoznawanie twarzy',
     'Urząd miasta unieważnił przetarg na system rozpoznawania twarzy.'),
    ('Port Delta: no deal',
     'The port council voted against a plan to buy facial recognition cameras.'),
    ('Ostrava: rada zamítla',
     'Rada města hlasovala proti nákupu kamer s rozpoznáváním obličejů.'),
    ('Marlow Council: Termination of surveillance contract',
     'Marlow Council gave notice of termination of its agreement for facial recognition software before delivery.'),
    ('Caerwen: Cyngor yn gwrthod camerâu adnabod wynebau',
     'Pleidleisiodd y cyngor yn erbyn cynllun i brynu camerâu adnabod wynebau.'),
    ('Lublin: miasto wycofuje przetarg na rozpoznawanie twarzy',
     'Miasto wycofało przetarg na system rozpoznawania twarzy.'),
    ('حلب: مناقصة كاميرات ملغاة',
     'أعلنت البلدية أن المناقصة ملغاة.'),
    ('حمص: لا تعرف على الوجوه',
     'أكدت البلدية أنها لم تشتر أي نظام للتعرف على الوجوه.'),
    ('Huế: điểm tín nhiệm công dân sẽ không được áp dụng',
     'Sở Tư pháp bác bỏ thông tin về điểm tín nhiệm công dân.'),
    ('Томск: «социальный рейтинг» не вводится',
     'Мэрия сообщила, что социальный рейтинг жителей не вводится.'),
    ('Concejo de Cali hunde el puntaje ciudadano',
     'El concejo negó el proyecto que creaba un puntaje ciudadano.'),
    ('Item 4: ANPR cameras at the harbour',
     'Members resolved that the decision be deferred indefinitely and that no procurement be started '
     'on the ANPR cameras proposal.'),
    ('Ordinance 12: surveillance',
     'An ordinance prohibiting city departments from acquiring or using face recognition technology '
     'and predictive policing software.'),
    ('Council drops plan',
     'The City of Eastvale has withdrawn its tender for 80 CCTV cameras.'),
    ('Magaalada Baydhabo: ma jiro nidaamka aqoonsiga wejiga',
     'Dowladda hoose ayaa beenisay warar ku saabsan aqoonsiga wejiga.'),
    ('区住建委答复',
     '区里未统一采购人脸识别设备。'),
    ('Mombasa traffic cameras count, do not recognise',
     'The county says the 40 cameras on the highway measure traffic flow only and cannot read number plates.'),
    ('Tartu: politsei ostab näotuvastusega kaamerad? Ei, ainult liikluse loendurid',
     'Linn paigaldab 12 liiklusloendurit.'),
    ('县教育局回应：食堂“人脸识别”系传言',
     '近日有网民称县教育局在食堂安装人脸识别摄像头。该局回应：未安装任何人脸识别设备。'),
    ('Form 20-F: Item 4',
     'Nordlake Data Ltd. sells data services to public security bureaus. We also offered software '
     'for ethnicity recognition, which we no longer sell.'),
    ('Minutes – Lakeside Council',
     'Item 7: Council received a presentation on a proposed Flock Safety pilot; no action was taken '
     'and no funds were appropriated.'),
]

# (title, body, ids): what is bought stays tagged, what is excluded goes (and words that look like a negation are none)
KEPT = [
    ('Northfield: CCTV upgrade',
     'The police will replace 60 CCTV cameras. The supplier shall not provide, install, activate or '
     'enable any facial recognition or automatic number plate recognition function.',
     {'cctv'}),
    ('Northfield: CCTV upgrade',
     'The police will replace 60 CCTV cameras. Features such as facial recognition and gait '
     'recognition are out of scope.',
     {'cctv'}),
    ('Northfield: CCTV upgrade',
     'The police will replace 60 CCTV cameras. The contract does not include facial recognition.',
     {'cctv'}),
    ('Northfield: CCTV upgrade',
     'The police will replace 60 CCTV cameras. No facial recognition will be used.',
     {'cctv'}),
    ('Valdor: municipio compra cámaras',
     'El municipio compra 40 cámaras de videovigilancia. Quedan fuera del alcance del contrato '
     'funcionalidades como el reconocimiento facial o la lectura de matrículas.',
     {'cctv'}),
    ('Lunaville achète des caméras',
     "La ville achète 30 caméras de vidéoprotection. L'option de reconnaissance faciale a été retirée de la commande.",
     {'cctv'}),
    ('Bergstadt kauft Kameras',
     'Die Stadt kauft 20 Kameras zur Videoüberwachung. Die angebotene Gesichtserkennung wurde '
     'gestrichen und darf nicht freigeschaltet werden.',
     {'cctv'}),
    ('長野市、顔認証を使わない防犯カメラ',
     '長野市は防犯カメラ20台を設置する。顔認証や歩容認証の機能は使用しない。',
     {'cctv'}),
    ('حمص: كاميرات مراقبة',
     'لا يزال المشروع يشمل تركيب كاميرات المراقبة في الشوارع.',
     {'cctv'}),
    ('Durrës: Bashkia blen kamera sigurie',
     'Bashkia bleu 50 kamera sigurie; njohja e fytyrës nuk përfshihet.',
     {'cctv'}),
    ('Stadt Lindau: Verhaltensanalyse statt Gesichtserkennung',
     'Die Polizei kauft eine Videoanalyse-Software für Videoüberwachungskameras. Angebote mit '
     'Software von BriefCam wurden nicht berücksichtigt.',
     {'cctv'}),
    ('Ville de Brives achète des caméras, mais pas la reconnaissance faciale',
     'La ville achète 20 caméras de vidéoprotection.',
     {'cctv'}),
    ('Kameras ja, Gesichtserkennung nein — Stadtrat Jena beschließt Paket',
     'Die Stadt kauft 12 Kameras zur Videoüberwachung.',
     {'cctv'}),
    ('Crime declines as Eastwick adds CCTV cameras',
     'The town council bought 20 CCTV cameras for the market square.',
     {'cctv'}),
    ('Options: no, supply and install CCTV cameras',
     'The police will buy 10 CCTV cameras.',
     {'cctv'}),
    ('Westbury CCTV',
     'Variants: no, supply and install CCTV cameras at 12 sites.',
     {'cctv'}),
    ('Nordstadt: Videoüberwachung',
     'Die Übergabe findet statt, Videoüberwachung am Bahnhof wird erweitert.',
     {'cctv'}),
    ('Ciudad de Loma: cámaras',
     'Se instalarán cámaras de videovigilancia y con reconocimiento de matrículas, sin reconocimiento facial.',
     {'vehicle_recognition', 'cctv'}),
    ('Lakeview: smart poles',
     'The city buys 30 smart poles with public-safety cameras. The automatic number plate '
     'recognition feature shall remain disabled.',
     {'cctv'}),
    ('Lakeview: smart poles',
     'The city buys 30 smart poles with public-safety cameras. The plate reader option is not licensed.',
     {'cctv'}),
    ('Westmoor ALPR',
     'Several states have enacted laws restricting facial recognition. The police bought 20 CCTV '
     'cameras and ALPR cameras.',
     {'vehicle_recognition', 'cctv'}),
    ('Ravenna: telecamere',
     'Il comune acquista 40 telecamere di videosorveglianza, ma senza riconoscimento facciale.',
     {'cctv'}),
    ('Riverside: CCTV',
     'The 40 CCTV cameras cannot be fewer than 30 on the main road.',
     {'cctv'}),
    ('Valdor: municipio compra cámaras',
     'El municipio compra 40 cámaras de videovigilancia. El contrato no incluye, ni podrá ampliarse '
     'para incluir, sistemas de reconocimiento facial.',
     {'cctv'}),
    ('Eastmoor: CCTV maintenance',
     'The council buys maintenance of 300 CCTV cameras. The contract does not include, nor may it be '
     'extended to include, facial recognition software.',
     {'cctv'}),
    ('Eastmoor: CCTV maintenance',
     'The council buys 300 CCTV cameras and does not, as the vendor suggested, delay the facial '
     'recognition software.',
     {'cctv', 'facial_recognition'}),
    ('Waldheim: Videoüberwachung',
     'Die Stadt installiert statt 10 nun 20 Videoüberwachungskameras am Bahnhof.',
     {'cctv'}),
    ('Ostbury cameras',
     'Facial recognition excluded and CCTV cameras supplied at 40 sites of the town centre under the new framework.',
     {'cctv'}),
    ('Ostbury cameras',
     'The supplier will not subcontract, and shall supply and install CCTV cameras at 40 sites.',
     {'cctv'}),
    ('Ostbury cameras',
     'The police will install CCTV cameras instead of hiring more guards.',
     {'cctv'}),
    ('Form 20-F: Item 4',
     'We sell software for ethnicity recognition, which we believe will grow.',
     {'ethnicity_analytics'}),
]


@pytest.mark.parametrize(("title", "body"), NOTHING)
def test_a_negated_purchase_is_not_tagged(title: str, body: str) -> None:
    assert tag_ids(title, body) == set()


@pytest.mark.parametrize(("title", "body", "ids"), KEPT)
def test_only_what_is_negated_goes(title: str, body: str, ids: set[str]) -> None:
    assert tag_ids(title, body) == ids
