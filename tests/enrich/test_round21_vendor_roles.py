"""Round 21, vendor roles: a vendor whose relationship the buyer ends or gives up ("voted to end the X contract",
"beendet den Test der Software von X", "renonce aux caméras de X"), whose bid was excluded, whose goods are replaced
or are the equipment in place now, whose goods were donated, whose purchase was struck from an agenda, that is no
longer used, that had only bid or been shortlisted, whose claimed contract is untrue, or that strong wording names
after a negation ("had not bought software from X") is only `mentioned`; the same wording without the negative part
keeps the vendor a supplier. Every sentence here was written for this file (fictional buyers and local firms; vendor
names are real registry names used only to test matching); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import supplier_ids, vendor_roles

# (pattern, title, body, vendor): the text does not say the vendor supplied this purchase
NOT_SUPPLIED = [
    ("end", "Lakeside council acts on face search", "LAKESIDE - The council voted to end the sheriff's face matching "
     "contract with DataWorks Plus. Camera monitoring goes to Shoreline Watch LLC for $500,000.", "dataworks_plus"),
    ("beenden", "Stadt Neuweiler: Videotechnik", "Die Stadtpolizei Neuweiler beendet den Pilotbetrieb der "
     "Gesichtserkennungssoftware von Cognitec; ein Kauf ist nicht vorgesehen.", "cognitec"),
    ("renoncer", "Villeneuve : vidéoprotection", "La commune de Villeneuve renonce aux caméras de Huawei pour son "
     "centre-ville.", "huawei"),
    ("excluded bid", "Trujillo: cámaras para el centro", "La Municipalidad de Trujillo adjudicó a Norte Vigila S.A.C. "
     "la instalación de 80 cámaras por S/ 2 millones y excluyó la oferta de un postor que ofrecía equipos Dahua.",
     "dahua"),
    ("replacement", "Londrina: novas câmeras", "A Prefeitura de Londrina vai substituir 120 câmeras Hikvision do "
     "centro por equipamentos da Sul Vigia Ltda., em contrato de R$ 3 milhões.", "hikvision"),
    ("in place now", "Namur : caméras ANPR", "La ville de Namur a attribué à Meuse Trafic SPRL la fourniture de 12 "
     "caméras ANPR pour 300 000 euros. Les caméras actuelles, de marque Dahua, seront démontées.", "dahua"),
    ("donated", "Town says Hikvision cameras were donated", "KARIBA - The town council said the 20 cameras at the "
     "market were a gift from a local traders' group.", "hikvision"),
    ("struck", "Elm County: Cellebrite purchase struck from agenda", "The Elm County board removed the item and "
     "tabled it until spring.", "cellebrite"),
    ("nicht weiter", "Landespolizei testet Cognitec-Software nicht weiter", "Die Landespolizei hat die Erprobung am "
     "Hauptbahnhof abgeschlossen.", "cognitec"),
    ("no longer used", "Городская система", "Мэрия продлила контракт на обслуживание камер с ООО «Речные системы». "
     "Алгоритмы NtechLab в системе больше не используются.", "ntechlab"),
    ("shortlisted", "Island prisons buy voice biometrics", "The island's prison service contracted Bay Voice Ltd to "
     "enrol inmates' voiceprints for $4 million. iFlytek had been shortlisted.", "iflytek"),
    ("had offered", "Arequipa: equipos de ubicación", "La policía compró dos equipos de localización por S/ 3 "
     "millones a la empresa Misti Sistemas S.A.C. Motorola Solutions había ofertado radios, no estos equipos.",
     "motorola_solutions"),
    ("not true", "Grad: semafori", "Grad je potpisao ugovor od 1,2 miliona KM za nove semafore; tvrdnje da ugovor "
     "uključuje Dahua kamere nisu tačne.", "dahua"),
    ("refused", "Ridgeport keeps face recognition out", "Ridgeport's ordinance bars city departments from acquiring "
     "face recognition; a Clearview AI trial offer to the police was refused.", "clearview_ai"),
    ("rather than renewing", "Forensic licences bought", "The prosecutor's office bought phone extraction licences "
     "for $200,000 from Andes Forense S.A., rather than renewing Cellebrite.", "cellebrite"),
    ("negated strong", "Capital: ministry denies police bought voice analysis", "The Ministry of Justice told the "
     "Assembly that the National Police Agency had not bought voiceprint identification software from DataWorks "
     "Plus. It had instead renewed a fingerprint contract with Delta Prints Ltd for $2 million.", "dataworks_plus"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), NOT_SUPPLIED, ids=[c[0] for c in NOT_SUPPLIED])
def test_vendor_only_mentioned(pattern: str, title: str, body: str, vendor: str) -> None:
    roles = vendor_roles(title, body)
    assert ("supplier", vendor) not in roles, roles


# (pattern, title, body, vendor): the same wordings, where the vendor supplies this purchase
SUPPLIED = [
    ("end", "Lakeside council extends face search", "LAKESIDE - The council voted to extend the sheriff's face "
     "matching contract with DataWorks Plus for $300,000.", "dataworks_plus"),
    ("beenden", "Stadt Neuweiler: Videotechnik", "Die Stadtpolizei Neuweiler hat einen Vertrag mit Cognitec über "
     "Gesichtserkennungssoftware für 400.000 Euro geschlossen.", "cognitec"),
    ("renoncer", "Villeneuve : vidéoprotection", "La commune de Villeneuve achète 40 caméras de Huawei pour son "
     "centre-ville.", "huawei"),
    ("excluded bid", "Trujillo: cámaras para el centro", "La Municipalidad de Trujillo adjudicó la instalación de 80 "
     "cámaras por S/ 2 millones a la empresa Norte Vigila S.A.C., que ofertó equipos Dahua.", "dahua"),
    ("replacement", "Londrina: novas câmeras", "A Prefeitura de Londrina vai substituir 120 câmeras antigas do centro "
     "por câmeras Hikvision, em contrato de R$ 3 milhões.", "hikvision"),
    ("in place now", "Namur : caméras ANPR", "La ville de Namur a attribué la fourniture de 12 caméras ANPR pour "
     "300 000 euros ; les nouvelles caméras sont de marque Dahua.", "dahua"),
    ("donated", "Town buys Hikvision cameras", "KARIBA - The town council bought 20 Hikvision cameras for the "
     "market for $30,000.", "hikvision"),
    ("struck", "Elm County approves Cellebrite purchase", "The Elm County board approved a $90,000 licence purchase "
     "from Cellebrite.", "cellebrite"),
    ("nicht weiter", "Landespolizei kauft Software", "Die Landespolizei hat Gesichtserkennungssoftware von Cognitec "
     "für 200.000 Euro gekauft.", "cognitec"),
    ("no longer used", "Городская система", "Мэрия заключила контракт с NtechLab на поставку алгоритмов для "
     "системы за 40 млн рублей.", "ntechlab"),
    ("shortlisted", "Island prisons buy voice biometrics", "The island's prison service awarded iFlytek a $4 million "
     "contract to enrol inmates' voiceprints.", "iflytek"),
    ("had offered", "Arequipa: radios", "La policía compró 200 radios por S/ 3 millones a Motorola Solutions.",
     "motorola_solutions"),
    ("not true", "Grad: kamere", "Grad je potpisao ugovor od 1,2 miliona KM za nove kamere marke Dahua.", "dahua"),
    ("refused", "Ridgeport tests face recognition", "Ridgeport police signed a $50,000 contract with Clearview AI for "
     "a one-year subscription.", "clearview_ai"),
    ("rather than renewing", "Forensic licences renewed", "The prosecutor's office renewed its phone extraction "
     "licences for $200,000 with Cellebrite.", "cellebrite"),
    ("negated strong", "Agency buys face software", "The ministry said the agency had bought face matching "
     "software from DataWorks Plus for $1 million.", "dataworks_plus"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), SUPPLIED, ids=[c[0] for c in SUPPLIED])
def test_vendor_stays_supplier(pattern: str, title: str, body: str, vendor: str) -> None:
    assert vendor in supplier_ids(title, body), vendor_roles(title, body)


# (pattern, title, body, vendor, supplied): supplier wording added in round 21 - the builder or executor of the
# works ("construit par X", "executada pela X", "ejecutada por X"), goods of a named company ("des lunettes de la
# société chinoise X"), the renewal of X's plan, an awarded agent of X's goods (代理X產品) - and the same wording
# negated, declined or in a call for tenders
NEW_WORDING = [
    ("construit par", "Garoua : vidéosurveillance", "La DGSN a inauguré le centre de vidéosurveillance de Garoua, "
     "construit par ZTE Cameroun : 200 caméras. Coût : 9 milliards de FCFA.", "zte", True),
    ("construit par", "Garoua : vidéosurveillance", "La préfecture précise que le centre de Garoua n'a pas été "
     "construit par ZTE Cameroun ; il a été livré par Sahel Sécurité SARL.", "zte", False),
    ("executada pela", "Benguela: centro de segurança", "O centro recebe imagens de 400 câmaras. A obra, executada "
     "pela ZTE Angola, custou 30 mil milhões de kwanzas.", "zte", True),
    ("executada pela", "Benguela: centro de segurança", "O governo provincial esclareceu que a obra não foi "
     "executada pela ZTE Angola, mas pela Kwanza Obras Lda.", "zte", False),
    ("de la société", "Oran : lunettes de police", "La sûreté de wilaya a acquis des lunettes à reconnaissance "
     "faciale de la société chinoise LLVision pour 20 millions de dinars.", "llvision", True),
    ("de la société", "Oran : lunettes de police", "La sûreté de wilaya n'a pas acheté de lunettes de la société "
     "chinoise LLVision, précise un communiqué.", "llvision", False),
    ("renewal of", "Item 7: camera plan renewal", "Approve renewal of the Axon Officer Safety Plan (cameras, cloud "
     "storage) for $600,000 over five years.", "axon", True),
    ("renewal of", "Item 7: camera plan", "The committee declined the renewal of the Axon Officer Safety Plan "
     "after a budget review.", "axon", False),
    ("代理", "某市警察局手機鑑識設備決標公告", "某市政府警察局採購手機鑑識設備，決標廠商為某某鑑識有限公司，"
     "代理Cellebrite UFED產品，決標金額新臺幣300萬元。", "cellebrite", True),
    ("代理", "某市公安局手机取证设备采购招标公告", "采购需求：手机取证设备1套。"
     "投标人须为Cellebrite UFED产品的授权代理商，或代理同等档次产品。", "cellebrite", False),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor", "supplied"), NEW_WORDING,
                         ids=[f"{c[0]}-{'supplier' if c[4] else 'mentioned'}" for c in NEW_WORDING])
def test_round21_supplier_wording(pattern: str, title: str, body: str, vendor: str, supplied: bool) -> None:
    assert (vendor in supplier_ids(title, body)) is supplied, vendor_roles(title, body)
