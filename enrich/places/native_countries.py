"""Country names written in a script without capital letters, read in running text (r37_places).

Why: the engine reads a country named in prose from runs of capitalised words (`signals.country_evidence`), which
finds "Türkiye'de" or "В Україні" but never "בישראל", "ایران", "বাংলাদেশের", "대한민국은" or "საქართველოში": Hebrew,
Arabic, Persian, Urdu, Pashto, the Indian scripts, Sinhala, Khmer, Georgian, Armenian, Korean and Japanese have no
capitals. Their notices were then placed only by a town the gazetteer knew in that script, or left without a
country ("বাংলাদেশ পুলিশের সিআইডি … ১২ কোটি টাকা ব্যয় করবে" named Bangladesh and was placed nowhere). The names
are pycountry's translations into those languages (the names before a comma or bracket: "איראן, הרפובליקה…" is
Iran), each read with the prefixes and endings its script glues to a noun: Hebrew's one-letter prepositions and
article (ב־, ל־, מ־, ה־, ו־, ש־), Arabic's conjunctions and prepositions (و، ف، ب، ل), Bengali's and Korean's case
endings and particles, the agglutinated endings of Tamil, Malayalam, Telugu, Sinhala, Georgian and Armenian.

Not read: Thai and Burmese (no spaces: a short name sits inside other words) and Amharic (its table is not
Amharic); names of two letters or fewer; a name that is also a common word or another place in its own script
(`_AMBIGUOUS`: Arabic/Persian عمان is Oman and Amman, Korean 인도 is India and "sidewalk"). A name counts like a
capitalised one (weight 2 in `country_evidence`); whether a text that buys nothing keeps the place is still decided
by `report_place`.
"""
from __future__ import annotations

import gettext
import re

from enrich.cache import table
from enrich.model import Span

# locale → (letters of its script, prefixes glued before a name, endings glued after it; a number n stands for "any
# n letters or fewer of the script")
_HEBREW = ("\u0590-\u05ff", ("ו", "ב", "ל", "מ", "ה", "ש", "וב", "ול", "ומ", "וה", "שב", "מה", "בה"), ())
_ARABIC = ("\u0600-\u06ff\u0750-\u077f", ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"), ())
_SCRIPTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...] | int]] = {
    "he": _HEBREW,
    "ar": _ARABIC, "fa": _ARABIC, "ur": _ARABIC, "ps": _ARABIC,
    "bn": ("\u0980-\u09ff", (), ("ের", "এর", "কে", "তে", "ে", "র")),
    "hi": ("\u0900-\u097f", (), ()), "ne": ("\u0900-\u097f", (), ("को", "मा")),
    "mr": ("\u0900-\u097f", (), ("च्या", "ात", "ला")),
    "ta": ("\u0b80-\u0bff", (), 5), "te": ("\u0c00-\u0c7f", (), 5), "ml": ("\u0d00-\u0d7f", (), 5),
    "si": ("\u0d80-\u0dff\u200d", (), 4), "km": ("\u1780-\u17ff", (), ()),
    "ka": ("\u10a0-\u10ff", (), 4), "hy": ("\u0530-\u058f", (), 4),
    "ko": ("\uac00-\ud7a3", (),
           ("에서", "으로", "은", "는", "이", "가", "의", "에", "로", "과", "와", "도", "을", "를")),
    "ja": ("\u30a0-\u30ff", (), ()),
}
_ANY_SCRIPT = re.compile("[" + "".join(sorted({spec[0] for spec in _SCRIPTS.values()})) + "]")
_LONGEST = 3  # words in a name ("ශ්‍රී ලංකාව", "غينيا بيساو", "جمهورية الكونغو")

# Names that are also a common word or another place in their own script
_AMBIGUOUS = frozenset({"عمان", "인도", "기니", "말리", "차드", "통가", "가나", "조지아"})
# Forms the translations lack, as reporters write them (reviewed: each is the country's usual name)
_EXTRA = {
    "IL": ("ישראל", "إسرائيل", "اسرائیل"), "IR": ("איראן", "إيران"), "KR": ("한국", "대한민국"),
    "BD": ("বাংলাদেশ",), "IN": ("भारत", "இந்தியா", "ഇന്ത്യ", "భారత"), "GE": ("საქართველო",), "AM": ("Հայաստան",),
    "TR": ("تركيا", "ترکیه", "טורקיה", "튀르키예", "터키"), "AF": ("افغانستان", "أفغانستان"),
    "SA": ("السعودية", "عربستان"), "AE": ("الإمارات",), "LK": ("ශ්‍රී ලංකාව", "இலங்கை"),
}
_HAN = re.compile(r"[\u3400-\u9fff]")


@table()
def _patterns() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per locale: a pattern for a word of its script, and its names (→ ISO alpha-2)."""
    import pycountry

    names: dict[str, tuple[str, str]] = {}  # name → (country, locale)
    for locale in _SCRIPTS:
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        letters = _SCRIPTS[locale][0]
        for country in pycountry.countries:
            for english in filter(None, (country.name, getattr(country, "common_name", None))):
                local = re.split(r"[,(（،]", translation.gettext(english))[0].strip()
                if local != english and len(local) > 2 and re.fullmatch(f"[{letters}\u200c\u200d ]+", local) and \
                        not _HAN.search(local) and local not in _AMBIGUOUS:
                    names.setdefault(local, (country.alpha_2, locale))
    for code, forms in _EXTRA.items():
        for form in forms:
            locale = next(loc for loc, spec in _SCRIPTS.items() if re.match(f"[{spec[0]}]", form))
            names[form] = (code, locale)
    scripts: dict[str, dict[str, str]] = {}  # one table per script: Arabic, Persian, Urdu and Pashto share theirs
    for name, (code, locale) in names.items():
        first = next(loc for loc in _SCRIPTS if _SCRIPTS[loc] is _SCRIPTS[locale])
        scripts.setdefault(first, {}).setdefault(name, code)
    return {locale: (re.compile(f"[{_SCRIPTS[locale][0]}]+"), found) for locale, found in scripts.items()}


def _stems(word: str, locale: str) -> list[str]:
    """`word` and the forms left when a prefix or ending its script glues to a noun is taken off."""
    _letters, prefixes, endings = _SCRIPTS[locale]
    forms = [word] + [word[len(p):] for p in prefixes if word.startswith(p) and len(word) > len(p) + 2]
    if isinstance(endings, int):
        forms += [form[:-n] for form in list(forms) for n in range(1, endings + 1) if len(form) > n + 2]
    else:
        forms += [form[:-len(e)] for form in list(forms) for e in endings
                  if form.endswith(e) and len(form) > len(e) + 2]
    return forms


def native_country_names(window: str) -> list[tuple[str, Span]]:
    """(ISO alpha-2, span of the name) for each country named in a caseless script in `window`, first mention of
    each country only, in reading order."""
    if window.isascii() or not _ANY_SCRIPT.search(window):
        return []  # (a Latin, Cyrillic or Chinese text never builds the table)
    found: dict[str, Span] = {}
    for locale, (word, names) in _patterns().items():
        words = list(word.finditer(window))
        for i, first in enumerate(words):
            for n in range(min(_LONGEST, len(words) - i), 0, -1):
                last = words[i + n - 1]
                if n > 1 and window[words[i + n - 2].end():last.start()] != " ":
                    continue
                phrase = window[first.start():last.end()]
                code = next((names[form] for form in _stems(phrase, locale) if form in names), None)
                if code is not None:
                    if code not in found:
                        found[code] = Span(first.start(), last.end(), phrase)
                    break
    return sorted(found.items(), key=lambda item: item[1].start)
