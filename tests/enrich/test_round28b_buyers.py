"""Round 28b: buyers the set-ad errors showed missing or cut short (fictional bodies, towns and firms)."""
from __future__ import annotations

import pytest

from enrich import enrich


def _roles(title: str, body: str) -> dict[str, str]:
    return {p.name: p.role for p in enrich(title, body).parties}


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a unit written in lower case after "police" closes the name ("city police department", "police commission")
    ("Velgorod: city police buy software tagging residents in street footage",
     "VELGOROD — The Velgorod city police department bought software for 48 million soms that tags people in "
     "street camera footage by origin.",
     "Velgorod city police department"),
    ("Marrowfield: checkpoint app reads ID entries",
     "MARROWFIELD — The Marrowfield regional police commission deployed a checkpoint app that photographs "
     "travellers, at a cost of Br 64 million.",
     "Marrowfield regional police commission"),
    ("Quillon: plate readers for the state",
     "QUILLON — The Quillon State police command installed 120 plate readers on the coast road for $2.4 million.",
     "Quillon State police command"),
])
def test_police_unit_closes_a_lower_case_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_plain_lower_case_police_still_ends_before_its_verb() -> None:
    assert _buyer("Cameras for Ostravel", "OSTRAVEL — The Ostravel police have placed 40 cameras at the station "
                  "for $90,000.") == "Ostravel police"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # declined one module but bought something else, the sum in the buyer's own clause (en, cs, zh, ja, kk-en)
    ("Palmvale: plate cameras not renewed; city installs traffic counters",
     "PALMVALE, California — The City of Palmvale did not renew its plate reader lease and instead bought 40 radar "
     "traffic counters ($180,000) that do not read plates.",
     "City of Palmvale"),
    ("Hradec Lipný: Městská policie odmítla software pro odhad etnicity",
     "HRADEC LIPNÝ — Městská policie Hradec Lipný odmítla nabídku softwaru odhadujícího etnickou příslušnost osob "
     "na kamerových záznamech. Nakoupí pouze 40 nových kamer za 9 mil. Kč.",
     "Městská policie Hradec Lipný"),
    ("雲林縣示範警察局族群屬性影像分析功能暫緩採購說明",
     "雲林縣示範警察局表示，廠商提案之影像分析系統含「族群屬性」判讀功能，經內部審查認定違反個資法原則，該功能已自需求書刪除，"
     "僅採購監視器錄影主機汰換，金額新臺幣960萬元。",
     "雲林縣示範警察局"),
    ("架空市、地下鉄駅の顔認証改札は見送り",
     "【架空】架空市交通局は、地下鉄駅への顔認証改札の導入を見送り、ICカード改札機の更新のみ実施すると発表した。"
     "更新費は4億2千万円。",
     "架空市交通局"),
    ("Steppegrad: akimat courier rating with ban list",
     "STEPPEGRAD — The Steppegrad city akimat paid 420 million tenge for a courier rating system; couriers with low "
     "ratings for traffic violations are entered on a ban list and lose their city permits.",
     "Steppegrad city akimat"),
])
def test_a_body_that_declined_one_thing_and_bought_another_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_plan_called_off_with_no_sum_spent_still_has_no_buyer() -> None:
    roles = _roles("Palmvale drops face recognition plan",
                   "PALMVALE — The City of Palmvale has dropped its plan to buy face recognition cameras. "
                   "No purchase will proceed.")
    assert "buyer" not in roles.values()


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # "y Protección …" continues a ministry's remit; it opens no second body
    ("Villa Clara: registro de franeleros con puntos",
     "VILLA CLARA — La Secretaría de Seguridad y Protección Ciudadana contrató por $ 5,8 millones un registro de "
     "franeleros con puntos por infracciones.",
     "Secretaría de Seguridad y Protección Ciudadana"),
    # a demonym or "municipal" after a name with a "de" complement is no part of the name
    ("Ciudad Ejemplo: cámaras en el subte",
     "CIUDAD EJEMPLO — El Ministerio de Justicia y Seguridad porteño firmó un contrato de $ 900 millones con "
     "Ejemplo Visión S.A. para 300 cámaras.",
     "Ministerio de Justicia y Seguridad"),
    ("Villa Clara: la Secretaría contrata cámaras",
     "VILLA CLARA — La Secretaría de Seguridad y Protección Ciudadana municipal contrató por $ 5,8 millones 40 "
     "cámaras de videovigilancia.",
     "Secretaría de Seguridad y Protección Ciudadana"),
])
def test_a_spanish_ministry_name_ends_at_its_own_words(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_name_without_a_de_complement_keeps_its_adjectives() -> None:
    assert _buyer("Exempleville : caméras", "EXEMPLEVILLE — La Police nationale tchadienne a acquis 40 caméras "
                  "pour 90 millions de francs CFA.") == "Police nationale tchadienne"


def test_a_sum_that_paid_for_something_else_keeps_a_denial() -> None:
    # "paid" counts only when the body paid a figure; here the sum is the subject and the body denied the purchase
    roles = _roles("Ruvona police deny interception purchase",
                   "RUVONA — A spokesman for the Ruvona Police Force denied that it had bought any IMSI catcher or "
                   "phone-interception equipment, saying the UGX 6 billion in the supplementary budget paid for new "
                   "radios.")
    assert "buyer" not in roles.values()
