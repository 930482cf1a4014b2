"""Round 40 (reports): texts that buy nothing (tests/eval/README.md "Technologies of texts that buy nothing").

A market forecast names a sum that is the market's, not a purchase: tagged with nothing; a use denied after the
thing named (de, nl) or with "never" before it (es, pt) negates it; what a regulator or court orders a named body to
stop using ran, and keeps its tag even where the tag model doubts it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Market study: facial recognition market to double",
     "A market research firm forecasts that the global facial recognition market will reach $12 billion by 2030, "
     "driven by airport and retail demand."),
    ("Analysts: spending on police video analytics to grow",
     "Spending on video analytics for law enforcement is expected to reach $7.5 billion by 2029, an industry "
     "analyst said on Monday."),
    ("Informe de mercado: videovigilancia crecerá 9 % anual",
     "Una consultora estima que el mercado latinoamericano de videovigilancia alcanzará 4.000 millones de dólares "
     "en 2029."),
    ("研究报告：人脸识别市场规模持续增长",
     "某咨询机构发布报告称，2027年中国人脸识别市场规模预计达到150亿元，年复合增长率约18%。"),
    ("Étude : le marché de la vidéoprotection en hausse",
     "Selon un cabinet d'études, le marché européen de la vidéoprotection atteindra 9 milliards d'euros en 2028."),
])
def test_market_forecasts_are_tagged_with_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


def test_a_purchase_beside_a_market_figure_keeps_its_tag() -> None:
    assert "cctv" in _tags(
        "City of Dunmore buys CCTV cameras",
        "The City of Dunmore bought 40 CCTV cameras from Keystone Video for $210,000. The regional video "
        "surveillance market will reach $2 billion by 2030, the vendor said.")


@pytest.mark.parametrize(("title", "body"), [
    ("Polizei Bremen: keine Clearview-Software",
     "BREMEN — Die Polizei Bremen erklärte, sie habe Clearview AI nie genutzt."),
    ("Politie Utrecht beantwoordt raadsvragen",
     "De politie Utrecht verklaarde dat zij Clearview AI nooit heeft gebruikt."),
    ("Rosario: la policía y Clearview",
     "La Policía de Rosario afirmó que nunca utilizó Clearview AI."),
    ("Polícia Civil de Goiás responde a pedido de informação",
     "A Polícia Civil de Goiás afirmou que jamais utilizou reconhecimento facial."),
])
def test_a_use_denied_is_no_tag(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


def test_a_use_stated_in_german_keeps_its_tag() -> None:
    assert "facial_recognition" in _tags(
        "Polizei Köln und Gesichtserkennung",
        "Die Polizei Köln hat Gesichtserkennung seit 2023 am Hauptbahnhof eingesetzt, teilte das Ministerium mit.")


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("La CNIL met en demeure la ville de Nice",
     "La CNIL a mis en demeure la ville de Nice de cesser l'usage de la reconnaissance faciale à l'entrée des "
     "lycées.", "facial_recognition"),
    ("Garante privacy sanziona il Comune di Trento",
     "Il Garante ha sanzionato il Comune di Trento, che ha utilizzato il riconoscimento facciale nei progetti "
     "Marvel e Protector.", "facial_recognition"),
    ("Court halts Lagos police facial recognition",
     "The Federal High Court in Lagos ordered the Lagos State Police Command to stop using facial recognition at "
     "bus terminals until a privacy review is done.", "facial_recognition"),
])
def test_what_a_body_is_ordered_to_stop_ran(title: str, body: str, expected: str) -> None:
    assert expected in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Minutes – Eugene City Council work session",
     "Councillors debated whether the Eugene Police Department should acquire licence plate readers; no vote was "
     "taken."),
    ("Le conseil municipal de Tours rejette la vidéoprotection algorithmique",
     "Le conseil municipal de Tours a rejeté le projet de caméras à analyse algorithmique proposé par l'opposition."),
    ("Explainer: how gait recognition works",
     "Gait recognition identifies people by the way they walk, using video of their movement."),
])
def test_what_a_body_only_debates_or_rejects_is_no_tag(title: str, body: str) -> None:
    assert _tags(title, body) == set()


def test_operating_theatre_cameras_state_no_use() -> None:
    assert "cctv" not in _tags(
        "Clinic's cameras are for teaching, ministry says",
        "The Ministry of Health said the cameras in a contract for the Central Clinical Hospital are "
        "operating-theatre recording cameras for teaching, not surveillance.")


@pytest.mark.parametrize(("title", "body"), [
    ("Leeds police and facial recognition", "West Yorkshire Police said it has never used facial recognition."),
    ("Policía de Rosario y el reconocimiento facial",
     "La Policía de Rosario afirmó que nunca utilizó reconocimiento facial."),
    ("Police de Lyon et reconnaissance faciale",
     "La police municipale de Lyon affirme n'avoir jamais utilisé la reconnaissance faciale."),
    ("Polizei Bremen und Gesichtserkennung", "Die Polizei Bremen erklärte, sie habe Gesichtserkennung nie eingesetzt."),
    ("警方与人脸识别", "某市公安局表示，从未使用人脸识别系统。"),
])
def test_a_topic_headline_denied_by_its_body_is_no_tag(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Leeds police and facial recognition",
     "West Yorkshire Police has used facial recognition at two football matches this season.", "facial_recognition"),
    ("Policia e Shtetit blen pajisje për marrjen e shenjave të gishtave",
     "Policia e Shtetit në Tiranë bleu 150 pajisje për marrjen e shenjave të gishtave, me vlerë 80 milionë lekë.",
     "other_biometrics"),
])
def test_a_topic_headline_keeps_what_its_body_states(title: str, body: str, expected: str) -> None:
    assert expected in _tags(title, body)
