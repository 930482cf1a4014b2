"""Round 36 (reports): places of texts that buy nothing (tests/eval/README.md, "Places of texts that buy nothing; video
pooling platforms; buyer and using unit", part 1).

A report, minutes, a hearing or a ruling about a named public body (a police force, a council, a ministry, a transport
authority) keeps the place of that body; a study, a market report, a trade fair or an NGO's survey that names a town
or country only as its scene is placed nowhere. A notice that buys something keeps its place whatever it names.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.report_place import unplaced_report


def _place(title: str, body: str) -> tuple[str | None, str | None] | None:
    place = enrich(title, body).place
    return None if place is None else (place.country, place.city)


@pytest.mark.parametrize(("title", "body"), [
    # en: a university study naming a town as its scene
    ("Study: street cameras in Leeds", "Researchers at a university interviewed residents about street cameras in "
     "Leeds and how safe they feel. The study covers no procurement."),
    # es: an NGO report about a country
    ("Informe de una ONG sobre videovigilancia en Chile", "Una organización de derechos digitales publicó un informe "
     "sobre el reconocimiento facial en Chile. El informe no describe compras."),
    # fr: a trade fair
    ("Salon de la sécurité à Lyon", "Des fabricants de caméras ont présenté leurs nouveautés au salon de Lyon ; "
     "aucune vente n'est annoncée."),
    # de: a market study
    ("Marktstudie: Kameras in Österreich", "Eine Marktstudie schätzt den Absatz von Überwachungskameras in "
     "Österreich. Eine Beschaffung ist nicht Gegenstand."),
    # ru: a sociologists' survey
    ("Исследование: камеры в Казани", "Социологи опросили жителей Казани о камерах с распознаванием лиц; закупки "
     "не описываются."),
    # pt: an academic paper
    ("Estudo acadêmico sobre câmeras em Recife", "Pesquisadores analisaram a percepção de segurança em Recife em "
     "relação às câmeras de rua. Nenhuma compra é descrita."),
])
def test_report_about_no_body_is_placed_nowhere(title: str, body: str) -> None:
    assert _place(title, body) is None


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    # en: a council debates its own cameras
    ("Council debates cameras", "WINNIPEG — Winnipeg City Council debated a proposal for more downtown cameras. "
     "No vote was taken and nothing was bought.", "CA", "Winnipeg"),
    # es: a municipal council (concejo) debates
    ("Concejo de Cali debate reconocimiento facial", "El Concejo de Cali debatió el uso de reconocimiento facial en "
     "el transporte masivo; no se aprobó ninguna compra.", "CO", "Cali"),
    # fr: a regulator orders a town hall to stop
    ("La CNIL met en demeure la mairie de Nice", "La CNIL a mis en demeure la mairie de Nice d'arrêter ses caméras "
     "à reconnaissance faciale. Aucun achat n'est concerné.", "FR", "Nice"),
    # de: a study, but about a city's police
    ("Studie zur Polizei Dresden", "Eine Studie der Universität kritisiert die Gesichtserkennung der Polizei Dresden. "
     "Beschafft wird nichts.", "DE", "Dresden"),
    # ar: a municipal council discusses its cameras
    ("بلدية صيدا تناقش الكاميرات", "ناقش المجلس البلدي في صيدا أعطال كاميرات المراقبة دون اتخاذ أي قرار بالشراء.",
     "LB", None),
    # ru: the Moscow mayor's office
    ("Мэрия Москвы и камеры", "Правозащитники критикуют мэрию Москвы за распознавание лиц в метро; закупки не "
     "описываются.", "RU", None),
])
def test_report_about_a_public_body_keeps_its_place(title: str, body: str, country: str, city: str | None) -> None:
    place = _place(title, body)
    assert place is not None
    assert place[0] == country
    if city is not None:
        assert place[1] == city


def test_a_purchase_keeps_its_place() -> None:
    # a study's town, but the notice buys something: its place stays
    place = _place("Cameras for Leeds market", "Leeds market hall bought 12 cameras from Northern Vision Ltd for "
                   "£18,400 after a study of theft.")
    assert place is not None and place[0] == "GB"


@pytest.mark.parametrize(("text", "evidence", "withheld"), [
    ("Study: cameras in Porto. Researchers surveyed residents of Porto.", "Porto", True),
    ("Report: the Porto municipal police cameras reviewed.", "Porto", False),
    ("Report: 三原县人大常委会审议城区监控覆盖。", "三原县", False),
    ("Report: a survey of 40 cities.", None, False),
])
def test_unplaced_report_rule(text: str, evidence: str | None, withheld: bool) -> None:
    assert unplaced_report(text, evidence, has_buyer=False, priced=False, bought=False) is withheld


def test_unplaced_report_leaves_purchases_alone() -> None:
    text = "Study: cameras in Porto."
    assert not unplaced_report(text, "Porto", has_buyer=True, priced=False, bought=False)
    assert not unplaced_report(text, "Porto", has_buyer=False, priced=True, bought=False)
    assert not unplaced_report(text, "Porto", has_buyer=False, priced=False, bought=True)
