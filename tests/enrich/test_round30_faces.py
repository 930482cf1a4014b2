"""Round 30 (facial30: facial_recognition precision and recall, cctv recall on everyday wording).

facial_recognition: faces matched, compared or verified in the wordings earlier cues read only for a few nouns -
any possessive ("match drivers' faces against permit records", "verify guests' faces"), the passive ("travellers'
faces are compared with their passport photos"), the noun ("face matches against a wanted list", "verify identity
cards against faces", "by their walk as well as their faces") - and the hyphenated English capture camera
("face-capture cameras", the English 人脸抓拍机); police photo matching in German (Lichtbildabgleich, Abgleich
von Lichtbildern); 人像核對 and 臉部影像比對 at e-gates (zh-Hant); devices that recognise faces in Greek
(and "ταυτοποιούν πρόσωπα", also "identify persons", only beside fingerprints or cameras); faces sorted by
origin in Arabic, Indonesian, Persian, Urdu and Bengali (taxonomy_cues.yaml facial r30).
A headline naming a technology that the body says is not part of the purchase right after naming it ("Polisen köper
kameror med ansiktsigenkänning … Ansiktsigenkänning ingår inte i avtalet", "… is not included in the contract") is
unsaid under any headline (headline.excluded_in_body; before, only under a headline that revisits a claim).

cctv: cameras named by what they ride in or watch - on-board and interior cameras of buses and trains, telecamere di
bordo, jail, lift, courthouse and market cameras; body cameras in Estonian and Romanian; surveillance cameras in
Cyrillic Macedonian/Serbian (надзорни камери); drones the notice says watch crowds (cctv r30); and a works package's
drainage is no pipe-inspection context for cameras bought for the police in the same list. An offer, proposal,
donation or demonstration declined ("after declining a Tidewater face recognition offer") negates what it offered; a
rival's bid said to be rejected after the cue ("awarded its facial recognition contract to Y after X's bid was
disqualified") does not negate the cue (enrich/classify/makers.py RIVAL_BID).

Found reading the facial false positives and negatives and the cctv false negatives of every development set with the
models off; every sentence here was written for these tests (fictional towns and firms), none copied from a set.
"""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import cue_rule_table_tests, tag_ids

#: What the cue rules must read (checked with the tag model's proposals set aside: the model learnt from the sets).
BY_THE_RULES = [
    # --- faces matched, compared or verified: any possessive, the passive, the noun
    ('Harbourside port opens new truck gates', 'The Harbourside Port Authority said the new gates read lorry plates '
     "and match drivers' faces against permit records; the Rs. 310 million system came from Tidewater Gatekeeping.",
     'facial_recognition'),
    ('Amber Bay airport pilots self-boarding', 'AMBER BAY — The airport will pilot self-boarding at six gates, where '
     "travellers' faces are compared with their passport photos. The aviation department is spending $640,000.",
     'facial_recognition'),
    ('Eastmoor police add analytics to transit cameras', 'EASTMOOR — The police signed a Rp 120 billion agreement to '
     'analyse feeds from 4,000 transit cameras for crowd anomalies and face matches against a wanted list.',
     'facial_recognition'),
    ('Highland county buys checkpoint terminals', 'The Highland County public security bureau bought 40 terminals that '
     'verify identity cards against faces, CNY 760,000, from Larch Vision Co., Ltd.', 'facial_recognition'),
    ('Riverton resort installs check-out kiosks', "Riverton Bay Resorts said its new kiosks would verify guests' faces "
     'at check-out; contract MOP 9 million.', 'facial_recognition'),
    ('Port Amber police add gait matching to harbour cameras', 'PORT AMBER — The police said the harbour network will '
     'identify wanted persons by their walk as well as their faces, after an upgrade costing $3.8 million.',
     'facial_recognition'),
    # --- a rival's bid rejected: the negation takes the bid, not the contract the cue names
    ('Eastmoor police award contract locally', 'EASTMOOR — The Eastmoor Metropolitan Police awarded its Tk 30 crore '
     "facial recognition contract to Larch Smart Systems after Tidewater's bid was disqualified.",
     'facial_recognition'),
    # --- the hyphenated English capture camera
    ('Port Amber ferry terminal: 90 face-capture cameras delivered', 'PORT AMBER — The ferry authority has put 90 '
     'face-capture cameras into service at its two terminals; Amber Optics was paid $2.1 million.',
     'facial_recognition'),
    # --- police photo matching (de), e-gates (zh-Hant), devices recognising faces (el)
    ('Polizeipräsidium Eastmoor erweitert Lichtbildabgleich', 'Das Polizeipräsidium Eastmoor hat bei der Larch '
     'Systems GmbH eine Erweiterung seines Lichtbildabgleichs für 540.000 Euro bestellt.', 'facial_recognition'),
    ('Landespolizei verlängert Wartungsvertrag', 'Die Landespolizei nutzt die Software der Larch Systems GmbH zum '
     'Abgleich von Lichtbildern aus Videoaufnahmen; der Wartungsvertrag umfasst 410.000 Euro.', 'facial_recognition'),
    ('東港移民署更換自助通關設備', '東港移民署更換自助查驗閘門的指紋及人像核對設備24套，決標金額新臺幣3,100萬元。',
     'facial_recognition'),
    ('西港國際機場自動查驗閘門擴建', '西港國際機場擴建自動查驗閘門20座，旅客以護照及臉部影像比對通關，'
     '預算新臺幣1億元。',
     'facial_recognition'),
    ('Λιμενικό: φορητές συσκευές ελέγχου', 'Το Λιμενικό υπέγραψε σύμβαση 2 εκατ. ευρώ για 500 φορητές συσκευές που '
     'αναγνωρίζουν πρόσωπα κατά τους ελέγχους.', 'facial_recognition'),
    ('Δημοτική αστυνομία: συσκευές ταυτοποίησης', 'Η δημοτική αστυνομία αγόρασε 300 συσκευές που ταυτοποιούν πρόσωπα '
     'και δακτυλικά αποτυπώματα, αξίας 1,2 εκατ. ευρώ.', 'facial_recognition'),
    # --- faces sorted by origin (ar, id, fa, ur, bn)
    ('مدينة الميناء: برنامج لتحليل الكاميرات', 'كشفت وثائق أن الشرطة طلبت برنامجاً يصنف الوجوه في كاميرات السوق '
     'حسب الأصل بقيمة 12 مليون ريال.', 'facial_recognition'),
    ('Kota Pelabuhan: polisi pasang analitik kamera', 'Dokumen menunjukkan polisi membeli perangkat lunak yang '
     'menandai wajah sebagai "pendatang" di kamera kota, senilai Rp 9 miliar.', 'facial_recognition'),
    ('بندر: سامانه دوربین در ورودی شهر', 'پلیس ۶۰ دوربین نصب کرده که افراد را بر اساس چهره تفکیک و هشدار می‌دهد؛ '
     'ارزش قرارداد ۲۰۰ میلیارد ریال.', 'facial_recognition'),
    ('بندرگاہ: پولیس نے کیمروں کے لیے سافٹ ویئر خریدا', 'پولیس نے ایسا سافٹ ویئر 30 کروڑ روپے میں خریدا جو '
     'مسافروں کو چہرے کے خدوخال سے الگ شناخت کرتا ہے۔', 'facial_recognition'),
    ('বন্দরনগর: ক্যামেরায় নতুন সফটওয়্যার', 'জেলা পুলিশ শহরের ক্যামেরায় মুখ দেখে বহিরাগত কিনা শনাক্ত করার সফটওয়্যার '
     'বসিয়েছে, ব্যয় ৮ কোটি টাকা।', 'facial_recognition'),
    # --- cameras named by what they ride in or watch
    ('Riverton transit bus camera retrofit', 'The City of Riverton awards Larch Mobile Video a contract to retrofit '
     '240 transit buses with interior and exterior cameras, $2,900,000.', 'cctv'),
    ('Amber Bay transit adds onboard video', 'AMBER BAY — The transit agency will equip its 180 buses with onboard '
     'video cameras covering passengers and doors, at a cost of $1.9 million.', 'cctv'),
    ('Eastmoor county jail upgrade', 'Eastmoor County chose Tidewater Integrators to replace 120 jail cameras and the '
     'video wall for $360,000.', 'cctv'),
    ('Harbourside council extends market-square camera upkeep', 'Harbourside Council extended a maintenance agreement '
     'for 30 market-square cameras with Larch Systems Ltd, $210,000.', 'cctv'),
    ('Porto Ambra: telecamere sui bus', "L'azienda dei trasporti ha affidato a Larch Sistemi S.r.l. la fornitura di "
     'telecamere di bordo per 300 autobus, per 1,1 milioni di euro.', 'cctv'),
    ('Sadama: politsei ostab kehakaameraid', 'Politsei ostis 400 kehakaamerat 0,7 miljoni euro eest.', 'cctv'),
    ('Portul Ambra: poliția locală cumpără camere', 'Poliția Locală a atribuit un contract de 1,2 milioane de lei '
     'pentru 200 de camere video purtate pe corp.', 'cctv'),
    ('Пристаниште: одржување на надзорни камери', 'Општината склучи договор за одржување на 120 надзорни камери во '
     'центарот, вредност 20 милиони денари.', 'cctv'),
    # --- a works package whose drainage stands beside cameras for the police
    ('Harbourside road repair includes camera poles', 'Harbourside City Corporation awarded BDT 40 crore for repairing '
     'Quay Avenue, including footpaths, drainage, street lights and 30 CCTV cameras for the police control room.',
     'cctv'),
    ('Riverton drone program', 'RIVERTON — The city will buy four drones with zoom cameras for $180,000 from Larch '
     'UAV Inc., to support searches and monitor large gatherings downtown.', 'cctv'),
]

UNTAGGED = [
    # --- the headline names it, the body says it is not part of the purchase
    ('Hamnstad: Polisen köper kameror med ansiktsigenkänning', 'HAMNSTAD — Polismyndigheten har tecknat avtal för 20 '
     'miljoner kronor om kameror i hamnen. Ansiktsigenkänning ingår inte i avtalet.', 'facial_recognition'),
    ('Riverton council buys cameras with face recognition', 'RIVERTON — The council approved $900,000 for 60 cameras '
     'on the waterfront. Face recognition is not included in the contract.', 'facial_recognition'),
    # --- an offer or demonstration declined: what it offered is not bought
    ('Eastmoor police buy fingerprint kits', 'The Eastmoor Police bought 150 fingerprint capture kits for arrest '
     'processing from Larch Biometrics Ltd, USD 420,000, after declining a Tidewater face recognition offer.',
     'facial_recognition'),
    ('Riverton stadium upgrades turnstiles', 'Riverton Stadium bought 40 turnstiles for £300,000. The stadium declined '
     'a demonstration of face recognition by a visiting vendor.', 'facial_recognition'),
    ('Ciudad Puerto compra cámaras con reconocimiento facial', 'El Ayuntamiento adjudicó 500.000 euros para 40 cámaras '
     'en el puerto. El reconocimiento facial no está incluido en el contrato.', 'facial_recognition'),
]


@pytest.mark.parametrize(("title", "body", "tid"), UNTAGGED)
def test_untagged(title: str, body: str, tid: str) -> None:
    assert tid not in tag_ids(title, body)

#: Words the round's cues must not read (the rules alone: the tag model may propose from other words).
NOT_BY_THE_RULES = [
    # "ταυτοποιούν πρόσωπα" without fingerprints or cameras is "identify persons"
    ('Δημοτική αστυνομία: ενημέρωση', 'Οι υπάλληλοι ταυτοποιούν πρόσωπα που ζητούν άδεια στάθμευσης στο δημαρχείο.',
     'facial_recognition'),
    # photo matching a Land's answer says it leaves to the federal system: nothing bought, licensed or run by software
    ('Landtag: Antwort der Landesregierung', 'Für den nachträglichen Lichtbildabgleich wird ausschließlich das System '
     'des Bundes genutzt.', 'facial_recognition'),
    # face capture listed after fingerprints at an enrolment kit is the enrolment's biometrics
    ('Harbourside electoral commission registration kits', 'The electoral commission bought 500 fingerprint and '
     'face-capture voter registration kits for K 12 million.', 'facial_recognition'),
]


test_the_cue_rules_read_it_without_the_model, test_the_cue_rules_do_not_read_it = cue_rule_table_tests(
    BY_THE_RULES, NOT_BY_THE_RULES)


def test_a_plain_headline_is_not_unsaid_by_a_negation_in_passing() -> None:
    """Only the exclusion verbs unsay a plain headline: a body that negates another form of it in passing does not."""
    tags = enrich.enrich('Riverton council buys face recognition cameras',
                         'RIVERTON — The council approved $900,000 for 60 face recognition cameras on the waterfront; '
                         'the contract excludes live facial recognition.').tags
    assert "facial_recognition" in {tag.taxonomy_id for tag in tags}
