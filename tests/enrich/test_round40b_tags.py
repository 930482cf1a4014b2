"""Round 40b, tags: text written by others.

(1) tests/eval/README.md "Technologies of texts that buy nothing" and "rejected proposals": a budget item, pilot or
request that a mayor vetoes, a court strikes down, a legislature blocks or a people's congress votes down (否决) was
rejected before it was used and buys nothing - in en, pt, es, fr, ru and zh. Not a bid rejected in a tender that went
on (投标被否决), nor a veto about something else beside a purchase made.
(2) README "Gathering alerts; integrated control centres; …" (2): an integrated CCTV control centre is cctv only unless
the notice says it analyses the video or joins it with dispatch or other data; a notice that names the analysis only to
leave it out ("no incluye software de análisis", 映像解析機能は含まない) says it does neither.
The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

REFUSED_BEFORE_USE = [
    ("Governor vetoes state police face recognition pilot",
     "The Governor of Vermont vetoed a $140,000 Vermont State Police facial recognition pilot on Friday."),
    ("Springfield mayor vetoes cell-site simulator purchase",
     "Mayor of Springfield, Ill., vetoed the police department's request for a cell-site simulator ($95,000)."),
    ("Court strikes down county funding for plate readers",
     "The county court struck down the sheriff's $210,000 funding request for licence plate readers."),
    ("Assembly blocks sheriff request for gait recognition",
     "The state assembly blocked the sheriff's budget request for gait recognition software."),
    ("Prefeito vetou compra de câmeras com reconhecimento facial",
     "O prefeito vetou o projeto que previa reconhecimento facial nas escolas municipais."),
    ("某县人大否决人脸识别系统追加预算",
     "某县人大常委会会议否决了县公安局提请的人脸识别系统追加预算（58万元）。"),
    ("某市人大否決居民信用評分系統經費", "某市人大常委會否決市民信用積分系統經費（120萬元）。"),
]


@pytest.mark.parametrize(("title", "body"), REFUSED_BEFORE_USE)
def test_a_proposal_refused_before_use_is_not_tagged(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == set()


KEPT = [
    ("Council buys street cameras",
     "The mayor vetoed a parking fee increase. The council separately awarded Acme Security $150,000 for 30 CCTV "
     "cameras on Main Street.", "cctv"),
    ("某县公安局视频监控项目中标公告",
     "采购人：某县公安局。某公司投标因资格不符被否决。"
     "中标人：某电子有限公司，采购高清网络摄像机60台，金额：64万元。", "cctv"),
    ("City buys plate readers after court ruling",
     "After the court struck down the challenge, the city bought 20 licence plate readers for $96,000.",
     "vehicle_recognition"),
]


@pytest.mark.parametrize(("title", "body", "tag"), KEPT)
def test_a_purchase_beside_another_refusal_keeps_its_tag(title: str, body: str, tag: str) -> None:
    assert tag in enriched_tag_ids(title, body)


UNANALYSED_CENTRES = [
    ("Mantenimiento del centro integrado de videovigilancia",
     "La alcaldía contrata el mantenimiento de las pantallas del centro integrado de videovigilancia y de sus 40 "
     "cámaras. El contrato no incluye software de análisis."),
    ("統合監視センター運用業務",
     "市内の防犯カメラ200台の映像を統合監視センターで監視する業務を委託する。映像解析機能は含まない。"),
    ("City integrated CCTV control centre operators",
     "The city hires 12 operators for its integrated CCTV control centre, which watches 300 street cameras. The "
     "contract does not include analytics software."),
    ("○○시 통합관제센터 관제요원 용역",
     "○○시는 통합관제센터에서 CCTV 1,200대 영상을 모니터링할 관제요원 용역을 발주했다. "
     "영상분석 기능은 포함하지 않는다."),
]


@pytest.mark.parametrize(("title", "body"), UNANALYSED_CENTRES)
def test_a_centre_whose_analysis_is_left_out_is_cctv_only(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


ANALYSING_CENTRES = [
    ("Integrated CCTV monitoring centre upgrade",
     "The integrated CCTV monitoring centre will analyse the video of 300 street cameras and alert 911 dispatchers."),
    ("○○시 통합관제센터 지능형 선별관제", "○○시는 통합관제센터 CCTV 1,200대 영상에 지능형 선별관제 시스템을 구축한다."),
]


@pytest.mark.parametrize(("title", "body"), ANALYSING_CENTRES)
def test_a_centre_that_analyses_stays_a_platform(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv", "surveillance_platform"}
