"""A Chinese buyer read from prose that opens with the body deciding on it: the people's congress standing committee
or the government's executive meeting that reviews, approves, rejects or studies another body's request.

Why (round 40b): "X县人大常委会会议审议并批准X县公安局…经费", "X县人民政府常务会议研究了X县公安局提交的…申请",
"X市人大常委会否决了X市发展和改革局提请的…预算": the deciding body is the subject of the sentence, but the money is
the requesting body's, and every development set labels that body (ag, am, ap, h12j, h12k, h12l: "第十九次会议听取了
X县公安局…"). A span read across the verb holds both names; the buyer is the name after the verb. A deciding body
named alone ("X县人大常委会审议物业管理条例") keeps its span: nothing follows its verb that could buy.
"""
from __future__ import annotations

import re

# the deciding body's meeting, an optional session ("第十二次会议"), a verb of deciding or hearing, then the name
_DECIDED_BODY = re.compile(
    r"(?:人大常委会|人大常委會|人大常务委员会|人大常務委員會|常务会议|常務會議|常务会|常務會|常委会|常委會)"
    r"(?:第[一二三四五六七八九十百\d]{1,4}次)?(?:会议|會議)?"
    r"(?:审议并批准|審議並批准|审议通过|審議通過|审议|審議|批准|否决|否決|研究|同意|听取|聽取|对|對)了?"
    r"(?P<name>[\u4e00-\u9fff]{4,30})$")


def after_deciding_body(text: str, start: int, end: int) -> int:
    """Start of a Chinese buyer read from prose without the deciding body and its verb before it ("X县人大常委会审议
    X县公安局" -> X县公安局); ``start`` when the span holds no such verb."""
    if end - start < 10 or "常" not in text[start:end]:
        return start
    decided = _DECIDED_BODY.search(text, start, end)
    if decided is None or decided.group("name").startswith(_BARE_UNITS):
        return start  # "…审议县公安局": a unit without its place's name would lose the place the span holds
    return decided.start("name")


_BARE_UNITS = ("县", "縣", "市", "区", "區", "旗")
