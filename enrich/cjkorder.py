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

#: Characters most frequent in Chinese notices as the classifier's haystack writes them (folded, digits as "0"),
#: most frequent first: counted over the development sets' Chinese notices (1,336 texts; a count of 20 or more),
#: then the hand-made list this replaced (punctuation as written, general text). Only the order of the root's
#: children follows from it: no hit.
FREQUENT = "".join(dict.fromkeys(
    "0:\n公,人。采标中购、市安局县司元区有限台金视额交目项信万成统系及设.机务监告容()频内技控科分像识商用别应供民城 平"
    "建服数口合车脸;警工理智管备对心的路新摄预员通集族行入程一息州网能电算点据会“”名年大治动自和于套态-政日测站防化医位结"
    "高称维联单证全实端报道社*析不法业主ic个步与卡海三期同为检接价比体关级份南门在器子天教运重第录计院本a二要术号时查江出"
    "保北场投水清护牌资地果件终示学慧图度手指山辆西纹所共源云小前室发d府宁拍康\t品文部灯作招上生提验传面进仪改取积阳布明币¥"
    "含边执整原综月升s育性装办处制农造评定案乡股事尔广光核照方察开景编抓头格等委库京选现物东tg身河并m扩外林栏包线记境华n"
    "更村功流失码影营属屏模围亮议特侦块街决眼候什求构px支克周e旅拾阿增远雪声式调苏由某存约换吉多湖喀立判播收v探五至域校挥"
    "讯汇片间客回住火禁佰感昌四量rf需房疆次达施无田/推具聚长考音威l家迹况以轨研导环国气仟征署牧展居里乌都过宿解者亿镜温储"
    "产游补川银庆园可表港输镇知象语w经力置持送停正络将巡红近助疗认字馆审基仅脑被诚は质软o伊空代黑勒老配常青￥虹膜户塔复草向"
    "守の总杭下陆卫辨融を沙壹止惩兰木巴洛变捌放签来双病团障载罩普承澳便<>贰深登勤活得索消玉型h六少拟吾档楼兴临询情叁专注鲁"
    "辖圳闸相藏派界括试古岸武修队宇龙厂夏浙热各戒订昆y概授庭浦书后テ址杆u加石汉其任说节疏墨速读福费之ラ博滨低看密メ伍已养余"
    "涉段甘参训畜健针衡カ准优连获犯盖に师租既何+挂竞争估只组压拉瑞る该最话因从波批访刷b观叶企亚义曝央宣岳足萨违莎k延太野纳"
    "犁|受屋美干按津雄风未利渝スで赛非享呼哈厦确每丰了依球排森板「」z起易诊媒映斯苗荣贸泰肆思座省旧券米汰给%宜规ム円意搜齐"
    "到济料完香甲乙泽株岛シす札し托链圈形黄群孜也是战转材寺踪留永た湾异德或赣晋患烟朝瞳押迁潜课反废宗贵显星条诱闻麓泵龄请款微"
    "类充澄墙陵乐移锡带《》险摘芯印蒙十货销旗"
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
_IDEOGRAPHS = re.compile("[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff]*")  # (class first: re skips to it)
_SAMPLE = 400  # characters of a text read to tell whether it is mostly ideographs


def automaton(words: list[tuple[str, Any]], filler: Any, frequent: str = FREQUENT,
              min_root: int = MIN_ROOT, sentinel: bool = False) -> Any:  # an ahocorasick.Automaton or None
    """The words (prefix, value) - in the order of the Latin automaton - with the root ordered by `frequent` (by
    default for Chinese text) and filler words of value `filler` for its characters that open no prefix; None when
    the root has fewer than `min_root` children (too few for the order to matter).

    `sentinel`: a sentinel word of value `filler` first as well, returned as (automaton, its words' characters,
    True) for `chinese` - a long haystack written with the sentinel for every character no word holds then costs
    one look-up at the root for those (a third of a Chinese notice's characters) instead of a walk past every
    child; a short one is read as it is, the sentinel costing one look-up more. (Measured on the classifier's
    automaton, Chinese notices of 16 KB: 100 → 70 ns a character, the hits the same.)"""
    firsts = {word[0] for word, _ in words}
    if len(firsts) < min_root:
        return None
    alphabet = "".join(sorted({ch for word, _ in words for ch in word}))
    sentinel = sentinel and _SENTINEL not in alphabet and (not alphabet or ord(alphabet[-1]) < _TABLE_END)
    rank = {ch: i for i, ch in enumerate(frequent)}
    fillers = [ch for ch in frequent if ch not in firsts][:MAX_FILLERS]
    entries = [(rank.get(word[0], len(rank)), word, value) for word, value in words]
    entries += [(rank[ch], ch + FILLER_TAIL, filler) for ch in fillers]
    entries.sort(key=lambda entry: entry[0])  # stable: characters not ranked keep the Latin order, after
    made = ahocorasick.Automaton()
    if sentinel:
        made.add_word(_SENTINEL + "\x02", filler)  # the root's first child; "\x02" never follows a sentinel
    for _, word, value in entries:
        made.add_word(word, value)
    made.make_automaton()
    return (made, alphabet, True) if sentinel else made


def mostly_ideographs(haystack: str, lo: int, hi: int) -> bool:
    """Do ideographs make up most of the first characters of haystack[lo:hi]?

    The last answers are kept by sample: a notice's scans ask a dozen times, mostly of the same few haystacks (a
    dict look-up hashes the sample; counting ran the regex over it, ~1 % of a long notice)."""
    sample = haystack[lo:min(hi, lo + _SAMPLE)]
    known = _answers.get(sample)
    if known is None:
        if len(_answers) >= 32:
            _answers.clear()
        known = _answers[sample] = 2 * sum(map(len, _IDEOGRAPHS.findall(sample))) > len(sample)
    return known


_answers: dict[str, bool] = {}  # sample -> mostly_ideographs' answer


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
    code-point table, enrich/text.map_code_points: the same offsets). Both variants are built once per process.
    A filler word ends in a character a text almost never holds (FILLER_TAIL, or the "\x02" after a sentinel, which
    a written text cannot hold where no word does): without it the hits are handed on as they come, with no
    generator dropping fillers between (a frame resumed per hit, ~2 % of a long notice)."""
    if len(text) < _LONG:  # a short text as it is: nothing to build (nor numpy to import) for the first notices
        return cast("Iterator[tuple[int, Any]]", made.iter(text))
    known = _variants.get(id(made))
    if known is None or known[0] is not made:
        known = _variants[id(made)] = (made, *_build(made))
    if mostly_ideographs(text, 0, len(text)):
        variant, table, clean = known[2]
        mapped = map_code_points(text, table) if variant is not None else None
        if mapped is None:  # a character past the table, or no sentinel free: the automaton as it is
            return cast("Iterator[tuple[int, Any]]", made.iter(text))
        if clean:  # neither "\x02" nor FILLER_TAIL is a word's character: the mapped text holds neither
            return cast("Iterator[tuple[int, Any]]", variant.iter(mapped))
        return (hit for hit in variant.iter(mapped) if hit[1] is not FILLER)
    if known[1] is None:
        return cast("Iterator[tuple[int, Any]]", made.iter(text))
    if FILLER_TAIL not in text:  # no filler word can end anywhere
        return cast("Iterator[tuple[int, Any]]", known[1].iter(text))
    return (hit for hit in known[1].iter(text) if hit[1] is not FILLER)


def _build(made: Any) -> tuple[Any, tuple[Any, Any, bool]]:
    import numpy

    words = list(made.items())
    alphabet = {ch for word, _ in words for ch in word}
    latin = automaton(words, FILLER, WRITTEN_LATIN, MIN_LATIN_ROOT)
    if _SENTINEL in alphabet or any(ord(ch) >= _TABLE_END for ch in alphabet):
        return latin, (None, None, False)
    sentinel = ahocorasick.Automaton()
    sentinel.add_word(_SENTINEL + "\x02", FILLER)  # the sentinel first among the root's children; "\x02" never follows
    for word, value in words:
        sentinel.add_word(word, value)
    sentinel.make_automaton()
    table = numpy.full(_TABLE_END, ord(_SENTINEL), dtype="<u4")
    table[sorted(map(ord, alphabet))] = sorted(map(ord, alphabet))
    return latin, (sentinel, table, "\x02" not in alphabet)


_LONG = 1024  # characters: a shorter text is read by the automaton as it is (fastscan's haystacks too need numpy)
_TABLE_END = 0x30000  # the sentinel table's code points (a text with a character past it is read as it is)


def sentinel_automaton(words: list[tuple[str, Any]], filler: Any) -> tuple[Any, str, bool] | None:
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
    return made, alphabet, False


_tables: dict[str, Any] = {}  # alphabet -> its sentinel table (numpy, made at the first Chinese text)
_mapped: list[tuple[str, str, str]] = []  # the last haystacks written with a sentinel: haystack, alphabet, result


def chinese(variant: Any, made: Any, haystack: str) -> tuple[Any, str]:
    """(automaton, haystack) to read a Chinese haystack with: a fastscan automaton ordered for it, or one with a
    sentinel and the haystack written with it (kept: a scan reads one notice in several windows), or `made`.
    `variant` is an automaton or (automaton with a sentinel, alphabet, whether it is ordered for Chinese text)."""
    if not isinstance(variant, tuple):
        return variant, haystack
    sentinel, alphabet, ordered = variant
    if len(haystack) < _LONG:  # (as `hits`: numpy only for long texts) an ordered one as it is (same hits)
        return (sentinel if ordered else made), haystack
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
