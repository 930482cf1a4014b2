"""Round 28, registry vendor links (issue 10 item 2, spurious supplier links): the families of wording behind set ac's
spurious supplier links - losing bidders ("X also bid", an offer placed third, "was not among the bidders"), an item
pulled from the agenda, a report the text denies ("reports that X supplied the gates are incorrect"), removal or a ban
that lists makers ("removed … equipment of manufacturers …, including X"), supply the text calls unrelated to this
purchase, equipment the buyer already has and complements, an option for X's goods never exercised, a filer's
customers (客户包括X) and a vendor that is itself the buyer (采购人：X) - and how bench.eval counts a supplier link to a
name labelled without vendor id. Each family has a near miss. Every sentence was written for this file (fictional
buyers and firms; real registry names only in the neutral role); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from bench import eval as ev
from enrich import vendor_role_model
from enrich.parties import extract_parties
from tests.enrich.notice_helpers import assert_rule_vendor_role, roles_of

M, S = {"mentioned"}, {"supplier"}


_roles = roles_of


CASES = [
    # losing bidders: "also bid", a place below the first, not among the bidders
    ("en X and Y also bid", "Police body cameras contract signed",
     "The Fenmoor constabulary has signed a £4 million contract with Quayside Video Ltd for 900 body-worn cameras, "
     "following a tender in which Motorola Solutions and Axon also bid.", "motorola_solutions", M),
    ("en X and Y also bid (second name)", "Police body cameras contract signed",
     "The Fenmoor constabulary has signed a £4 million contract with Quayside Video Ltd for 900 body-worn cameras, "
     "following a tender in which Motorola Solutions and Axon also bid.", "axon", M),
    ("en X also bid and won (near miss)", "Police body cameras",
     "Three firms tendered for the Fenmoor body cameras; Motorola Solutions also bid and won the £4 million "
     "contract.", "motorola_solutions", S),
    ("es presentó una oferta que quedó en tercer lugar", "Valdemoro: cámaras en el polígono",
     "El Ayuntamiento de Valdemoro adjudicó a Sierra Vigilancia S.L. 80 cámaras de videovigilancia por 400.000 euros. "
     "Motorola Solutions presentó una oferta que quedó en tercer lugar.", "motorola_solutions", M),
    ("pt ficou em segundo lugar", "Prefeitura compra câmeras",
     "A Prefeitura de Vale Alto contratou a Serra Vigilância Ltda. por R$ 2 milhões para 120 câmeras. A proposta da "
     "Hikvision ficou em segundo lugar.", "hikvision", M),
    ("fr s'est classée troisième", "La commune achète des caméras",
     "La commune de Valbourg a attribué le marché de 60 caméras à Lisière Vision. L'offre de Hikvision s'est classée "
     "troisième.", "hikvision", M),
    ("en placed fourth", "Airport kiosks",
     "The airport police bought 40 face kiosks from Saltmarsh Identity LLC for $9 million; IDEMIA placed fourth.",
     "idemia", M),
    ("en was not among the bidders", "Enrolment kits awarded",
     "The identity agency of Fenmoor has awarded a $3 million contract for 500 fingerprint enrolment kits to Quayside "
     "Identity Ltd. IDEMIA, which supplied the agency's central biometric system, was not among the bidders.",
     "idemia", M),
    ("es no figuraba entre los oferentes", "Kits de enrolamiento adjudicados",
     "La agencia de identidad adjudicó a Sierra Identidad S.A. 500 kits biométricos. IDEMIA no figuraba entre los "
     "oferentes.", "idemia", M),
    # an item pulled from the agenda
    ("en item pulled from the consent agenda", "City council minutes",
     "Consent item 9, \"Purchase of face search licences for the Police Department (Clearview AI), $20,000\", was "
     "pulled from the consent agenda and struck.", "clearview_ai", M),
    ("en item approved (near miss)", "City council minutes",
     "Consent item 9, \"Purchase of face search licences for the Police Department (Clearview AI), $20,000\", was "
     "approved.", "clearview_ai", S),
    # a report the text denies
    ("en reports that X supplied … are incorrect", "Airport e-gates use face verification",
     "The airport has commissioned 24 face-verification e-gates from Quayside Border Systems Ltd for $9 million. "
     "Reports that IDEMIA supplied the gates are incorrect.", "idemia", M),
    ("en X supplied the gates (near miss)", "Airport e-gates use face verification",
     "The airport has commissioned 24 face-verification e-gates for $9 million. IDEMIA supplied the gates.",
     "idemia", S),
    ("es informaciones de que X suministró … son falsas", "Aeropuerto: puertas automáticas",
     "El aeropuerto encargó 24 puertas de verificación facial a Sierra Fronteras S.A. Las informaciones de que "
     "IDEMIA suministró las puertas son falsas.", "idemia", M),
    # removal or a ban that lists makers
    ("en removed … manufacturers …, including X and Y", "Transit authority: camera refresh",
     "In 2019 the authority removed from service all equipment of manufacturers covered by Section 889 of the "
     "National Defense Authorization Act, including Hikvision and Dahua, and has since bought compliant cameras.",
     "dahua", M),
    ("de entfernt … Hersteller wie X", "Verkehrsbetriebe: Kameratausch",
     "Die Verkehrsbetriebe Talheim haben 2022 alle Kameras chinesischer Hersteller entfernt, darunter Hikvision.",
     "hikvision", M),
    ("en replacing … with cameras including X (near miss)", "Transit authority: camera refresh",
     "The authority is replacing 400 analogue cameras with cameras including Axis Communications domes, for "
     "$2 million.", "axis", S),
    # supply the text says is unrelated to this purchase
    ("en unrelated to … cameras supplied by X", "Traffic counters unrelated to Huawei cameras, city says",
     "The transport office of Velmont awarded a contract to Sava Counting Ltd for 140 radar traffic counters. The "
     "office said the counters are unrelated to the police's Safe City cameras supplied by Huawei.", "huawei", M),
    ("es sin relación con … suministradas por X", "Contadores de tráfico",
     "La Secretaría de Movilidad adjudicó a Sierra Datos S.A. 140 contadores de tráfico, sin relación con las "
     "cámaras de la policía suministradas por Huawei.", "huawei", M),
    # equipment the buyer already has, which this purchase complements
    ("en complementing its X licences", "Police forensics lab adds extraction tools",
     "The city police bureau has bought 20 phone forensic workstations from Quayside Forensics Ltd for $1 million, "
     "complementing its Cellebrite licences bought in 2024.", "cellebrite", M),
    ("en in addition to its existing X cameras", "Council adds cameras",
     "The council bought 50 cameras from Quayside Video Ltd, in addition to its existing Hikvision cameras in the "
     "market square.", "hikvision", M),
    ("en bought X licences (near miss)", "Police forensics lab adds extraction tools",
     "The city police bureau has bought 20 Cellebrite licences for $1 million.", "cellebrite", S),
    # an option never exercised
    ("es opción que no fue ejercida", "Contraloría: alumbrado público",
     "El municipio pagó 4.000 millones a Sierra Luz S.A.S. por luminarias LED. El contrato preveía como opción la "
     "instalación de cámaras de Hikvision en 40 postes, opción que no fue ejercida.", "hikvision", M),
    ("en option was never exercised", "Audit: street lighting",
     "The contract with Quayside Lighting Ltd included an option for Hikvision cameras on 40 poles; the option was "
     "never exercised.", "hikvision", M),
    # a report that describes no purchase (ru)
    ("ru доклад … закупки не описаны", "Доклад о камерах без закупки",
     "Правозащитный центр «Ветер» опубликовал доклад о видеонаблюдении в городе Заречье, упоминая камеры Hikvision. "
     "Закупки в докладе не описаны.", "hikvision", M),
    ("ru мэрия закупила камеры X (near miss)", "Заречье: новые камеры",
     "Мэрия Заречья закупила 200 камер Hikvision за 40 млн рублей.", "hikvision", S),
    # a filer's customers
    ("zh 客户包括X", "某某微电子 关于获得政府补助的公告",
     "公司主要从事图像传感器芯片设计，产品用于手机摄像头等消费电子领域，客户包括华为技术有限公司等手机厂商。",
     "huawei", M),
    ("en customers include X", "Annual report",
     "We design image sensor chips for consumer devices. Our customers include Huawei and several phone makers.",
     "huawei", M),
    # round 33 (rule "Suppliers in company disclosures"): a filer's own supplier is its supply chain, mentioned
    ("zh 供应商包括X (near miss)", "某某科技 年度报告",
     "公司主要从事视频监控系统集成，主要供应商包括浙江大华技术股份有限公司。", "dahua", M),
]


@pytest.mark.parametrize("name,title,body,vendor,expected", CASES, ids=[c[0] for c in CASES])
def test_round28_families(name, title, body, vendor, expected):
    assert_rule_vendor_role(title, body, vendor, expected)


@pytest.mark.parametrize("enabled", [False, True])
def test_a_vendor_that_is_the_buyer_is_not_its_supplier(enabled, monkeypatch):
    # a registry vendor buying cleaning services: its name in the title and as 采购人 is the buyer, not a supplier
    monkeypatch.setattr(vendor_role_model, "ENABLED", enabled)
    text = ("杭州海康威视数字技术股份有限公司园区绿化养护服务采购结果公告\n采购人：杭州海康威视数字技术股份有限公司。"
            "采购方式：企业自行邀请招标。中标单位：杭州某某物业服务有限公司，中标金额：¥1,260,000元/三年。")
    parties = extract_parties(text)
    assert not [p for p in parties if p.vendor_id == "hikvision" and p.role == "supplier"]
    assert any(p.role == "buyer" and "海康威视" in p.name for p in parties)
    assert any(p.role == "supplier" and p.name == "杭州某某物业服务有限公司" for p in parties)


def test_spurious_links_to_suppliers_labelled_without_vendor_id_are_counted_apart():
    # the labels give a supplier without vendor id: linking that very name to a registry vendor stays a spurious link
    # (a fictional name resolved to a real vendor is an error), but is counted apart, since most are label gaps
    gold = [{"name": "同方威视技术股份有限公司", "vendor_id": None}, {"name": "海康威视", "vendor_id": "hikvision"}]
    parties = [("supplier", "同方威视技术股份有限公司", "nuctech"), ("supplier", "海康威视", "hikvision"),
               ("supplier", "浙江大华", "dahua")]
    result = ev.score_vendors([(gold, parties)])
    assert (result["spurious_supplier_ids"], result["supplier_links"]) == (2, 3)
    assert result["spurious_to_labelled_suppliers"] == 1  # nuctech; dahua is named by no label
    assert result["unknown_suppliers_wrongly_resolved"] == 1


@pytest.mark.parametrize("text,name,vendor", [
    ("某县公安局人脸识别门禁采购成交公告\n采购人：某县公安局。成交供应商：某某博远智能科技有限公司，成交价¥1,260,000元。",
     "某某博远智能科技有限公司", None),
    ("某市警察局密錄器採購案\n某市警察局採購密錄器200台，得標廠商：Motorola Solutions（台灣摩托羅拉系統股份有限公司），"
     "決標金額新臺幣5,840萬元。", "Motorola Solutions（台灣摩托羅拉系統股份有限公司）", "motorola_solutions"),
])
def test_a_labelled_winner_ends_with_its_company_name_before_a_clause(text, name, vendor):
    # the value after 成交供应商 / 得標廠商 ran on past the comma into the price ("…有限公司，成交价¥1"), so the name
    # matched no label and resolved to no registry vendor
    suppliers = [p for p in extract_parties(text) if p.role == "supplier"]
    assert [(p.name, p.vendor_id) for p in suppliers] == [(name, vendor)]


def test_two_companies_after_one_label_are_not_cut_to_one():
    # near miss: a second company after the comma is a list (a consortium), not a clause about the first
    text = ("某县视频监控项目中标公告\n采购人：某县公安局。中标供应商：某某安防工程有限公司，"
            "某某通信技术有限公司（联合体）。中标金额：¥3,200,000元。")
    names = {p.name for p in extract_parties(text) if p.role == "supplier"}
    assert names == {"某某安防工程有限公司", "某某通信技术有限公司"}


@pytest.mark.parametrize("text,name,vendor", [
    ("Fenmoor: community safety technology framework\nLot 3: Contractor: Motorola Solutions UK Ltd, for its Avigilon "
     "Unity software. Value: GBP 790,000.", "Motorola Solutions UK Ltd", "motorola_solutions"),
    ("Valdemoro: cámaras en el polígono\nEl Ayuntamiento de Valdemoro adjudicó a Sierra Vigilancia S.L. 80 cámaras "
     "de videovigilancia por 400.000 euros.", "Sierra Vigilancia S.L.", None),
    ("Stadt Talheim: Videoschutz\nAuftragnehmer: Talheimer Videotechnik GmbH. Aufnahmen werden 72 Stunden "
     "gespeichert.", "Talheimer Videotechnik GmbH", None),
    # near misses: a town written after the form, a second form
    ("Grad Novi Sad: video nadzor\nDobavljač: Huawei Technologies d.o.o. Beograd, za 120 kamera.",
     "Huawei Technologies d.o.o. Beograd", "huawei"),
])
def test_a_supplier_name_ends_at_its_legal_form_when_the_sentence_goes_on(text, name, vendor):
    # the value ran on past the legal form into a number, a preposition or the next sentence ("S.L. 80 cámaras",
    # "Ltd, for its …", "GmbH. Aufnahmen …"): the name matched no label and a registry subsidiary did not resolve
    suppliers = [(p.name, p.vendor_id) for p in extract_parties(text) if p.role == "supplier"]
    assert suppliers == [(name, vendor)]


def test_a_second_legal_form_stays_in_the_name():
    text = ("Stadt Talheim: Videoschutz\nAuftragnehmer: Kestrel Sicherheit GmbH & Co. KG wurde mit 40 Kameras "
            "beauftragt.")
    names = [p.name for p in extract_parties(text) if p.role == "supplier"]
    assert names and names[0].startswith("Kestrel Sicherheit GmbH & Co. KG")


def test_supplier_name_recall_reads_a_final_full_stop_as_no_difference():
    # "Pennine Secure Systems Ltd." and "… Ltd" are one name: the labels write a legal form's dot at a sentence end
    # either way (the engine follows legal_forms.takes_dot); any other difference still counts
    gold = [{"name": "Pennine Secure Systems Ltd.", "vendor_id": None},
            {"name": "Harbour Traffic Pty Ltd", "vendor_id": None}, {"name": "Kestrel Widgets GmbH", "vendor_id": None}]
    parties = [("supplier", "Pennine Secure Systems Ltd", None), ("supplier", "Harbour Traffic Pty Ltd.", None),
               ("supplier", "Kestrel Widgets", None)]
    assert ev.score_vendors([(gold, parties)])["supplier_name_recall"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("title,body,vendor,supplier", [
    # one word may describe the goods between the noun and the brand (es), the genitive plural of cameras (ru)
    ("Valdemoro: la Policía Local estrena cámaras", "La Policía Local de Valdemoro ha recibido 120 cámaras corporales "
     "de Axon, adquiridas por 160.000 euros.", "axon", True),
    ("Заречье: «Безопасный город» расширяется", "Министерство внутренних дел получило 300 камер Hikvision для проекта "
     "«Безопасный город».", "hikvision", True),
    # near misses: a call for tenders ("o equivalente"), cameras refused
    ("Valdemoro: licitación de cámaras corporales", "El Ayuntamiento de Valdemoro licita 120 cámaras corporales de "
     "Axon o equivalente.", "axon", False),
    ("Заречье: мэрия отказалась от камер Huawei", "Мэрия Заречья отказалась от камер Huawei и закупила 200 камер у "
     "ООО «Урал Видео».", "huawei", False),
])
def test_goods_of_a_brand_written_with_a_describing_word(title, body, vendor, supplier, monkeypatch):
    monkeypatch.setattr(vendor_role_model, "ENABLED", False)
    assert ("supplier" in _roles(title, body, vendor)) is supplier
