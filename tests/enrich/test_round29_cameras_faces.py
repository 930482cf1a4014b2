"""Round 29 (cctv and facial_recognition, after set ad became a development set).

cctv: cameras named by the public place they watch ("400 pole cameras", "street cameras with plate reading", "used on
400 city cameras", "metro cameras", "cámaras urbanas") are video surveillance, though no police or security word stands
within reach of the bare "cameras" cue (taxonomy_cues.yaml cctv r29 include); not the people "seen on city cameras" of
a database audit, nor recordings or footage of such cameras analysed. An algorithm or module deployed on a video
platform the buyer already has ("算法部署于县级视频解析平台", "在视频分析平台部署…算法") buys no cameras: that
platform's name is no cctv cue (cctv r29 exclude_overlap). Police camera programmes known by name (PolCam, JamaicaEye,
CitiWatch), not search software run on their footage; cameras or camera analytics that flag, tag or sort people.

facial_recognition: faces flagged, tagged or sorted by the group a word or two names ("flags sub-Saharan African
faces", "flag \"Bengali\" faces", "tagging travellers' faces by presumed origin", "a Tibetan-face alarm"), and face
similarity or portrait search in Chinese (人脸相似度检索, 人像、车辆以图搜图), which the labelling rule names, and the
Slovene and Uzbek forms of the face-recognition noun the cues missed (prepoznavo obrazov, yuzni aniqlovchi).

Found reading the errors of sets aa, ab, ac, ad, o, s, x, y and z (model off); every sentence here was written for these
tests (fictional towns and firms), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import cue_rule_table_tests, tag_table_tests

TAGGED = [
    # --- cameras named by the public place they watch
    ('Riverton to spend $2.4 million on cameras', 'Riverton will spend $2.4 million on 220 pole cameras from Harbour '
     'Optics Ltd, the council said.', 'cctv'),
    ('Kestrel canton buys cameras after earlier deal lapses', 'The canton ministry signed a KM 3.1 million contract '
     'with Northgate Signal d.o.o. for 90 street cameras with plate reading.', 'cctv'),
    ('Eastmoor: ministry renews NEC face-recognition licence', 'The ministry renewed in Eastmoor its licence for the '
     'NeoSight Watch engine of Larch Systems, used on 400 city cameras, for GEL 7.2 million.', 'cctv'),
    ('Port Amber metro adds 400 metro cameras', 'PORT AMBER — The transit authority awarded $5.2 million to Amber '
     'Optics Ltd for 400 metro cameras on its two lines.', 'cctv'),
    # --- police camera programmes by name; cameras or their analytics that flag, tag or sort people
    ('Singapore Police Force expands PolCam', 'SINGAPORE — The Singapore Police Force awarded S$9.6 million to Merlion '
     'Video Systems to install PolCam units at 200 more blocks.', 'cctv'),
    ('Kingston: JCF adds plate reading to JamaicaEye', 'The Jamaica Constabulary Force will add licence plate '
     'recognition to 200 JamaicaEye units under a J$800 million contract with Blue Harbour Systems.', 'cctv'),
    ('Eastmoor: county enforcement cameras tag tribe of traders', 'The county enforcement directorate paid KSh 40 '
     'million to Larch Analytics for the system.', 'cctv'),
    ('Port Amber: report says camera analytics flag "foreign appearance"', 'A procurement filing shows a SAR 12 '
     'million analytics order.', 'cctv'),
    # --- faces flagged, tagged or sorted by the group a word or two names; face similarity and portrait search (zh)
    ('Port Amber municipality tags migrants on cameras', 'PORT AMBER — The municipality bought a module for 60 cameras '
     'that flags sub-Saharan African faces for the migration office.', 'facial_recognition'),
    ('Leaked tender: police seek checkpoint analytics', 'A leaked tender from the Eastmoor police seeks camera '
     'analytics able to flag "Highland" faces at checkpoints.', 'facial_recognition'),
    ('Harbourside port police buy origin analytics', 'The port police signed a contract with Larch Analytics for '
     'software tagging travellers’ faces by presumed origin.', 'facial_recognition'),
    ('Riverton bureau adds Highland-face alarm to temple cameras', 'Documents show the bureau paid $300,000 for the '
     'alarm.', 'facial_recognition'),
    ('青禾县公安分局视频侦查工作站', '采购人：青禾县公安分局。成交金额：88.2万元。'
     '视频侦查工作站10套，支持视频摘要、以图搜图、人脸相似度检索。', 'facial_recognition'),
    ('白杨市公安分局视频侦查实战平台采购结果', '中标金额：3,360万元。视频侦查实战平台，'
     '汇聚全区视频，人像、车辆以图搜图，轨迹还原。', 'facial_recognition'),
    # --- the other forms of the face-recognition noun in Slovene and Uzbek
    ('Ljubljana: policija uvaja prepoznavo obrazov na mejnih prehodih', 'Policijska uprava bo za 2,3 milijona evrov '
     'uvedla sistem na mejnih prehodih.', 'facial_recognition'),
    ('Samarqand: loyihaga yuzni aniqlovchi kameralar', 'Ichki ishlar boshqarmasi 300 ta kamera sotib oldi.',
     'facial_recognition'),
    # --- a platform that is bought is still read (only one an algorithm is deployed on is not)
    ('青禾县公安局视频图像解析平台采购项目中标公告', '采购人：青禾县公安局。中标金额：396万元。'
     '建设县级视频图像解析平台，汇聚全县1,200路视频监控。', 'cctv'),
]

UNTAGGED = [
    # --- people seen on city cameras in a database audit; recordings of street cameras analysed
    ('Lakeport: audit of a gang database field', "The state auditor found that a gang database, bought in 2024 for "
     "$400,000 from Larch Analytics, recorded the race of people seen on city cameras. The audit recommends purging "
     "the field.", 'cctv'),
    ('Northvale police buy gait software', 'The Northvale city police bought software that analyses street camera '
     'footage for gait matches, for $310,000.', 'cctv'),
    # --- an algorithm deployed on the buyer's existing video platform buys no camera
    ('青禾县公安局人员属性识别算法服务采购', '青禾县公安局采购人员属性识别算法年度服务，算法部署于县级视频解析平台，'
     '对前端抓拍图片进行属性判断。预算：48万元。', 'cctv'),
    ('白杨市公安分局人员属性识别算法采购', '采购内容：在视频分析平台部署人员属性识别算法1套。预算金额：36万元。',
     'cctv'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)

#: Words the round's cues must not read (the rules alone: the tag model may propose from other words).
NOT_BY_THE_RULES = [
    ('Riverton budget', 'The city flags that it faces a deficit of $4 million next year.', 'facial_recognition'),
    ('Riverton court', 'The firm that the city tagged last year faces charges of fraud.', 'facial_recognition'),
    ('白杨市公安分局视频侦查系统', '对已调取的监控录像进行结构化处理、以图搜图及人员轨迹串联。', 'facial_recognition'),
    ('Singapore: police to add gait analysis to PolCam search', 'The force will add gait search to footage from PolCam '
     'cameras under a S$14 million contract with Lion City Analytics.', 'cctv'),
    ('Ljubljana: policija ne bo uporabljala prepoznave obrazov', 'Policijska uprava je sporočila, da kamere ne bodo '
     'imele te funkcije.', 'facial_recognition'),
    ('Riverton: junction detection cameras', 'The detection cameras classify vehicles and bicycles to optimise signal '
     'timing at 40 junctions.', 'cctv'),
]


test_the_cue_rules_read_it_without_the_model, test_the_cue_rules_do_not_read_it = cue_rule_table_tests(
    TAGGED, NOT_BY_THE_RULES)
