"""Round 28b (tags, after set ad was scored): a headline that drops the analytics leaves the plain cameras its body
prices, now also where the body says "only"/"ordinary" in Croatian, Serbian, Bosnian, Slovenian, Romanian or Czech
("Nabavit će se samo obične kamere za videonadzor", "Nakoupí pouze 40 nových kamer") and prices them as "1,4 milijuna
eura", "9 mil. Kč" or "3 milioane lei" (enrich/classify/headline.py `_PLAIN_WORD`, `_PLAIN_AFTER`, `_PRICED`).

Found on set ad's negated notices (model off); every sentence here was written for these tests (fictional towns and
firms), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

TAGGED = [
    # --- the headline gives up cameras with face recognition; the body prices plain ones ("samo", "obične")
    ('Varaždinske Toplice: Općina odustala od kamera s prepoznavanjem lica',
     'Općina je odustala od nabave kamera s prepoznavanjem lica. Nabavit će se samo obične kamere za videonadzor, '
     'vrijednosti 0,8 milijuna eura.', 'cctv'),
    ('Kraljevo: grad odustao od kamera sa prepoznavanjem lica',
     'Grad je odustao od kamera sa prepoznavanjem lica; kupuje jedino kamere za video nadzor za 2 miliona dinara.',
     'cctv'),
    # --- cs: the police refuse the ethnicity software and buy only new cameras, priced "mil. Kč"
    ('Kroměříž: Městská policie odmítla software pro odhad etnicity',
     'Městská policie Kroměříž odmítla nabídku softwaru odhadujícího etnickou příslušnost osob na kamerových '
     'záznamech. Nakoupí pouze 25 nových kamer za 4 mil. Kč.', 'cctv'),
]

UNTAGGED = [
    # --- the denial still holds where the body names no plain purchase, or prices nothing
    ('Varaždinske Toplice: Općina odustala od kamera s prepoznavanjem lica',
     'Općina je odustala od nabave kamera s prepoznavanjem lica na glavnom trgu.', 'cctv'),
    ('Kroměříž: Městská policie odmítla software pro odhad etnicity',
     'Městská policie Kroměříž odmítla nabídku softwaru odhadujícího etnickou příslušnost osob na kamerových '
     'záznamech.', 'cctv'),
    # --- what the headline denies stays denied
    ('Varaždinske Toplice: Općina odustala od kamera s prepoznavanjem lica',
     'Općina je odustala od nabave kamera s prepoznavanjem lica. Nabavit će se samo obične kamere za videonadzor, '
     'vrijednosti 0,8 milijuna eura.', 'facial_recognition'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
