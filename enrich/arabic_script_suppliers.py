"""Companies written in Arabic script: Arabic "شركة دجلة للأنظمة الأمنية", Urdu "راوی ٹیکنالوجیز (پرائیویٹ) لمیٹڈ",
Pashto "د سپین غر انجنیري شرکت سره" (round 43).

Why: Arabic script has no capitals, so the Latin name readers skip these names, and the award frames of
enrich/prose_suppliers.py found only some of them: about 50 labelled Arabic, Urdu and Pashto supplier names across the
development sets were lost, after "عقد … مع" (a contract with), "منحت … ل" (awarded to), "نفّذتها" (carried out by),
"ٹھیکہ X کو دیا" (gave the contract to X), "X سے خرید" (bought from X), "له X شرکت سره" (with company X).
Each language writes a company in a shape of its own, read here without the frame:
- Arabic: شركة / مؤسسة / مجموعة (company, establishment, group), one to three name words, then the field it works in
  with لل ("for the …": للأمن, للأنظمة الأمنية, للتقنية) and its adjectives, and ذ.م.م (LLC) if written;
- Urdu: one to four words ending in an English business word written in Urdu (سسٹمز, ٹیکنالوجیز, ٹیک, سلوشنز,
  سافٹ, ڈیجیٹل, سیکیورٹی …), with (پرائیویٹ) لمیٹڈ, before the postposition that makes it the party handed the
  contract or sold from (کو, سے, کے ساتھ);
- Pashto: a name before شرکت (company) closed by سره (with), after د or له.
A name is read only where its sentence speaks of a contract, a delivery, a purchase or an installation, and an Arabic
company right after a verb it is the subject of ("وقّعت شركة … عقداً": the company signed, so bought) is left out.
"""
from __future__ import annotations

import re

from enrich.prose_text import sentence_around

_AR = r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u0640\u064b-\u065f]+"
_AR_NAME_WORD = rf"(?!لل|بقيمة|بكلفة|بتكلفة|بمبلغ|في\s|من\s|على\s|عن\s){_AR}"
ARABIC_COMPANY_RE = re.compile(
    rf"(?<![\u0621-\u064a])[لوب]?((?:شركة|مؤسسة|مجموعة)\s{_AR_NAME_WORD}(?:\s{_AR_NAME_WORD}){{0,2}}?"
    rf"\sلل{_AR}(?:\sال{_AR}){{0,2}}(?:\sذ\.?\s?م\.?\s?م\.?)?)(?![\u0621-\u064a])")
_AR_SUPPLY_RE = re.compile(r"عقد|صفق|منح|أرس|ارس|نف[ّ]?ذ|وف[ّ]?ر|ور[ّ]?د|مور[ّ]?د|ترك|توريد|شراء|اشتر|دفع|تتولى|تنفيذ"
                           r"|بالشراكة|تعاقد|زو[ّ]?د|قدم")
_AR_SUBJECT_VERB_RE = re.compile(r"(?:اشترت|تعاقدت|أبرمت|وق[ّ]?عت|أعلنت|طرحت|اعتمدت|أطلقت|نشرت|قررت|دعت|تعتزم|استبعدت)"
                                 r"\s$")
_AR_REJECT_RE = re.compile(r"استبعاد|استُبعدت|استبعدت|رفض|وليس\s")

_UR = r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u200c]+"
_UR_STOP = (r"(?:ٹھیکہ|نے|میں|کو|سے|کا|کی|کے|لیے|روپے|دیا|منصوبہ|ایپ|جو|اتھارٹی|پولیس|کارپوریشن|اور|ارب|کروڑ"
            r"|لاکھ|ملین|کیمروں|کیمرے|آلات|مشینیں|ٹھیکے|معاہدہ|سٹی|سٹیز)(?![\u0600-\u06ff])")
_UR_END = r"(?:سسٹمز|سسٹم|ٹیکنالوجیز|ٹیکنالوجی|ٹیک|سلوشنز|سلوشن|سافٹ|ڈیجیٹل|سیکیورٹی|سکیورٹی|انڈسٹریز|انٹرپرائزز|گروپ)"
URDU_COMPANY_RE = re.compile(
    rf"(?<![\u0600-\u06ff\u200c])((?:(?!{_UR_STOP}){_UR}\s){{0,3}}{_UR_END}(?:\s\(?پرائیویٹ\)?)?(?:\sلمیٹڈ)?)"
    r"(?=\s(?:کو|سے|کے ساتھ|نے)\s)")
_UR_SUPPLY_RE = re.compile(r"ٹھیک|معاہد|خرید|فراہم|نصب|تیار|بنا|مکمل|تنصیب")
_PS_WORD = rf"(?!(?:د|له|په|او)\s){_UR}"
PASHTO_COMPANY_RE = re.compile(
    rf"(?<![\u0600-\u06ff])(?:د|له)\s((?:«[^»\n]{{2,40}}»|{_PS_WORD}(?:\s{_PS_WORD}){{0,3}}?)\sشرکت)"
    r"\sسره(?![\u0600-\u06ff])")
_CLAUSE_END = re.compile(r"[.!?؟۔\n]")


def _sentence(text: str, start: int, end: int) -> str:
    return sentence_around(text, start, end, _CLAUSE_END)


def arabic_script_suppliers(text: str) -> list[tuple[int, int]]:
    """Arabic, Urdu and Pashto company names in a sentence that supplies (see the module docstring)."""
    found: list[tuple[int, int]] = []
    if not re.search(r"[\u0621-\u064a]", text):
        return found
    for match in ARABIC_COMPANY_RE.finditer(text):
        start, end = match.span(1)
        sentence = _sentence(text, start, end)
        if _AR_SUBJECT_VERB_RE.search(text, max(0, match.start() - 12), match.start()) \
                or not _AR_SUPPLY_RE.search(sentence) or _AR_REJECT_RE.search(text, max(0, start - 30), start):
            continue
        found.append((start, end))
    for match in URDU_COMPANY_RE.finditer(text):
        start, end = match.span(1)
        if text.startswith(" نے", end) and not _UR_SUPPLY_RE.search(text, end, end + 60):
            continue
        if _UR_SUPPLY_RE.search(_sentence(text, start, end)):
            found.append((start, end))
    if "شرکت" in text:
        found += [m.span(1) for m in PASHTO_COMPANY_RE.finditer(text)]
    return found
