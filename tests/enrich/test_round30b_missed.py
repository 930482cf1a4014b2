"""Round 30b (missed30b): the families of wording behind set af's wholly missed surveillance notices, each with near
misses that must stay untagged.

- cameras named by the vehicle they ride in (en bus cameras and on-board video systems, es/pt cámaras/câmeras
  embarcadas, fr caméras embarquées, it telecamere dei tram, tr otobüs kameraları, ja 車内カメラ); not the stop-arm
  cameras of school buses;
- drones bought or run by the police, a sheriff or a municipal guard; not drones for search and rescue or fires;
- plate alerts, hits or reads fused into a centre (es alertas de placas, tl alerto ng plaka, en vehicle registry
  hits, pt bases de dados de viaturas beside cameras);
- a person's nationality or origin estimated, or whether people belong to a named group (en, tr, ko, ja);
- people given points or a score and put on a ban, black or suspension list (pt fr kk mn ar vi sw en); not
  suppliers' lists nor lists without a score.

Every text was written for these tests (fictional towns, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import rule_table_tests, rule_tag_quotes

TAGGED = [
    ("cctv",
     "Lakeview Transit awards bus camera retrofit\nLakeview Transit awarded Northgate Mobility $2.1 million to fit "
     "310 buses with six-camera onboard video systems."),
    ("cctv",
     "Villarreal: la EMT renueva las cámaras embarcadas de 90 autobuses\nAdjudicataria: Castalia Sistemas S.L., "
     "210.000 EUR."),
    ("cctv",
     "Nova Serra: a autarquia de transportes substitui as câmeras embarcadas de 400 ônibus, por R$ 6 milhões."),
    ("cctv",
     "Valmont : la régie des transports achète des caméras embarquées pour 60 tramways, 480 000 euros."),
    ("cctv",
     "Borgoverde: l'azienda trasporti sostituisce le telecamere dei 45 tram con apparati di Lario Video S.r.l."),
    ("cctv",
     "Yeşilova Belediyesi 200 otobüsün kamera sistemini Ova Görüntü A.Ş.'ye yeniletti."),
    ("cctv",
     "みどり市交通局は市営バス120両の車内カメラを更新する契約を締結した。"),
    ("cctv",
     "Fairhaven County Sheriff's Office buys six drones from Harbor Aerial LLC for $180,000."),
    ("vehicle_recognition",
     "Villa Serena: el centro de mando integra 400 cámaras municipales y las alertas de placas de la policía."),
    ("vehicle_recognition",
     "Ang Lungsod ng Bagong Silang ay kumontrata para sa command center na pinagsasama ang mga tawag sa 911 at mga "
     "alerto ng plaka."),
    ("vehicle_recognition",
     "The ministry renewed the platform that fuses city cameras with emergency calls and vehicle registry hits."),
    ("ethnicity_analytics",
     "Eastport: the city cameras gained a module for nationality estimation, bought from Harbor Vision."),
    ("ethnicity_analytics",
     "Yeşilova Valiliği kent kameralarında \"uyruk/köken tahmini\" yapan modülü 12 milyon TL'ye satın aldı."),
    ("ethnicity_analytics",
     "The council's camera software, bought from Ridge Vision, estimates whether people are Roma."),
    ("social_credit",
     "Nova Serra: o departamento de trânsito pontua motoristas de aplicativo por infrações e publica lista de "
     "bloqueados. Desenvolvedora: Serra Dados."),
    ("social_credit",
     "Valmont : un barème de points pour les chauffeurs de taxi ; les chauffeurs sanctionnés sont inscrits sur une "
     "liste d'interdiction."),
    ("social_credit",
     "Жаңаауыл әкімдігі такси жүргізушілеріне ұпай жүйесін енгізді: ұпайы таусылғандар қара тізімге енгізіледі."),
    ("social_credit",
     "Sở Giao thông thành phố Tân An triển khai hệ thống chấm điểm tài xế; tài xế dưới ngưỡng bị đưa vào danh sách "
     "cấm hoạt động."),
    ("social_credit",
     "Kaunti ya Pwani Mpya imeanzisha mfumo wa alama kwa madereva wa bodaboda na orodha ya marufuku."),
    ("social_credit",
     "Eastport market council introduced a points card for stallholders; those reaching zero go on a stall ban "
     "list. Supplier: Harbor Digital."),
]

UNTAGGED = [
    ("cctv",
     "Eastport School District: school bus cameras for stop-arm enforcement, contract with Harbor Mobility."),
    ("cctv",
     "Fairhaven Police Service buys two drones for search and rescue on the coast."),
    ("cctv",
     "Fairhaven: the transit authority buys 40 new buses and 12 bus shelters."),
    ("vehicle_recognition",
     "Villa Serena: el municipio compra placas de identificación para 400 vehículos y alertas meteorológicas."),
    ("ethnicity_analytics",
     "The passport office records the applicant's nationality on the form, as before."),
    ("social_credit",
     "Valmont : la liste noire des fournisseurs exclut les entreprises ayant perdu des points de qualité."),
    ("social_credit",
     "Nova Serra: o programa de fidelidade dá pontos aos passageiros do metrô."),
]


test_the_family_is_tagged, test_near_misses_stay_untagged = rule_table_tests(TAGGED, UNTAGGED)


HIRED = [
    "Fairhaven Township leased two mobile camera trailers for the park lots from Keystone Watch LLC, $48,000.",
    "De gemeente Noordhaven huurt 20 flexibele camera's voor overlastlocaties bij Haven Beeld B.V.",
    "某县委政法委新增村级视频点位120个，接入县综治中心。",
]


@pytest.mark.parametrize("text", HIRED)
def test_hired_and_village_cameras_are_cctv(text: str) -> None:
    assert "cctv" in rule_tag_quotes(text)


def test_police_drones_discussed_without_a_vote_are_no_cctv() -> None:
    text = ("Northvale council debates Skyline drones, no vote\nNorthvale city council discussed a police proposal to "
            "lease Skyline drones but did not vote on funding.")
    assert "cctv" not in rule_tag_quotes(text)
