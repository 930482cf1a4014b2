"""Companies written in Cyrillic with their legal form: "ООО «Исеть Видео»", "ТОВ «Галич Безпека»", "ҶДММ «Сир Тех»",
"«Медеу Софт» ЖШС", "„Витоша Светлина“ ЕООД", "Вардар Системи ДООЕЛ", "Хан-Уул Биометрик ХХК-иас" (round 42).

Why: a Cyrillic name has capitals only on its first word and sits inside quotes, so the Latin name readers skip it, and
the Russian award frames of enrich/prose_suppliers.py know only Russian wording: about 110 labelled Cyrillic supplier
names across the development sets (Russian, Ukrainian, Belarusian, Kazakh, Kyrgyz, Tajik, Mongolian, Bulgarian,
Macedonian, Serbian) were lost. A commercial legal form before or after a quoted name (or after one to four capitalised
words) marks a company; it is read as a supplier where its sentence speaks of a contract, a delivery, a purchase or a
winner in one of these languages, and not where the sentence rejects or excludes it, nor where it opens its sentence
as the subject that bought or installed. State enterprises (ГУП, МУП, ФГУП,
ГБУ …) are buyers, not read here.
"""
from __future__ import annotations

import re

_UPPER = "А-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏҐҒҚҢҮҰҲҶӘӨҺ"
_PREFIX = r"ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОВ|ПрАТ|ПАТ|ТОО|ТАА|ААТ|ЗАТ|ҶДММ|ҶСК|ОсОО|ЖАК|ХО|ЧП|ИП"
_SUFFIX = r"ЕООД|ООД|ЕАД|АД|ЖШС|ЖЧК|ХХК|ДООЕЛ|ДОО|д\.о\.о\.?|а\.д\."
_QUOTED = r"[«„\"“][^«»„“”\"\n]{2,60}[»“”\"]"
_PLAIN = rf"[{_UPPER}][\w-]{{1,30}}(?: [{_UPPER}][\w-]{{1,30}}){{0,3}}"
CYRILLIC_COMPANY_RE = re.compile(
    rf"(?<![\w])(?:(?:{_PREFIX})[ \t]?{_QUOTED}|{_QUOTED}[ \t](?:{_SUFFIX})|{_PLAIN}[ \t](?:{_SUFFIX}))(?![{_UPPER}])")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# what a supplier's sentence says, in the languages written in Cyrillic
_SUPPLY_RE = re.compile(
    r"контракт|договор|догов|постав|закуп|приобр|купил|исполн|разработ|заказ|побед|переможе|установ|заключ|уклал"
    r"|шартнома|келісімшарт|жеткізуші|мердігер|орындаушы|келишим|сатып ал|худалдан ав|гэрээ|гүйцэтгүүл|харид|насб"
    r"|уговор|набави|испорачува|сключи|испълн|доставч|дастгир|тавассути|орнот|орнат", re.IGNORECASE)
_REJECT_RE = re.compile(r"отклон|отказ|не допущ|недопущ|отстран|відхил|odbij|отхвърл", re.IGNORECASE)
# the company as the subject that bought or installed ("АО «X» установило турникеты"): the buyer, not a supplier
_BUYING_SUBJECT_RE = re.compile(r"[ \t]+(?:установи|закупи|приобре|заключи|купи|заказа|объяви|встанови|придба|уклал)")
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s+[" + _UPPER + r"A-Z\d«„\"])|\n")


def cyrillic_suppliers(text: str) -> list[tuple[int, int]]:
    """Cyrillic companies with a commercial legal form in a sentence that supplies (see the module docstring)."""
    found: list[tuple[int, int]] = []
    if not _CYRILLIC_RE.search(text):
        return found
    for match in CYRILLIC_COMPANY_RE.finditer(text):
        start, end = match.span()
        before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 250), start)]
        after = _SENTENCE_END.search(text, end)
        sentence = text[before[-1] if before else max(0, start - 250):after.start() if after else end + 250]
        if _BUYING_SUBJECT_RE.match(text, end) and not text[before[-1] if before else 0:start].strip():
            continue
        if _SUPPLY_RE.search(sentence) and not _REJECT_RE.search(sentence):
            found.append((start, end))
    return found
