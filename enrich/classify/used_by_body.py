"""What a text that buys nothing says a body runs, tests, has used, or is told or ordered to use, change, limit or stop.

Why (round 39, tests/eval/README.md "Technologies of texts that buy nothing"): a news report, a ruling, an audit, a
hearing or a police statement is tagged with the technologies it says a named body runs, tests or has used, or is
allowed, told or ordered to use, change, limit or stop ("an order to stop does not undo what ran"); not with what a body
only considers, proposes or debates, rejected before use, or denies having. The report readers (`reports`,
`report_genre`) take back every technology of a text that buys nothing; this module names the ones a use statement of
their own sentence keeps: a verb of use stated as a fact or an order to stop or limit the use, before the cue
("has been using", "ordered … to stop using", "suspendió el uso de", "a mis en demeure … de cesser l'usage de",
"прекратить использование", 已使用, 停止使用) or, in the languages whose verb follows its object, right after it ("…
Kennzeichenerfassung einsetzt", 얼굴인식 카메라를 운영해, 顔認証を導入した).

Not a use: a plan, wish or proposal to use ("plans to use", "would use", "propone usar"), the bare present of an
explainer ("facial recognition uses algorithms"), a noun of use in a debate ("debated the use of"), and a use the
sentence negates before the verb ("denied that it has used", "never used": `Document.neg_before`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from enrich.classify.negation import Document
from enrich.classify.reported_use import owned_or_ordered
from enrich.classify.rules import Cue, IdRules, Rules
from enrich.model import TechTag

CueMatches = list[tuple[int, int, Cue]]
KeptTagsFn = Callable[[Document, Rules, IdRules, CueMatches], list[TechTag]]
_L = r"[^\W\d_]"

#: A use stated as a fact, or an order or permission to use, stop or limit, ending within 100 characters before the
#: cue in its sentence (folded text: lower case, no accents, simplified Chinese).
USED_BEFORE = re.compile(
    r"(?:(?:(?<!" + _L + r")(?:"
    # en: perfect and progressive forms, beginnings, and stopping or limiting the use
    r"(?:has|have|had) (?:been )?(?:(?:already|long|quietly|secretly) )?(?:using|used|deploying|deployed|testing|tested"
    r"|trialling|trialing|trialled|trialed|piloting|piloted|running|operating|operated|relying on|relied on)"
    r"|(?:is|are|was|were) (?:(?:already|currently|still|quietly|secretly) )?(?:using|deploying|testing|trialling"
    r"|trialing|piloting|running|operating|relying on)"
    r"|(?:began|begun|started|starts|begins|continues|continued|keeps|kept) (?:to use|using|testing|trialling|trialing"
    r"|piloting|deploying|operating)"
    r"|(?:stop|stops|stopped|stopping|cease|ceases|ceased|halt|halts|halted|suspend|suspends|suspended|end|ends|ended"
    r"|limit|limits|limited|restrict|restricts|restricted|pause|paused|curb|curbs|curbed) (?:its |their |the |all )?"
    r"(?:use of|using|usage of|deployment of|operation of)"
    r"|(?:ordered|orders|told|tells|required|requires|instructed|directed|allowed|allows|permitted|authori[sz]ed"
    r"|cleared) (?:[^.;!?\n]{1,60}? )?to (?:stop|cease|halt|suspend|end|limit|restrict|pause|keep|continue|use|change"
    r"|delete)"
    # es
    r"|(?:ha|han|habia|habian) (?:estado )?(?:utilizado|usado|empleado|desplegado|probado|operado|utilizando|usando"
    r"|empleando|probando|operando)"
    r"|(?:viene|vienen|venia|venian|sigue|siguen|esta|estan|estaba|estaban) (?:utilizando|usando|empleando|probando"
    r"|operando|aplicando)"
    r"|(?:utiliza|usa|emplea|opera|prueba)(?:ba|ban|n)? desde"
    r"|(?:suspend|deten|interrump|cese|cesar|paraliz|limit|restring)" + _L + r"* (?:el |la |su )?"
    r"(?:uso|utilizacion|empleo|funcionamiento|operacion|despliegue) (?:de|del)"
    r"|dej(?:ar|e|o|en|ara|aran|ase|asen) de (?:usar|utilizar|emplear|operar)"
    # pt
    r"|(?:tem|tinha|vem|vinha|tinham|vinham|estava|estavam|esta|estao) (?:sido )?(?:utilizado|usado|empregado|testado"
    r"|operado|utilizando|usando|empregando|testando|operando)"
    r"|(?:utiliza|usa|emprega|opera|testa)(?:va|vam|m)? desde"
    r"|(?:suspend|interromp|cess|paralis|limit|restring)" + _L + r"* (?:o |a |seu |sua )?"
    r"(?:uso|utilizacao|emprego|funcionamento|operacao) (?:de|do|da|dos|das)"
    r"|deix(?:ar|e|ou|em|asse|assem|aram) de (?:usar|utilizar|empregar|operar)"
    # fr
    r"|(?:a|ont|avait|avaient) (?:deja )?(?:utilise|deploye|teste|experimente|employe|exploite|recouru a)"
    r"|(?:utilise|emploie|experimente|teste|exploite)(?:nt)? (?:depuis|deja|actuellement)"
    r"|(?:cesser|suspendre|limiter|arreter|interrompre|restreindre|cesse|suspend|limite|arrete|interrompt|restreint"
    r"|suspendu) (?:l['’]usage|l['’]utilisation|l['’]emploi|le recours|d['’]utiliser|d['’]employer|le deploiement"
    r"|l['’]exploitation)"
    # it
    r"|(?:ha|hanno|aveva|avevano) (?:gia )?(?:utilizzato|usato|impiegato|testato|sperimentato)"
    r"|(?:sta|stanno|stava|stavano) (?:utilizzando|usando|testando|sperimentando)"
    r"|(?:sospend|cess|interromp|limit)" + _L + r"* (?:l['’]uso|l['’]utilizzo|l['’]impiego)"
    # de (the perfect's participle closes the clause: "hat seit 2023 … eingesetzt" is read after the cue)
    r"|(?:einsatz|nutzung|verwendung|betrieb)(?:es|s)? (?:von |der |des |einer |eines )?(?=[^.;!?\n]{0,80}"
    r"(?:einzustellen|zu beenden|zu stoppen|einzuschranken|zu beschranken|auszusetzen))"
    # ru
    r"|использу" + _L + r"*|использовал" + _L + r"*|применя(?:ет|ют|л|ла|ли|лось)|применил" + _L + r"*"
    r"|эксплуатиру" + _L + r"*|тестиру(?:ет|ют|ет|ла|ли)|внедрил" + _L + r"*"
    r"|(?:прекрат|приостанов|огранич)" + _L + r"* (?:использование|применение|эксплуатацию|работу)"
    r")(?!" + _L + r"|-))"  # r40: "are operating-theatre cameras" states no use
    # zh ko ja (no word boundaries)
    r"|已(?:经)?(?:在)?(?:使用|部署|运行|应用|启用|投用|试用|测试|上线|安装)|正在(?:使用|运行|试用|测试|应用)"
    r"|(?:停止|暂停|限制|中止)(?:使用|运行|应用)|停用|一直(?:使用|在用)|使用了"
    r")[^.;!?。；！？\n]{0,100}$")

#: A use right after the cue (the verb follows its object): de, ko, ja, zh.
USED_AFTER = re.compile(
    r"[^.;!?。；！？\n,，]{0,50}?(?:(?<!" + _L + r")(?:einsetzt|einsetzen|einsetzte|einsetzten|eingesetzt|nutzt|nutzte"
    r"|genutzt|verwendet|verwendete|betreibt|betrieb|betrieben|testet|testete|getestet|erprobt|erprobte|im einsatz)"
    r"(?!" + _L + r")"
    r"|(?:을|를|의)? ?(?:사용|운영|도입|시범 ?운영|활용)(?:해|하고|한|중|하던|했|해 ?온)"
    r"|(?:을|를|의)? ?(?:사용|운영|활용)(?:을|를)? ?(?:중단|중지|제한)"
    r"|を?(?:使用|運用|導入|利用|試験運用|活用)(?:して|した|中|していた|している)|を?(?:使用|運用|利用)(?:を)?(?:停止|中止|制限)"
    r"|(?:已|一直)(?:在)?(?:使用|运行|应用|投用))")

#: A denial or a claim reported in the cue's sentence before it ("rejected reports that … erprobt werde", 否认).
_DENIED = re.compile(
    r"(?<!" + _L + r")(?:den(?:y|ies|ied|ying)|rejected (?:reports?|claims?)|dismissed|refuted|claims?|claimed|alleg\w*"
    r"|reportedly|zuruckgewiesen|zuruckweis\w*|dementier\w*|bestritt\w*|bestreit\w*|wonach|angeblich|neg(?:o|aron|a|ou)"
    r"|desminti\w*|desment\w*|dement\w*|опроверг\w*|отрица\w*)(?!" + _L + r")|否认|辟谣|不实|부인|否定")
#: German reported speech or a future right after the participle ("erprobt werde", "eingesetzt sei", "eingesetzt
#: werden soll"): a claim or a plan, not a fact (folded "würde" is "wurde", a fact: not read).
_REPORTED = re.compile(r"\s+(?:werde|werden|sei|seien)(?!" + _L + r")")
#: A negation between the cue and its verb ("Gesichtserkennung wird nicht erprobt", 사용하지 않, 使用しない).
_NOT_BETWEEN = re.compile(r"(?<!" + _L + r")(?:nicht|nie|niemals|kein\w*)(?!" + _L + r")|않|못|없|ない|せず|不|未|没")
#: A plan, wish, proposal or question about use: no fact of use ("plans to use", "would use", "propone usar").
_ONLY_PLANNED = re.compile(
    r"(?<!" + _L + r")(?:plans?|planned|planning|proposes?|proposed|proposal|consider(?:s|ed|ing)?"
    r"|would|could|may|might"
    r"|wants?|wanted|intends?|seeks?|hopes?|whether|if|propone|propuso|planea|considera|estudia|podria|pretende"
    r"|propoe|propos|preve|planeja|pretende|poderia|envisage|envisageait|projette|pourrait|souhaite|plant|erwagt"
    r"|prueft|konnte|wurde|планиру" + _L + r"*|намерен" + _L + r"*|предлага" + _L + r"*)(?!" + _L + r")"
    r"|拟|计划|考虑|是否|검토|계획|検討|予定")


def use_before(folded: str, lo: int, start: int) -> re.Match[str] | None:
    """The use statement ending the stretch [lo, start) before a cue, unless a plan or proposal leads into it."""
    used = USED_BEFORE.search(folded, lo, start)
    if used is None or _ONLY_PLANNED.search(folded, max(lo, used.start() - 40), used.start()):
        return None
    return used


def use_after(folded: str, end: int, hi: int) -> bool:
    """Does a use verb follow the cue in its clause (the languages whose verb comes after its object)?"""
    used = USED_AFTER.match(folded, end, hi)
    return used is not None and _ONLY_PLANNED.search(folded, end, used.end()) is None \
        and _REPORTED.match(folded, used.end()) is None and _NOT_BETWEEN.search(folded, end, used.end()) is None


def used_ids(doc: Document, rules: Rules, kept_tags: KeptTagsFn, candidates: Sequence[tuple[IdRules, CueMatches]],
             end: int, *, reported: bool = False) -> set[str]:
    """The ids of body cues (after the headline's `end`) that would give a tag and that a use statement of their own
    sentence states (`use_before`, `use_after`) with no negation before the verb ("denied it has used"). With
    `reported` (a report by its genre, round 42), also a system the sentence calls the body's own, orders it to
    change, finds or fines it for, or says is in use (`reported_use.owned_or_ordered`)."""
    folded, found = doc.folded, set()
    saved = doc.negated_cues, {tid: list(ends) for tid, ends in doc.negated_ends.items()}
    for id_rules, matches in candidates:
        in_body = [m for m in matches if m[0] > end]
        for tag in kept_tags(doc, rules, id_rules, in_body) if in_body else []:
            start, stop = tag.evidence.start, tag.evidence.end
            sentence_start, sentence_end = doc.sentence(start, stop)
            used = use_before(folded, max(end, sentence_start, start - 140), start)
            verb_at = used.start() if used is not None else (stop if use_after(folded, stop, sentence_end) else -1)
            if verb_at < 0 and reported and owned_or_ordered(folded, max(end, sentence_start), start, stop,
                                                             sentence_end):
                verb_at = start
            if verb_at >= 0 and not any(max(sentence_start, verb_at - 60) <= s < verb_at for s, _ in doc.neg_before) \
                    and _DENIED.search(folded, sentence_start, start) is None:
                found.add(id_rules.taxonomy_id)
                break
    doc.negated_cues, doc.negated_ends = saved
    return found
