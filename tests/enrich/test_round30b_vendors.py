"""Round 30b, supplier names: a supplier field or award sentence whose name is followed by the notice's closing
facts written as sentences of their own - the amount ("Contratista: X S.R.L. RD$ 720 millones. Santo Domingo.",
"Titulaire : X. 3 900 000 EUR. Lyon.") or the place alone ("Contractor: X. Southampton.", "went to X Corp. Phoenix,
Arizona.") - names the company only, a legal form's own dot kept. Every sentence here was written for this file
(fictional buyers and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import supplier_names

CASES = [
    ("en place", "Harbour stations get CCTV", "Northwick Port Authority will refresh CCTV at 12 terminals. "
     "Contractor: Quayside Signal Works. Northwick.", "Quayside Signal Works"),
    ("en place and region", "County lab adds DNA instruments", "The state crime lab will place four rapid DNA "
     "instruments at booking stations. The $2.1 million contract went to Mesa Forensic Corp. Tucson, Arizona.",
     "Mesa Forensic Corp."),
    ("es amount", "Ciudad Norte integra cámaras", "La Secretaría de Seguridad de Ciudad Norte integró 300 cámaras al "
     "centro de mando. Contratista: Llanura Datos S.R.L. RD$ 410 millones. Ciudad Norte.", "Llanura Datos S.R.L."),
    ("es Cía. Ltda.", "Valle Alto: cámaras municipales", "El Municipio de Valle Alto incorporó 90 cámaras al centro "
     "de despacho. Contratista: Cumbre Redes Cía. Ltda. US$ 1,2 millones. Valle Alto.", "Cumbre Redes Cía. Ltda."),
    ("fr amount", "Villeneuve : LAPI au CSU", "La Ville de Villeneuve équipe son centre de supervision urbain d'un "
     "logiciel de lecture de plaques. Titulaire : Garonne Vision. 1 200 000 EUR. Villeneuve.", "Garonne Vision"),
    ("ar amount", "مجلس المدينة يقتني كاميرات", "اقتنى مجلس جماعة الواحة 20 كاميرا مراقبة للسوق. "
     "المورد: شركة النخيل الرقمية، 2.4 مليون درهم. الواحة.", "شركة النخيل الرقمية"),
]



@pytest.mark.parametrize(("case", "title", "body", "name"), CASES, ids=[c[0] for c in CASES])
def test_the_name_ends_before_the_closing_facts(case: str, title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)


def test_a_place_inside_the_notice_is_no_cut() -> None:
    # the capitalised sentence after the name goes on: it is not the closing place, and no amount follows
    names = supplier_names("Harbour CCTV", "Contractor: Quayside Signal Works Ltd. Northwick harbour cameras follow in "
                       "2027.")
    assert "Quayside Signal Works Ltd" in names or "Quayside Signal Works Ltd." in names
    assert not any("Northwick" in n for n in names)


def test_a_dot_inside_a_legal_form_is_kept() -> None:
    names = supplier_names("Plaza Mayor: cámaras", "El Ayuntamiento de Plaza Mayor amplió su videovigilancia. "
                       "Contratista: Meseta Seguridad S.A. 640 000 EUR. Plaza Mayor.")
    assert "Meseta Seguridad S.A." in names


# The buyer's award verb, the recipient's preposition, then a company whose name closes with a legal form
# (nl/sv "met"/"med", de "an", fr "à", it "a"), and an amount followed by "with"/"from" in English.
STATEMENTS = [
    ("sv med", "Kommun förlänger kamerabevakning", "Sjöby kommun förlänger avtalet om kamerabevakning vid "
     "resecentrum med Fjällbacka Larm AB, 2,1 miljoner kronor.", "Fjällbacka Larm AB"),
    ("de an", "Stadtwerke: Zähler", "Die Stadtwerke Neudorf vergeben den Einbau von 9.000 Messsystemen an "
     "Weserbergland Zählertechnik GmbH für 2,4 Mio. EUR.", "Weserbergland Zählertechnik GmbH"),
    ("fr à", "Zone de police : caméras mobiles", "La zone de police Nord loue huit caméras mobiles pour les dépôts "
     "clandestins, douze mois, à Dyle Vidéo SPRL pour 64 000 EUR.", "Dyle Vidéo SPRL"),
    ("en amount with", "Parks buys trail counters", "The Ridgeton Parks Department installed 20 trail counters. "
     "Contract: $31,000 with Laurel Gap Counters.", "Laurel Gap Counters"),
    ("en amount from", "Council rents cameras", "Ridgeton Borough Council will rent 10 redeployable cameras for a "
     "year at €90,000 from Shannon Hire Ltd.", "Shannon Hire Ltd"),
]
NEAR_MISSES = [
    # the preposition opens a place or a time, not a company: no legal form closes what follows
    ("de an place", "Stadt: Kameras", "Die Stadt Neudorf vergibt den Auftrag für Kameras an Bahnhof und Marktplatz "
     "Nord.", "Bahnhof"),
    ("fr à place", "Ville : caméras", "La Ville de Nord loue des caméras mobiles à Saint Martin pour 6 mois.",
     "Saint Martin"),
    ("en amount from grant", "Town buys cameras", "The Ridgeton Town Board bought 10 cameras. Funding: $40,000 from "
     "State Safety Fund.", "State Safety Fund"),
]


@pytest.mark.parametrize(("case", "title", "body", "name"), STATEMENTS, ids=[c[0] for c in STATEMENTS])
def test_the_recipient_of_the_award_verb_is_the_supplier(case: str, title: str, body: str, name: str) -> None:
    assert any(n.rstrip(".") == name for n in supplier_names(title, body))


@pytest.mark.parametrize(("case", "title", "body", "name"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_a_place_or_a_fund_after_the_preposition_is_no_supplier(case: str, title: str, body: str, name: str) -> None:
    assert not any(name in n for n in supplier_names(title, body))
