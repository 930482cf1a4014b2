"""Round 41b buyers: a mixed-case dateline is no buyer; a body said only to run, test or use a system buys nothing.

Sentences written for these tests (not taken from any evaluation set)."""
from __future__ import annotations

import pytest

from enrich import enrich


def _roles(title: str, body: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for party in enrich(title, body).parties:
        out.setdefault(party.role, []).append(party.name)
    return out


@pytest.mark.parametrize(("body", "buyer"), [
    ("Kent County, Michigan — The Kent County Sheriff's Office bought a cell-site simulator from Lakeshore RF LLC, "
     "$380,000.", "Kent County Sheriff's Office"),
    ("Kent County, Mich. — The Kent County Sheriff's Office bought a cell-site simulator from Lakeshore RF LLC, "
     "$380,000.", "Kent County Sheriff's Office"),
    ("Tulare County, California — The Tulare County Board of Supervisors awarded Motorola Solutions, Inc. a contract "
     "for in-car video systems, $1,096,400.", "Tulare County Board of Supervisors"),
])
def test_mixed_case_dateline_is_no_buyer(body: str, buyer: str) -> None:
    assert _roles("Sheriff buys equipment", body).get("buyer") == [buyer]


def test_county_opening_a_sentence_stays_the_buyer() -> None:
    # no spaced dash: "Kent County, Michigan, has awarded …" is the sentence's subject, not a dateline
    roles = _roles("County buys cameras", "Kent County, Michigan, has awarded a contract for CCTV cameras to "
                   "Lakeshore Video LLC for $95,000.")
    assert roles.get("buyer") == ["Kent County"]


@pytest.mark.parametrize(("title", "body", "body_name"), [
    ("Lagos police confirm drone patrols",
     "LAGOS — The Lagos State Police Command said it operates six camera drones over the Lekki corridor.",
     "Lagos State Police Command"),
    ("Polizei testet Kennzeichenleser",
     "Die Kantonspolizei Bern testet seit Mai zwölf Kennzeichenscanner an der Autobahn.", "Kantonspolizei Bern"),
    ("Valencia: la Policía Local usa cámaras corporales",
     "La Policía Local de Valencia utiliza 150 cámaras corporales desde enero, informó el Ayuntamiento.",
     "Policía Local de Valencia"),
    ("警視庁：顔認証の運用",
     "警視庁は、繁華街の防犯カメラ映像で顔認証システムを運用していると明らかにした。", "警視庁"),
])
def test_body_that_only_runs_a_system_is_no_buyer(title: str, body: str, body_name: str) -> None:
    roles = _roles(title, body)
    assert "buyer" not in roles
    assert body_name in roles.get("mentioned", [])


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Police buy drones", "LAGOS — The Lagos State Police Command bought six camera drones from SkyEye Ltd for "
     "₦40 million.", "Lagos State Police Command"),
    ("Police deploy cameras under contract", "LAGOS — The Lagos State Police Command deployed 40 cameras supplied "
     "under a contract with SkyEye Ltd.", "Lagos State Police Command"),
    ("Valencia compra cámaras", "La Policía Local de Valencia adquirió 150 cámaras corporales a Seguridad Levante "
     "S.L.", "Policía Local de Valencia"),
])
def test_body_that_buys_stays_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _roles(title, body).get("buyer") == [buyer]


def test_chinese_clause_before_the_body_is_cut() -> None:
    roles = _roles("晋城智安科技股份有限公司2026年半年度报告",
                   "公司中标晋城市城区公安分局智能卡口项目（合同金额1,380万元），项目已验收。")
    assert roles.get("buyer") == ["晋城市城区公安分局"]


def test_filing_customer_that_deployed_the_system_stays_the_buyer() -> None:
    roles = _roles("柳州智眸科技股份有限公司2026年年度报告", "公司的人脸比对系统已在柳州市公安局部署使用。")
    assert roles.get("buyer") == ["柳州市公安局"]
