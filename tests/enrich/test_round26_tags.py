"""Round 26, technology tags (set aa scored blind, now a development set): families of wording, each by its general
shape, each with a near miss that must not change.

- "no X was Y": no purchase, contract, order, payment, tender or licence is / was / has been involved, approved,
  authorised, planned, announced, signed, awarded or concluded; "has no similar contract"; the same statement in
  es, fr, pt, it, de and zh (亦無採購計劃, 暂无采购计划);
- ar: the conjunction و or ف written onto لن يتم ("ولن يتم الشراء": and it will not be bought);
- zh: 不作 / 不用于 / 不纳入 negate what follows ("积分不作个人信用评价");
- a purchase the body states with a verb of its own outlives a headline that drops another offer, trial, licence or
  feature ("drop X trial, sign with Y"); a feature removed or disabled, in every tense, is not bought (en es pt fr it);
- ethnicity: people or faces labelled "as X, Y or Z" with words between (en, es, pt, fr, de), faces "judged non-X";
  not people labelled by age, sex or role;
- facial images matched, compared or deduplicated against records (en es pt fr de), not a portrait only taken.

Not done, and why (tests/eval/README.md lines 1-92 and the sets' labels): the platform families that set aa's writer
labels (analytics sold for cameras already up, cameras linked to a monitoring centre, a named safe-city programme)
are labelled platform by fewer than half of the other writers where the rules do not already find one, so no rule
was written for them.

Every sentence was written for these tests (fictional places, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from enrich.classify import classify_notice
from tests.enrich.notice_helpers import rule_tag_quotes

_evidence = rule_tag_quotes

# ----------------------------------------------------------------------------- nothing bought, said in the body
NOTHING_BOUGHT = [
    "Harbourview council postpones camera link\nThe council postponed a vote on joining shop cameras to the police "
    "real-time crime center; no contract was approved.",
    "Start-up will not sell gait software to police\nA start-up that identifies people by gait for office access said "
    "it would not sell to police forces. No contract is involved.",
    "Minister on face recognition\nThe Lakeshire police force stopped a trial of a facial recognition search tool and "
    "has no similar contract with any other provider.",
    "Ordinance on plate readers\nThe council directs staff to end the license plate reader pilot. No payment is "
    "authorized.",
    "Debate on shop face recognition\nMembers debated facial recognition in supermarkets; no procurement was "
    "announced.",
    "Villa Serena: concejo aplaza las cámaras con reconocimiento facial\nEl concejo aplazó el debate y no se firmó "
    "ningún contrato.",
    "Valmont : le conseil renonce au débat sur la reconnaissance faciale\nAucun contrat n'a été signé à ce stade.",
    "Porto Claro: vereadores adiam câmeras com reconhecimento facial\nNenhum contrato foi assinado até agora.",
    "Borgoverde: il consiglio rinvia le telecamere con riconoscimento facciale\nNessun contratto è stato firmato.",
    "Talstadt: Gesichtserkennung am Bahnhof vertagt\nEs wurde kein Vertrag unterzeichnet.",
    "某市公安局回应人脸识别传言\n市公安局表示，现有视频监控系统不具备人脸识别功能，暂无采购计划。",
    "河港市警方回應人臉辨識報道\n警方表示現時的閉路電視系統並無人臉辨識功能，亦無計劃採購。",
    "مدينة النخيل: البلدية تعلق مشروع كاميرات للتعرف على الوجوه\n"
    "علقت البلدية مشروع كاميرات للتعرف على الوجوه، ولن يتم الشراء.",
]
STILL_BOUGHT = [
    # a purchase made, or the statement about something else: the tags stay
    ("Harbourview buys cameras\nThe council approved 40 CCTV cameras for the market square; the contract was signed "
     "with Quayside Security Ltd.", "cctv", "CCTV cameras"),
    ("Plate reader policy\nThe council adopted the use policy for the police license plate readers. No purchase was "
     "made; the readers were bought in 2021 and remain in service.", "vehicle_recognition", "license plate readers"),
    ("Audit of the camera project\nThe audit found the county bought 300 CCTV cameras in 2025; no payments were made "
     "late.", "cctv", "CCTV cameras"),
    ("某区公安分局视频监控采购\n采购高清视频监控摄像机120台，本项目已签订合同。", "cctv", "视频监控"),
    ("审计发现问题\n县公安局视频监控项目存在无计划采购问题，涉及高清视频监控摄像机80台。", "cctv", "视频监控"),
]


@pytest.mark.parametrize("text", NOTHING_BOUGHT)
def test_nothing_bought_leaves_no_tag(text: str) -> None:
    tags, _state = classify_notice(text)
    assert tags == []


@pytest.mark.parametrize(("text", "tid", "quote"), STILL_BOUGHT)
def test_a_purchase_keeps_its_tag(text: str, tid: str, quote: str) -> None:
    assert quote in _evidence(text).get(tid, [])


# ----------------------------------------------------------------------------- zh 不作 / 不用于
NEGATED_ZH = [
    ("某街道积分兑换系统采购\n居民参加志愿服务获得积分，可兑换日用品，积分不作个人信用评价、不设黑名单。",
     "social_credit"),
    ("某区智慧停车项目\n停车场视频仅用于车位引导，不用于人脸识别。", "facial_recognition"),
]
KEPT_ZH = [
    # 不作为 (inaction) is no negation of what follows, and a positive purchase next to the phrase keeps its tag
    ("某县整治不作为问题\n县公安局采购人脸识别抓拍摄像机20台，用于车站。", "facial_recognition", "人脸识别"),
]


@pytest.mark.parametrize(("text", "denied"), NEGATED_ZH)
def test_zh_not_used_as_negates(text: str, denied: str) -> None:
    assert denied not in _evidence(text)


@pytest.mark.parametrize(("text", "tid", "quote"), KEPT_ZH)
def test_zh_not_used_as_near_miss(text: str, tid: str, quote: str) -> None:
    assert any(quote in q for q in _evidence(text).get(tid, []))


# ----------------------------------------------------------------------------- a headline drops an offer, the body buys
# The headline drops a vendor's offer, trial or licence, or one feature; the body states another purchase with a verb of
# its own (signed, awarded, approved, will buy; es adjudicó, fr a attribué): that purchase keeps its tag.
DROPPED_THEN_BOUGHT = [
    ("Northgate police drop search-tool trial, sign with local firm\nNorthgate Police Service ended a free trial of a "
     "scraped-image search tool and has signed a $1.2 million contract with Fenwick Biometrics for a mugshot "
     "face-search system.", "facial_recognition"),
    ("Port Alder metro: face gates from Keel Systems, rival offer declined\nPort Alder Transit signed a $30 million "
     "contract with Keel Systems for face-recognition fare gates, after declining an offer from another bidder.",
     "facial_recognition"),
    ("Brightwater council rejects face recognition at the beach\nThe council voted down a proposal to add face "
     "recognition, but approved $640,000 to replace 38 ageing CCTV cameras on the promenade.", "cctv"),
    ("Eastmoor police drop plan for face recognition on bodycams\nEastmoor Police said it will buy 500 body-worn "
     "cameras for $5 million, but has dropped any plan to run face recognition on the footage.", "cctv"),
]
DROPPED_NOTHING_BOUGHT = [
    # a verb of buying inside a denied claim, a purchase the headline undid ("had signed"), the face recognition the
    # bodycam headline drops
    ("Kestrel county denies buying face scanners\nThe county dismissed claims that it bought face scanners for bus "
     "stations; a spokesperson said no facial recognition is involved.", "facial_recognition"),
    ("Fernhill council scraps camera contract\nThe council had signed a $2 million contract for 40 CCTV cameras in "
     "March and voted on Tuesday to cancel it.", "cctv"),
    ("Eastmoor police drop plan for face recognition on bodycams\nEastmoor Police said it will buy 500 body-worn "
     "cameras for $5 million, but has dropped any plan to run face recognition on the footage.", "facial_recognition"),
]


@pytest.mark.parametrize(("text", "tid"), DROPPED_THEN_BOUGHT)
def test_a_purchase_outlives_a_dropped_offer(text: str, tid: str) -> None:
    assert tid in _evidence(text)


@pytest.mark.parametrize(("text", "tid"), DROPPED_NOTHING_BOUGHT)
def test_no_purchase_stated_keeps_the_headline_reading(text: str, tid: str) -> None:
    assert tid not in _evidence(text)


# ----------------------------------------------------------------------------- a feature removed or disabled
REMOVED = [
    ("Millbrook: tagging feature dropped\nThe council said a proposed feature for its street cameras to sort people by "
     "tribe had been removed from the contract with Ridge Vision Ltd, which will supply 150 CCTV cameras.",
     "ethnicity_analytics", "CCTV cameras"),
    ("Villa Serena compra cámaras\nEl municipio compró 80 cámaras de videovigilancia; el módulo de reconocimiento "
     "facial fue eliminado del contrato.", "facial_recognition", "cámaras de videovigilancia"),
    ("Valmont achète des caméras\nLa commune a acheté 60 caméras de vidéoprotection ; la reconnaissance faciale a été "
     "supprimée du marché.", "facial_recognition", "caméras de vidéoprotection"),
]
NOT_REMOVED = [
    # the passive is about something else, or the technology is named after it
    ("Ashby buys cameras\nThe old analogue recorders were removed from the control room and 40 new CCTV cameras with "
     "face recognition were installed.", "facial_recognition", "face recognition"),
]


@pytest.mark.parametrize(("text", "denied", "kept"), REMOVED)
def test_a_removed_feature_is_not_bought(text: str, denied: str, kept: str) -> None:
    tags = _evidence(text)
    assert denied not in tags
    assert kept in tags.get("cctv", [])


@pytest.mark.parametrize(("text", "tid", "quote"), NOT_REMOVED)
def test_removal_of_something_else(text: str, tid: str, quote: str) -> None:
    assert quote in _evidence(text).get(tid, [])


# ----------------------------------------------------------------------------- ethnicity: people labelled "as X or Y"
LABELLED_AS = [
    ("Port Serene: the security service bought software that tags faces in recordings from the ferry gates as Tamasi, "
     "Orelan or 'other'.", "tags faces in recordings"),
    ("La policía contrató un software que clasifica a las personas en las cámaras del mercado como «valleño» o "
     "«serrano» para enviar alertas.", "clasifica a las personas"),
    ("A polícia comprou um sistema que classifica os pedestres nas câmeras como «nativo» ou «forasteiro».",
     "classifica os pedestres"),
    ("La préfecture a acquis un logiciel qui classe les passants filmés comme « autochtone » ou « étranger ».",
     "classe les passants"),
    ("The Meridian police bought a camera module that flags faces judged 'non-Orelan' for patrol alerts.",
     "flags faces judged"),
]
NOT_LABELLED_AS = [
    # people labelled by age, sex or role, or things labelled "as X or Y"
    "The mall bought footfall software that classifies shoppers as adults or children at the entrances.",
    "The software labels visitors as 'staff' or 'guest' at the office entrance cameras.",
    "The depot's cameras tag vehicles as 'authorised' or 'unknown' at the gate.",
]


@pytest.mark.parametrize(("text", "quote"), LABELLED_AS)
def test_people_labelled_as_groups(text: str, quote: str) -> None:
    assert any(q.lower().startswith(quote.lower()) for q in _evidence(text).get("ethnicity_analytics", []))


@pytest.mark.parametrize("text", NOT_LABELLED_AS)
def test_labels_of_another_kind(text: str) -> None:
    assert "ethnicity_analytics" not in _evidence(text)


# ----------------------------------------------------------------------------- facial images matched against records
# The labelling rule: matching of faces stated counts, a portrait merely taken does not.
FACES_MATCHED = [
    "Voter kits\nThe Lakeland commission said the kits capture fingerprints and facial images and that the "
    "deduplication system compares every new registrant against the roll.",
    "Digital ID\nThe Orelan identity agency enrols residents, collecting fingerprints and a facial image that is "
    "matched against existing records to prevent duplicates.",
    "Registro\nLa agencia toma huellas e imágenes faciales que son cotejadas con el padrón para evitar duplicados.",
]
FACES_TAKEN_ONLY = [
    "Passports\nApplicants to the Lakeland passport office must submit a facial photograph; applications are checked "
    "against the fee schedule.",
    "ID cards\nThe registry bought enrolment stations that take fingerprints and a facial photo for each new card.",
]


@pytest.mark.parametrize("text", FACES_MATCHED)
def test_facial_images_matched(text: str) -> None:
    assert "facial_recognition" in _evidence(text)


@pytest.mark.parametrize("text", FACES_TAKEN_ONLY)
def test_facial_images_taken_only(text: str) -> None:
    assert "facial_recognition" not in _evidence(text)
