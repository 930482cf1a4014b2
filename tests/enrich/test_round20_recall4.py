"""Round 20, recall of surveillance_platform, ethnicity_analytics, social_credit and facial_recognition on the
wordings set u showed the cues lacked: registries and checkpoint apps that record people's ethnic group, tribe or
clan; residents' points or credit grades that cost them benefits; conduct scores with a black list; faces named in
more constructions; a Safe City system or authority, and recognition run over recorded camera footage - and the
senses that must stay untagged (a census or a hospital recording ethnicity, drivers' or bank scores, a supplier
eligibility clause, a nurses' face-to-face training).

Every sentence here was written for these tests (fictional places, buyers and firms), none copied from an
evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import text_tag_ids

POSITIVES = [
    # ethnicity_analytics: a registry or checkpoint tool that records a person's ethnic group, tribe or clan
    ("The gendarmerie's new checkpoint tablet records every driver's tribe and flags some villages for searches.",
     "ethnicity_analytics"),
    ("Border police will log travellers' ethnic origin in the new crossing database.", "ethnicity_analytics"),
    ("The bus-park registry run by the county police captures each passenger's clan.", "ethnicity_analytics"),
    ("L'application des barrages de police enregistre l'ethnie des voyageurs.", "ethnicity_analytics"),
    ("La aplicación de los retenes policiales registra la etnia de los viajeros.", "ethnicity_analytics"),
    ("نظام نقاط التفتيش الجديد يسجّل القبيلة لكل المسافرين ويرسل تنبيهات للشرطة.", "ethnicity_analytics"),
    ("پلیس مسافران را در ایست‌های بازرسی بر اساس قومیت ثبت می‌کند.", "ethnicity_analytics"),
    ("The transit police app flags riders as Fulani or Tuareg at the depot gates.", "ethnicity_analytics"),
    ("市场出入口摄像机对进出人员民族、性别统计分析，并与人脸库比对。", "ethnicity_analytics"),
    # social_credit: points or grades with a loss; a conduct score with a black list
    ("某街道对居民实行文明积分管理，积分不达标者暂停享受社区补贴。", "social_credit"),
    ("升级市民信用评级系统，按等级评定居民信用，低等级者不得申请公租房。", "social_credit"),
    ("社区上线诚信积分系统，被列入失信名单的居民不得参加评优。", "social_credit"),
    ("El nuevo sistema puntuará la conducta de los vecinos y restringirá subsidios a quienes figuren en la lista "
     "de incumplidores.", "social_credit"),
    ("Yangi tizim aholiga ball beradigan tizim bo'lib, past ballilar qora ro'yxatga kiritiladi.", "social_credit"),
    # facial_recognition in more wordings
    ("La Prefettura ha acquistato un sistema di confronto facciale per l'archivio dei fotosegnalamenti.",
     "facial_recognition"),
    ("The sheriff renewed a facial-search subscription for investigators.", "facial_recognition"),
    ("Công an tỉnh lắp camera nhận dạng biển số và khuôn mặt tại các chốt.", "facial_recognition"),
    ("Әкімдік жүзді және дауысты тану жүйесін сатып алды.", "facial_recognition"),
    ("Kaunti imenunua kamera zenye utambuzi wa sura kwa soko kuu.", "facial_recognition"),
    # surveillance_platform: a Safe City system or network; recognition over recorded camera footage
    ("The island police extended its Safe City system with 80 more cameras.", "surveillance_platform"),
    ("The ministry signed for phase three of the Safe City network: 600 cameras on the ring road.",
     "surveillance_platform"),
    ("Police linked the new depot cameras to the national Safe City network.", "surveillance_platform"),
    ("اشترت الشرطة برنامجاً لتحليل تسجيلات الكاميرات والتعرف على الوجوه.", "surveillance_platform"),
    ("Policija iegādājās sejas atpazīšanas rīku videoierakstu analīzei.", "surveillance_platform"),
    ("Polis mövcud kamera yazılarında şəxsləri üzə görə tanıyan sistem alıb.", "surveillance_platform"),
    ("Цагдаа камерын бичлэгээс хүнийг нүүрээр нь таних систем авлаа.", "surveillance_platform"),
    ("The city police signed for video analytics across its 9,000 street cameras to flag fights.",
     "surveillance_platform"),
    ("Harbour police hired Tidewater Vision Inc. for analytics on the 4,000 street cameras of the port district.",
     "surveillance_platform"),
    ("The sheriff will run face searches across the county's stored camera footage.", "surveillance_platform"),
    ("Police detectives will extend face search over the city's 3,000 camera feeds.", "surveillance_platform"),
    ("某区城市运行“一网统管”平台接入全区公共视频，开展人群聚集智能分析。", "surveillance_platform"),
    ("某县公安局车辆卡口数据串接县局科技侦查平台。", "surveillance_platform"),
]

NEGATIVES = [
    # ethnicity recorded for a census, a hospital or a job application; a football match
    ("The census bureau records each household's ethnic group for the national survey.", "ethnicity_analytics"),
    ("The hospital records patients' ethnicity for medical research.", "ethnicity_analytics"),
    ("The employment office registers applicants' ethnic origin to check equal opportunity.",
     "ethnicity_analytics"),
    ("La ficha escolar registra la etnia de los alumnos para el censo.", "ethnicity_analytics"),
    ("Fans cheered as Hausa or Igbo singers took the stage after the match.", "ethnicity_analytics"),
    # social credit: a supplier eligibility clause; bank and driver scores; points only exchanged for goods
    ("供应商未被列入失信被执行人名单，信用积分按评分标准计算。", "social_credit"),
    ("银行对个人信用评级系统进行升级，用于贷款审批。", "social_credit"),
    ("The bank will score the conduct of borrowers and lose no time on defaults.", "social_credit"),
    ("El banco puntuará la conducta de los clientes con tarjeta y restringirá préstamos.", "social_credit"),
    # faces: a face-to-face comparison of offers, a chapter of a book
    ("Il confronto tra le offerte si è svolto faccia a faccia con i fornitori.", "facial_recognition"),
    ("Wanafunzi walisoma sura ya tatu ya kitabu.", "facial_recognition"),
    # platform: a football club called Safe City; recordings analysed for sound quality
    ("Lagos Safe City FC signed two new strikers.", "surveillance_platform"),
    ("اشترت الإذاعة برنامجاً لتحليل تسجيلات الفيديو الموسيقية.", "surveillance_platform"),
    ("The mall owner bought analytics on its 200 cameras to count footfall for retail tenants.",
     "surveillance_platform"),
    ("某区政务服务“一网统管”平台上线，整合办事事项和热线工单。", "surveillance_platform"),
]


@pytest.mark.parametrize(("text", "taxonomy_id"), POSITIVES)
def test_round20_positive(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id in text_tag_ids(text)


@pytest.mark.parametrize(("text", "taxonomy_id"), NEGATIVES)
def test_round20_negative(text: str, taxonomy_id: str) -> None:
    assert taxonomy_id not in text_tag_ids(text)
