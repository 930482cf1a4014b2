"""HTML → plain text that keeps line structure, so enrichment can cite exact clauses.

Why not `.xpath('string()')`: that glues table cells and paragraphs together ("采购单位深圳市…"), losing the
label/value boundaries that parties and amounts are read from. Here block elements end lines, a two-cell table
row becomes "label：value", wider rows become tab-separated lines, and scripts/styles/hidden inputs are dropped.
Comments and processing instructions are not page text: portals comment out old markup (ccgp keeps a dead
`<span …>` in a comment), which would otherwise be cited as if the notice said it.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "dd", "dt", "blockquote", "pre", "hr", "title"}
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "object", "input", "select", "button"}
_SPACES = re.compile(r"[ \t\u00a0\u3000\r\f\v]+")
_LINE_SPACES = re.compile(r"[ \u00a0\u3000\r\f\v]+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _norm_line(text: str) -> str:
    return "\t".join(_LINE_SPACES.sub(" ", part).strip() for part in text.split("\t")).strip()


def _nearest_table(row: etree._Element) -> etree._Element | None:
    for ancestor in row.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() == "table":
            return ancestor
    return None


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
    if tag == "table":
        out.append("\n")
        for row in element.iter("tr"):
            if _nearest_table(row) is not element:
                continue  # a nested table's rows are rendered inside their cell
            cell_elements = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
            if len(cell_elements) == 1:  # a layout row: keep the cell's own line structure
                out.append("\n")
                _walk(cell_elements[0], out)
                out.append("\n")
                continue
            cells = [_norm(_block_text(cell)) for cell in cell_elements]
            cells = [c for c in cells if c]
            if len(cells) == 2:
                out.append(f"{cells[0]}：{cells[1]}\n")
            elif len(cells) == 4 and all(len(c) <= 12 for c in cells[0::2]):
                out.append(f"{cells[0]}：{cells[1]}\n{cells[2]}：{cells[3]}\n")
            elif cells:
                out.append("\t".join(cells) + "\n")
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
    return " ".join(p.strip() for p in "".join(parts).splitlines() if p.strip())


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
    return "\n".join(line for line in lines if line)
