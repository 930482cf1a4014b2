"""Chinese prose that says whose purchase it is without a buyer field (round 36, labelling rule part 3: "only when no
such field exists is the buyer the body the text says buys").

Four sentence shapes name the body that buys, and the lede and title readers miss them because the body is not the
sentence's first words or the title's head:

* a purchase-intention notice: "现将X县公安局2027年第一季度采购意向公开如下" - the body whose intentions they are;
* an audit or a report of a past purchase: "X县公安局2025年采购(实施)的人脸识别卡口…",
  "X县公安局2024年以186万元向Y公司采购的…";
* a contract signed by the body with a company: "X县公安局与Y科技有限公司签订合同…";
* a project the body carries out or leads: "项目由X县住房和城乡建设局组织实施", "由X县委政法委牵头建设",
  "X县委政法委牵头建设的…" (a company that builds it, "由Y公司承建", is its supplier);
* a company's disclosure of a contract with the body: "…与X区公安分局签署《…合同》",
  "收到X人民政府发出的《中标通知书》".

Each name must end in an organisation head and name its place (enrich/zh_prose_buyers._chinese_org_span decides);
a company is never taken for the body in the last two shapes.
"""
from __future__ import annotations

import re

_NAME = r"(?P<org>[^\s，。；、,;：:“”\"（()）《》0-9]{4,40}?)"
_INTENTION_RE = re.compile(r"现将" + _NAME + r"\d{4}年[^，。；\n]{0,12}?采购意向")
_PAST_PURCHASE_RE = re.compile(_NAME + r"(?:于)?\d{4}年度?(?:以[^，。；\n]{1,16}?)?(?:向[^，。；\n]{2,30}?)?"
                               r"(?:采购|实施|建设)的")
_SIGNED_WITH_COMPANY_RE = re.compile(_NAME + r"(?:近日|日前)?与[^，。；\n]{2,40}?(?:公司|集团)(?:正式)?(?:签订|签署)")
_LEADS_PROJECT_RE = re.compile(r"由" + _NAME + r"(?:组织实施|牵头建设|牵头实施|负责实施|组织建设|投资建设"
                               r"|建设(?=[，。；]))|" + _NAME.replace("org", "lead") + r"牵头(?:建设|实施)的")
_COMPANY_SIGNED_WITH_RE = re.compile(r"(?:与|收到)" + _NAME + r"(?:签订|签署|发出的《中标通知书》)")
SENTENCE_SHAPES = (_INTENTION_RE, _PAST_PURCHASE_RE, _SIGNED_WITH_COMPANY_RE, _COMPANY_SIGNED_WITH_RE,
                   _LEADS_PROJECT_RE)


def owned_purchase_names(window: str) -> list[tuple[int, int]]:
    """Candidate spans of the body a sentence says buys, in text order (not yet checked as organisation names)."""
    if not any(word in window for word in ("采购", "签", "中标通知书", "实施", "建设")):
        return []
    spans = [match.span("org" if match.group("org") else "lead")
             for regex in SENTENCE_SHAPES for match in regex.finditer(window)]
    return sorted(spans)
