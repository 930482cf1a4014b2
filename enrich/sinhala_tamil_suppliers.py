"""Companies written in Sinhala and Tamil: "කැලණි ටෙක් (පුද්) සමාගමෙන් මිලදී ගත්තේය", "X සමඟ ගිවිසුමක් අත්සන් කළේය",
"X நிறுவனத்துக்கு ஒப்பந்தம் வழங்கியது" (round 43).

Why: neither script has capitals and both mark a company's role with a case ending, not a preposition, so no name
reader found a supplier: all 32 labelled Sinhala and Tamil supplier names across the development sets were lost.
- Sinhala: one to four words closed by සමාගම (company, kept as most labels write it, with (පුද්) for Pvt) before its
  case ending (ට to, ෙන් from) or a postposition (සමඟ with, වෙත to, වෙතින් from); a name without සමාගම is read
  before සමඟ, වෙත or වෙතින් only.
- Tamil: one to three words before நிறுவனத்துக்கு / நிறுவனத்திற்கு (to the company), நிறுவனத்திடமிருந்து (from the
  company) or நிறுவனத்துடன் (with the company); the company word is left out, as the labels write it.
The words that open an award sentence's other parts (the sum, the purpose, a council or the police as the buyer) end
the name on its left. A name is read only in a sentence that speaks of a contract, a purchase or an installation.
"""
from __future__ import annotations

import re

from enrich.prose_text import sentence_around

_SI = r"[\u0d80-\u0dff\u200d]+"
_SI_STOP = (r"(?:සඳහා|කිරීමට|කිරීම|ගැනීමට|ගිවිසුමක්|ගිවිසුම|කොන්ත්\u200dරාත්තුවක්|කොන්ත්\u200dරාත්තුව|සභාව|පොලිසිය"
            r"|මිලියන|රුපියල්|රු|කැමරා|සවි|නඩත්තුව|සමඟ|වෙත|වෙතින්|ලබා|මිලදී|නගරයේ|ප්\u200dරදේශයේ|සහ|හා|විසින්"
            r"|දෙපාර්තමේන්තුව|අමාත්\u200dයාංශය|අධිකාරිය)(?![\u0d80-\u0dff])")
_SI_WORD = rf"(?!{_SI_STOP}){_SI}"
SINHALA_COMPANY_RE = re.compile(
    rf"(?<![\w\u0d80-\u0dff\u200d.,])((?:{_SI_WORD}\s){{1,4}}(?:\(පුද්\)\s?)?සමාගම)(?=ෙන්|ට|\s|$|[.,])"
    rf"|(?<![\w\u0d80-\u0dff\u200d.,])((?:{_SI_WORD}\s){{0,3}}{_SI_WORD})(?=\s(?:සමඟ|වෙත|වෙතින්)(?![\u0d80-\u0dff]))")
_SI_SUPPLY_RE = re.compile(r"ගිවිසුම|කොන්ත්\u200dරාත්තු|මිලදී|සවි|නඩත්තු|අත්සන්|ලබා දුන්|ලබා දී|ගත්තේ")

_TA = r"[\u0b80-\u0bff]+"
_TA_STOP = (r"(?:ஒப்பந்தம்|பொருத்த|நிறுவ|பராமரிக்க|மதிப்பிலான|வழங்க\w*|மற்றும்|[\u0b80-\u0bff]*(?:களை|த்தை|க்கு|ில்|யை)"
            r")(?![\u0b80-\u0bff])")
_TA_WORD = rf"(?!{_TA_STOP}){_TA}"
TAMIL_COMPANY_RE = re.compile(
    rf"(?<![\w\u0b80-\u0bff.,])((?:{_TA_WORD}\s){{0,2}}{_TA_WORD})"
    r"(?=\s?நிறுவனத்(?:துக்கு|திற்கு|திடமிருந்து|துடன்|திடம்))")
_TA_SUPPLY_RE = re.compile(r"ஒப்பந்த|வாங்க|வாங்கி|பொருத்த|நிறுவ|பராமரி|வழங்க")
_CLAUSE_END = re.compile(r"[.!?।\n]")


def _sentence(text: str, start: int, end: int) -> str:
    return sentence_around(text, start, end, _CLAUSE_END)


def sinhala_tamil_suppliers(text: str) -> list[tuple[int, int]]:
    """Sinhala and Tamil company names in a sentence that contracts or buys (see the module docstring)."""
    found: list[tuple[int, int]] = []
    if re.search(r"[\u0d80-\u0dff]", text):
        for match in SINHALA_COMPANY_RE.finditer(text):
            span = match.span(1) if match.group(1) else match.span(2)
            if _SI_SUPPLY_RE.search(_sentence(text, *span)):
                found.append(span)
    if "நிறுவனத்" in text:
        for match in TAMIL_COMPANY_RE.finditer(text):
            if _TA_SUPPLY_RE.search(_sentence(text, *match.span(1))):
                found.append(match.span(1))
    return found
