"""Round 15, tags: surveillance platforms and CCTV described by what they do, and the hard negatives that keep
them precise.

Found on the cctv and surveillance_platform mistakes of the development sets (n, p and q above all); every
sentence here was written for these tests, none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_ids, tag_table_tests

TAGGED = [
    # --- cctv: video platforms, 路 of live video, control rooms, drones, body and smart cameras
    ('平台', '某区城管局采购视频智能分析平台一套，对街面秩序进行识别。', 'cctv'),
    ('汇聚', '“平安某镇”视频汇聚及综合应用平台建设项目成交公告。', 'cctv'),
    ('巡查', '对全县 1,200 路实时视频开展巡查。', 'cctv'),
    ('Control room', 'The municipality paid R12 million for 150 cameras feeding the metro control room.',
     'cctv'),
    ('Drones', 'The council approved six drones with thermal cameras for its first responder programme.', 'cctv'),
    ('Drones', 'La préfecture a commandé des drones filmant les rassemblements pour la police.', 'cctv'),
    ('Droner', 'Politiet kjøper droner med kamera som strømmer video til operasjonssentralen.', 'cctv'),
    ('Kamery', 'Urząd Miasta kupił 40 kamer nasobnych.', 'cctv'),
    ('Búkmyndavélar', 'Lögreglan keypti 40 búkmyndavélar fyrir lögreglumenn.', 'cctv'),
    ('Smart', 'The city installed 300 smart cameras at bus stops.', 'cctv'),
    ('Intelligentes', 'La commune déploie 200 caméras intelligentes au centre-ville.', 'cctv'),
    ('Centre', 'The county operations centre monitors 900 cameras across the town.', 'cctv'),
    ('Cámaras', 'El Ministerio del Interior instalará 80 cámaras en la avenida costera.', 'cctv'),
    ('Caméras', 'La Sûreté publique a commandé 40 caméras pour le port.', 'cctv'),
    ('Κάμερες', 'Ο Δήμος Πάτρας εγκαθιστά 60 κάμερες στην κεντρική πλατεία.', 'cctv'),
    ('Ethnicity', 'The town paid for cameras whose software labels passers-by as Roma or non-Roma.', 'cctv'),
    ('Lage', 'Die Polizei baut ein Lagezentrum, das Videobilder und Notrufe zusammenführt.', 'cctv'),
    ('眼镜', '采购智能警务眼镜 20 副，支持现场视频实时回传。', 'cctv'),
    ('无人机', '某县公安局采购警用多旋翼无人机 3 架，挂载变焦吊舱。', 'cctv'),
    ('解析', '建设视频图像智能解析能力，覆盖城区主要路口。', 'cctv'),
    ('分析', '城市事件一网统管，含视频AI分析模块。', 'cctv'),
    ('汇聚', '汇聚全区公安、城管视频资源约 3,000 路。', 'cctv'),
    ('检查站', '检查站人证核验通道 2 条、站区全景监控。', 'cctv'),
    ('属性', '基于全县视频资源开展人员属性分析。', 'cctv'),
    ('联网', '12 个警务室监控联网及存储扩容。', 'cctv'),
    ('步態', '警察局將在車站部署步態辨識攝影機 30 支。', 'cctv'),
    ('Monastery', 'The bureau bought analytics for 40 cameras that classifies visitors as local or outsider.', 'cctv'),
    # --- surveillance_platform: fusion by what the platform or centre does
    ('碰撞', '新建多源数据碰撞研判平台一套。', 'surveillance_platform'),
    ('轨迹', '数据接入分局平台，开展人员轨迹碰撞分析。', 'surveillance_platform'),
    ('行为', '对 300 路监控进行人员异常行为（翻越、徘徊）实时分析。', 'surveillance_platform'),
    ('比对', '新建高清监控 80 路，统一接入县综合指挥平台，与住宿、网吧数据比对。', 'surveillance_platform'),
    ('Lage', 'Die Polizei baut ein Lagezentrum, das Videobilder und Notrufe zusammenführt.', 'surveillance_platform'),
    ('Центр', 'Данные передаются в ситуационный центр, где объединяются с розыском; камеры стоят на вокзале.',
     'surveillance_platform'),
    ('Център', 'Общината постави 50 камери, свързани със ситуационния център, който обединява сигнали от 112.',
     'surveillance_platform'),
    ('Dispecerat', 'Primăria a cumpărat 90 de camere video și un dispecerat integrat cu 112.',
     'surveillance_platform'),
    ('Centro', 'A Secretaria contratou 120 câmeras; o Centro de Operações reúne os dados do 190.',
     'surveillance_platform'),
    ('Cruza', 'El sistema recibe las imágenes de 500 cámaras y las cruza con denuncias policiales.',
     'surveillance_platform'),
    ('Platform', 'The agency licensed a platform that correlates plate reads with cell-site records.',
     'surveillance_platform'),
    ('Platforma', 'Miasto kupiło platformę analityczną łączącą obraz z kamer ze zgłoszeniami alarmowymi.',
     'surveillance_platform'),
    # cameras only connected to an existing 911 centre are cctv (labelling rule of round 29, first bullet; round 34
    # reads the Tagalog joining words too: tests/enrich/test_round34_platform.py)
    ('Central 911', 'Bumili ang lungsod ng 200 CCTV camera na nakakonekta sa Central 911.', 'cctv'),
    ('Operations', 'The city operations centre, which monitors 700 cameras and plate readers, was upgraded.',
     'surveillance_platform'),
    ('一标三实', '建设“一标三实”采集系统并接入重点人员管控平台。', 'surveillance_platform'),
    ('Loitering', 'The transit police licensed software that sends alerts for loitering from 90 platform cameras.',
     'surveillance_platform'),
    ('Verhalten', 'Die Stadt rüstet 30 Kameras der Videoüberwachung mit einer Verhaltenserkennung aus.',
     'surveillance_platform'),
    ('مركز', 'أنشأت الشرطة مركزاً يدمج بث 500 كاميرا مع بلاغات المواطنين.', 'surveillance_platform'),
    ('Central', 'La alcaldía inauguró una central que integra 400 cámaras y las radios de los agentes.',
     'surveillance_platform'),
    ('人像', '建设人像智能分析平台一套，接入抓拍数据。', 'surveillance_platform'),
    ('指挥平台', '建设边境指挥平台（融合视频、雷达与卡口数据）。', 'surveillance_platform'),
]

UNTAGGED = [
    # drones for farms, wildlife and surveys; passers-by classification that a council denies
    ('Drones', 'The shire bought drones with cameras to survey feral goats in the ranges.', 'cctv'),
    ('Kameralar', 'Valilik, kameraların etnik köken tespiti yaptığı iddialarını yalanladı.', 'cctv'),
    ('Cameras', 'The council denied that its cameras sort passers-by by ethnic group.', 'cctv'),
    # footage searched by software; no cameras bought
    ('Footage', 'The police bought software that searches recorded CCTV footage for suspects.', 'cctv'),
    ('Stills', 'Detectives may run face searches on still images from council-owned cameras.', 'cctv'),
    ('Imágenes', 'La policía comparará imágenes de las cámaras con la base de personas buscadas.', 'cctv'),
    ('県警', '県警は防犯カメラの録画映像から人物を照合するシステムを導入した。', 'cctv'),
    ('步态', '对已调取录像进行步态检索，不新增前端摄像机。', 'cctv'),
    ('영상', '경찰청은 CCTV 영상 속 인물의 걸음걸이를 분석하는 연구를 발주했다.', 'cctv'),
    # plate-recognition cameras alone
    ('번호', '경찰청은 진입로에 차량번호 자동인식 카메라 40대를 설치한다.', 'cctv'),
    ('Plaques', 'La zone de police installera 12 caméras de reconnaissance automatique de plaques.', 'cctv'),
    ('Gates', 'The agency bought face matching cameras for biometric exit at departure gates.', 'cctv'),
    # cameras watching crops, grain, mines, substation switches, fishing boats, rehabilitation
    ('农业', '采购田间高清摄像机，监测作物长势和病虫害。', 'cctv'),
    ('粮库', '仓内视频监控（用于观察粮面、虫害情况）。', 'cctv'),
    ('粮食储备库温湿度及视频监控系统', '采购温湿度传感器一批。', 'cctv'),
    ('煤矿', '升级井下瓦斯、一氧化碳监控分站及视频监控。', 'cctv'),
    ('变电站', '主控室监控摄像机更换，实现对刀闸分合状态、表计读数的远程巡视。', 'cctv'),
    ('渔船', '渔船北斗定位终端及渔船动态监控平台。', 'cctv'),
    ('康复', '三维步态评估系统一套（含红外摄像头、测力台），用于康复评估。', 'cctv'),
    ('反制', '某县公安局警用无人机反制系统采购：无人机侦测雷达一套。', 'cctv'),
    ('侦查', '视频侦查实战平台：对调取的案件录像进行视频图像智能解析。', 'cctv'),
    ('Review', 'The board renewed a licence for software that reviews recorded footage from city cameras.', 'cctv'),
    ('Archive', 'Detectives will test gait matching across hours of archived CCTV from past cases.', 'cctv'),
    ('Emniyet', 'Emniyet, yazılımı MOBESE kayıtlarında kullanmak üzere satın aldı.', 'cctv'),
    ('汇聚', '汇聚全市步态识别前端采集数据开展研判。', 'cctv'),
    # conferencing, river levels, sewers, lecture capture
    ('VTC', 'Video teleconferencing codecs and cameras for two sector command centers.', 'cctv'),
    ('VTC', 'Video teleconferencing codecs and cameras for two sector command centers.', 'surveillance_platform'),
    ('Sungai', 'Majlis memasang 20 kamera pemantauan paras air sungai.', 'cctv'),
    ('Colectores', 'Servicio de inspección por CCTV de 90 km de colectores.', 'cctv'),
    ('Classes', 'The college bought cameras that record the whiteboard for remote learners, not security cameras.',
     'cctv'),
    # 一标三实 collection terminals alone; a grid platform that takes no video; a city brain's signal timing
    ('一标三实', '采购“一标三实”信息采集终端 60 台，支持身份证读取。', 'surveillance_platform'),
    ('网格', '网格化服务管理平台仅处理事件上报，不接入视频监控。', 'surveillance_platform'),
    ('信号', '基于城市大脑交通模块的信号配时优化服务。', 'surveillance_platform'),
    # feeding an existing system, a 数据关联 that is the 关联比对 cue's own
    ('侦码', '部署侦码设备 20 套，与既有研判系统数据碰撞。', 'surveillance_platform'),
    ('Retail', 'The mall bought footfall software with loitering detection for its shop cameras.',
     'surveillance_platform'),
    ('Aufgehoben', 'Die Ausschreibung für Kameras mit Verhaltenserkennung wurde aufgehoben.', 'surveillance_platform'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)


def test_correlation_with_face_checkpoints_still_tagged() -> None:
    """与人像卡口数据关联比对 stays a platform: the registry-comparison cue must not swallow the 关联比对 cue."""
    assert 'surveillance_platform' in tag_ids('侦码', '采集手机 IMSI，与人像卡口数据关联比对。')
