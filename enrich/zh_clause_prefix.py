"""A Chinese buyer span that swallowed the clause before the body is cut after it (r41b_buyers).

Why: a company's report or a council item writes the body after a verb with no space or punctuation between
("公司中标重庆市沙坪坝区公安分局视频监控项目", "系统已在南宁市公安局部署使用", "人大常委会会议审议市公安局提交的预算",
"全數刪除市警察局編列之預算"), and the sentence readers took the whole run as one name. The body is what follows the
last such verb: kept when it ends in an organisation head and names its place ("重庆市沙坪坝区公安分局"); a bare
"市警察局" or "多个地市公安机关部署" names no particular body and is dropped (set aq: six spans, one in set k).
"""
from __future__ import annotations

import re

from enrich.prose_cues import load_cues

# The verbs that end the clause before the body: won the bid of, already at/in, reviewed, approved, struck, vetoed
# r43b_buyernames: also a meeting's "agreed to" ("会议同意X县公安局提出的…"), a list's "among them" ("其中X局采购"), and
# a filer's "the company to" ("公司向X市公安局交付", "本公司向X局供货")
_CLAUSE_VERB = re.compile(r"中标|中標|已在|已于|已於|审议|審議|批准|刪除|删除|否决|否決|同意|其中|公司向|公司為|公司为")
# r43b_buyernames: a body that entrusts another with the work ends before 委托 ("X市政府委託銀行辦理…": X)
# (not when the entrusted body itself buys: "X县委宣传部委托Y局采购…" names Y as the buyer)
_ENTRUSTS = re.compile(r"委托|委託")
_BUYS = ("采购", "採購")
_PARTICLES = "了的将將对對由向给給为為"
_PLACE_CHAR = re.compile(r"[省市县縣区區州旗盟镇鎮乡鄉]")


def after_clause_verbs(window: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a clause verb inside cut to the body after its last one (or left out: see the docstring)."""
    out = []
    heads = tuple(load_cues().zh_org_heads)
    for start, end in spans:
        entrusts = _ENTRUSTS.search(window, start + 4, end)
        if entrusts and window[start:entrusts.start()].endswith(heads) and not window.startswith(_BUYS, end):
            end = entrusts.start()
        verbs = list(_CLAUSE_VERB.finditer(window, start, end))
        if not verbs:
            out.append((start, end))
            continue
        cut = verbs[-1].end()
        while cut < end and window[cut] in _PARTICLES:
            cut += 1  # "否决了X公安局": the aspect particle is no part of the name
        name = window[cut:end]
        if len(name) >= 4 and name.endswith(heads) and _PLACE_CHAR.search(name[1:-2]):  # not a bare "市公安局"
            out.append((cut, end))
    return out
