"""Round 18, negated notices and hard negatives: a tender or plan postponed (a body's decision, nothing bought yet)
in many languages; a feature refused (Latvian "atsakās no"); a headline that ends on its item's cancellation
(…计划取消, …模块（已撤销）); Hebrew cancellation in the present tense and its tender word (מכרז); Scandinavian
"… ingår inte / inngår ikke" after the feature; "the pilot with X is not continued"; thermal cameras of civil
defence. A notice that excludes one feature but buys the rest keeps the rest's tags.

Found on the negated and hard-negative notices of set s (spent); every sentence here was written for these tests
(fictional towns' bodies and firms), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

UNTAGGED = [
    # --- a tender or plan postponed: nothing is bought yet
    ('Lindby council postpones camera tender', 'The council postponed the tender for 80 surveillance cameras.',
     'cctv'),
    ('Millbrook puts CCTV tender on hold', 'Councillors asked for a new cost estimate.', 'cctv'),
    ('Valdemoro aplaza la licitación de videovigilancia', 'El pleno decidió ayer.', 'cctv'),
    ('Setúbal adia concurso de videovigilância', 'A câmara decidiu ontem.', 'cctv'),
    ('Iași: primăria amână licitația pentru camere de supraveghere', 'Primăria a decis ieri.', 'cctv'),
    ('Kiel verschiebt Ausschreibung für Videoüberwachung', 'Der Rat entschied gestern.', 'cctv'),
    # --- Hebrew cancellation in the present tense, with its tender word
    ('חיפה: העירייה מבטלת מכרז מצלמות אבטחה', 'העירייה החליטה אתמול.', 'cctv'),
    # --- a headline that ends on its item's cancellation
    ('某市公安局人脸识别门禁试点计划取消', '经评估后取消，不再采购。', 'facial_recognition'),
    ('某县公安局车辆识别模块（已撤销）', '原采购事项已撤销。', 'vehicle_recognition'),
    # --- a feature excluded after its noun, or a pilot with it not continued
    ('Malmö: kommunen köper 40 kameror', 'Kommunen köper 40 övervakningskameror; ansiktsigenkänning ingår inte.',
     'facial_recognition'),
    ('Bodø kjøper kameraer', 'Kommunen kjøper 20 kameraer; ansiktsgjenkjenning inngår ikke.', 'facial_recognition'),
    ('Ashby police buy 30 street cameras',
     'Ashby police buy 30 CCTV cameras; the earlier trial with facial recognition is not continued.',
     'facial_recognition'),
    # --- a feature named, then taken out of the tender: that feature only (the cameras are kept, see TAGGED)
    ('Bordeaux : la reconnaissance faciale retirée du marché', 'La ville achète 50 caméras de vidéoprotection.',
     'facial_recognition'),
    ('Verona: riconoscimento facciale stralciato dal bando', 'Il comune acquista 30 telecamere di videosorveglianza.',
     'facial_recognition'),
    ('Hull: facial recognition removed from the CCTV tender', 'The council buys 30 CCTV cameras.',
     'facial_recognition'),
    # --- thermal cameras of civil defence
    ('بنغازي: شراء كاميرات حرارية للدفاع المدني', 'اشترت الوزارة 20 كاميرا حرارية لمكافحة الحرائق.', 'cctv'),
]

TAGGED = [
    # --- the mixed case: one feature excluded, the rest bought
    ('Malmö: kommunen köper 40 kameror', 'Kommunen köper 40 övervakningskameror; ansiktsigenkänning ingår inte.',
     'cctv'),
    ('Ashby police buy 30 street cameras',
     'Ashby police buy 30 CCTV cameras; the earlier trial with facial recognition is not continued.', 'cctv'),
    ('Bordeaux : la reconnaissance faciale retirée du marché', 'La ville achète 50 caméras de vidéoprotection.',
     'cctv'),
    ('Hull: facial recognition removed from the CCTV tender', 'The council buys 30 CCTV cameras.', 'cctv'),
    # --- the new words must not reach a plain purchase
    ('Police report: Lindby buys 40 CCTV cameras', 'The council bought 40 CCTV cameras for the market square.',
     'cctv'),
    ('Amanat district buys 40 CCTV cameras', 'The district bought 40 CCTV cameras for the bus station.', 'cctv'),
    ('某县公安局视频监控采购项目中标公告', '采购内容：高清摄像机50台（含取消报警按钮）。', 'cctv'),
    ('Kommunen köper kameror med ansiktsigenkänning',
     'Kommunen köper 40 kameror med ansiktsigenkänning; lagring ingår inte.', 'facial_recognition'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
