"""Round 26, buyers: families of wording that named no buyer, or too much of one (set aa and earlier dev sets).

* Chinese: the body a project's name opens with (a "项目名称：" field, a quoted project in a firm's announcement, a
  body followed by its quoted project in an audit list); a lede subject whose predicate is a plan or an errand
  (規劃 / 擬 / 就 / 辦理 / 将) or that follows a news dateline ("X訊　"); a national agency's unit (…署…局).
* A labelled value followed by a one-word sentence ("Authority: X. Award. Object: …").
* A quoted name read whole («…», „…“, “…”); a plural head word's possessive ("… Affairs’ X programme").
* A reporting clause before the subject in other languages ("Los documentos muestran que", "menunjukkan").
* A refusal and a purchase in different clauses: ", after the board declined …", "the contract will go ahead".
* TED 2.0 "I.1) Name and addresses:" under section I.
* An indirect question whose subject buys ("A committee asked why X Police bought …").

Every sentence was written for these tests (fictional bodies, towns and firms), none copied from an evaluation set;
each family has a near miss that must not change.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_quote_tests

BUYERS = [
    ("青禾县城区治安卡口新建项目中标结果公告",
     "项目名称：青禾县公安局城区治安卡口新建项目。中标人：青禾明眸科技有限公司，中标金额：1,260,000元。",
     "青禾县公安局"),
    ("证券代码：300000 证券简称：某某科技 关于重大合同中标的公告",
     "本公司于近日收到《中标通知书》，确认中标“青禾县公安局智慧社区建设项目”，中标金额为人民币1,080万元。",
     "青禾县公安局"),
    ("青禾县2026年度专项资金审计整改情况公告",
     "一、审计发现的问题\n2. 青禾县公安局“城区视频感知”项目，合同金额96万元，验收资料不全。",
     "青禾县公安局"),
    ("質詢：青禾縣政府警察局車牌辨識擴充",
     "議員質詢指出，青禾縣政府警察局擬以新臺幣3,000萬元購置車牌辨識系統120套。",
     "青禾縣政府警察局"),
    ("青禾署港口閉路電視更換工程招標",
     "青禾署就港口閉路電視系統更換工程招標，包括高清攝影機200部，估計合約價值港幣1,200萬元。",
     "青禾署"),
    ("指紋比對系統汰換",
     "青禾訊　警務署刑事鑑識局辦理指紋比對系統汰換案，決標金額新臺幣1億2,000萬元。",
     "警務署刑事鑑識局"),
    ("Poland–Wrzosowo: Video surveillance",
     "Contracting authority: Gmina Wrzosowo. Award. Object: 24 CCTV cameras in the town square. "
     "Contractor: Wrzos Systemy sp. z o.o. Value: 820 000,00 PLN.",
     "Gmina Wrzosowo"),
    ("Заречье: камеры на перекрёстках",
     "ЗАРЕЧЬЕ — ГКУ ЗО «Безопасность городских дорог» закупило 40 камер фотовидеофиксации за 52 млн рублей.",
     "ГКУ ЗО «Безопасность городских дорог»"),
    ("Valdoria: estimates include road cameras",
     "ORLEN BAY — The 2027 estimates include V$2 billion for the Ministry of Internal Affairs’ Safe Roads programme, "
     "of which V$1.2 billion is for 300 cameras along the coast road.",
     "Ministry of Internal Affairs"),
    ("Lembah Hijau: kamera pengenal wajah",
     "LEMBAH HIJAU — Dokumen pengadaan menunjukkan Polres Lembah Hijau membeli perangkat pengenal wajah senilai "
     "Rp 2 miliar.",
     "Polres Lembah Hijau"),
    ("Council drops camera bins",
     "HARWICK — Harwick Borough Council has shelved a proposal to fit litter bins with cameras; the £500,000 "
     "fill-level sensor contract with Brackenfield Sensors Ltd will go ahead without any camera.",
     "Harwick Borough Council"),
    ("District rejects weapons scanners, buys door locks",
     "LAKEVIEW — Lakeview Public Schools will spend $1.2 million on door locks and visitor badges, after the board "
     "declined weapons scanners.",
     "Lakeview Public Schools"),
    ("Drone purchase questioned",
     "BRACKLEY — A council committee asked why Brackley Metropolitan Police bought two drones for $90,000 without a "
     "tender.",
     "Brackley Metropolitan Police"),
    ("United Kingdom–Fenwick: CCTV framework",
     "Section I: Contracting authority\nI.1) Name and addresses: Fenwick Regional Transport, 4 Mill Lane, Fenwick "
     "FN1 2AB.\nSection II: Object\nII.1.1) Title: Interchange CCTV 2027.",
     "Fenwick Regional Transport"),
]

KEPT = [
    # a project named without a body, and one opened by a firm: no buyer from the project's name
    ("城区治安卡口新建项目中标结果公告",
     "项目名称：城区治安卡口新建项目。中标人：青禾明眸科技有限公司，中标金额：1,260,000元。", None),
    # a lede that opens with a demonstrative ("該署"): no name to read
    ("質詢：閘門擴充", "委員指出，該署規劃於明年增設閘門48道，預算新臺幣2億元。", None),
    # an abbreviation's full stop is no sentence's end
    ("Ireland–Brackley: CCTV", "Contracting authority: St. Aldric County Council. Award. Object: 12 cameras. "
     "Value: 90 000,00 EUR.", "St. Aldric County Council"),
    # an indirect question without a purchase
    ("Camera failure questioned", "BRACKLEY — A council committee asked why Brackley Metropolitan Police cameras "
     "failed during the storm.", None),
    # a plural possessive that is part of the name
    ("Veterans cameras", "BRACKLEY — The Department of Veterans’ Affairs bought 40 cameras for its clinics for "
     "$2 million.", "Department of Veterans’ Affairs"),
    # the refusal and the sum in one clause; a contract that will not go ahead
    ("District declines scanners", "LAKEVIEW — Lakeview Public Schools declined to spend $1.2 million on weapons "
     "scanners after a review.", None),
    ("Council drops camera bins", "HARWICK — Harwick Borough Council has shelved a proposal to fit litter bins with "
     "cameras; the £500,000 contract will not go ahead.", None),
]

test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)
