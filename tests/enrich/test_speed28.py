"""Speed round 28 (issue 15 item 0): output-identical shortcuts give the plain patterns' own answers."""
from __future__ import annotations

import re

from enrich.alternation import split_union
from enrich.classify import _rules
from enrich.classify.negation import Document
from enrich.classify.patterns import union
from enrich.fastscan import Scan, finditer

TEXTS = [
    "Camera tender\n本项目已终止。原中标结果一并作废。",
    "Council meeting\nNo new expenditure was proposed for cameras; the CCTV (A|B) item [x|y] was noted.",
    "Städtische Videoüberwachung\nDie Ausschreibung wurde aufgehoben. No funds were allocated.",
    "Plain notice\nThe city bought 40 cameras for $1.2 million.",
]


def test_split_union_matches_like_the_union() -> None:
    cues = [r"no (?:new )?funds? (?:was|were) allocated", r"aufgehoben", r"本\s{0,2}项目已终止", r"\(a\|b\)", r"[|\]]x"]
    pattern = union(cues, "test")
    assert pattern is not None
    made = split_union(pattern)
    assert made is not None and len(made.parts) == len(cues)
    scan = Scan([made])
    for text in [t.lower() for t in TEXTS] + ["|x and ]x", "no funds were allocated"]:
        masks = scan.find(text)[0]
        assert [m.span() for m in finditer(made, text, masks)] == [m.span() for m in pattern.finditer(text)]


def test_split_union_refuses_what_is_no_union() -> None:
    assert split_union(re.compile(r"abc")) is None
    assert split_union(re.compile(r"(?:a|b)c")) is None
    assert split_union(re.compile(r"a|b")) is None  # not written as (?:…)|(?:…)


def test_body_searches_answer_like_the_patterns() -> None:
    rules = _rules()
    assert set(rules.alternations) == {"body_withdraws", "body_nothing_bought", "negation_after"}
    for text in TEXTS + NEGATED:
        doc = Document(text, rules, None)
        end = doc.folded.find("\n")
        for key, pattern in (("body_withdraws", rules.body_withdraws), ("body_nothing_bought",
                                                                       rules.body_nothing_bought),
                             ("negation_after", rules.negation_after)):
            assert pattern is not None
            for lo, hi in ((end, len(doc.folded)), (0, len(doc.folded)), (end + 5, end + 40)):
                got, want = doc.search(key, pattern, lo, hi), pattern.search(doc.folded, lo, hi)
                assert (got and got.span()) == (want and want.span())


NEGATED = [
    "Kamerasystem\nGesichtserkennung ist nicht enthalten; Videoüberwachung wird nicht beschafft.",
    "视频监控项目\n人脸识别功能除外，监控摄像机不在本次采购范围内。",
    "Festival cameras\nFacial recognition will not be used, and licence plate readers are excluded.",
    "Câmeras\nO reconhecimento facial não será utilizado; câmeras comuns não estão incluídas.",
]


def test_lot_labels_are_looked_for_by_two_characters() -> None:
    from enrich.money.labels import _lot_label_scan, lot_for, lot_places

    text = ("Lake County Police - London Road Partnership\nLot 2: CCTV cameras, EUR 40,000. Lake View Park cameras "
            "EUR 5,000.\n第二包：人脸识别摄像机，采购预算：120万元。包3 监控平台 80万元。采购人：某某县公安局")
    places = lot_places(text)
    assert places is not None
    starts = _lot_label_scan().starts(text)[0]
    assert all(text.startswith(("Lo", "Pa", "第", "包", "采购", "分包", "标"), p) for p in starts)
    assert not any(text.startswith(("Lake", "Police", "View"), p) for p in starts)  # (one letter was enough)
    for at in [text.index(s) for s in ("40,000", "5,000", "120万元", "80万元")]:
        assert lot_for(text, at, places) == lot_for(text, at)
    assert lot_for(text, text.index("40,000"), places) == "Lot 2"
    assert lot_for(text, text.index("80万元"), places) == "包3"


def test_decision_cues_found_where_their_prefixes_stand() -> None:
    from enrich.vendor_links import _decided, _decision_scan, load_cues, notice_stage

    cues = load_cues()
    assert not _decision_scan().unbounded
    filler = "Lorem ipsum dolor sit amet, the council met and heard reports. " * 120
    for text in ["Resultado\nLa licitación se adjudica a Cámaras Andinas S.A. por $ 40.000.",
                 "视频监控项目结果公告\n中标供应商：某某科技有限公司，中标金额：120万元。",
                 "Award\n" + filler + "The contract was awarded to Acme Security Inc.",  # past 6,000 characters
                 "Notice\nThe council has awarded the contract to Acme Security Inc. for cameras."]:
        got, want = _decided(text, cues), cues.decision.search(text, 0, 6000)
        assert (got and got.span()) == (want and want.span())
    assert notice_stage("Resultado\nLa licitación se adjudica a Cámaras Andinas S.A.") == "award"


def test_rejection_after_a_name_searched_where_its_prefixes_stand() -> None:
    from enrich.fastscan import Found
    from enrich.vendor_links import _members, _scan, _search_text, load_cues, vendor_parties
    from enrich.vendors import load_registry

    cues = load_cues()
    text = ("Camera tender result\nThe offer of Hikvision was rejected by the panel; Dahua Technology was shortlisted "
            "but not selected. The contract went to Acme Security Inc.")
    found = Found(_scan(), _members(cues), text, 0, len(text))
    for pos in range(0, len(text) - 10, 7):
        for endpos in (pos + 10, min(len(text), pos + 160)):
            got, want = _search_text(found, cues.rejection_after, pos, endpos), cues.rejection_after.search(
                text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
    roles = {p.vendor_id: p.role for p in vendor_parties(text, load_registry())}
    assert roles.get("hikvision") == "mentioned"


def test_every_cue_searched_around_a_vendor_name_is_bounded_by_the_scan() -> None:
    """A cue the scan cannot bound (one starting with \\w*, a class or an optional part) is searched the plain way
    in every window around every vendor name: round 34's German compounds (a leading \\w*) made 16 KB notices 25 %
    slower until they were written with their heads."""
    from enrich.vendor_links import _members, _scan, load_cues

    unbounded = [str(_members(load_cues())[n])[:80] for n in _scan().unbounded]
    assert not unbounded
