"""Round 42 (tags): a report keeps the system the named body owns, is ordered to change, is found or fined for, or is
said to have in use (README "Technologies of texts that buy nothing"), while debates, proposals, denials, explainers
and fines of companies stay untagged; a video platform a module is added to is where it runs, not a platform bought;
camera feeds fused with calls, hits or databases are a platform. Sentences written for these tests (en es it fr de
pt zh)."""
from __future__ import annotations

import pytest

from enrich.classify import classify
from enrich.classify.host_platforms import without_host_platforms
from enrich.classify.reported_use import owned_or_ordered
from enrich.text import fold


def _ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


# --- reports: what the named body runs, is ordered to change, or is found or fined for ---------------------------

REPORTED_USE = [
    ("Ombudsman rules on police plate readers\nThe state ombudsman found that the Reno Police Department kept plate "
     "reader data for five years and ordered it to delete old records.", "vehicle_recognition"),
    ("Court asks police to explain face matching\nThe High Court asked Chennai City Police to explain its use of "
     "facial recognition at railway stations within six weeks.", "facial_recognition"),
    ("Watchdog opens inquiry into sheriff's face search\nThe privacy commissioner opened an inquiry into the Orange "
     "County Sheriff's facial recognition system, which the office has used since 2019.", "facial_recognition"),
    ("Regulator reprimands borough over CCTV audio\nThe Information Commissioner issued a reprimand to Camden Borough "
     "Council for recording conversations on its estate CCTV cameras.", "cctv"),
    ("Juez ordena a municipio apagar cámaras\nEl Juzgado de Valparaíso ordenó a la Municipalidad de Viña del Mar "
     "desactivar tres cámaras de videovigilancia que grababan patios privados.", "cctv"),
    ("Il Garante sanziona il Comune\nIl Garante privacy ha ordinato al Comune di Lecce di cancellare le immagini "
     "raccolte con il sistema di riconoscimento facciale sperimentato allo stadio.", "facial_recognition"),
    ("La CNIL met en demeure une commune\nLa CNIL a ordonné à la commune de Nîmes de retirer les caméras de "
     "vidéoprotection qui filmaient des habitations.", "cctv"),
    ("Datenschützer rügt Polizei\nDer Landesbeauftragte für Datenschutz hat das Polizeipräsidium Mainz gerügt, weil es "
     "Aufnahmen der Videoüberwachung am Bahnhof zu lange speicherte.", "cctv"),
    ("县人大常委会听取公安局天网运行情况报告\n"
     "县人大常委会听取县公安局关于天网工程运行情况的报告：全县在用监控点位420个。", "cctv"),
    ("Tribunal manda prefeitura desligar câmeras\nO Tribunal de Justiça determinou que a Prefeitura de Campinas "
     "desligue as câmeras de reconhecimento facial instaladas nos terminais.", "facial_recognition"),
]


@pytest.mark.parametrize(("text", "tag"), REPORTED_USE)
def test_a_report_keeps_what_the_named_body_runs(text: str, tag: str) -> None:
    assert tag in _ids(text)


NOTHING_RUN = [
    "Council debates face recognition, no vote\nLeeds City Council debated whether police should use facial "
    "recognition in the city centre; no motion was put.",
    "Councillors propose cameras\nTwo councillors proposed that the council install cameras in Roundhay Park; the idea "
    "will be discussed next year.",
    "Police deny using face search\nThe Auckland police denied that they had ever used any facial recognition search "
    "tool.",
    "Explainer: how ALPR works\nAn explainer describes how plate readers convert plates to text; it names no agency.",
    "Concejo debate cámaras sin votar\nEl Concejo de Rosario debatió la ampliación de las cámaras de videovigilancia; "
    "no se votó ningún proyecto.",
    "Le conseil municipal débat\nLe conseil municipal de Lyon a débattu de la reconnaissance faciale sans voter de "
    "crédit.",
    "Landtag debattiert Gesichtserkennung\nDer Landtag debattierte über Gesichtserkennung an Bahnhöfen; ein Beschluss "
    "fiel nicht.",
    "Regulator fines camera maker\nA data protection authority fined a camera manufacturer for shipping cameras with "
    "default passwords. No public body is concerned.",
    "市政协委员建议试点人脸识别\n在市政协会议上，委员提交提案，"
    "建议市公安局研究引入人脸识别技术，目前尚未部署相关系统。",
    "Il consiglio comunale discute\nIl Consiglio comunale di Bari ha discusso una mozione sulle telecamere "
    "intelligenti; non è stata approvata alcuna spesa.",
    "Court rules against startup\nA court in Madrid ruled that a face-search startup unlawfully scraped images of its "
    "users. The ruling names no public body.",
    "Senate questions police over plan\nSenators questioned the National Police over its plan for facial recognition "
    "cameras at airports; nothing was approved.",
]


@pytest.mark.parametrize("text", NOTHING_RUN)
def test_a_report_of_a_debate_plan_denial_or_company_tags_nothing(text: str) -> None:
    assert _ids(text) == set()


def test_owned_or_ordered_reads_possessives_but_not_plans() -> None:
    owned = fold("the council recorded audio on its town-centre cctv cameras")
    start = owned.index("cctv")
    assert owned_or_ordered(owned, 0, start, start + 12, len(owned))
    planned = fold("senators questioned the police over its plan for new cctv cameras")
    start = planned.index("cctv")
    assert not owned_or_ordered(planned, 0, start, start + 12, len(planned))


# --- a video platform a module is added to is where it runs --------------------------------------------------------

HOST_PLATFORM_MODULES = [
    "某县公安局人员民族属性分析模块采购\n采购人：某县公安局。"
    "在现有视频结构化系统中新增少数民族人员分析模块。成交金额：36万元。",
    "某市公安局民族识别算法授权\n"
    "某市公安局采购民族识别算法授权100路，加载于现有视频分析平台，金额28万元。",
]


@pytest.mark.parametrize("text", HOST_PLATFORM_MODULES)
def test_a_module_added_to_an_existing_structuring_platform_is_no_platform(text: str) -> None:
    ids = _ids(text)
    assert "ethnicity_analytics" in ids
    assert "surveillance_platform" not in ids


def test_a_structuring_platform_built_stays_a_platform() -> None:
    built = ("某县公安局视频结构化平台建设项目\n建设视频结构化平台一套，"
             "接入全县1200路视频，实现人、车、物结构化检索。成交金额：320万元。")
    gathering = ("某县公安局民族识别模块采购\n在现有视频结构化平台上增加民族属性识别模块，"
                 "出现维吾尔族人员聚集时自动报警。金额：60万元。")
    assert "surveillance_platform" in _ids(built)
    assert "surveillance_platform" in _ids(gathering)


def test_host_phrase_is_read_as_a_plain_platform() -> None:
    assert "结构化" not in without_host_platforms(fold("在现有视频结构化平台上增加民族属性识别模块"))
    assert "结构化" in without_host_platforms(fold("建设视频结构化平台一套"))


# --- camera feeds fused with calls, hits or databases --------------------------------------------------------------

FUSED = [
    "Highway police VMS upgrade\nThe Sindh Highway Police upgraded its VMS to fuse camera feeds with plate hits and "
    "stolen-vehicle databases for Rs 310 million.",
    "Emergency agency joins calls and video\nThe Ogun State Emergency Agency awarded Abeokuta Systems N2.1 billion to "
    "join 112 calls with live feeds from 600 cameras.",
    "Tram operator tracks riders\nThe transit authority awarded a contract to follow persons across tram cameras, "
    "fused with ticket records.",
]


@pytest.mark.parametrize("text", FUSED)
def test_camera_feeds_fused_with_other_data_are_a_platform(text: str) -> None:
    assert "surveillance_platform" in _ids(text)


NOT_FUSED = [
    "Town buys cameras\nThe town bought 40 cameras and a recorder for the market; footage is kept for 30 days.",
    "Dispatch consoles\nThe county bought dispatch consoles for its 911 centre; no video is joined with the calls.",
    "Traffic signals joined\nThe city combined its traffic signal timing with bus priority data.",
]


@pytest.mark.parametrize("text", NOT_FUSED)
def test_cameras_or_calls_alone_are_no_platform(text: str) -> None:
    assert "surveillance_platform" not in _ids(text)


# --- a company's own report says what it sells ---------------------------------------------------------------------

COMPANY_REPORTS = [
    ("Annual report: Harbour Sight Ltd\nHarbour Sight Ltd sells licence plate recognition cameras to councils in "
     "Ireland and Wales.", "vehicle_recognition"),
    ("Sustainability report: Kiwi Lens plc\nKiwi Lens supplies CCTV cameras for railway stations; in 2026 we delivered "
     "the Hutt Valley line.", "cctv"),
    ("Press release - Lumen Guard wins Dundee contract\nLumen Guard announces that Dundee City Council has ordered 140 "
     "of its CCTV cameras for the city centre.", "cctv"),
]


@pytest.mark.parametrize(("text", "tag"), COMPANY_REPORTS)
def test_a_company_report_is_tagged_with_what_it_sells(text: str, tag: str) -> None:
    assert tag in _ids(text)


def test_a_company_report_of_no_surveillance_tags_nothing() -> None:
    assert _ids("Annual report: Meadow Payments plc\nMeadow Payments provides card terminals and loan scoring to "
                "shops. Revenue rose 8%.") == set()
    assert _ids("Study: plate readers in suburbs\nResearchers at a university counted plate readers in 40 suburbs; "
                "the study names no agency.") == set()
