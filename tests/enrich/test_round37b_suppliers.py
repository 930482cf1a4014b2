"""Round 37b (suppliers): the supplier's role noun right before its name without a field's colon, and supply
statements their sentence denies ("has not renewed its contract with X").

Every sentence is fictional; each family has near misses that must not give a supplier.
"""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties


def _suppliers(text: str) -> list[str]:
    return [p.name for p in extract_parties(text) if p.role == "supplier"]


@pytest.mark.parametrize(("text", "name"), [
    # zh: the role noun after a comma, with or without 为
    ("桐柏县公安局采购治安卡口摄像机24台，供应商南阳青松安防科技有限公司，金额38.6万元。", "南阳青松安防科技有限公司"),
    ("桐柏县公安局派出所视频监控补点，供应商为南阳明渠网络工程有限公司，合同金额12万元。", "南阳明渠网络工程有限公司"),
    ("项目：城区监控改造工程，施工单位河南远望电子工程有限公司，结算金额56万元。", "河南远望电子工程有限公司"),
    # ja, ko
    ("松山市は防犯カメラ60台を更新する。受注者は道後映像システム株式会社、契約額は4,200万円。",
     "道後映像システム株式会社"),
    ("청주시는 방범용 CCTV 90대를 설치한다. 시공사 무심천정보통신㈜, 계약금액 9억원.", "무심천정보통신㈜"),
    # Latin script after a comma, and a reseller's noun
    ("O município instalou 90 câmeras no centro, fornecedor Serra Azul Segurança Lda., valor 4.100.000 escudos.",
     "Serra Azul Segurança Lda."),
    ("Die Gemeinde erneuert 30 Kameras am Marktplatz; Auftragnehmer Lahn Videotechnik GmbH, 180.000 Euro.",
     "Lahn Videotechnik GmbH"),
    ("La commune a installé 22 caméras au port, titulaire Lagon Vidéo SARL, 31 millions XPF.", "Lagon Vidéo SARL"),
    ("Il comune ha acquistato 30 telecamere Dahua tramite il rivenditore Garda Videosistemi S.r.l., per 60.000 euro.",
     "Garda Videosistemi S.r.l."),
    ("El municipio compró 40 cámaras, contratista Chorotega Vigilancia S.A., monto ₡ 210.000.000.",
     "Chorotega Vigilancia S.A."),
])
def test_role_noun_before_the_name_gives_the_supplier(text: str, name: str) -> None:
    assert name in _suppliers(text)


@pytest.mark.parametrize("text", [
    "供应商须为在中国境内注册的有限公司，具备安防工程资质，采购监控摄像机40台。",
    "供应商应在合同签订后30日内完成摄像机安装，采购人为桐柏县公安局。",
    "El municipio compró 40 cámaras, contratista de la obra vial, por 3 millones.",
    "La commune a posé 12 caméras, fournisseur de la ville depuis dix ans, pour 30 000 euros.",
    "Der Lieferant der Kameras ist noch nicht bekannt; die Stadt zahlt 90.000 Euro.",
    "Award recipient: GULF HARBOR CAMERA DISTRIBUTORS LLC",  # a distributor's noun inside a name is no cue
])
def test_role_noun_without_a_company_gives_no_supplier(text: str) -> None:
    suppliers = _suppliers(text)
    assert not any(name.startswith(("须", "应", "de la", "S LLC", "noch")) for name in suppliers), suppliers


@pytest.mark.parametrize(("text", "name"), [
    ("The borough council has not renewed its contract with Millbrook Camera Services Ltd for town-centre CCTV.",
     "Millbrook Camera Services Ltd"),
    ("The board decided not to renew its licence agreement with Fernhill Analytics Inc. for plate readers.",
     "Fernhill Analytics Inc."),
    ("El concejo no renovó su contrato con Vigilancia del Sur S.A. para las cámaras del centro.",
     "Vigilancia del Sur S.A."),
    ("A câmara não renovou o contrato com Olho Atento Ltda. para as câmeras da orla.", "Olho Atento Ltda."),
    ("Il comune non ha rinnovato il contratto con Sentinella Alpina S.r.l. per le telecamere.",
     "Sentinella Alpina S.r.l."),
    ("Die Stadt hat den Vertrag mit Elbtal Sicherheitstechnik GmbH für die Kameras nicht verlängert.",
     "Elbtal Sicherheitstechnik GmbH"),
])
def test_denied_renewal_names_no_supplier(text: str, name: str) -> None:
    assert name not in _suppliers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The borough council renewed its contract with Millbrook Camera Services Ltd for town-centre CCTV.",
     "Millbrook Camera Services Ltd"),
    ("The council, which did not hold a tender, signed a contract with Millbrook Camera Services Ltd for CCTV.",
     "Millbrook Camera Services Ltd"),
    ("El concejo renovó su contrato con Vigilancia del Sur S.A. para las cámaras del centro.",
     "Vigilancia del Sur S.A."),
])
def test_renewal_that_happened_still_names_the_supplier(text: str, name: str) -> None:
    assert name in _suppliers(text)


@pytest.mark.parametrize(("text", "name", "not_name"), [
    ("Lot 3 — stockage. Titulaire : Gave Informatique SARL (revendeur). Montant : 98 000 € HT.",
     "Gave Informatique SARL", "Gave Informatique SARL (revendeur)"),
    ("Supplier: Mohawk Low Voltage LLC (authorised reseller). Amount: $64,000.",
     "Mohawk Low Voltage LLC", "Mohawk Low Voltage LLC (authorised reseller)"),
    ("该项目由公司与合作方宁波海曙城安科技有限公司共同交付，负责前端安装。", "宁波海曙城安科技有限公司",
     "合作方宁波海曙城安科技有限公司"),
    ("Belediye 120 kamera aldı; yüklenici Meriç Güvenlik Ltd. Şti., 4,1 milyon TL.", "Meriç Güvenlik Ltd. Şti.",
     "Meriç Güvenlik Ltd"),
])
def test_supplier_name_without_its_role_note(text: str, name: str, not_name: str) -> None:
    suppliers = _suppliers(text)
    assert name in suppliers and not_name not in suppliers


def test_supplier_in_brackets_with_a_town_keeps_the_town_rule() -> None:
    assert "Partner Systems Ltd" in _suppliers("Supplier: Partner Systems Ltd (Reston, VA).")


@pytest.mark.parametrize(("text", "name"), [
    ("The borough will spend £640,000 on 50 new cameras; Wharfedale Vision Ltd won the tender.",
     "Wharfedale Vision Ltd"),
    ("Council staff said. Karoo Aerial Systems (Pty) Ltd won the contract.", "Karoo Aerial Systems (Pty) Ltd"),
    ("Lakehead Command Systems Inc. won the $2.1-million contract for the dispatch upgrade.",
     "Lakehead Command Systems Inc."),
])
def test_winner_named_before_won_the_tender(text: str, name: str) -> None:
    assert name in _suppliers(text)


@pytest.mark.parametrize("text", [
    "The council won the bid for regional funding for 40 cameras.",
    "The Tigers won the cup; the club will add 12 CCTV cameras at the stadium.",
])
def test_won_without_a_company_gives_no_supplier(text: str) -> None:
    assert not any(name.startswith(("The", "council", "Tigers")) for name in _suppliers(text))


def test_hearing_without_a_purchase_resolution_names_no_supplier() -> None:
    text = "議員於委員會質詢指出，部分學校監視器使用海康威視產品。教育局表示將清查。本次質詢無採購決議。"
    assert "海康威視" not in _suppliers(text)


def test_purchase_still_names_its_brand_supplier() -> None:
    text = "邵阳县公安局采购海康威视摄像机200台，成交供应商：邵阳安达科技有限公司，金额80万元。"
    assert {"海康威视", "邵阳安达科技有限公司"} <= set(_suppliers(text))
