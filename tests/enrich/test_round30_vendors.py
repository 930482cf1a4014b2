"""Round 30, supplier links (issue 10): the families of wording behind spurious vendor links and missed vendor
resolutions - a vendor in a quoted headline, competitors written with a comma, the sentence of other bidders, an
existing system supplied on a date by X, a vendor named in a news report, the awardee's other business; supply wording
across figures ("bought …, GEL 2.4 million, from X"), a maintenance contract renewed with X, surveillance cameras of a
brand, a regional agent written in any script mix (X台灣代理), and registry names in Japanese, Korean and Arabic
script. Every text was written for this file (fictional buyers and firms; real registry names only in the role the
test names); none comes from an evaluation set. Each case is checked with the role model on (the default) and with
the rules alone (the model switched off), so that the rules stand without the model's veto."""
from __future__ import annotations

import pytest

import enrich.vendor_role_model as role_model
from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


AWARD = "The Northvale Borough Council awarded £800,000 to Brightline Security Ltd for 120 street cameras. "

NOT_SUPPLIERS = [
    ("quoted headline", "Northvale street cameras",
     AWARD + 'The decision follows a 2024 headline, "Hikvision wins Glasgow contract", that prompted questions.',
     "hikvision"),
    ("named in a news report", "Northvale street cameras",
     AWARD + "Hikvision was named in a 2023 news report about camera exports.", "hikvision"),
    ("other bidders' sentence", "Northvale street cameras",
     AWARD + "Other bidders included integrators reselling Hikvision equipment.", "hikvision"),
    ("existing network supplied on a date by", "Northvale street cameras",
     AWARD + "The existing network was supplied in 2015 by Dahua Technology.", "dahua"),
    ("es: replaces those supplied in a year by", "Villaserena: cámaras",
     "El Ayuntamiento de Villaserena adjudicó a Serena Seguridad S.L. la instalación de 120 cámaras por 800.000 euros, "
     "que sustituyen las suministradas en 2016 por Dahua.", "dahua"),
    ("previously supplied elsewhere", "Northvale street cameras",
     AWARD + "Brightline previously supplied Hikvision cameras to the council of Eastmoor.", "hikvision"),
    ("the awardee's other business", "Northvale street cameras",
     AWARD + "Brightline's parent company also distributes Dahua products in Ireland.", "dahua"),
    ("es: no existe contrato con", "Villaserena: la Policía descarta reconocimiento facial",
     "La Policía de Villaserena aclaró que sus 500 cámaras no tienen reconocimiento facial y que no existe "
     "contrato con NEC ni con ningún otro proveedor para ese fin.", "nec"),
    ("no contract with any vendor, including", "Northvale Police Board minutes",
     "The Board approved 220 pole cameras from Brightline Security Ltd for $2.1 million. The Deputy Chief said the "
     "Division has no contract with any facial recognition vendor, including Clearview AI, which had approached it in "
     "2023.", "clearview_ai"),
    ("evaluations of algorithms by", "R v Doe, appeal",
     "Counsel argued that the software was unvalidated. An expert testified that published NIST evaluations of "
     "algorithms by NEC, IDEMIA and Cognitec show low error rates.", "idemia"),
    ("an offer for X's goods set aside", "Eastport Airport buys body scanners",
     "Eastport Airport has bought 14 body scanners from Vltava Screening Ltd for EUR 4 million. An offer for "
     "Huawei-manufactured network switches in the same tender was set aside.", "huawei"),
    ("responded to a market sounding", "Northvale Police statement on plate readers",
     "Northvale Police said reports that it had signed a contract for 100 plate-reading cameras were incorrect. "
     "Vendors including Motorola Solutions had responded to a market-sounding exercise in 2025, but no tender "
     "was issued.",
     "motorola_solutions"),
    ("existing arrangement unchanged", "Northvale passport booths",
     "The department bought 40 photo booths from Kelburn Imaging Ltd for NZ$1.9 million. Face matching is not part of "
     "this contract, and the department's existing arrangement with IDEMIA is unchanged.", "idemia"),
    ("supplied only … and is not part of", "Eastport forensic lab",
     "The Eastport Police bought a phone data extraction lab from Copperbelt Forensic Ltd, ZMW 24 million; Huawei "
     "supplied only the lab's network switches and is not part of the forensic contract.", "huawei"),
    ("agenda item continued to next meeting", "Northvale Police Commission minutes",
     "Item 3: 60 fixed cameras at the port approved ($1.2 million), supplied by Harbour Vision Ltd. Item 4: "
     "ShotSpotter renewal — continued to next meeting. Item 5: Public comment.", "soundthinking"),
    ("es: quoted headline", "Villaserena compra cámaras",
     "El Ayuntamiento de Villaserena adjudicó a Serena Seguridad S.L. 120 cámaras por 800.000 euros. La decisión llega "
     "tras un titular de 2024, «Hikvision gana el contrato de Murcia», que generó dudas.", "hikvision"),
    ("fr: existing cameras, installed in a year by", "Valbourg : caméras",
     "La commune de Valbourg a attribué à Valsécurité SARL 120 caméras pour 800 000 euros. Les caméras existantes, "
     "installées en 2014 par Dahua, seront démontées.", "dahua"),
    ("de: existing cameras were supplied in a year by", "Talstadt: Kameras",
     "Die Stadt Talstadt hat die Talsicherheit GmbH mit 120 Kameras für 800.000 Euro beauftragt. Die bestehenden "
     "Kameras wurden 2014 von Dahua geliefert.", "dahua"),
    ("zh: the existing system built in a year by", "某县视频监控采购结果公告",
     "采购人：某县公安局。中标供应商：某县安防工程有限公司。中标金额：80万元。原有监控系统于2015年由大华建设。",
     "dahua"),
    ("ru: earlier supplied by", "Северный: камеры",
     "Администрация города Северный заключила контракт с ООО «Северная безопасность» на установку 120 камер. "
     "Ранее камеры поставляла компания Hikvision.", "hikvision"),
    ("ru: competitors, such as", "Заречный: камеры",
     "Администрация города Заречный заключила контракт с ООО «Заречная безопасность» на установку 120 камер. "
     "Конкуренты, такие как Hikvision и Dahua, заявок не подали.", "hikvision"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_this_purchase_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles


SUPPLIERS = [
    ("bought … across figures … from", "Border scanners",
     "The Ministry of Interior of Eastport bought 80 fingerprint scanners for border crossing points near Eastport, "
     "GEL 2.4 million, from NEC.", "nec"),
    ("maintenance renewed with", "Eastport command centre maintenance",
     "The Eastport City Administration renewed maintenance of its safe-city command centre and 1,000 cameras with "
     "Huawei Technologies Ethiopia, ETB 420 million.", "huawei"),
    ("fr: caméras de surveillance X", "Valbourg : caméras pour la mairie",
     "La Mairie de Valbourg a acquis 120 caméras de surveillance ZTE et une salle de contrôle par l'intermédiaire de "
     "Valtélécom SARL pour 3,1 milliards de francs CFA.", "zte"),
    ("zh-Hant: X台灣代理 in the winner's field", "海巡隊手機鑑識設備",
     "某某海巡隊採購手機數位鑑識設備2套，得標廠商：以色列商Cellebrite台灣代理某某資訊股份有限公司，"
     "決標金額新臺幣7,800,000元。", "cellebrite"),
    ("ar: IDEMIA in Arabic script", "تحديث نظام البصمات",
     "حدّثت مديرية الأمن العام في مدينة النخيل نظام التعرف الآلي على البصمات "
     "بالتعاون مع شركة إيديميا بقيمة 5.2 مليون دينار.",
     "idemia"),
    ("ja: Cellebrite in katakana", "某県警察 携帯電話解析装置",
     "某県警察は携帯電話のデータ抽出装置をセレブライトから購入した。契約額は3,000万円。", "cellebrite"),
    ("ko: Cellebrite in hangul", "某시 경찰 포렌식 장비",
     "某시 경찰청은 셀레브라이트가 공급한 휴대전화 포렌식 장비 10대를 도입했다.", "cellebrite"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier_linked(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


# Near misses: the families above do not undo plain supply wording next to the name.
NEAR_MISSES = [
    ("reseller appositive to the winner", "Northvale phone extraction kits",
     "The Northvale Police bought four Cellebrite UFED kits from Brightline Forensics Ltd, an authorised reseller, "
     "for £240,000.", "cellebrite"),
    ("this purchase's cameras of a brand", "Northvale street cameras",
     AWARD + "The cameras are supplied by Hikvision.", "hikvision"),
    ("acceptance tests of the cameras supplied by", "Northvale street cameras",
     AWARD + "Acceptance tests of the cameras supplied by Hikvision were completed in May.", "hikvision"),
    ("a contract signed with", "Northvale facial search",
     "The Northvale Police signed a one-year contract with Clearview AI for $50,000.", "clearview_ai"),
    ("awarded after a market sounding", "Northvale radios",
     "The Northvale Council awarded the radio contract to Motorola Solutions after a market-sounding exercise.",
     "motorola_solutions"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_stay_suppliers(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


def test_other_bidders_sentence_stops_at_a_new_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone (the role model vetoes this short text either way): the other-bidders wording does not reach
    over ", and the winning bid used cameras from X"."""
    monkeypatch.setattr(role_model, "ENABLED", False)
    roles = _roles("High Court judgment on a county CCTV contract",
                   "Findings: (1) The county carried out an assessment, albeit late. (2) The reference to one "
                   "manufacturer's brochure did not exclude other bidders, and the winning bid used cameras from "
                   "Uniview.")
    assert "supplier" in roles.get("uniview", set()), roles
