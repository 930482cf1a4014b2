"""A body whose closing sentence says that nothing is bought: a text about surveillance that buys nothing.

Why (round 31b, r31b_reports31b): hearings, court rulings, privacy-commissioner investigations, NGO reports, research
papers, audit reviews and citizens' camera maps name the technology and end by saying, in a sentence of their own,
that no purchase is involved: "No procurement was before the committee.", "The ruling concerns existing operations;
no contract is affected.", "No public body purchase is involved.", "It is a research compilation, not a
procurement.", "The lab identified no purchase contract.", es "El informe no refiere ninguna compra nueva.", pt "Não
há contrato.", fr "La Ville n'a annoncé aucun achat.", de "Neue Anlagen werden nicht beschafft." / "Eine Beschaffung
findet nicht statt.", nl "Er wordt niets aangeschaft.", pl "Nie ogłoszono przetargu.", ru "новые закупки в деле не
рассматривались", zh 案件不涉及政府采购 / 目前尚未启动新的采购 / 会中无任何采购案审议, ja 調達に関するものではない, ar
التقرير لا يتناول أي عقد شراء. The earlier cues (`nothing_bought_in_body` in taxonomy_cues.yaml) name the subject or
the verb one by one; this reads the general shape - a purchase, procurement, contract, tender, budget, deployment or
deal noun that a negating determiner or verb denies - but only in the body's LAST sentence (a closing statement
about the whole text, not "no other equipment" in the middle of a contract notice). Counted before coding on the
development sets' last sentences (rules as written): 135 texts that buy nothing in 27 sets against one positive,
which names a price (a first draft also matched a vendor sheet that "names no customer", "该局从未采购或试用X，
现行系统为自行开发" and "Neue Kameras werden nicht beschafft" after a licence: the wording now leaves them out).
Like the report lede (reports.py), the caller reads it only in a
notice naming no price and keeps what a purchase verb of the body buys.

Not here: "no purchase was made" (a use policy of a device in service says it; round 17), "no other / further /
additional X" (a purchase that says what else it does not buy), a specific device denied ("新设备", "Kameras").
"""
from __future__ import annotations

import re

from enrich.classify.closings_scope import closing_concerns_no_purchase
from enrich.classify.closings_short import short_closing_buys_nothing
from enrich.classify.closings_undecided import closing_buys_nothing

#: The nouns of a purchase (folded English).
_NOUN_EN = (r"(?:procurements?|purchases?|purchase contracts?|contracts?|deals?|buyers?|budgets?|deployments?"
            r"|acquisitions?|tenders?|orders?|funding|funds|spending|expenditure)")
#: Up to three words before the noun, not "other", "further", "additional", "more" (what a purchase also says).
_MODIFIERS = r"(?:(?!other |further |additional |more |separate )[\w-]+ ){0,3}?"
_CLOSING = re.compile(
    # en: "no procurement was before the committee", "no public body purchase is involved", "no contract is affected",
    # "no purchase or contract is discussed", "no budget was allocated", "no deals were announced"
    r"(?<![^\W\d_])no " + _MODIFIERS + _NOUN_EN + r"(?: (?:or|and|nor) (?:[\w-]+ )?" + _NOUN_EN + r")?"
    r" (?:is|are|was|were|has been|have been|had been) (?:yet )?(?:before|involved|affected|described|named"
    r"|discussed|announced|allocated|set|identified|planned|proposed|at (?:stake|issue)|mentioned|signed|awarded"
    r"|considered|under consideration)(?![^\W\d_])"
    # en: "nothing is bought", "the study buys or deploys nothing"
    r"|(?<![^\W\d_])nothing (?:is|was|has been|will be) (?:bought|purchased|procured|acquired)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:buys|purchases|procures)(?: or (?:deploys|installs|uses))? nothing(?![^\W\d_])"
    # en: "it is a research compilation, not a procurement", "the hearing concerned detection, not procurement"
    r"|(?<![^\W\d_])not (?:a |any )?(?:new )?(?:procurement|purchase|acquisition|tender)s?\s*$"
    # en: "the lab identified no purchase contract", "recommended no new purchase", "the group did not identify any
    # buyer", "the report could not identify any purchase of such equipment" (not a customer: a vendor's product sheet
    # "names no customer" is a disclosure)
    r"|(?<![^\W\d_])(?:identif(?:y|ies|ied)|names?|named|recommend(?:s|ed)?|announced?) no (?:new )?(?:[\w-]+ )?"
    + _NOUN_EN + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:did|could|does) not (?:identify|name|announce|find) (?:any|a) (?:new )?" + _NOUN_EN
    + r"(?![^\W\d_])"
    # es: "el informe no refiere ninguna compra nueva", "no se autorizó ninguna compra"
    r"|(?<![^\W\d_])no (?:[\w]+ ){1,2}?ningun[ao]? (?:nuev[oa] )?(?:compra|contrat\w*|adquisicion\w*|licitacion\w*)"
    r"(?![^\W\d_])"
    # pt: "não há contratação prevista", "não houve contrato"
    r"|(?<![^\W\d_])nao (?:ha|houve|existe) (?:nenhum[a]? |qualquer )?(?:nov[oa] )?(?:contrat\w*|compra|aquisic\w*"
    r"|licitac\w*)(?![^\W\d_])"
    # fr: "la Ville n'a annoncé aucun achat"
    r"|n['’](?:a|ont|avait|est) (?:\w+ )?(?:annonce|prevu|signe|passe|lance|engage|commande) aucun(?:e)? "
    r"(?:nouvel(?:le)? |nouveau )?(?:achat|contrat|marche|acquisition|commande|appel d'offres)s?(?![^\W\d_])"
    # de: "es wird nichts beschafft", "eine Beschaffung findet nicht statt", "neue Anlagen werden nicht beschafft"
    r"|(?<![^\W\d_])(?:(?:es )?(?:wird|werden|wurde|wurden) nichts|(?:neue )?(?:technik|anlagen|systeme) (?:wird|werden"
    r"|wurde|wurden) nicht) (?:beschafft|angeschafft|gekauft|erworben)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:beschaffung|anschaffung|kauf|vergabe|auftragsvergabe) findet nicht statt(?![^\W\d_])"
    # nl: "er wordt niets aangeschaft"
    r"|(?<![^\W\d_])(?:wordt|worden|werd|werden) niets (?:aangeschaft|gekocht|aanbesteed|ingekocht)(?![^\W\d_])"
    # pl: "nie ogłoszono przetargu", "nie zawarto umowy"
    r"|(?<![^\W\d_])nie (?:ogłoszono|ogloszono|zawarto|podpisano|kupiono|zamowiono|zamówiono) (?:zadn\w+ |żadn\w+ )?"
    r"(?:przetargu|umowy|zamowienia|zamówienia)(?![^\W\d_])"
    # ru: "новые закупки в деле не рассматривались", "закупка не проводится"
    r"|закупк\w*[^.;]{0,30}? не (?:рассматрива|описыва|упомина|обсужда|проводи|планиру|объявля)\w*"
    # zh (folded to simplified): 案件不涉及政府采购, 目前尚未启动新的采购, 会议未作出新增采购决定, 亦无新增采购,
    # 会中无任何采购案审议, 报告未列出具体合同; not "从未采购或试用X" (one product denied, the body's own system stays)
    r"|(?:不|未|并未|没有)涉及(?:任何|具体|新的|新增)?的?(?:政府)?采购"
    r"|(?:尚未|未)(?:启动|作出|进行|开展)(?:任何|新的|新增)?采购"
    r"|(?:无|没有|并无)(?:任何)?(?:新增)?采购(?:计划|计画|案|决定)?(?=[，,、；;。亦也审]|$)"
    r"|未列出(?:具体|任何)?(?:采购)?合同"
    # ja: 調達に関するものではない
    r"|调达に関する(?:もの|こと)ではない|调达(?:は|も)(?:行われ|予定されて)(?:い)?ない"
    # ar: التقرير لا يتناول أي عقد شراء
    r"|لا (?:\w+ ){1,2}(?:اي|أي) (?:عقد|شراء|صفقة|مناقصة)")
#: Round 32b (r32b_reports32b): more closings of the same shape, read from set ah's texts that buy nothing and counted
#: on the other sets' last sentences first (no positive matches; a vendor sheet's "no customer is named" is labelled
#: a positive in set af, so it stays out): the text "does not concern / mention / deal with" any purchase (en aa, ac,
#: ae, ah; es/pt "no se refiere a ninguna compra", "no menciona contratos", "não trata de compras" ae, ah), a purchase
#: "was not voted / approved / recorded" (not "no new purchase is requested": a use policy of devices in service, round
#: 19) (aa, ab, ad, ae, ag, v, ah), "no hay / no existe / no habrá contratación"
#: (ad, ae, ag, i, s, ah), id "tidak / belum ada kontrak / anggaran" (ac, ad, ae, h, j, r, u, x, ah), and, in set ah
#: only so far, the passive "purchases are not treated / put to the vote" in de, pl "nie dotyczy nowych zakupów", ja
#: 調達には触れていない, ko 예산 편성은 논의되지 않았다, ar دون الإشارة إلى عقد, zh 未涉及预算 (the budget beside 采购).
_NOUN_R32B = (r"(?:procurements?|purchases?|purchasing|contracts?|deals?|budgets?|acquisitions?|tenders?|orders?"
              r"|spending)")
_CLOSING_R32B = re.compile(
    r"(?<![^\W\d_])(?:does|do|did) not (?:concern|address|cover|deal with|discuss|involve|examine|relate to|mention"
    r"|cite|refer to) (?:any |a |the )?(?:new |pending |specific |single |particular |planned )?(?:[\w-]+ )?"
    + _NOUN_R32B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])no (?:new |further )?(?:purchases?|procurements?|contracts?|budgets?|funding) (?:was|were|has been"
    r"|had been|is|are) (?:voted|approved|recorded|tabled|decided)(?![^\W\d_])"
    # es, pt
    r"|(?<![^\W\d_])no (?:hay|existe|habra) (?:ningun[ao]? )?(?:nuev[oa]s? )?(?:contrat\w*|compras?|adquisicion\w*"
    r"|licitacion\w*)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:no|nao) (?:trata|aborda|menciona|se refiere a|refere|se ocupa) (?:de |a )?(?:ningun[ao]? "
    r"|nenhum[a]? |nuev[oa]s |nov[oa]s )?(?:compras?|contrat\w*|adquisic\w*|licitac\w*)(?![^\W\d_])"
    # de, pl
    r"|(?<![^\W\d_])(?:beschaffung\w*|anschaffung\w*|auftrage?|vergaben?|kaufe?) (?:wird|werden|wurde|wurden|stand"
    r"|standen|steht|stehen) nicht (?:behandelt|thematisiert|erortert|besprochen|beschlossen|zur abstimmung"
    r"|zur debatte|zur entscheidung)(?![^\W\d_])"
    r"|(?<![^\W\d_])nie dotyczy (?:nowych |zadnych |konkretnych )?(?:zakup\w*|zamowien\w*|przetarg\w*|umow)"
    # ja, zh, ar, ko, id
    r"|(?:调达|购入|预算)(?:に|には|は|について)?(?:触れて|言及して|含まれて)(?:い)?ない"
    r"|(?:不|未|并未|没有)(?:涉及|讨论|触及)(?:任何|具体|新的|新增)?的?(?:政府)?(?:预算|合同)"
    r"|دون (?:ال)?اشار[ةه] الى (?:اي )?(?:عقد|عقود|صفق|مناقص|شراء)"
    r"|(?:예산|구매|조달|계약)(?: 편성| 배정| 집행)?[은는이가]? (?:논의|언급|검토)되지 않"
    r"|(?<![^\W\d_])(?:belum|tidak) ada (?:keputusan )?(?:anggaran|pengadaan|kontrak|pembelian)(?![^\W\d_])")
#: Round 33 (r33_reports33): a hearing, debate or committee item that ends with nothing decided - "No bill passed.", "no
#: decision was taken.", "the item was referred back to committee without a vote", "tabled the item without a vote"
#: (last sentences of sets ae, ag, ah: 5 texts, none positive; not a sentence that also approves, awards or adopts).
_CLOSING_R33 = re.compile(
    r"(?<![^\W\d_])(?:no (?:bills?|motions?|resolutions?|ordinances?|votes?|decisions?)"
    r" (?:was |were |has been |have been )?(?:passed|taken|held|adopted|made|reached)"
    r"|without (?:a |any )?(?:vote|decision)|tabled (?:the|this) (?:item|proposal|motion|matter))(?![^\W\d_])")
#: Round 33b (r33b_reports33b): the same closing shapes in more languages and wordings, read from set ai's texts that
#: buy nothing (hearings, regulators' opinions, studies and analyst notes ending "Aucun achat public n'est concerné",
#: "hakuna ununuzi ulioidhinishwa", "Walang pagbili na inaprubahan", "It discusses no contract", 暂不启动采购) and
#: counted on every development set's last sentences before coding (figures in the commit message): a purchase noun
#: that the closing says is not concerned, approved, decided, recommended or indicated; a report that makes
#: recommendations only; a vote that did not take place (es/pt, beside `_CLOSING_R33`); a trial that ended without a
#: purchase (negated notices of sets ah, ai, u, v).
_NOUN_R33B = (r"(?:compras?|contrat\w*|adquisic\w*|aquisic\w*|licitac\w*|achats?|marches?|acquisitions?|commandes?"
              r"|procurements?|purchases?|contracts?|deals?|tenders?)")
_CLOSING_R33B = re.compile(
    # en: "it discusses no contract", "it makes recommendations only", "mentions no purchase"
    r"(?<![^\W\d_])(?:discuss(?:es|ed)?|mentions?|mentioned|cites?|cited|concerns?|concerned|involves?|involved"
    r"|proposes?|proposed|approves?|approved) no (?:new |specific |particular )?" + _NOUN_R33B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:makes|made|offers|offered|contains|issues|issued) (?:non-binding )?recommendations only"
    r"(?![^\W\d_])"
    # en: "the trial ended without a purchase", "ended a trial of X glasses without buying any"
    r"|(?<![^\W\d_])(?:ended|ends|closed|concluded|finished)(?: [^.;]{0,80}?)? without (?:a |any )?(?:purchase|buying"
    r"|procurement|contract)(?![^\W\d_])"
    # es/pt: "el estudio no recomienda nuevas compras", "sin indicar nuevas compras", "não trata de novas aquisições"
    r"|(?<![^\W\d_])(?:no|nao) (?:recomienda|recomenda|propone|propoe|preve|contempla|incluye|inclui|indica|trata de"
    r"|aborda|menciona) (?:ningun[ao]? |nenhum[a]? |nuev[oa]s? |nov[oa]s? |otr[oa]s? )?" + _NOUN_R33B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:sin|sem|sans) (?:indicar|mencionar|citar|referir|proponer|propor|recomendar|anunciar|prever"
    r"|viser|annoncer|mentionner|prevoir|evoquer) (?:de |d['’]|aucun[e]? |ningun[ao]? |nenhum[a]? )?"
    r"(?:nuev[oa]s? |nov[oa]s? |nouvel(?:le)?s? |nouveaux? )?" + _NOUN_R33B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:no hubo|nao houve|sin|sem) (?:votacion|votacao)(?![^\W\d_])"
    # fr: "aucun achat public n'est concerné", "aucun marché n'a été signé"
    r"|(?<![^\W\d_])aucun(?:e)? (?:[\w-]+ ){0,2}?" + _NOUN_R33B + r" (?:[\w-]+ )?n['’](?:est|a ete|sont|ont ete|etait"
    r"|etaient) (?:concerne|vise|prevu|annonce|signe|passe|engage|decide|vote|approuve)e?s?(?![^\W\d_])"
    # el: "δεν αφορά συγκεκριμένη προμήθεια"; fi: "päätöstä hankinnasta ei tehty"; ru: "а не закупки", "не касается
    # закупок"
    r"|(?<![^\W\d_])δεν (?:αφορα|αφορουν|εγκριθηκε|αποφασιστηκε|περιλαμβανει) (?:[^\W\d_]+ )?"
    r"(?:προμηθει|αγορ|συμβασ)\w*"
    r"|(?<![^\W\d_])(?:paatost\w* )?hankin\w* ei (?:tehty|paatetty|hyvaksytty|kasitelty)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:а не|не касается|не касаются|не затрагивает) (?:[^\W\d_]+ )?закуп\w*"
    # sw, tl, ms/id, ha: "hakuna ununuzi ulioidhinishwa", "walang pagbili na inaprubahan", "tidak menyentuh mana-mana
    # perolehan", "ba ta amince da sayen komai ba"
    r"|(?<![^\W\d_])hakuna (?:ununuzi|manunuzi|mkataba|zabuni)(?![^\W\d_])"
    r"|(?<![^\W\d_])walang (?:pagbili|kontrata|bidding|kasunduan)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:tidak|tiada) (?:menyentuh|melibatkan|membincangkan|menyebut|membahas) (?:mana-mana |sebarang "
    r"|apa-apa |satu pun )?(?:perolehan|pembelian|kontrak|pengadaan)(?![^\W\d_])"
    r"|(?<![^\W\d_])ba (?:ta|su|a|mu) amince da (?:sayen|siyan)(?![^\W\d_])"
    # fa, ar, ka, hy: "مصوبه‌ای برای خرید صادر نشد", "التقرير لا يتناول عقداً", "შესყიდვას არ ეხება",
    # "գնման որոշում չկայացրեց"
    r"|برای (?:خرید|قرارداد)[^.،]{0,20}?(?:صادر|تصویب|امضا) نشد"
    r"|لا (?:يتناول|يتعلق ب|يشمل|يخص) (?:اي |أي )?(?:عقد|صفق|مناقص|شراء)"
    r"|შესყიდვ\w* არ (?:ეხება|განხილულა)"
    r"|գնման (?:որոշում|պայմանագիր) չ\w+"
    # zh, ja: 暂不启动采购, 本次会议未有决定任何采购, 记者未获得具体合同信息, 特定の调达は対象外
    r"|(?:暂不|暂未|未有|不会)(?:启动|决定|进行|作出|开展)(?:任何|新的|新增)?采购"
    r"|未(?:获得|取得|掌握)(?:具体|任何)?(?:合同|采购)(?:信息|资料)"
    r"|调达(?:は|も)?対象外")
#: Round 34b (tags34b): the closing "the report does not concern a new purchase" (en ac, es ae: `_CLOSING_R32B`) in
#: the wordings of set aj's reports: es/pt "el informe no corresponde a una nueva compra", nl "het rapport gaat niet
#: over een nieuwe aanschaf", fr "sans viser un marché particulier" (with an article; `_CLOSING_R33B` reads "sans
#: viser aucun"). Counted on every development set's last sentences: 3 texts, all labelled `surveillance_report`,
#: none positive.
_NL_NOUN_R34B = r"(?:aanschaf\w*|aankoop\w*|aanbested\w*|inkoop\w*|contract\w*|opdracht\w*)"
_CLOSING_R34B = re.compile(
    r"(?<![^\W\d_])(?:no|nao) (?:corresponde|responde|se relaciona|esta relacionad[oa]|tiene relacion|tem relacao)"
    r" (?:a|con|com) (?:un[ao]? |uma |ningun[ao]? |nenhum[a]? |alguna |alguma )?(?:nuev[oa]s? |nov[oa]s? )?"
    + _NOUN_R33B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:gaat|ging|gaan) niet over (?:een |de |enige )?(?:nieuwe )?" + _NL_NOUN_R34B + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])sans (?:viser|annoncer|mentionner|prevoir|evoquer|concerner) (?:un |une )"
    r"(?:nouvel(?:le)? |nouveau )?" + _NOUN_R33B + r"(?![^\W\d_])")
_DECIDED = re.compile(r"(?<![^\W\d_])(?:approv|award|adopt|purchas|bought|sign|accept)")
#: Where the body's last sentence starts: after the last sentence end before its closing stop.
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
#: A contrast in the closing sentence says what is done instead ("die Anlagen werden nicht beschafft, sondern
#: gemietet", "not bought but leased"): a purchase of another kind, not nothing bought.
_CONTRAST = re.compile(r"(?<![^\W\d_])(?:sondern|but (?:rather |are |is |will be )?(?:leased|rented|hired)|instead"
                       r"|sino que|mas sim|mais (?:plutot|lou)|en cambio|maar (?:gehuurd|geleasd))"
                       r"(?![^\W\d_])")
#: How much of the end of the text is read (a closing sentence is short).
_TAIL = 320


def closes_nothing_bought(folded: str, headline_end: int) -> bool:
    """Does the body's last sentence (after the headline line) say that nothing is bought (`_CLOSING`)?"""
    stop = len(folded.rstrip())
    while stop > headline_end and folded[stop - 1] in ".!?。！？\"'”’»」』)":
        stop -= 1
    lo = max(headline_end + 1, stop - _TAIL)
    if stop <= lo:
        return False
    start = lo
    for m in _SENTENCE_END.finditer(folded, lo, stop):
        start = m.end()
    if start == lo and lo > headline_end + 1:
        return False  # a closing sentence longer than the tail read: no closing statement
    sentence = folded[start:stop].strip()
    return (_CLOSING.search(sentence) is not None or _CLOSING_R32B.search(sentence) is not None
            or (_CLOSING_R33.search(sentence) is not None and _DECIDED.search(sentence) is None)
            or _CLOSING_R33B.search(sentence) is not None or _CLOSING_R34B.search(sentence) is not None
            or short_closing_buys_nothing(sentence) or closing_buys_nothing(sentence)
            or closing_concerns_no_purchase(sentence)) \
        and _CONTRAST.search(sentence) is None
