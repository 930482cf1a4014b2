"""Vendor links from prose: every registry vendor a notice names is a party - `supplier` where the text says it
supplied, `mentioned` otherwise - and negative contexts never link. Texts are fictional; vendor names are real
registry names used only to test matching."""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties
from enrich.vendor_links import notice_stage


def _links(text: str, **kwargs) -> list[tuple[str, str, str | None]]:
    parties = extract_parties(text, **kwargs)
    for party in parties:  # evidence integrity: the name is the text at its offsets
        assert text[party.evidence.start:party.evidence.end] == party.evidence.text == party.name
    return [(p.role, p.name, p.vendor_id) for p in parties if p.vendor_id]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the examples
        ("The Safe City platform was delivered with our technology partner ZTE in 2021.",
         [("supplier", "ZTE", "zte")]),
        ("Its gait module was developed with Yitu and piloted at two stations.", [("supplier", "Yitu", "yitu")]),
        ("The 216 cameras supplied by Hangzhou Hikvision Digital Technology Co., Ltd. went live in May.",
         [("supplier", "Hangzhou Hikvision Digital Technology Co., Ltd.", "hikvision")]),
        ("Risk factors. We depend on a limited number of suppliers for video analytics components, including "
         "Zhejiang Uniview Technologies Co., Ltd. and iFLYTEK Co., Ltd.",
         [("supplier", "Zhejiang Uniview Technologies Co., Ltd.", "uniview"),
          ("supplier", "iFLYTEK Co., Ltd.", "iflytek")]),
        # more languages
        ("Les caméras, fournies par Dahua Technology, couvrent le centre-ville.",
         [("supplier", "Dahua Technology", "dahua")]),
        ("El sistema fue suministrado por Huawei del Perú S.A.C. en 2022.",
         [("supplier", "Huawei del Perú S.A.C.", "huawei")]),
        ("As câmeras foram fornecidas pela Hikvision do Brasil.", [("supplier", "Hikvision do Brasil", "hikvision")]),
        ("Die Software wurde geliefert von der Cognitec Systems GmbH.",
         [("supplier", "Cognitec Systems GmbH", "cognitec")]),
        ("本项目人脸识别算法由北京依图网络科技有限公司提供。", [("supplier", "北京依图网络科技有限公司", "yitu")]),
        ("平台采用商汤技术，实现重点人员布控。", [("supplier", "商汤", "sensetime")]),
        ("该局与中兴合作建设雪亮工程。", [("supplier", "中兴", "zte")]),
        ("经评审，成交供应商为浙江宇视科技有限公司。", [("supplier", "浙江宇视科技有限公司", "uniview")]),
        ("Award contract to HANGZHOU HIKVISION DIGITAL TECH for 400 cameras.",
         [("supplier", "HANGZHOU HIKVISION DIGITAL TECH", "hikvision")]),
    ],
)
def test_supplier_wording_links_the_vendor(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our competitors include Hikvision and Dahua, which sell at lower prices.",
         [("mentioned", "Hikvision", "hikvision"), ("mentioned", "Dahua", "dahua")]),
        ("Competitors such as Hikvision supplied most of the market.", [("mentioned", "Hikvision", "hikvision")]),
        ("Unlike Hikvision, we do not sell to public security bureaus.", [("mentioned", "Hikvision", "hikvision")]),
        ("We do not use Dahua cameras in any project.", [("mentioned", "Dahua", "dahua")]),
        ("公司主要竞争对手包括海康威视、大华股份。",
         [("mentioned", "海康威视", "hikvision"), ("mentioned", "大华股份", "dahua")]),
        ("品牌不限，但须兼容既有海康威视平台。", [("mentioned", "海康威视", "hikvision")]),
        ("语音识别转写服务（科大讯飞或同等档次）。", [("mentioned", "科大讯飞", "iflytek")]),
        ("Scope: 140 IP cameras (Axis Communications or equivalent) and a VMS upgrade.",
         [("mentioned", "Axis Communications", "axis")]),
        ("The council will replace existing Hikvision cameras bought in 2016.",
         [("mentioned", "Hikvision", "hikvision")]),
    ],
)
def test_negative_contexts_never_link(text, expected):
    assert _links(text) == expected


def test_hikvision_compatible_in_a_competitors_award_is_a_mention():
    text = ("Contract award notice\nWinner: Example Vision Ltd\n"
            "Item 1: 200 Hikvision-compatible IP cameras, model EV-200, supplied by the winner.")
    assert _links(text) == [("mentioned", "Hikvision", "hikvision")]


def test_brands_in_an_award_item_list_are_suppliers_and_in_a_tender_requirements():
    award = ("某县公安局视频监控采购项目中标公告\n中标供应商：青山星辰安防科技有限公司\n"
             "主要标的：高清网络球机 海康威视 DS-2DE7423IW-A 46台；人脸抓拍机（大华）18台")
    assert _links(award) == [("supplier", "海康威视", "hikvision"), ("supplier", "大华", "dahua")]
    tender = ("某县公安局视频监控采购项目招标公告\n预算金额：300万元\n"
              "技术要求：高清网络球机 海康威视 DS-2DE7423IW-A 46台")
    assert _links(tender) == [("mentioned", "海康威视", "hikvision")]
    assert _links(tender.replace("招标公告", "公告"), kind="tender") == [("mentioned", "海康威视", "hikvision")]


def test_news_purchase_sentences_link_and_reports_of_risk_do_not():
    assert _links("The county has purchased BriefCam video analytics for its investigators.") == [
        ("supplier", "BriefCam", "briefcam")]
    risk = "Hikvision cameras could become unavailable to us if export controls are extended."
    assert _links(risk, kind="disclosure") == [("mentioned", "Hikvision", "hikvision")]


def test_short_names_need_wording_or_context():
    assert _links("The NEC is the national electoral commission.") == []
    assert _links("The vans, supplied by NEC, compare faces against a watchlist.") == [("supplier", "NEC", "nec")]
    assert _links("地址：杭州市海康路1号 大华路 中兴路88号") == []


def test_a_supplier_is_not_repeated_as_a_wordless_mention():
    text = "中标供应商：浙江大华技术股份有限公司\n标的：半球摄像机（大华）20台\n简介：Dahua Technology 成立于2001年"
    assert _links(text) == [("supplier", "浙江大华技术股份有限公司", "dahua"), ("supplier", "大华", "dahua")]
    negative = "中标供应商：浙江大华技术股份有限公司\n备注：须兼容既有大华平台"
    assert _links(negative) == [("supplier", "浙江大华技术股份有限公司", "dahua"), ("mentioned", "大华", "dahua")]


def test_every_named_vendor_is_recorded():
    text = "Campaigners compared the scheme with Hikvision deployments elsewhere; Huawei declined to comment."
    assert {vendor for _, _, vendor in _links(text)} == {"hikvision", "huawei"}


def test_notice_stage():
    assert notice_stage("X县公安局视频监控中标结果公告\n…") == "award"
    assert notice_stage("X县公安局视频监控公开招标公告\n…") == "tender"
    assert notice_stage("Request for Tender: CCTV upgrade\nScope: …") == "tender"
    assert notice_stage("anything", kind="award") == "award"
    assert notice_stage("Council approves cameras\nThe council approved…") == "award"
    assert notice_stage("Campaigners criticise cameras\nNothing else.") is None
    assert notice_stage("Form 20-F (excerpt) – Item 3.D Risk Factors\n…") == "report"
    assert notice_stage("anything", kind="disclosure") == "report"


def test_brand_strings_in_news_link_but_not_in_a_company_report():
    assert _links("Hikvision cameras watch over the square day and night.") == [
        ("supplier", "Hikvision", "hikvision")]
    assert _links("Hikvision cameras were removed from council buildings in 2023.") == [
        ("mentioned", "Hikvision", "hikvision")]
    report = "Annual report 2023\nHikvision cameras face restrictions in several markets."
    assert _links(report) == [("mentioned", "Hikvision", "hikvision")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council declined to buy Hikvision cameras for the depot.", "mentioned"),
        ("The city will stop using Hikvision cameras next year.", "mentioned"),
        ("Officials did not purchase Dahua equipment.", "mentioned"),
        ("该局拒绝采购海康威视设备。", "mentioned"),
        ("The contract was awarded to Example Ltd, a Hikvision partner.", "mentioned"),
        ("Item 1: Hikvision DS-2CD2143G2-I cameras (or equivalent), 40 units.", "mentioned"),
        ("球机：海康威视DS-2DE7423IW-A或同等档次产品", "mentioned"),
        ("与海康威视相比，公司产品价格更低。", "mentioned"),
        ("Hikvision, a leading competitor, cut prices.", "mentioned"),
        ("Dahua-made cameras were installed at the station.", "supplier"),
        ("Resolution approving an agreement between the City of Example and Motorola Solutions, Inc. for ALPR.",
         "supplier"),
        ("Motion to approve the purchase of 25 Flock Safety cameras passed 5-2.", "supplier"),
        ("La alcaldía adquirió 300 cámaras marca Dahua para el centro.", "supplier"),
        ("Die Stadt setzt Kameras von Bosch ein.", "supplier"),
        ("Камеры Hikvision установлены на 40 перекрёстках.", "supplier"),
        ("公司与海康威视、大华股份等行业龙头保持长期合作。", "supplier"),
        ("We source image sensors from Sony and SoCs from HiSilicon.", "supplier"),
        ("Le logiciel de reconnaissance faciale d'Idemia équipera 24 caméras.", "supplier"),
        ("Il sistema è stato fornito da Huawei Italia.", "supplier"),
        ("Sistem kamera disediakan oleh Hikvision.", "supplier"),
        ("Kameralar Hikvision tarafından kuruldu.", "supplier"),
        ("De camera's zijn geleverd door Dahua.", "supplier"),
        ("Kamery dostarczone przez Hikvision.", "supplier"),
        ("Kontrak dengan Hikvision ditandatangani pada 2023.", "supplier"),
        ("Hikvision ile sözleşme imzalandı.", "supplier"),
        ("Hệ thống camera do Hikvision cung cấp.", "supplier"),
        ("تم تركيب الكاميرات بالتعاون مع Huawei في المدينة.", "supplier"),
        ("Постачальник — Hikvision.", "supplier"),
        ("カメラはHikvision製です。", "supplier"),
        ("Kameralar (Hikvision veya muadili) 40 adet.", "mentioned"),
        ("Pesaing seperti Hikvision menurunkan harga.", "mentioned"),
        ("Only non-Hikvision cameras were bought.", "mentioned"),
    ],
)
def test_roles_in_more_wordings(text, expected):
    roles = {role for role, _, _ in _links(text)}
    assert roles == {expected}, text


def test_negative_after_read_from_factors_found_once_per_range():
    """AnyGuarded.matches_in over factors found once in a wider range answers as matches() of the slice."""
    import random

    from enrich.vendor_links import WINDOW, load_cues
    from tests.enrich.identity import eval_texts

    guarded, rng = load_cues().negative_after, random.Random(5)
    texts = [text for text in eval_texts() if guarded.matches(text[:200]) or rng.random() < 0.2]
    for text in texts[:400] + ["", "x", "Hikvision, or other brands", "HIKVISION OR EQUIVALENT"]:
        lo = rng.randrange(len(text) + 1)
        hi = min(len(text), lo + rng.randrange(600))
        found = guarded.factors_in(text, lo, hi)
        for pos in range(lo, hi + 1, 3):
            endpos = min(hi, pos + WINDOW)
            assert guarded.matches_in(text, pos, endpos, found) == guarded.matches(text[pos:endpos]), (text, pos)
