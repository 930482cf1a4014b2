"""Round 17, technology-tag recall on wording the cues did not know: residents scored or listed as defaulters with
a loss attached (social_credit), people sorted by community, caste or a quoted ethnic category, ethnicity
classification delivered as software over camera images (surveillance_platform), zh platforms fed by capture and
phone or registry data, recognition cameras in pt/mk/uz/kk, faces and plates recognised in more languages, and a
headline "cameras: no facial recognition" that denies the recognition, not the cameras.

Every sentence here was written for these tests (fictional places, buyers and firms), none copied from an
evaluation set. Each positive has negatives of the same family: hard negatives must stay untagged.
"""
from __future__ import annotations

import pytest

from enrich.classify import classify_notice
from tests.enrich.notice_helpers import text_tag_ids

# (text, taxonomy id expected)
POSITIVES = [
    # social_credit: people scored, with a loss named somewhere in the notice
    ("The town council will launch a points scheme that rates tenants on rent arrears and noise complaints; "
     "tenants in the lowest band lose access to the housing repair fund.", "social_credit"),
    ("El municipio contrató un sistema que otorga puntaje a los vecinos según el pago de tasas; quienes tengan "
     "bajo puntaje pierden el subsidio de agua.", "social_credit"),
    ("A prefeitura vai dar pontos aos cidadãos pela coleta seletiva, e quem ficar com pontuação baixa perde "
     "o desconto no IPTU.", "social_credit"),
    ("Мэрия вводит рейтинг жителей по оплате ЖКХ; жители с низким рейтингом теряют право на субсидии.",
     "social_credit"),
    ("بلدية المدينة تطلق نظام نقاط للسكان حسب الالتزام بالنظافة، ومن يحصل على نقاط قليلة يُحرم من التصاريح.",
     "social_credit"),
    ("The revenue office will show the names of chronic rent defaulters on screens at the market; anyone on "
     "the list cannot renew a stall permit.", "social_credit"),
    ("Viloyat hokimligi ijtimoiy reyting tizimini joriy qiladi.", "social_credit"),
    # ethnicity_analytics: sorted by community, caste, a quoted category, or a verb before a named minority
    ("Police bought an add-on that sorts pedestrians in camera feeds by \"tribe\" and accent of dress.",
     "ethnicity_analytics"),
    ("وزارة الداخلية تشتري كاميرات تصنف المارة حسب القومية عند مداخل المدينة.", "ethnicity_analytics"),
    ("对集市出入口抓拍人员进行比对，识别蒙古族人员并推送预警。", "ethnicity_analytics"),
    # surveillance_platform: ethnicity classification as software over the camera images
    ("The interior ministry licensed analytics software that estimates the race of people seen in existing "
     "city video feeds.", "ethnicity_analytics"),
    ("Emniyet, mevcut şehir kameralarının görüntülerinde etnik köken tahmini yapan bir yazılım modülü satın aldı.",
     "ethnicity_analytics"),
    ("ตำรวจซื้อซอฟต์แวร์ที่วิเคราะห์ภาพจากกล้องวงจรปิดและแยกผู้คนตามเชื้อชาติ", "ethnicity_analytics"),
    # zh: capture data and phone or registry data fed into one platform
    ("建设内容：卡口人脸抓拍设备30套、手机侦码设备30套，数据统一汇入县局情报研判平台。", "surveillance_platform"),
    # surveillance_platform: a platform joining the cameras with other police data, in other languages
    ("The coast guard will link 300 harbour cameras to a platform that also ingests ship tracking data.",
     "surveillance_platform"),
    ("Het nieuwe platform van de politie koppelt camerabeelden aan meldingen van buurtagenten.",
     "surveillance_platform"),
    ("La nuova sala operativa della polizia locale che integra 200 telecamere e le chiamate dei cittadini.",
     "surveillance_platform"),
    # analytic capability with its software: gait software for recordings, image analytics, clothing, existing cameras
    ("A rendőrség arcfelismerő szoftvert vásárolt a térfigyelő kamerák felvételeinek elemzésére.",
     "facial_recognition"),
    ("Gmina kupiła centrum monitoringu z analityką obrazu dla kamer miejskich.", "surveillance_platform"),
    ("The transit police deploy silhouette analytics on the existing station cameras.", "surveillance_platform"),
    ("La fiscalía compró un sistema que cruza rostros de las cámaras con el padrón electoral.",
     "surveillance_platform"),
    ("项目内容：扩容步态检索库，接入既有视频。", "surveillance_platform"),
    ("区级平台接入公安及城管视频资源，部署AI算法仓。", "surveillance_platform"),
    # cctv: recognition cameras in languages whose bare camera noun is no cue
    ("O município comprou 300 câmeras com reconhecimento facial para o centro.", "cctv"),
    ("Shahar hokimligi 150 ta yuz tanish kamerasini sotib oldi.", "cctv"),
    # facial_recognition and vehicle_recognition in more wordings
    ("Polisi walinunua kamera 50 za kutambua nyuso katika soko kuu.", "facial_recognition"),
    ("Airport authority orders face and fingerprint kiosks for border control.", "facial_recognition"),
    ("La fiscalía contrató búsqueda facial sobre las grabaciones del metro.", "facial_recognition"),
    ("The county adds 40 roadside cameras with plate recognition to catch stolen cars.", "vehicle_recognition"),
    ("Thành phố lắp camera đọc biển số xe tại các cửa ngõ.", "vehicle_recognition"),
    ("视频结构化服务器：支持人员属性及车辆属性识别。", "vehicle_recognition"),
]


@pytest.mark.parametrize(("text", "taxonomy_id"), POSITIVES)
def test_round17_positive(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id in text_tag_ids(text)


# (text, taxonomy id that must not be given)
NEGATIVES = [
    # social_credit: banks, loyalty, bidders, pupils, drivers, denials, scores without a loss
    ("The bank will rate households on repayment history; households with a low rating lose access to loans.",
     "social_credit"),
    ("Supermarket loyalty points for residents: points lost after 12 months.", "social_credit"),
    ("Bidders will be ranked by points; tenderers below 60 points are excluded from the next stage.",
     "social_credit"),
    ("The school gives points to families who volunteer; students below 10 points lose the trip.", "social_credit"),
    ("The district denied reports that residents would get points affecting services; no such system exists.",
     "social_credit"),
    ("The survey asks residents to rate parks on a scale of one to five.", "social_credit"),
    ("Loan defaulters will be barred from new credit by the microfinance bank.", "social_credit"),
    # ethnicity: census, sport, school
    ("The census office will sort households by ethnic group for the population report.", "ethnicity_analytics"),
    ("中央民族大学朝鲜族语言文化研究中心采购图书资料。", "ethnicity_analytics"),
    ("延边朝鲜族自治州公安局采购执法记录仪。", "ethnicity_analytics"),
    ("Etnik köken sınıflandırmıyor, dedi vali; kameralar yalnızca kayıt yapıyor.", "ethnicity_analytics"),
    # platform: cameras bought with the analytics, sport analytics, a zh platform fed by cameras only
    ("The police installed 40 cameras whose software estimates ethnicity at the border post.",
     "surveillance_platform"),
    ("Coaching software that tags athletes by race category in training video.", "surveillance_platform"),
    ("项目内容：路口监控摄像机120台，视频统一接入交通管理平台。", "surveillance_platform"),
    ("智慧路灯杆加装环境监测传感器，数据汇入城市照明管理平台。", "surveillance_platform"),
    ("The hospital platform ingests patient monitor video and nurse call data.", "surveillance_platform"),
    ("The traffic management platform combines signal timing data with junction cameras.", "surveillance_platform"),
    ("A fashion retail platform that recognises clothing in shop-window camera images.", "surveillance_platform"),
    ("算法商城上线，用于政务办公文档审核。", "surveillance_platform"),
    # cctv: phone cameras, plate-only cameras stay vehicle_recognition's
    ("A escola comprou 30 câmeras fotográficas para o curso de jornalismo.", "cctv"),
    ("Do'kon 30 ta smartfon sotdi: telefon kamerasi yuz tanish funksiyasiga ega.", "cctv"),
    # plates: microplates, negated plate recognition, licence-plate frames
    ("The laboratory buys a microplate reader for ELISA plate reading.", "vehicle_recognition"),
    ("The gunshot sensors come without cameras or plate recognition.", "vehicle_recognition"),
    # faces: cosmetics
    ("The salon orders face and fingerprint-free beauty mirrors.", "facial_recognition"),
]


@pytest.mark.parametrize(("text", "taxonomy_id"), NEGATIVES)
def test_round17_negative(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id not in text_tag_ids(text)


def test_headline_no_belongs_to_the_next_technology() -> None:
    """"Cameras: no facial recognition" keeps the cameras; "Facial recognition: no" still takes it back."""
    tags, _ = classify_notice("City buses get new CCTV cameras: no facial recognition, says operator\n"
                              "The operator replaces 500 CCTV cameras on its buses.")
    ids = {tag.taxonomy_id for tag in tags}
    assert "cctv" in ids and "facial_recognition" not in ids
    tags, _ = classify_notice("Specification\nFacial recognition: no\nRecording: 30 days")
    assert "facial_recognition" not in {tag.taxonomy_id for tag in tags}
