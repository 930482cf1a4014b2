"""Closing sentences that say a text about surveillance concerns one company or no project, or that no purchase was
decided: more wordings of a text that buys nothing, beside `closings`, `closings_short` and `closings_undecided`.

Why (round 38b, tags; set an's texts that buy nothing, read with the models on, then counted on every development
set's last sentences): court rulings and privacy regulators' findings end by saying whom they concern - "The ruling
concerns the company only.", zh 个案只涉及该公司 - an expert's explainer that it is about no project (zh 文章不涉及具体
项目), and a council debate that no purchase was decided (tr "Herhangi bir alım kararı alınmadı."). Counted on the
development sets' last sentences before writing: 5 texts, all labelled as buying nothing (an only; earlier sets end
with the wordings the other closing modules read). Like them, the caller reads it only in the body's last sentence of a
notice naming no price, and keeps what a purchase verb of the body buys.

Not here: "names no customer" (older vendor sheets ending so are labelled with their technology: af-0155, af-0535,
af-0649), "no purchase was made" (a use policy of a device in service, round 17).
"""
from __future__ import annotations

import re

_FINDING_EN = (r"(?:ruling|judgment|judgement|decision|case|investigation|inquiry|finding|fine|penalty|order"
               r"|complaint|report)s?")
_COMPANY_EN = r"(?:company|firm|vendor|distributor|supplier|operator|retailer|business|shop|mall|landlord|store)"
_CLOSING = re.compile(
    # en: "the ruling concerns the company only", "the case involves only that firm", "the finding applies to the
    # retailer alone"
    r"(?<![^\W\d_])" + _FINDING_EN + r" (?:concerns?|involves?|covers?|applies to|relates to|is about)"
    r" (?:only |solely )?(?:the|that|this|one|a) (?:private )?" + _COMPANY_EN + r"(?: only| alone)?(?![^\W\d_])"
    # de: "das Urteil betrifft nur das Unternehmen"; fr: "la décision ne concerne que l'entreprise"; es/pt/it: "solo
    # afecta a la empresa", "diz respeito apenas à empresa", "riguarda solo l'azienda"
    r"|(?<![^\W\d_])betrifft (?:nur|ausschliesslich|allein) (?:das|die|den) (?:unternehmen|firma|handler|betreiber)"
    r"|(?<![^\W\d_])ne (?:concerne|vise) que (?:l'|la |le )(?:entreprise|societe|exploitant|commercant)"
    r"|(?<![^\W\d_])(?:solo|unicamente|exclusivamente|apenas|solamente|soltanto) (?:afecta |concierne |se refiere )?"
    r"(?:a |al |a la |la |a |l')(?:empresa|compania|azienda|societa)(?![^\W\d_])"
    # zh (folded to simplified): 个案只涉及该公司, 本案仅涉及涉事企业, 文章不涉及具体项目
    r"|(?:本案|案件|个案|判决|调查|处罚|文章|本文|报告)(?:仅|只)(?:涉及|针对)(?:该|这家|涉事|一家)?(?:公司|企业|商户|商场|商家)"
    r"|(?:文章|本文|报告|会议|讲座|节目|解读)不涉及具体项目"
    # tr: "herhangi bir alım kararı alınmadı", "ihale kararı verilmedi"
    r"|(?<![^\W\d_])(?:al[ıi]m|sat[ıi]n alma|ihale) karar[ıi] (?:al[ıi]nmad[ıi]|verilmedi)")


def closing_concerns_no_purchase(sentence: str) -> bool:
    """Does this closing sentence (folded, stripped of its full stop) say that the text concerns one company or no
    project, or that no purchase was decided?"""
    return _CLOSING.search(sentence) is not None
