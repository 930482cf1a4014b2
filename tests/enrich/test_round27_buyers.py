"""Round 27, buyers: families of wording that named the wrong body, or too much or too little of one.

* A body that oversees, judges or reports on a purchase is not its buyer: a court, an audit office, a comptroller, a
  data-protection authority, a parliamentary committee, a council debating a department's plan, a party to a
  lawsuit, an NGO's study. The body overseen is (named as a reading's second body or anywhere in the text's first
  paragraphs); a court, an audit or a study that names no other body gives no buyer; a council that names none
  stays the buyer.
* Chinese: a police sub-bureau the title writes after its district ("X市Y区公安分局") and the body after its city
  bureau ("X市公安局Y分局"): the body's form; a sub-bureau after a span that stopped at its city bureau; a title head
  that stopped before the unit the body names in full ("…行政公署公安处"); the place of a sub-bureau named after its
  city bureau is the district its title names.
* A national body's seat after a Slavic "in" (w, в, во) is not its name; a regional or city body keeps its town.

Every sentence was written for these tests (fictional bodies, towns and firms), none copied from an evaluation set;
each family has a near miss that must not change.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_quote_tests

BUYERS = [
    # oversight: a court's ruling names the body whose contract it judges
    ("High Court halts county biometric registration",
     "LAKEVILLE — The High Court sitting in Lakeville has suspended a decision by the County Government of Westmarsh "
     "to fingerprint all market traders. The KSh 90 million system was contracted to Marsh Identity Ltd.",
     "County Government of Westmarsh"),
    # an audit office's report: the audited body is the second reading
    ("Auditor-General: Harbourtown cameras paid but dark",
     "HARBOURTOWN — The Office of the Auditor-General has found that a contract awarded by the Harbourtown Capital "
     "Administration to Quay Vision Ltd for 600 street cameras was paid in full although half were not working.",
     "Harbourtown Capital Administration"),
    # a parliamentary committee questions the buyer
    ("Parliament questions voter biometric contract",
     "MIDVALE — The Parliamentary Portfolio Committee on Home Affairs questioned the Midvale Electoral Commission "
     "over a US$12 million contract for biometric voter registration kits supplied by Vale Identity Systems.",
     "Midvale Electoral Commission"),
    # a data-protection authority's order names the body that bought
    ("Regulator orders face recognition switched off",
     "BROOKFIELD — The Data Protection Commissioner has ordered the Brookfield Transit Authority to switch off face "
     "recognition on 200 station cameras bought from Lakeside Vision Ltd for $2.4 million.",
     "Brookfield Transit Authority"),
    # Portuguese and German: a court of accounts, an administrative court
    ("TCU aponta sobrepreço em câmeras corporais",
     "BRASÍLIA — O Tribunal de Contas da União apontou sobrepreço de R$ 4 milhões no pregão da Guarda Municipal de "
     "Vila Serena para a compra de 900 câmeras corporais.",
     "Guarda Municipal de Vila Serena"),
    ("Verwaltungsgericht: Videoüberwachung darf bleiben",
     "Das Verwaltungsgericht Lindenau hat die Klage zweier Anwohner abgewiesen. Die Stadt Birkenfeld betreibt seit "
     "2024 40 Kameras am Marktplatz; den Auftrag erhielt die Birkenfeld Videotechnik GmbH.",
     "Stadt Birkenfeld"),
    # a party to a lawsuit ("(petitioner)") is no buyer
    ("High Court of Westmarsh — judgment on county CCTV contract",
     "Petition No. E12 of 2026. Between Harbour Civic Forum (petitioner) and Westmarsh County Government "
     "(respondent). The petitioner challenged the award by Westmarsh County Government of a contract for 300 cameras.",
     "Westmarsh County Government"),
    # Chinese: a sub-bureau written two ways; the body's form
    ("青禾市白沙区公安分局人像大数据平台建设项目",
     "青禾市公安局白沙分局人像大数据平台由青禾数智科技有限公司承建，实现以图搜人。合同金额：1,280万元。",
     "青禾市公安局白沙分局"),
    # a sub-bureau after its city bureau
    ("青禾市白沙区“平安白沙”视频监控运维",
     "青禾市公安局白沙分局“平安白沙”视频监控运维服务，成交供应商：青禾金盾安防有限公司。成交金额：人民币58万元。",
     "青禾市公安局白沙分局"),
    # a title head that stopped before its unit
    ("青禾地区行政公署公安处“民族属性”视频解析服务采购",
     "青禾地区行政公署公安处采购视频解析服务，服务期一年，成交金额：人民币88万元。",
     "青禾地区行政公署公安处"),
    # a French or Portuguese ministry keeps its country, as it is written
    ("Vérésie : reconnaissance faciale aux frontières",
     "Le ministère de l'Intérieur du Niger a attribué à Sahel Vision SARL un marché de 2 milliards de francs CFA pour "
     "des caméras à reconnaissance faciale aux postes frontières.",
     "ministère de l'Intérieur du Niger"),
    ("Angola: câmaras de vigilância",
     "O Ministério do Interior de Angola adquiriu 400 câmaras de videovigilância à Kwanza Sistemas Lda por 9 mil "
     "milhões de kwanzas.",
     "Ministério do Interior de Angola"),
    # a councillor's question read before the body
    ("青禾縣政府社會處信用評分爭議",
     "青禾縣議員質疑青禾縣政府社會處擬以「生活誠信分數」評估補助資格，預算新臺幣120萬元。",
     "青禾縣政府社會處"),
    # a national body's seat in its capital
    ("Wrzosowo: monitoring wizyjny",
     "Komenda Główna Straży Wrzosowej w Wrzosowie kupiła 40 kamer monitoringu za 2,1 mln zł od firmy Wrzos Vision.",
     "Komenda Główna Straży Wrzosowej"),
    ("Видеонаблюдение",
     "Министерството на вътрешните работи на Вересия в Вересград закупи 200 камери за 4 млн. лева.",
     "Министерството на вътрешните работи на Вересия"),
]

KEPT = [
    # a city council is the local authority that buys, whatever other body the text names; r43_buyers: unless it
    # approves the purchase for another named body, which is then the buyer (README "Buyers of rejected proposals",
    # 10:25: "One it approves names as buyer the body that is to buy"; tests/enrich/test_round43_buyers.py)
    ("Lakeview council buys cameras for police",
     "The Lakeview City Council approved the purchase of 60 cameras for the Lakeview Police Department for $300,000.",
     "Lakeview Police Department"),
    # a council that names no executive body buys for itself
    ("Lakeview council approves cameras",
     "The Lakeview City Council approved the purchase of 40 park cameras for $220,000 from Shore Vision LLC.",
     "Lakeview City Council"),
    # a regional police headquarters keeps its town
    ("Wrzosowo: monitoring",
     "Komenda Wojewódzka Policji w Wrzosowie kupiła 30 kamer za 1,2 mln zł.",
     "Komenda Wojewódzka Policji w Wrzosowie"),
    # the body writes the title's form itself
    ("青禾县公安局视频监控扩容项目",
     "青禾县公安局视频监控扩容项目，成交供应商：青禾恒远安防科技有限公司，成交金额：人民币96万元。",
     "青禾县公安局"),
    # a Spanish ministry keeps the country printed in its name (r37_buyers; round 27 dropped it)
    ("Verasia: cámaras",
     "El Ministerio de Seguridad Pública de Panamá adquirió 300 cámaras de videovigilancia a Istmo Visión S.A.",
     "Ministerio de Seguridad Pública de Panamá"),  # r37_buyers: the country printed in the name stays
    # a study names no buyer
    ("Studie: Biometrie an Grenzen",
     "Eine Studie einer Lindenauer Stiftung beschreibt den Einsatz von Gesichtserkennung an Grenzen. Eine "
     "Beschaffung wird nicht beschrieben.",
     None),
]

test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)


def test_a_sub_bureau_named_after_its_city_bureau_keeps_the_titles_district() -> None:
    """The body's "X市交通局Y分局" names no district; the title's "X市Y区…" does (a fictional unit in a real city)."""
    from enrich import enrich

    result = enrich("郑州市金水区交通分局路口视频监控建设项目",
                    "郑州市交通局金水分局路口视频监控建设项目，成交供应商：中原明眸科技有限公司，成交金额：人民币86万元。",
                    source="china_ccgp")
    assert [p.name for p in result.parties if p.role == "buyer"] == ["郑州市交通局金水分局"]
    assert result.place is not None and result.place.admin3 == "金水区"
