"""The edges of a Chinese or Japanese supplier name read from a field or a sentence: a role written before it and a
note, sum or bracket written after its company head are not the name.

Why: values such as "代理商南港數位鑑識有限公司", "以色列Cellebrite公司授权代理哈密信安科技有限公司",
"福州康源医疗工程有限公司，318万元", "华为技术有限公司（总集成）" or "重庆紫光华智科技有限公司（原平台承建方…）"
became whole supplier names, so the awardee was never named as written (about 30 labelled names across the
development sets). A Latin name's tail is cut by party_values.supplier_tail; this is its CJK counterpart, for the
start as well.

How: the name ends at its first company head (有限公司, 股份有限公司, 株式会社 …) that a comma, a bracket or a semicolon
follows ("银河水滴科技（北京）有限公司" keeps its bracket: no head stands before it). The name starts after the
last role word that introduces it (代理商, 授权代理, 经销商, 原承建单位, 本地企业, 扱う) when a company name of
at least four characters remains. A head inside brackets ("Motorola Solutions（台灣摩托羅拉系統股份有限公司）") is
the bracket's, not the name's end. Spans are (start, end) into the text; a name without CJK characters is returned
unchanged.
"""
from __future__ import annotations

import re

_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HEAD_THEN_NOTE_RE = re.compile(
    r"(?:有限责任公司|有限責任公司|股份有限公司|有限公司|株式会社|集团|集團|公司)(?=\s*[，,（(；;）)])")
_ROLE_BEFORE_RE = re.compile(
    r"(?:授权代理商?|授權代理商?|代理商|经销商|經銷商|总代理|總代理|代理|承建单位|承建單位|本地企业|本地企業|扱う"
    r"|合作方|合作伙伴|合作夥伴)[\s「“]*")  # round 37b: a partner's noun ("由公司与合作方X有限公司共同交付")
_OPEN_RE = re.compile(r"[（(]")
_COMPANY_END_RE = re.compile(r"(?:有限责任公司|有限責任公司|股份有限公司|有限公司|株式会社|公司)$")


def supplier_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the supplier name inside the value text[start:end] (see the module docstring)."""
    name = text[start:end]
    if not _CJK_RE.search(name):
        return start, end
    head = next((h for h in _HEAD_THEN_NOTE_RE.finditer(name)
                 if not _OPEN_RE.search(name, 0, h.start())), None)
    if head and head.end() >= 4:
        end = start + head.end()
        name = name[:head.end()]
    roles = list(_ROLE_BEFORE_RE.finditer(name))
    if roles and _COMPANY_END_RE.search(name):
        cut = roles[-1].end()
        if len(name) - cut >= 4 and _CJK_RE.match(name, cut):
            start += cut
    return start, end
