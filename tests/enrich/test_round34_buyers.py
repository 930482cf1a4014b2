"""Round 34 (r34_buyers34): the labelling rule "Buyers of withdrawn tenders; places of national bodies"
(tests/eval/README.md). Fictional bodies and firms; towns as placeholders.

- A notice that cancels, voids, suspends or withdraws a tender, or declares it failed or deserted, names its buyer:
  the body that issued the tender (enrich/cancelled_tenders.py). Not a court or audit office that stopped it, not a
  vendor; a denial, a ban or a plan voted down cancels no tender and keeps its reading. Nothing is bought: no
  technology, no supplier, the budget is no money spent.
- A national body that names no town is placed in its country only: the country's name it writes in its own name
  is not a town (enrich/national_bodies.py); a town the text states stays; Taiwan's national bodies are placed in
  TW.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a ccgp 废标公告 and 终止公告
    ("泾源县智慧安防服务中心人脸识别系统采购项目废标公告",
     "泾源县智慧安防服务中心人脸识别系统采购项目因有效投标供应商不足三家，根据《政府采购法》第三十六条规定，本项目废标。",
     "泾源县智慧安防服务中心"),
    ("泾源县智慧安防服务中心视频监控补点项目终止公告",
     "泾源县智慧安防服务中心视频监控补点项目因采购需求发生重大变化，经研究决定终止本次采购活动。",
     "泾源县智慧安防服务中心"),
    # a Taiwanese 流標 notice
    ("臺中市政府智慧安全中心人臉辨識系統採購案（流標）", "本案因投標廠商資格均不符，宣布流標，不予決標。",
     "臺中市政府智慧安全中心"),
    # es "declara desierta", pt "revoga o pregão", fr "déclaré infructueux", de "aufgehoben"
    ("Municipalidad de Villa Serrana declara desierta la licitación de cámaras con reconocimiento facial",
     "La Municipalidad de Villa Serrana declaró desierta la licitación de cámaras con reconocimiento facial por "
     "falta de ofertas admisibles. No se adjudicó ningún contrato.", "Municipalidad de Villa Serrana"),
    ("Prefeitura de Serra Clara revoga pregão de câmeras com reconhecimento facial",
     "A Prefeitura de Serra Clara revogou o pregão para câmeras com reconhecimento facial nos terminais; nenhum "
     "contrato foi assinado.", "Prefeitura de Serra Clara"),
    ("Val Clair : l'appel d'offres de vidéoprotection déclaré infructueux",
     "La Communauté de communes du Val Clair a déclaré infructueux l'appel d'offres pour 30 caméras de "
     "vidéoprotection, aucune offre n'étant conforme.", "Communauté de communes du Val Clair"),
    ("Stadt Lindenau hebt Ausschreibung für Videoanalyse auf",
     "Die Stadt Lindenau hat die Ausschreibung für eine Software zur automatisierten Videoanalyse aufgehoben.",
     "Stadt Lindenau"),
    # en "cancelled", "no award"
    ("Lakemont Police Department cancels tender for license plate readers",
     "The Lakemont Police Department cancelled its request for proposals for 40 automated license plate readers "
     "after council members raised data-sharing concerns; no contract was awarded.", "Lakemont Police Department"),
])
def test_a_cancelled_tender_names_its_buyer(title: str, body: str, buyer: str) -> None:
    result = enrich(title, body)
    assert result.purchase_state is not None and result.purchase_state.state == "withdrawn"
    assert _buyer(title, body) == buyer
    assert not result.tags  # nothing is bought
    assert not [p for p in result.parties if p.role == "supplier"]


def test_a_court_that_stops_a_tender_is_not_its_buyer() -> None:
    title = "Fortaleza Nova: Tribunal de Contas suspende pregão de reconhecimento facial"
    body = ("O Tribunal de Contas do Estado suspendeu o pregão da Secretaria Municipal de Segurança de Fortaleza Nova "
            "para câmeras com reconhecimento facial.")
    assert _buyer(title, body) != "Tribunal de Contas do Estado"


@pytest.mark.parametrize(("title", "body"), [
    # a denial cancels no tender
    ("Lakemont police deny buying IMSI catchers",
     "The Lakemont Police Department denied reports that it had bought IMSI catchers; no tender was issued."),
    # a plan voted down issued no tender
    ("Council votes down license plate reader expansion",
     "The Lakemont City Council voted 4-3 against extending its pilot of automated license plate readers."),
    # a ban forbids purchases; it cancels none
    ("City council bans purchase of face recognition",
     "The Lakemont City Council passed an ordinance barring city departments from buying face recognition."),
    # a reading that runs past the name into the sentence ("prefeitura suspendeu") is no buyer
    ("Serra Clara: prefeitura suspende licitação de câmeras com reconhecimento facial",
     "SERRA CLARA — A prefeitura suspendeu a licitação para câmeras com reconhecimento facial após recomendação "
     "do Ministério Público."),
])
def test_no_tender_cancelled_keeps_its_reading(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_a_national_body_that_writes_its_country_is_placed_in_its_country() -> None:
    # "Kuwait" here is the country, not its capital: no town is guessed from the body's name
    place = enrich("Kuwait Ministry of Digital Borders signs biometric border contract",
                   "The Kuwait Ministry of Digital Borders has awarded KD 9.6 million to Gulf Gate Identity Solutions "
                   "for iris enrolment at land borders.").place
    assert place is not None and place.country == "KW"
    assert place.city is None and place.admin1 is None and place.precision == "country"


def test_a_national_body_with_a_dateline_keeps_its_town() -> None:
    place = enrich("Body cameras", "NAIROBI — The National Police Service has bought 500 body-worn cameras for "
                   "KSh 90 million from Savanna Secure Ltd.").place
    assert place is not None and place.country == "KE" and place.city == "Nairobi"


def test_a_taiwanese_national_body_without_a_town_is_placed_in_taiwan() -> None:
    result = enrich("內政部智慧治安推動辦公室人臉辨識系統採購案決標公告",
                    "機關名稱：內政部智慧治安推動辦公室\n標案名稱：人臉辨識系統建置\n決標金額：新臺幣12,500,000元")
    assert _buyer("內政部智慧治安推動辦公室人臉辨識系統採購案決標公告",
                  "機關名稱：內政部智慧治安推動辦公室\n標案名稱：人臉辨識系統建置\n決標金額：新臺幣12,500,000元") \
        == "內政部智慧治安推動辦公室"
    assert result.place is not None and result.place.country == "TW"
    assert result.place.city is None and result.place.admin1 is None
