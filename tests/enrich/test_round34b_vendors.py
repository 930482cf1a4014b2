"""Round 34b, supplier links (task vendors34b): families of wording read from set aj's spurious links and counted on
three development sets or more by different writers.

- A text that says in a few words that it buys nothing ("The report buys nothing", "it recommends an audit but orders
  nothing new", "This is a fair report with no purchase", "No purchase.", "; no new purchase.", "No hay compra.", "não
  há compra nova", "no implica compra alguna"; sets ab, ae, af, ah, aj), or that no customer is named ("No customer
  was named", "no buyer is named"; sets af, ah, aj): every vendor it names is `mentioned`.
- A vendor's competing offer written after its name ("X submitted a competing quote", "X's competing quote was
  higher"; the family of "a competing bid from X was rejected", sets d, u, w, y, aj) - never an offer that won.
- The maker of the equipment already there written with made/manufactured ("X made the existing cameras"; round 34's
  family of "X had supplied the original cameras", sets ai, y, aa, ab, ac, r, z, aj).
- X's goods installed years ago, written after the name ("the cameras are X models installed years ago", "cámaras X
  instaladas hace años"; round 27's family of "supplied years ago by X"): X is no supplier of this notice.
- A count of X's goods added, installed or bought ("added 30 X plate readers", "installed 500 X cameras"; sets z, ag,
  aj; round 34's "approved 16 X plate-reading cameras" with other verbs): X is the supplier.

Every text was written for this file (fictional buyers and places; real registry names only in the role the test
names); none comes from an evaluation set. Each case runs with the role model on and with the rules alone."""
from __future__ import annotations

import pytest

from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


NOT_SUPPLIERS = [
    ("en: the report buys nothing", "Northvale watchdog maps street cameras",
     "A Northvale civic group counted street cameras in six districts and found many made by Hikvision. The report "
     "asks for an inventory and buys nothing.", "hikvision"),
    # ("en: orders nothing new": the city's camera network "supplied years ago with Huawei equipment" names the body's
    # vendor, a supplier by the labelling rule of 2026-12-06 13:17, part 2)
    ("en: a story with no purchase", "Expo diary: Northvale security fair",
     "At the Northvale security fair, Uniview and IDEMIA showed new cameras and identity kiosks. A fair story with "
     "no purchase.", "uniview"),
    ("en: No purchase. as a sentence", "Explainer: forensic tool exports",
     "An explainer on Northvale export rules names Cellebrite among makers of phone extraction tools. No purchase.",
     "cellebrite"),
    ("es: No hay compra.", "Estudio sobre lectores de matrículas en Northvale",
     "Un estudio de la Universidad de Northvale evalúa lectores de matrículas, citando equipos de Dahua. No hay "
     "compra.", "dahua"),
    ("pt: não há compra nova", "Tribunal de Contas de Northvale arquiva análise",
     "O Tribunal de Contas de Northvale arquivou a análise de um contrato antigo de rádios com a Hytera; não há "
     "compra nova.", "hytera"),
    ("es: no implica compra alguna", "Iniciativa sobre reconocimiento facial en Northvale",
     "Una diputada de Northvale presentó una iniciativa para limitar el reconocimiento facial con cámaras de "
     "Hikvision; la iniciativa no implica compra alguna.", "hikvision"),
    ("en: X models installed years ago", "Northvale school cameras",
     "The Northvale school board said its hallway cameras are Hikvision models installed years ago and replaced 40 "
     "door locks for $30,000 through Northvale Locks Ltd.", "hikvision"),
    ("es: cámaras X instaladas hace años", "Northvale: cámaras escolares",
     "La Contraloría de Northvale señaló que cámaras Dahua instaladas hace años en escuelas no funcionan y pidió "
     "repararlas.", "dahua"),
    ("en: no customer was named", "Vendor webinar on video search",
     "BriefCam held a webinar for police departments on searching recorded video by clothing colour. No customer was "
     "named.", "briefcam"),
    ("en: X submitted a competing quote", "Northvale Sheriff renews body camera contract",
     "The Northvale Sheriff's Office renewed its body-worn camera agreement with Axon Enterprise for $1.4 million. "
     "Motorola Solutions submitted a competing quote.", "motorola_solutions"),
    ("en: X's competing bid was higher", "Northvale buys plate readers",
     "Northvale Police bought 30 licence plate readers from Flock Safety for $120,000; Motorola Solutions' competing "
     "bid was higher.", "motorola_solutions"),
    ("en: X made the existing cameras", "Gait search added to Northvale metro cameras",
     "The Northvale Metro added gait search software to 120 station cameras, $2 million, supplied by Northvale Vision "
     "Ltd. Hikvision made the existing cameras.", "hikvision"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles


SUPPLIERS = [
    ("en: added a count of X's plate readers", "Northvale readers",
     "The Northvale County Sheriff's Office added 40 Flock Safety plate readers, $120,000 a year.", "flock_safety"),
    ("en: installed a count of X's cameras", "Northvale park cameras",
     "Northvale City installed 300 Dahua cameras in its parks, $0.9 million, through Northvale Secure Ltd.", "dahua"),
    ("en: a purchase order is no no-purchase statement", "Northvale buys body cameras",
     "Northvale Police bought 200 body cameras from Axon, $1.1 million, paid with no purchase order delay.", "axon"),
    ("en: X submitted a competing bid and won", "Northvale buys body cameras",
     "Northvale Police will pay $0.8 million for 150 body cameras from Axon, which submitted a competing bid and won.",
     "axon"),
    ("en: X made the body cameras bought", "Northvale buys body cameras",
     "Northvale Police bought 150 body cameras made by Axon for $0.8 million.", "axon"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles
