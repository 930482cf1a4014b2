"""Where a Chinese, Japanese or Korean company's name begins, read from its legal form (round 41, suppliers).

Why: enrich/supply_statements.py finds these companies from their heads (有限公司, 株式会社, ㈜) and the statement
next to them, but the characters before a head run on without spaces ("…を伊予ビジネスサービス株式会社に委託"), and
Japanese and Korean write the legal form before the name as often as after it ("株式会社X に発注", "㈜X과 계약").
This module says where such a name starts: after the last verb or particle of the run before it, or, for a legal form
written first, where the particle of the statement after it begins. Kept apart from supply_statements.py, which is
at its size limit.
"""
from __future__ import annotations

import re

# (r41_suppliers: 予 not in the Japanese place 伊予 nor before kana, a kana particle only after a word that is no kana
# itself, and として, so that "伊予ビジネスサービス株式会社", "なにわセキュリティ株式会社" and
# "事業者として X株式会社" are read whole; "判給予X有限公司" still gives X)
_AGENT_VERB_RE = re.compile(
    r".*(?:委托|委託|通过|通過|确定|確定|选定|選定|(?<!伊)予(?![\u3040-\u30ff])|供应商|供應商|として"
    r"|(?<![\u3040-\u309f])[はがをにで])")


def after_agent_verb(window: str, start: int, end: int) -> tuple[int, int]:
    """"X中心委托Y有限公司" read as one run of characters: the company is Y."""
    verb = _AGENT_VERB_RE.match(window, start, end)
    return (verb.end(), end) if verb and end - verb.end() >= 4 else (start, end)


# r41_suppliers: the name after a legal form written first ("株式会社セキュアビジョンに発注した", "㈜경북스마트넷과
# 계약했다", "주식회사 한빛시큐리티와 계약했다"): Japanese and Korean write 株式会社 and ㈜ before the name as often as
# after it, and the particle then closes the name itself
_PREFIXED_NAME_RE = re.compile(r"\s?[가-힣A-Za-z0-9]{2,20}|[^\s，。；、,;：:“”\"'（()）「」《》【】がはをにへ]{2,20}")


def prefixed_name(window: str, head: re.Match[str], after_only: tuple[re.Pattern[str], ...]
                   ) -> tuple[int, int, str] | None:
    """(start, end, wording) of a company whose legal form ``head`` opens its name, when a statement of `after_only`
    follows the name."""
    korean = head.group(0) != "株式会社"
    name = _PREFIXED_NAME_RE.match(window, head.end())
    if name is None or (korean and not re.match(r"\s?[가-힣A-Za-z0-9]", name.group(0))):
        return None
    first = head.end() + (2 if name.group(0)[:1].isspace() else 1) + 1
    ends = range(first, name.end() + 1)  # Japanese: the shortest reading; Korean, one word with its particle last
    for end in reversed(ends) if korean else ends:  # ("(주)영종바이오패스가": not "영종바" before "이오패스가")
        if korean and window.startswith("으로", end - 1):
            continue  # "㈜X으로부터": 으 opens the particle
        if statement := next((m for a in after_only if (m := a.match(window, end))), None):
            return head.start(), end, statement.group(0)
    return None
