"""HTML → plain text that keeps line structure, so enrichment can cite exact clauses.

Why not `.xpath('string()')`: that glues table cells and paragraphs together ("采购单位深圳市…"), losing the
label/value boundaries that parties and amounts are read from. Here block elements end lines, a two-cell table
row becomes "label：value", a grid (header row over data rows) becomes tab-separated lines with its columns
aligned (enrich/html_tables.py), and scripts/styles/hidden inputs are dropped.
Comments and processing instructions are not page text: portals comment out old markup (ccgp keeps a dead
`<span …>` in a comment), which would otherwise be cited as if the notice said it.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from enrich.html_tables import EMPTY_CELL, render_table

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "dd", "dt", "blockquote", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "object", "input", "select", "button"}
_SPACES = re.compile(r"[ \t\u00a0\u3000\r\f\v]+")
_LINE_SPACES = re.compile(r"[ \u00a0\u3000\r\f\v]+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _norm_line(text: str) -> str:
    return "\t".join(_LINE_SPACES.sub(" ", part).strip() for part in text.split("\t")).strip()


def element_text(element: etree._Element) -> str:
    """All text of one element, whitespace collapsed to single spaces (no line structure)."""
    return _norm(" ".join(t for t in element.itertext() if t))


def _walk(element: etree._Element, out: list[str]) -> None:
    if not isinstance(element.tag, str):  # a comment or processing instruction: only its tail is page text
        if element.tail:
            out.append(element.tail)
        return
    tag = element.tag.lower()
    if tag in _SKIP:
        if element.tail:
            out.append(element.tail)
        return
    if tag == "table":  # label/value rows and grids: see enrich/html_tables.py
        out.append("\n")
        for item in render_table(element, _cell_text):
            if isinstance(item, str):
                out.append(item + "\n")
            else:  # a layout cell keeps its own line structure
                out.append("\n")
                _walk(item, out)
                out.append("\n")
        if element.tail:
            out.append(element.tail)
        return
    block = tag in _BLOCK or (tag == "span" and "display:block" in (element.get("style") or "").replace(" ", ""))
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def _block_text(element: etree._Element) -> str:
    parts: list[str] = []
    _walk(element, parts)
    return " ".join(p.strip() for p in "".join(parts).replace(EMPTY_CELL, "").splitlines() if p.strip())


def _cell_text(cell: etree._Element) -> str:
    return _norm(_block_text(cell))


_WHOLE_PAGE = re.compile(rb"<(?:!doctype|html|body)\b", re.IGNORECASE)


def _page_root(html: str | bytes) -> etree._Element | None:
    """The element to render for an HTML page (its body) or fragment; None when there is no text at all.

    Bytes are decoded like every fetched document (enrich.documents.decode_bytes: BOM, meta charset, detection).
    A whole page is parsed as a document without comments; a malformed one raises DocumentError."""
    from enrich.documents import DocumentError, decode_bytes

    text = decode_bytes(html) if isinstance(html, bytes) else html
    if not text.strip():
        return None
    data = text.encode("utf-8")
    if not _WHOLE_PAGE.search(data[:4096]):
        return lxml.html.fragment_fromstring(text, create_parent="div")
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, recover=True, encoding="utf-8")
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(f"malformed HTML: {exc}") from exc
    body = root.find("body")
    return body if body is not None else root


def html_to_text(element: etree._Element | str | bytes) -> str:
    """Plain text with one line per block and table row, of an element, an HTML fragment, or a whole page (text
    or bytes: then its body). The one HTML-to-text function: spiders, ingest and disclosures all use it."""
    if isinstance(element, (str, bytes)):
        element = _page_root(element)
        if element is None:
            return ""
    parts: list[str] = []
    _walk(element, parts)
    lines = (_norm_line(line) for line in "".join(parts).splitlines())
    return "\n".join(line.replace(EMPTY_CELL, "") for line in lines if line)
