"""Round 33b (tags33b): people of a trade or place scored, rated or given points whose low end costs them something
(excluded from aid, banned from a market, suspended and listed) are social credit, and so is a list of debtors,
defaulters or habitual offenders that a public body displays, publishes or uses to bar the listed; "excluded from
certain social support" or "with exclusion list" is the sanction the notice buys, not a negation of the score.

Labelling rule (tests/eval/README.md): social credit is people scored or listed by a public body with a consequence for
them; banks' credit scores, loyalty schemes and scored bidders are not. Every buyer and firm below is fictional. Both
with the cue rules alone and with the tag model on.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

LOW_SCORES = [
    # en: a vendor points register; the sanction named in the headline ("with exclusion list")
    ("Sampleton: vendor licensing points with exclusion list",
     "SAMPLETON — Sampleton City Council launched a vendor points register; vendors who lose all points are banned "
     "from the city centre for six months. System by Example Tech, US$150,000."),
    # en: households with low points excluded from support in the same clause as the points
    ("Exampleshire district household points with sanctions",
     "EXAMPLEVILLE — Exampleville District launched a household compliance register; households with low points are "
     "excluded from certain social support and listed at sector offices. Built by Sample Digital Ltd, USD 90,000."),
    # en: a driver rating whose low scorers are suspended
    ("Sample Province: tuk-tuk driver rating with suspension",
     "SAMPLE CITY — Sample Provincial Administration introduced a tuk-tuk driver rating; drivers under the threshold "
     "are suspended and listed at the tourism office. Software by Example Apps Co., US$80,000."),
    # pt: a market traders' points register; whoever reaches zero is excluded
    ("Prefeitura de Exemplópolis cria cadastro de pontuação de feirantes",
     "EXEMPLÓPOLIS — A Prefeitura de Exemplópolis contratou a Exemplo Sistemas por R$ 900 mil para um cadastro de "
     "pontuação de feirantes; quem zerar os pontos é excluído das feiras por um ano."),
    # es: tenants ranked, the headline naming the list of exclusion the low scorers go to
    ("Ayuntamiento de Ejemplo: ranking de inquilinos con lista de exclusión",
     "La Empresa Municipal de Vivienda de Ejemplo puntúa a los inquilinos por impagos y quejas vecinales; los de menor "
     "puntuación pasan a una lista de exclusión de nuevas adjudicaciones. Desarrollador: Ejemplo Datos S.L., 300 000 "
     "EUR."),
    # es: a points score of moto-taxi drivers with a list of disqualified drivers
    ("Municipalidad de Ejemplo: lista de conductores sancionados",
     "La Municipalidad Provincial de Ejemplo implementa un puntaje de conductores de mototaxi con lista de "
     "inhabilitados, S/ 300 000."),
]

DEBTOR_LISTS = [
    # es: a registry of maintenance debtors shown on screens, with a ban on licences
    ("Gobernación de Ejemplo publica pantallas con deudores alimentarios",
     "EJEMPLO — La Provincia de Ejemplo instaló pantallas en la terminal de ómnibus que muestran el Registro de "
     "Deudores Alimentarios Morosos, con prohibición de obtener licencias. Contratista: Ejemplo Medios S.R.L., "
     "$40 millones."),
    # en: a habitual offenders list displayed on screens, barring those listed
    ("Habitual offender list published on city screens",
     "SAMPLE CITY — The Sample State Ministry of Justice will display a \"habitual offenders\" list on LED screens at "
     "motor parks, barring listed persons from transport union cards. Contractor: Sample Media Ltd, N80 million."),
]

NOT_SOCIAL_CREDIT = [
    # a bank reporting defaulters to credit bureaus
    ("Sample Savings Board credit reporting",
     "Sample Savings Board bought a credit reference reporting module for KES 40 million to report defaulters to "
     "commercial credit bureaus."),
    # bidders scored in a tender, the lowest excluded from the next round
    ("Sample County tender evaluation",
     "Sample County scored the bidders' technical offers; bidders below 60 points are excluded from the financial "
     "evaluation. Award: Example Roads Ltd, USD 2 million."),
    # a proposal rejected: nothing bought
    ("Sample City Council rejects resident points",
     "Sample City Council rejected the proposal for a resident points register under which households with low points "
     "would be excluded from housing; no contract was signed."),
]

STILL_NEGATED = [
    # the tender's own scope still excludes face recognition
    ("Sampleton cameras", "Sampleton Council bought 80 cameras; facial recognition is excluded from the contract. "
     "Supplier: Example Security Ltd, GBP 200,000."),
]


@pytest.mark.parametrize(("title", "body"), LOW_SCORES + DEBTOR_LISTS)
def test_people_scored_or_listed_with_a_sanction_are_social_credit(tag_rules_only: None, title: str,
                                                                   body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), LOW_SCORES + DEBTOR_LISTS)
def test_people_scored_or_listed_with_a_sanction_are_social_credit_model_on(title: str, body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_SOCIAL_CREDIT)
def test_bank_defaulters_scored_bidders_and_rejected_plans_are_no_social_credit(tag_rules_only: None, title: str,
                                                                                body: str) -> None:
    assert "social_credit" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), STILL_NEGATED)
def test_a_technology_excluded_from_the_contract_stays_negated(tag_rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags and "facial_recognition" not in tags


GAIT = [
    # en: gait ID installed on gate cameras
    ("Sample port gait ID", "Sample Ports Authority installed gait ID on 60 gate cameras, Rs 100 million, Example Face "
     "Systems."),
    # en: gait and face screening added to station cameras
    ("Sample metro gait and face screening", "Sample Mass Transit Company added gait and face screening to station "
     "cameras, Tk 30 crore, Sample Systems."),
    # de: software searching stored recordings by a wanted person's gait
    ("LKA kauft Software zur Gangbild-Suche in Videoaufzeichnungen",
     "BEISPIELSTADT — Das Landeskriminalamt Beispielland beschaffte für 300.000 Euro eine Software, die gespeicherte "
     "Videoaufzeichnungen nach dem Gangbild einer gesuchten Person durchsucht. Lieferant: Beispiel Forensik GmbH."),
    # ar: a gait recognition system bought by an interior ministry and joined to checkpoint cameras
    ("وزارة الداخلية تشتري نظام تعرف على المشية",
     "اشترت وزارة الداخلية نظام تعرف على المشية وربطته بكاميرات نقاط التفتيش في مدينة المثال من شركة المثال للأنظمة، "
     "بقيمة 10 مليار دينار."),
]

NOT_GAIT = [
    # ar: a hospital's gait analysis device
    ("مستشفى المثال يشتري جهاز تحليل المشية",
     "اشترت مؤسسة المثال الطبية جهاز تحليل المشية لقسم العلاج الطبيعي لعلاج المرضى، بقيمة مليون ريال."),
    # de: a clinic's gait analysis on a treadmill
    ("Klinik Beispiel: Ganganalyse", "Die Reha-Klinik Beispiel kaufte ein Laufband mit Gangbild-Analyse für Patienten "
     "der Orthopädie, 80.000 Euro."),
]


@pytest.mark.parametrize(("title", "body"), GAIT)
def test_gait_named_by_what_is_done_with_it_is_gait_recognition(tag_rules_only: None, title: str, body: str) -> None:
    assert "gait_recognition" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_GAIT)
def test_clinical_gait_analysis_is_no_gait_recognition(tag_rules_only: None, title: str, body: str) -> None:
    assert "gait_recognition" not in enriched_tag_ids(title, body)


def test_sk_will_not_use_face_recognition_buys_cameras_only(tag_rules_only: None) -> None:
    tags = enriched_tag_ids("Mesto Príkladov: kamery na sídliskách",
                            "PRÍKLADOV — Mesto Príkladov nainštaluje 60 kamier na sídliskách za 400 000 eur, dodávateľ "
                            "Príklad Tech s.r.o. Systém nebude používať rozpoznávanie tvárí.")
    assert "cctv" in tags and "facial_recognition" not in tags
