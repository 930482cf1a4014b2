"""A body that opens by saying a third party's report or study describes the technology: it buys nothing.

Why: "A report by the Open Rights Group documents the spread of facial recognition in …", "Un informe de la ONG …
documenta …", "Un rapport de la Quadrature du Net décrit …", "Ein Bericht der Organisation … dokumentiert …": the
technology is the report's subject, no body buys it (round 30: texts that buy nothing were the blind sets' most
frequent false tags, 15 of 48 on set ae, worded unlike the development sets' families; round 23 read only "X
published a report on"). Only the body's first sentence, only a report whose author is no auditor or inspector (an
oversight body speaking of a purchase that was made is a positive), and the caller reads it only in a notice naming
no price, keeping what a purchase verb of the body buys (headline.py `_Body.bought`). The same for a maker's
product shown at a trade fair (vendors' marketing without a buyer).
"""
from __future__ import annotations

import re

_REPORT = (r"report|study|investigation|survey|analysis|paper|informe|estudio|investigacion|analisis|rapport|etude"
           r"|enquete|bericht|studie|untersuchung|analyse|relatorio|estudo|levantamento|rapporto|studio|indagine|ricerca")
_BY = r"by|from|of|de|del|de la|des|du|der|von|vom|da|do|della|dell['’]|di"
_DESCRIBES = (r"documents|describes|examines|maps|details|analy[sz]es|warns|critici[sz]es|highlights|traces|reviews"
              r"|documenta|describe|examina|analiza|denuncia|advierte|critica|documente|decrit|analyse|denonce|critique"
              r"|dokumentiert|beschreibt|untersucht|analysiert|kritisiert|warnt|descreve|analisa|alerta|descrive|analizza"
              r"|avverte")
#: "A report by X documents …", "Un informe de X documenta …", "Ein Bericht der X dokumentiert …" (folded text).
REPORT_LEDE = re.compile(r"(?:^|[\s—–-])(?:a|an|the|its|their|new|un|una|le|la|el|der|die|das|ein|eine|um|uma|o|il|lo)"
                         r"\s+(?:[^\W\d_]+\s+){0,2}?(?:" + _REPORT + r")\s+(?:" + _BY + r")\s+"
                         r"(?P<author>[^.;:\n]{2,80}?)\s+(?:" + _DESCRIBES + r")(?![^\W\d_])")
#: An oversight body's report speaks of a purchase that was made: not this shape.
_OVERSIGHT = re.compile(r"audit|comptroller|contralor|controladur|tribunal de contas|cour des comptes|rechnungs"
                        r"|corte dei conti|inspector|inspectorate|inspection|inspecao|inspeccion|oversight|ombuds")
#: A maker's product shown at a trade fair ("Northvision unveiled its face recognition camera at the Security Expo",
#: "presentó su cámara en la feria", "a dévoilé … au salon", "stellte … auf der Messe vor", 在安博会上展示): marketing,
#: no buyer. Not a press conference (a buyer may present what it bought).
_LAUNCH = re.compile(r"(?<![^\W\d_])(?:unveil(?:s|ed)?|launch(?:es|ed)?|showcas(?:es|ed)|exhibit(?:s|ed)|debut(?:s|ed)"
                     r"|presento|presenta|lanzo|lanza|exhibio|devoile|lance|stellte|stellt|prasentierte|prasentiert"
                     r"|zeigte|apresentou|lancou|presentato|lanciato|представил{w}|презентовал{w})(?![^\W\d_])"
                     r"|发布|展示|推出|亮相".replace("{w}", r"\w*"))
_FAIR = re.compile(r"(?<![^\W\d_])(?:expo|trade (?:fair|show)|exhibition|feria|salon|salao|fiera|messe|[\w-]*messe"
                   r"|выставк\w*)(?![^\W\d_])|展会|博览会|展览会|安博会")
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|\n|$)")
#: Round 31 (negation31): the Chinese lede of a third party's study ("某大学法学院课题组对……进行问卷调查",
#: "一份研究报告梳理了……公开招标文件，发现……", "中央研究院学者发表论文，比较……", "某高校课题组发布《……评估
#: 报告》，分析了……"; sets ab, ae, af, z): a research group, scholar, think tank or study report that sorts,
#: surveys, compares or analyses, in the body's first sentence (up to 。). Not an oversight body (审计, 监察院:
#: `_OVERSIGHT_ZH`), and, like `REPORT_LEDE`, read only in a notice naming no price.
_REPORT_LEDE_ZH = re.compile(r"(?:课题组|研究团队|研究人员|学者|智库|研究报告|调查报告|论文|研究机构)[^。；;\n]{0,60}?"
                             r"(?:梳理|问卷|调查|调研|统计|发现|分析|比较|对比|评估|整理)")
_OVERSIGHT_ZH = re.compile(r"审计|监察|巡视|督查|纪委|检察")
_ZH_SENTENCE_END = re.compile(r"[。；;\n]")


def opens_with_report(folded: str, headline_end: int) -> bool:
    """Does the body's first sentence say a third party's report or study describes something (`REPORT_LEDE`)?"""
    if headline_end >= len(folded):
        return False
    sentence = _FIRST_SENTENCE.match(folded, headline_end + 1)
    if sentence is None:
        return False
    m = REPORT_LEDE.search(folded, headline_end, sentence.end())  # (from the line break: a word starts after it)
    if m is not None:
        return _OVERSIGHT.search(m.group("author")) is None
    if _opens_with_report_r33(folded, headline_end + 1, sentence.end()):
        return True
    return _opens_with_report_zh(folded, headline_end + 1)


#: Round 33 (r33_reports33): the report lede in its wider shape, read from sets ag and ah's texts that buy nothing
#: and counted first on every development set's first sentences (24 texts in 13 sets: aa ac ae af ag ah x y z, all
#: labelled `surveillance_report`; one positive, "a report by a parliamentary committee reviewed ... deployments",
#: an overseer, left out): a kind of publication - report, study, brief, brochure, blog post, article, paper, review,
#: magazine, survey - with or without its author ("A think-tank brief reviews ...", "A marketing brochure describes
#: ...", "A blog post by a camera retailer explains ...", "A trade magazine reviewed ...", "A report by X counted
#: ..."), then a verb that describes, counts, compares or evaluates; and researchers, academics or reporters opening
#: the body's first sentence with such a verb ("Researchers at a university lab tested ...", "Reporters found that
#: ..."; ab ae af ag ah, none positive).
_PUBLICATION = (r"report|study|brief|briefing|brochure|blog post|post|article|paper|review|podcast|webinar|white paper"
                r"|magazine|survey|analysis|investigation|documentary|column")
_DESCRIBES_R33 = (r"describes|described|reviews|reviewed|explains|explained|maps|mapped|counted|counts|evaluated"
                  r"|evaluates|compares|compared|lists|listed|profiles|profiled|examines|examined|analy[sz]es"
                  r"|analy[sz]ed|documents|documented|details|surveys|surveyed|tracks|tracked|finds|found|argues|warns"
                  r"|criticises|criticizes|discusses|assesses|assessed|catalogues|tested|tests|measured")
_REPORT_LEDE_R33 = re.compile(r"(?:^|[\s—–-])(?:a|an|the|new|recent)\s+(?:[^\W\d_]+[\s-]+){0,3}?(?:" + _PUBLICATION
                              + r")\s+(?:(?:by|from|of)\s+[^.;:\n]{2,60}?\s+)?(?:" + _DESCRIBES_R33
                              + r")(?![^\W\d_])")
_RESEARCHERS_R33 = re.compile(r"(?:[^\W\d_][^\n—–]{0,40}?\s[—–-]+\s+)?(?:researchers|academics|scholars|scientists"
                              r"|journalists|reporters)(?:\s+(?:at|from|of)\s+[^.;:\n]{2,60}?)?\s+(?:"
                              + _DESCRIBES_R33 + r"|studied|analy[sz]ed)(?![^\W\d_])")
#: Overseers whose report speaks of a purchase made (besides `_OVERSIGHT`): a parliament or its committee.
_OVERSIGHT_R33 = re.compile(r"parliament|committee|legislat|senate|assembly|congress|council|court")


def _opens_with_report_r33(folded: str, start: int, end: int) -> bool:
    """Round 33: does the body's first sentence ([start, end)) hold the wider report lede (`_REPORT_LEDE_R33`) or open
    with researchers or reporters doing what a study does (`_RESEARCHERS_R33`), by no overseer?"""
    m = _REPORT_LEDE_R33.search(folded, start - 1, end) or _RESEARCHERS_R33.match(folded, start, end)  # (from the \n)
    return m is not None and _OVERSIGHT.search(m.group()) is None and _OVERSIGHT_R33.search(m.group()) is None


def _opens_with_report_zh(folded: str, start: int) -> bool:
    """Round 31: the body's first Chinese sentence (from `start` to its 。) opens with a study (`_REPORT_LEDE_ZH`),
    within its first 30 characters, by no oversight body."""
    stop = _ZH_SENTENCE_END.search(folded, start, start + 200)
    end = stop.start() if stop is not None else min(len(folded), start + 200)
    m = _REPORT_LEDE_ZH.search(folded, start, end)
    return m is not None and m.start() - start <= 30 and _OVERSIGHT_ZH.search(folded, start, m.end()) is None


def opens_with_marketing(folded: str, headline_end: int) -> bool:
    """Round 30: does the body's first sentence show a product at a trade fair (`_LAUNCH` and `_FAIR`)?"""
    if headline_end >= len(folded):
        return False
    sentence = _FIRST_SENTENCE.match(folded, headline_end + 1)
    if sentence is None:
        return False
    end = sentence.end()
    return (_LAUNCH.search(folded, headline_end, end) is not None or _SHOWED_R34B.search(folded, headline_end, end)
            is not None) and (_FAIR.search(folded, headline_end, end) is not None
                              or _FAIR_R34B.search(folded, headline_end, end) is not None)


#: Round 34b (tags34b; set aj read first with the models off, then counted on every development set's first
#: sentences): the trade-fair lede in the plural and with the plain verbs of a report on a fair - makers "showed",
#: "displayed", "exhibited" or "presented" products, "exhibitors" (es presentaron/exhibieron/mostraron, pt
#: expuseram/mostraram/apresentaram, fr ont présenté/exposent, it hanno esposto, de zeigten/stellten) - at a "security
#: fair", "trade show", pt "feira", fr "foire": 11 first sentences in sets ac ae ag ah ai aj, all labelled
#: `surveillance_report`, none positive. Read, like `_LAUNCH`, only in a notice naming no price (headline.py).
_SHOWED_R34B = re.compile(r"(?<![^\W\d_])(?:show(?:s|ed)|display(?:s|ed)|present(?:s|ed)|exhibitors|demonstrated"
                          r"|presentaron|presentan|exhibieron|mostraron|expusieron|expuseram|mostraram|apresentaram"
                          r"|exibiram|exposent|ont presente|ont montre|presentarono|hanno esposto|zeigten|stellten)"
                          r"(?![^\W\d_])")
_FAIR_R34B = re.compile(r"(?<![^\W\d_])(?:(?:security|trade|technology|tech|industry|defen[cs]e|police)"
                        r" (?:fair|show|expo)|feira|foire)(?![^\W\d_])")


#: Round 33 (r33_reports33): the body says the organisation denies it - "Police deny it.", "the police denied operating
#: any such system", "la Alcaldía negó haberlo comprado", "negou ter comprado qualquer simulador", "a démenti avoir
#: acquis" - after a petition, an investigation or a report alleged it (sets af, ah, v falsely tagged). Counted first
#: on every development set's bodies: in notices naming no price 37 texts in 20 sets, none positive (a priced
#: notice's denial keeps its cameras: "denied that its new cameras detect ethnicity, saying the 4.1 billion ..."), so
#: the caller reads it only in a notice naming no price, like the report lede.
_DENIED_R33 = re.compile(
    r"(?<![^\W\d_])(?:den(?:y|ies|ied)(?: (?:operating|buying|having (?:bought|purchased|acquired|used|deployed|signed)"
    r"|using|deploying|owning|purchasing|acquiring|running))? (?:it|them|any (?:such )?[^\W\d_]+|such [^\W\d_]+"
    r"|the (?:claims?|allegations?|reports?)|that)"
    r"|neg(?:o|aron) (?:haberlo|haberla|haberlos|haber) (?:comprado|adquirido|contratado|usado)"
    r"|neg(?:ou|aram) (?:ter|te-lo) (?:comprado|adquirido|contratado)"
    r"|a dementi (?:l['’]avoir|avoir) (?:achete|acquis))(?![^\W\d_])")
#: Cheap test before the search: one of the pattern's stems.
_DENIED_STEMS = ("deny", "deni", "nego", "negaron", "negou", "negaram", "dementi")


def denies_in_body(folded: str, headline_end: int) -> bool:
    """Round 33: does the body (after the headline) say the organisation denies it (`_DENIED_R33`)?"""
    stop = min(len(folded), headline_end + 3000)  # the story's first paragraphs: a long notice's tail is not read
    body = folded[headline_end:stop]
    return any(stem in body for stem in _DENIED_STEMS) and _DENIED_R33.search(folded, headline_end, stop) is not None
