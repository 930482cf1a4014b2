"""Round 17 (issue 10, items 2 and 4): a vendor named in a role that is not supply is `mentioned`, and supply needs
wording or an award frame that binds the vendor to this purchase; buyers whose labelled value runs into the next
sentence.

Roles covered: the brand or builder of equipment a maintenance contract services, a notice that says it buys
nothing, a claimed purchase the buyer calls wrong, a bid with the vendor's products that was not adopted, a vendor
that did not take part, a renewal voted or recommended against, the buyer's own existing system; and, as supply,
"the goods will be from X" (en, es, pt, fr), "awarded X a contract", a decision naming the winner under a title that
names the procedure, a winner written as a vendor's reseller or agent, NEC's US subsidiary, a Chinese legal name
with its seat city in brackets.

Every sentence here was written for these tests (fictional buyers and local firms; vendor names are real registry
names used only to test matching), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import first_buyer


def roles(title: str, body: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for party in enrich.enrich(title, body).parties:
        if party.vendor_id:
            found.setdefault(party.vendor_id, set()).add(party.role)
    return found


def supplies(title: str, body: str, vendor: str) -> bool:
    return "supplier" in roles(title, body).get(vendor, set())


# (title, body, vendor, supplied?)
CASES = [
    # maintenance of equipment already installed: its brand and its builder did not supply this contract
    ("Harbourtown council renews camera upkeep", "Harbourtown Borough Council has awarded a two-year maintenance "
     "contract for its town-centre cameras to Quayside Alarms Ltd for £210,000. The 96 cameras are Hikvision "
     "units installed in 2019.", "hikvision", False),
    ("Lakeside police: Dahua-built network gets an upkeep contract", "Lakeside Police awarded the "
     "network's three-year maintenance to Brightwater Systems Ltd.", "dahua", False),
    ("某县公安局治安监控运维服务项目成交公告", "采购人：某县公安局；成交供应商：某某信息技术有限公司；"
     "内容：全县监控点位日常维护，前端摄像机品牌为大华，服务期一年。", "dahua", False),
    # ... unless the contract binds the vendor itself, or the sentence also buys goods
    ("Riverside county renews camera maintenance", "Riverside County has renewed its maintenance agreement with "
     "Hikvision for the 400 cameras of the county network.", "hikvision", True),
    ("某县公安局视频监控运维服务项目成交公告", "采购人：某县公安局；中标人：某某信息技术有限公司；"
     "内容：全县视频监控运维，含大华品牌设备备件。", "dahua", True),
    ("Brookfield camera maintenance", "Brookfield Town Council awarded camera maintenance to Elmstead Security Ltd, "
     "including 20 new cameras from Axis Communications.", "axis", True),
    # a notice that says it buys nothing
    ("Ombudsman reviews how plate readers are used; no new purchases", "The regional ombudsman reviewed how two "
     "sheriff's offices keep data from their Flock Safety cameras. The review involves no purchase.",
     "flock_safety", False),
    # a claimed purchase the buyer calls wrong
    ("Prison service: face system 'not ours'", "The Northvale Prison Service said reports that it had bought a "
     "Hikvision face recognition system were false: it bought only kitchen equipment this year.",
     "hikvision", False),
    # a bid with the vendor's products, not adopted; a vendor that did not take part
    ("某市政府警察局車牌辨識系統決標公告", "某市政府警察局決標「路口車牌辨識系統」，得標廠商為某某科技股份有限公司；"
     "以大華產品投標之廠商因資安規定不予採用。", "dahua", False),
    ("Montaña: la policía compra cámaras", "La Policía Municipal de Montaña adjudicó a Serranía Seguridad S.A. "
     "200 cámaras; el pliego exigía compatibilidad con la plataforma existente, aunque Hikvision no participó "
     "en la licitación.", "hikvision", False),
    # a renewal recommended or voted against
    ("Council drops gunshot sensors", "The Public Safety Committee recommended that the city not exercise the "
     "option to renew the agreement with SoundThinking, Inc. for another year.", "soundthinking", False),
    ("Council keeps gunshot sensors", "The Public Safety Committee recommended that the city exercise the option "
     "to renew the agreement with SoundThinking, Inc. for another year.", "soundthinking", True),
    # the buyer's own system already in place
    ("Crime centre grant", "Accept a state grant to link 900 private cameras and the city's ShotSpotter alerts, "
     "and approve a contract with Mesa Integration LLC for the work.", "soundthinking", False),
    # the goods will be from X (en, es, pt, fr)
    ("Port cameras", "The port authority approved £2m for 300 cameras, installed by Wharf Secure Ltd. The cameras "
     "will be from Uniview.", "uniview", True),
    ("Lima: sistema AFIS", "El Ministerio adjudicó a Andina Biometría S.A.C. un sistema AFIS; el motor de "
     "comparación será de NEC.", "nec", True),
    ("Recife: câmeras", "A Prefeitura contratou a Capibaribe Segurança Ltda.; as câmeras serão da Hikvision.",
     "hikvision", True),
    ("Nantes : caméras", "La Ville a attribué le marché à Loire Vidéo SAS ; les caméras seront de Dahua.",
     "dahua", True),
    # "awarded X a contract"
    ("County buys radios", "Fairview County has awarded Motorola Solutions a $12 million contract to replace its "
     "radio network.", "motorola_solutions", True),
    # a decision naming the winner under a title that names the procedure: the brand offered was delivered
    ("Licitación Pública LP-07-2026 — Municipio de Sierra Alta", "Objeto: adquisición de 90 cámaras. Fallo: se "
     "adjudica a Cumbre Seguridad S.A. de C.V., que ofertó cámaras marca Uniview, por $9,800,000.00.",
     "uniview", True),
    ("Licitación Pública LP-08-2026 — Municipio de Sierra Alta", "Objeto: adquisición de 90 cámaras marca "
     "Uniview o similar. Presentación de propuestas hasta el 3 de marzo.", "uniview", False),
    # a winner written as a vendor's reseller or agent
    ("Award of contract – radios", "Contracting authority: Glenmore County Council\nAwarded to: Heatherbank "
     "Comms Ltd (authorised Motorola Solutions reseller)\nValue: EUR 120 000", "motorola_solutions", True),
    ("某市警察局數位鑑識設備決標公告", "機關名稱：某市政府警察局\n得標廠商：Cellebrite亞太代理 某某資訊股份有限公司\n"
     "決標金額：1,200,000元", "cellebrite", True),
    # an award's goods field opening with the brand; in a call for tenders the same field is a requirement
    ("某街道视频会议系统采购结果公告", "采购人：某某街道办事处\n中标人：某某通信有限公司\n中标金额：30万元\n"
     "货物：华为视频会议终端12台。", "huawei", True),
    ("某街道视频会议系统采购公告", "采购人：某某街道办事处\n货物：华为视频会议终端12台。\n投标截止时间：2027年1月5日",
     "huawei", False),
    # a Chinese legal name with its seat city in brackets
    ("某县公安局智能眼镜采购成交公告", "采购人：某县公安局\n成交供应商：亮亮视野（北京）科技有限公司\n成交金额：30万元",
     "llvision", True),
]


@pytest.mark.parametrize(("title", "body", "vendor", "supplied"), CASES)
def test_vendor_role(title: str, body: str, vendor: str, supplied: bool) -> None:
    assert supplies(title, body, vendor) is supplied, roles(title, body)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a labelled value runs into the next sentence
    ("Award of contract – ANPR", "Contracting authority: Kestrel Valley Police. Lot 1 — 12 fixed ANPR cameras.",
     "Kestrel Valley Police"),
    ("Land kauft Software", "Auftraggeber: Ministerium für Inneres, Erfurt. Beschafft wurden zehn Lizenzen für "
     "Videoanalyse.", "Ministerium für Inneres"),
    # a company announcement: "the company's subsidiary and X signed": X is the buyer, not "公司…与X"
    ("关于子公司签订日常经营重大合同的公告", "公司全资子公司与青川县公安局签订《青川县治安防控项目合同》，合同金额为"
     "人民币1,200万元。", "青川县公安局"),
    # ... while a place name that opens with 和 stays whole
    ("和静县公安局采购执法记录仪", "和静县公安局近日采购执法记录仪60台，金额36万元。", "和静县公安局"),
    # an abbreviation's full stop does not end the value
    ("Award 55 – cameras", "Awarding agency: St. Louis County Police Department\nRecipient: Gateway Video LLC",
     "St. Louis County Police Department"),
])
def test_buyer_value_ends_at_sentence(title: str, body: str, buyer: str) -> None:
    assert first_buyer(title, body) == buyer


def test_no_purchase_statement_leaves_no_buyer() -> None:
    title, body = ("Privacy board forwards drone policy", "The Eastport Privacy Advisory Board forwarded the use "
                   "policy for the police drones to the council; no new purchase is requested.")
    assert first_buyer(title, body) is None
