"""An HTML page someone saved → title and visible text, or the spider's own reading for a known portal layout.

Why not "first line of the text": pages open with a site banner and navigation, so the first line is the site's
name, not the notice's. The title is taken, in order, from og:title (written for sharing, so it names the page),
the <h1> when it agrees with <title> or <title> is only the site's name, else <title>; site suffixes
(" - 中国政府采购网", " | Eastbrook Borough Council") are cut. Comments, scripts, styles, templates and noscript
never reach the text (lxml drops comments and PIs; enrich/html_text.py skips the rest).

A ccgp.gov.cn detail page is recognised by its markup and read by scrapers.parsing.ccgp, exactly as the
china_ccgp spider reads it (summary table, body, winners, channel → kind).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from difflib import SequenceMatcher
from typing import Any

import lxml.html
from lxml import etree

from enrich.documents import DocumentError
from enrich.html_text import element_text, html_to_text

# A DOCTYPE with an internal subset (<!DOCTYPE html [<!ENTITY …>]>) is an XXE or entity-bomb attempt, never
# needed by HTML; the HTML parser would keep "]>" as the page's first text. Quoted strings may hold "]>".
_INTERNAL_SUBSET = re.compile(r"""<!DOCTYPE[^\[>]*\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""", re.I)
_CCGP_LAYOUT = re.compile(r"""class\s*=\s*["'][^"']*\bv[FT]_detail_(?:header|content)\b"""
                          r"""|<(?:link|meta)\b[^>]*\bccgp\.gov\.cn""", re.I)
_SUFFIX_SEPARATOR = re.compile(r"\s+[|\-–—·]\s+|\s*[|｜_]\s*")
_SITE_WORDS = re.compile(r"网$|网站|平台|门户|政府|\b(?:council|government|gov|portal|ministry|website|county|"
                         r"borough|city of|ville de|stadt|ayuntamiento|prefeitura|comune)\b|\.(?:gov|org|com|net|eu)\b",
                         re.I)
_GENERIC_TITLES = {"", "home", "homepage", "home page", "index", "untitled", "untitled document", "document", "首页"}
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                               encoding="utf-8")


def read_page(html: str, url: str) -> dict[str, Any]:
    """title, body (and for a portal layout kind, published) of one HTML page; raises DocumentError."""
    html = _INTERNAL_SUBSET.sub("", html, count=1)
    if _CCGP_LAYOUT.search(html):
        fields = _ccgp_fields(html, url)
        if fields is not None:
            return fields
    root = parse_document(html)
    body = root.find("body")
    text = html_to_text(body if body is not None else root)
    title = choose_title(root)
    if not title:
        title, _, text = text.partition("\n")
    return {"title": title, "body": text}


def parse_document(html: str) -> etree._Element:
    html = _INTERNAL_SUBSET.sub("", html, count=1)
    if not html.strip():
        raise DocumentError("empty document")
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(f"malformed HTML: {exc}") from exc


def visible_text(html: str) -> str:
    """The page's text without its head, comments, scripts or styles (for HTML bodies inside JSONL)."""
    root = parse_document(html)
    body = root.find("body")
    return html_to_text(body if body is not None else root)


def choose_title(root: etree._Element) -> str:
    def first(path: str) -> str:
        for found in root.xpath(path):
            text = " ".join((found if isinstance(found, str) else element_text(found)).split())
            if text:
                return text
        return ""

    sites = {_norm(first(f"//meta[@{attr}='{name}']/@content")) for attr, name in
             (("property", "og:site_name"), ("name", "SiteName"), ("name", "application-name"))} - {""}
    og_title = strip_site_suffix(first("//meta[@property='og:title' or @name='og:title']/@content"), sites)
    if not _is_generic(og_title, sites):
        return og_title
    raw_title, h1 = first("//title"), first("//h1")
    title = strip_site_suffix(raw_title, sites)
    generic = _is_generic(title, sites)
    if h1 and (generic or _agrees(h1, raw_title) or _agrees(h1, title)):
        return h1
    return "" if generic else title


def _is_generic(title: str, sites: set[str]) -> bool:
    """Empty, the site's own name, or a placeholder such as "Home": says nothing about the notice."""
    return _norm(title) in _GENERIC_TITLES or _norm(title) in sites


def strip_site_suffix(title: str, sites: AbstractSet[str] = frozenset()) -> str:
    """'Notice - 中国政府采购网' → 'Notice': cut trailing parts that name the site (or follow a '|')."""
    while True:
        separators = list(_SUFFIX_SEPARATOR.finditer(title))
        if not separators:
            return title
        last = separators[-1]
        head, tail = title[:last.start()].strip(), title[last.end():].strip()
        if not head or not (_norm(tail) in sites or "|" in last.group() or "｜" in last.group()
                            or _SITE_WORDS.search(tail)):
            return title
        title = head


def _agrees(h1: str, title: str) -> bool:
    """h1 and title name the same thing: one contains the other, or they are nearly the same words."""
    a, b = _norm(h1), _norm(title)
    if not a or not b:
        return False
    return a in b or b in a or SequenceMatcher(None, a[:300], b[:300]).ratio() >= 0.8


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _ccgp_fields(html: str, url: str) -> dict[str, Any] | None:
    """scrapers.parsing.ccgp's reading of the page, or None when the page lacks the detail layout after all."""
    from scrapy.http import HtmlResponse

    from scrapers.parsing import ccgp

    try:
        fields = ccgp.parse_detail(HtmlResponse(url=url, body=html.encode("utf-8"), encoding="utf-8"))
    except ValueError:
        return None
    if not fields.get("title"):
        fields["title"] = choose_title(parse_document(html))
    return fields
