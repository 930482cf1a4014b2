"""Round 39 (speed): the refused-sums gate tried only where a refusing word can start, the amount patterns and the
no-purchase scan loaded as tables, and re's compile cache holding the seeded patterns. None may change what a user
sees: the same matches, the same sums kept or refused, the same patterns."""
from __future__ import annotations

import pickle
import random
import re
from decimal import Decimal

import pytest

from enrich import cache
from enrich.buyer_denials import _NO_PURCHASE, _no_purchase, states_no_purchase
from enrich.model import Amount, Span
from enrich.money.patterns import _amount_regex, amount_regex
from enrich.money.refused_sums import _REFUSES, refuses_anywhere, without_refused
from enrich.text import fold

# Sentences of our own in the languages the refusing words cover, refusals and look-alikes that are none
_SENTENCES = [
    "The county board voted 4-1 against the $620,000 request for licence-plate readers on Tuesday.",
    "Councillors rejected a proposal to spend €1.2 million on facial recognition at the station.",
    "The mayor vetoed the ordinance, which would have paid 3 million pesos for cameras.",
    "El concejo rechazó el crédito de 45 millones de pesos para cámaras de vigilancia.",
    "A câmara rejeitou o pedido de R$ 2,3 milhões para o cercamento eletrônico.",
    "Le conseil municipal a refusé un crédit de 800 000 francs pour la vidéosurveillance.",
    "Der Stadtrat lehnte den Antrag für Kameras über 1,5 Mio. Euro am Montag ab.",
    "De gemeenteraad wees het voorstel voor 900.000 euro aan camera's af.",
    "Rada miasta odrzuciła wniosek o 3 mln zł na monitoring.",
    "Городская дума отклонила запрос на 40 млн рублей на камеры.",
    "Meclis kamera alımı için 5 milyon liralık teklifi reddetti.",
    "市人大常委会否决了该区860万元的视频监控预算。",
    "구의회는 CCTV 설치 예산 12억원을 부결했다.",
    "رفض المجلس البلدي طلب شراء كاميرات بقيمة 2 مليون درهم.",
    # look-alikes: no refusal, or a refused bid while the tender goes on
    "The board rejected a bid from Acme as non-compliant and awarded the contract to Vizio for $310,000.",
    "报价未通过符合性审查的供应商不得进入评审。",
    "实行一票否决制的考核办法。",
    "The council approved the $480,000 request after a long debate.",
    "The committee deferred the camera purchase to its next meeting.",
    "Residents refuse collection services on Mondays.",
    "",
]


def _splices(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [s[a:a + rng.randint(3, 30)] for s in _SENTENCES for a in range(0, len(s), 7)] + [
        " ", "\n", "rejected", "reject", "xrejected", "rejectedx", "voted 7-2 against", "voted down", "否决", "未通过",
        "一票否决", "未获通过", "부결", "رفض", "refuse le", "refused to comment", "declined to fund", "4", ", "]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def test_refusal_gate_finds_what_the_plain_search_finds() -> None:
    texts = [*_SENTENCES, " ".join(_SENTENCES), *_splices(3000, 39)]
    found = 0
    for text in texts:
        folded = fold(text)
        plain = [m.span() for m in _REFUSES.finditer(folded)]
        assert [m.span() for m in refuses_anywhere().finditer(folded)] == plain
        first = refuses_anywhere().search(folded)
        assert (first.span() if first else None) == (plain[0] if plain else None)
        found += bool(plain)
    assert found > 300  # the splices do hold refusing words


def _sum(text: str, figure: str, value: str) -> Amount:
    start = text.index(figure)
    return Amount(value=Decimal(value), currency="USD", kind="budget",
                  evidence=Span(start, start + len(figure), figure))


def test_a_sum_the_board_voted_down_is_kept_but_headlines_nothing() -> None:
    text = "Camera plan\nThe county board voted 4-1 against the $620,000 request for licence-plate readers."
    [refused] = without_refused([_sum(text, "$620,000", "620000")], text)
    assert refused.kind == "other" and refused.value == 620000
    approved = "Camera plan\nThe county board approved the $620,000 request for licence-plate readers."
    kept = _sum(approved, "$620,000", "620000")
    assert without_refused([kept], approved) == [kept]  # no refusing word: the same object back
    assert without_refused([], text) == []


def test_no_purchase_table_reads_as_the_plain_pattern() -> None:
    texts = ["This item involves no purchase; the cameras were donated.", "No purchase is associated with this "
             "item.", "The city will purchase 40 cameras.", "no new purchase is requested", "", *_SENTENCES]
    for text in texts:
        plain = _NO_PURCHASE.search(text)
        gated = _no_purchase().search(text)
        assert (gated.span() if gated else None) == (plain.span() if plain else None)
        assert states_no_purchase(text) is bool(plain)


@pytest.mark.parametrize("grouping", [False, True])
def test_amount_patterns_from_the_table_are_the_patterns_written_out(grouping: bool) -> None:
    built = _amount_regex(grouping)
    loaded = amount_regex(grouping)
    assert (loaded.pattern, loaded.flags) == (built.pattern, built.flags)
    assert amount_regex(grouping) is loaded  # loaded once a process
    for text in ["USD 1,250,000.00", "Rs.12,34,567", "4 5 . 8 万 元", "€ 3 400 000", "a 96-million-dinar contract"]:
        assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in built.finditer(text)]


def test_seeded_patterns_stay_when_the_record_lacks_one(tmp_path, monkeypatch) -> None:
    """A record of more than 512 patterns, then one pattern it lacks: before, re dropped the oldest seed for it, the
    next import compiled that seed again and dropped the one after - a cascade through the whole record."""
    sources = [rf"survtrack-seeded-{i}\d+" for i in range(700)]
    record = [((s, 0), cache._compiled(re.compile(s))) for s in sources]
    monkeypatch.setenv("SURVTRACK_ENRICH_CACHE", str(tmp_path))
    cache.cache_folder.cache_clear()
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    monkeypatch.setattr(cache, "_recorded", {})
    monkeypatch.setattr(cache, "_patterns_recorded", None)
    try:
        path = tmp_path / f"{cache._PATTERNS_FILE}.{cache._key(cache._PATTERNS_FILE, [])}.pickle"
        path.write_bytes(pickle.dumps(record))
        cache.seed_patterns()
        assert len(re._cache) == 700  # type: ignore[attr-defined]
        compiled: list[str] = []
        compile_ = re._compiler.compile

        def counting(p: str, flags: int = 0) -> re.Pattern[str]:
            compiled.append(p)
            return compile_(p, flags)

        monkeypatch.setattr(re._compiler, "compile", counting)
        re.compile(r"survtrack-not-recorded-\d+")
        for source in sources:  # the modules' imports, in the order they were recorded
            re.compile(source)
        assert compiled == [r"survtrack-not-recorded-\d+"]  # only the pattern the record lacks
    finally:
        cache.cache_folder.cache_clear()


def test_nothing_recorded_yet_keeps_what_imports_compiled(tmp_path, monkeypatch) -> None:
    """With no record for this fingerprint, re's cache keeps the import-time patterns until the record is written,
    however many are compiled before it (a cold process compiles hundreds before its first table build)."""
    monkeypatch.setenv("SURVTRACK_ENRICH_CACHE", str(tmp_path))
    cache.cache_folder.cache_clear()
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    for name, empty in (("_seen", {}), ("_built", set()), ("_recorded", {}), ("_patterns_recorded", None)):
        monkeypatch.setattr(cache, name, empty)
    try:
        cache.seed_patterns()
        first = re.compile(r"survtrack-first-module-pattern-\d+")
        for i in range(900):
            re.compile(rf"survtrack-later-{i}\d")
        cache.record_patterns()
        [path] = tmp_path.glob("re-compile-cache.*.pickle")
        recorded = {source for (source, _flags), _args in pickle.loads(path.read_bytes())}
        assert first.pattern in recorded and len(recorded) >= 901
        assert re._MAXCACHE == len(recorded) + 512  # type: ignore[attr-defined]  # bounded again once written
    finally:
        cache.cache_folder.cache_clear()
