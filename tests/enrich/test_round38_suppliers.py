"""Round 38 suppliers: a registry vendor named as the other side of a contract the buyer will not renew, as the maker
of old goods being replaced, as the subject of a proposal a council turned down, as a platform a tender requires
integration or compatibility with, or denying that it supplied anything, is `mentioned`, never a supplier - in the
languages where round 38's probes found it linked (it, nl, ru, uk, tr, id, sv, da, pl, de, fr, pt, es). The same
vendors named as what was bought or delivered stay suppliers."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import strongest_roles

_roles = strongest_roles


@pytest.mark.parametrize("title,body,vendor", [
    # a contract that is not renewed, written after the name
    ("Videosorveglianza comunale", "La convenzione con Dahua per le scuole non è stata rinnovata dalla giunta.",
     "dahua"),
    ("Cameratoezicht in de binnenstad", "De overeenkomst met Hikvision wordt niet verlengd, meldt de wethouder.",
     "hikvision"),
    ("Видеонаблюдение в городе", "Договор с Huawei на обслуживание камер не будет продлён, заявили в администрации.",
     "huawei"),
    ("Kent güvenlik kameraları", "Dahua ile imzalanan sözleşme uzatılmadı, belediye yeni ihaleye çıkacak.", "dahua"),
    ("CCTV kota", "Kerja sama dengan Hikvision tidak akan diperpanjang tahun depan.", "hikvision"),
    ("Kameraövervakning i centrum", "Kontraktet med Axis förlängs inte efter årsskiftet, uppger kommunen.", "axis"),
    ("Kameraovervågning", "Aftalen med Hikvision forlænges ikke, oplyser kommunen.", "hikvision"),
    # the buyer will not renew, written before the name
    ("Videosorveglianza", "La provincia non rinnoverà l'accordo di manutenzione con Hikvision il prossimo anno.",
     "hikvision"),
    ("Видеонаблюдение", "Мэрия не продлит соглашение о поддержке камер с Dahua.", "dahua"),
    # old goods of X being replaced
    ("Камеры на площади", "Прежние камеры Dahua демонтируют летом, сообщили в мэрии.", "dahua"),
    ("Camera's op het station", "De oude camera's van Dahua gaan eruit; de gemeente koopt nieuwe.", "dahua"),
    ("Penggantian CCTV", "Perangkat lama buatan Dahua di terminal akan diganti tahun ini.", "dahua"),
    # a council turning down a proposal to buy X's goods
    ("Videoüberwachung am Bahnhof", "Der Kreistag lehnte den Antrag ab, Drohnen von Hikvision zu beschaffen.",
     "hikvision"),
    # integration or compatibility a tender requires
    ("Licitación de videovigilancia", "Las cámaras deberán permitir la integración con el software de Genetec del "
     "centro de mando.", "genetec"),
    ("Appel d'offres vidéoprotection", "Le lot 2 prévoit l'intégration avec le logiciel Genetec déjà exploité par la "
     "police municipale.", "genetec"),
    ("Aanbesteding camera's", "De nieuwe camera's moeten compatibel zijn met het videoplatform van Genetec.",
     "genetec"),
    # X denying that it supplied
    ("Vidéosurveillance à Lyon", "Dahua dément formellement avoir livré des caméras à la métropole.", "dahua"),
    ("Câmeras na escola", "A Dahua negou ter vendido equipamentos à secretaria de educação.", "dahua"),
])
def test_a_vendor_that_supplied_nothing_is_no_supplier(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) != "supplier"  # mentioned, or not a party where the name needs context


@pytest.mark.parametrize("title,body,vendor", [
    ("Videosorveglianza", "Il comune ha rinnovato il contratto con Hikvision per altri due anni, 80.000 euro.",
     "hikvision"),
    ("Видеонаблюдение", "Мэрия продлила контракт с Huawei на обслуживание камер на 5 млн рублей.", "huawei"),
    ("Camera's", "De gemeente heeft 40 camera's van Hikvision aangeschaft voor 90.000 euro.", "hikvision"),
    ("Kameraövervakning", "Kommunen har köpt 30 kameror från Axis för 2 miljoner kronor.", "axis"),
    ("Kamery", "Miasto kupiło 25 kamer firmy Dahua za 150 tys. zł.", "dahua"),
    ("CCTV kota", "Pemerintah kota membeli 60 kamera CCTV merek Hikvision senilai Rp 1,5 miliar.", "hikvision"),
    ("Vidéosurveillance", "La commune a acheté 35 caméras Dahua pour 70 000 euros.", "dahua"),
    ("Câmeras", "A prefeitura comprou 50 câmeras da Hikvision por R$ 400 mil.", "hikvision"),
    ("Videoüberwachung", "Die Stadt hat 20 Kameras von Axis für 60.000 Euro gekauft.", "axis"),
])
def test_a_vendor_whose_goods_were_bought_stays_a_supplier(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) == "supplier"
