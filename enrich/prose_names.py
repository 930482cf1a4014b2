"""Where an organisation's name ends in running prose, and whether it looks like one (Latin-script languages).

Split from enrich/prose_parties.py by job (round 32): the buyer readers (enrich/prose_parties.py), the supplier
readers (enrich/prose_suppliers.py) and the supply statements (enrich/supply_statements.py) cut names the same way -
a capitalised name with its legal form ("Example Security Ltd.", "ACME, Inc."), a head-first name ("Ayuntamiento de
Villa Serena"), and a name that contains an organisation word of its language and a word that is not one.
"""
from __future__ import annotations

import re

from enrich.prose_cues import _Language
from enrich.prose_text import ELIDED_ARTICLE

# r40_suppliers: and the capitals of Latin Extended-A (Polish, Czech, Turkish, Baltic, Hungarian, Romanian: "Łódzkie
# Systemy Sp. z o.o.", "Ege Güvenlik Ltd. Şti.", "Śląsk Biometria")
_LATIN_UPPER = ("A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŠŽČĆĐА-ЯЁ"
                "ĀĂĄĈĊĎĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŢŤŦŨŪŬŮŰŲŴŶŸŹŻȘȚ")
_LATIN_TOKEN_RE = re.compile(rf"[{_LATIN_UPPER}][\w.'’&\-/+]*")
_LEGAL_TOKEN_RE = re.compile(
    r"(?:inc|llc|l\.l\.c|ltd|limited|corp|co|s\.?a|s\.?l|s\.?l\.?u|s\.?a\.?s|sas|sarl|s\.?r\.?l|ltda|gmbh|ag|kg|"
    r"plc|b\.?v|n\.?v|d\.?o\.?o|d\.?d|a\.?d|s\.?r\.?o|ab|oy|spa|s\.?p\.?a|lp|llp|pty|eireli|me|epp|se)\.?(?![\w])",
    re.IGNORECASE,
)
# r37_suppliers: a legal form written after a comma right behind the name's last word ("Axon Enterprise, Inc.", "Red
# River Integrated Systems, LLC", "Huawei Technologies Co., Ltd."): the name runs on through it (sets c-z cut 15 such
# suppliers before the comma). Only forms no place or title is written as, in their usual case ("Denver, CO." and
# "Calgary, AB" are places; "Co." is a company).
_COMMA_LEGAL_RE = re.compile(
    r",[ \t]?(?:S\.A\. de C\.V|Inc|INC|LLC|L\.L\.C|Ltd|LTD|Limited|LIMITED|Corp|CORP|Co\.|GmbH|Ltda|LTDA|PLC|Pty|PTY|"
    r"LLP|S\.A|S\.R\.L|B\.V|N\.V|SARL|S\.p\.A|SpA|d\.o\.o)\.?(?![\w-])")
_ARTICLES_AFTER_DE = {"la", "las", "los"}
_NAME_CONNECTORS = {"of", "de", "do", "da", "dos", "das", "del", "la", "y", "e", "and", "&", "und", "et", "i", "für",
                    "du", "des", "d'", "&amp;"}
_CAPS_STOPS = {"FOR", "IN", "AT", "ON", "WITH", "TO", "BY", "FROM", "AS", "UNDER", "PER", "POR", "PARA", "EN", "PELO",
               "PELA", "NO", "NA", "POUR", "AU", "AUX", "IM", "ZUM", "ZUR", "MIT", "ZA", "U", "WHICH", "THAT",
               "WHO", "QUE", "IN THE"}


def _words(value: str) -> list[str]:
    return re.findall(r"[\w'’&.\-]+", value)


def _has_org_word(language: _Language, words: list[str]) -> bool:
    folded = [w.casefold().strip(".") for w in words]
    if language.substring:
        return any(org in word for word in folded for org in language.org_words)
    return any(word in language.org_words for word in folded)


def _looks_like_org(language: _Language, value: str) -> bool:
    words = _words(value)
    if not 2 <= len(words) <= 16 or len(value) > 160:
        return False
    if not _has_org_word(language, words):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if language.substring:
        naming = [w for w in folded if w not in language.articles and w not in language.connectors]
        if len(naming) < 2 and not any(w[0].isupper() for w in words[1:]):
            return False
    elif not any(w not in language.org_words and w not in language.articles and w not in language.connectors
                 for w in folded):
        return False
    if language.head_initial:
        if folded[0] not in language.org_words:
            return False
        lowercase = [w for w, f in zip(words, folded, strict=False) if w[0].islower() and f not in language.connectors]
        limit = 6 if language.code == "ru" else 3
        return len(lowercase) <= limit
    # head-final (en, de): capitals word by word, connectors excepted
    if not words[0][0].isupper() and not words[0][0].isdigit():
        return False
    return all(w[0].isupper() or w[0].isdigit() or f in language.connectors or f in language.articles
               for w, f in zip(words, folded, strict=False))


def _latin_name_end(text: str, start: int, *, limit: int = 160) -> int:
    """End of a capitalised organisation name starting at ``start`` ("Example Security Ltd.", "ACME, Inc.")."""
    position, end = start, start
    stop = min(len(text), start + limit)
    expect_token = True
    last_connector = ""
    while position < stop:
        token = _LATIN_TOKEN_RE.match(text, position)
        if token and token.group(0).rstrip(".,") not in _CAPS_STOPS:
            end = token.end()
            position = end
            expect_token = False
            last_connector = ""
            word = token.group(0)
            if word.endswith(".") and len(word) > 5 and "." not in word[:-1] and text[end:end + 1] in " \t":
                return end - 1  # "… Maintenance Vidéo. La délibération": a sentence ends, not an abbreviation
        else:
            legal = re.compile(r",?\s*").match(text, position)
            assert legal is not None  # the pattern matches the empty string
            after_sep = legal.end()
            legal_token = _LEGAL_TOKEN_RE.match(text, after_sep)
            if not expect_token and legal_token:
                end = position = legal_token.end()
                continue
            elided = ELIDED_ARTICLE.match(text, position, stop)
            if elided and not expect_token:
                position = elided.end()  # "District Autonome d’Abidjan": the article is glued to the name
                expect_token = True
                continue
            connector = re.match(r"[\w&'’]+", text[position:stop])
            word = connector.group(0).casefold() if connector else ""
            if not connector or word not in _NAME_CONNECTORS:
                break
            if expect_token and not (last_connector == "de" and word in _ARTICLES_AFTER_DE):
                break  # "Río de la Plata Seguridad": de + article is one connector; two others end the name
            position += connector.end()
            expect_token = True
            last_connector = word
        gap = re.match(r"[ \t]{1,2}", text[position:stop])
        if not gap:
            comma_legal = _COMMA_LEGAL_RE.match(text, position, stop) if not expect_token else None
            if comma_legal is None:
                break
            end = position = comma_legal.end()  # "Axon Enterprise, Inc.", "Huawei Technologies Co., Ltd."
            continue
        position += gap.end()
    return end


def _strip_article(language: _Language, text: str, start: int, end: int) -> int:
    match = re.match(r"(\w+['’]?)\s*", text[start:end])
    if match and match.group(1).casefold() in language.articles and end - start > match.end():
        return start + match.end()
    return start


def _head_initial_name_end(language: _Language, text: str, start: int, limit: int = 160) -> int:
    """End of a head-first name ("Ayuntamiento de Villa Serena", "Prefeitura Municipal de Serra Clara"): it runs
    while words are capitalised, connectors or organisation words, and never ends on a connector."""
    end = start
    for word in re.finditer(r"[\w'’.\-]+|[^\w\s]", text[start:start + limit]):
        token = word.group(0)
        folded = token.casefold().strip(".")
        if not token[0].isalnum():
            break
        if token[0].isupper() or token[0].isdigit() or folded in language.org_words:
            end = start + word.end()
        elif folded in language.connectors or folded in language.articles:
            continue
        else:
            break
        if re.match(r"[ \t]*[\n,;:()]", text[start + word.end():start + word.end() + 3]):
            break
    return end
