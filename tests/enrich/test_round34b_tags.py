"""Round 34b (task tags34b, read from set aj with the models off): a function named and then said not bought in the
past tense (en "were not purchased", zh 不予采购) is not tagged while the cameras bought stay; a plate-reader maker
named only as a company's competitor reads no plates for that company; a report on a security fair whose makers
"showed" or "presented" products (plural and plain verbs, pt feira) buys nothing. Every text is fictional (invented
bodies and firms, real towns). The rules are tested with the cue rules alone (`tag_rules_only`): the tag model must
not be what passes them."""
from __future__ import annotations

import pytest

from enrich import enrich


def tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title=title, body=body).tags}


NOT_BOUGHT = [
    ("Depot camera renewal: analytics option not taken",
     "The Exampleton Transit Authority renewed 140 depot cameras with Northgate Security Ltd for $410,000; the "
     "optional gait analytics were not purchased.", {"cctv"}),
    ("Jail cameras upgraded",
     "The Sampleford County Sheriff upgraded 60 jail cameras through Harbour Systems Inc., $95,000. Phone interception "
     "equipment was not purchased.", {"cctv"}),
    ("示例县社区监控改造项目成交公告",
     "示例县某镇改造社区监控点位45个，原方案中的民族属性识别功能不予采购。成交人：示例安防科技有限公司，成交金额：61万元。",
     {"cctv"}),
]


@pytest.mark.parametrize(("title", "body", "expected"), NOT_BOUGHT)
def test_a_function_said_not_bought_after_its_name_is_not_tagged(title: str, body: str, expected: set[str],
                                                                 tag_rules_only: None) -> None:
    assert tags(title, body) == expected


def test_a_plate_reader_maker_named_as_competitor_reads_no_plates(tag_rules_only: None) -> None:
    title = "Form 10-K: Competition (Examplecrest Acoustics Inc.)"
    body = ("Examplecrest Acoustics Inc. sells gunshot detection sensors and pole cameras to police departments. "
            "Our competitors include Flock Safety and several regional integrators.")
    assert "vehicle_recognition" not in tags(title, body)
    assert "cctv" in tags(title, body)


def test_a_company_reading_plates_itself_keeps_them_beside_its_competitor(tag_rules_only: None) -> None:
    title = "Form 10-K: Business (Sampleview Systems Inc.)"
    body = ("Sampleview Systems Inc. sells automated license plate recognition cameras to municipalities. We compete "
            "with Flock Safety and Motorola Solutions.")
    assert "vehicle_recognition" in tags(title, body)


FAIRS = [
    ("Security fair in Example City",
     "At a security fair in Example City, Northvision and Greywall showed new cameras and face terminals to "
     "visiting delegations."),
    ("Feira de segurança em Exemplópolis",
     "Northvision e Greywall expuseram câmeras com reconhecimento facial em feira em Exemplópolis. Nenhum comprador é "
     "citado."),
    ("Feria de seguridad en Ejemplo",
     "En una feria de seguridad en Ejemplo, Northvision y Greywall presentaron cámaras. No se menciona comprador."),
]


@pytest.mark.parametrize(("title", "body"), FAIRS)
def test_makers_showing_products_at_a_security_fair_buy_nothing(title: str, body: str, tag_rules_only: None) -> None:
    assert tags(title, body) == set()


def test_a_priced_purchase_presented_at_a_fair_keeps_its_cameras(tag_rules_only: None) -> None:
    title = "Exampleton police present new cameras"
    body = ("Exampleton police presented at the city's security fair the 80 street cameras bought from Northgate "
            "Security Ltd for $300,000.")
    assert "cctv" in tags(title, body)


CLOSINGS = [
    ("Informe de la Personería sobre cámaras en parques",
     "La Personería de Ejemplo revisó las cámaras de seguridad de los parques, de marcas conocidas, y pidió mejor "
     "mantenimiento; "
     "el informe no corresponde a una nueva compra."),
    ("Rekenkamer Voorbeeldstad onderzoekt cameratoezicht",
     "De rekenkamer van Voorbeeldstad evalueert het cameratoezicht in de binnenstad; het rapport gaat niet over een "
     "nieuwe aanschaf."),
    ("Avis du médiateur sur les caméras-piétons",
     "Le médiateur de Villexemple évoque l'usage des caméras-piétons par la police municipale, sans viser un marché "
     "particulier."),
]


@pytest.mark.parametrize(("title", "body"), CLOSINGS)
def test_a_report_closing_that_it_concerns_no_new_purchase_buys_nothing(title: str, body: str,
                                                                        tag_rules_only: None) -> None:
    assert tags(title, body) == set()
