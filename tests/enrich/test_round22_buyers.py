"""Round 22, buyers missed or cut at the wrong end: OCDS releases flattened to "buyer.name: X", a TED notice whose
section I names its body without a role label, USAspending agencies written with their town and state (and a
sentence after), a department and its agency joined by a slash, a bracketed figure or note after a name, a town or
country in brackets after a labelled buyer; courts, judiciaries, banks and foundations as buying bodies; an opening
quote or a Latin word after an organisation head ending a lede's name (kk, az, mn); sr "završilo", sq "së"; an English
subject with a possessive (a place's body, a body's programme); "X records show" names a source, not a buyer.

Every sentence here was written for these tests (fictional bodies and purchases), none copied from an evaluation set.
Each case checks what a user sees: the buyer's name and the evidence it is quoted from.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_quote_tests

# (title, body, buyer)
BUYERS = [
    # OCDS "path: value" fields
    ("ocds-abc12-2027-0001: Supply of body cameras",
     "buyer.name: Lakeshore County Police Directorate; buyer.address.locality: Lakeshore; tender.title: body cameras;"
     " awards[0].suppliers[0].name: Nordvision Systems Ltd; awards[0].value.amount: 450000.",
     "Lakeshore County Police Directorate"),
    # a TED section I without a role label: the body as written (department kept), its town and a note cut
    ("Freeland-Oakridge: CCTV extension",
     "Section I: Ville de Oakridge, Direction de la prévention urbaine. Section II: fourniture de 30 caméras.",
     "Ville de Oakridge, Direction de la prévention urbaine"),
    ("Poland-Kraków: body cameras",
     "Section I: Komenda Miejska Policji w Oakowie, Kraków. Section II: supply of 50 body-worn cameras.",
     "Komenda Miejska Policji w Oakowie"),
    ("Belgium-Gent: camera network",
     "Section I: Stad Gent, Politiezone Gent (joint procurement). Section II: supply of 40 cameras.",
     "Stad Gent, Politiezone Gent"),
    ("Deutschland-Kassel: Videoschutz",
     "Abschnitt I: Stadt Kassel, Fachbereich Ordnung. Abschnitt II: Erweiterung um 12 Kameras.",
     "Stadt Kassel, Fachbereich Ordnung"),
    # USAspending: an agency with its town and state, a sentence after; a department / agency pair with a slash
    ("Award 15X0000: plate readers",
     "Recipient: Westfield Optics LLC. Agency: Regional Border Patrol Sector Office, Tucson, AZ. Supply of two plate"
     " reader trailers. Obligated $212,000.",
     "Regional Border Patrol Sector Office"),
    ("Contract 15Y0001: forensic licences",
     "Recipient name: Acme Forensics Inc. Awarding agency: Department of Justice / Bureau of Prisons, Grand Prairie,"
     " TX. Description: renewal of licences. Total obligation: $80,000.",
     "Bureau of Prisons"),
    # a figure in brackets is no street number
    ("ocds-mx-0002: cámaras",
     "buyer: Centro de Monitoreo, Vigilancia y Respuesta del Estado de Oaxaca (C4); awards.suppliers: Visión Sur S.A.",
     "Centro de Monitoreo, Vigilancia y Respuesta del Estado de Oaxaca (C4)"),
    # a town or country in brackets after a labelled buyer
    ("Bodycams", "Auftraggeber: Ordnungsdienst Verbund Niederrhein (Krefeld)\nGegenstand: 40 Bodycams.",
     "Ordnungsdienst Verbund Niederrhein"),
    ("Monitoring network", "Contracting authority: Tayside Flood Monitoring Partnership, Dundee (United Kingdom)\n"
     "Description: maintenance of 12 river gauges.", "Tayside Flood Monitoring Partnership"),
    # courts, banks, foundations buy
    ("Court recording",
     "LUSAKA — The Commercial Court of Appeal installed recording equipment in 6 rooms, at K4 million.",
     "Commercial Court of Appeal"),
    ("Bank platform", "KIGALI — The Rural Development Bank of Kivu bought a loan scoring platform for Rwf 90 million.",
     "Rural Development Bank of Kivu"),
    # an opening quote or a Latin word after an organisation head ends the name
    ("Камералар", "ТАРАЗ — Тараз қаласы әкімдігі «Қауіпсіз аула» жобасына 80 камера қосады.", "Тараз қаласы әкімдігі"),
    ("Kameralar", "TARAZ — Тараз қаласы әкімдігі Sergek жүйесіне 80 камера қосады.", "Тараз қаласы әкімдігі"),
    ("Kameralar", "GƏNCƏ — Fövqəladə Hallar Nazirliyi “Ağıllı şəhər” layihəsi üçün 90 kamera alıb.",
     "Fövqəladə Hallar Nazirliyi"),
    # sr "završilo je", sq "së"
    ("Kamere", "NIŠ — Gradska uprava grada Niša završilo je ugradnju 60 kamera.", "Gradska uprava grada Niša"),
    ("Kamera", "DURRËS — Drejtoria Vendore e Policisë së Qarkut nënshkroi kontratë për 90 kamera.",
     "Drejtoria Vendore e Policisë së Qarkut"),
    # an English subject with a possessive
    ("Drones", "Manitoba's Department of Conservation in Brandon bought four drones for C$120,000.",
     "Department of Conservation"),
    ("Cameras", "Osh City Hall's Safe Streets programme added 80 cameras for KGS 90 million.", "Osh City Hall"),
    # a body named only by its common noun, at a sentence's start before a finite verb (as written, no article)
    ("Street counters", "DUNMORE — The city bought 8 pedestrian counters from Lakeview Mobility for $40,000.", "city"),
    ("Caméras", "VIENNE — La mairie a commandé 12 caméras pour 80 000 euros.", "mairie"),
    ("Telecamere", "LECCO — Il Comune ha installato 20 telecamere per 90.000 euro.", "Comune"),
    ("Camera's", "Zwolle. De gemeenteraad stemt in met 1 miljoen euro voor 30 camera's.", "gemeenteraad"),
    ("Délibérations", "Délibération 2 : le conseil municipal approuve l'achat de 15 caméras pour 60 000 euros.",
     "conseil municipal"),
    # a body named by its acronym alone before a finite verb
    ("Meters", "MZUZU — ESCOM installed 9,000 prepaid meters in Mzuzu, at MK 800 million.", "ESCOM"),
    ("Contadores", "NAMPULA - A FIPAG instalou 3 mil contadores de água, 90 milhões de meticais.", "FIPAG"),
    # a town of any size before a two-letter state
    ("Award PO-1: cameras", "Recipient: Ridge Optics LLC\nAwarding office: Cedar Hollow Police Department, Cedar"
     " Hollow, KY\n"
     "Obligated amount $90,000 for 12 cameras.", "Cedar Hollow Police Department"),
    # it: a hospital opens a body's name after an elided article
    ("Torino, ospedale", "L'ospedale San Carlo di Cuneo ha acquistato un sistema di analisi del cammino, 200.000 euro.",
     "ospedale San Carlo di Cuneo"),
    # es "Organismo" opens a body's name; fr "utilise" is a finite verb after one
    ("Huellas", "HEREDIA - El Organismo de Control Vehicular adjudicó ₡900 millones a Pura Vida Biometría S.A.",
     "Organismo de Control Vehicular"),
    ("Fichier", "MOUNDOU — La Direction régionale de la sécurité publique utilise un logiciel acheté 90 millions"
     " de FCFA.",
     "Direction régionale de la sécurité publique"),
    # an officer's title before the ministry or department it heads
    ("Parliamentary answer", "GABORONE — The Permanent Secretary of the Ministry of Local Government replied that 40"
     " cameras were bought for P2 million.", "Ministry of Local Government"),
    # a Chinese title's short form yields to the body's own, longer writing of it
    ("新竹市政府環保局設置噪音照相", "新竹市政府環境保護局於光復路設置聲音照相設備，設備費新臺幣300萬元。",
     "新竹市政府環境保護局"),
    # a Chinese body after a dateline dash
    ("香港入境事務處擴展系統", "香港 — 香港入境事務處以港幣2,400萬元，委聘某科技有限公司建立旅客檢查系統。",
     "香港入境事務處"),
]

# near misses: what must not change
KEPT = [
    # "Section I: Contracting authority: X" reads the labelled value; a bare heading is no buyer
    ("UK-Leeds: CCTV", "Section I: Contracting authority: Harrowgate District Council. Section II: 20 cameras.",
     "Harrowgate District Council"),
    ("France: vidéo", "Section I : Pouvoir adjudicateur\nNom officiel : Syndicat mixte de la vallée du Lot\n"
     "Section II : Objet : 40 caméras.", "Syndicat mixte de la vallée du Lot"),
    # a cancelled notice whose section I names the body without a label: no buyer
    ("Belgium-Hasselt: camera network - contract cancelled",
     "Section I: Stad Hasselt, Kolonel Dusartplein 1, 3500 Hasselt. Section II: Extension of the camera network with"
     " facial recognition analytics. Section V: The procedure was discontinued; no contract was awarded.", None),
    # a bracketed English name or acronym after a labelled buyer stays
    ("Cameras",
     "Contracting authority: Politsei- ja Piirivalveamet (Police and Border Guard Board)\nDescription: cameras.",
     "Politsei- ja Piirivalveamet (Police and Border Guard Board)"),
    # a court as the source of a report is no buyer; the body the report names is
    ("Regina police: simulator disclosed in court",
     "Court of Queen's Bench records show the Regina Police Service operated a cell-site simulator, bought for"
     " C$900,000.", "Regina Police Service"),
    # a quoted name after a Russian legal form stays whole
    ("Камеры", "КАЗАНЬ — ГБУ «Центр безопасного города» заключило контракт на 100 камер.",
     "ГБУ «Центр безопасного города»"),
    # a named body wins over a common noun; a common noun without a finite verb after it is no buyer
    ("Cameras", "DUNMORE — The Dunmore Police Department bought 8 cameras. The city paid $40,000.",
     "Dunmore Police Department"),
    ("City life", "Residents say the city is safer. The government said nothing about cameras.", None),
    # an office named by its field stays; a Chinese title's full name is kept when the body names a unit of another
    ("Safety cameras", "The Director of Public Safety of Millbrook signed a contract for 20 cameras.", None),
    ("莎车县公安局执法记录仪采购", "莎车县公安局为各派出所采购执法记录仪60台，中标金额：48万元。", "莎车县公安局"),
    ("嘉義市政府衛生局採購", "嘉義市政府衛生局為市立醫院採購體溫監測設備，金額新臺幣90萬元。", "嘉義市政府衛生局"),
    ("Caméras", "LYON — La police utilise des caméras depuis 2020.", None),
    # an acronym of a registry vendor, or one that is no sentence's subject, is no buyer
    ("Supply deal", "SHENZHEN — ZTE signed a deal to supply 40 cameras to a port.", None),
    ("Leeds cameras", "LEEDS — CCTV cameras were installed in May at a cost of £40,000.", None),
    # a lower-case possessive phrase stays as written
    ("Cameras", "Togo's national police command in Lomé took delivery of 200 cameras for FCFA 900 million.",
     "national police command"),
]



test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)
