"""Round 36b (tags): faces verified, scanned or used to log in at an access point are facial recognition; people named
by their standing as tenants, landlords, fare evaders, ratepayers, tax defaulters, traders or repeat offenders and
listed or rated with a sanction are social credit; a report, study or debate whose short closing says nothing is
bought ("No new contract.", "Keine Beschaffung.", "bila ununuzi wowote") keeps no tag.

Labelling rules (tests/eval/README.md): facial recognition is "detection/matching/verification of faces"; social
credit is "blacklists and joint punishment" of persons, not bank credit or scored bidders. Every buyer and firm below
is fictional. Rules alone (the tag model proposes and vetoes nothing), and the facial and social cases with the
model on.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

FACE_ACCESS = [
    ("Sample hospital buys face-verifying turnstiles",
     "The Sample Regional Hospital installed turnstiles that verify the faces of its staff, US$90,000, Example "
     "Access."),
    ("Library kiosks get face login", "Sampleton Public Library added face login to its self-service kiosks, $60,000."),
    ("Control de acceso por rostro en la alcaldía",
     "La Alcaldía de Ejemplo instaló lectores que verifican el rostro de los funcionarios, $90 millones, Ejemplo "
     "Accesos S.A."),
    ("Portiques à vérification faciale au port",
     "Le Port Autonome d'Exemple installe des portiques avec vérification du visage des passagers, 1,2 million "
     "d'euros."),
    ("Zutritt per Gesichtsscan im Landratsamt",
     "Der Landkreis Beispiel beschafft Zutrittsterminals mit Gesichtsscan für das Landratsamt, 48.000 Euro."),
    ("Турникеты с проходом по лицу",
     "АО «Пример» установило на вокзале турникеты с проходом по лицу и биометрией лица, 12 млн рублей."),
    ("Sheriff buys video review tool",
     "The Sample County Sheriff's Office bought software to search archived footage for a given face, $30,000."),
]

NOT_FACE_ACCESS = [
    # a phone's own face unlock explained
    ("Face unlock explained", "A consumer column explains how face unlock on a phone works and how to switch it off."),
    # the verb "faces": the ministry faces delays
    ("Payroll verification faces delays", "Verification faces delays at the Sample Ministry; the payroll system was "
     "bought from Example Soft for $40,000."),
    # zh-Hant: an attendance system that does not adopt fingerprints or face recognition (不採, short for 不採用)
    ("示例部差勤系統（不含生物辨識）",
     "機關：示例部。建置線上差勤系統，以帳號密碼及晶片卡登入，不採指紋或人臉辨識。決標金額：新臺幣300萬元。"),
    # a gate that reads cards and says it verifies no faces
    ("Sample transit gates", "Sample Transit bought 40 ticket gates that read cards, $2 million; the gates do not scan "
     "faces."),
]

LISTED_PEOPLE = [
    ("Transit blacklist for fare evaders",
     "The Sample Metro operator will keep a blacklist of repeat fare evaders who are barred from concession cards, "
     "under a US$400,000 system from Example Data."),
    ("Housing authority rates tenants",
     "Sample City Housing will pay $150,000 to Example Analytics for a tenant rating system that bars low-scoring "
     "applicants from council flats."),
    ("Council to rate market traders",
     "The Sampleton Municipal Council will rate market traders and ban low scorers from renewing their stalls, "
     "under a US$70,000 system."),
    ("Cadastro de inadimplentes bloqueia alvarás",
     "A Prefeitura de Exemplópolis contratou a Exemplo Dados para um cadastro de contribuintes inadimplentes que "
     "bloqueia alvarás, por R$ 2 milhões."),
    ("Fichier des locataires défaillants",
     "La Mairie d'Exemple met en place un fichier des locataires défaillants interdits de logement social, 90 millions "
     "de FCFA."),
    ("Реестр недобросовестных арендаторов",
     "Администрация города Пример создаёт реестр недобросовестных арендаторов муниципального имущества с запретом на "
     "участие в торгах; исполнитель ООО «Пример Дата», 5 млн рублей."),
    ("체납자 명단 공개 시스템",
     "예시도는 상습 체납자 명단 공개 및 출국금지 연계 시스템을 예시데이터에 3억 원에 발주했다."),
    ("Mfumo wa alama za wafanyabiashara",
     "Halmashauri ya Mfano itaanzisha mfumo wa alama za wafanyabiashara; wenye alama ndogo watazuiwa kupata vibanda. "
     "Sh milioni 80."),
    ("示例县不良房东黑名单系统",
     "机关：示例县住房局。建设违规出租房东黑名单公告系统，列入者不得申请租房补贴。"
     "成交金额：90万元。"),
]

HEADLINE_BANS_PEOPLE = [
    # a headline whose "bans" names people, not a technology
    ("Housing register bans low-rated tenants",
     "The Sample Housing Authority will bar tenants rated \"unreliable\" from its allocation list, under a $90,000 "
     "system."),
    ("Sample county scores boda-boda riders, bans the lowest",
     "SAMPLE TOWN — The County Government of Sample introduced a boda-boda rider points system (KSh 10 million); "
     "riders whose points fall to zero are listed and barred from county stages."),
    ("Market traders' rating system with stall bans",
     "The Sampleton City Council will rate market traders and ban low scorers from renewing stalls, under a US$50,000 "
     "system from Example Data."),
]

NOT_LISTED_PEOPLE = [
    # a bank's list of defaulting borrowers
    ("Sample Bank tenant loans", "Sample Savings Bank keeps a list of tenants in arrears on its housing loans; "
     "defaulters are barred from new loans. Software from Example Core, $1 million."),
    # bidders rated and barred: a procurement rule, not people scored
    ("Supplier rating", "The Sample Roads Agency will rate contractors and bar those with poor contractor ratings from "
     "bidding; contractors' performance register by Example Soft, $80,000."),
    # a tenant register without any sanction
    ("Tenant register", "Sample City Housing bought a register of tenants to manage repairs, $50,000."),
]

SHORT_CLOSINGS = [
    ("Sample Office issues guidance on retrospective face search",
     "The Sample Office published guidance for police forces on retrospective facial recognition. It does not "
     "commission any system."),
    ("Studie vergleicht Gesichtserkennung", "Eine Studie der Universität Beispiel vergleicht "
     "Gesichtserkennungsalgorithmen zweier Hersteller. Keine Beschaffung."),
    ("Studio sulla videosorveglianza", "Uno studio dell'Università di Esempio analizza la diffusione delle telecamere "
     "comunali. Nessun acquisto."),
    ("Granskning av polisens kamerabevakning", "Justitieombudsmannen granskade polisens kamerabevakning i Exempelstad "
     "men fann inga nya inköp."),
    ("Ripoti kuhusu kamera za usalama", "Watafiti walichapisha ripoti kuhusu kamera za usalama Mfano bila ununuzi "
     "wowote."),
    ("Safe city study", "A study on safe city programmes names two contractors and their camera networks. No new "
     "contract."),
]

STILL_BOUGHT = [
    # a purchase with a price whose last sentence names no other contract: the cameras stay
    ("Sampleton buys cameras", "Sampleton Council bought 40 street cameras from Example Security for $300,000. No new "
     "contract."),
    # "no purchase was made" is what a use policy of devices in service says: not a closing of this kind
    ("Sample police body camera policy", "The Sample Police body cameras policy governs recording and retention of "
     "footage from body-worn cameras. No purchase was made."),
]


@pytest.mark.parametrize(("title", "body"), FACE_ACCESS)
def test_faces_verified_scanned_or_logged_in_are_facial(tag_rules_only: None, title: str, body: str) -> None:
    assert "facial_recognition" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), FACE_ACCESS)
def test_faces_verified_scanned_or_logged_in_are_facial_model_on(title: str, body: str) -> None:
    assert "facial_recognition" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_FACE_ACCESS)
def test_face_unlock_the_verb_faces_and_denied_scans_are_no_facial(tag_rules_only: None, title: str,
                                                                    body: str) -> None:
    assert "facial_recognition" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), LISTED_PEOPLE)
def test_people_listed_or_rated_with_a_sanction_are_social_credit(tag_rules_only: None, title: str,
                                                                   body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), LISTED_PEOPLE)
def test_people_listed_or_rated_with_a_sanction_are_social_credit_model_on(title: str, body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), HEADLINE_BANS_PEOPLE)
def test_a_headline_ban_of_people_is_the_sanction_not_a_withdrawal(tag_rules_only: None, title: str,
                                                                    body: str) -> None:
    assert "social_credit" in enriched_tag_ids(title, body)


def test_a_headline_ban_of_a_technology_still_withdraws_it(tag_rules_only: None) -> None:
    assert enriched_tag_ids("Sampleton bans facial recognition",
                            "Sampleton City Council banned the use of facial recognition by city departments.") == set()


@pytest.mark.parametrize(("title", "body"), NOT_LISTED_PEOPLE)
def test_bank_lists_rated_contractors_and_plain_registers_are_no_social_credit(tag_rules_only: None, title: str,
                                                                              body: str) -> None:
    assert "social_credit" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), SHORT_CLOSINGS)
def test_a_short_closing_saying_nothing_is_bought_keeps_no_tag(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == set()


@pytest.mark.parametrize(("title", "body"), STILL_BOUGHT)
def test_priced_purchases_and_use_policies_keep_their_cameras(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" in enriched_tag_ids(title, body)
