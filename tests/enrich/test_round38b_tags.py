"""Round 38b (tags): cameras joined to an existing Safe City or emergency centre (existing_centres), closings about one
company or no project (closings_scope), headlines that withdraw a tender after its noun or pause a pilot, and body
verbs that keep a purchase a headline drops. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich.classify import classify


def _ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


JOINED_TO_EXISTING = [
    "Ndola buys cameras for its safe city\nNDOLA — Ndola City Council bought 45 cameras from Copperbelt Links that "
    "connect to the existing safe city centre, K 2.3 million.",
    "Managua: cámaras para el 911\nMANAGUA — El Sistema Nacional de Emergencias 911 recibió 90 cámaras de Lago "
    "Sistemas, conectadas a su centro existente. C$ 30 millones.",
    "Guayaquil: more cameras for ECU 911\nGUAYAQUIL — ECU 911 bought 150 cameras from Costa Andina for USD 3.1 "
    "million; they will be connected to the existing operations room.",
    "Каракол шаары \"Коопсуз шаар\" камераларын алды\nКаракол шаардык мэриясы 40 камера сатып алды. Камералар учурдагы "
    "борборго туташтырылат.",
    "ملتان سیف سٹی کیمرے\nملتان — پنجاب سیف سٹیز اتھارٹی نے ملتان میں 200 کیمرے نصب کرنے کا ٹھیکہ دیا۔ کیمرے موجودہ "
    "کمانڈ سینٹر سے منسلک ہوں گے۔",
]


@pytest.mark.parametrize("text", JOINED_TO_EXISTING)
def test_cameras_joined_to_an_existing_centre_are_cctv_only(text: str) -> None:
    assert _ids(text) == {"cctv"}


JOINED_WITH_FUSION = [
    # the centre fuses the feeds with plate and face hits: still a platform
    "Ndola buys cameras for its safe city\nNDOLA — Ndola City Council bought 45 cameras that connect to the existing "
    "safe city centre, where software matches faces against a watch list. K 2.3 million.",
    # a new centre is built
    "Kitwe safe city\nKITWE — The council will build a new command centre for its safe city and install 80 cameras.",
]


@pytest.mark.parametrize("text", JOINED_WITH_FUSION)
def test_a_centre_that_fuses_or_is_built_stays_a_platform(text: str) -> None:
    assert "surveillance_platform" in _ids(text)


def test_work_the_notice_leaves_out_is_no_fusion() -> None:
    text = ("Springfield camera network award\nLot 2 covers installation and connection of the new cameras to the "
            "existing 9-1-1 center. The center's software and dispatch systems are not part of this lot. "
            "Contractor: Prairie Electric. Lot total: $120,000.")
    assert _ids(text) == {"cctv"}


NOTHING_BOUGHT = [
    "Lima court rejects vendor's appeal\nLIMA — A court rejected a distributor's appeal against its exclusion from a "
    "tender for street cameras. The ruling concerns the company only.",
    "Meclis kamera bakımını tartıştı\nBursa Belediye Meclisi'nde üyeler MOBESE kameralarının arızalarını eleştirdi. "
    "Herhangi bir alım kararı alınmadı.",
    "专家谈人脸识别与视频结构化\n专家在研讨会上介绍视频结构化和人脸识别的原理。文章不涉及具体项目。",
    "監管機構調查商店人臉識別\n私隱專員公署調查一間超市使用人臉識別，個案只涉及該公司。",
]


@pytest.mark.parametrize("text", NOTHING_BOUGHT)
def test_closings_about_one_company_or_no_project_buy_nothing(text: str) -> None:
    assert _ids(text) == set()


def test_a_priced_purchase_ending_on_its_supplier_keeps_its_tags() -> None:
    text = ("Lima buys street cameras\nLIMA — The municipality awarded Andes Vision S.A.C. a contract for 60 street "
            "cameras, S/ 1.2 million. The contract covers the supplier's installation.")
    assert _ids(text) == {"cctv"}


WITHDRAWN = [
    "Tender for body-worn cameras deferred\nBRISTOL — Avon and Somerset Police deferred its tender for body-worn "
    "cameras, budget £300,000.",
    "Aanbesteding cameratoezicht ingetrokken\nGRONINGEN — De gemeente Groningen heeft de aanbesteding voor "
    "cameratoezicht in het centrum ingetrokken.",
    "Regina police pause plate reader trial\nREGINA — Regina Police Service paused its licence plate recognition "
    "trial pending a privacy review.",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_headlines_withdrawing_a_tender_after_its_noun_buy_nothing(text: str) -> None:
    assert _ids(text) == set()


def test_a_decision_deferred_keeps_the_cameras_bought() -> None:
    text = ("Kingston: gunshot detection decision deferred\nKINGSTON — The council deferred its decision on gunshot "
            "detection but approved J$40 million for 50 street cameras from Blue Mountain Tech.")
    assert "cctv" in _ids(text)


def test_a_dropped_plan_keeps_the_maintenance_hired() -> None:
    text = ("Mbale council ends contract with former vendor\nMBALE — Mbale City Council hired Elgon Systems to "
            "maintain its 40 cameras. UGX 180 million.")
    assert _ids(text) == {"cctv"}
