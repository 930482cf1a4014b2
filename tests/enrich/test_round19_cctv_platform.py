"""Round 19, cctv and surveillance_platform on notices that are surveillance.

- Face capture named by the place it watches (出入口/周边/检查站…人脸抓拍) and gait front ends are cameras;
  capture data pooled in a platform is not.
- A camera noun beside a face or gait recognition word is a camera bought in Azerbaijani, Hausa, Gujarati,
  Hebrew, Persian and Spanish, as in the languages before; recordings of cameras analysed buy no camera (ar).
- Video joined into a command, control or management platform (接入…管控指挥平台, 汇聚至社区管理平台;
  mn удирдлагын төвд холбогдоно) is a platform; plate or phone data alone, or a traffic platform, is not.

Every sentence here was written for these tests (fictional towns, bodies and firms), none copied from an evaluation
set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

TAGGED = [
    # --- face capture named by where it stands, gait front ends
    ('某县体育馆人员识别系统采购', '采购人：某县公安局；内容：体育馆出入口人脸抓拍，重点人员比对报警。', 'cctv'),
    ('某镇清真寺周边人员管理项目', '内容：清真寺周边人脸抓拍，民族属性识别统计。', 'cctv'),
    ('某县汽车站安检项目', '内容：汽车站检查站人脸抓拍通道6条。', 'cctv'),
    ('某县公安局步态识别项目成交公告', '内容：在客运站部署步态识别前端12套，实现远距离身份识别。', 'cctv'),
    # --- a camera noun beside a face or gait recognition word
    ('Gəncə: yeni müqavilə', 'Gəncə Şəhər İcra Hakimiyyəti 300 üz tanıma kamerası üçün müqavilə imzalayıb.',
     'cctv'),
    ('Gəncə: yeni sistem', 'Gəncə bələdiyyəsi bazarlarda üz tanıma kameraları quraşdırır.', 'cctv'),
    ('Zaria: sabbin kyamarori', 'Karamar hukumar Zaria ta sayi kyamarori 80 masu gane fuska a kasuwa.', 'cctv'),
    ('વડોદરા ફેસ કેમેરા', 'વડોદરા મહાનગરપાલિકાએ બસ સ્ટેશન પર 50 ફેસ રેકગ્નિશન કેમેરા માટે કરાર કર્યો.', 'cctv'),
    ('באר שבע: מערכת חדשה', 'העירייה רכשה מערכת לזיהוי הליכה במצלמות התחנה המרכזית.', 'cctv'),
    ('تبریز: سامانه جدید', 'شهرداری سامانه شناسایی افراد از روی راه رفتن را در دوربین‌های بازار نصب کرد.', 'cctv'),
    ('Cuenca: cámaras nuevas', 'La Gobernación de Cuenca, en un contrato con Azuay Sistemas por 4 millones de dólares, '
     'compró cámaras con reconocimiento de marcha para el terminal terrestre.', 'cctv'),
    # --- a real-time crime centre receiving drone video is a platform
    ('Riverton drones', 'The police department bought 6 docked drones whose live video is streamed to its real-time '
     'crime center.', 'surveillance_platform'),
]

UNTAGGED = [
    # --- (round 29, the labelling rule of tests/eval/README.md: video only joined into an existing command, control or
    # management platform is cctv; these three were platforms from round 19 to 28)
    ('某县边境视频监控二期项目', '内容：沿河新建高清视频监控点位80个，接入县边境管控指挥平台。',
     'surveillance_platform'),
    ('某街道智慧小区项目结果公告', '内容：小区人脸门禁、楼道视频监控，数据汇聚至街道社区管理平台。',
     'surveillance_platform'),
    ('Дархан: камер суурилуулна', 'Дархан хотын цагдаагийн газар 60 хяналтын камер суурилуулна. Камерууд '
     'цагдаагийн удирдлагын төвд холбогдоно.', 'surveillance_platform'),
    # --- capture data pooled in a platform, not a camera bought
    ('某县公安局数据平台采购', '内容：汇聚人脸抓拍数据、车辆卡口数据，建设重点人员管控平台。', 'cctv'),
    ('某县公安局属性分析服务', '内容：对出入口人脸抓拍图像进行属性分析。', 'cctv'),
    ('某县步态数据服务', '内容：步态特征数据汇聚与检索服务。', 'cctv'),
    # --- recordings analysed, or a recognition word far from any camera noun
    ('الإسكندرية: برنامج تحليل', 'تعاقدت مديرية الأمن على برنامج يتعرف على الأشخاص من طريقة المشي في تسجيلات كاميرات '
     'الميناء.', 'cctv'),
    ('Gəncə: proqram alınıb', 'Polis üz tanıma proqramı üçün lisenziya alıb.', 'cctv'),
    # --- plate or phone data joined into a platform, without video: those ids, no platform
    ('某县治安卡口项目', '内容：治安卡口6处，车牌识别，过车数据接入市局交通管理平台。', 'surveillance_platform'),
    ('某县侦码设备采购', '内容：侦码设备20套，采集手机IMSI，数据接入县局管控平台。', 'surveillance_platform'),
    ('某县视频会议系统', '内容：视频会议终端30套，接入县应急指挥平台，不含视频监控。', 'surveillance_platform'),
    ('某区道路监控项目', '内容：路口高清摄像机60台，视频接入区交通管理平台。', 'surveillance_platform'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
