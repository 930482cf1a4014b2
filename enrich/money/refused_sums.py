"""Sums a council, board, court or legislature refused: no headline (r38_money; tests/eval/README.md, "Gathering
alerts; …; rejected proposals; …" (4)).

Why: a proposal, request, credit or budget item that a council, board, court or legislature rejects, vetoes, votes
down or strikes down commits nothing, like a cancelled tender: a map's totals must not count money a council refused.
`enrich.classify.classify_notice_state` reads many such notices as "withdrawn", but a withdrawn plan kept the budget
it stated, and a refusal the classifier did not read ("Le Grand Conseil a refusé un crédit de 3,2 millions de francs",
"The board voted 6-3 against the $480,000 request", "市人大常委会否决了…预算860万元", "구의회는 … 12억원을 부결했다")
kept its sum as the headline.

What counts: the sum's own sentence, or the headline, says a deciding body refused it, in the words of the languages
below (rejected, vetoed, voted down / against, struck down, turned down, refused; rechazó, rejeitou, a refusé,
abgelehnt, bocciato, verworpen, odrzuciła, отклонила, reddetti, 否决, 未通过, 否決, 부결, رفض …), and that sentence
names no approval of its own sum. Not: a rejected bid, offer, bidder, appeal, complaint, objection, challenge or
claim (the tender or purchase goes on: "rejected a bid from X as non-compliant and awarded the contract to Y for
$310,000"), a request approved, deferred, tabled or sent back for more detail (no refusal word), a sum the clause says
was spent ("rejected the plan and instead approved ₱240 million": `enrich.money.spent.stated_spent`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.model import Amount
from enrich.money.extract import FoundAmount
from enrich.money.spent import _clause, stated_spent
from enrich.text import fold

# Refusing words, folded (lower case, accents stripped). Latin and Cyrillic words are bounded by non-letters; CJK,
# Korean and Arabic ones stand alone.
_REFUSES = re.compile(
    r"(?<![^\W\d_])(?:reject(?:s|ed)?|veto(?:es|ed)?|vot(?:es|ed|e|ing)\s+(?:\d+\s*[-–:to ]+\s*\d+\s+)?"
    # r42_buyers: the day between ("voted 9-6 on Monday not to fund"); an item taken out of the budget
    r"(?:on [a-z]{3,6}day\s+)?(?:down|against"
    r"|to (?:reject|deny|kill)|not to (?:fund|approve|adopt))|struck down|strikes? down|turn(?:s|ed)? down"
    r"|refus(?:es|ed)|declin(?:es|ed) to (?:approve|fund|adopt)|(?:was|were) (?:defeated|denied)"
    r"|(?:was|were) (?:removed|struck|cut|deleted) from the budget"
    # es, pt, fr, it, de, nl, pl, ru, uk, tr, ro
    r"|rechaz(?:o|a|ado|ada|aron)|veto|vetad[oa]|voto en contra|tumbo|desaprob(?:o|ado|ada)|no aprobo"
    # r41_money: a council that denies a budget item ("El Concejo negó la adición presupuestal de $ 9.000.000.000",
    # "nega o crédito"); not a denial of a claim ("negó que", "negó haber")
    r"|(?:nieg(?:a|an)|neg(?:o|aron)|neg(?:ou|aram)) (?:la|el|los|las|o|a|os|as) (?:adicion|adicao|solicitud"
    r"|solicitacao|pedido|propuesta|proposta|partida|credito|recursos|presupuesto|orcamento|financiacion"
    r"|financiamento|traslado)"
    r"|rejeit(?:ou|a|ado|ada|aram)|recus(?:ou|aram)|vetou|reprov(?:ou|a|ado|ada|aram)|barrou|derrubou"
    r"|(?:a|ont) (?:rejete|refuse|vote contre)|rejett?e(?:nt)?|rejete(?:e|s|es)?|refuse(?:e|es|nt)"
    # French "refuse" before its object ("refuse le crédit"; the English noun is "refuse collection")
    r"|refuse (?:le|la|les|un|une|l['’]|d['’]|de)|retoque"
    r"|bocciat[oa]|boccia(?:no)?|respint[oa]|respinge|ha votato contro"
    r"|abgelehnt|lehnt(?:e|en)?\s+(?:[^\W\d_]+\s+){0,8}?ab|verworfen|gekippt|niedergestimmt"
    # r42b_money: a sum between the verb and its particle ("lehnte den Kredit von CHF 850'000 für … ab")
    r"|lehnt(?:e|en)?\s+(?:[^\W_]+(?:['’.,][^\W_]+)*\s+){0,12}?ab"
    r"|verworpen|afgewezen|(?:wijst|wees|wezen)\s+(?:[^\W\d_]+\s+){0,8}?af|weggestemd|stemde tegen"
    r"|odrzucil[ao]?|odrzucon[ya]|odrzucono|zawetowal[ao]?"
    r"|отклонил[аио]?|отклонен[аоы]?|отклонён|отвергл[аио]?|відхилил[аио]?|відхилен[аоі]?"
    r"|reddetti|reddedildi|veto etti|a respins|respins[aă]?)(?![^\W\d_])"
    # (not a bidder's offer failing its review, "报价未通过符合性审查", nor a one-vote veto in a rating, "一票否决")
    r"|(?<!一票)否[决決]|未获?通过(?!资格|符合性|审查|審查|评审|評審|验收|驗收|检测|檢測|考核|测试|初审|复审)|不予通过"
    # r41_money: a government meeting that does not agree or approve ("会议决定不予同意", "…采购（68万元）不予批准",
    # "县政府不同意…采购"; not "不同意见", "尚未批准": deferred), and a legislature that strikes a budget line ("立法院
    # 刪除…「人臉辨識系統擴充」預算新臺幣3,200萬元", folded to simplified; not "删除人脸比对内容，预算由…调整为…")
    r"|不予(?:同意|批准|立项|采纳)|(?<![尚暂还未])不(?:同意|批准)(?![见的])|删除了?[^，。；,;\n]{0,30}?(?:预算|经费|款项|建置费|建设费|购置费)"
    r"|부결|거부권|رفض|نقض")
# A refused bid, bidder, offer, appeal, complaint, claim or challenge right after the refusing word: the tender goes on.
_NOT_PROPOSAL = re.compile(
    r"\s+(?:to (?:disclose|comment|say|reveal|release|confirm|name|answer)(?![^\W\d_])"
    # people refused a permit, entry, a loan or a service ("listed persons are refused permits")
    r"|(?:permits?|entry|access|services?|loans?|licen[cs]es?|benefits?|bail|visas?|admission|clearances?)(?![^\W\d_])"
    r"|(?:(?:all|the|a|an|one|two|three|its|his|her|their|both|every|\d+)\s+)*(?:[^\W\d_]+\s+){0,2}?"
    r"(?:bids?|bidders?|offers?|tenderers?|tenders? (?:from|by|submitted)|appeals?|complaints?|objections?|challenges?"
    r"|claims?|allegations?|reports?|protests?|lawsuits?|applicants?|ofertas?|oferentes?|propuestas? de [a-z]+"
    # r42b_money: a bidder's objection to an evaluation ("rechazó la observación de X y adjudicó …")
    r"|observaci(?:on|ones)"
    r"|recursos?|impugnac\w*|offres?|recours|angebot\w*|einspruch\w*|beschwerde\w*|klage\w*|offert[ae]|ricors[oi]"
    r"|inschrijving\w*|bezwaar\w*|ofert[ay]?|odwolani\w*|заявк\w*|жалоб\w*|teklif\w*|itiraz\w*)(?![^\W\d_]))")
# r41_money: a sum a review cut from a budget, named right before it ("审核后核减预算120万元，批复预算480万元"):
# that sum, not the rest of its sentence, is refused (a clause-wide word would refuse the approved 480万元 too)
_CUT_BEFORE = re.compile(r"(?:核减|审减|删减)了?(?:预算|资金|经费|金额|费用|投资)?(?:共|计|约)?\s*(?:人民币)?\s*$")
_CUT_WORDS = ("核减", "审减", "删减")
_CUT_REACH = 16
_NOT_PROPOSAL_CJK = re.compile(r"投标|投標|报价|報價|供应商|供應商|异议|質疑|质疑|投诉|投訴|申诉|입찰자|이의")


@table()
def refuses_anywhere() -> Prefixed:
    """_REFUSES tried only where one of its literal openings stands (enrich/fastscan.py): the same matches. Why: it
    opens with a look-behind and ~100 alternatives, so `re` tries it at every position, and every priced notice asked
    it of its whole folded text (~0.13 / 1.0 / 4.0 ms at 2 / 16 / 64 KB against ~0.01 / 0.04 / 0.16)."""
    return Prefixed(_REFUSES)


def refuses_in(folded: str, lo: int, hi: int) -> bool:
    """Does [lo, hi) of the folded text hold a refusing word whose object is no bid, appeal or claim? (Also read by
    `enrich.rejected_proposals`: such a proposal names no buyer.)"""
    for m in _REFUSES.finditer(folded, lo, hi):
        after = folded[m.end():min(hi, m.end() + 60)]
        if _NOT_PROPOSAL.match(after) or _NOT_PROPOSAL_CJK.search(folded, max(lo, m.start() - 12), m.start()) \
                or _NOT_PROPOSAL_CJK.search(after[:12]):
            continue
        return True
    return False


def refused(text: str, amount: Amount, folded: str | None = None, *, headline: bool = False) -> bool:
    """Was `amount` refused by the body deciding on it: does its clause (`enrich.money.spent`'s, cut at ";", "but",
    "mais", "instead" …) say so (`_REFUSES`), or, with `headline` (a notice the classifier reads as withdrawing its
    purchase), its headline, the text's first line; and does its clause not state it spent (`stated_spent`)?"""
    folded = fold(text) if folded is None else folded
    start = amount.evidence.start
    if _CUT_BEFORE.search(folded, max(0, start - _CUT_REACH), start):
        return True
    clause = fold(_clause(text, amount.evidence.start, amount.evidence.end))
    head_end = text.find("\n")
    head_end = len(text) if head_end == -1 else head_end
    if not (refuses_in(clause, 0, len(clause)) or (headline and refuses_in(folded, 0, head_end))):
        return False
    return not stated_spent(text, amount)


def without_refused(amounts: Sequence[Amount], text: str, *, withdrawn: bool = False) -> list[Amount]:
    """`amounts` with every refused sum (`refused`; the headline counts in a `withdrawn` notice) kept as found but as
    kind ``other`` and labelled, so that none headlines; the others are the same objects."""
    if not amounts:
        return []
    folded = fold(text)
    if refuses_anywhere().search(folded) is None and not any(word in folded for word in _CUT_WORDS):
        return list(amounts)
    return [(replace(a, kind="other", labelled=True) if isinstance(a, FoundAmount) else replace(a, kind="other"))
            if a.value is not None and refused(text, a, folded, headline=withdrawn) else a for a in amounts]
