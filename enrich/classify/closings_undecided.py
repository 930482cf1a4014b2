"""Closing sentences that say a text about surveillance buys nothing, in the wordings `closings` and `closings_short`
lack: the purchase was not reviewed, disclosed or planned.

Why (round 37b, tags; set am's reports read with the models off, then counted on every development set's last
sentences): reports, guidance, council debates and news items end by saying what the text is not - a review that
evaluated no new purchase ("No new purchase was reviewed.", pt "Nenhuma compra nova foi avaliada.", es "No se evaluó
ninguna compra nueva" is `closings`'), a decision about a purchase never taken (ru "Решений о закупке не
принималось."), no budget set aside (ja 予算は計上されていない), no purchase plan (ko "구매 계획이 없다고 밝혔다"), no
contract included or announced (ar "ولم يتضمن أي عقود جديدة", vi "Không có gói thầu nào được công bố"), and zh/zh-Hant
並無涉及採購, 未披露新的采购, 未回应采购细节. Like `closings`, the caller reads it only in the body's last sentence of a
notice naming no price, and keeps what a purchase verb of the body buys.

Not here: "no purchase was made" and "no new purchase is requested" (a use policy of a device in service says them,
rounds 17 and 19), "no other / further X" (a purchase that says what else it does not buy).
"""
from __future__ import annotations

import re

_NOUN_EN = r"(?:new )?(?:purchases?|procurements?|contracts?|tenders?|acquisitions?|budgets?|funding)"
_NOUN_ROMANCE = (r"(?:compras?|contrat\w*|aquisic\w*|adquisic\w*|licitac\w*)")
_CLOSING = re.compile(
    # en: "no new purchase was reviewed", "no contract was disclosed"
    r"(?<![^\W\d_])no " + _NOUN_EN + r" (?:was|were|has been|have been|is|are) (?:reviewed|evaluated|assessed"
    r"|examined|disclosed|reported|published)(?![^\W\d_])"
    # pt/es: "nenhuma compra nova foi avaliada", "ninguna compra nueva fue evaluada"
    r"|(?<![^\W\d_])(?:nenhum[a]?|ningun[ao]?) (?:nov[oa] |nuev[oa] )?" + _NOUN_ROMANCE + r"(?: nov[oa]| nuev[oa])?"
    r" (?:foi|foram|fue|fueron|e|es|esta) (?:avaliad|analisad|examinad|evaluad|revisad|discutid|debatid|anunciad"
    r"|aprovad|aprobad|divulgad|previst|considerad|mencionad|propost|propuest)[oa]s?(?![^\W\d_])"
    # ru: "решений о закупке не принималось" (folded: й -> и)
    r"|(?<![^\W\d_])решени\w* о (?:закупк|приобретени|покупк)\w* не (?:принимал|принят|обсуждал|рассматривал)\w*"
    # ja: 予算は計上されていない (folded: 計 -> 计)
    r"|(?:予算|调达|购入)(?:は|も)?(?:计上|确保|確保|予定)されて(?:い)?ない"
    # ko: "구매 계획이 없다"
    r"|(?:구매|도입|조달) (?:계획|예정)[이은는가]? 없"
    # ar: "ولم يتضمن أي عقود جديدة", "لا تذكر أي صفقة"
    r"|(?:لم|لا) (?:يتضمن|تتضمن|يشمل|تشمل|يذكر|تذكر|يعلن|تعلن) (?:اي|أي) (?:عقد|عقود|صفق|مناقص|شراء|مشتريات)"
    # vi (folded: accents stripped, đ kept): "không có gói thầu nào được công bố", "chưa có hợp đồng nào"
    r"|(?<![^\W\d_])(?:khong|chua) co (?:goi thau|hop đong|hop dong|thuong vu mua sam|khoan mua sam)(?: moi)? nao"
    # zh (folded to simplified): 并无涉及采购, 未披露新的采购, 未回应采购细节
    r"|(?:并无|并不|亦不|均不|亦未|均未)涉及(?:任何|具体|新的|新增)?的?(?:政府)?采购"
    r"|未(?:披露|透露|回应|公布|说明)(?:任何|具体|新的|新增)?的?(?:采购|合同|预算)")


def closing_buys_nothing(sentence: str) -> bool:
    """Does this closing sentence (folded, stripped of its full stop) say that no purchase was reviewed, disclosed,
    decided or planned?"""
    return _CLOSING.search(sentence) is not None
