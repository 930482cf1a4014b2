"""Round 27, social credit (sets v-ab read): a score, points or rating given to residents or citizens as persons -
the "citizen score" family - is `social_credit` in many languages even when the notice names no black list or lost
benefit (which the round 23/24 rules require); reward points exchanged for goods, drivers' penalty points, a bank's
customers and statistics (统计分析) stay out, and a denial still takes the score back.

Every sentence was written for these tests (fictional places, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import rule_tag_quotes


def _ids(text: str) -> set[str]:
    return set(rule_tag_quotes(text))


CITIZEN_SCORES = [
    # (text, the words the tag quotes)
    ("Riverton: district pilots scoring app\nRIVERTON — Residents of the district were given reliability scores by "
     "an app bought for $2.1 million from Ardent Data.", "reliability scores"),
    ("Residents of Porto Claro say the new benefits card assigns a loyalty score that decides who receives food "
     "parcels.", "loyalty score"),
    ("Prefeitura de Vila Serena cria \"nota do cidadão\"\nA Prefeitura contratou por R$ 3,4 milhões a Serra "
     "Dados Ltda. para criar a nota do cidadão, que pontua moradores por pagamento de taxas.", "nota do cidadão"),
    ("La mairie de Port-Bleu lance un « permis citoyen à points » : chaque habitant part de 12 points.",
     "permis citoyen à points"),
    ("Мэрия города Северогорска выделила 40 млн рублей на систему «народный рейтинг», которая начисляет баллы жителям "
     "за уплату налогов.", "народный рейтинг"),
    ("Град Лесково издвојио је 30 милиона динара за систем који грађанима додељује бодове за плаћене таксе.",
     "грађанима додељује бодове"),
    ("Ang Pamahalaang Lungsod ng San Isidro ay naglaan ng ₱40 milyon para sa sistemang nagbibigay ng puntos sa mga "
     "residente.", "puntos sa mga residente"),
    ("Halmashauri ya Mji wa Mlimani imetenga TSh 2 bilioni kwa mfumo wa alama za uadilifu wa wakazi.",
     "alama za uadilifu"),
    ("Majlis Perbandaran Teluk Indah memperkenalkan skor disiplin penduduk dengan kos sistem RM 1.2 juta.",
     "skor disiplin penduduk"),
    ("UBND thành phố Hòa Bình Mới triển khai phần mềm chấm điểm công dân kiểu mẫu.", "chấm điểm công dân"),
    ("اعتمدت وزارة الداخلية نظام نقاط السلوك للعمالة الوافدة في المدينة الجديدة.", "نقاط السلوك"),
    ("星河县委宣传部采购“十星级文明户”评定管理系统，系统对每户家庭按守法、卫生等十项打分评星。", "十星级文明户"),
    ("采购人：青石县流动人口服务管理局。内容：外来人员积分制管理，积分与子女入学挂钩。", "外来人员积分"),
]


@pytest.mark.parametrize(("text", "quote"), CITIZEN_SCORES)
def test_a_score_given_to_residents_is_social_credit(text: str, quote: str) -> None:
    quotes = rule_tag_quotes(text).get("social_credit", [])
    assert any(quote in q or q in quote for q in quotes), (quotes, text)


NOT_CITIZEN_SCORES = [
    # reward points exchanged for goods, drivers' penalty points, a bank, statistics, a key-person control platform
    "明湖村爱心积分超市采购米面油，村民凭志愿服务积分兑换日用品，居民积分不作信用评价。",
    "Costa Verde: residents earn loyalty points for recycling, redeemed for bus tickets at the supermarket.",
    "The police will introduce penalty points for drivers; behaviour points for motorists who speed are also planned.",
    "Banco del Sur lanzó un puntaje ciudadano para sus clientes de tarjeta de crédito.",
    "平安县公安局采购人员民族、年龄统计分析系统，对进出人员进行统计分析。",
]


@pytest.mark.parametrize("text", NOT_CITIZEN_SCORES)
def test_points_that_score_no_citizen_are_not_social_credit(text: str) -> None:
    assert "social_credit" not in _ids(text), text


def test_a_denied_citizen_score_stays_untagged() -> None:
    text = ("Ciudad Alta: la alcaldía niega el \"puntaje de lealtad\"\nLa alcaldía negó que la nueva tarjeta asigne un "
            "puntaje de lealtad a los vecinos y dijo que no existe tal sistema.")
    assert "social_credit" not in _ids(text)


# ----------------------------------------------------------------------------- ethnicity: a named group flagged
NAMED_GROUPS = [
    ("A leaked tender from the Eastport police seeks camera analytics able to flag \"Norlander\" faces at checkpoints.",
     "flag \"Norlander\" faces"),
    ("A rights group said an analytics module bought by the Westbay police flags \"Highland-looking\" faces on street "
     "cameras.", "flags \"Highland-looking\" faces"),
    ("The municipality bought a module for 80 cameras that flags sub-Saharan African faces for the migration unit.",
     "flags sub-Saharan African faces"),
    ("The port police signed a contract for software tagging travellers' faces by presumed origin on 90 cameras.",
     "presumed origin"),
    ("Die Videoanalysesoftware der Polizei ordnet jeder Person in den Aufnahmen eine vermutete Herkunft zu.",
     "vermutete Herkunft"),
    ("Valilik, kameralarda yüzleri \"Kuzeyli\" ve \"Güneyli\" olarak sınıflandıran modül için 38 milyon TL ayırdı.",
     "olarak sınıflandıran"),
    ("МВД закупило модуль видеоаналитики, который ведёт учёт национальности прохожих по камерам.",
     "учёт национальности"),
]


@pytest.mark.parametrize(("text", "quote"), NAMED_GROUPS)
def test_people_flagged_as_a_named_group_are_ethnicity_analytics(text: str, quote: str) -> None:
    quotes = rule_tag_quotes(text).get("ethnicity_analytics", [])
    assert any(quote in q or q in quote for q in quotes), (quotes, text)


NOT_NAMED_GROUPS = [
    "The analytics flag \"unattended\" bags and people loitering near the station entrance.",
    "The council's new app lets residents report \"suspicious\" vehicles parked near schools.",
    "The museum's collection is sorted by apparent date and presumed author.",
]


@pytest.mark.parametrize("text", NOT_NAMED_GROUPS)
def test_flags_that_name_no_group_are_not_ethnicity_analytics(text: str) -> None:
    assert "ethnicity_analytics" not in _ids(text), text


# ----------------------------------------------------------------------------- platform: situation and command centres
CENTRES = [
    ("The Ministry of Internal Affairs awarded the Safe City contract to Kestrel Systems. The system adds 1,200 "
     "cameras and a situation centre.", "situation centre"),
    ("Мэрия закупила 1 200 камер видеонаблюдения. Ситуационный центр города откроется в мае.", "ситуационный центр"),
    # round 43: a command centre that "reçoit aussi les appels d'urgence" is cctv (README 13:17 (1)): moved
]

# Round 29 (the labelling rule of tests/eval/README.md, "Platform: connected cameras, monitoring rooms and capture
# cameras"): cameras only joined to a command centre, and a command centre beside the cameras that the notice says
# fuses nothing, are cctv. These three were platforms from round 27 to 28.
CCTV_ONLY_CENTRES = [
    "Le ministère a réceptionné 500 caméras installées au Plateau, reliées au centre de commandement de la "
    "vidéosurveillance.",
    "Dakar : 1 600 caméras et un centre de commandement livrés au ministère de l'Intérieur.",
    "Installation along Harbour Street is complete, with footage viewed at the state operations command centre.",
]


@pytest.mark.parametrize("text", CCTV_ONLY_CENTRES)
def test_a_command_centre_only_joined_or_fusing_nothing_is_cctv(text: str) -> None:
    assert "surveillance_platform" not in rule_tag_quotes(text), text


@pytest.mark.parametrize(("text", "quote"), CENTRES)
def test_a_situation_or_command_centre_beside_the_cameras_is_a_platform(text: str, quote: str) -> None:
    quotes = rule_tag_quotes(text).get("surveillance_platform", [])
    assert any(quote.lower() in q.lower() for q in quotes), (quotes, text)


NOT_CENTRES = [
    "The regional flood situation centre received new weather cameras and river gauges.",
    "Video teleconferencing codecs and cameras for the sector command centers of the naval base.",
    "The city opened a new command centre for its fire brigade.",
]


@pytest.mark.parametrize("text", NOT_CENTRES)
def test_centres_without_surveillance_cameras_are_no_platform(text: str) -> None:
    assert "surveillance_platform" not in _ids(text), text


def test_cameras_joined_to_a_command_centre_make_a_platform_in_arabic_bengali_and_french() -> None:
    # (round 29: only where the notice says what the centre fuses the cameras with - calls, plates, other agencies)
    assert "surveillance_platform" in _ids("الدوحة: وزارة الداخلية تنشئ مركزاً للقيادة والسيطرة\nافتتحت وزارة الداخلية "
                                           "مركز القيادة الوطني الذي يربط 1500 كاميرا في العاصمة ببلاغات الطوارئ.")
    # round 43: the Bengali and French centres that only also take emergency calls are cctv (README 13:17 (1))
    civil_defence = "أعلن الدفاع المدني افتتاح مركز القيادة لمكافحة الحرائق مع كاميرات حرارية."
    assert "surveillance_platform" not in _ids(civil_defence)
