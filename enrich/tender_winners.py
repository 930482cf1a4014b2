"""A company named as the winner of a tender, contract or bid in a sentence of its own, the winner as the subject:
"Capital Vision Ltd won the tender.", "Ontario Command Systems Inc. won the $2.1-million contract" (round 37b), and in
more languages (round 40, r40_suppliers): "Sierras Vigilancia S.A. se adjudicó el contrato", "Tatry-Tech sp. z o.o.
wygrała przetarg", "ООО «Техносфера» выиграло тендер", "Vigia Brasil Ltda. venceu a licitação", "PT Losari Digital
memenangkan tender", "Anadolu Güvenlik A.Ş. ihaleyi kazandı", "Vigilis SA a remporté le marché", "Argus GmbH hat den
Zuschlag erhalten", "Sicurezza Alpina S.r.l. si è aggiudicata la gara". (Japanese and Korean winners, "X株式会社が落札",
"X(주)가 낙찰받았다", are read by enrich/supply_statements.py from their company heads.)

Why: the award wordings (enrich/prose_suppliers.py) and supply statements (enrich/supply_statements.py) read the
verb before the name ("awarded to X", "adjudicado a X"); a news item often closes with the winner as the subject, so
the supplier was never named. The name must close with a legal form (or open with Indonesian PT/CV, or be a Russian
ООО «…»), which keeps out the council, the police and people ("The council won the bid for funding", "El municipio
se adjudicó fondos"); the name is cut at its legal form, never at the verb. Returns (start, end) spans.
"""
from __future__ import annotations

import re

from enrich.legal_forms import ends_with_legal_form, legal_form_re

_GAP = r"(?:(?:[^.;:\n]|\.(?=\d)){0,40}?\s)?"  # a few words between the verb and its object: "the $2.1-million"
_WON_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|secured|bagged|landed)\s+(?:the|a|an)\s" + _GAP +
    r"(?:tender|contract|bid|deal|award|job|order|lot)s?\b")
# r40_suppliers: the same statement in es pt pl ru id tr fr de it (the verb, an article, a few words, the object)
_WON_ELSEWHERE_RE = re.compile(
    r",?\s+(?:"
    r"(?:se\s+)?(?:adjudicó|adjudica|ganó|gana|obtuvo)\s+(?:el|la|los|las)\s" + _GAP +
    r"(?:contrato|licitaci[oó]n|concurso|lote|buena pro|adjudicaci[oó]n)"
    r"|(?:venceu|vence|ganhou|arrematou)\s+(?:a|o|as|os)\s" + _GAP
    + r"(?:licitação|pregão|concorrência|contrato|lote|certame)"
    r"|(?:wygrała|wygrał|wygrało|wygrywa)\s" + _GAP + r"(?:przetarg|kontrakt|zamówienie|postępowanie)"
    r"|(?:выиграл[оаи]?|выигрывает|победил[оаи]?\s+в)\s" + _GAP + r"(?:тендер|конкурс|аукцион|торг|контракт)"
    r"|(?:memenangkan|memenangi)\s" + _GAP + r"(?:tender|lelang|kontrak|pengadaan|paket)"
    r"|" + _GAP + r"(?:ihaleyi|ihalesini|sözleşmeyi)\s+" + _GAP + r"(?:kazandı|kazanmıştır|kazanmış|aldı)"
    r"|(?:a\s+)?(?:remporté|remporte|décroché|décroche)\s+(?:le|la|l['’]|les)\s?" + _GAP +
    r"(?:marché|appel d['’]offres|contrat|lot)"
    r"|(?:hat|erhielt|erhält|gewann|gewinnt)\s+(?:den|die|das)\s" + _GAP + r"(?:Zuschlag|Ausschreibung|Auftrag|Vertrag)"
    r"|(?:si\s+è\s+aggiudicat[oa]|ha\s+vinto|vince)\s+(?:la|il|l['’])\s?" + _GAP + r"(?:gara|appalto|contratto|lotto)"
    r")(?!\w)", re.IGNORECASE)
# capitalised words (and the words a company name holds between them) closing right before the verb
_NAME_BEFORE_RE = re.compile(
    r"(?:[A-Z0-9][\w&’'.-]*|\([A-Z][\w.]*\))(?:[ \t]+(?:[A-Z0-9(][\w&’'.()-]*|&|of|and|de|du|la))*$")
# r40_suppliers: a name of any Latin or Cyrillic script with its legal form in lower case ("Tatry-Tech sp. z o.o."),
# an Indonesian PT/CV name, a Russian form before a quoted name; tried from each word of the 120 characters before the
# verb, the first (longest) that has a company's shape and holds no sentence's end ("miejski. Tatry-Tech …") wins
_ANY_NAME_RE = re.compile(
    r"(?:(?:PT|CV)\s+)?[^\W\d_][\w&’'.-]*"
    r"(?:[ \t]+(?:[^\W_][\w&’'.()-]*|\([^\W_][\w.]*\)|&|of|and|de|del|do|da|dos|y|e|i|und|sp\.|z|o\.o\.|s\.r\.o\.))*"
    r"|(?:ООО|ОсОО|ТОО|АО|ПАО|ЗАО|ОАО|ТОВ)\s*«[^»\n]{1,60}»")
_WORD_START_RE = re.compile(r"(?<![\w&’'.«-])(?=[^\W_]|«)")
_SENTENCE_END_RE = re.compile(r"\w{2}\.\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])|[!?;:]")
_LOWER_WORD_RE = re.compile(r"(?<![\w.’'-])(?!(?:of|and|de|del|do|da|dos|y|e|i|und|sp|z|o\.o|s\.r\.o)\b)"
                            r"[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁĀ-Ž]"
                            r"[\w’'-]*(?![\w.])")
_ARTICLE_RE = re.compile(r"(?:The|A|La|El|Los|Las|Le|Les|Die|Der|Das|Il|Lo|A empresa|La empresa|Firma|Spółka)\s+")
_COMPANY_OPENING_RE = re.compile(r"(?:PT|CV)\s+[A-Z]|(?:ООО|ОсОО|ТОО|АО|ПАО|ЗАО|ОАО|ТОВ)\s*«")
_CUE_RE = re.compile(
    r"won|wins|secured|landed|bagged|adjudic|gan[óa]|obtuvo|venceu|vence|ganhou|arrematou|wygr|выигр|победил"
    r"|memenang|kazan|sözleşmeyi|rempor|décroch|Zuschlag|gewann|gewinnt|aggiudicat|vinto|vince", re.IGNORECASE)


def tender_winners(window: str) -> list[tuple[int, int]]:
    """Spans of companies that won a tender, contract or bid, named right before the verb."""
    if not _CUE_RE.search(window):
        return []
    spans = [span for match in _WON_ELSEWHERE_RE.finditer(window) if (span := _named_before(window, match.start()))]
    for match in _WON_RE.finditer(window):
        lo = max(0, match.start() - 120)
        name = _NAME_BEFORE_RE.search(window, lo, match.start())
        if not name:
            continue
        start = name.start()
        article = _ARTICLE_RE.match(window, start)
        start = article.end() if article else start
        text = window[start:match.start()]
        if " " in text and ends_with_legal_form(text):
            spans.append((start, match.start()))
    return spans


def _named_before(window: str, end: int) -> tuple[int, int] | None:
    """The company closing right before ``end`` (r40_suppliers): from the leftmost word that starts a company's name."""
    for word in _WORD_START_RE.finditer(window, max(0, end - 120), end):
        start = word.start()
        article = _ARTICLE_RE.match(window, start)
        start = article.end() if article else start
        text = window[start:end]
        if not (text[:1].isupper() or text[:1].isdigit() or text[:1] == "«") or _sentence_inside(text):
            continue
        if not _ANY_NAME_RE.fullmatch(text) or (_LOWER_WORD_RE.search(text) and not text.startswith(("ООО", "АО"))):
            continue
        if (" " in text and ends_with_legal_form(text)) or _COMPANY_OPENING_RE.match(text):
            return start, end
    return None


def _sentence_inside(text: str) -> bool:
    """A sentence ends inside ``text`` ("Kameras aus. Argus GmbH"), not a legal form's dot ("Seguridad Cía. Ltda.")."""
    return any(m.group(0) in "!?;:" or not legal_form_re().match(text, m.end())
               for m in _SENTENCE_END_RE.finditer(text))
