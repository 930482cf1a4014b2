"""Round 28: a relative clause after a cue that says the thing was dropped ("… had offered the city a face-recognition
module based on software from a Chinese vendor, which the secretary said had been rejected"; "qualquer funcionalidade
de reconhecimento facial, cuja inclusão chegou a ser cogitada em 2024 e foi abandonada"; "…, que fue descartado";
"…, qui a été abandonnée"; "…, die gestrichen wurde"; "…, che è stato scartato").

Why: `negation._WHICH_NOT` reads "…, which we no longer sell" (a verb of use or sale negated); a clause that reports the
thing itself rejected, abandoned, removed or withdrawn takes it back the same way, in every language the negation
reads. The relative pronoun may follow a few words that still describe the cue ("module based on software from a
Chinese vendor"), never over another comma or a sentence break; what stands between the pronoun and the verb is one
short phrase ("the secretary said", "chegou a ser cogitada em 2024 e"). Patterns are written folded (no accents).
"""
from __future__ import annotations

import re

from enrich.classify.patterns import fold_pattern

_LEAD = r"[^,.;:!?\n]{0,60}?,\s*"  # the rest of the cue's noun phrase, then the comma that opens the relative clause
_GAP = r"(?:[^,.;:!?\n]{0,45}?\s+)?"  # "the secretary said", "chegou a ser cogitada em 2024 e"

TAKEN_BACK = re.compile(
    _LEAD + r"(?:"
    r"(?:which|that)\s+" + _GAP + r"(?:had been|has been|have been|was|were)\s+(?:later\s+|eventually\s+|since\s+)?"
    r"(?:rejected|dropped|abandoned|removed|withdrawn|scrapped|shelved|deleted|struck out|cancell?ed|ruled out)\b"
    r"|(?:que|cuya|cuyo|el cual|la cual|lo cual)\s+" + _GAP + r"(?:fue|fueron|ha sido|habia sido|han sido)\s+"
    r"(?:descartad|rechazad|retirad|abandonad|eliminad|cancelad|desechad)[oa]s?\b"
    r"|(?:que|cuja|cujo|o qual|a qual)\s+" + _GAP + r"(?:foi|foram|tinha sido|havia sido)\s+"
    r"(?:abandonad|descartad|rejeitad|retirad|cancelad|vetad|excluid|removid)[oa]s?\b"
    r"|(?:qui|dont|que)\s+" + _GAP + r"(?:a ete|ont ete|avait ete|avaient ete)\s+"
    r"(?:abandonne|rejete|retire|ecarte|supprime|annule|exclu)e?s?\b"
    r"|(?:die|das|der|deren|dessen)\s+" + _GAP + r"(?:gestrichen|verworfen|abgelehnt|aufgegeben|zuruckgezogen"
    r"|herausgenommen)\s+(?:wurde|wurden|worden)\b"
    r"|(?:che|il cui|la cui|il quale|la quale)\s+" + _GAP + r"(?:e stat[oa]|sono stat[ie]|era stat[oa])\s+"
    r"(?:scartat|respint|ritirat|abbandonat|eliminat|esclus)[oaie]\b)")

#: The clause right after the cue's own, opening with an anaphor of a function or item and saying it was removed
#: ("… classifica pessoas por cor e etnia; o item foi retirado e o contrato mantém apenas 2.000 câmeras", "… and race
#: estimation. That feature was later removed"): the cue must be the last one before the break, but for cues of its own
#: noun phrase ("… حسب الجنسية والملامح العرقية، وقد ألغي هذا البند": the caller checks). Round 29: the break may be an
#: Arabic comma or semicolon or a CJK one (،؛。；，), and the verb-first Arabic, the Chinese, Japanese, Korean, Russian,
#: Polish, Dutch and Turkish shapes of "this item was removed" read too. Group "brk" is the break.
_AR_VERB = (r"(?:[وف]?(?:تم|جرى)\s+(?:الغاء|حذف|استبعاد|سحب|شطب)|[وف]?(?:الغي|الغيت|حذف|حذفت|استبعد|استبعدت|سحب|سحبت"
            r"|شطب|شطبت))")
_AR_ITEM = r"(?:هذا|هذه|ذلك|تلك)\s+(?:البند|الميزة|الخاصية|الوظيفة|المكون|الوحدة|الخيار|الشرط|المتطلب|الجزء)"
_OTHER_SCRIPTS = fold_pattern(
    r"(?:[وف]?(?:قد|لقد|ثم|لكن)\s+)?" + _AR_VERB + r"\s+" + _AR_ITEM + r"(?![\u0621-\u064a])"
    r"|[وف]?(?:لكن\s+)?" + _AR_ITEM + r"\s+(?:قد\s+)?" + _AR_VERB + r"(?![\u0621-\u064a])"
    r"|(?:该|此|这)(?:项|个|条)?(?:功能|模块|要求|条款|选项|内容|部分|子项|需求|项|条)(?:后|随后|后来|最终|则)?(?:已经?|均)?"
    r"(?:被|予以)?(?:取消|删除|删去|剔除|撤销|移除|去除|撤回)"
    r"|(?:この|当該|同|本)(?:機能|項目|条項|要件|オプション|モジュール)(?:は|が)?(?:その後|後に)?、?(?:削除|撤回|除外|取り消|取消)"
    r"|(?:해당|이|그)\s*(?:기능|항목|조항|요건|옵션|모듈)(?:은|는|이|가)?\s*(?:이후\s*|나중에\s*)?(?:삭제|철회|제외|취소)"
    r"|(?:эта|этот|это|данная|данный|данное|указанная|указанный|указанное)\s+(?:функция|пункт|позиция|опция|модуль"
    r"|требование|компонент)\s+(?:(?:был|была|было|были|позднее|затем|впоследствии)\s+)*(?:исключен|удален|отменен|снят"
    r"|изъят|вычеркнут)"
    r"|(?:ta|ten|to|tę)\s+(?:funkcja|pozycja|opcja|moduł|wymóg|element|punkt)\s+(?:została|został|zostało)\s+"
    r"(?:później\s+)?(?:usunięt|wykreślon|wycofan|skreślon|wyłączon)"
    r"|(?:deze|die|dit|dat)\s+(?:functie|optie|module|component|eis|onderdeel|post)\s+(?:werd|is|was)\s+(?:later\s+)?"
    r"(?:geschrapt|verwijderd|ingetrokken|uitgesloten|geannuleerd)"
    r"|bu\s+(?:madde|özellik|işlev|modül|kalem|gereklilik|seçenek)\s+(?:(?:daha sonra|sonradan|ise)\s+)?"
    r"(?:iptal edil|çıkarıl|kaldırıl)"
    # a lot of a multi-lot notice that failed or was cancelled ("包4：…电子围栏12套。本包因投标人不足三家，废标")
    r"|(?:本|该|此)(?:包|标段|分包|子包)[^。；\n]{0,15}?(?:废标|流标|取消|终止|作废)"
    r"|(?:this|the|that) lot (?:was|has been|is) (?:cancell?ed|void|withdrawn|not awarded|unsuccessful)"
    r"|(?:este|dicho|el) lote (?:fue|ha sido|quedó|se declaró|se declara) (?:declarado )?(?:desierto|cancelado|anulado)"
    r"|(?:este|o) lote (?:foi|restou) (?:declarado )?(?:deserto|cancelado|anulado|fracassado)"
    r"|(?:ce|le) lot (?:a été|est) (?:déclaré )?(?:infructueux|annulé|sans suite)"
    r"|(?:dieses|das) los wurde (?:aufgehoben|nicht vergeben)")
NEXT_CLAUSE_BACK = re.compile(
    r"[^.;:!?\n؛。]{0,60}?(?P<brk>[;.،؛。])\s*(?:"
    r"(?:the|this|that|such) (?:item|function|feature|component|module|option|functionality|capability|requirement)"
    r"|(?:o|este|esse|tal|a|esta|essa) (?:item|funcao|funcionalidade|componente|modulo|requisito|opcao)"
    r"|(?:el|este|ese|dicho|la|esta|esa|dicha) (?:item|funcion|funcionalidad|componente|modulo|requisito|opcion)"
    r"|(?:cette|la|le|ce) (?:fonction|fonctionnalite|option|module|composante|exigence)"
    r"|(?:diese|die|das|dieses|dieser) (?:funktion|option|modul|komponente|anforderung)"
    r"|(?:questa|tale|la|il) (?:funzione|funzionalita|opzione|modulo|componente))"
    r"\s+(?:was|were|has been|had been|is|foi|fue|ha sido|a ete|wurde|ist|e stat[oa])\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:removed|withdrawn|dropped|deleted|struck|excluded|cancell?ed|scrapped|retirad[oa]|excluid[oa]|eliminad[oa]"
    r"|suprimid[oa]|removid[oa]|retiree?|supprimee?|exclue?|abandonnee?|gestrichen|entfernt|rimoss[oa]|eliminat[oa]"
    r"|stralciat[oa])\b"
    r"|[^.;:!?\n؛。]{0,60}?(?P<brk2>[;.،؛。,])\s*(?:" + _OTHER_SCRIPTS + r")")

#: A relative clause right after the cue (with or without its comma, after at most a head noun: "…, opción que no fue
#: ejercida", "an option which was never exercised") that says the thing was never bought: an option not exercised, an
#: item not purchased or acquired. Not "never installed / activated / delivered": what was paid for and left idle was
#: bought (an audit of unused licences).
NEVER_DONE = re.compile(
    r"(?:[^,.;:!?\n]{0,45}?,\s*|\s+)(?:(?:an?|the|una?|la|el|uma?)\s+)?(?:(?:option|opcion|opcao|clause|clausula)\s+)?(?:"
    r"(?:which|that)\s+" + _GAP + r"(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:exercised|bought"
    r"|purchased|acquired|procured|taken up)\b"
    r"|(?:que|cuya|cuyo)\s+" + _GAP + r"(?:no|nunca)\s+(?:(?:fue|fueron|ha sido|han sido)\s+"
    r"(?:ejercid|adquirid|comprad|contratad)[oa]s?|se\s+(?:ejercio|adquirio|adquirieron|compro|compraron|contrato))\b"
    r"|(?:que|cuja|cujo)\s+" + _GAP + r"(?:nao|nunca)\s+(?:foi|foram|chegou a ser|chegaram a ser)\s+(?:exercid"
    r"|adquirid|comprad|contratad)[oa]s?\b"
    r"|(?:qui|dont)\s+" + _GAP + r"n['’](?:a|ont)\s+(?:pas|jamais)\s+ete\s+(?:exerce|achete|acquis)e?s?\b)")

#: Round 29: an audit's or report's item that was never carried out and never paid for ("функция «определение
#: национальности», указанная в техническом задании, не была реализована …; оплата по ней не производилась",
#: "기능 … 과업지시서에 포함되어 있었으나 … 구현되지 않았고 대금도 지급되지 않았다", "The … upgrade … was not
#: delivered; the contract was terminated and no payments were made"): both must be said, the first after the cue in
#: its sentence (no other cue between but its own noun phrase's), the second in that sentence or the next. Not "not
#: delivered" alone: what was paid for and left idle or late was bought.
NOT_REALISED = re.compile(fold_pattern(
    r"(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:delivered|implemented|realised|realized|built|deployed"
    r"|supplied|carried out|put in place)\b"
    r"|не\s+(?:был[аио]?\s+|были\s+)?(?:реализован|внедрен|поставлен|выполнен|введен)"
    r"|(?:구현|도입|납품|설치|구축)되지\s*않"
    r"|no\s+(?:fue|fueron|ha sido|han sido|se)\s+(?:implementad|ejecutad|suministrad|entregad|instalad|implement[oó]"
    r"|ejecut[oó]|entreg[oó])"
    r"|n[aã]o\s+(?:foi|foram|chegou a ser)\s+(?:implementad|executad|entregue|fornecid|instalad)"
    r"|n['’](?:a|ont)\s+(?:pas|jamais)\s+[ée]t[ée]\s+(?:mis[e]?s?\s+en\s+(?:œ|oe)uvre|livr[ée]|r[ée]alis[ée]|install[ée])"
    r"|wurden?\s+(?:nie\s+|nicht\s+)(?:umgesetzt|geliefert|realisiert|implementiert|installiert)"
    r"|(?:未|没有|并未)(?:实施|实现|建设|交付|供货|部署|上线)"))
NOT_PAID = re.compile(fold_pattern(
    r"no\s+payments?\s+(?:was|were|has been|have been|had been)\s+made|(?:was|were|has|have)\s+not\s+(?:been\s+)?paid"
    r"|without\s+(?:any\s+)?payment|nothing\s+(?:was|has been)\s+paid"
    r"|оплат[аы]?\s+(?:по\s+\S+\s+)?не\s+(?:производилась|произведена|осуществлялась|проводилась)|не\s+(?:был[аио]?\s+)?оплачен"
    r"|(?:대금|비용|금액)[도은이]?\s*지급되지\s*않"
    r"|no\s+se\s+(?:pag[oó]|realizaron\s+pagos|efectu[oó]\s+(?:ning[uú]n\s+)?pago)|sin\s+(?:ning[uú]n\s+)?pago"
    r"|n[aã]o\s+(?:houve|foi\s+feito)\s+(?:nenhum\s+)?pagamento|nenhum\s+pagamento|sem\s+pagamento"
    r"|aucun\s+paiement|n['’]a\s+pas\s+[ée]t[ée]\s+pay[ée]"
    r"|keine\s+(?:zahlung|bezahlung|verg[uü]tung)|nicht\s+(?:bezahlt|verg[uü]tet)"
    r"|(?:未|没有|并未)(?:支付|付款|结算)"))
#: Cheap pre-filter for NOT_REALISED (folded).
NOT_REALISED_HINTS = ("not", "never", "не ", "되지", "no ", "nao", "n'", "n’", "nicht", "nie ", "未", "没有")

#: Round 29: minutes that only receive a report or presentation on a technology, and take no action on it ("received
#: the quarterly report on the … body-worn camera programme (no action)", "A presentation by the Police Chief on the
#: department's existing body-worn camera programme was received and filed; no action was requested", "Presentation
#: on the ALPR pilot (no action)"): nothing is bought. The report word opens the cue's sentence (at most 120 characters
#: before it); "no action" follows in that sentence or the next. Not "received and filed" alone: board letters so
#: filed report renewals and purchases.
REPORT_ON = re.compile(r"(?:^|\s)(?:(?:quarterly|annual|monthly|status|informational|staff|progress)\s+)?"
                       r"(?:report|presentation|update|briefing)\b[^.;:!?\n]{0,80}?\b(?:on|about|regarding|concerning)\s"
                       r"(?![^.;!?\n]{0,120}\b(?:contract|purchase|renewal|award|approv\w*|authoriz\w*|authoris\w*)\b)")
NO_ACTION = re.compile(r"\(no action\)|\bno action (?:was |is |has been )?(?:requested|taken|required|needed)\b")
