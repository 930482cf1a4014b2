"""Round 19, buyers a news lede names that the readers missed: a head-first name with a lower-case adjective after
its head before a verb of extending, inaugurating or replacing (fr, es, pt, it, de, nl, id), a lede read after its
article ("Lyon, le 4 mai - Le groupement de …"), a name with an elided article ("Govern d'Andorra"), bodies
whose head word the cue lists lacked (groupement, district, gerencia, protection civile, Polda/Polres, Thromde),
a service named by its emergency line ("Servicio 911"), an English report whose documents show the body paying,
"X City government", a council's minutes headed with its name, an Arabic verb of adding; and what opens a span
before a name (a seat "X-based", a Chinese 采购人 label, "Town — ").

Every sentence here was written for these tests (fictional purchases; the bodies are named as such bodies are
named), none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import buyer_table_tests

# (title, body, buyer)
BUYERS = [
    # a capitalised head, a lower-case adjective after it, then a verb (fr, es, it)
    ("Namur : caméras", "NAMUR - La Police fédérale renforce son réseau avec 60 caméras pour 300 000 euros.",
     "Police fédérale"),
    ("Arequipa: semáforos", "AREQUIPA - La Gerencia de Movilidad Urbana de Arequipa colocó 30 semáforos nuevos.",
     "Gerencia de Movilidad Urbana de Arequipa"),
    ("Genova: telecamere", "GENOVA - La Protezione civile regionale potenzia la rete di telecamere sui torrenti.",
     "Protezione civile regionale"),
    # the lede read after its article, the head in lower case (fr); a district and a groupement (fr)
    ("Gendarmerie : drones", "Lyon, le 4 mai - Le groupement de gendarmerie du Rhône a acquis 12 drones.",
     "groupement de gendarmerie du Rhône"),
    ("Bamako : feux", "BAMAKO - Le District autonome de Bamako a attribué le marché des feux à Niger Signal SARL.",
     "District autonome de Bamako"),
    # an elided article inside an English-style name
    ("Andorra: sensors", "ANDORRA LA VELLA - The Govern d'Andorra signed a contract for 30 traffic sensors.",
     "Govern d'Andorra"),
    # Indonesian police and local-government acronyms, a Bhutanese municipality
    ("Bandung: CCTV", "BANDUNG - Polres Bandung membeli 50 kamera CCTV senilai Rp 3 miliar.", "Polres Bandung"),
    ("Paro: lights", "PARO - The Paro Dzongkhag replaced 200 street lights for Nu 9 million.", "Paro Dzongkhag"),
    # a service named by its emergency line
    ("Quito: cámaras", "QUITO - El Servicio 911 adquirió 300 cámaras para su centro de mando.", "Servicio 911"),
    # documents, records or invoices that show the body paying
    ("Drones for police", "Records obtained by a local newspaper show the Springfield Police Department paid "
     "$90,000 for six drones.", "Springfield Police Department"),
    ("Phone scanners", "Invoices seen by reporters show the Kerala State Police bought 20 phone extraction kits.",
     "Kerala State Police"),
    # the body's own Chinese name a few words after the English description the frame read
    ("Kashgar police", "Records show the Jiashi county public security bureau (伽师县公安局) paid 2 million yuan for "
     "phone scanners.", "伽师县公安局"),
    # a council's minutes headed with its name (pt, pl, ru, es)
    ("Ata da sessão da Câmara Municipal de Londrina", "Londrina. Pauta: 1) aprovado o contrato de R$ 3 milhões para "
     "80 câmeras de videomonitoramento.", "Câmara Municipal de Londrina"),
    ("Protokół z sesji Rady Miasta Lublina", "Lublin. Pkt 3: przyjęto uchwałę o zakupie 40 kamer za 2 mln zł.",
     "Rady Miasta Lublina"),
    ("Протокол заседания городской думы Самары", "Самара. 1. Утвердить контракт на 120 камер видеонаблюдения.",
     "городской думы Самары"),
    # an Arabic verb of adding before a police force or a ministry
    ("حمص: كاميرات", "حمص - أضافت وزارة الداخلية إلى شبكة المدينة 50 كاميرا جديدة.", "وزارة الداخلية"),
    # the own name in brackets after its English rendering
    ("Samarkand cameras", "SAMARKAND — Urgut district administration (Urgut tuman hokimligi) has paid 3 billion "
     "soums for 200 cameras.", "Urgut tuman hokimligi"),
    # a lower-case "government" after a capitalised place closes the name
    ("Manila: cameras", "MANILA - The Pasig City government awarded a contract for 300 cameras.",
     "Pasig City government"),
]

# what opens a span before the name: a seat ("X-based"), a label glued to a Chinese name, a dateline in mixed case
LEADS = [
    ("Police drones", "The Bristol-based Avon Valley Constabulary has bought 12 drones for £200,000.",
     "Avon Valley Constabulary"),
    ("监控采购", "采购人和田县公安局采购高清摄像机200台，预算金额：120万元。", "和田县公安局"),
    ("Malawi police to get scanners", "Lilongwe — The Ministry of Homeland Security has signed a K20 million "
     "contract with Shire Forensics to supply fingerprint scanners for the Malawi Police Service.",
     "Ministry of Homeland Security"),
    ("Kenya: cameras", "Mombasa — The County Government of Mombasa has signed a contract for 300 cameras with "
     "Pwani Systems.", "County Government of Mombasa"),
]

# what must not be read as a buyer, or into a name
KEPT = [
    # a denial read without any verb list names no buyer (the lede's verbless reading keeps its article rule)
    ("Utrecht: geen camera's", "De gemeente Amersfoort ontkent berichten over slimme camera's.", None),
    ("Eindhoven: proef", "De gemeente Eindhoven stopt met de proef met slimme camera's.", None),
    # a lower-case common noun after an article is no body
    ("Quito: llamadas", "QUITO - El sistema 911 recibió más llamadas este año.", None),
    # documents that show no body
    ("Cameras", "Records show the cameras were never switched on, according to the report.", None),
    # an adjective after a head is read only up to the verb; the place that follows stays out
    ("Liège : caméras", "LIÈGE - La Police locale étend la vidéosurveillance à Liège pour 90 000 euros.",
     "Police locale"),
]

test_the_buyer_is_read, test_what_is_no_part_of_a_name = buyer_table_tests(BUYERS, KEPT + LEADS)
