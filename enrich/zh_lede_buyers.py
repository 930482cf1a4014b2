"""Chinese buyers a notice's body names as the subject of its buying verb ("X县教育局采购…",
"臺中市政府環境保護局決標…", "…，X市发展和改革委员会出资…"), and the buyer a role word names without a link
("采购人X县公安局，…").

Why: a title often heads with the site or project ("X县中学录播教室…", "X市體育中心…") or an abbreviation ("環保局"),
while the body's first sentence says who buys, in full; the body's subject is the buyer then. Round 20.
"""
from __future__ import annotations

import re
from functools import lru_cache

# What a public body does as a buyer right after its name (simplified and traditional forms)
_JOINT = re.compile(r"联合|聯合|会同|會同")
_BUYING_VERBS = ("采购", "採購", "决标", "決標", "购置", "購置", "购买", "購買", "出资", "出資", "招标", "招標", "发包",
                 "發包", "公告", "签订", "簽訂", "拟采购", "擬採購", "订购", "訂購",
                 # round 25: a news lede's body opens with its subject and any predicate - it entrusts, funds, builds,
                 # states, or a time or place phrase first ("X局委托…", "X局補助…", "X署表示，…", "X局於碼頭試辦…")
                 "委托", "委託", "补助", "補助", "编列", "編列", "实施", "實施", "建设", "建設", "建置", "安装", "安裝",
                 "引进", "引進", "试办", "試辦", "试行", "試行", "确认", "確認", "表示", "称", "稱", "近日", "日前",
                 "以港幣", "以港币", "以新臺幣", "以澳門", "在", "於", "于", "为", "為",
                 # round 26: a body's plan or errand as its predicate ("X署規劃於…", "X署就…招標", "X處擬以…",
                 # "X局辦理…案", "X局将…", "X局计划…")
                 "规划", "規劃", "计划", "計劃", "拟", "擬", "办理", "辦理", "就", "将", "將",
                 # round 28: it extends, renews, replaces or announces ("X警察局擴建…", "X處更新…", "X署宣布，…")
                 "扩建", "擴建", "扩充", "擴充", "更新", "汰换", "汰換", "添购", "添購", "升级", "升級", "宣布", "宣佈",
                 # round 35: it adds, replaces or grants, or a day first ("X警察局新增…", "X所更換…", "X署今日批出…")
                 "新增", "增设", "增設", "更换", "更換", "批给", "批給", "今日")
_PLACE = re.compile(r"[省市县縣区區州旗盟镇鎮乡鄉]|^(?:香港|澳門|澳门|臺|台)")
# heads of bodies a news lede opens with that the title heads lack (a centre, customs, a library, a street office,
# a bank); a government department named alone ends in 署 and needs no place ("運輸署", "懲教署")
_LEDE_HEADS = ("中心", "海关", "海關", "图书馆", "圖書館", "街道", "银行", "銀行",
               # round 28: a party committee's departments buy in their own name ("X县委宣传部采购…")
               "统战部", "統戰部", "宣传部", "宣傳部", "组织部", "組織部",
               # round 30: a culture centre or museum, a civility or credit office ("X县文化馆…项目", "X县信用办采购…")
               "文化馆", "文化館", "博物馆", "博物館", "文明办", "文明辦", "信用办", "信用辦",
               # round 35: a zoo, a correctional institution ("X市立動物園更新…", "懲教署X懲教所更換…")
               "动物园", "動物園", "惩教所", "懲教所")
_DEPARTMENT = "署"
# A clause boundary before a subject: a line start or a Chinese stop/comma
_BOUNDARY = re.compile(r"(?:^|(?<=[\n。；;，,】])|(?<=[訊讯電电][\u3000 \t])|(?<=[訊讯電电]——))[ \t\u3000]*", re.M)
# (a news dateline "臺北訊　" / "北京电 " ends before the lede's subject as a stop would)
_NAME_CHARS = re.compile(r"[^\s—，。；;：:、,“”\"'（()）【】\[\]「」《》]{3,30}")
# Traditional forms of the heads a title buyer ends in (the cue list is simplified)
_TRADITIONAL_HEADS = ("委員會", "管委會", "人民政府", "政府", "局", "署", "處", "廳", "委", "辦公室", "聯社", "联社",
                      "公所", "大隊", "隊", "醫院")  # round 30: "X縣竹北市公所辦理…", "X署偵防查緝隊採購…"
_NOT_A_NAME = ("根据", "根據", "据", "據",  # round 30: "根据自治区审计厅对…" (according to), no name
               "本项目", "本項目", "本次", "项目", "項目", "该", "該", "由", "经", "經", "为", "為", "对", "對",
               "拟", "擬", "近日", "公司", "本公司", "现", "現")
# Words of the title's notice-word list that bodies' own names hold (住房和城乡建设局, 工程處, 政务服务中心)
_NAME_WORDS = frozenset(("建设", "建設", "工程", "服务", "服務", "系统", "系統"))
_FIRM_WORDS = ("公司", "集团", "集團")
_DATED = re.compile(r"\d|年")


def lede_subject(window: str, heads: tuple[str, ...], notice_words: tuple[str, ...]) -> tuple[int, int] | None:
    """The first body clause (within the first two lines after the title) that opens with a public body's name
    followed by a buying verb: (start, end) of the name."""
    title_end = window.find("\n")
    if title_end < 0:
        return None
    stop = window.find("\n", title_end + 1)
    stop = len(window) if stop < 0 else stop
    stop = min(stop, title_end + 400)
    all_heads, for_whom_re = _heads(heads)
    for boundary in _BOUNDARY.finditer(window, title_end + 1, stop):
        start = boundary.end()
        run = _NAME_CHARS.match(window, start, stop)
        if not run:
            continue
        text = run.group(0)
        for index in range(len(text), 2, -1):  # the longest name a verb follows
            name = text[:index]
            if not name.endswith(all_heads) or _JOINT.search(name):
                continue  # "X法院联合市信用办…": two bodies acting together, read by the other rules
            opening = not _verb_follows(window, start + index)
            if opening and not _opens_project(window, start, start + index):
                continue
            if opening and not window.startswith(name) and _PROJECT_CLAUSE.match(window, start + index):
                # round 30: a project clause; the title's own body, where it heads with part of the name
                index = next((k for k in range(index - 1, 3, -1) if name[:k].endswith(all_heads)
                              and window.startswith(name[:k])), index)  # ("和田市公安局网安大队…项目": the 公安局)
                name = text[:index]
            notice = any(w in name for w in notice_words if w not in _NAME_WORDS) or any(
                w in name for w in _FIRM_WORDS)  # "X科技股份有限公司与某县…局": a firm's sentence, never a buyer
            placed = any(m.start() > 0 or len(m.group()) > 1 for m in _PLACE.finditer(name[:-1])) or (  # not "市X局"
                name.endswith(_DEPARTMENT) and len(name) >= 3) or (
                _DEPARTMENT in name[1:-2] and len(name) >= 6) or (  # a national agency's unit: "X署刑事警察局"
                bool(_MINISTRY_UNIT.match(name)))  # a ministry's bureau: "法務部調查局"
            if name.startswith(_NOT_A_NAME) or not placed or notice or _DATED.search(name):
                break
            if text.startswith(_NOUN_AFTER, index + 2) and text.startswith(("建设", "建設"), index):
                continue  # "X中心建设项目": a project's name, no predicate
            for_whom = for_whom_re.search(name)
            if for_whom:
                return start, start + for_whom.end()  # "X县公安局为各派出所采购": the body that buys for its units
            agent = name.find("由", 0, 4)
            if agent > 0 and index - agent > 4:
                start, name, index = start + agent + 1, name[agent + 1:], index - agent - 1  # "明确由X县公安局实施"
            parent = _UNIT_OF.search(name)
            return start, start + (parent.end(1) if parent else index)  # "X县人民医院远程会诊中心": the hospital
    return None


# a national ministry's bureau or agency, named without a place ("法務部調查局", "內政部移民署")
_MINISTRY_UNIT = re.compile(r"^[^部]{1,4}部[^部]{2,8}[局署處处司]$")
# a case's quoted name or the body's seat in brackets between the name and its verb: "X局「…維護案」決標",
# "X局（臺北市新店區）採購"
_BETWEEN = re.compile(r"「[^」\n]{1,40}」|《[^》\n]{1,40}》|[（(][^）)\n]{1,20}[）)]")


def _verb_follows(window: str, position: int) -> bool:
    if window.startswith(_BUYING_VERBS, position):
        return True
    between = _BETWEEN.match(window, position)
    return between is not None and window.startswith(_BUYING_VERBS, between.end())


# round 30: what else follows a body that opens the body text: it rebuilds, improves or awards ("X局改造…",
# "X處改善…", "X署批出合約", "X處以租賃方式"), or a hospital's ward buys ("X医院康复科采购"), or the
# clause is the body's project itself ("X县委统战部民族团结…展陈布展项目，成交供应商：…")
_OPENING_VERBS = ("改造", "改善", "批出", "公布", "公佈", "以租", "以公开", "以公開", "以政府", "以单一", "以單一")
_WARD_BUYS = re.compile(r"[\u4e00-\u9fff]{1,5}科(?:采购|採購)")
_PROJECT_CLAUSE = re.compile(r"[^\s，。；;,：:（()）“”「」]{2,40}?(?:项目|項目|工程)(?=[，。；,（(]|因)")


# a cause clause before the body's subject ("因预算调整，", "由於經費不足，")
_CAUSE_FIRST = re.compile(r"(?:因|由于|由於|鉴于|鑑於)[^，。；\n]{1,30}[，,]")


def _opens_project(window: str, start: int, position: int) -> bool:
    """At the body's opening only (``start`` right after the title): one of the round-30 shapes above."""
    before = window[window.find("\n") + 1:start].strip()
    if window.rfind("\n", 0, start) != window.find("\n") or before and not _CAUSE_FIRST.fullmatch(before):
        return False  # r35: "因项目资金未落实，X县公安局天网工程三期项目（预算…）招标终止": a cause clause first
    if window.startswith(_OPENING_VERBS, position):
        return True
    if window[:position].endswith(("医院", "醫院")) and _WARD_BUYS.match(window, position):
        return True
    return bool(_PROJECT_CLAUSE.match(window, position))


# a centre inside a hospital or a bureau is its unit ("X县人民医院远程会诊中心" buys as the hospital); a government's
# service centre is a body of its own ("X县人民政府政务服务中心")
_UNIT_OF = re.compile(r"^(.{3,}?(?:医院|醫院|局))[^局院]{2,10}中心$")


_NOUN_AFTER = ("项目", "項目", "工程")


@lru_cache(maxsize=4)
def _heads(heads: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The title heads with their traditional forms, longest first, and a head followed by "for" (为/向…)."""
    all_heads = tuple(sorted(set(heads) | set(_TRADITIONAL_HEADS) | set(_LEDE_HEADS), key=len, reverse=True))
    return all_heads, re.compile("(?:" + "|".join(all_heads) + ")(?=[为為向给給替])")


# "采购人X县公安局，…" / "采购单位X…。": a role word and the name, no link, no colon (those are fields)
_ROLE_NAME = re.compile(r"(?:采购人|採購人|采购单位|採購單位|招标人|招標人)(?![为是：:（(\s])"
                        r"(?P<org>[^\s，。；;：:、,（()）]{4,30})(?=[，。；;,])")


def role_named(window: str, heads: tuple[str, ...]) -> tuple[int, int] | None:
    """The name right after a buyer role word with neither a link nor a colon (see _ROLE_NAME)."""
    for match in _ROLE_NAME.finditer(window):
        name = match.group("org")
        if name.endswith(heads) and _PLACE.search(name[:-1]) and not name.startswith(_NOT_A_NAME):
            return match.span("org")
    return None


# A project's name that opens with the body it is for (round 26): the name field ("项目名称：X县公安局卡口新建项目"),
# a quoted project ("中标“X县公安局智慧小区建设项目”"), or a body followed by its quoted project
# ("X县公安局“社会面感知”项目"). A title head reads the same shape from the title (enrich/prose_parties.py).
_PROJECT_FIELD = re.compile(r"(?:项目名称|項目名稱|工程名称|工程名稱)[ \t]*[：:][ \t]*"
                            r"(?P<name>[^\s，。；;、,：:]{6,60})")
_QUOTED_PROJECT = re.compile(r"[“「《](?P<name>[^”」》\s，。]{6,60}?(?:项目|項目|工程))[”」》]")
_BODY_THEN_QUOTE = re.compile(r"(?P<name>[^\s，。；;：:、,“”「」《》]{4,30}?)[“「][^”」\n]{2,30}[”」]"
                              r"(?:项目|項目|工程|系统|系統)")
_PROJECT_ENDS = ("项目", "項目", "工程")


def project_owner(window: str, heads: tuple[str, ...], notice_words: tuple[str, ...]) -> tuple[int, int] | None:
    """The placed public body a project's name opens with: (start, end) of the body's name."""
    all_heads, _ = _heads(heads)
    for regex in (_PROJECT_FIELD, _QUOTED_PROJECT, _BODY_THEN_QUOTE):
        for match in regex.finditer(window):
            start, end = match.span("name")
            name = window[start:end]
            if regex is _PROJECT_FIELD and not name.endswith(_PROJECT_ENDS):
                continue
            if regex is not _BODY_THEN_QUOTE:
                first_word = min((i for i in (name.find(w) for w in notice_words) if i > 0), default=len(name))
                name = name[:first_word]  # the body ends before the project's own words
            owner = next((index for index in range(len(name), 3, -1) if name[:index].endswith(all_heads)), None)
            if owner is None:
                continue
            body = name[:owner]
            if body.startswith(_NOT_A_NAME) or not _PLACE.search(body[:-1]) or _DATED.search(body) or any(
                    w in body for w in _FIRM_WORDS):
                continue
            if regex is _BODY_THEN_QUOTE and owner != len(name):
                continue  # the quote must follow the body's name itself
            return start, start + owner
    return None
