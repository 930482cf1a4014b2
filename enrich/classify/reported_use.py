"""What a report (a ruling, a regulator's finding, a hearing, minutes) says a named body runs, beyond a verb of use.

Why (round 42, tests/eval/README.md "Technologies of texts that buy nothing", 02:03): the report-genre reading
(`report_genre.reports_on_it`) takes back every technology of a text that buys nothing, keeping only what a verb of
use states (`used_by_body`: "has been using", "ordered … to stop using"). Reporters write the body's system in other
shapes, and set aq's writer tagged them (11 misses there, 16 across the development sets): the body's own system named
with a possessive ("its town-centre CCTV cameras", "the force's use of live facial recognition", "its CitiWatch CCTV
network"); an order to change what runs ("ordenó a la Municipalidad … reorientar una cámara", "ordinato al Comune di
cancellare i dati raccolti con il sistema", "ordered the council to disable the microphones"); a finding or a fine of
a public body for what it did ("found that Edmonton Police Service ran face searches", "fined the county council over
its CCTV footage"); the system named and then said to be in use ("which the service has used since 2014", "the
cameras it installed in 2019", "sistema … sperimentato in centro", 天网工程运行情况, 在用监控点位).

Not here: a plan, proposal, request or motion ("its plan for cameras", "su propuesta de cámaras"), a body that
denies or is asked whether it has the system (the caller's negation and `_DENIED` readings stand), a fine of a company
(no public body named: "fined a camera manufacturer", "multó a una cadena de gimnasios"), and a debate about "the
use of" a technology with no owner.
"""
from __future__ import annotations

import re

_L = r"[^\W\d_]"
#: Words of a plan or a proposal between a possessive and the cue: then the body does not run it.
_PLANNED = re.compile(r"(?<!" + _L + r")(?:plans?|planned|proposed|proposals?|propuestas?|propostas?|proposition"
                      r"|projets?|proyectos?|projetos?|progett[oi]|requests?|bids?|offers?|tenders?|budgets?|motions?"
                      r"|mozione|mocion|ideas?|wish|solicitud|pedido|demande|new|future|nuev[oa]s?|nouveaux?"
                      r"|nouvelles?|nuov[oie]|nov[oa]s?)(?!" + _L + r")")
#: Public bodies (folded): a fine or finding against one of them says it ran what it was fined for.
_PUBLIC = (r"council|police|polic[ií]a|policia|constabulary|force|service|department|city|county|municipal\w*|ministry"
           r"|ministerio|ministere|ministero|government|gobierno|governo|authority|agency|commune|comune|municipio"
           r"|municipalidad|prefeitura|ayuntamiento|alcaldia|gemeinde|stadt|polizei\w*|prasidium|akimat|mairie"
           r"|ville|state|school|hospital|transit|district|borough|sheriff|gendarmer\w*|carabinieri|guardia")

#: The body's own system named right before the cue: a possessive ("its", "their", "the force's"), optionally with
#: "use of" and up to three words ("its town-centre CCTV cameras", "the force's use of live facial recognition").
OWN_BEFORE = re.compile(
    r"(?<!" + _L + r")(?:its|their|(?:the )?(?:" + _PUBLIC + r")['’]s)"
    r" (?:(?:use|usage|deployment|operation) of (?:the |its )?)?(?:[\w-]+ ){0,3}$")
#: An order to change or remove what runs, before the cue: en es pt fr it (folded).
ORDER_BEFORE = re.compile(
    r"(?<!" + _L + r")(?:(?:ordered|told|instructed|directed|required|asked) [^.;!?\n]{1,60}? to (?:remove|disable"
    r"|reorient|switch off|turn off|take down|dismantle|explain (?:its|their) use of|delete|limit|restrict)"
    r"|(?:ordeno|ordenaron|ordena|exigio|instruyo|conmino) a [^.;!?\n]{1,60}? (?:retirar|reorientar|limitar"
    r"|desactivar|apagar|eliminar|borrar|desmontar|suspender|restringir)"
    r"|(?:ordenou|determinou|mandou) (?:a|ao|que) [^.;!?\n]{1,60}? (?:retir|reorient|limit|desativ|deslig|elimin"
    r"|apag|suspend|restring)" + _L + r"*"
    r"|(?:ordonne|enjoint|somme|mis en demeure) (?:a |au |aux )?[^.;!?\n]{1,60}? (?:de |d['’])(?:retirer|desactiver"
    r"|limiter|supprimer|effacer|demonter|suspendre|restreindre)"
    r"|(?:ordinato|imposto|intimato|ingiunto) (?:a|al|alla|ai|alle|all['’])[^.;!?\n]{1,60}? di (?:cancellare"
    r"|rimuovere|disattivare|limitare|sospendere|spegnere|smontare)"
    r")(?!" + _L + r")[^.;!?\n]{0,80}$")
#: A finding, fine or reprimand of a public body for what it did, before the cue (folded).
FOUND_BEFORE = re.compile(
    r"(?<!" + _L + r")(?:(?:found|finds|concluded|ruled) (?:that )?(?:the |a )?[^.;!?\n]{0,60}?(?:" + _PUBLIC
    + r")[^.;!?\n]{0,40}? (?:ran|used|kept|retained|recorded|stored|extracted|operated|deployed|shared|collected)"
    r"|(?:fined|sanctioned|reprimanded|penali[sz]ed|censured|rebuked|issued a reprimand to|multo|multaron|sanciono"
    r"|sancionaron|multou|sancionou|sanctionne|a sanctionne|sanzionato|multato|rugt|gerugt|hat [^.;!?\n]{1,60}? gerugt"
    r"|bestrafte) (?:the |a |la |el |al |il |lo |le |die |den |das |o |a )?[^.;!?\n]{0,60}?(?:" + _PUBLIC
    + r")[^.;!?\n]{0,60}? (?:for|over|por|per|pour|wegen|weil|because)"
    r")(?!" + _L + r")[^.;!?\n]{0,80}$")
#: A body's use stated right after the cue, in its clause: "which the service has used since 2014", "the cameras it
#: installed in 2019", "sperimentato in centro", "die … speicherte", 运行情况.
USED_AFTER = re.compile(
    r"[^.;!?\n]{0,50}?(?<!" + _L + r")(?:(?:has|have|had) (?:(?:long|already) )?(?:been )?(?:used|operated|run"
    r"|deployed|tested|trialled|trialed|installed)"
    r"|(?:it|they) (?:installed|deployed|operates|operated|runs|ran|uses|bought)"
    r"|sperimentat[oaie]|utilizzat[oaie]|impiegat[oaie]|in uso|utilizad[oa]s?|empleados?|empleadas?|en uso|em uso"
    r"|utilisee?s?|deployee?s?|experimentee?s?|en service|speicherte|gespeichert|aufzeichnete|aufgezeichnet"
    r")(?!" + _L + r")"
    r"|(?:工程|系统|平台)?(?:运行情况|运行报告|使用情况)")
#: zh: in use, before the cue (在用监控点位, 正在运行的).
ZH_IN_USE_BEFORE = re.compile(r"(?:在用|运行中的|正在运行的)[^。；！？\n]{0,8}$")
_NEGATION = re.compile(r"(?<!" + _L + r")(?:no|not|never|without|whether|if|sin|sem|sans|senza|ohne|nicht|kein\w*)"
                       r"(?!" + _L + r")|未|不|没有|是否")


def owned_or_ordered(folded: str, lo: int, start: int, stop: int, sentence_end: int) -> bool:
    """Does the cue at [start, stop), in the sentence [lo, sentence_end), read as a system the body runs, was
    ordered to change, or was found or fined for, or is said in use right after it?"""
    window = max(lo, start - 140)
    own = OWN_BEFORE.search(folded, max(lo, start - 60), start)
    if own is not None and _PLANNED.search(folded, own.start(), start) is None:
        return True
    for pattern in (ORDER_BEFORE, FOUND_BEFORE, ZH_IN_USE_BEFORE):
        said = pattern.search(folded, window, start)
        if said is not None and _NEGATION.search(folded, said.start(), start) is None:
            return True
    after = USED_AFTER.match(folded, stop, sentence_end)
    return after is not None and _NEGATION.search(folded, stop, after.end()) is None \
        and _PLANNED.search(folded, stop, after.end()) is None
