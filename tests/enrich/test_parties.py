"""Party extraction on real-format notice text (fictional buyers): who bought, who won, which vendors are named."""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties


def _roles(text: str, language: str | None = None) -> list[tuple[str, str, str | None]]:
    parties = extract_parties(text, language)
    for party in parties:  # every fact points at the words it came from
        assert text[party.evidence.start:party.evidence.end] == party.evidence.text == party.name
    return [(p.role, p.name, p.vendor_id) for p in parties]


CCGP_AWARD = (
    "青山县公安局雪亮工程视频监控采购项目中标（成交）结果公告\n"
    "公告概要： 公告信息： 采购项目名称 青山县雪亮工程视频监控采购项目 品目 视频监控设备 采购单位 青山县公安局 "
    "行政区域 青山县 公告时间 2025年05月27日 20:20 总中标金额 ￥668.790000 万元（人民币） 项目联系人 王老师\n"
    "三、投标供应商名称及报价： 包组 投标供应商 报价（元） A 青山星辰安防科技有限公司 5727100.0 "
    "A 杭州海康威视系统技术有限公司 4131090.0\n"
    "五、中标（成交）信息 供应商名称：杭州海康威视系统技术有限公司 供应商地址：杭州市滨江区某某路1号 "
    "中标（成交）金额：4131090.0元\n"
    "六、主要标的信息 名称 品牌（如有） 规格型号 数量 单价（元/台） 网络摄像机 海康威视 DS-2CD2142FWD-I 281 5390\n"
    "十、其他补充事宜 采购人、中标（成交）供应商可在结果公告发布之日起3日后下载中标通知书。\n"
    "十一、1.采购人信息 名称：青山县公安局 地址：青山县人民路1号 联系方式：0000-1234****"
)


def test_ccgp_award_notice():
    # the brand in the award's item list is what was delivered: a supplier link too (enrich/vendor_links.py)
    assert _roles(CCGP_AWARD) == [
        ("buyer", "青山县公安局", None),
        ("supplier", "杭州海康威视系统技术有限公司", "hikvision"),
        ("supplier", "海康威视", "hikvision"),
    ]


def test_bidders_are_not_suppliers():
    roles = _roles(CCGP_AWARD)
    assert ("supplier", "青山星辰安防科技有限公司", None) not in roles
    assert all(name != "青山星辰安防科技有限公司" for _, name, _ in roles)


def test_labelled_bidders_and_candidates_are_not_suppliers():
    text = (
        "投标供应商名称：青山星辰安防科技有限公司 投标报价：100万元\n"
        "未中标供应商名称：白河视界电子有限公司\n"
        "第一中标候选人：青山天眼科技有限公司\n"
    )
    assert _roles(text) == [("supplier", "青山天眼科技有限公司", None)]


def test_supplier_resolution_carries_method_and_score():
    supplier = next(p for p in extract_parties(CCGP_AWARD) if p.role == "supplier")
    assert (supplier.match_method, supplier.match_score) == ("exact_alias", 1.0)


def test_several_suppliers_in_one_field_and_lots():
    text = (
        "采购人：白河市公安局\n采购代理机构：白河招标代理有限公司\n"
        "中标供应商：浙江大华技术股份有限公司、浙江宇视科技有限公司\n中标金额：120万元\n"
        "第二包 中标供应商名称 白河某某智能科技有限公司 地址 白河市西湖区 中标金额 100万元"
    )
    assert _roles(text) == [
        ("buyer", "白河市公安局", None),
        ("supplier", "浙江大华技术股份有限公司", "dahua"),
        ("supplier", "浙江宇视科技有限公司", "uniview"),
        ("supplier", "白河某某智能科技有限公司", None),  # unknown suppliers are kept
    ]


def test_traditional_chinese_labels_and_names():
    text = "採購單位：某某縣警察局\n得標廠商：杭州海康威視數字技術股份有限公司"
    assert _roles(text) == [
        ("buyer", "某某縣警察局", None),
        ("supplier", "杭州海康威視數字技術股份有限公司", "hikvision"),
    ]


def test_ocr_spaced_supplier_name_is_kept_whole():
    text = "中标供应商：杭州 海康威视 数字技术 股份有限公司 地址：杭州市"
    assert _roles(text) == [("supplier", "杭州 海康威视 数字技术 股份有限公司", "hikvision")]


def test_placeholders_and_masks_are_not_parties():
    assert _roles("中标供应商：详见附件\n采购人：/\n成交供应商：******") == []


def test_ocds_rendered_lines():
    text = "Buyer: Municipality of Exampleton\nSupplier: Genetec Inc.\nSupplier: Example Security Ltd."
    assert _roles(text, "en") == [
        ("buyer", "Municipality of Exampleton", None),
        ("supplier", "Genetec Inc.", "genetec"),
        ("supplier", "Example Security Ltd.", None),
    ]


def test_usaspending_recipient_with_address():
    text = "Awarding Agency: Department of Fictional Security\nRecipient: MOTOROLA SOLUTIONS, INC., 500 W Monroe St"
    assert _roles(text, "en") == [
        ("buyer", "Department of Fictional Security", None),
        ("supplier", "MOTOROLA SOLUTIONS, INC.", "motorola_solutions"),
    ]


EFORMS_RENDERED = (
    "1. Buyer\n1.1 Buyer\nOfficial name: Ministry of Fictional Affairs\n"
    "Legal type of the buyer: Central government authority\n"
    "5. Lot\n5.1 Lot technical ID: LOT-0001\nTitle: Video surveillance cameras\n"
    "8. Organisations\n8.1 ORG-0001\nOfficial name: Ministry of Fictional Affairs\nRoles of this organisation:\nBuyer\n"
    "8.1 ORG-0002\nOfficial name: Axis Communications AB\nRoles of this organisation:\nTenderer\n"
    "Winner of these lots: LOT-0001\n"
    "8.1 ORG-0003\nOfficial name: Fictional Review Board\nRoles of this organisation:\nReview organisation\n"
)


def test_eforms_rendered_notice_roles_come_from_the_organisation_block():
    assert _roles(EFORMS_RENDERED, "en") == [
        ("buyer", "Ministry of Fictional Affairs", None),
        ("supplier", "Axis Communications AB", "axis"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Öffentlicher Auftraggeber: Stadt Musterhausen\nAuftragnehmer: Beispiel Sicherheitstechnik GmbH, "
            "Musterstraße 1, 12345 Musterhausen",
            "de",
            [("buyer", "Stadt Musterhausen", None), ("supplier", "Beispiel Sicherheitstechnik GmbH", None)],
        ),
        (
            "Заказчик: ГКУ «Фиктивный центр видеонаблюдения»\nПобедитель: ООО «НТехЛаб»; цена контракта 100 000 руб.",
            "ru",
            [("buyer", "ГКУ «Фиктивный центр видеонаблюдения»", None), ("supplier", "ООО «НТехЛаб»", "ntechlab")],
        ),
        (
            "Órgano de contratación: Ayuntamiento de Villaficticia\nAdjudicatario: Herta Security, S.L.\n"
            "Importe: 10.000 €",
            "es",
            [("buyer", "Ayuntamiento de Villaficticia", None), ("supplier", "Herta Security, S.L.", "herta")],
        ),
        (
            "Órgão contratante: Prefeitura Municipal de Cidade Fictícia\n"
            "Contratada: Exemplo Vigilância Ltda. CNPJ 00.000.000/0001-00",
            "pt",
            [("buyer", "Prefeitura Municipal de Cidade Fictícia", None),
             ("supplier", "Exemplo Vigilância Ltda.", None)],
        ),
        (
            "Pouvoir adjudicateur : Commune de Villefictive\nTitulaire : Exemple Vidéoprotection SAS",
            "fr",
            [("buyer", "Commune de Villefictive", None), ("supplier", "Exemple Vidéoprotection SAS", None)],
        ),
        (
            "Naručitelj: Grad Izmišljeni\nIzabrani ponuditelj: Primjer Sigurnost d.o.o., OIB: 12345678901",
            "hr",
            [("buyer", "Grad Izmišljeni", None), ("supplier", "Primjer Sigurnost d.o.o.", None)],
        ),
        (
            "Comitente: Ministerio de Seguridad Ficticio | Adjudicatario: DANAIDE S.A. | Monto: $ 1.000",
            "es",
            [("buyer", "Ministerio de Seguridad Ficticio", None), ("supplier", "DANAIDE S.A.", "danaide")],
        ),
    ],
)
def test_labelled_fields_in_other_languages(text, language, expected):
    assert _roles(text, language) == expected


def test_prose_mentioning_a_label_word_is_not_a_field():
    text = "The buyer: remains responsible. Legal type of the buyer: Body governed by public law"
    assert [role for role, _, _ in _roles(text)] == []


def test_buyers_are_never_resolved_to_vendors():
    parties = extract_parties("采购人：华为技术有限公司\n中标人：华为技术有限公司")
    assert [(p.role, p.vendor_id) for p in parties] == [("buyer", None), ("supplier", "huawei")]


def test_brand_strings_in_item_lists_become_mentions_once():
    # a call for tenders: brands in its goods list are requirements, so `mentioned` (in an award they were
    # delivered: enrich/vendor_links.py makes them suppliers)
    text = (
        "某某视频监控项目公开招标公告\n"
        "货物清单：1. 大华 DH-IPC-HFW2431S 200台；2. 宇视 IPC322LR3 5台；3. 大华 DH-IPC-HFW2431S 备品 10台\n"
        "Item 4: AXIS P3245-LVE dome camera. The axis of rotation must be vertical."
    )
    assert _roles(text) == [
        ("mentioned", "大华", "dahua"),
        ("mentioned", "宇视", "uniview"),
        ("mentioned", "AXIS", "axis"),
    ]
    assert {p.match_method for p in extract_parties(text)} == {"brand_model"}


def test_same_role_and_name_is_reported_once_in_text_order():
    text = "采购人：青山县公安局\n中标人：青山星辰安防科技有限公司\n采购人：青山县公安局"
    assert _roles(text) == [("buyer", "青山县公安局", None), ("supplier", "青山星辰安防科技有限公司", None)]


def test_empty_text():
    assert extract_parties("") == []


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        ("Request for Proposals\nThe City of Exampleton Police Department is seeking proposals for license plate "
         "readers.", "City of Exampleton Police Department"),
        ("NOTICE IS HEREBY GIVEN that the Board of County Commissioners of Fictional County, Florida, will receive "
         "sealed bids until 2:00 PM.", "Board of County Commissioners of Fictional County"),
        ("Sealed bids will be received by the Town of Imaginaria Purchasing Division until March 3.",
         "Town of Imaginaria Purchasing Division"),
        ("The Exampleton County Sheriff's Office intends to purchase body-worn cameras.",
         "Exampleton County Sheriff's Office"),
        ("Anuncio\nEl Ayuntamiento de Villaficticia convoca licitación para el suministro de cámaras.",
         "Ayuntamiento de Villaficticia"),
        ("Anuncio del Ayuntamiento de Villaficticia por el que se convoca licitación del servicio de videovigilancia.",
         "Ayuntamiento de Villaficticia"),
        ("A Prefeitura Municipal de Cidade Fictícia, através da Secretaria de Administração, torna público que "
         "realizará licitação.", "Prefeitura Municipal de Cidade Fictícia"),
        ("La Ville de Villefictive lance une consultation pour la vidéoprotection urbaine.", "Ville de Villefictive"),
        ("Die Stadt Musterhausen schreibt die Lieferung von Videokameras öffentlich aus.", "Stadt Musterhausen"),
        ("Администрация города Вымышленска объявляет электронный аукцион на поставку камер.",
         "Администрация города Вымышленска"),
        ("Grad Izmišljeni raspisuje javni natječaj za nabavu sustava videonadzora.", "Grad Izmišljeni"),
        ("青山县公安局雪亮工程视频监控采购项目公开招标公告\n项目概况：视频监控设备采购", "青山县公安局"),
        ("青山县人民政府办公室关于视频监控项目的采购公告\n详见附件", "青山县人民政府办公室"),
        ("青山县公安局交通警察大队电子警察采购项目招标公告\n", "青山县公安局交通警察大队"),
        ("视频监控项目公开招标公告\n白河招标代理有限公司受青山县公安局委托，对视频监控项目进行公开招标。",
         "青山县公安局"),
        ("视频监控项目竞争性磋商公告\n青山县教育局（以下简称“采购人”）拟采购校园监控设备。", "青山县教育局"),
        ("采购人（甲方）：青山县公安局\n成交供应商：青山星辰安防科技有限公司", "青山县公安局"),
        ("采购单位名称(盖章)：青山县教育局\n日期：2025年5月1日", "青山县教育局"),
    ],
)
def test_buyer_named_in_prose_title_or_bracketed_label(text, buyer):
    assert [name for role, name, _ in _roles(text) if role == "buyer"] == [buyer]


@pytest.mark.parametrize(
    "text",
    [
        "The Department is seeking proposals for cameras.",  # no name, only an organisation word
        "The vendor is seeking a partner for maintenance.",  # not an organisation word
        "La empresa convoca a sus accionistas.",
        "Contract with City of Exampleton for services.",  # a public body is not a supplier
        "The contract was awarded to the lowest responsive bidder.",
        "视频监控中心建设项目招标公告\n项目概况",  # a title without a place-named organisation
        "采购人（代理机构）：白河招标代理有限公司",  # the agent, not the buyer
    ],
)
def test_prose_without_an_organisation_gives_no_party(text):
    assert _roles(text) == []


def test_labelled_buyer_wins_over_prose():
    text = ("The Fictional Transit Authority is seeking proposals.\nBuyer: Fictional Transit Authority Procurement "
            "Office")
    assert [name for role, name, _ in _roles(text) if role == "buyer"] == ["Fictional Transit Authority Procurement "
                                                                            "Office"]


@pytest.mark.parametrize(
    ("text", "supplier", "vendor_id"),
    [
        ("The contract was awarded to Example Security Ltd. for $120,000.", "Example Security Ltd.", None),
        ("The county entered into a contract with Flock Group Inc. for license plate readers.", "Flock Group Inc.",
         "flock_safety"),
        ("AWARDED TO ACME SECURITY LLC FOR THE AMOUNT OF $5,000.", "ACME SECURITY LLC", None),
        ("El contrato fue adjudicado a la empresa Ejemplo Seguridad S.A. por un importe de 10.000 €.",
         "Ejemplo Seguridad S.A.", None),
        ("Fica contratada a empresa Exemplo Vigilância Ltda. para o fornecimento.", "Exemplo Vigilância Ltda.", None),
        ("Le marché a été attribué à la société Exemple Vidéoprotection SAS.", "Exemple Vidéoprotection SAS", None),
        ("Der Zuschlag wurde an die Firma Beispiel Sicherheitstechnik GmbH erteilt.",
         "Beispiel Sicherheitstechnik GmbH", None),
        ("По итогам закупки заключен контракт с ООО «Пример Видео».", "ООО «Пример Видео»", None),
        ("经评审，成交供应商为青山星辰安防科技有限公司，成交金额100万元。", "青山星辰安防科技有限公司", None),
        ("经评审，确定浙江大华技术股份有限公司为中标人。", "浙江大华技术股份有限公司", "dahua"),
    ],
)
def test_supplier_named_in_prose(text, supplier, vendor_id):
    assert [(name, vid) for role, name, vid in _roles(text) if role == "supplier"] == [(supplier, vendor_id)]


def _buyers(text: str) -> list[str]:
    return [name for role, name, _ in _roles(text) if role == "buyer"]


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        ("一、项目概况\n青川县公安局拟对城区视频监控系统升级改造项目进行公开招标，欢迎合格的供应商前来投标。",
         "青川县公安局"),
        ("受托方说明：江岭市公安局交通警察支队就智能交通卡口建设项目进行竞争性磋商，现邀请供应商参加。",
         "江岭市公安局交通警察支队"),
        ("项目说明\n平安市大数据管理局（采购人）委托某某招标有限公司对雪亮工程项目进行公开招标。",
         "平安市大数据管理局"),
        ("一、项目基本情况\n本项目采购人为青川县公安局，采购代理机构为某某咨询有限公司。", "青川县公安局"),
        ("关于青川县公安局视频监控系统维护项目的成交公告\n一、项目编号：QC-2025-01", "青川县公安局"),
        ("【青川县公安局】人脸识别门禁系统采购项目竞争性磋商公告\n正文", "青川县公安局"),
        ("[青川县公安局]人脸识别门禁系统采购项目公开招标公告\n正文", "青川县公安局"),
        ("【招标公告】青川县公安局视频监控采购项目公开招标公告\n正文", "青川县公安局"),
        ("Tender for CCTV maintenance\nExample Procurement Services invites tenders on behalf of Wexmoor County "
         "Council for the maintenance of its CCTV network.", "Wexmoor County Council"),
        ("Wexmoor Metropolitan Borough Council (the Authority) invites tenders for the supply of ANPR cameras.",
         "Wexmoor Metropolitan Borough Council"),
        ("Notice\nThe Wexmoor Metropolitan Borough Council ('the Council') wishes to appoint a contractor.",
         "Wexmoor Metropolitan Borough Council"),
        ("Aviso\nLa Municipalidad Distrital de Villa Serena (en adelante, la Entidad) convoca a licitación pública "
         "para la adquisición de cámaras.", "Municipalidad Distrital de Villa Serena"),
        ("Por medio del presente, la Secretaría de Seguridad Ciudadana de Puerto Bravo, en adelante la Entidad "
         "Contratante, informa", "Secretaría de Seguridad Ciudadana de Puerto Bravo"),
        ("Edital\nA Prefeitura Municipal de Serra Clara (doravante denominada CONTRATANTE) torna público o pregão.",
         "Prefeitura Municipal de Serra Clara"),
    ],
)
def test_buyer_named_mid_sentence_by_agent_or_apposition(text, buyer):
    assert _buyers(text) == [buyer]


@pytest.mark.parametrize(
    "text",
    [
        "Terms\nThe Supplier (the Contractor) shall install the cameras.",
        "Notes\nExample Systems Ltd (the Supplier) was selected.",
        "Notes\nThe framework is let on behalf of its members and partner bodies.",
        "Notes\nThe agent acts on behalf of the Authority.",
        "Datos\nEl Contratista (en adelante, el Proveedor) entregará las cámaras.",
        "Dados\nA empresa Exemplo Ltda, doravante denominada CONTRATADA, fornecerá os equipamentos.",
        "说明\n杭州某某科技有限公司就本项目进行公开招标的质疑已处理。",
        "说明\n青川县财政局对本次采购项目进行监督。",
        "说明\n评标委员会对投标文件进行评审，采购结果如下。",
        "说明\n市公安局拟对监控项目进行公开招标。",
        "一、采购人是指依法进行政府采购的国家机关。",
        "【公告】人脸识别门禁系统采购项目竞争性磋商公告\n正文",
    ],
)
def test_suppliers_supervisors_and_generic_bodies_are_not_buyers(text):
    assert _buyers(text) == []


def test_the_buyer_an_agent_acts_for_outranks_the_agent_as_sentence_subject():
    text = "Example Procurement Services is pleased to invite tenders on behalf of Wexmoor County Council."
    assert _buyers(text) == ["Wexmoor County Council"]


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        ("Stazione appaltante: Comune di Borgo Fittizio\nOggetto: videosorveglianza", "Comune di Borgo Fittizio"),
        ("Zamawiający: Gmina Przykładowo, ul. Fikcyjna 1\nPrzedmiot: monitoring", "Gmina Przykładowo"),
        ("İdare adı: Örnekköy Belediye Başkanlığı\nİşin adı: kamera sistemi", "Örnekköy Belediye Başkanlığı"),
        ("Satuan Kerja: Dinas Perhubungan Kota Contoh\nNama Paket: CCTV", "Dinas Perhubungan Kota Contoh"),
        ("Entidad: Municipalidad Distrital de Villa Serena\nObjeto: cámaras",
         "Municipalidad Distrital de Villa Serena"),
        ("Identification de l'organisme qui passe le marché : Ville de Fictiveville\nObjet : vidéoprotection",
         "Ville de Fictiveville"),
        ("项目单位：青川县公安局\n项目名称：视频监控", "青川县公安局"),
        ("Tender Inviting Authority: Superintendent of Police, Sampleganj District\nWork: CCTV",
         "Superintendent of Police, Sampleganj District"),
    ],
)
def test_buyer_field_names_in_more_languages(text, buyer):
    assert _buyers(text) == [buyer]
