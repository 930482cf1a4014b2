"""Negation: does the sentence around a cue say the notice does *not* buy it?

Why: procurement notices often state what is excluded ("the system does not perform facial recognition",
不含人脸识别, sin reconocimiento facial, без распознавания лиц), and a tag on such a notice would be the
worst kind of error — an accusation the text contradicts. A `Document` is computed once per notice: the
clause structure (`clause_map.Clauses`) and where negation words stand; `negated(start, end)` then asks
whether a given cue match is negated by its own clause (or by a list it belongs to).
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache

from enrich.classify.answers import ANSWER_NO, ANSWERED_NO, question_answered_no
from enrich.classify.claims import ALLEGED, ALLEGED_HINTS, ALLEGED_REACH, REFUTED, REFUTED_REACH
from enrich.classify.clause_map import Clauses
from enrich.classify.listsubject import GLUE as _GLUE
from enrich.classify.listsubject import after_negates, list_subject_negated
from enrich.classify.patterns import ASKED, any_of
from enrich.classify.replies import ANSWER_NO_MORE, ANSWER_ONLY, ASKED_ABOUT, ASKED_HINTS
from enrich.classify.rules import Rules
from enrich.classify.takeback import (
    NEVER_DONE,
    NEXT_CLAUSE_BACK,
    NO_ACTION,
    NOT_PAID,
    NOT_REALISED,
    NOT_REALISED_HINTS,
    REPORT_ON,
    TAKEN_BACK,
)
from enrich.fastscan import Prefixed

#: A plain item of an alphabetic list, one to three words ("microphones", "audio sensors"): in "no cameras,
#: microphones or licence plate readers" the negation reaches the last item over items that are not cues.
_PLAIN_ITEM = tuple(re.compile(r"\s*[^\W\d_]+" + r"[ \t-][^\W\d_]+" * extra + r"(?![\w])") for extra in range(3))
_CJK = re.compile("[\u3400-\u9fff]")
_MAX_PLAIN_ITEMS = 3
#: The last item of a list of verbs and what it takes, before the cue: "…, license or enable any live [cue]" (a verb
#: after the connector: "…, religion or [cue]" is a list of things).
_LAST_VERB = re.compile(r"\s*[^\W\d_]+(\s+\S+)\s+(?:[^\W\d_]+\s+){1,7}$")
#: One to three words: what a negation heads before a list's break ("not supply", "no biometric identification");
#: a hyphenated compound is one word ("no face-matching, …").
_WORDS = tuple(re.compile(r"\s*[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0," + str(extra) + r"}\s*")
               for extra in range(3))
#: A denial reaches the clause it introduces over a comma ("опроверг сообщения о том, что камеры …", "dementi, dass").
_DENIES = re.compile(r"опроверг|отрица|спросту|заперечу|dementi|dement|zaprzecz|poprel|popira|demant|denie[sd]|deny"
                     r"|niega|nego|negou|nega\b|yalanla")
#: The end of a negation that reports a claim, not a fact: its comma opens the claim (网友称，…; 网传，…).
_CLAIM_END = re.compile(r"(?:称|反映|爆料|发帖|网传|流传|传言|传闻|辟谣|否认)$")
_THAT = re.compile(r"\s*(?:что|чтобы|що|dass|ze|da|que|that)\b")
#: Where a negated thing would go, right before a later cue: "ruled out adding facial recognition to the mall cameras".
#: Round 20: the Catalan, Spanish and Portuguese contractions too ("descarta el reconeixement facial al contracte de
#: videovigilància": the contract keeps its cameras).
_PLACE = re.compile(r"(?:^|\s)(?:(?:to|in|into|on|onto|at)\s+(?:[^\s,;.:]+\s+){0,4}"
                    # round 23: "rejecting face recognition add-on for downtown cameras" (not "for reviewing footage")
                    r"|for\s+(?:(?![^\s,;.:]*ing\s)[^\s,;.:]+\s+){0,2}"
                    r"|(?:dans|sur|aux?|al|als|ao|en|em|nas|nos|auf|an|zu|nelle|nei|sulle|alle|в|во|на|к)"
                    r"\s+(?:[^\s,;.:]+\s+){0,2})$")
#: A relative clause right after the cue that takes it back: "…, which we no longer sell", "…, which it does not use".
_WHICH_NOT = re.compile(r"\s*,\s*(?:which|that)\s+(?:we|they|it|the (?:company|city|council|police|force|agency))\s+"
                        r"(?:no longer|(?:do|does|did|will|shall)\s+not|never|(?:has|have)\s+not)\s+(?:\w+\s+)?"
                        r"(?:sell|offer|provide|supply|market|use|deploy|buy|purchase|procure|install|operate)")
_NOR = re.compile(r"\s*(?:nor|ni|neither|ne|noch|nemmeno|nem|nor can|nor may)\b")
_NEXT_ITEM = re.compile(r"\s+(?:or|and|nor|o|y|ou|et|oder|und|ili|или|lub|oraz|of|en)\s+[^\W\d_]")
#: Round 29: "and"/"or" of the languages the cue file's list connectors leave out, between two cues of one noun
#: phrase; Arabic و/أو and Hebrew ו written onto the next word ("حسب الجنسية والملامح العرقية"), Japanese と/や/及び,
#: Korean 및/와/과.
_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:ve|veya|dan|atau|va|và|hoặc|och|eller|og|es|vagy|si|sau|nebo|kai|και|ή|и|или"
                   r"|او|یا|או|और|या|na|au)\s+|[وו]|او\s*|と|や|及び|및\s*|와\s*|과\s*|ও\s*)")
#: Round 29: between two cues of one noun phrase, a connector and at most two words ("race and ethnic features",
#: "حسب الجنسية والملامح العرقية", "la etnia y los rasgos raciales").
_PHRASE_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|nor|and/or|as well as|y|o|e|ou|et|und|oder|ed|en|и|или|i|ili"
                         r"|oraz|lub|ve|veya|dan|atau|va|và|hoặc|och|eller|og|es|vagy|si|sau|nebo|kai|και|ή|η|او|یا|או|और|या)\s+"
                         r"|[وו](?=[^\W\d_])|和|或|及|与|と|や|及び|및\s*|와\s*|과\s*)(?:[^\W\d_]+\s+){0,2}"
                         # a cue in brackets right after a head word: "手机信息采集设备（电子围栏）", "IMSI catchers (…"
                         r"|\s*[^\W\d_]{0,4}\s*[（(]")
#: A clause that only introduces examples of what the clause before it names: "…, and no upgrade may offer,
#: functions such as facial recognition", "funcionalidades tales como el reconocimiento facial".
_SUCH_AS = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:such as|like|including|e\.g\.|tales como|tal como|como por ejemplo"
                      r"|tais como|como|tels? que|telles? que|comme|come|quali|wie|zoals|takie jak|такие как|например)"
                      r"\s+(?:(?:the|el|la|los|las|o|a|os|as|le|les|l['’]|il|lo|gli|der|die|das)\s*)?")
#: Nothing but an article between a list's comma and its item: "…, la lectura de matrículas o …".
_ARTICLE = re.compile(r"\s*(?:the|el|la|los|las|os|as|le|les|l['’]|il|lo|gli|der|die|das|den|het)\s*")


@lru_cache(maxsize=8)
def _prefixed(pattern: re.Pattern[str]) -> Prefixed:
    """`pattern` tried only where one of its literal openings stands (enrich/fastscan.py): the same matches. Why: a
    pattern opening with a word boundary and an alternation (ALLEGED, ASKED_ABOUT) gives `re` nothing to skip to,
    and was tried at every position of a notice holding one of its hints (~4 ms a 64 KB notice)."""
    return Prefixed(pattern)


class Document(Clauses):
    """A notice's clause structure plus where its negation words stand, computed once per notice."""

    def __init__(self, text: str, rules: Rules, language: str | None = None) -> None:
        super().__init__(text, rules)
        # words that negate elsewhere but not in the notice's language (Portuguese "no" is "in the")
        self.not_negating = rules.negation_not_in.get((language or "").split("-")[0].lower(), frozenset())
        self.all_cue_ends: set[int] = set()
        self.all_cue_spans: list[tuple[int, int]] = []
        self.cue_span_starts: list[int] = []
        self.negated_cues = 0  # cue matches negated in their clause (a notice of nothing but these buys nothing)
        self.negated_ends: dict[str, list[int]] = {}  # per taxonomy id, where its negated matches end
        self.unfused_centre = False  # a cue's centre beside cameras that fuses them with nothing (round 29)

    @cached_property
    def neg_before(self) -> list[tuple[int, int]]:
        spans = self.rules.negation_before.spans(self.folded, self.starts("negation_before"))
        if self.not_negating:
            spans = [(s, e) for s, e in spans if self.folded[s:e] not in self.not_negating]
        for objects in (self.rules.negation_taxes, self.rules.negation_brands):  # "sin IVA", "excludes Hikvision"
            if objects is not None and spans:
                spans = [(s, e) for s, e in spans if not objects.match(self.folded, e)]
        return spans

    @cached_property
    def neg_before_starts(self) -> list[int]:
        return [start for start, _ in self.neg_before]

    @cached_property
    def neg_header_ends(self) -> list[int]:
        header = self.rules.negation_header
        return [] if header is None else [end for _, end in header.spans(self.folded, self.starts("negation_header"))]

    def _negation_between(self, lo: int, hi: int) -> bool:
        """A negation in [lo, hi), not one closed in brackets before `hi` ("(IVA excluido) para instalar …")."""
        k = bisect.bisect_left(self.neg_before_starts, lo)
        while k < len(self.neg_before) and self.neg_before[k][1] <= hi:
            s, e = self.neg_before[k]
            opened = max(self.folded.rfind("(", max(0, s - 40), s), self.folded.rfind("（", max(0, s - 40), s))
            if opened == -1 or not any(b in self.folded[e:hi] for b in ")）"):
                return True
            k += 1
        return False

    def _without_cues(self, lo: int, hi: int) -> str:
        """The text in [lo, hi) with every cue match blanked out, to see whether only list glue is left."""
        self._cue_starts()
        chars = list(self.folded[lo:hi])
        i = bisect.bisect_left(self.cue_span_starts, lo)
        while i < len(self.all_cue_spans) and self.all_cue_spans[i][0] < hi:
            s, e = self.all_cue_spans[i]
            if e <= hi:
                chars[s - lo : e - lo] = " " * (e - s)
            i += 1
        return "".join(chars)

    @cached_property
    def title_answered_no(self) -> int:
        """The end of a headline that asks and answers no ("… IMSI-catcher vans? Force says no"), else 0: its
        question's cues are what the item denies."""
        title_end = self.folded.find("\n")
        title = self.folded[:title_end if title_end != -1 else len(self.folded)]
        return len(title) if ANSWERED_NO.search(title) else 0

    def negated(self, start: int, end: int) -> bool:
        """True when the clause around [start, end) negates or excludes the cue."""
        rules = self.rules
        if end <= self.title_answered_no:
            return True
        # After the cue, up to the next comma: "facial recognition is not included", 人脸识别功能除外.
        sentence_start, sentence_end = self.sentence(start, end)  # (once: every test below reads this sentence)
        after_end = min(sentence_end, end + rules.negation_window)
        soft = self.soft_spans  # (read only as far as this cue's clause: Clauses.soft_spans)
        soft.upto(after_end)
        k = bisect.bisect_left(soft.starts, end)
        while k < len(soft.starts) and soft.starts[k] < after_end:
            if self.folded[soft.starts[k]] not in ":：|\t":  # "Facial recognition: no", table cells
                after_end = soft.starts[k]
                break
            k += 1
        if after_negates(self, start, end, sentence_end, after_end) or list_subject_negated(self, end, sentence_end) \
                or _WHICH_NOT.match(self.folded, end, sentence_end) or self._asked_then_no(start, end) or \
                TAKEN_BACK.match(self.folded, end, sentence_end) or self._next_clause_takes_back(end) or \
                NEVER_DONE.match(self.folded, end, sentence_end) or self._not_realised(end, sentence_end) or \
                self._report_no_action(start, end, sentence_end):
            return True  # round 28: "…, which was later rejected"; "… etnia; o item foi retirado"
        if question_answered_no(self.folded, sentence_start, sentence_end):  # "Wird X eingesetzt?\nNein."
            return True
        # A negating label earlier in the sentence: "Not included: facial recognition, ALPR".
        if self.neg_header_ends:
            h = bisect.bisect_right(self.neg_header_ends, start)
            if h > 0 and self.neg_header_ends[h - 1] > sentence_start:
                return True
        if rules.negation_right_after is not None and self._right_after_negates(end, after_end):
            return True
        # Single-character Chinese negations (无, 非) only when right before the cue: 无人脸识别功能.
        if rules.negation_tight is not None:
            for m in rules.negation_tight.finditer(self.folded, max(0, start - 2), end):  # lookaheads see the cue
                if m.end() == start:
                    return True
        # Before the cue in the same clause; a list carries the negation over commas ("no X, Y or Z").
        return self._negated_before(start) or self._glued_to_negated(start) or self._denied_claim(start) or \
            self._alleged_then_refuted(start, end)

    def _next_clause_takes_back(self, end: int) -> bool:
        """Round 28: the clause after the cue's own opens with "the item / o item / diese Funktion" removed, and no
        other cue stands between (enrich/classify/takeback.py)."""
        back = NEXT_CLAUSE_BACK.match(self.folded, end)
        if back is None:
            return False
        brk = back.start("brk") if back.start("brk") != -1 else back.start("brk2")
        # round 29: cues of the cue's own noun phrase may stand before the break ("حسب الجنسية والملامح العرقية،
        # وقد ألغي هذا البند", "face and gait recognition. That feature was removed"): the anaphor takes them all
        return not self._other_cue_between(end, brk, phrase=True)

    @cached_property
    def _may_be_unrealised(self) -> bool:
        return self._holds("hints.not_realised", NOT_REALISED_HINTS)

    def _not_realised(self, end: int, sentence_end: int) -> bool:
        """Round 29: the cue's sentence says, after it, that the item was never carried out, and that sentence or the
        next that it was never paid for (enrich/classify/takeback.py NOT_REALISED, NOT_PAID)."""
        if not self._may_be_unrealised:
            return False
        m = NOT_REALISED.search(self.folded, end, min(sentence_end, end + 160))
        if m is None or self._other_cue_between(end, m.start(), phrase=True):
            return False
        _, next_end = self.sentence(sentence_end + 1, sentence_end + 1)
        return NOT_PAID.search(self.folded, m.end(), min(max(next_end, sentence_end), m.end() + 240)) is not None

    def _report_no_action(self, start: int, end: int, sentence_end: int) -> bool:
        """Round 29: minutes receiving a report or presentation on the cue and taking no action (takeback.REPORT_ON)."""
        if not self._says_no_action:  # (a whole-text search: once a notice, not once a cue)
            return False
        sentence_start, _ = self.sentence(start, end)
        if REPORT_ON.search(self.folded, max(sentence_start, start - 120), start) is None:
            return False
        _, next_end = self.sentence(sentence_end + 1, sentence_end + 1)
        return NO_ACTION.search(self.folded, end, min(max(next_end, sentence_end), sentence_end + 80)) is not None

    @cached_property
    def _says_no_action(self) -> bool:
        return "no action" in self.folded

    def _holds(self, key: str, words: tuple[str, ...]) -> bool:
        """``any(word in self.folded for word in words)``, read from the candidate pass where `key` is its member
        (rules.hint_words; else one `in` search per word)."""
        if self.rules.members.get(key) is None:
            return any(word in self.folded for word in words)
        return self.search(key, any_of(words)) is not None

    @cached_property
    def _alleged_ends(self) -> list[int]:
        if not self._holds("hints.alleged", ALLEGED_HINTS):
            return []
        return [m.end() for m in _prefixed(ALLEGED).finditer(self.folded)]

    def _alleged_then_refuted(self, start: int, end: int) -> bool:
        """Round 28: is the cue inside an allegation ("complainants alleged that …") that its sentence or what follows
        refutes ("no cameras were found", "is not supported by the record")? (enrich/classify/claims.py)"""
        if not self._alleged_ends:
            return False
        sentence_start, sentence_end = self.sentence(start, end)
        i = bisect.bisect_right(self._alleged_ends, start)
        if i == 0 or self._alleged_ends[i - 1] < max(sentence_start, start - ALLEGED_REACH):
            return False
        return REFUTED.search(self.folded, sentence_start, min(len(self.folded), sentence_end + REFUTED_REACH)) \
            is not None

    def _in_place_of_negated(self, lo: int, start: int) -> bool:
        """A cue between the negation in [lo, start) and a place word before `start` takes it ("no X in new Y")."""
        neg_end = self.neg_before[bisect.bisect_left(self.neg_before_starts, lo)][1]
        starts, last = self._cue_starts(), None  # the spans starting in [neg_end, start] (sorted: by bisection)
        for i in range(bisect.bisect_left(starts, neg_end), bisect.bisect_right(starts, start)):
            e = self.all_cue_spans[i][1]
            if e <= start and (last is None or e > last):
                last = e
        return last is not None and _PLACE.search(self.folded, last, start) is not None

    def _cue_starts(self) -> list[int]:
        """The starts of `all_cue_spans`, sorted with them (once a notice)."""
        if not self.cue_span_starts:
            self.all_cue_spans.sort()
            self.cue_span_starts = [s for s, _ in self.all_cue_spans]
        return self.cue_span_starts

    def _other_cue_between(self, end: int, hi: int, phrase: bool = False) -> bool:
        """A cue in [end, hi) that is no item of the list of the cue ending at `end` takes a negation after it ("Video-
        überwachung im Park – Gesichtserkennung ausgeschlossen"); "facial recognition and ALPR excluded": both.
        `phrase`: a connector may also be followed by a word or two before the next cue, one noun phrase ("by
        nationality and ethnic features", "حسب الجنسية والملامح العرقية")."""
        self._cue_starts()
        cursor = end
        i = bisect.bisect_left(self.cue_span_starts, end)
        while i < len(self.all_cue_spans) and self.all_cue_spans[i][0] < hi:
            s, e = self.all_cue_spans[i]
            i += 1
            gap = self.folded[cursor:s] if s > cursor else ""  # (the lanes of an id may match the same words)
            if gap.strip() not in ("", ",", "，", "、", "/") and not self.rules.list_connector.fullmatch(gap.strip()) \
                    and not _GLUE.fullmatch(gap) and not _JOIN.fullmatch(gap) \
                    and not (phrase and _PHRASE_GAP.fullmatch(gap)):
                return True
            cursor = max(cursor, e)
        return False

    def _denied_claim(self, start: int) -> bool:
        """The cue in a clause opening with "that" (что, dass, że) after a comma that follows a denial, or in the
        clause a rumour or denial introduces with its comma (网友称，…摄像头能“刷脸”; 网传，…)."""
        clause_start, brk = self.clause_start(start)
        if brk is None or self.folded[brk] not in ",，" or start - clause_start > self.rules.negation_window:
            return False
        if self._claim_before(brk):
            return True
        if not _THAT.match(self.folded, clause_start, start):
            return False
        previous_start, _ = self.clause_start(brk)
        return _DENIES.search(self.folded, max(previous_start, brk - self.rules.negation_window), brk) is not None

    def _claim_before(self, brk: int) -> bool:
        """Does a negation that reports a claim (网友称, 网传, 否认) end right before the comma at `brk`?"""
        k = bisect.bisect_left(self.neg_before_starts, max(0, brk - 12))
        while k < len(self.neg_before) and self.neg_before[k][0] < brk:
            s, e = self.neg_before[k]
            if e <= brk and not self.folded[e:brk].strip() and _CLAIM_END.search(self.folded, s, e):
                return True
            k += 1
        return False

    @cached_property
    def _asked_ends(self) -> list[int]:
        ends = [m.end() for m in self.finditer("asked", ASKED)]  # where its prefixes stand (a handful a notice)
        if self._holds("hints.asked", ASKED_HINTS):  # round 28: "asked about", "preguntaron por", 询问…是否
            ends = sorted(set(ends).union(m.end() for m in _prefixed(ASKED_ABOUT).finditer(self.folded)))
        return ends

    def _asked_then_no(self, start: int, end: int) -> bool:
        """Is the cue what an indirect question earlier in its sentence asks about, answered no right after it
        ("asked whether facial recognition would be enabled; the Director confirmed it is not part of the
        contract")?"""
        if not self._asked_ends:
            return False
        sentence_start, sentence_end = self.sentence(start, end)
        i = bisect.bisect_right(self._asked_ends, start)
        if i == 0 or self._asked_ends[i - 1] < max(sentence_start, start - self.rules.negation_window):
            return False
        _, next_end = self.sentence(sentence_end + 1, sentence_end + 1) if sentence_end < len(self.folded) \
            else (0, sentence_end)
        hi = min(next_end, end + 240)
        if any(p.search(self.folded, end, hi) is not None for p in (ANSWER_NO, ANSWER_NO_MORE)):
            return True
        only = ANSWER_ONLY.search(self.folded, end, hi)  # "the devices read plates only": no cue in its subject
        return only is not None and not any(only.start("subject") < e and s < only.end("subject")
                                            for s, e in self.all_cue_spans)

    def _negated_before(self, start: int) -> bool:
        rules = self.rules
        cursor = start
        plain = 0
        verbs = False  # the list is one of verbs: "shall not supply, configure or enable any [cue]"
        middle = False  # the cue is a middle item after a plain one
        for step in range(8):
            clause_start, brk = self.clause_start(cursor)
            lo = max(clause_start, cursor - rules.negation_window)
            if self._negation_between(lo, cursor):
                if step == 0 and self._in_place_of_negated(lo, start):
                    return False
                return not (verbs or middle) or self._negation_then_words(lo, cursor, 1 if verbs else 3)
            if brk is None or self.folded[brk] not in ",，":  # "but", "however", colons end a list
                return False
            gap = self._without_cues(clause_start, cursor)
            before_break = brk  # len(self.folded[:brk].rstrip()), without copying the text before the break
            while before_break > 0 and self.folded[before_break - 1].isspace():
                before_break -= 1
            if _SUCH_AS.fullmatch(gap) and not _CJK.search(gap):
                pass  # "…, features such as [cue]": the clause before says what becomes of them
            elif step == 0 and not gap.strip() and before_break not in self.all_cue_ends and self._opens_list(start):
                middle = True  # "no biometric identification, [cue] or social-media tools"
            elif step == 0 and _ARTICLE.fullmatch(gap) and before_break in self.all_cue_ends \
                    and self._opens_list(start):
                pass  # "sin el reconocimiento facial, la lectura de matrículas o …": a middle item after a cue
            elif not (rules.list_connector.match(gap) and before_break in self.all_cue_ends):
                text = self.folded[clause_start:cursor]
                last = None if verbs or _CJK.search(gap) else _LAST_VERB.match(gap)
                if last is not None and rules.list_connector.fullmatch(last.group(1)):
                    verbs = True
                elif plain >= _MAX_PLAIN_ITEMS or not self._plain_item(text, last=step == 0):
                    return step == 0 and self._after_nor_aside(before_break)
                plain += 1
            cursor = before_break
        return False

    def _negation_then_words(self, lo: int, hi: int, words: int) -> bool:
        """A negation in [lo, hi) followed by `words` words at most: it heads a list of verbs ("shall not supply",
        one word) or of things ("no biometric identification"), not a clause of its own ("Options: no, supply and
        install cameras")."""
        k = bisect.bisect_left(self.neg_before_starts, lo)
        return k < len(self.neg_before) and self.neg_before[k][1] <= hi and \
            _WORDS[words - 1].fullmatch(self.folded[self.neg_before[k][1]:hi]) is not None

    def _after_nor_aside(self, end: int) -> bool:
        """Does the clause ending at `end` open with "nor" and follow a negated verb ("the contract does not include,
        nor may it be extended to include, [cue]"; "no incluye, ni podrá ampliarse para incluir, [cue]")?"""
        aside_start, brk = self.clause_start(end)
        if brk is None or self.folded[brk] not in ",，" or not _NOR.match(self.folded, aside_start, end):
            return False
        before = brk
        while before > 0 and self.folded[before - 1].isspace():
            before -= 1
        lo, _ = self.clause_start(before)
        return self._negation_then_words(max(lo, before - self.rules.negation_window), before, 1)

    def _opens_list(self, start: int) -> bool:
        """Does a connector and a plain item follow the cue that starts at `start` ("[cue] or social-media tools")?"""
        starts = self._cue_starts()  # the spans starting at `start` (sorted: by bisection)
        ends = [self.all_cue_spans[i][1] for i in range(bisect.bisect_left(starts, start),
                                                         bisect.bisect_right(starts, start))]
        return bool(ends) and _NEXT_ITEM.match(self.folded, max(ends)) is not None

    def _glued_to_negated(self, start: int) -> bool:
        """The cue right after another one that is negated, joined by a connector and at most an article ("out of
        scope are features such as facial recognition or the reading of plates"): the negation reaches the list's
        later items past the window."""
        self._cue_starts()
        best: tuple[int, int] | None = None
        i = bisect.bisect_left(self.cue_span_starts, start)
        for s, e in self.all_cue_spans[max(0, i - 8):i]:
            if e <= start and s < start and (best is None or e > best[1]):
                best = (s, e)
        if best is None or best[1] < start - 20 or not _GLUE.fullmatch(self.folded[best[1]:start]):
            return False
        memo: dict[int, bool] = self.__dict__.setdefault("_glued", {})
        if best[0] not in memo:
            memo[best[0]] = False  # (no cycle: the earlier cue is read first)
            memo[best[0]] = self.negated(*best)
        return memo[best[0]]

    def _right_after_negates(self, end: int, after_end: int) -> bool:
        """``rules.negation_right_after.match(self.folded, end, after_end)`` is not None - its parts tried one by
        one, only those that can start at `end` or have a factor in [end, after_end) (rules.right_after_members)."""
        rules = self.rules
        parts = rules.right_after_parts
        starts, factor_masks = self._kind_masks("right_after.starts"), self._kind_masks("right_after.factors")
        if parts is None or starts is None or factor_masks is None:
            assert rules.negation_right_after is not None  # (checked by the caller)
            return rules.negation_right_after.match(self.folded, end, after_end) is not None
        possible = rules.right_after_always | starts.get(end, 0)
        if factor_masks:
            places = self.starts("right_after.factors") or []
            i = bisect.bisect_left(places, end)
            while i < len(places) and places[i] < after_end:
                possible |= factor_masks[places[i]]
                i += 1
        n = 0
        while possible:
            if possible & 1 and parts[n].match(self.folded, end, after_end) is not None:
                return True
            possible >>= 1
            n += 1
        return False

    def _kind_masks(self, key: str) -> dict[int, int] | None:
        """`masks(key)`; {} when the rules have no pattern of that kind (no member was made for it)."""
        if self.rules.candidates is not None and key not in self.rules.members:
            return {}
        return self.masks(key)

    def _plain_item(self, gap: str, last: bool) -> bool:
        """Is `gap` (the text of one clause of a list) one plain item of an alphabetic list? The clause that holds
        the cue must also carry the list's connector ("…, microphones or [cue]"), so that a negated clause only
        reaches a cue that closes a list; an item never starts with a connector ("…, and will install …")."""
        if _CJK.search(gap):
            return False
        for words in range(1, 4):  # the shortest item that leaves only list glue
            m = _PLAIN_ITEM[words - 1].match(gap)
            if m is None or (words == 1 and self.rules.list_connector.match(m.group())):
                return False
            rest = gap[m.end():]
            if self.rules.list_connector.match(rest) and (bool(rest.strip()) or not last):
                return True
        return False


