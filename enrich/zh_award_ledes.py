"""The buyer a terse Chinese award summary opens with: "X县发展和改革委员会信用平台升级，供应商Y有限公司，金额42万元",
"X县第一人民医院自助挂号机30台，…，中标单位Y公司", "國家X委員會更新…設備，得標廠商Y公司，決標金額…".

Why: a summary of an award often glues the goods straight to the buying body, with no buying verb between them and no
采购人 field, and names the supplier by its role word later in the same sentence. The body the sentence opens with is
then the buyer, also a firm that buys in its own name (a rural bank, a power supply company): the supplier role word
says the sentence is an award, and the opening name stands before the supplier, so it is not the supplier
(enrich/zh_lede_buyers.py reads the openings a buying verb follows). Round 37b.
"""
from __future__ import annotations

import re

from enrich.text import fold

# the supplier's role word at a clause's start, followed by the supplier's name, not by a count or a condition
# ("供应商不足三家", "已报名供应商"); traditional forms fold to these
_ROLE_LEAD = re.compile(r"(?<=[，,；;])[ \t]*(?:(?:成交|中标|得标|中选)(?:供应商|单位|人|厂商|方)|供应商|承批实体"
                        r"|承办商)[：:]?(?!不|包括|均|的|须|应|需|数量|名单)(?=[\u4e00-\u9fff])")
# the opening run before the first comma or stop (a name glued to the goods); digits end the run ("一体机30套")
_OPENING = re.compile(r"[\u4e00-\u9fff]{4,60}")
# heads of the firms that buy in their own name (the cue file's organisation heads add the public bodies)
_FIRM_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "公司", "联社", "银行")
# one-character heads that end common words as well ("社会", "视频会")
_LOOSE_HEADS = ("会", "馆", "司")
# heads a name runs on with past its shortest head: a committee's full form, a party committee's or a government's
# department, a unit, a firm's legal form ("X县委" + "统战部", "X县发展和改革委" + "员会", "X银行" + "股份有限公司")
_RUN_ON_HEADS = ("委员会", "统战部", "宣传部", "组织部", "政法委", "办公室", "局", "处", "分局", "大队", "支队", "中心",
                 "股份有限公司", "有限责任公司", "有限公司")
_FOR_WHOM = ("为", "向", "给", "替")  # "X县公安局为全局…": the body buys for its units
# a site inside a bureau, hospital or court is where the goods go; the body buys ("X县公安局劝导站…")
_UNIT_OF = re.compile(r"^(.{3,}?(?:局|医院|法院))[\u4e00-\u9fff]{1,8}(?:站|中心|所|科)$")
_PLACE = re.compile(r"[省市县区州旗盟镇乡]")
# what an opening that is no name starts with (a project, a reference, a role word, "该", "本")
_NOT_A_NAME = ("本", "该", "项目", "根据", "据", "由", "经", "为", "对", "拟", "关于", "近日", "现", "采购", "招标",
               "受", "公司")
_NATIONAL = ("国家", "中央", "行政院", "国务院")
# goods words a name's run-on never holds: the run went past the body into its purchase
_GOODS_WORDS = ("系统", "平台", "设备", "项目", "工程", "采购", "监控", "升级", "更新", "建设")
# what a firm that opens a sentence as the winner or partner does next
_FIRM_ACTS = ("中标", "成交", "中选", "承接", "承建", "与", "和", "获", "入围", "作为", "为", "负责", "提供", "供应")
_CLAUSE_ENDS = ("，", ",", "；", ";", "：", ":")


def award_lede_buyer(window: str, heads: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the body an award summary's first body sentence opens with (see the module docstring)."""
    start = window.find("\n") + 1
    while start < len(window) and window[start] in " \t\u3000":
        start += 1
    stop = min([len(window), start + 240] + [i for i in (window.find("。", start), window.find("\n", start)) if i >= 0])
    sentence = fold(window[start:stop])
    opening = _OPENING.match(sentence)
    if not opening or sentence.startswith(_NOT_A_NAME) or not _ROLE_LEAD.search(sentence, opening.end()):
        return None
    run = opening.group(0)
    all_heads = tuple(sorted(set(heads) - set(_LOOSE_HEADS) | set(_FIRM_HEADS), key=len, reverse=True))
    end = next((i for i in range(4, len(run) + 1) if run[:i].endswith(all_heads)), 0)
    if not end:
        return None
    for _ in range(3):  # the shortest name, then the heads it runs on with
        end = next((end + k for k in range(1, min(7, len(run) - end + 1)) if _runs_on(run, end, k)), end)
    name = run[:end]
    firm = name.endswith(_FIRM_HEADS)
    if not (_PLACE.search(name[:-1]) or name.startswith(_NATIONAL) or firm and len(name) >= 6):
        return None
    if end == len(run) and sentence.startswith(_CLAUSE_ENDS, end) or firm and run.startswith(_FIRM_ACTS, end):
        return None  # a body's statement ("X局，供应商…"), or a firm that wins ("X公司中标…")
    parent = _UNIT_OF.match(name)
    return start, start + (parent.end(1) if parent else end)


def _runs_on(run: str, end: int, k: int) -> bool:
    """Whether the name ``run[:end]`` runs on for ``k`` more characters to a longer head."""
    piece = run[end:end + k]
    return run[:end + k].endswith(_RUN_ON_HEADS) and run[end + k:end + k + 1] != "托" and not piece.startswith(
        _FOR_WHOM) and not any(w in piece for w in _GOODS_WORDS)
