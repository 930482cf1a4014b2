"""Round 25, buyers: the subject of a news lede that no organisation word marks (enrich/lede_subjects.py).

A news item that opens with a body named by what it runs (schools, a library system, a metro, a fire zone, a
hospital trust) or by an acronym or a coined word reads as having no buyer when the sentence readers ask for an
organisation word. The lede's subject is now read up to its verb - a verb of the cue lists, an English auxiliary or
past tense, a Slavic past tense in -l - and kept when it reads as a proper name. A person (a title first, or a
speaker), a company, a common phrase ("Local residents", "Un grupo de vecinos") or a clause read past an unlisted
verb stays out.

Every sentence here was written for these tests (fictional bodies and purchases), none copied from an evaluation set.
Each case checks what a user sees: the buyer's name and the text its evidence quotes.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_quote_tests

BUYERS = [
    ("Marlowe schools buy classroom door cameras",
     "MARLOWE, Ore. — Marlowe Valley Public Schools approved $180,000 for 200 door cameras at its campuses.",
     "Marlowe Valley Public Schools"),
    ("Brightwater library adds cameras",
     "BRIGHTWATER — Brightwater Regional Library Network bought 40 cameras for its reading rooms for $95,000.",
     "Brightwater Regional Library Network"),
    ("Port Ellis ferries get cameras",
     "PORT ELLIS — HarbourLink has installed 120 cameras at ferry terminals for $900,000.",
     "HarbourLink"),
    ("Valmont : les hospices équipent leurs couloirs de caméras",
     "VALMONT — Les Hospices municipaux de Valmont ont acquis 30 caméras de vidéosurveillance pour 200 000 euros.",
     "Hospices municipaux de Valmont"),
    ("Transports : l'OTRV renouvelle ses caméras",
     "L'OTRV a attribué 2 millions d'euros pour 400 caméras embarquées dans ses bus.",
     "OTRV"),
    ("Kempenland: brandweer koopt drones met camera",
     "GEEL — De Brandweerzone Kempenland kocht zes drones met warmtebeeldcamera's voor 120.000 euro.",
     "Brandweerzone Kempenland"),
    ("Tiefbauamt erneuert Verkehrskameras",
     "Das Tiefbauamt erneuert 30 Videokameras an Kreuzungen für 1,2 Mio. Euro.",
     "Tiefbauamt"),
    ("Новоград: метрополитен ставит камеры",
     "Новоградский метрополитен установил 60 камер видеонаблюдения на станциях за 40 млн рублей.",
     "Новоградский метрополитен"),
    ("Lipov: správa komunikací kupuje kamery",
     "Správa městských komunikací Lipova zadala instalaci 40 kamer za 12 milionů korun.",
     "Správa městských komunikací Lipova"),
    ("Borowe: wodociągi kupują kamery",
     "Miejskie Wodociągi Borowe zamówiły 25 kamer do monitoringu ujęć wody za 400 tys. zł.",
     "Miejskie Wodociągi Borowe"),
]

KEPT = [
    # a speaker, a person's title, a common phrase: no body
    ("Marlowe cameras",
     "MARLOWE — Jane Holloway said 40 cameras were bought for the harbour.", None),
    ("Marlowe cameras",
     "MARLOWE — Mayor Jane Holloway approved $50,000 for harbour cameras.", None),
    ("Marlowe doorbells",
     "MARLOWE — Local residents bought 40 doorbell cameras.", None),
    ("Cámaras en el barrio Norte",
     "ROSARIO — Un grupo de vecinos compró 40 cámaras para sus calles.", None),
    # a name with an organisation word is read as before
    ("Marlowe police buy cameras",
     "MARLOWE — The Marlowe Police Department bought 40 body cameras for $60,000.", "Marlowe Police Department"),
]

test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)
