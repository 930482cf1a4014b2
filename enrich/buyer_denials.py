"""A body named in prose that denies, rejects or puts off a purchase is no buyer: it is `mentioned`.

Why: held-out notices (round 15) name a council or a police force as the subject of a sentence that says it bought
nothing - "Stockport Council has denied claims that …", "The Cebu City Council voted 9-7 against the proposed
purchase", "The Toronto Police Services Board deferred a decision on buying …", "A Prefeitura … suspendeu o
programa", "Toshkent shahar hokimligi … xabarlarni rad etdi", "Dubai Police said it has no contract with …", or a
council record that says "No purchase is associated with this item". The evaluation sets label no buyer there, and
a reporter must not read such a body as one that bought.

Only the sentence that names the body counts, and only when the denial follows the name (after an auxiliary, a
vote count or "said it"), or closes a verb-final sentence; a denied claim only where the notice states no price and
no surveillance capability (the body may have bought what the claim was about); a plan dropped or withdrawn (round 16:
"dropped", "voted to end", "declaró desierta", "a retiré", "απέσυρε") only where the notice states no price (one module
may be withdrawn while the purchase goes on); a sentence that also says the body
awarded, bought or signed something keeps it the buyer ("rejected the first bid and awarded the contract to …"). A
buyer read from a labelled field is never touched (enrich/__init__.py asks only for a buyer outside a field), and the
place read from the buyer's name stays the notice's place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from enrich.cache import table
from enrich.fastscan import Prefixed

# Right after the name (after an auxiliary, an adverb, a vote count or "said it"): a plan the body itself rejected,
# put off or called off - "voted 9-7 against", "deferred a decision", "shelved", "suspendeu", "said it has no contract".
# (r41_buyers: the aside may end in a state's abbreviation: "Lancaster Police Department, Pa., retired …")
_LEAD = (r"[ \t]*(?:,[^,.\n]{1,60}\.?,[ \t]*)?(?:(?:has|have|had|on [A-Z]\w+|today|formally|publicly|unanimously)"
         r"[ \t]+)*")
_PLAN_CALLED_OFF = re.compile(
    _LEAD + r"(?:deferred|defers|postponed|postpones|suspended|suspends|scrapped|scraps|shelved|shelves|cancell?ed"
    r"|cancels|refused|refuses|declined|declines|turned down|voted(?:[ \t]+\d+[-–]\d+)?[ \t]+(?:against|down|not to)"
    r"|said[ \t]+(?:it|they)[ \t]+(?:has|had|have|holds?|held)[ \t]+no[ \t]+(?:contract|agreement|plans?|deal)"
    r"|suspendió|suspendio|canceló|cancelo|aplazó|aplazo|descartó|descarto|suspendeu|cancelou|adiou|descartou"
    r"|a[ \t]+(?:suspendu|annulé|reporté|renoncé)|renonce|stoppt|verschiebt|ha[ \t]+(?:sospeso|annullato|rinviato)"
    r"|stopt[ \t]+met|stopte[ \t]+met|(?:heeft|hebben)[ \t]+(?:uitgesteld|geschrapt|afgeblazen|stopgezet)"  # nl
    r"|отказал[аио]?сь)\b")
# Right after the name: a claim or report the body denied - "has denied claims that", "dismissed rumours",
# "rejected reports", "desmintió", "a démenti". Such a body may still have bought what the claim was about ("denied
# that its camera expansion includes race detection"): it is read as no buyer only when the notice states no price.
_CLAIM_DENIED = re.compile(
    _LEAD + r"(?:denied|denies|dismissed|dismisses|rejected|rejects|rechazó|rechazo|negó|nego|desmintió|desmintio"
    r"|rejeitou|negou|desmentiu|a[ \t]+(?:rejeté|démenti|écarté)|dément|rejette|lehnt|dementiert"
    r"|ha[ \t]+(?:respinto|smentito)|smentisce|respinge|отклонил[аио]?|опроверг(?:ла|ло)?"
    r"|ontkent|ontkende|(?:heeft|hebben)[ \t]+(?:ontkend|afgewezen)|wijst[ \t]+(?:\w+[ \t]+)?af"  # nl (round 19)
    r"|odrzucił[aoy]?|zamítl[aoi]?|zamietol|zamietl[aoi]|odbacil[aoi]|odbacio|zavrnil[aoi]?)\b")  # pl cs sk hr sl
# Round 16: a plan dropped or withdrawn - only where the notice states no price (a body may drop one module, or one
# technology, and still buy: "retiró el módulo …; la compra sigue adelante por $ 2.300 millones").
_PLAN_DROPPED = re.compile(
    _LEAD + r"(?:dropped|withdrew|abandoned|halted|terminated|voted(?:[ \t]+\d+[-–]\d+)?[ \t]+to[ \t]+(?:end|scrap"
    r"|drop|cancel|halt|terminate|stop)|declaró[ \t]+desiert[ao]|declaro[ \t]+desiert[ao]|retiró|desistió|desistio"
    r"|abandonó|anuló|retirou|desistiu|abandonou|anulou|a[ \t]+(?:retiré|abandonné)|abandonne"
    r"|ha[ \t]+(?:ritirato|rinunciato)|heeft[ \t]+besloten[ \t]+geen|ziet[ \t]+af|απέσυρε|αποσύρει|ακύρωσε|noraidīja"
    r"|atsakās|atcēla|atteicās"
    # r41_buyers: a trial or a system the body ended or retired ("Lakewood Police Department ended a 90-day BriefCam
    # trial and will not buy the software", "X Sheriff's Office said it ended its Clearview AI trial", "X Police
    # Department retired its facial recognition and will not replace it"; sets an, ao, ap)
    r"|(?:said[ \t]+(?:it|they)[ \t]+)?(?:ended|ends|retired|retires|discontinued|discontinues|stopped|stops)[ \t]+"
    r"(?:its|their|a|the)[ \t]+[^.\n]{0,60}?(?:trial|pilot|test|use|subscription|programme|program|recognition"
    r"|software|system|tool|service|contract))\b")
# The denial closing a verb-final sentence: uz "rad etdi", tr "reddetti", kk "жоққа шығарды".
_DENIAL_FINAL = re.compile(r"(?:rad etdi|rad qildi|reddetti|yalanladı|жоққа шығарды|бас тартты)[ \t]*[.!]?[ \t]*$")
# The sentence also says the body bought something ("shelved a sensor plan but will spend …"): it stays the buyer.
_BOUGHT = re.compile(r"\b(?:but|will spend|awarded|approved the (?:purchase|contract)|bought|purchased|signed"
                     r"|contracted|adjudicó|compró|adquirió|contrató|firmó|adjudicou|comprou|adquiriu|contratou|assinou"
                     r"|a attribué|a acheté"
                     r"|vergab|vergeben|gekauft|beschafft)\b", re.IGNORECASE)
# A statement that nothing is bought, anywhere: "No purchase is associated with this item.", "No purchase will
# proceed."; round 17: "…; no new purchase is requested", "The report … involves no purchase", "no new purchases"
# (a title), "no implica ninguna compra", "n'implique aucun achat", "beinhaltet keine Beschaffung", 不涉及采购.
_NO_PURCHASE = re.compile(
    r"(?:^|[.!?;][ \t]+|\n)[Nn]o (?:new )?(?:purchase|procurement|contract)s? (?:is|are|was|were|will|has|have)\b"
    r"|\b(?:involves?|involved|entails?|includes?|included|requires?|there (?:is|was|will be))[ \t]+no[ \t]+"
    r"(?:new[ \t]+)?(?:purchases?|procurement|acquisitions?|spending)\b|[;:,–—-][ \t]+no new purchases?\b"
    r"|\bno (?:implica|incluye|supone|conlleva)[ \t]+(?:ninguna[ \t]+|nueva[ \t]+)?(?:compra|adquisición|contratación)"
    r"|\bnão (?:implica|inclui|envolve)[ \t]+(?:nenhuma[ \t]+|nova[ \t]+)?(?:compra|aquisição|contratação)"
    r"|\bn[’'](?:implique|inclut|entraîne)[ \t]+aucun(?:e)?[ \t]+(?:nouvel[ \t]+|nouvelle[ \t]+)?"
    r"(?:achat|acquisition|dépense)"
    r"|\b(?:umfasst|beinhaltet|bedeutet)[ \t]+keine[nr]?[ \t]+(?:neue[nr]?[ \t]+)?(?:Beschaffung|Kauf|Anschaffung)"
    r"|不涉及(?:任何|新的?|新增)?(?:采购|購買|购买|採購)"
    # r36b_buyers: a Korean or Japanese report that says it buys nothing ("구매 계획은 포함되지 않았다",
    # "購入の予定はない")
    r"|(?:구매|조달|도입)[ \t]?(?:계획|예정)?(?:은|는|이|가)?[ \t]?(?:포함되지[ \t]않|없)"
    r"|(?:購入|調達|導入)(?:の(?:予定|計画))?(?:は|も)(?:含まれ(?:ない|ていない|ず)|ない|ありません)"
    # ... and a sentence saying no contract was signed or no purchase is described ("Aucun contrat n'a été signé",
    # "Nenhuma contratação é descrita", "It does not commission any system", "The force had bought no new equipment")
    r"|(?:^|[.!?;][ \t]+|\n)Aucun(?:e)?[ \t]+(?:contrat|marché|achat|commande)[ \t]+n['’]a[ \t]+été[ \t]+"
    r"(?:signé|accordé|attribué|conclu|passé)"
    r"|(?:^|[.!?;][ \t]+|\n)(?:Nenhuma|Ninguna)[ \t]+(?:contratação|compra|aquisição|contratación|adquisición)[ \t]+"
    r"(?:é|foi|es|fue)[ \t]+(?:descrita|mencionada|relatada|descrita|mencionada|informada)"
    r"|\b(?:does|did)[ \t]+not[ \t]+commission[ \t]+any\b|\bhad[ \t]+bought[ \t]+no[ \t]+new[ \t]+equipment\b")
_SENTENCE_END = re.compile(r"[.!?。](?=[ \t\n]|$)|\n")


@lru_cache(maxsize=8)  # asked of the same notice by the buyer, the vendor links and their contexts
def states_no_purchase(text: str) -> bool:
    """The notice says that nothing is bought ("No purchase is associated with this item", "involves no purchase")."""
    return bool(_no_purchase().search(text))


@table()
def _no_purchase() -> Prefixed:
    """_NO_PURCHASE tried only where one of its literal openings occurs (the plain pattern, which opens with an
    alternation, is tried at every position of a notice: ~4 ms per 16 KB); the same matches. A table: loaded, not
    built (~60 ms of a process's first notice)."""
    return Prefixed(_NO_PURCHASE)


def denied_buyer(text: str, start: int, end: int, *, priced: bool = False, tagged: bool = False) -> bool:
    """Whether the body named at [start, end) denies, rejects or puts off the purchase (see the module doc);
    ``priced``, ``tagged``: the notice states an amount, or names a surveillance capability bought (a denied claim
    then leaves the body the buyer: "denied that its camera expansion includes race detection")."""
    if states_no_purchase(text):
        return True
    stop = _SENTENCE_END.search(text, end)
    sentence_end = stop.start() if stop else len(text)
    rest = text[end:sentence_end]
    claim = _CLAIM_DENIED.match(rest) or _DENIAL_FINAL.search(rest)
    dropped = _PLAN_DROPPED.match(rest) and not priced
    if not (_PLAN_CALLED_OFF.match(rest) or dropped or claim and not (priced or tagged)):
        return False
    return not _BOUGHT.search(rest)
