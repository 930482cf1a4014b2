"""Round 28b (tags, after set ad was scored): a headline that drops the analytics leaves the plain cameras its body
prices, now also where the body says "only"/"ordinary" in Croatian, Serbian, Bosnian, Slovenian, Romanian or Czech
("Nabavit će se samo obične kamere za videonadzor", "Nakoupí pouze 40 nových kamer") and prices them as "1,4 milijuna
eura", "9 mil. Kč" or "3 milioane lei" (enrich/classify/headline.py `_PLAIN_WORD`, `_PLAIN_AFTER`, `_PRICED`).
Social credit: residents, riders or traders scored, pointed or rated, with a black, ban or restricted list of people in
the same notice (taxonomy_cues.yaml social_credit r28b); a "ban list" in a headline withdraws nothing. cctv: "body
cameras" (the en cue read body-worn, bodycams and body cams only), not a vendor described by them.

Found on set ad's negated notices (model off); every sentence here was written for these tests (fictional towns and
firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich
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
    # --- body cameras, also where a headline drops other software and the body buys only them
    ('Harbourside: Motorola to supply body cameras; rival bid rejected', 'HARBOURSIDE — The transit authority awarded '
     '$1.2 million to Motorola Solutions for 300 body cameras for fare inspectors.', 'cctv'),
    ('Port Amber police stop plan to profile travellers by ethnicity', 'The Port Amber Police said it would not buy '
     'checkpoint software that profiles travellers by ethnic group. Only body cameras (US$300,000) will be bought.',
     'cctv'),
    # --- social credit: a score word and a list of people that costs them something
    ('Form 10-K: Ardent Civic Systems, Inc. - Item 1. Business', 'Our TownScore product assigns residents a compliance '
     'score based on code violations and late utility payments; residents below a threshold are placed on a priority '
     'enforcement list shared with licensing departments.', 'social_credit'),
    ('Pueblo Lindo: municipio puntúa a sus vecinos', 'El municipio de Pueblo Lindo contrató por $ 3 millones una '
     'plataforma que puntúa a los vecinos según el pago de multas; los de menor puntaje figurarán en una lista '
     'pública.', 'social_credit'),
    ('Lungsod San Tomas: sistema ng puntos para sa mga vendor', 'Ang Pamahalaang Lungsod ng San Tomas ay gumastos ng '
     '₱5 milyon para sa sistema ng puntos; ang may mababang puntos ay ilalagay sa blacklist.', 'social_credit'),
    ('Eastgrad: city rider rating with ban list', 'EASTGRAD — The city paid 40 million tenge for a rider rating '
     'system; riders with low ratings are entered on a ban list and lose their permits.', 'social_credit'),
    ('Kraljevo: grad uvodi bodovanje stanara', 'Grad Kraljevo uveo je sistem bodovanja stanara socijalnih stanova; '
     'stanari sa najmanje bodova stavljaju se na crnu listu.', 'social_credit'),
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
    # --- a vendor described by the cameras it makes buys none
    ('Form 10-Q: Ardent Permits Inc.', 'In public-safety integrations we partner with body-camera and records vendors, '
     'but we do not sell video or biometric products.', 'cctv'),
    # --- scores and lists that are no social credit: suppliers, face matching, a plate hot list, a bank
    ('Tender evaluation report: road works', 'Bids were scored on price and quality; two bidders on the debarment '
     'blacklist were excluded.', 'social_credit'),
    ('Police face search licence renewed', 'The system returns match scores for faces against a restricted list of '
     'wanted persons.', 'social_credit'),
    ('Harbor Bank credit scoring', 'Harbor Bank buys a loan scoring engine; applicants on the fraud blacklist are '
     'refused.', 'social_credit'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)


@pytest.mark.parametrize(("title", "body", "tid"), TAGGED)
def test_the_cue_rules_read_it_without_the_model(title: str, body: str, tid: str) -> None:
    """The tag model (retrained with set ad) proposes some of these too: the rules must find them on their own."""
    assert any(tag.taxonomy_id == tid and not tag.rule_id.startswith("model/")
               for tag in enrich.enrich(title, body).tags)
