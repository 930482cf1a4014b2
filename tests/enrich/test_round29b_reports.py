"""Round 29b, texts about surveillance that buy nothing (set ae's `surveillance_report` and `negated` notices).

- A report, study, hearing, court ruling or news item that says in so many words that nothing is or was bought, in the
  shapes of the round-27 family it did not yet read: "No procurement is discussed", "no new acquisition is proposed",
  "The study involved no deployment", "no system was bought", "before any licence was bought", "no new surveillance
  technology was acquired", es "la resolución no ordena ninguna compra", "no se contrató nada", pt "não envolve
  contratação", "nenhuma compra foi autorizada", fr "aucun marché n'est décrit", "a reporté tout
  achat", de "Eine Beschaffung ist nicht Gegenstand", "Beschafft wurde nichts", ru "не касается закупок",
  "закупки в обзоре не рассматриваются", nl "er worden geen camera's aangeschaft", he "לא נחתם חוזה", zh
  审议未涉及任何采购 / 判决不涉及政府采购 / 并无任何采购 / 亦無採購計畫, ja 調達は含まれない / 契約を締結していない,
  ko 구매와는 무관하다
  (enrich/data/taxonomy_cues.yaml, headline.nothing_bought_in_body): every technology named is denied.
- fr inverted passive "sont exclues toute fonction de reconnaissance faciale" and sv/nb/da "avstår från" negate the
  technology after them (negation blocks fr, nb), the cameras bought stay.
- Near misses: a notice that buys (a purchase statement, a maintenance of cameras that buys no new ones) keeps its tags.

The rules are tested with the tag model's proposals and veto off: the model learnt set ae and would hide the rules'
reading. Every text was written for this file (fictional bodies and firms); none comes from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import tag_ids


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from enrich import tag_model

    monkeypatch.setattr(tag_model, "THRESHOLD", 2.0)  # no probability reaches it: no proposal, no veto
    monkeypatch.setattr(tag_model, "NONE_CERTAIN", 2.0)


NOTHING_BOUGHT = [
    ("en discussed", "Committee hears evidence on facial recognition accuracy",
     "The Justice Committee of the Assembly of Norland heard testimony from two researchers and a vendor association "
     "on facial recognition error rates. No procurement was discussed."),
    ("en proposed", "Annual report on licence plate readers",
     "The Westbrook Police Department reports on its 12 licence plate readers in service. No new acquisition is "
     "proposed."),
    ("en study involved", "Study compares gait recognition models",
     "Engineers at Eastmere Polytechnic compared five gait recognition models on public walking videos. The study "
     "involved no deployment."),
    ("en no system bought", "Residents object to face-recognition door panels",
     "Tenants of a Riverside housing block complained about a plan for facial recognition entry panels; the plan was "
     "dropped and no system was bought."),
    ("en before any licence", "Harbour Police Service: face search pilot",
     "The service halted a pilot of a face search service before any licence was purchased."),
    ("en no technology acquired", "Greystone licence plate readers: annual report",
     "The city's 14 licence plate readers stay in service; no new surveillance technology was acquired this year."),
    ("es no ordena", "Tribunal revisa el sistema de reconocimiento facial de Villa Serena",
     "El Juzgado Administrativo de Villa Serena mantuvo la suspensión del sistema de reconocimiento facial; la "
     "resolución no ordena ninguna compra."),
    ("es no se contrató", "Defensoría pide explicaciones por cámaras con reconocimiento facial",
     "La Defensoría de Monte Claro pidió explicaciones sobre un proyecto de cámaras con reconocimiento facial en la "
     "terminal; el municipio respondió que el proyecto se descartó y no se contrató nada."),
    ("pt não envolve", "Pesquisa avalia reconhecimento facial em estádios",
     "Pesquisadores de uma universidade estadual mediram erros do reconhecimento facial usado em estádios; a pesquisa "
     "não envolve contratação."),
    ("pt nenhuma compra", "Câmara de Vila Nova debate leitura de placas",
     "A Câmara Municipal de Vila Nova debateu um projeto sobre leitura de placas nas entradas da cidade; a sessão "
     "terminou sem votação e nenhuma compra foi autorizada."),
    ("fr aucun marché décrit", "Une association publie un inventaire des caméras algorithmiques",
     "L'association Veille Citoyenne a publié un inventaire des communes utilisant la vidéosurveillance algorithmique "
     "; aucun marché n'est décrit."),
    ("fr a reporté tout achat", "Valmont : caméras de la gare routière",
     "La commune de Valmont a refusé l'offre de caméras Dahua pour la gare routière et a reporté tout achat de "
     "vidéoprotection."),
    ("de nicht Gegenstand", "Datenschutzbericht kritisiert Gesichtserkennung",
     "Der Jahresbericht des Landesdatenschutzbeauftragten kritisiert einen Test der Gesichtserkennung am Bahnhof "
     "Talstadt. Eine Beschaffung ist nicht Gegenstand."),
    ("de beschafft wurde nichts", "Studie: Videoüberwachung an Plätzen",
     "Eine Studie des Instituts für Stadtforschung Talstadt untersuchte Videoüberwachung an drei Plätzen. Beschafft "
     "wurde nichts."),
    ("ru не касается", "Суд рассмотрел иск о распознавании лиц",
     "Районный суд города Северск отказал в иске о применении распознавания лиц на вокзале; решение не касается "
     "закупок."),
    ("ru в обзоре", "Обзор правозащитников о распознавании лиц",
     "Правозащитная группа опубликовала обзор применения распознавания лиц в городе Северск; закупки в обзоре не "
     "рассматриваются."),
    ("nl geen camera's", "Gemeenteraad Zuiderveen wijst ANPR-voorstel af",
     "De gemeenteraad van Zuiderveen stemde tegen het voorstel voor ANPR-camera's bij de invalswegen; er worden geen "
     "camera's aangeschaft."),
    ("he לא נחתם חוזה", "העירייה מוותרת על מצלמות זיהוי פנים בפארק",
     "עיריית גבעת הדר החליטה שלא להציב מצלמות זיהוי פנים בפארק העירוני; לא נחתם חוזה."),
    ("zh 审议未涉及", "新闻：某市人大常委会审议人脸识别条款",
     "某市人大常委会审议物业管理条例修正案，规定小区不得强制使用人脸识别门禁。审议未涉及任何采购。"),
    ("zh 判决不涉及", "法院判决：业主诉物业人脸识别门禁案",
     "某区人民法院判决物业公司删除业主人脸信息。判决不涉及政府采购。"),
    ("zh-Hant 並無任何採購", "學者：監視器與竊盜案件",
     "某大學學者分析各鄉鎮設置的路口監視器與竊盜案件數的關係，文中提及多個監視器品牌，但並無任何採購。"),
    ("zh-Hant 無採購計畫", "某分局回應議員質詢：監視器功能說明",
     "某分局回應議員質詢表示，轄內監視器不具人臉辨識功能，亦無採購計畫。"),
    ("ja 調達は含まれない", "弁護士会、顔認証カメラの規制を求める",
     "某県弁護士会は、駅での顔認証カメラ利用の規制を求める意見書を公表した。調達は含まれない。"),
    ("ja 締結していない", "県警、歩容認証の研究委託は行わず",
     "県警察は県議会で、歩容認証技術の研究委託契約を締結していないと答弁した。"),
    ("ko 무관", "시민단체 보고서: CCTV 관제센터 운영 실태",
     "시민단체는 지자체 CCTV 관제센터 운영 실태 보고서를 발표했다. "
     "보고서는 장비 비율을 분석했을 뿐 구매와는 무관하다."),
    # the same statement of the body that would buy (sets ac, ad, s, v, y, z)
    ("en holds no such contract", "Town of Alder Falls: face surveillance ordinance",
     "The Town Board of Alder Falls adopted an ordinance on the use of face surveillance technology by town "
     "departments, including services offered by vendors such as Clearview AI. The police department confirmed it "
     "holds no such contract."),
    ("en appropriates no funds", "City of Marrow Bay: ordinance on gait recognition",
     "The City Council of Marrow Bay adopted an ordinance that regulates gait recognition cameras in city "
     "facilities. The ordinance appropriates no funds."),
    # round 43: a use stopped ran and is tagged by the README rule of 02:03 (test_round43_facial.py); the body here
    # only looked at the tool, which the rule leaves untagged
    ("en no plans to procure one", "Prosecutor looks at face search tool",
     "The Dunmore County prosecutor's office looked at a facial recognition search tool offered for free. The "
     "office never paid for the tool and has no plans to procure one."),
    ("en no licence ordered", "Council strikes face search licence item",
     "The Council of Port Ellis voted 6-1 to strike the item on facial recognition search licences for the police "
     "department. Staff confirmed that no licence had been ordered."),
    ("he שלא לרכוש אותה", "דו\"ח: העירייה בחנה מצלמות עם זיהוי פנים",
     "דו\"ח המבקר מצא כי עיריית גבעת הדר בחנה מערכת מצלמות עם זיהוי פנים, אך החליטה שלא לרכוש אותה."),
    ("zh-Hant 並無採購", "捷運臉部辨識驗票",
     "媒體報導捷運將以臉部辨識系統驗票，捷運公司回應，目前為研究計畫，並無採購。"),
    ("ur خریدا ہی نہیں گیا", "شہر میں چہرے کی شناخت والے کیمروں کا الزام، حکومت کی تردید",
     "صوبائی حکومت نے ان خبروں کی تردید کی ہے کہ شہر میں چہرے کی شناخت والے کیمرے نصب ہیں۔ ترجمان نے کہا کہ ایسا کوئی "
     "نظام خریدا ہی نہیں گیا۔"),
]


@pytest.mark.parametrize(("label", "title", "body"), NOTHING_BOUGHT, ids=[c[0] for c in NOTHING_BOUGHT])
def test_a_text_that_says_nothing_is_bought_gets_no_tag(label: str, title: str, body: str) -> None:
    assert tag_ids(title, body) == set()


BUYS = [
    ("en proposed, bought", "Westbrook police cameras",
     "The Westbrook Police Department bought 40 CCTV cameras from Fenmark Systems for $380,000. No further acquisition "
     "was needed."),
    ("es ordena la compra", "Municipio de Villa Serena adjudica cámaras",
     "El Municipio de Villa Serena adjudicó a Quebrada Vigía S.A. 120 cámaras de videovigilancia por $ 4.800.000; la "
     "resolución ordena la compra."),
    ("nl nieuwe camera's", "Onderhoud cameratoezicht Zuiderveen",
     "De gemeente Zuiderveen gunt het onderhoud van 60 bestaande camera's voor cameratoezicht aan Veldwacht BV voor "
     "€ 240.000; er worden geen nieuwe camera's aangeschaft."),
    ("zh 采购", "某县公安局视频监控项目成交公告",
     "采购人：某县公安局。成交供应商：某安防工程有限公司，金额：86万元。内容：新建治安视频监控点位120路。"),
]


@pytest.mark.parametrize(("label", "title", "body"), BUYS, ids=[c[0] for c in BUYS])
def test_a_purchase_keeps_its_tag(label: str, title: str, body: str) -> None:
    assert "cctv" in tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Métropole de Valmont — maintenance de la vidéoprotection",
     "Acheteur : Métropole de Valmont. Maintenance du système de vidéoprotection des stations de tramway (210 "
     "caméras) — sont exclues toute fonction de reconnaissance faciale et toute analyse biométrique, 980 000 € HT, "
     "attribué à Valmont Vidéo SAS.", "facial_recognition", "cctv"),
    ("Kommunen köper kameror",
     "Kommunen Norrvik köper 30 kameror för kameraövervakning av resecentrum för 1,2 miljoner kronor och avstår från "
     "ansiktsigenkänning.", "facial_recognition", "cctv"),
])
def test_exclusion_and_refrain_words_negate_what_follows(title: str, body: str, denied: str, kept: str) -> None:
    tags = tag_ids(title, body)
    assert denied not in tags
    assert kept in tags
