"""Reading written numbers: separators by language, magnitude words, Chinese numerals, full-width digits.

Why: the same digits mean different sums in different places — ``1.234.567,89`` (de/es/pt/sr), ``1 234 567,89``
(fr/ru), ``1,234,567.89`` (en/zh), ``3,50,00,000`` (Indian lakh/crore grouping), ``壹佰贰拾万元整`` — and a wrong
reading is off by a factor of a thousand. Nothing here knows about labels or currencies beyond the separator
convention a currency implies when the language is unknown.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from enrich.cache import table

COMMA_DECIMAL_LANGUAGES = frozenset(
    "de es pt sr hr bs it fr ru uk be pl cs sk sl nl ro tr el da sv fi no nb nn hu bg mk id lt lv et ca gl eu kk vi ky "
    "az uz mn sq is ka hy tg".split()
)
COMMA_DECIMAL_CURRENCIES = frozenset(
    "EUR BRL RUB RSD PLN CZK HRK UAH DKK SEK NOK HUF RON TRY ARS CLP COP KZT BYN IDR UYU PYG VND KGS AOA MZN ALL MKD "
    "BAM ISK".split()
)
SPACE_GROUPING_OFF = frozenset({"zh", "ja", "ko"})
# Spanish-speaking countries that write the decimal point (Mexico, Central America, the Dominican Republic): their
# "$1,240 millones" is 1,240 million, where Spain's 1,24 millones has a decimal comma. A comma before three digits is
# read as grouping when the sum is in their currency (a dot before three digits already is, in Spanish).
POINT_DECIMAL_CURRENCIES = frozenset({"MXN", "GTQ", "HNL", "NIO", "DOP", "PAB"})

MULTIPLIERS = {
    "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
    "千": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "millions": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "mio": Decimal(10) ** 6,
    "millones": Decimal(10) ** 6, "millón": Decimal(10) ** 6, "milhões": Decimal(10) ** 6,
    "milhão": Decimal(10) ** 6, "milioni": Decimal(10) ** 6, "milione": Decimal(10) ** 6,
    "millionen": Decimal(10) ** 6, "miliona": Decimal(10) ** 6, "milion": Decimal(10) ** 6,
    "млн": Decimal(10) ** 6, "тыс": Decimal(10) ** 3, "тысяч": Decimal(10) ** 3, "mil": Decimal(10) ** 3,
    "trillion": Decimal(10) ** 12,  # round 28: "1.9 trillion so'm"
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "млрд": Decimal(10) ** 9, "mrd": Decimal(10) ** 9,
    "mil millones": Decimal(10) ** 9, "milliard": Decimal(10) ** 9, "milliards": Decimal(10) ** 9,
    "milliarde": Decimal(10) ** 9, "milliarden": Decimal(10) ** 9, "miliardi": Decimal(10) ** 9,
    "miliardo": Decimal(10) ** 9, "milijarda": Decimal(10) ** 9, "milijarde": Decimal(10) ** 9,
    "milijardi": Decimal(10) ** 9, "miliard": Decimal(10) ** 9, "miliardy": Decimal(10) ** 9,
    "miliardów": Decimal(10) ** 9, "bilhão": Decimal(10) ** 9, "bilhões": Decimal(10) ** 9,
    "миллиарда": Decimal(10) ** 9, "миллиардов": Decimal(10) ** 9, "миллиард": Decimal(10) ** 9,
    "миллиона": Decimal(10) ** 6, "миллионов": Decimal(10) ** 6, "миллион": Decimal(10) ** 6,
    "miliony": Decimal(10) ** 6, "milionów": Decimal(10) ** 6,
    "milijuna": Decimal(10) ** 6, "miljoen": Decimal(10) ** 6, "thousand": Decimal(10) ** 3,
    # Indian English: 1 lakh = 10^5, 1 crore = 10^7 ("Rs 4.5 crore", "₹12 lakh")
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "lac": Decimal(10) ** 5, "lacs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    # Turkish and Indonesian
    "milyon": Decimal(10) ** 6, "milyar": Decimal(10) ** 9, "miliar": Decimal(10) ** 9,
    "milyong": Decimal(10) ** 6, "bilyong": Decimal(10) ** 9, "bilyon": Decimal(10) ** 9,  # r39: Tagalog (₱64 milyong)
    "juta": Decimal(10) ** 6, "ribu": Decimal(10) ** 3, "mila": Decimal(10) ** 3,  # Italian: 480 mila euro
    "triliun": Decimal(10) ** 12,
    "tys": Decimal(10) ** 3, "mld": Decimal(10) ** 9,  # Polish tys. zł / mld zł, Italian mld di euro
    "mil milhões": Decimal(10) ** 9,  # European Portuguese: 96 mil milhões de kwanzas
    "milijun": Decimal(10) ** 6, "milioane": Decimal(10) ** 6,  # hr, ro
    "miliarde": Decimal(10) ** 9, "millió": Decimal(10) ** 6, "milliárd": Decimal(10) ** 9,  # ro, hu
    "억": Decimal(10) ** 8, "만": Decimal(10) ** 4,  # Korean: 186억 원, 3,500만 원
    "tỷ": Decimal(10) ** 9, "triệu": Decimal(10) ** 6, "nghìn": Decimal(10) ** 3,  # Vietnamese
    "مليون": Decimal(10) ** 6, "مليار": Decimal(10) ** 9, "ملايين": Decimal(10) ** 6,  # Arabic
    "مليارات": Decimal(10) ** 9,
    "ล้าน": Decimal(10) ** 6,  # Thai: 486 ล้านบาท
    "조": Decimal(10) ** 12, "천만": Decimal(10) ** 7,  # Korean trillion; 천만 (ten million)
    "ألف": Decimal(10) ** 3, "آلاف": Decimal(10) ** 3,  # Arabic thousand, thousands (410 آلاف دولار, round 28)
    "אלף": Decimal(10) ** 3,  # Hebrew thousand (620 אלף ש"ח, round 28)
    "milionů": Decimal(10) ** 6,  # cs/sk (miliard, miliardy are above)
    "miljoner": Decimal(10) ** 6, "miljarder": Decimal(10) ** 9, "millioner": Decimal(10) ** 6,  # sv, da/no
    "mill": Decimal(10) ** 6,  # da/no abbreviation: 86 mill. kr. (round 30)
    "milliarder": Decimal(10) ** 9, "miljoonaa": Decimal(10) ** 6, "miljardia": Decimal(10) ** 9,  # da/no, fi
    "miljard": Decimal(10) ** 9, "milions": Decimal(10) ** 6,  # nl, ca
    "εκατομμύρια": Decimal(10) ** 6, "εκατ": Decimal(10) ** 6, "δισ": Decimal(10) ** 9,  # Greek
    "מיליון": Decimal(10) ** 6, "מיליארד": Decimal(10) ** 9,  # Hebrew
    "мільйонів": Decimal(10) ** 6, "мільйона": Decimal(10) ** 6, "мільйон": Decimal(10) ** 6,  # Ukrainian
    "мільярдів": Decimal(10) ** 9, "мільярда": Decimal(10) ** 9, "тис": Decimal(10) ** 3,
    "милиона": Decimal(10) ** 6, "милион": Decimal(10) ** 6, "милијарди": Decimal(10) ** 9,  # sr/mk/bg
    "милијарда": Decimal(10) ** 9, "милиарда": Decimal(10) ** 9,
    "\u0995\u09cb\u099f\u09bf": Decimal(10) ** 7,  # Bengali koti (crore)
    # Hindi crore (ड़ precomposed, or ड + nukta) and lakh
    "\u0915\u0930\u094b\u095c": Decimal(10) ** 7, "\u0915\u0930\u094b\u0921\u093c": Decimal(10) ** 7,
    "\u0932\u093e\u0916": Decimal(10) ** 5,  # Hindi lakh
    "میلیون": Decimal(10) ** 6, "میلیارد": Decimal(10) ** 9, "هزار": Decimal(10) ** 3,  # Persian (ی U+06CC)
    "ملین": Decimal(10) ** 6, "ارب": Decimal(10) ** 9, "کروڑ": Decimal(10) ** 7, "لاکھ": Decimal(10) ** 5,  # Urdu
    "bilioni": Decimal(10) ** 9, "trilioni": Decimal(10) ** 12,  # Swahili (milioni: above)
    "მილიონი": Decimal(10) ** 6, "მილიარდი": Decimal(10) ** 9, "მლნ": Decimal(10) ** 6,  # Georgian
    "მლრდ": Decimal(10) ** 9, "ათასი": Decimal(10) ** 3,
    "միլիոն": Decimal(10) ** 6, "միլիարդ": Decimal(10) ** 9, "մլն": Decimal(10) ** 6,  # Armenian
    "մլրդ": Decimal(10) ** 9, "հազար": Decimal(10) ** 3,
    "මිලියන": Decimal(10) ** 6, "බිලියන": Decimal(10) ** 9,  # Sinhala
    "ሚሊዮን": Decimal(10) ** 6, "ቢሊዮን": Decimal(10) ** 9,  # Amharic
    "mlrd": Decimal(10) ** 9, "мың": Decimal(10) ** 3, "минг": Decimal(10) ** 3,  # Uzbek Latin; kk, uz thousand
    "លាន": Decimal(10) ** 6,  # Khmer million (unspaced: លានដុល្លារ)
    "ពាន់លាន": Decimal(10) ** 9,  # r43_money: Khmer "thousand million" (៨ ពាន់លានរៀល)
    "milljón": Decimal(10) ** 6, "milljarða": Decimal(10) ** 9,  # r43_money: Icelandic singular, genitive
    # round 5: the Baltic, Czech/Slovak, Slovene and Mongolian forms (14,2 milionu korun; 5,4 miljoni euro)
    "milionu": Decimal(10) ** 6, "milióna": Decimal(10) ** 6, "miliónov": Decimal(10) ** 6,  # cs, sk
    "milióny": Decimal(10) ** 6, "miliárd": Decimal(10) ** 9, "miliardu": Decimal(10) ** 9,
    "milijona": Decimal(10) ** 6, "milijonov": Decimal(10) ** 6, "milijone": Decimal(10) ** 6,  # sl
    "miljoni": Decimal(10) ** 6, "miljonit": Decimal(10) ** 6, "miljardit": Decimal(10) ** 9,  # et (and lv miljoni)
    "miljonu": Decimal(10) ** 6, "miljardi": Decimal(10) ** 9, "miljardu": Decimal(10) ** 9,  # lv
    "milijono": Decimal(10) ** 6, "milijonų": Decimal(10) ** 6, "milijonai": Decimal(10) ** 6,  # lt
    "milijardo": Decimal(10) ** 9, "milijardų": Decimal(10) ** 9,
    "сая": Decimal(10) ** 6, "тэрбум": Decimal(10) ** 9,  # Mongolian
    # round 7: Macedonian, Albanian, Icelandic, Pashto, Tamil, Lao, Yoruba
    "милиони": Decimal(10) ** 6, "milionë": Decimal(10) ** 6,
    "miliardë": Decimal(10) ** 9, "milljónir": Decimal(10) ** 6, "milljóna": Decimal(10) ** 6,
    "milljarðar": Decimal(10) ** 9, "میلیونه": Decimal(10) ** 6, "கோடி": Decimal(10) ** 7,
    "லட்சம்": Decimal(10) ** 5, "ຕື້": Decimal(10) ** 9, "ລ້ານ": Decimal(10) ** 6,
    "bílíọ̀nù": Decimal(10) ** 9, "mílíọ̀nù": Decimal(10) ** 6,
    "သန်း": Decimal(10) ** 6, "သိန်း": Decimal(10) ** 5,  # Myanmar million; lakh (ကျပ်သိန်း ၅၀၀)
    # Round 8: crore and lakh as Marathi, Nepali, Telugu, Tamil and Bengali write them (inflected forms where the
    # case ending is glued: கோடிக்கு "for … crore", కోట్లతో "with … crores", लाखमा "in … lakh"); Myanmar billion;
    # Chinese 百万 (a million); Hausa prefixes (Naira biliyan 3.6), also read after the number (₦640 miliyan; r35b).
    "कोटी": Decimal(10) ** 7, "करोड": Decimal(10) ** 7, "लाखमा": Decimal(10) ** 5, "लाखको": Decimal(10) ** 5,
    "करोडको": Decimal(10) ** 7, "कोटि": Decimal(10) ** 7,
    "కోటి": Decimal(10) ** 7, "కోట్ల": Decimal(10) ** 7, "కోట్లతో": Decimal(10) ** 7, "కోట్లు": Decimal(10) ** 7,
    "లక్ష": Decimal(10) ** 5, "లక్షల": Decimal(10) ** 5,
    "கோடிக்கு": Decimal(10) ** 7, "கோடியில்": Decimal(10) ** 7, "லட்சத்துக்கு": Decimal(10) ** 5,
    "লাখ": Decimal(10) ** 5, "লক্ষ": Decimal(10) ** 5, "ဘီလီယံ": Decimal(10) ** 9, "百万": Decimal(10) ** 6,
    "biliyan": Decimal(10) ** 9, "miliyan": Decimal(10) ** 6,
    # round 9: Georgian and Latvian inflected millions, Dhivehi million
    "მილიონ": Decimal(10) ** 6, "ათას": Decimal(10) ** 3, "miljoniem": Decimal(10) ** 6, "މިލިއަން": Decimal(10) ** 6,
    # round 10: Somali million and billion
    "milyan": Decimal(10) ** 6, "bilyan": Decimal(10) ** 9,
    # Welsh, Icelandic (dative), Finnish (adessive) millions; Malayalam and Kannada crore and lakh
    "miliwn": Decimal(10) ** 6, "biliwn": Decimal(10) ** 9, "milljónum": Decimal(10) ** 6,
    "miljoonalla": Decimal(10) ** 6, "കോടി": Decimal(10) ** 7, "ലക്ഷം": Decimal(10) ** 5, "ಕೋಟಿ": Decimal(10) ** 7,
    "ಲಕ್ಷ": Decimal(10) ** 5,
    # round 11: Gujarati crore and lakh; Malagasy, Irish and Turkmen magnitude words
    "કરોડ": Decimal(10) ** 7, "લાખ": Decimal(10) ** 5, "tapitrisa": Decimal(10) ** 6, "lavitrisa": Decimal(10) ** 9,
    "milliún": Decimal(10) ** 6, "mhilliún": Decimal(10) ** 6, "billiún": Decimal(10) ** 9, "müň": Decimal(10) ** 3,
    # round 13: Malagasy billion, Punjabi crore and lakh
    "miliara": Decimal(10) ** 9, "ਕਰੋੜ": Decimal(10) ** 7, "ਲੱਖ": Decimal(10) ** 5,
    "ijeri": Decimal(10) ** 9, "miriona": Decimal(10) ** 6, "piriona": Decimal(10) ** 9,  # Igbo billion; Māori
    # round 15: Basque, Galician, Luxembourgish, Latvian (nominative), Serbian (plural), Chichewa, Kinyarwanda
    "milioi": Decimal(10) ** 6, "millóns": Decimal(10) ** 6,
    "milliounen": Decimal(10) ** 6, "millioun": Decimal(10) ** 6,
    "miljons": Decimal(10) ** 6, "милијарде": Decimal(10) ** 9,
    "biliyoni": Decimal(10) ** 9, "miliyoni": Decimal(10) ** 6, "miliyari": Decimal(10) ** 9,
    "tūkst": Decimal(10) ** 3,  # Lithuanian thousand (640 tūkst. eurų)
    # round 22: Zulu millions and billions after the number (R48 wezigidi, R2 wezigidigidi)
    "wezigidi": Decimal(10) ** 6, "ezigidi": Decimal(10) ** 6, "izigidi": Decimal(10) ** 6,
    "bilionu": Decimal(10) ** 9,  # Yoruba written without tone marks (its milionu is the Czech word above; round 27)
    "trln": Decimal(10) ** 12, "трлн": Decimal(10) ** 12,  # Uzbek, Russian trillion: 1,2 trln so'm (round 27)
    "wezigidigidi": Decimal(10) ** 9, "ezigidigidi": Decimal(10) ** 9, "izigidigidi": Decimal(10) ** 9,
    # r38b_money: Finnish genitive million and billion ("3,2 miljoonan euron sopimus", set l), the Latvian and
    # Finnish abbreviation "milj." ("2,2 milj. eiro", set t; "1,5 milj. euroa")
    "miljoonan": Decimal(10) ** 6, "miljardin": Decimal(10) ** 9, "milj": Decimal(10) ** 6,
}
# Magnitude words written between a currency prefix and its number: Swahili "TSh bilioni 14.2", Sinhala
# "රු. මිලියන 425", Myanmar "ကျပ်သိန်း ၅၀၀", "ကျပ် ဘီလီယံ ၈" (r43_money) (read only right after a prefix, see
# patterns.amount_regex).
PREFIX_MULT_RE = "bilioni|milioni|trilioni|biliyan|miliyan|bílíọ̀nù|mílíọ̀nù|මිලියන|බිලියන|သန်း|သိန်း|ဘီလီယံ"
# Currency suffixes that carry their own magnitude (French press: 1,35 M€, 1,2 Md€, 480 k€).
# French-Canadian 3,6 M$ and 480 k$ likewise; a Persian toman is ten rials (read as IRR).
SUFFIX_SCALE = {"m€": Decimal(10) ** 6, "md€": Decimal(10) ** 9, "k€": Decimal(10) ** 3, "m$": Decimal(10) ** 6,
                "k$": Decimal(10) ** 3, "تومان": Decimal(10), "تومانی": Decimal(10),
                "mdh": Decimal(10) ** 6, "mmdh": Decimal(10) ** 9}  # Moroccan 4,8 MDH, 1,2 MMDH (round 37b)
# Abbreviations read only right after a currency prefix (see MULT_RE).
ABBREVIATED_MULTIPLIERS = {
    "k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mm": Decimal(10) ** 6,
    "b": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "cr": Decimal(10) ** 7,
    "jt": Decimal(10) ** 6, "mi": Decimal(10) ** 6, "bi": Decimal(10) ** 9,  # Indonesian juta; pt milhões/bilhões
}
# Indonesian notices write miliar as "M" ("Rp 1,2 M" = 1.2 × 10^9) and juta as "jt".
# (currency or None, abbreviation) → multiplier: looked up with the amount's currency, which may be unknown.
ABBREVIATION_BY_CURRENCY: dict[tuple[str | None, str], Decimal] = {("IDR", "M"): Decimal(10) ** 9}
# Word multipliers are read in any letter case ("Millionen", "MIO.", "Mrd."); the short abbreviations of English,
# Indian and Latin American notices ("£3.2m", "$1.5bn", "€250k", "AUD 1.2M", "₹4.5 Cr", "$1,5 MM") only directly
# after a currency prefix, where they cannot be a metre, a kilo or a model suffix - nor the first letter of a dotted
# abbreviation: "$187,450,000.00 M.N." is moneda nacional (Mexican pesos), not millions.
MULT_WORD_RE = (
    r"(?P<mult>百万|万|萬|亿|億|천만|억|만|조|ล้าน|ពាន់លាន|លាន|ຕື້|ລ້ານ|ဘီလီယံ|သန်း|သိန်း|千(?=元)"
    r"|कोटी|कोटि|करोडको|करोड(?!\u093c)|लाखमा|लाखको|కోట్లతో|కోట్లు|కోట్ల|కోటి|లక్షల|లక్ష|கோடிக்கு|கோடியில்|லட்சத்துக்கு"
    r"|লাখ|লক্ষ|miljoniem|މިލިއަން|მილიონ(?!ი)|ათას(?!ი)|കോടി|ലക്ഷം|ಕೋಟಿ|ಲಕ್ಷ|કરોડ|લાખ"
    r"|(?i:(?:mil millones|mil milhões|milioane|miliarde"
    r"|millió|milliárd"
    r"|milionů|miljoner|miljarder|millioner|milliarder|miljoonaa|miljardia|miljard|milions|εκατομμύρια|מיליון|מיליארד|אלף"
    r"|мільйонів|мільйона|мільйон|мільярдів|мільярда|милијарди|милијарда|милиарда|милиона|милион|آلاف|ألف|\u0995\u09cb\u099f\u09bf"
    r"|tỷ|triệu|nghìn|مليون|مليارات|مليار|ملايين|\u0915\u0930\u094b(?:\u095c|\u0921\u093c)|\u0932\u093e\u0916|milliards?|milliarden?|miliardi|miliardo|milijard[aei]|miliardy"
    r"|miliardów|miliard|bilhões|bilhão|миллиард(?:а|ов)?|миллион(?:а|ов)?|millions?|millones|millón|milhões|milhão"
    r"|milioni|milione|millionen|miliona|miliony|milionów|milion|milijuna|milijun|miljoen|thousand|crores?|lakhs?|lacs?"
    r"|tapitrisa|lavitrisa|mhilliún|milliún|billiún|müň|miliara|ਕਰੋੜ|ਲੱਖ|ijeri|miriona|piriona"
    r"|miliwn|biliwn|milljónum|miljoonalla|milyan|bilyan|biliyan|miliyan|milyong|bilyong|bilyon|milyon|milyar|miliar|milyar|triliun|juta|ribu|mila|میلیون|میلیارد|هزار|ملین|ارب|کروڑ|لاکھ|bilioni|trilioni|მილიონი|მილიარდი"
    r"|ათასი|միլիոն|միլիարդ|հազար|මිලියන|බිලියන|ሚሊዮን|ቢሊዮን|мың|минг"
    r"|milionu|milióna|miliónov|milióny|miliárd|miliardu|milijona|milijonov|milijone|miljoni|miljonit|miljardit"
    r"|miljonu|miljardi|miljardu|milijono|milijonų|milijonai|milijardo|milijardų|сая|тэрбум"
    r"|милиони|milionë|miliardë|milljónir|milljóna|milljarðar|میلیونه|கோடி|லட்சம்|bílíọ̀nù|mílíọ̀nù|bilionu"
    r"|milioi|millóns|milliounen|millioun|miljons|милијарде|biliyoni|miliyoni|miliyari|milljón|milljarða"
    r"|wezigidigidi|ezigidigidi|izigidigidi|wezigidi|ezigidi|izigidi"
    r"|miljoonan|miljardin|trillion|billion|тысяч)(?![^\W\d_])|(?:milj|mln|mio|млн|тыс|тис|tys|tūkst|mld|mlrd|trln|трлн|bn|млрд|mrd|εκατ|δισ|მლნ|მლრდ|մլն|մլրդ|mill|mil)"
    r"(?![^\W\d_])\.?))"
)
ABBREVIATION_RE = r"(?P<abbr>(?:bn|mn|MM|[Cc]r|jt|mi|bi|[mMkKbB])(?![^\W\d_]|[²³]|\.[^\W\d_]))"
MULT_RE = rf"(?:{MULT_WORD_RE}|(?(pre){ABBREVIATION_RE}|(?!)))"

_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億〇一二三四五六七八九十百千两兩貳參陸"
_CN_SMALL = "零壹贰叁肆伍陆柒捌玖一二三四五六七八九貳參陸"
CN_AMOUNT_RE = re.compile(
    rf"(?P<pre>人民币|人民幣|RMB|￥|¥|新臺幣|新台幣|臺幣|台幣|港幣|港币|港元|澳門元|澳门元|澳門幣)?\s{{0,2}}(?P<int>[{_CN_DIGITS}]{{2,}})\s?(?P<unit>元|圆|円)"
    rf"(?P<jiao>[{_CN_SMALL}]角)?(?P<fen>[{_CN_SMALL}]分)?(?P<zheng>整|正)?"
)

# Every match of CN_AMOUNT_RE holds a run of two numerals or more followed by 元/圆 (the run starts its `int`),
# at most CN_REACH characters after the match starts (the longest prefix, 3, and two spaces).
_CN_RUN = re.compile(rf"[{_CN_DIGITS}][{_CN_DIGITS}]+\s?(?:元|圆|円)")  # (a class first: `re` skips to it)
CN_REACH = 5


def cn_amounts(text: str) -> Iterator[re.Match[str]]:
    """CN_AMOUNT_RE.finditer(text), tried only just before the runs of numerals followed by 元/圆 (found by a
    pattern `re` can skip through: it opens with a character class), instead of at every position. Round 22: the
    Japanese yen written in kanji numerals too (四億二千万円, 三百二十万円)."""
    if "元" not in text and "圆" not in text and "円" not in text:
        return
    next_free = 0
    for run in _CN_RUN.finditer(text):
        for start in range(max(next_free, run.start() - CN_REACH), run.start() + 1):
            match = CN_AMOUNT_RE.match(text, start)
            if match is not None:
                yield match
                next_free = match.end()
                break


CN_HAS_DIGIT = re.compile(r"[零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两貳參陸]")
CN_PREFIX_CURRENCY = {
    "人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "￥": "CNY", "¥": "CNY", "新臺幣": "TWD", "新台幣": "TWD",
    "臺幣": "TWD", "台幣": "TWD", "港幣": "HKD", "港币": "HKD", "港元": "HKD", "澳門元": "MOP", "澳门元": "MOP",
    "澳門幣": "MOP",
}


@table()  # read from the cache folder: the walk over the plane costs tens of ms of every process's first notice
def _digit_zeros() -> list[int]:
    """The code point of the zero of every decimal digit set of the Basic Multilingual Plane but ASCII: Arabic-Indic
    and Persian, Devanagari, Bengali, Thai, Myanmar, Khmer, full-width … (each set is ten consecutive code points)."""
    import unicodedata

    return [code for code in range(0x80, 0xFF5B)
            if unicodedata.category(chr(code)) == "Nd" and unicodedata.decimal(chr(code)) == 0]


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern[str]:
    """A run of digits of other scripts than ASCII and full-width letters: what `fold_fullwidth` changes."""
    digits = "".join(rf"\u{zero:04x}-\u{zero + 9:04x}" for zero in _digit_zeros())
    return re.compile(rf"[{digits}\uff21-\uff3a\uff41-\uff5a]+")


# The look-behinds are written after the separator - S(?<=D S) is (?<=D)S - so that `re` skips straight to the
# separators (a pattern opening with a look-behind is tried at every position of the text).
_FULLWIDTH_SEPARATOR = re.compile(r"[，．](?<=[\uff10-\uff19][，．])(?=[\uff10-\uff19])")
# Arabic thousands (U+066C ٬) and decimal (U+066B ٫) separators, and the Arabic comma written between digits
# (Persian ۱۲،۵۰۰): read as "," and "." (the comma's meaning is then settled like any comma's, see parse_number).
_ARABIC_SEPARATOR = re.compile(r"[\u066b\u066c\u060c](?<=\d[\u066b\u066c\u060c])(?=\d)")


# Burmese typists often write the letter ဝ (wa, U+101D) for the digit ၀ (zero, U+1040) they look like: "၅,ဝဝဝ".
# Read as zero only inside a run of Myanmar digits that holds a true digit other than it, and not before a vowel
# sign or another letter (ဝယ် "buy" stays a word).
_MYANMAR_WA_RUN = re.compile(r"[\u1040-\u1049\u101d](?:[\u1040-\u1049\u101d]|[,.](?=[\u1040-\u1049\u101d]))*"
                             r"(?![\u1000-\u103f\u1050-\u109f])")


def _myanmar_zeros(run: re.Match[str]) -> str:
    digits = run.group()
    return digits.replace("\u101d", "\u1040") if re.search("[\u1040-\u1049]", digits) else digits


def fold_fullwidth(text: str) -> str:
    """Digits of every script and full-width letters as ASCII, same length, so offsets into the fold index the
    original.

    ``４１３，６００．００元`` reads as ``413,600.00元``, ``٨٧٬٥٠٠٬٠٠٠ جنيه`` as ``87,500,000 جنيه``, ``ကျပ် ၁၂,၄၅၀``
    as ``ကျပ် 12,450``; a full-width comma or full stop becomes a separator only between two full-width digits,
    since elsewhere it is Chinese punctuation ("10，单价5元" is two numbers). Folding makes no sum by itself: a
    year or a phone number in Persian digits stays a bare number, which is never money.
    """
    if not _foldable().search(text):
        return text
    separators = _FULLWIDTH_SEPARATOR.sub(lambda m: "," if m.group() == "，" else ".", text)  # reads the original
    if "\u101d" in separators:
        separators = _MYANMAR_WA_RUN.sub(_myanmar_zeros, separators)
    separators = _ARABIC_SEPARATOR.sub(lambda m: "." if m.group() == "\u066b" else ",", separators)  # ٫ is "."
    # only the runs that change are translated: str.translate reads a table entry per character of the whole
    # text, which in a long CJK notice costs far more than finding its few runs of full-width digits
    table = _fullwidth_table()
    return _foldable().sub(lambda run: run.group().translate(table), separators)


@lru_cache(maxsize=1)
def _fullwidth_table() -> dict[int, str]:
    """Local digits and full-width letters → ASCII (code point → character; others stay as they are). A dict of
    the few hundred that change: it is applied only to the short runs `_foldable` finds, where a list indexed by
    code point would save nothing and cost 65,000 entries to build in every process."""
    table = {code: chr(code - 0xFEE0) for low, high in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
             for code in range(low, high + 1)}
    table.update((zero + n, str(n)) for zero in _digit_zeros() for n in range(10))
    return table


_NUMBER_SPACES = re.compile(r"[\s'’\u00a0\u202f\u2009]")  # group separators that are no decimal point


def parse_number(raw: str, language: str | None = None, currency: str | None = None) -> Decimal | None:
    """Read a written number by the language's separator convention; None when it is not a number."""
    digits = _NUMBER_SPACES.sub("", raw)
    if len(digits) > 24:
        return None  # no procurement is worth 10^20 of anything: a digit run, not money
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands_sep = "," if decimal_sep == "." else "."
        digits = digits.replace(thousands_sep, "").replace(decimal_sep, ".")
    elif dots > 1 or commas > 1:
        digits = digits.replace(".", "").replace(",", "")
    elif dots or commas:
        sep = "." if dots else ","
        after = len(digits) - digits.index(sep) - 1
        if after == 3:
            comma_decimal = (
                language in COMMA_DECIMAL_LANGUAGES
                if language
                else currency in COMMA_DECIMAL_CURRENCIES
            )
            is_thousands = (sep == ".") == comma_decimal or (sep == "," and currency in POINT_DECIMAL_CURRENCIES)
        else:
            is_thousands = False
        digits = digits.replace(sep, "") if is_thousands else digits.replace(sep, ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# cn2an reads simplified numerals only: 參 → 叁, 貳 → 贰, 陸 → 陆, 萬 → 万, 億 → 亿, 兩 → 两
_TRADITIONAL_NUMERALS = str.maketrans("參貳陸萬億兩", "叁贰陆万亿两")


@lru_cache(maxsize=4096)
def _integer_numeral(numeral: str) -> Decimal | None:
    """cn2an's reading of a Chinese integer numeral (None: not one). Cached (a Decimal does not change): cn2an
    normalises and parses in Python, about 0.1 ms a numeral, and a notice writes its sums more than once (大写
    next to the figures, lot tables)."""
    import cn2an  # lazy: cn2an loads its tables on import

    try:
        return Decimal(str(cn2an.cn2an(numeral.translate(_TRADITIONAL_NUMERALS), "smart")))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def chinese_numeral_value(match: re.Match[str]) -> Decimal | None:
    yuan = _integer_numeral(match.group("int"))
    if yuan is None:
        return None
    small = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
    small.update({c: i for i, c in enumerate("〇一二三四五六七八九")})
    small.update({"貳": 2, "參": 3, "陸": 6})
    if match.group("jiao"):
        yuan += Decimal(small[match.group("jiao")[0]]) / 10
    if match.group("fen"):
        yuan += Decimal(small[match.group("fen")[0]]) / 100
    return tidy(yuan)
