"""Round 37b, buyers: the body a terse Chinese award summary opens with (enrich/zh_award_ledes.py), crowds of people
never buyers (enrich/crowd_names.py), a common-noun body that does not buy (enrich/generic_buyers.py), and the place
note after a buyer field's name (enrich/party_values.py, folded there in r38; tests/eval/README.md "names with their
country", part 3).
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.crowd_names import names_a_crowd
from enrich.prose_cues import load_cues
from enrich.zh_award_ledes import award_lede_buyer


def _buyer(title: str, body: str) -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("title, body, buyer", [
    ("某县信用平台运维服务",
     "溧水县发展和改革委员会公共信用信息平台运维，含失信名单推送，"
     "供应商南京信联软件有限公司，金额18万元。", "溧水县发展和改革委员会"),
    ("民族文化展厅布展",
     "莎车县委宣传部民族文化展厅布展，中标单位喀什文博展览有限公司，金额52.6万元。", "莎车县委宣传部"),
    ("自助终端采购", "岳西县中医院自助缴费机20台，供应商安庆医信科技有限公司，金额38万元。", "岳西县中医院"),
    ("交通劝导站监控",
     "宁陵县公安局劝导站视频监控建设，24个站点各装2台摄像机，"
     "成交供应商商丘安视电子有限公司，成交金额16万元。", "宁陵县公安局"),
    ("信贷系统升级",
     "平阳农村商业银行股份有限公司信贷审批系统升级，供应商温州金信软件有限公司，金额41万元。",
     "平阳农村商业银行股份有限公司"),
    ("社区监控维修",
     "武陟县民政局对12个社区的监控摄像机进行维修，"
     "成交供应商：焦作安达电子有限公司，成交价：9.8万元。", "武陟县民政局"),
    ("實驗室設備更新",
     "國家運輸安全調查委員會更新調查實驗室監視設備，"
     "得標廠商台安影像股份有限公司，決標金額新臺幣900萬元。", "國家運輸安全調查委員會"),
])
def test_award_summary_opening_body_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("window", [
    # a failed tender: the suppliers are counted, not named - no award
    "某县监控项目流标公告\n吉县公安局视频监控系统改造项目，因递交投标文件的供应商不足三家，本次招标失败。",
    "某项目终止公告\n蒲县公安局人脸识别系统采购项目因预算调整终止，已报名供应商包括多家企业。",
    # a firm that wins opens the sentence: it is the supplier
    "中标公示\n山西晋安电子有限公司中标灵石县公安局监控项目，供应商联系人王某，金额20万元。",
    # a body's statement, the role word later: no goods glued to the name
    "情况说明\n洪洞县公安局，供应商名单另行公布。",
    # a role word opens the sentence
    "结果公告\n采购人为古县公安局，中标供应商临汾安信有限公司。",
    # a body buying for its units: the lede reader names it, not this one
    "监控采购\n乡宁县公安局为全局八个派出所采购执法记录仪，供应商临汾警用装备有限公司。",
])
def test_award_summary_reader_stays_silent(window: str) -> None:
    span = award_lede_buyer(window, load_cues().zh_org_heads)
    assert span is None or window[span[0]:span[1]] == "乡宁县公安局"


@pytest.mark.parametrize("title, body", [
    ("Residents want plate readers (Joplin)", "Residents of Joplin asked the council for plate readers after a run of "
     "car thefts. No purchase was proposed."),
    ("Podcast on emergency dispatch", "Guests discussed how the 911 centre in Quito links calls and video feeds. The "
     "episode covers no new contract."),
    ("Vendor report", "Civiscore Systems Inc. licenses blacklist publication software to local governments abroad. No "
     "U.S. government customer uses the module."),
    ("Lede", "Critics of the programme said the cameras in Harlow would stay switched off."),
])
def test_a_crowd_is_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_a_body_after_a_crowd_still_buys() -> None:
    assert _buyer("Cameras", "Residents of Joplin asked for plate readers. The Joplin Police Department bought 12 "
                  "plate readers from Flock Safety for $36,000.") == "Joplin Police Department"


@pytest.mark.parametrize("name, crowd", [
    ("Residents of Joplin", True), ("Guests", True), ("No U.S. government", True), ("Some municipal governments", True),
    ("Guelph Police Service", False), ("Resident Services Department of Harlow", False), ("Nogales Police Department",
                                                                                         False),
])
def test_names_a_crowd(name: str, crowd: bool) -> None:
    assert names_a_crowd(name) is crowd


@pytest.mark.parametrize("body", [
    "The city has not renewed its contract with Flock Safety.",
    "The council will never sign a contract with Flock Safety for plate readers.",
    "The town has no longer any contract with Genetec.",
])
def test_a_common_noun_that_does_not_buy_is_no_buyer(body: str) -> None:
    assert _buyer("Flock Safety contract", body) is None


def test_a_common_noun_that_buys_is_kept_as_written() -> None:
    # older labels (sets w, ah, ak) keep "city" where the notice names the body no other way
    assert _buyer("Cameras", "The city has renewed its contract with Flock Safety.") == "city"


@pytest.mark.parametrize("body, buyer", [
    ("Entidad contratante: GAD Municipal del Cantón Loja (Loja). Objeto: 40 cámaras de videovigilancia. "
     "Adjudicatario: Sur Seguridad Cía. Ltda.", "GAD Municipal del Cantón Loja"),
    ("Entidad: Gobierno Autónomo Descentralizado Municipal del Cantón Riobamba, provincia de Chimborazo. Objeto: "
     "cámaras de videovigilancia. Adjudicatario: Andes Tec S.A.",
     "Gobierno Autónomo Descentralizado Municipal del Cantón Riobamba"),
    ("Entidad: Alcaldía Coyoacán, Ciudad de México. Objeto: 120 cámaras de videovigilancia. Adjudicatario: Vigila "
     "MX S.A. de C.V.", "Alcaldía Coyoacán"),
])
def test_a_place_note_after_a_buyer_field_name_is_cut(body: str, buyer: str) -> None:
    assert _buyer("Adjudicación", body) == buyer


@pytest.mark.parametrize("body, buyer", [
    ("Entidad: Registro Nacional de las Personas (RENAP). Objeto: kits biométricos. Adjudicatario: Datacard S.A.",
     "Registro Nacional de las Personas (RENAP)"),
    ("Buyer: Directorate of Economics and Statistics, Government of Assam. Item: CCTV cameras. Supplier: Brahma "
     "Systems Pvt Ltd.", "Directorate of Economics and Statistics, Government of Assam"),
    ("Awarding agency: Department of Justice. Funding office: U.S. Marshals Service, District of Nevada. Recipient: "
     "Acme Biometrics LLC. Description: booking photo management.", "U.S. Marshals Service, District of Nevada"),
])
def test_a_name_with_its_own_comma_or_acronym_stays_whole(body: str, buyer: str) -> None:
    assert _buyer("Award", body) == buyer
