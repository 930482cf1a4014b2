"""Round 23, buyers and places.

Buyers: a ministry's country after its name (fr/es/pt "de Honduras", "tunisien"); a seat after vi "tại" / th "ใน";
a town before the name (ru "В Казани", ja "東京の"); "in Salt Lake City" after an English name; a town before mn
"хотод" / uz "shahrida" after a head-final name; a street after a labelled buyer ("…, Harbour Quay"); Traditional
Chinese bodies before 就 / 於 / 建置 / 通過 and after a legislator's 質詢; English buyers inside a sentence ("… found
that X paid", "the minister said X had acquired", "Assam police's software", "a procurement filing by X"); a police
force's unit with a name of its own; an auditor that only reports.
Places: the admin-1 table's ties and borrowed names (Jakarta was West Nusa Tenggara) and Nepal's provinces; a
dateline's town named by all its words ("NEW DELHI" is New Delhi, not Delhi).

Every sentence here was written for these tests (fictional bodies and purchases), none copied from an evaluation set.
Each buyer case checks what a user sees: the buyer's name and the evidence it is quoted from.
"""
from __future__ import annotations

from collections import Counter

import enrich
from enrich.places.geonames import admin1_named
from tests.enrich.notice_helpers import buyer_quote_tests

# (title, body, buyer)
BUYERS = [
    # a ministry's country after it (Romance languages): a phrase or an adjective of nationality
    ("Dakar : achat de caméras",
     "Le ministère de la Justice sénégalais a acheté 40 caméras de vidéosurveillance pour 900 millions de FCFA.",
     "ministère de la Justice sénégalais"),  # r38: a nationality adjective stays (README, 23:18, part 3)
    ("Lomé : extraction de téléphones",
     "Le ministère de la Sécurité publique du Togo a acquis 12 valises d'extraction auprès de Foo SA pour 2 millions"
     " d'euros.", "ministère de la Sécurité publique du Togo"),  # round 27: a French ministry keeps the phrase
    ("San Salvador: cámaras",
     "La Secretaría de Justicia de El Salvador compró 80 cámaras de videovigilancia por 3 millones de dólares.",
     "Secretaría de Justicia de El Salvador"),  # r37_buyers: the country printed in the name stays
    # a seat after a preposition in a script without capitals to end the name
    ("Huế: mua camera", "Sở Tư pháp tỉnh Thừa Thiên Huế tại Huế mua 30 camera giám sát với giá 4 tỷ đồng.",
     "Sở Tư pháp tỉnh Thừa Thiên Huế"),
    ("ปัตตานี: จัดซื้อกล้อง", "สำนักงานตำรวจภูธรจังหวัดปัตตานีในปัตตานีจัดซื้อกล้องวงจรปิด 200 ตัว มูลค่า 12 ล้านบาท",
     "สำนักงานตำรวจภูธรจังหวัดปัตตานี"),
    # a town before the name
    ("Самара: камеры", "В Самаре МВД по Самарской области закупило 300 камер за 45 млн рублей.",
     "МВД по Самарской области"),
    ("防犯カメラ", "京都の京都府警察本部は、防犯カメラ200台を一億円で調達した。", "京都府警察本部"),
    # an English name's seat of several words
    ("Dental imaging", "SALT LAKE CITY — University of Deseret Health in Salt Lake City awarded a $2 million contract"
     " to Foo Imaging.", "University of Deseret Health"),
    # a street after a labelled buyer
    ("Ireland-Kilbride: CCTV", "Contracting authority: Kilbride County Council, Harbour Quay, Kilbride. Short"
     " description: supply of 40 CCTV cameras.", "Kilbride County Council"),
    # English buyers inside a sentence
    ("Audit of camera contract", "PORT ELIZA — The Auditor-General found that Ruritania Police Service paid $4"
     " million to Foo Systems for 300 cameras.", "Ruritania Police Service"),
    ("Senate answer", "ELIZA — Replying to a senator, the Minister of the Interior said the Ruritania Police Service"
     " had acquired interception equipment at a cost of $9 million.", "Ruritania Police Service"),
    ("Database audit", "SPRINGFIELD — The Office of the State Auditor found that a database bought by Springfield"
     " Police Department for $500,000 from Foo Analytics recorded race.", "Springfield Police Department"),
    ("Police software", "Guwahati: Lawyers say Assam police's new analytics software, bought for ₹12 crore from Foo"
     " Infotech, tags suspects.", "Assam police"),
    ("Leaked papers", "Records show Mandalay Region police bought face analytics from Foo Technology for $2 million.",
     "Mandalay Region police"),
    ("Analytics contract", "A procurement filing by Jeddah Region Police shows a SAR 12 million analytics contract"
     " with Foo Vision Co.", "Jeddah Region Police"),
    # Traditional Chinese: a body before 就 / 於 + a year / 建置 / 公佈 / 通過; a legislator's question
    ("屋邨閉路電視", "香港水務署就新界區八個配水庫閉路電視系統改善工程批出合約，合約金額港幣1,200萬元。", "香港水務署"),
    ("立法會答問", "保安局局長書面答覆議員：香港消防處於2025至26年度以港幣800萬元購置熱成像設備。", "香港消防處"),
    ("噪音監測", "新竹縣政府環境保護局建置環境噪音自動監測站8站，決標新臺幣600萬元。", "新竹縣政府環境保護局"),
    ("區議會撥款", "黃大仙區議會通過撥款港幣300萬元，更換街燈為LED燈。", "黃大仙區議會"),
    # (round 28: the answer states the purchase; answered "本年度無相關採購" the question names nothing bought, and the
    # body's agency is mentioned, not a buyer - test_round28_negation)
    ("質詢", "【臺北訊】立委質詢內政部消防署是否已建置無人機監控系統。消防署書面答覆：本年度已以新臺幣500萬元建置。",
     "內政部消防署"),
    # a town the text follows with "in the city" after a head-final name (mn хотод, uz shahrida)
    ("Дархан: камер", "Дархан-Уул аймгийн Цагдаагийн газар Дархан хотод 200 камерыг 900 сая төгрөгөөр суурилуулав.",
     "Дархан-Уул аймгийн Цагдаагийн газар"),
    ("Written answer", "The Minister for Borders replied that the Home Office has spent £2.1 million on fingerprint"
     " kiosks for detention centres, supplied by Foo Biometrics.", "Home Office"),
    ("Audit", "The Auditor General found that Police Scotland's digital evidence platform, which stores body-worn"
     " video, had cost £20m. Foo Ltd is the supplier.", "Police Scotland"),
    ("Blacklist", "Exile groups reported that the Ministry of Interior in Havana maintains a list of regulated"
     " persons.", "Ministry of Interior"),
    # a force's unit with a name of its own buys
    ("Forensic kits", "Kenya Police's Nairobi Regional Police Office bought six extraction kits from Foo for KSh 40"
     " million, officials said.", "Nairobi Regional Police Office"),
]

# near misses that must not change: (title, body, buyer)
KEPT = [
    ("Niamey : caméras", "La Police nationale du Niger a acheté 40 caméras pour 300 millions de FCFA.",
     "Police nationale du Niger"),
    ("Ciudad de México: cámaras",
     "La Secretaría de Seguridad Ciudadana de la Ciudad de México compró 300 cámaras por 40 millones de pesos.",
     "Secretaría de Seguridad Ciudadana de la Ciudad de México"),
    ("Dakar : achat", "Le ministère de l'Aménagement urbain a acheté 40 caméras pour 900 millions de FCFA.",
     "ministère de l'Aménagement urbain"),
    ("Cameras", "The Ministry of Internal Affairs of Ruritania bought 300 cameras for $2 million.",
     "Ministry of Internal Affairs of Ruritania"),
    ("Cameras", "The Telangana Police's Hyderabad command centre bought 300 cameras for ₹2 crore.", "Telangana Police"),
    # a reporting body stays the buyer when what the sentence names later is a vendor acting, not a buyer
    ("Face search", "DUSHANBE — Tajikistan's Ministry of Internal Affairs said Foo Systems had installed servers for"
     " the Safe City network in Dushanbe under a $4 million contract.", "Ministry of Internal Affairs"),
    ("Алматы", "АЛМАТЫ — Алматы қаласы әкімдігі 520 жаңа камера орнатады. Келісімшарт құны — 9,8 млрд теңге.",
     "Алматы қаласы әкімдігі"),
    ("Report", "A report by Amnesty International shows a SAR 12 million analytics contract with Foo Vision Co.", None),
    ("答复", "市住房和城乡建设局答复：经评估，本市不再统一配置人脸识别门禁。答复单位：某市住房和城乡建设局。", None),
    ("Cameras", "The Springfield City Council said it bought 300 cameras from Foo Ltd for $2 million.",
     "Springfield City Council"),
]



test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)


def test_a_town_before_the_name_must_be_a_known_town() -> None:
    from enrich.buyer_qualifiers import lead_end

    text = "В Кривоглазове МВД закупило камеры"
    assert lead_end(text, 0, len("В Кривоглазове МВД")) == 0
    text = "В Самаре МВД закупило камеры"
    assert lead_end(text, 0, len("В Самаре МВД")) == len("В Самаре ")


# places: the admin-1 table (enrich/data/world_admin1.tsv, rebuilt by enrich.places.build_tables)
def _place(title: str, body: str) -> tuple[str | None, str | None, str | None]:
    place = enrich.enrich(title, body).place
    return (place.country, place.admin1_code, place.city) if place else (None, None, None)


def test_jakarta_is_in_jakarta_raya_not_west_nusa_tenggara() -> None:
    body = "Dinas Perhubungan Jakarta membeli 200 kamera CCTV untuk persimpangan di Jakarta senilai Rp 12 miliar."
    assert _place("Pengadaan CCTV", body) == ("ID", "ID-JK", "Jakarta")


def test_a_town_of_west_nusa_tenggara_stays_there() -> None:
    body = "Dinas Perhubungan Kota Mataram membeli 40 kamera CCTV di Mataram senilai Rp 2 miliar."
    assert _place("Pengadaan CCTV", body) == ("ID", "ID-NB", "Mataram")


def test_a_tied_vote_goes_to_the_more_populous_cities() -> None:
    from enrich.places.build_tables import _winner

    assert _winner(Counter({"Small Region": 1, "Capital Region": 1}),
                   Counter({"Small Region": 30_000, "Capital Region": 8_000_000})) == "Capital Region"
    assert _winner(Counter({"Small Region": 2, "Capital Region": 1}),
                   Counter({"Small Region": 60_000, "Capital Region": 8_000_000})) == "Small Region"  # votes first


def test_a_region_keeps_no_other_regions_own_name() -> None:
    assert {u.iso for u in admin1_named("washington") if u.cc == "US"} == {"US-WA"}
    assert {u.iso for u in admin1_named("washington dc") if u.cc == "US"} == {"US-DC"}
    assert {u.name for u in admin1_named("shaanxi") if u.cc == "CN"} == {"Shaanxi"}
    assert {u.iso for u in admin1_named("shanxi") if u.cc == "CN"} == {"CN-SX"}


def test_nepal_provinces_carry_their_iso_codes() -> None:
    body = "Pokhara, Gandaki Province — The metropolitan city office bought 60 CCTV cameras for Rs 3 crore."
    assert _place("CCTV", body)[:2] == ("NP", "NP-P4")
    assert {u.iso for u in admin1_named("lumbini province") if u.cc == "NP"} == {"NP-P5"}


def test_a_dateline_names_the_town_its_words_name_whole() -> None:
    body = "NEW DELHI — Records show Delhi Police paid ₹12 crore to Foo Analytics for a CCTV platform."
    assert _place("Delhi Police platform", body)[::2] == ("IN", "New Delhi")
    body = "DELHI — Records show Delhi Police paid ₹12 crore to Foo Analytics for a CCTV platform."
    assert _place("Delhi Police platform", body)[::2] == ("IN", "Delhi")  # the words name Delhi itself
