"""An Arabic public body's name that carries its country's adjective of nationality (nisba), a country clue
(r43b_places).

Why: Arabic writers name a national body by its own name with the country's adjective after it ("وزارة الداخلية
التونسية", the Tunisian Ministry of the Interior; "المديرية العامة للأمن الوطني الجزائري", "الشرطة المغربية"),
and nothing else in a short notice may name the country (the gazetteer holds no Arabic country names, dinars are
spent in several countries). The labelling rule places a national body in its country (tests/eval/README.md,
"places of national bodies"), so such a text was left without a place. The adjective counts only when it closes a
phrase that a public-body noun opens (ministry, police, security, directorate, guard, customs, army, authority,
council, parliament) with at most four words between, never after شركة (company): "شركة ... التركية" names a
supplier's country, not the buyer's. It is weighed like a listed national body (national_body_names.py).
"""
from __future__ import annotations

import re

from enrich.model import Span

# adjective stem (after ال, before ي / ية / يّة) -> ISO 3166-1 country; Arabic-speaking states only
_NISBA = {
    "تونس": "TN", "جزائر": "DZ", "مغرب": "MA", "مصر": "EG", "سعود": "SA", "عراق": "IQ", "أردن": "JO",
    "اردن": "JO", "كويت": "KW", "لبنان": "LB", "ليب": "LY", "سور": "SY", "يمن": "YE", "قطر": "QA", "عمان": "OM",
    "بحرين": "BH", "إمارات": "AE", "امارات": "AE", "سودان": "SD", "موريتان": "MR", "فلسطين": "PS",
}
_BODY = ("وزارة", "الشرطة", "شرطة", "الأمن", "للأمن", "المديرية", "مديرية", "الحرس", "الجمارك", "الجيش", "القوات",
         "هيئة", "الهيئة", "مجلس", "المجلس", "البرلمان", "الدرك", "النيابة", "الداخلية", "مصلحة", "المصالح")
_ADJECTIVE = re.compile(r"(?<![\u0600-\u06FF])ال(" + "|".join(sorted(_NISBA, key=len, reverse=True))
                        + r")(?:ي|ية|يّة|يه)(?![\u0600-\u06FF])")
_WORD = re.compile(r"[\u0600-\u06FF]+")


def nisba_clues(window: str, subject_end: int) -> list[tuple[str, bool, Span]]:
    """(country, True when in the subject, the adjective's span) for each public-body phrase in
    ``window`` that ends in a country's adjective; ``subject_end`` is where the title and first sentence end."""
    found = []
    for m in _ADJECTIVE.finditer(window):
        before = _WORD.findall(window[max(0, m.start() - 80):m.start()])[-5:]
        if not before or "شركة" in before or "لشركة" in before or "بشركة" in before:
            continue
        if not any(word in _BODY for word in before):
            continue
        found.append((_NISBA[m.group(1)], m.start() < subject_end, Span(m.start(), m.end(), m.group(0))))
    return found
