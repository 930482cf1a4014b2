"""A sum a notice says was spent, even though the notice also withdraws, rejects or drops something.

Why (round 24, set y): news items often report a rejected or dropped plan *and* what the body bought instead -
"Cebu City Council rejected a proposal … and instead approved ₱240 million for traffic signals", "Winnipeg Police
Service said it will buy 560 body-worn cameras for C$5.8 million but has dropped any plan to run facial
recognition", "…; instead they spent ISK 18 million on shelving", "Københavns Kommune har købt 60 scannere … for
180.000 kroner". `classify_notice` reads such notices as "withdrawn", and every sum of a withdrawn notice used to be
set aside (`never_spent`), with the body that bought demoted to `mentioned`.

A sum counts as spent only when its own clause (the sentence cut at ";", "but", "while", "instead", ", saying" …)
says so with an acquisition verb (approved, spent, bought, awarded, signed, will buy; adjudicó, suscribió, comprou,
a acheté, gekauft, har købt, закупило …) and carries no negation or refusal ("declined to approve", "denied that it
had bought", "rejected … and spent … instead", "abgelehnt", "negó"): the body's refusal and its purchase must be
in different clauses.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# Where a sentence ends: ". " before a capital or a digit, "!", "?", a line break (never "Mio. für", "Rs. 80").
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[\"“'(]?[A-ZÀ-ÞА-ЯЁ0-9])|[!?。](?=\s)|\n")
# Where a clause ends inside a sentence: a semicolon, a dash, or a conjunction that turns to another fact.
_CLAUSE_BREAK = re.compile(
    r";|[ \t][—–][ \t]|,?[ \t]+(?:but|while|whereas|instead|and[ \t]+instead|and[ \t]+rather|saying|although)\b"
    # r38b_money: a second reported fact ("said it had not signed any contract with X and that the cameras were
    # installed by Y for N 1.2 billion"; set an)
    r"|[ \t]+and[ \t]+that\b"
    r"|,?[ \t]+(?:pero|mientras|en[ \t]+cambio|mas|enquanto|em[ \t]+vez[ \t]+disso|mais|tandis[ \t]+que|aber|während"
    r"|jedoch|ma|mentre|maar|terwijl|men|mens|dok|ali|но|а[ \t]+вместо)\b"
    # round 26: a time clause after a comma tells what happened before ("will spend $2 m on locks, after the board
    # declined scanners"; ", después de que", ", après que", ", nachdem", ", dopo che", ", nadat")
    r"|,[ \t]*(?:after|después[ \t]+de|depois[ \t]+de|après|nachdem|dopo|nadat)\b"
    # round 28: a relative clause that negates a capability of what was bought, not the purchase ("bought 40 radar
    # counters ($180,000) that do not read plates", "…, which does not identify subscribers")
    r"|,?[ \t]+(?:that|which)[ \t]+(?:(?:do|does|did|will|would|can|could)(?:[ \t]+not\b|n't\b)|cannot\b)",
    re.IGNORECASE)
# An acquisition stated as done or decided (the subject's own clause).
SPENT = re.compile(
    r"\b(?:approved|approves|spent|spends|(?:is|are|was|were)[ \t]+spending|will[ \t]+(?:spend|buy|purchase|pay)"
    r"|bought|buys|purchased|purchases|awarded|awards|signed|signs|allocated|allocates|requests?[ \t]+approval"
    r"|contracted"  # round 27: an audit's "DAWASA contracted X Ltd for 120,000 meters at TSh 46 billion"
    # round 26: a contract or purchase that goes on ("the £640,000 sensor contract will go ahead", "la compra sigue
    # adelante", "o contrato segue adiante", "le marché se poursuit", "der Auftrag wird fortgesetzt")
    r"|(?:will[ \t]+)?go(?:es)?[ \t]+ahead|sigue[ \t]+adelante|seguirá[ \t]+adelante|segue[ \t]+adiante"
    r"|se[ \t]+poursuit|wird[ \t]+fortgesetzt|va[ \t]+avanti|gaat[ \t]+door"
    r"|adjudicó|adjudico|compró|compro|adquirió|adquirio|contrató|suscribió|suscribio|firmó|aprobó|invirtió|destinó"
    r"|adjudicou|comprou|adquiriu|contratou|assinou|aprovou|investiu"
    r"|a[ \t]+(?:acheté|acquis|attribué|signé|approuvé|investi|commandé)"
    r"|(?:hat|haben)[ \t]+(?:\S+[ \t]+){0,8}?(?:gekauft|beschafft|vergeben|bewilligt|genehmigt|bestellt)"
    # (an adverb may stand between: "ha invece approvato", "ha poi acquistato", round 27)
    r"|ha[ \t]+(?:\S+[ \t]+){0,2}?(?:acquistato|aggiudicato|approvato|stanziato|firmato)"
    r"|heeft[ \t]+(?:\S+[ \t]+){0,8}?gekocht|kocht"
    r"|(?:har|hefur)[ \t]+(?:købt|kjøpt|köpt|keypt|bevilget|bevilgat)|købte|kjøpte|köpte|keypti"
    r"|nabavio|nabavila|nabavilo|kupio|kupila|kupilo|uvodi|uvela|uveo|potpisao|potpisala|potpisalo"
    r"|закупил[аио]?|приобрел[аио]?|приобрёл|потратил[аио]?|заключил[аио]?"
    # round 28: "renewed Safe City maintenance with X for 240 billion soums", "the akimat paid 420 million tenge",
    # "introduced a rider points system (KSh 18 million)", "installed 18 noise sensors for …"
    # ("paid for new radios" is what a sum went to, in a denial of another purchase: not a payment by the body)
    r"|renewed|renews|extended|extends|paid(?![ \t]+for)|pays(?![ \t]+for)|introduced|introduces|installed|installs"
    r"|deployed|deploys"
    # round 28: what a body buys *only* after dropping a module, or what goes on as before ("bought only 40
    # cameras", "nakoupí pouze 40 kamer", "yalnızca bakımı … yapılacak", "se mantienen las 48 cámaras")
    # ("the only purchase was …" in a denial names what else was bought: not this family)
    # (r42_money: not a compound's "-only", "Dahua-only specification")
    r"|(?<!the[ \t])(?<!-)only|solo|sólo|solamente|únicamente|apenas|somente|seulement|uniquement|nur|soltanto|alleen"
    r"|pouze|jen|jenom|tylko|yalnızca|yalnizca|sadece|только|endast|kun|se[ \t]+mantiene[n]?|se[ \t]+mantendrá[n]?"
    # cs/sk and tr purchase verbs ("nakoupí 40 kamer", "satın aldı")
    r"|nakoupí|nakoupil[aoi]?|koupí|koupil[aoi]?|pořídí|pořídil[aoi]?|zakoupí|zakoupil[aoi]?|kúpi|kúpil[aoi]?"
    r"|satın[ \t]+(?:aldı|alacak|alındı|alınacak))\b"
    # scripts without word spaces: 仅采购 / 僅採購 (only buys), 照常实施 (goes on as planned), 更新のみ実施 (only the
    # renewal is carried out)
    r"|(?:僅|仅|只)(?:採購|采购|購買|购买|購置|购置|实施|實施)|照常实施|照常實施|继续实施|繼續實施|のみ(?:実施|購入|導入|調達|更新)"
    r"|のみを(?:実施|購入|導入|調達|更新)", re.IGNORECASE)
# A refusal, a denial or a negation in the same clause: the sum was not spent there.
_REFUSED = re.compile(
    r"\b(?:not|no|never|none|nothing|denied|denies|deny|rejected|rejects|declined|declines|decline|refused"
    r"|cancell?ed|withdr[ae]w\w*|scrapped|shelved|tabled|removed|failed|dropped|halted|blocked|vetoed"
    r"|won't|didn't|doesn't|isn't|wasn't"
    r"|no|nunca|negó|nego|rechazó|canceló|anuló|não|nunca|negou|rejeitou|cancelou|ne|pas|jamais|rejeté|annulé"
    r"|nicht|kein\w*|nie|abgelehnt|gestoppt|non|respinto|annullato|niet|geen|afgewezen|ikke|inte|ekki|ikkje"
    r"|nije|nisu|odbijen\w*|не|нет|отказал\w*|отклонил\w*)\b", re.IGNORECASE)

# A relative clause after the sum describes what was bought; its negation is no refusal ("… ($180,000) that do not
# read plates", "… por 2 millones, que no identifican rostros", "… qui ne lisent pas les plaques").
_RELATIVE_AFTER = re.compile(r"(?:\)|\d(?:[ \t]+[^\W\d_]{1,9}(?:[ \t]+de[ \t]+[^\W\d_]{1,9})?)?)[ \t]*,?[ \t]+"
                             r"(?:that|which|que|qui|che)[ \t]")


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around [start, end)."""
    sentence_start = 0
    for stop in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        sentence_start = stop.end()
    after = _SENTENCE_END.search(text, end)
    sentence = text[sentence_start:after.start() if after else len(text)]
    at = start - sentence_start
    clause_start, clause_end = 0, len(sentence)
    for brk in _CLAUSE_BREAK.finditer(sentence):
        if brk.end() <= at:
            clause_start = brk.end()
        elif brk.start() >= at + (end - start):
            clause_end = brk.start()
            break
    return sentence[clause_start:clause_end]


def stated_spent(text: str, amount: Any) -> bool:
    """Whether the clause of ``amount`` (an Amount with evidence offsets into ``text``) says it was spent."""
    evidence = getattr(amount, "evidence", None)
    if evidence is None:
        return False
    clause = _clause(text, evidence.start, evidence.end)
    relative = _RELATIVE_AFTER.search(clause, clause.find(text[evidence.start:evidence.end]) + 1)
    if relative:  # "bought 40 traffic counters ($180,000) that do not read plates": the relative describes the goods
        clause = clause[:relative.start()]
    return bool(SPENT.search(clause)) and not _REFUSED.search(clause)


def any_spent(text: str, amounts: Sequence[Any]) -> bool:
    """Whether any of ``amounts`` is stated as spent in its own clause (see the module doc)."""
    return any(stated_spent(text, a) for a in amounts)


def refused_at(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text`` around [start, end) refuses or negates ("declined to renew its contract with
    X", "ponuda NEC-a odbijena"): a supplier named there did not sell what the notice says was spent."""
    return bool(_REFUSED.search(_clause(text, start, end)))


def states_acquisition(words: str) -> bool:
    """Whether `words` (a headline, the start of a sentence) state an acquisition done or decided ("Kisumu buys
    CCTV", "bought 80 cameras for KSh 60 million after …"), whatever else they say."""
    return bool(SPENT.search(words))
