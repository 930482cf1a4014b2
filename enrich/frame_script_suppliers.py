"""Suppliers named in Khmer, Lao, Burmese and Amharic award sentences: "ចុះកិច្ចសន្យាជាមួយក្រុមហ៊ុន X ដើម្បី…",
"ເຊັນສັນຍາກັບ ບໍລິສັດ X ຕິດຕັ້ງ…", "X ကုမ္ပဏီထံမှ ဝယ်ယူ…", "ከX ኃ.የተ.የግ.ማ ጋር … ውል ተፈራረመ" (round 43).

Why: none of these scripts has capitals and Khmer and Lao write no space between words, so no name reader found a
supplier: all of about 75 labelled Khmer, Lao, Burmese and Amharic supplier names across the development sets were
lost. Each language introduces the company with a fixed word, read here as the frame:
- Khmer: ក្រុមហ៊ុន (company) after ជាមួយ (with), ពី (from), ដោយ (by), ដល់ (to), តាមរយៈ (through); the name is the
  one to three words after it (the labels mostly leave ក្រុមហ៊ុន out), up to a verb or "in order to" word.
- Lao: ບໍລິສັດ (company) after ກັບ (with), ຈາກ (from), ໂດຍ (by); the labels keep ບໍລິສັດ unless it is glued to
  "from"/"by"; ຈຳກັດ (limited) is kept.
- Burmese: the name stands before ထံမှ (from), နှင့် (with) or မှတစ်ဆင့် (through), after a clause marker (သည်, ရန်,
  ဖြင့်, ကို); ကုမ္ပဏီ (company) is kept, as most labels write it.
- Amharic: ከX ጋር (with X), ከX … ገዛ (bought from X), or a name closed by the legal form ኃ.የተ.የግ.ማ (plc) after ከ or
  በ; a name holding a public body's word (አስተዳደር administration, ኮሚሽን, ቢሮ, ከተማ …) is the buyer, never read.
"""
from __future__ import annotations

import re

_KH = r"[\u1780-\u17d3\u17dd]+"
_KH_STOP = r"(?:ដើម្បី|ដំឡើង|ក្នុង|ថែទាំ|តម្លៃ|សម្រាប់|បាន|និង|ចំនួន)"
KHMER_RE = re.compile(
    rf"(?:ជាមួយ|ពី|ដោយ|ដល់|តាមរយៈ)[ \t]?ក្រុមហ៊ុន[ \t]?(?!{_KH_STOP})({_KH}(?:[ \t](?!{_KH_STOP}){_KH}){{0,2}})"
    r"(?=[ \t\u17d4,.]|$)")
_LO = r"[\u0e81-\u0ecd\u0edc-\u0edf]+"
_LO_STOP = r"(?:ຕິດຕັ້ງ|ເພື່ອ|ມູນຄ່າ|ໃນ|ຈຳນວນ|ແລະ|ສະໜອງ)"
LAO_RE = re.compile(
    rf"(?:(?:ກັບ)[ \t]?|(?:ຈາກ|ໂດຍ)[ \t])(ບໍລິສັດ[ \t]?(?!{_LO_STOP}){_LO}(?:[ \t](?!{_LO_STOP}){_LO}){{0,3}})"
    rf"|(?:ຈາກ|ໂດຍ)ບໍລິສັດ[ \t]?((?!{_LO_STOP}){_LO}(?:[ \t](?!{_LO_STOP}){_LO}){{0,3}})")
_MY = r"[\u1000-\u103f\u1050-\u109f]+"
_MY_NAME = r"[\u1000-\u103f\u1050-\u109f]+?"
BURMESE_RE = re.compile(
    rf"(?:သည်|ရန်|ဖြင့်|ကို|ကန်ထရိုက်တာ)[ \t]+((?:{_MY}[ \t]){{0,3}}?{_MY_NAME})"
    r"(?=[ \t]?(?:ထံမှ|နှင့်|မှတစ်ဆင့်|[၊။])|(?<=ကုမ္ပဏီ)မှ)")
# what the Burmese sentence does with the company: a contract signed, a purchase, an installation
_MY_SUPPLY_RE = re.compile(r"စာချုပ်|ဝယ်ယူ|တပ်ဆင်|ကန်ထရိုက်|ထိန်းသိမ်း")
_ET = r"[\u1200-\u135a]+"
_ET_FORM = r"ኃ[./]የተ[./]የግ[./]ማ\.?"
_ET_PUBLIC = re.compile(r"አስተዳደር|ኮሚሽን|ቢሮ|ከተማ|ክልል|ሚኒስቴር|ፖሊስ|ባንክ|መንግሥት|መንግስት|ኤጀንሲ|ዩኒቨርሲቲ")
AMHARIC_RE = re.compile(
    rf"(?<![\u1200-\u137f])ከ({_ET}(?:[ \t]{_ET}){{0,3}}?)[ \t](?=ጋር|ገዛ|ገዝ|በ[ \t]?\d|[\d,.]+[ \t]+[\u1200-\u135a])"
    rf"|(?<![\u1200-\u137f])[ከበ]({_ET}(?:[ \t]{_ET}){{0,3}}?[ \t]{_ET_FORM})")


def _groups(pattern: re.Pattern[str], text: str, reject: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """The spans of the name group of each match; a rejected match is retried one character later, so that a public
    body read as a name ("ከ|ተማ አስተዳደር ከX ኃ.የተ.የግ.ማ") does not hide the company after it."""
    spans = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        group = next(g for g in range(1, (pattern.groups or 0) + 1) if match.group(g) is not None)
        if reject is not None and reject.search(match.group(group)):
            position = match.start() + 1
            continue
        spans.append(match.span(group))
        position = match.end()
    return spans


def frame_script_suppliers(text: str) -> list[tuple[int, int]]:
    """Khmer, Lao, Burmese and Amharic company names in their languages' award frames (see the module docstring)."""
    found: list[tuple[int, int]] = []
    if "ក្រុមហ៊ុន" in text:
        found += _groups(KHMER_RE, text)
    if "ບໍລິສັດ" in text:
        found += _groups(LAO_RE, text)
    if re.search(r"ထံမှ|နှင့်|မှတစ်ဆင့်", text):
        for start, end in _groups(BURMESE_RE, text):
            if end - start > 2 and _MY_SUPPLY_RE.search(text, max(0, start - 40), end + 240):
                found.append((start, end))
    if re.search(r"[\u1200-\u135a]", text):
        found += _groups(AMHARIC_RE, text, _ET_PUBLIC)
    return found
