"""A use a named body stopped, or a trial or test it ended, still ran: the technology is tagged.

Why (round 43, tests/eval/README.md "Technologies of texts that buy nothing", decided 2026-12-06 at 02:03 UTC): a text
is tagged with what a named body "runs, tests, has used, or is ... told or ordered to ... stop (an order to stop does
not undo what ran)". The negation words of the cue file read "stopped using", "ended its use of", "suspender", "was
not renewed" and 测试已结束 as taking the technology back, so the cue is gone before `used_by_body` can see the use
statement that the stop itself is. The sets written to the rule (aq, ar) tag every such use: "has stopped using a
facial recognition application", "its pilot of … face-recognition body cameras ended … and was not extended",
"ordenó … suspender el Sistema de Reconocimiento Facial … que funcionaba sobre las cámaras", 在…閉路電視上測試即時人臉
識別…，測試已結束, "ended its gait recognition trial". Older sets (written before the rule) label some of the same
shapes untagged; their labels stay as written and count as disputes with the rule.

Not a stop of a use: a tender, procurement, contract or purchase suspended or ended ("suspendió la licitación de
videovigilancia", "pregão suspenso": nothing ran), a company that stopped selling or offering a product (its own
text says what it sells), a use denied or never begun ("never used", "has not used"), a plan to stop.

Read on folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese; same length as the text).
"""
from __future__ import annotations

import re

#: Words of a tender or purchase between a stop verb and the cue: the purchase stopped, not a use.
_PROCUREMENT = re.compile(
    r"(?<![^\W\d_])(?:tenders?|procurement|purchase|contract|bids?|rfp|licitacion|concurso|compra|adquisicion|pregao"
    r"|licitacao|procedure|marche|appel d'offres|ausschreibung|vergabe|закупк\w*|тендер\w*)(?![^\W\d_])"
    r"|招标|采购|合同|项目")
#: A denial or a plan right before the stop verb: "never stopped", "plans to stop", "will stop", "would end".
_NOT_FACT = re.compile(r"(?<![^\W\d_])(?:never|not|no|plans? to|intends? to|proposes? to|wants? to|will|would|may"
                       r"|could|might|nunca|nao|ne|nicht|не)\s+$")

#: The stop of a use, or the body's trial, pilot or test of the technology, right before the cue in its clause.
_STOP_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    # en: "has stopped using", "ceased its use of", "ended the deployment of", "no longer uses"
    r"(?:stopped|ceased|quit|halted|suspended|discontinued|paused|ended|stops|ends|halts|suspends) (?:its |their |the "
    r"|all )?(?:using|use of|usage of|deployment of|operation of)"
    r"|no longer (?:uses?|using|runs?|operates?|deploys?)"
    r"|(?:its|their|the|a) (?:(?:[\w-]+ ){0,2})?(?:pilot|trial|test|testing)s? (?:of|with)"
    # es pt: an order to suspend a system that ran, a use left off
    r"|(?:dejo|dejaron|ha dejado|han dejado) de (?:usar|utilizar|emplear|operar)"
    r"|(?:deixou|deixaram|parou|pararam) de (?:usar|utilizar|empregar|operar)"
    r"|(?:ordeno|ordena|ordenaron|determino|determina)[^.;\n]{0,60}? (?:suspender|mantener suspendido|suspensao d[oa]"
    r"|suspender o|suspender a)"
    # fr de
    r"|(?:a|ont) (?:cesse|arrete) d'(?:utiliser|employer|exploiter)"
    r"|(?:nicht mehr|nicht langer) (?:ein|nutzt|verwendet)"
    r")(?:[^.;!?\n]{0,50}?)$"
    # zh: a test or trial by the body (测试 / 试点 / 试用) before the cue in its clause; the stop is read after it (停用
    # before face gates stays with `faces_stopped`: estates changing gates to cards, labelled negated)
    r"|(?:测试|试点|试用)[^，。；;！？\n]{0,12}$")

#: The stop said after the cue: "… trial ended", "… pilot ended in 2019 and was not extended", "，测试已结束".
_STOP_AFTER = re.compile(
    r"[^.;!?\n]{0,60}?(?<![^\W\d_])(?:ended|was ended|has ended|have ended|was stopped|was halted|was discontinued"
    r"|concluded|was suspended|were suspended|is suspended)(?![^\W\d_])"
    r"|[^。；;！？\n]{0,20}?[，,]?(?:测试|试点|试用|使用)?(?:已经?|现已)?(?:结束|终止|停止|停用)")
#: A running clause after the cue ("que funcionaba sobre las cámaras", "which ran on", "em funcionamento").
_RAN_AFTER = re.compile(
    r"[^.;!?\n]{0,80}?(?<![^\W\d_])(?:que (?:funcionaba|funciona|opera|operaba|operava|funcionava)|en funcionamiento"
    r"|em funcionamento|em operacao|which (?:ran|runs|was running|operated)|that (?:ran|runs|was running|operated)"
    r"|in use)(?![^\W\d_])")
#: Verbs that end with the cue's own trial word: en "trial/pilot/test of", zh 测试/试点/试用 (need a stop after).
_TRIAL_ONLY = re.compile(r"(?:pilot|trial|test|testing)s? (?:of|with)|测试|试点|试用")
#: Selling or offering stopped: the company's product line, not a use.
_SELLING = re.compile(r"(?<![^\W\d_])(?:sell\w*|offer\w*|market\w*|supply\w*|vend\w*|ofrec\w*|vend\w*)(?![^\W\d_])")


def stopped_use(folded: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Does the cue at [start, end) name a use the text says a body stopped, ended or was ordered to suspend (a use
    that ran), rather than a purchase stopped, a product no longer sold, or a use denied or only planned?"""
    lo = max(sentence_start, start - 110)
    before = _STOP_BEFORE.search(folded, lo, start)
    if before is None or _NOT_FACT.search(folded, max(0, before.start() - 16), before.start()):
        return False
    between = folded[before.start():start]
    if _PROCUREMENT.search(between) or _SELLING.search(between):
        return False
    hi = min(len(folded), sentence_end + 40)  # the stop may close the next clause: "…三个月，测试已结束。"
    if _TRIAL_ONLY.search(before.group()):
        return _STOP_AFTER.match(folded, end, hi) is not None  # a trial is a use only with its end said
    if "suspend" in before.group() or "suspensao" in before.group():
        return _RAN_AFTER.match(folded, end, sentence_end) is not None  # an order to suspend a system that ran
    return True
