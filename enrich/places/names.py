"""How a place name is written in a cue (NAME), and where a cue that opens with one before a bracket or a comma
can match.

Why: such a cue ("{NAME} (…)", "(?<![\\w'’]){NAME}, {NAME2}" in enrich/data/place_cues.csv) has no literal prefix,
so `re` tries it at every capital of a notice's first 4,000 characters - a third of the place reader's time on a
Latin-script notice. A name and the spaces after it consist of word characters, ', ’, -, ., spaces and tabs only,
and the bracket or comma is none of them: a match starts inside a maximal run of those characters that ends right
at the bracket or comma, with a capital (`_UPPER` holds the S, F and M of "St.", "Ft.", "Mt."). Only those
capitals are tried (fastscan.finditer): the same matches.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# (round 40: with the capitals of Ukrainian, Belarusian, Kazakh and Mongolian Cyrillic, Є І Ї Ґ Ў Ә Ғ Қ Ң Ө Ұ Ү Һ,
# and Romanian Ș Ț, so "Қарағанды қаласы әкімдігі" or "Івано-Франківська міська рада" names its town)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯЁЂЈЉЊЋЏЄІЇҐЎӘҒҚҢӨҰҮҺİŞĞÇÜÖΑ-ΩΆ-Ώ"
# "St. Louis", "Ste. Genevieve", "Ft. Worth", "Mt. Vernon": the abbreviated saint or feature is part of the name;
# so is "Port of" in a harbour town's name ("Port of Spain", "PORT OF SPAIN"), whose "of" joins no other name
_WORD = (rf"(?:(?:St|Ste|Ft|Mt)\.(?=[ \t][{_UPPER}])|(?:Port[ \t]of|PORT[ \t]OF)(?=[ \t][{_UPPER}])"
         rf"|[{_UPPER}][\w'’]*(?:-[\w'’]+)*)")
_JOIN = (r"(?:[ \t]+(?:de|do|da|dos|das|del|di|la|le|les|im|am|an der|upon|on|sur|en|y|i|na|nad|u|es|el|al|as|ul|ad)"
         r"[ \t]+|[ \t]+|-)")
NAME = rf"(?P<name>{_WORD}(?:{_JOIN}{_WORD}){{0,3}})"

_NAME_CHARACTERS = re.compile(r"[\w'’ \t.-]+")  # maximal runs of what NAME and the spaces after it can match
_CAPITAL = re.compile(rf"[{_UPPER}]")  # what a NAME starts with
# a cue's source opening with NAME (after "not after a word"), then spaces and a bracket, or a comma
_OPENING = re.compile(r"(?:\(\?<!\[\\w'’\]\))?" + re.escape(NAME) + r"(?:\[ \\t\]\*)?(\\\(|,)")


@lru_cache(maxsize=512)
def closing(pattern: re.Pattern[str]) -> str | None:
    """"(" or "," when `pattern` opens with NAME followed by that character (spaces between), else None."""
    m = _OPENING.match(pattern.pattern)
    return None if m is None else m.group(1)[-1]


# a cue's source of capitalised words ending in a fixed word ("{NAME} (…) (?:Bureau|Office|…)\b"): every character
# of its matches is one of _WORDS_RUN's, and the match holds the fixed word; it opens at a capital ((?=[A-Z]))
_BEFORE_WORDS = re.compile(r"\(\?<!\[\\w'’\]\)\(\?=\[A-Z\]\)" + re.escape(NAME + r" (?:[A-Z][\w&'’-]+ |& ){0,5}(?:")
                           + r"[A-Za-z|]+\)\\b")
_WORDS_RUN = re.compile(r"[\w'’ \t.&-]+")
_ASCII_CAPITAL = re.compile(r"[A-Z]")


def before_words(pattern: re.Pattern[str]) -> bool:
    """Does `pattern` read capitalised words up to a fixed word (see _BEFORE_WORDS)?"""
    return _BEFORE_WORDS.fullmatch(pattern.pattern) is not None


class OpeningStarts:
    """For one window: the capitals inside runs of name characters that end right at a given character - every
    position where a cue opening with NAME before that character can match."""

    def __init__(self, window: str) -> None:
        self.window = window
        self.runs: list[tuple[int, int]] | None = None
        self.starts: dict[str, list[int]] = {}

    def __call__(self, character: str) -> list[int]:
        starts = self.starts.get(character)
        if starts is None:
            window = self.window
            if self.runs is None:
                self.runs = [m.span() for m in _NAME_CHARACTERS.finditer(window)]
            starts = self.starts[character] = [m.start() for start, end in self.runs if window[end:end + 1] == character
                                               for m in _CAPITAL.finditer(window, start, end)]
        return starts

    def before(self, words: list[int]) -> list[int]:
        """The capitals inside runs of _WORDS_RUN's characters, each before a position of `words` in its run: where a
        cue for which `before_words` holds can match, given every position where its fixed words can start (its
        other positions would reach the word over a character no match holds). Why: `re` tried the cue at every
        position of the window (~0.2 ms a long notice); the runs, found in one pass, hold few of the words."""
        window = self.window
        runs = [m.span() for m in _WORDS_RUN.finditer(window)] if words else []
        starts = [start for start, _ in runs]
        found: set[int] = set()
        for word in words:
            i = bisect_left(starts, word + 1) - 1
            if i >= 0 and word < runs[i][1]:
                found.update(m.start() for m in _ASCII_CAPITAL.finditer(window, runs[i][0], word + 1))
        return sorted(found)


def own_name_written(text: str, own: str, alias: str) -> bool:
    """A town's own name written in the notice, not only inside the alias it was found by ("Delhi" in "New
    Delhi"): the place then reports the own name ("Penang" and "GEORGE TOWN —" are George Town)."""
    inside = [m.span() for m in re.finditer(re.escape(alias), text, re.IGNORECASE)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in inside)
               for m in re.finditer(rf"(?<!\w){re.escape(own)}(?!\w)", text, re.IGNORECASE))


# (every match opens with a capital: the look-ahead first lets `re` skip to one, where the look-behind opening the
# pattern was tried at every position of the 2,000 characters read)
_GENERIC = re.compile(rf"(?=[{_UPPER}])(?<![\w'’]){_WORD}(?:{_JOIN}{_WORD}){{0,3}}")
_FORMS = (r"(?:S\.?A\.?S?|SpA|S\.?L\.?U?|Ltda|Ltd|LLC|Inc|GmbH|AG|B\.?V|"
          r"N\.?V|S\.?p\.?A|S\.?r\.?l|d\.?o\.?o|sp\. z o\.o|Co\.|Corp|PLC|plc|SARL|SAS|OOO|ООО|АО|MChJ\w{0,4})\b")
# "Andes Vial Tecnología SpA", "Paranaguá Vigilância Eletrônica Ltda.": a company, not where the buyer is; round 29:
# "«Chirchiq Signal» MChJdan" (a quoted name, an Uzbek form with its case ending), "Chitungwiza Electrical (Pvt) Ltd"
# (round 31: "… for Lusaka from Copperbelt Forensic Ltd": the supplier's name starts after "from"/"by", which joins
# a place to the company that supplies it, never two words of one name)
# (round 42: nor "to"/"a"/"à"/"an"/"para"/"pour", which join a place to the firm a contract goes to: "cámaras del C5 de
# Guadalajara a Occidente Tecnologías S.A.", "awarded for Leeds to Aire Systems Ltd")
_LEGAL_FORM = re.compile(r"(?:[ \t]+(?!(?:from|by|to|a|à|an|para|pour)[ \t])[\w&.'’()-]+){0,3}?[\"»”’']?[ \t,]*[ \t]"
                         + _FORMS)
_SPACE_BEFORE_FORM = re.compile(r"[ \t](?=" + _FORMS + ")")  # the "[ \t]" + form every _LEGAL_FORM match ends with
_FORM_IN_PHRASE = re.compile(r"[ \t](?:Co|Ltda|Ltd|Inc|SpA|GmbH|LLC|Corp|S\.A|S\.L|SARL|SAS|MChJ|Pvt)\b")


# r32b_places32b: words of a trade that end a firm's name and no public body's ("Galle Face Systems", "Karnaphuli
# Tech", "Ohrid Speech", "Thimphu Secure Tech", "Tebrau Tech Sdn Bhd"): a town opening such a name in the body is the
# supplier's, not the buyer's (sets ah, ag, af, ae, q, d: the place went to the supplier's town)
_TRADE_WORD = re.compile(r"[ \t](?:Systems|Tech|Technologies|Technology|Solutions|Speech|Vision|Analytics|Secure|"
                         r"Electronics|Networks|Integrators|Robotics|Labs|Infotech|Telecoms?)(?![\w'’-])")


class CompanyNames:
    """For one window: whether a capitalised phrase opens or is part of a company name (a legal form follows in the
    same capitalised run).

    Why the forms first: the phrases of a Latin-script notice (dozens) each tried _LEGAL_FORM twice, its lazy words
    at every try. Every match of it ends with a space or tab and a form, on the line it starts on (it consumes no
    line break): where no such form stands between a position and the end of its line, it cannot match there."""

    def __init__(self, window: str) -> None:
        self.window = window
        self.forms: list[int] | None = None

    def holds(self, start: int, end: int) -> bool:
        window = self.window
        run = _GENERIC.match(window, start)
        stop = max(end, run.end() if run else end)
        return self._form_at(stop) or self._form_at(end) or bool(_FORM_IN_PHRASE.search(window[start:stop]))

    def drops(self, start: int, end: int, weight: float) -> bool:
        """Whether a place mention of this weight at start-end is a firm's name: inside one with a legal form (a weak
        mention), or opening one named by its trade (any but a buyer-name pattern's)."""
        return (weight <= 3.0 and self.holds(start, end)) or (weight < 6.0 and self.trades(start, end))

    def trades(self, start: int, end: int) -> bool:
        """Whether the capitalised run at ``start``, past the title's line, names a firm by its trade."""
        window = self.window
        run = _GENERIC.match(window, start)
        stop = max(end, run.end() if run else end)
        return window.find("\n", 0, start) != -1 and _TRADE_WORD.search(window, start, stop) is not None

    def _form_at(self, pos: int) -> bool:
        """``_LEGAL_FORM.match(window, pos) is not None``."""
        if self.forms is None:
            self.forms = [m.start() for m in _SPACE_BEFORE_FORM.finditer(self.window)]
        i = bisect_left(self.forms, pos)
        if i == len(self.forms) or self.window.find("\n", pos, self.forms[i]) != -1:
            return False
        return _LEGAL_FORM.match(self.window, pos) is not None

