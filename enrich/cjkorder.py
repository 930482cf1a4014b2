"""A second automaton for Chinese text: the same words, its root's children in the order Chinese notices need.

Why: pyahocorasick looks a character up among a node's children one by one, in the order they were added, and
most characters of a text are looked up at the root. fastscan orders the root for Latin text (frequent letters
first), so in a Chinese notice nearly every character walks past hundreds of Latin children - and a character
that opens no prefix at all (most ideographs) walks past every child before it is found missing: a long Chinese
notice was scanned three times slower than a Latin one of the same length. Here the root's children are ordered
by how often the characters occur in Chinese notices (`FREQUENT`), and the frequent characters that open no
prefix are made children too, each by a filler word - the character and U+FFFF - whose hits the scan drops. The
hits of every real word are the same (they do not depend on the order of children, and a filler word only adds
a node whose only child is its U+FFFF), so a scan may use either automaton; `Scan.find` picks this one for a
text whose first characters are mostly ideographs. The same fillers for the frequent Latin characters serve Latin
text (fastscan's roots of MIN_LATIN_ROOT children or more, and `hits` for automata built elsewhere); for those
smaller roots a Chinese text is read with every character no word holds written as one sentinel instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import ahocorasick

from enrich.text import map_code_points

#: Characters most frequent in Chinese notices (as fastscan's haystacks write them: digits as "0"), most frequent
#: first: punctuation and digits, the words of procurement notices, then general text.
FREQUENT = "".join(dict.fromkeys(
    "0，。、的：（）() \n.-/:；“”《》\t"
    "采购项目公司招标中标单位金额元联系地址电话供应商监控系统设备技术服务视频安装名称编号预算最高限价人民币合同文件投标"
    "时间日期县市区省局有限责任政府公安管理信息工程建设务平台年月号"
    "一是在不了和人这大为上个国以要来用们生到作地于出就分对成会可主发动同工也能下过子说产种面而方后多定行学法所民得经十三"
    "之进着等部度家电力里如水化自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天四那社义事平形"
    "相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建公无系"))
MAX_FILLERS = 200  # filler children: more make the root's list longer than the misses they save (measured)
MIN_LATIN_ROOT = 40  # the same for the Latin automaton's fillers (its frequent characters are few: a short list)
MIN_ROOT = 300  # root children below which the fillers, lengthening a short root, cost more (measured)
FILLER_TAIL = "\uffff"
_IDEOGRAPHS = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
_SAMPLE = 400  # characters of a text read to tell whether it is mostly ideographs


def automaton(words: list[tuple[str, Any]], filler: Any, frequent: str = FREQUENT,
              min_root: int = MIN_ROOT) -> Any:  # an ahocorasick.Automaton or None
    """The words (prefix, value) - in the order of the Latin automaton - with the root ordered by `frequent` (by
    default for Chinese text) and filler words of value `filler` for its characters that open no prefix; None when
    the root has fewer than `min_root` children (too few for the order to matter)."""
    firsts = {word[0] for word, _ in words}
    if len(firsts) < min_root:
        return None
    rank = {ch: i for i, ch in enumerate(frequent)}
    fillers = [ch for ch in frequent if ch not in firsts][:MAX_FILLERS]
    entries = [(rank.get(word[0], len(rank)), word, value) for word, value in words]
    entries += [(rank[ch], ch + FILLER_TAIL, filler) for ch in fillers]
    entries.sort(key=lambda entry: entry[0])  # stable: characters not ranked keep the Latin order, after
    made = ahocorasick.Automaton()
    for _, word, value in entries:
        made.add_word(word, value)
    made.make_automaton()
    return made


def mostly_ideographs(haystack: str, lo: int, hi: int) -> bool:
    """Do ideographs make up most of the first characters of haystack[lo:hi]?"""
    sample = haystack[lo:min(hi, lo + _SAMPLE)]
    return 2 * sum(map(len, _IDEOGRAPHS.findall(sample))) > len(sample)


#: Characters most frequent in Latin text as written (digits as themselves, not folded to "0" as in haystacks).
WRITTEN_LATIN = " etaoinsrhldcumfpgwybvkxjqz0123456789\n\t.,-/()"
FILLER: Any = ("filler",)  # the value of the filler words `hits` adds (and drops)
_SENTINEL = "\x01"  # what `hits` writes for the characters no word holds, in a Chinese text
_variants: dict[int, tuple[Any, Any, Any]] = {}  # id(automaton) -> (automaton, Latin variant, Chinese variant)


def hits(made: Any, text: str) -> Iterator[tuple[int, Any]]:
    """``made.iter(text)`` - (end, value) for every word of `made` (an automaton built elsewhere, over text as
    written) - found faster: in a text that is not mostly ideographs with filler children for WRITTEN_LATIN at the
    root; in a Chinese text (where most characters open no word and each walked past every child of the root)
    with every character that no word holds written as one sentinel, the root's first child (one look-up of a
    code-point table, enrich/text.map_code_points: the same offsets). Both variants are built once per process."""
    if len(text) < _LONG:  # a short text as it is: nothing to build (nor numpy to import) for the first notices
        return cast("Iterator[tuple[int, Any]]", made.iter(text))
    known = _variants.get(id(made))
    if known is None or known[0] is not made:
        known = _variants[id(made)] = (made, *_build(made))
    if mostly_ideographs(text, 0, len(text)):
        variant, table = known[2]
        mapped = map_code_points(text, table) if variant is not None else None
        if mapped is None:  # a character past the table, or no sentinel free: the automaton as it is
            return cast("Iterator[tuple[int, Any]]", made.iter(text))
        return (hit for hit in variant.iter(mapped) if hit[1] is not FILLER)
    if known[1] is None:
        return cast("Iterator[tuple[int, Any]]", made.iter(text))
    return (hit for hit in known[1].iter(text) if hit[1] is not FILLER)


def _build(made: Any) -> tuple[Any, tuple[Any, Any]]:
    import numpy

    words = list(made.items())
    alphabet = {ch for word, _ in words for ch in word}
    latin = automaton(words, FILLER, WRITTEN_LATIN, MIN_LATIN_ROOT)
    if _SENTINEL in alphabet or any(ord(ch) >= _TABLE_END for ch in alphabet):
        return latin, (None, None)
    sentinel = ahocorasick.Automaton()
    sentinel.add_word(_SENTINEL + "\x02", FILLER)  # the sentinel first among the root's children; "\x02" never follows
    for word, value in words:
        sentinel.add_word(word, value)
    sentinel.make_automaton()
    table = numpy.full(_TABLE_END, ord(_SENTINEL), dtype="<u4")
    table[sorted(map(ord, alphabet))] = sorted(map(ord, alphabet))
    return latin, (sentinel, table)


_LONG = 1024  # characters: a shorter text is read by the automaton as it is (fastscan's haystacks too need numpy)
_TABLE_END = 0x30000  # the sentinel table's code points (a text with a character past it is read as it is)


def sentinel_automaton(words: list[tuple[str, Any]], filler: Any) -> tuple[Any, str] | None:
    """For a fastscan root too small for `automaton`'s fillers: the words with a sentinel word first, and the
    characters they hold (see `chinese`); None when the sentinel is one of them."""
    alphabet = "".join(sorted({ch for word, _ in words for ch in word}))
    if _SENTINEL in alphabet or (alphabet and ord(alphabet[-1]) >= _TABLE_END):
        return None
    made = ahocorasick.Automaton()
    made.add_word(_SENTINEL + "\x02", filler)
    for word, value in words:
        made.add_word(word, value)
    made.make_automaton()
    return made, alphabet


_tables: dict[str, Any] = {}  # alphabet -> its sentinel table (numpy, made at the first Chinese text)
_mapped: list[tuple[str, str, str]] = []  # the last haystacks written with a sentinel: haystack, alphabet, result


def chinese(variant: Any, made: Any, haystack: str) -> tuple[Any, str]:
    """(automaton, haystack) to read a Chinese haystack with: a fastscan automaton ordered for it, or one with a
    sentinel and the haystack written with it (kept: a scan reads one notice in several windows), or `made`."""
    if not isinstance(variant, tuple):
        return variant, haystack
    if len(haystack) < _LONG:  # (as `hits`: numpy only for long texts)
        return made, haystack
    sentinel, alphabet = variant
    for hay, letters, result in _mapped:  # (a window's haystack is often a new slice of the same text: equal)
        if letters is alphabet and len(hay) == len(haystack) and (hay is haystack or hay == haystack):
            return sentinel, result
    table = _tables.get(alphabet)
    if table is None:
        import numpy

        table = _tables[alphabet] = numpy.full(_TABLE_END, ord(_SENTINEL), dtype="<u4")
        codes = [ord(ch) for ch in alphabet]
        table[codes] = codes
    written = map_code_points(haystack, table)
    if written is None:  # a character past the table: the automaton as it is
        return made, haystack
    _mapped.insert(0, (haystack, alphabet, written))
    del _mapped[4:]
    return sentinel, written
