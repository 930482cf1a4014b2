"""Suppliers named in Hindi, Marathi, Nepali (Devanagari) and Bengali prose: "ठेका गंगा ट्रैफिक सिस्टम्स को दिया",
"यमुना एनालिटिक्स प्राइवेट लिमिटेड से खरीदा", "बागमती टेक प्रा.लि.सँग सम्झौता", "सह्याद्री सिग्नल्सला करार दिला",
"কর্ণফুলী টেক লিমিটেডের সঙ্গে চুক্তি", "বুড়িগঙ্গা সিকিউরিটি লিমিটেডকে কাজ দিয়েছে" (round 42).

Why: these scripts have no capitals, so no name reader of enrich/prose_suppliers.py or enrich/supply_statements.py read
their suppliers: every labelled Devanagari (77) and Bengali (34) supplier name across the development sets was lost.
A name here is a run of at most six words that ends in a company's head word, mostly an English business word written
in the script (टेक, सिस्टम्स, সিকিউরিটি …) or a legal form (प्राइवेट लिमिटेड, प्रा. लि., লিমিটেড), and is followed by
the case word of the role, alone or glued to its last word: given the contract (को, ला, লাই, কে), bought from (से, बाट,
कडून, থেকে), agreement with (के साथ, सँग, সঙ্গে, সাথে), installed through (मार्फत), made by (ने); the clause must hold
the matching noun or verb (ठेका, खरीद, सम्झौता, চুক্তি, কিন …). The name starts after the word that opens it (a case
word, a verb, a sum, a common noun of the purchase, a public body's head). A label word (आपूर्तिकर्ता, সরবরাহকারী,
ঠিকাদার) followed by a name also reads it.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class _Script(NamedTuple):
    word: re.Pattern[str]
    heads: frozenset[str]  # a company's last word
    reject: frozenset[str]  # a word no supplier's name holds (a public body's)
    stops: frozenset[str]  # a word that opens what precedes a name, never inside one
    stop_endings: tuple[str, ...]  # case endings of such words ("…ले", "…মা", "টাকায়")
    separate: dict[str, re.Pattern[str]]  # case word after the name → what its clause must say
    glued: tuple[str, ...]  # case endings glued to the name's last word (keys of ``separate``)
    doers: frozenset[str]  # words before "X ने" that make a plain "did" a supply ("काम X ने किया")
    labels: re.Pattern[str]


def _words(letters: str) -> re.Pattern[str]:
    return re.compile(rf"{letters}+(?:\.{letters}+)*\.?")


_HI_CONTRACT = re.compile(r"ठेक|अनुबंध|कार्यादेश|करार|कंत्राट|ऑर्डर|सम्झौता|समझौता")
_HI_BOUGHT = re.compile(r"खरीद|ख़रीद|खरेदी|खरिद|प्राप्त")
_DEVANAGARI = _Script(
    word=_words(r"[\u0900-\u0963\u0971-\u097F\u200c\u200d]"),
    heads=frozenset("""
टेक टेक्नोलॉजीज़ टेक्नोलॉजीज टेक्नोलॉजी टेक्नोलोजी टेक्नोलोजिज सिस्टम्स सिस्टिम्स सिस्टम सॉल्यूशंस सॉल्यूशन्स सोल्युशन्स
सोलुसन्स सोल्यूशन्स सिक्योरिटी सेक्युरिटी सेक्युरिटीज सिक्योर एनालिटिक्स बायोमेट्रिक्स बायोमेट्रिक लाइटिंग विज़न विजन व्हिजन
डिजिटल फोरेंसिक्स सिग्नल्स टेलीकॉम इनर्जी एनर्जी लैब्स सर्विसेज सर्विसेस सॉफ्टटेक सॉफ्टेक फेंसिंग मीटरिंग इंफ्रा इन्फ्रा
इलेक्ट्रॉनिक्स इलेक्ट्रोनिक्स इंडस्ट्रीज इंटरप्राइजेज एंटरप्राइजेज एंटरप्राइज ट्रेडर्स नेटवर्क्स कम्युनिकेशंस सुरक्षा
लिमिटेड लि. लि प्रा.लि. प्रालि कंपनी कम्पनी एलएलपी
""".split()),
    reject=frozenset("स्मार्ट नगर निगम पुलिस महानगरपालिका महापालिका प्राधिकरण विभाग सरकार मंत्रालय कमिश्नरेट परिषद".split()),
    stops=frozenset("""
ने में का के की को से लिए और तथा एवं है हैं था थी थे ठेका अनुबंध कार्यादेश करार कंत्राट सम्झौता समझौता आपूर्ति काम ऐप
प्रणाली सॉफ्टवेयर उपकरण जिसे जिन्हें जो जिसने गर्न गर्ने लागि मा र वटा रुपये रुपयांना रुपैयाँ करोड़ करोड लाख कोटी दिया दिए
खरीदा खरीदे खरीदी ख़रीदा कैमरे कैमरों आपूर्तिकर्ता साथ द्वारा
""".split()),
    stop_endings=("ले", "मा", "ने", "साठी", "ची", "चे", "चा"),
    separate={"को": _HI_CONTRACT, "ला": _HI_CONTRACT, "लाई": _HI_CONTRACT, "से": _HI_BOUGHT, "बाट": _HI_BOUGHT,
              "कडून": _HI_BOUGHT, "सँग": _HI_CONTRACT, "साथ": _HI_CONTRACT,
              "मार्फत": re.compile(r"जडान|लगा|स्थापित|बसव"), "ने": re.compile(r"बना|विकसित|तैयार")},
    glued=("सँग", "बाट", "कडून", "लाई", "ला"),
    doers=frozenset(("काम", "आपूर्ति", "जिसे", "जिन्हें")),
    labels=re.compile(r"आपूर्तिकर्ता\s*[:：]?\s*"),
)
_BN_CONTRACT = re.compile(r"চুক্তি|কার্যাদেশ|বরাত|কাজ")
_BN_BOUGHT = re.compile(r"কিন|ক্রয়|কেন")
_BENGALI = _Script(
    word=_words(r"[\u0980-\u09E3\u09F0-\u09FF\u200c\u200d]"),
    heads=frozenset("""
টেক টেকনোলজিস টেকনোলজি টেকনোলজিস লিমিটেড লিঃ সিকিউরিটি সিস্টেমস সিস্টেম সিকিউর লাইটিং বিল্ডার্স বায়োমেট্রিক্স ফরেনসিক
ফরেনসিকস সলিউশনস সলিউশন সাপ্লাই টেলিটেক ডিজিটাল ইলেকট্রনিক্স এন্টারপ্রাইজ ইন্ডাস্ট্রিজ কোম্পানি সার্ভিসেস নেটওয়ার্কস
কমিউনিকেশনস ট্রেডার্স ইঞ্জিনিয়ারিং কনস্ট্রাকশন
""".split()),
    reject=frozenset("মন্ত্রণালয় অধিদপ্তর বিভাগ সরকার পরিষদ".split()),
    stops=frozenset("""
জন্য কাজ কাজটি পেয়েছে দিয়েছে চুক্তি সরবরাহকারী ঠিকাদার ও এবং পুলিশ কর্পোরেশন করপোরেশন পৌরসভা টাকা কোটি লাখ কিনেছে
কার্যাদেশ বরাত থেকে সঙ্গে সাথে কে
""".split()),
    stop_endings=("তে", "য়", "নে", "ের", "কে"),
    separate={"কে": _BN_CONTRACT, "থেকে": _BN_BOUGHT, "সঙ্গে": _BN_CONTRACT, "সাথে": _BN_CONTRACT,
              "এর": re.compile(f"{_BN_CONTRACT.pattern}|{_BN_BOUGHT.pattern}")},
    glued=("কে", "ের"),
    doers=frozenset(),
    labels=re.compile(r"(?:সরবরাহকারী|ঠিকাদার|পেয়েছে)\s*[:：]?\s*"),
)
_BENGALI.separate["ের"] = _BENGALI.separate["এর"]
_SCRIPTS = ((re.compile(r"[\u0900-\u097F]"), _DEVANAGARI), (re.compile(r"[\u0980-\u09FF]"), _BENGALI))
_CLAUSE_END = re.compile(r"[।॥;\n]")  # not a full stop: "रु. ८ करोड", "प्रा. लि."
_MAX_WORDS = 6


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``start:end``: from the previous danda, semicolon or line break to the next."""
    before = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    after = _CLAUSE_END.search(text, end)
    return text[before:after.start() if after else min(len(text), end + 300)]


def _is_stop(script: _Script, word: str) -> bool:
    word = word.rstrip(".")
    return word in script.stops or word.endswith(script.stop_endings)


def _name_before(script: _Script, text: str, words: list[re.Match[str]], last: int,
                 last_end: int) -> tuple[int, int] | None:
    """The name whose last word is ``words[last]`` (cut at ``last_end``), walking back over name words."""
    written = text[words[last].start():last_end]
    if written.rstrip(".") not in script.heads and written not in script.heads:
        return None
    first = last
    while first > 0 and last - first + 1 < _MAX_WORDS:
        previous = words[first - 1]
        if text[previous.end():words[first].start()].strip() or _is_stop(script, previous.group()):
            break
        first -= 1
    if first == last and len(written) < 6 and "." not in written:
        return None  # a bare "टेक" or "लिमिटेड": no name before it
    tokens = [w.group().rstrip(".") for w in words[first:last + 1]]
    if any(t in script.reject for t in tokens) or tokens[0] in script.stops:
        return None
    return words[first].start(), last_end


def _script_suppliers(script: _Script, text: str) -> list[tuple[int, int]]:
    words = list(script.word.finditer(text))
    found: list[tuple[int, int]] = []
    for index, word in enumerate(words):
        token = word.group()
        if token in script.separate and index > 0 and not text[words[index - 1].end():word.start()].strip(" -"):
            last, last_end, need = index - 1, words[index - 1].end(), script.separate[token]
            if token == "साथ" and index > 1 and words[index - 1].group() == "के":
                last, last_end = index - 2, words[index - 2].end()  # "X के साथ"
            elif token in ("সঙ্গে", "সাথে", "থেকে") and words[index - 1].group() == "এর":
                last, last_end = index - 2, words[index - 2].end()  # "X-এর সঙ্গে"
        else:
            glued = next((g for g in script.glued if token.endswith(g) and len(token) > len(g) + 1), None)
            if glued is None:
                continue
            last, last_end, need = index, word.end() - len(glued), script.separate[glued]
        span = _name_before(script, text, words, last, last_end) if last >= 0 else None
        if span is None:
            continue
        first = next(i for i in range(last, -1, -1) if words[i].start() == span[0])
        if token == "ने" and first > 0 and words[first - 1].group() in script.doers:
            found.append(span)
        elif need.search(_clause(text, *span)):
            found.append(span)
    for label in script.labels.finditer(text):
        run: list[re.Match[str]] = []
        for word in script.word.finditer(text, label.end()):
            if (run and text[run[-1].end():word.start()].strip()) or (word.start() > label.end() and not run) \
                    or _is_stop(script, word.group()) or len(run) == _MAX_WORDS:
                break
            run.append(word)
        while run and run[-1].group().rstrip(".") not in script.heads:
            run.pop()
        if len(run) > 1 and not any(w.group() in script.reject for w in run):
            found.append((run[0].start(), run[-1].end()))
    return found


def indic_suppliers(text: str) -> list[tuple[int, int]]:
    """Supplier spans of Devanagari and Bengali prose (see the module docstring)."""
    found: list[tuple[int, int]] = []
    for present, script in _SCRIPTS:
        if present.search(text):
            found.extend(_script_suppliers(script, text))
    return sorted(set(found))
