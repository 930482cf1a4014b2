"""Round 20, the notice-level decision: a notice that names surveillance only to say it is cancelled, suspended, voted
down, struck out of the project, never sold or not approved (cs/sk "ruší", "žádná smlouva uzavřena nebyla"; nb/da/sv
"skroter", "stemte ned", "ingen anskaffelse blir gjort"; zh 宣布暂停该计划, 已从本项目中剔除, a headline ending in 暂停;
en "drops … trial", "product never sold", "no purchase order was issued", "did not approve any new purchase"), cameras
of a cold-chain store or said to count traffic only; and the reverse - surveillance said in words no cue held (Basque
plate readers, Yoruba security cameras and number reading, Mongolian gait recognition, Bengali phone forensics, zh
plates photographed, a detention centre's visiting-room recording, commercial location data), and a negated analytic
"al contracte de videovigilància" that leaves the contract's cameras.

Found on the wrongly decided notices of set u (spent); every sentence here was written for these tests (fictional
towns and firms), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

UNTAGGED = [
    # --- cs/sk: a tender cancelled (present tense), no contract concluded
    ('Brno: město ruší zakázku na kamerový systém s rozpoznáváním obličejů',
     'Rada města zrušila veřejnou zakázku; žádná smlouva nebyla uzavřena.', 'facial_recognition'),
    ('Olomouc: kraj ruší tendr na rozpoznávání obličejů', 'Zakázka byla zrušena a žádná smlouva uzavřena nebyla.',
     'facial_recognition'),
    # --- nb/da/sv: scrapped, voted down, no procurement made
    ('Tromsø: kommunen skroter planene om ANPR-kameraer',
     'Kommunestyret stemte ned saken. Ingen anskaffelse blir gjort.', 'vehicle_recognition'),
    ('Aalborg: byrådet stemte nej til ansigtsgenkendelse', 'Byrådet stemte ned forslaget om ansigtsgenkendelse ved '
     'banegården; ingen kontrakt blev underskrevet.', 'facial_recognition'),
    # --- zh: a plan suspended by announcement, a part struck out of the project, a headline ending on its suspension
    ('某区街道社区人脸识别门禁计划因居民反对暂停', '街道办事处近日宣布暂停该计划，原定加装的人脸识别门禁不再实施。',
     'facial_recognition'),
    ('某县中学食堂设备采购项目（原监控项目已剔除）',
     '采购人：某县教育局。本次采购厨房设备，原拟同步实施的校园人脸识别监控改造已从本项目中剔除，成交金额：40万元。',
     'facial_recognition'),
    # --- en: a trial dropped, a product never sold, no order issued, a board approving no purchase
    ('Millbrook police drop facial recognition trial with Faceline',
     'The Millbrook Police Department ended its free trial of Faceline and no purchase order was ever issued.',
     'facial_recognition'),
    ('Ethnicity detection module shown at expo, vendor says product never sold',
     'Orison Vision said the ethnicity detection demo was a prototype and that no such product was sold to any agency.',
     'ethnicity_analytics'),
    ('County board reviews cell-site simulator audit',
     'The board heard the auditor on past use of cell-site simulators and did not approve any new purchase.',
     'phone_tracking'),
    # --- hard-negative senses: a cold-chain store's video, cameras that only count traffic
    ('某市冷链食品集中监管仓温湿度监控系统采购',
     '内容：冷链仓温湿度在线监控、视频监控装卸区。成交金额：50万元。', 'cctv'),
    ('Port Adair: new roadside cameras only monitor traffic flow, says council',
     'The council said the twelve units on Harbour Road count vehicles for the transport plan.', 'cctv'),
    # --- Basque: "they read no plates" is no plate reader
    ('Gasteiz: Udalak trafiko-kontagailuak erosi ditu', 'Gasteizko Udalak 10 trafiko-kontagailu erosi ditu; ez dute '
     'matrikularik irakurtzen.', 'vehicle_recognition'),
    # --- zh: a court's hearing recording stays a hard negative
    ('某县人民法院科技法庭庭审录音录像系统采购', '内容：科技法庭庭审录音录像主机4套、庭审直播推流设备。', 'cctv'),
]

TAGGED = [
    # --- surveillance said in words no cue held
    ('Donostia: Udalak matrikula irakurgailuak jarriko ditu', 'Donostiako Udalak 400.000 euroko kontratua esleitu dio '
     'Urola Sistemak SL enpresari, plaka irakurgailuak jartzeko.', 'vehicle_recognition'),
    ('Ọ̀ṣogbo: Ìjọba ra kámẹ́rà ààbò', 'Ìjọba Ìpínlẹ̀ Ọ̀ṣun ra kámẹ́rà ààbò 120 fún Naira bílíọ̀nù 1.', 'cctv'),
    ('Ọ̀ṣogbo: kámẹ́rà tuntun', 'Ìjọba ra kámẹ́rà 50 tí ó ń ka nọ́mbà ọkọ̀ ní àwọn ọ̀nà.', 'vehicle_recognition'),
    ('Дархан: цагдаа алхаагаар таних систем авлаа', 'Цагдаагийн газар камерын бичлэгээс хүнийг алхаагаар нь таних '
     'систем худалдан авав.', 'gait_recognition'),
    ('চট্টগ্রাম: পুলিশ নতুন যন্ত্র কিনেছে', 'চট্টগ্রাম মেট্রোপলিটন পুলিশ মোবাইল ফোন ফরেনসিক যন্ত্র কিনেছে।',
     'phone_tracking'),
    ('某市生态环境局机动车噪声抓拍设备采购', '采购声呐噪声监测设备4套，识别违法鸣笛并拍摄车牌，成交金额：200万元。',
     'vehicle_recognition'),
    ('某县看守所会见室录音录像系统采购',
     '采购人：某县看守所。内容：律师会见室音视频录制系统。成交金额：20万元。', 'cctv'),
    ('Delivery order: location data subscription', 'Awarding agency: Border Patrol. Description: subscription to '
     'commercial location data for investigations. Obligated: $400,000.', 'phone_tracking'),
    # --- a negated analytic "al/als" the contract: the contract's cameras stay
    ("Lleida: l'Ajuntament descarta el reconeixement facial",
     "L'Ajuntament de Lleida ha descartat el reconeixement facial al contracte de videovigilància de 210.000 euros "
     "adjudicat a Segre Seguretat.", 'cctv'),
    # --- the new words must not reach a purchase that goes ahead
    ('Hamar: kommunen kjøper ANPR-kameraer', 'Kommunen har inngått kontrakt om automatisk skiltgjenkjenning for '
     'NOK 3 millioner.', 'vehicle_recognition'),
    ('Praha: Magistrát uzavřel smlouvu na kamerový systém s rozpoznáváním obličejů',
     'Smlouva na rozpoznávání obličejů byla uzavřena s firmou Vltava Vision za 40 milionů Kč.', 'facial_recognition'),
    ('某区公安分局视频监控建设项目中标公告',
     '采购人：某区公安分局。内容：治安监控摄像机200台，成交金额：300万元。', 'cctv'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
