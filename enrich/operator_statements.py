"""A body said only to run, test or use a system is no buyer (r41b_buyers; README "Places of texts that buy nothing").

Why: a police statement or a news item about a force at work ("The Royal Bhutan Police are testing ANPR cameras",
"Regina Police Service confirmed it operates a forensics lab", "La Guardia Urbana prueba 200 cámaras corporales",
"Die Stadtpolizei setzt seit Juli 40 Bodycams ein", "大阪府警察は…顔認証システムを運用している") states no purchase: the
labelling rule keeps its buyer null unless the text says the body bought something, and places it where the body is.
Set aq labelled 20 such texts without a buyer and the engine gave each its subject as buyer; the sentence readers
see a subject and take it whatever the verb.

A text reads as such only when its headline or the body's first sentence says a body runs, tests, uses, deploys or
operates something (or confirms, says so), the text names no sum, and nothing anywhere buys, orders, contracts,
tenders, awards, licenses, costs or is supplied to the body: a purchase word or a sum in words ("at a cost of Br 64
million") anywhere keeps the buyer.
"""
from __future__ import annotations

import re

from enrich.disclosure_filers import filer_span

_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？\n]")
# The body runs, tests, uses or deploys something: en es pt fr de it nl cs sr ru ja zh
_OPERATES = re.compile(  # lower case: "Census Test" or a title's "Test Results" is no verb
    r"\b(?:operates?|operating|is[ \t]+operating|uses?|using|is[ \t]+using|are[ \t]+using|tests?|testing"
    r"|trials?|trialling|trialing|pilots?|piloting|deploy(?:s|ed|ing)?|runs|is[ \t]+running|monitors"
    r"|utiliza|emplea|prueba|opera|operan|despliega|monitorea"
    r"|utiliz[ae]|testa|monitoriza|monitora"
    r"|utilise|teste|exploite|déploie|confirme[ \t]+utiliser"
    r"|setzt|nutzt|testet|betreibt|verwendet"
    r"|používá|testuje|koristi|testira|использует|применяет|тестирует)\b"
    r"|运用|运行|使用|部署|運用|使用して|テスト")
# A purchase, an order, a contract, a tender or a supply, anywhere: the body then may have bought
_PURCHASE = re.compile(
    r"(?i)contract|award|tender|procur|purchas|bought|\bbuy|acquir|\border|supplied|suppl(?:y|ies)[ \t]+(?:of|to)"
    r"|budget|fund|grant|spen[dt]|\bpaid|vendor|\blease|licen[cs]ed\b|\bcosts?\b|\bprice|million|billion|millones"
    r"|milhões|Millionen|万元|亿元|億円|万円"
    r"|compr[aóoe]|adquiri|adquisici|aquisi|adjudic|licita|contrat|pregão|presupuesto|orçamento"
    r"|achat|achet|marché|commande|appel d['’]offres|beschaff|kauf|auftrag|vergab|ausschreib"
    r"|acquist|appalt|zakáz|nabav|закуп|контракт|приобр|купил|тендер"
    r"|采购|採購|购买|購買|购置|建成|建设|建設|中标|中標|合同|招标|招標|承建|契約|購入|導入|調達|入札|계약|구매|도입|조달")


def operates_only(text: str, *, priced: bool) -> bool:
    """Does `text` (headline, line break, body) only say that a body runs, tests or uses a system, naming no sum and
    no purchase (see the module's docstring)?"""
    headline_end = text.find("\n")
    if priced or headline_end == -1:
        return False
    stop = _SENTENCE_END.search(text, headline_end + 1)
    lead_end = stop.end() if stop else len(text)
    if not _OPERATES.search(text, 0, lead_end):  # the cheap, bounded test first: most texts end here
        return False
    if filer_span(text) is not None:
        return False  # a filing's customer that deployed the filer's system is its buyer (README 20:26 (2))
    return not _PURCHASE.search(text)
