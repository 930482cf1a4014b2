"""Round 24, supplier vendor links: families of wording, each in several languages or word orders. Supplier
wording: the supplier noun with its copula (Swedish, Dutch, Romanian …), bought or ordered from X (Romanian, Dutch,
Nordic, Polish …), a supply participle with a frame before its agent ("supplied under a framework by X"), Arabic
"بتوريد من شركة X", a bracketed second spelling before Japanese が受注. Negative contexts: "instead of" and negators
in more languages, a buyer replacing or excluding X's goods, an offer excluded or dearer, goods that will not be
bought, a losing bidder's goods, "of the kind X supplied", a Chinese negated partnership (未与X合作);
purchase verbs in traditional script, "stays with X", goods "not the subject of this petition". Each pattern has
a near miss that must keep its role. Every sentence was written for this file (fictional buyers and local firms;
vendor names are real registry names used only to test matching); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties


def _roles(title: str, body: str, vendor: str) -> set[str]:
    text = f"{title}\n{body}"
    roles = set()
    for party in extract_parties(text):
        if party.vendor_id == vendor:
            assert text[party.evidence.start:party.evidence.end] == party.name == party.evidence.text
            roles.add(party.role)
    return roles


# (pattern, title, body, vendor id, roles expected for that vendor)
CASES = [
    # the supplier noun and its copula
    ("sv supplier noun", "Malmö: polisen köper kameror",
     "Polisen i Malmö har köpt 40 kameror för 3 miljoner kronor. Leverantör är Hikvision.", "hikvision", {"supplier"}),
    ("nl supplier noun", "Zwolle koopt bodycams",
     "De gemeente Zwolle heeft 80 bodycams gekocht voor 300.000 euro; leverancier was Axon.", "axon", {"supplier"}),
    ("sv dearer offer (near miss)", "Malmö: polisen köper kameror",
     "Polisen i Malmö har köpt 40 kameror av Skåne Larm AB. Hikvision lämnade ett högre anbud.", "hikvision",
     {"mentioned"}),
    # bought from X
    ("ro bought from", "Cluj: primăria cumpără camere",
     "Primăria Cluj a cumpărat 30 de camere de supraveghere de la Dahua, pentru 2 milioane de lei.", "dahua",
     {"supplier"}),
    ("ro bought elsewhere, X's offer rejected", "Cluj: primăria cumpără camere",
     "Primăria Cluj a cumpărat 30 de camere de la o firmă locală; oferta cu echipamente Dahua a fost respinsă.",
     "dahua", {"mentioned"}),
    # a supply participle, its frame, then the agent
    ("en framed participle", "Police face matching contract",
     "The county will add 12 face-matching terminals. The software is supplied under a national framework by NEC.",
     "nec", {"supplier"}),
    ("en replacing what X supplied (near miss)", "Police face matching contract",
     "The county will add 12 face-matching terminals, replacing the existing software supplied by NEC.", "nec",
     set()),
    # Arabic and Japanese
    ("ar supplied by company X", "الشرطة تقتني نظاماً للبصمات",
     "اقتنت الشرطة نظاماً آلياً للتعرف على البصمات بكلفة 2 مليون دينار، بتوريد من شركة IDEMIA.", "idemia",
     {"supplier"}),
    ("ja bracketed second spelling before が受注", "県警、顔認証システムを導入",
     "県警は顔認証システムを導入する。契約額は二億円で、日本電気株式会社（NEC）が受注した。", "nec", {"supplier"}),
    ("ja bracketed spelling before 製品, barred (near miss)", "市、防犯カメラを更新",
     "市は防犯カメラ50台の更新を湾岸警備株式会社に発注した。仕様書では海康威視（ハイクビジョン）製品を使用不可とした。",
     "hikvision", {"mentioned"}),
    # instead of, replacement, exclusion
    ("lv instead of (nevis)", "Jelgava pērk luksoforus, nevis Dahua kameras",
     "Jelgavas dome iepirks 10 adaptīvus luksoforus par 1 miljonu eiro.", "dahua", {"mentioned"}),
    ("nb replacing X-branded cameras", "Tromsø: politiet bytter ut Dahua-kameraer",
     "Politiet i Tromsø bytter ut 30 kameraer av merket Dahua for 2 millioner kroner.", "dahua", {"mentioned"}),
    ("nb replacement whose new supplier is X (near miss)", "Tromsø: politiet kjøper kameraer",
     "Politiet i Tromsø bytter ut 30 gamle kameraer for 2 millioner kroner; leverandør er Dahua.", "dahua",
     {"supplier"}),
    ("ca specification excludes X", "Girona renova càmeres",
     "L'Ajuntament de Girona renovarà 20 càmeres per 400.000 euros; el plec exclou equips de Dahua.", "dahua",
     {"mentioned"}),
    ("ca contract includes X (near miss)", "Girona renova càmeres",
     "L'Ajuntament de Girona ha comprat 20 càmeres per 400.000 euros; el contracte inclou equips de Dahua.", "dahua",
     {"supplier"}),
    # offers that lost
    ("sl offer with X excluded", "Maribor: policija kupila kamere",
     "Policija je kupila 12 kamer od podjetja Drava Tehnika d.o.o.; ponudba z opremo Hikvision je bila izločena.",
     "hikvision", {"mentioned"}),
    ("en dearer bid", "Port authority buys phone extraction kits",
     "The port authority bought extraction kits from Harbour Forensics Ltd for $90,000. Cellebrite submitted a more "
     "expensive bid.", "cellebrite", {"mentioned"}),
    ("en winning bid (near miss)", "Port authority buys phone extraction kits",
     "The port authority bought extraction kits for $90,000. Cellebrite submitted the winning bid.", "cellebrite",
     {"supplier"}),
    ("en losing bidder's goods", "Award: street lighting",
     "Award to Lakeside Lighting Ltd for 900 streetlights, $2,000,000. A losing bidder offered poles with built-in "
     "Dahua cameras.", "dahua", {"mentioned"}),
    ("en delivered goods (near miss)", "Award: street lighting",
     "Award to Lakeside Lighting Ltd for 900 streetlights, $2,000,000. The poles come with built-in Dahua cameras.",
     "dahua", {"supplier"}),
    # not bought, a kind of product, a negated partnership
    ("lv will not be bought", "Jelgava pērk luksoforus",
     "Jelgavas dome iepirks 10 luksoforus; Dahua videokameras netiks pirktas.", "dahua", {"mentioned"}),
    ("en of the kind X supplied elsewhere", "Airport adds scanners",
     "The airport is installing 20 body scanners; the project does not include gates of the kind NEC supplied to "
     "other airports.", "nec", set()),
    ("zh negated partnership", "某公司年度报告摘要",
     "公司主营智能水表业务，未与海康威视开展任何安防合作。", "hikvision", {"mentioned"}),
    # round 33 (rule "Suppliers in company disclosures"): a filer's partner is mentioned, no supplier
    ("zh partnership (near miss)", "某公司年度报告摘要",
     "公司主营智能安防业务，与海康威视开展视频平台合作。", "hikvision", {"mentioned"}),
    # traditional-script purchase verbs, a buyer staying with its supplier, goods set aside from the text's subject
    ("zh-Hant purchase verb", "議會質詢：警察局監視設備",
     "議員指出，警察局去年以新臺幣300萬元購置路口監視設備（含Dahua攝影機20台），用於交通執法。", "dahua", {"supplier"}),
    ("zh-Hant negated purchase (near miss)", "議會質詢：警察局監視設備",
     "議員指出，警察局並未購置Dahua攝影機，路口監視設備均為國產品牌。", "dahua", {"mentioned"}),
    ("en stays with X", "Town stays with Axon for body cameras",
     "The council approved a $1.2 million renewal for 60 body cameras.", "axon", {"supplier"}),
    ("de bleibt bei X", "Stadt bleibt bei Axon", "Der Stadtrat genehmigte 400.000 Euro für 60 Körperkameras.", "axon",
     {"supplier"}),
    ("en will not stay with X (near miss)", "Town will not stay with Axon for body cameras",
     "The council approved $1.2 million for 60 body cameras from Prairie Safety Inc.", "axon", set()),
    ("en deals with X in many other countries", "Think tank reviews city-camera deals",
     "A report by a university institute reviews camera deals signed with Huawei and ZTE in 11 Asian countries.",
     "zte", set()),
    ("en deal with X in this city (near miss)", "City signs camera deal",
     "The city council signed a camera deal with ZTE in March for 200 cameras, worth $3 million.", "zte",
     {"supplier"}),
    ("en not the subject of this petition", "Court ruling on phone extraction",
     "The court notes that the police also hold Cellebrite kits bought in 2021; those are not the subject of this "
     "petition.", "cellebrite", {"mentioned"}),
    ("en the subject of this petition (near miss)", "Court ruling on phone extraction",
     "The court notes that the police bought Cellebrite kits in 2021, which are the subject of this petition.",
     "cellebrite", {"supplier"}),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round24_vendor_roles(pattern: str, title: str, body: str, vendor: str, expected: set[str]) -> None:
    roles = _roles(title, body, vendor)
    if expected:
        assert roles == expected, pattern
    else:
        assert "supplier" not in roles, pattern
