"""Raw bytes → text: charset detection, HTML to line-structured text, PDF text. Shared by ingest and spiders.

Errors are `DocumentError` with a one-line message naming what is wrong, so callers can record them and go on.
"""
from __future__ import annotations

import io
import re
import unicodedata

MAX_TEXT_BYTES = 20 * 1024 * 1024  # larger bodies are refused with a clear error rather than parsed


class DocumentError(ValueError):
    """The document cannot be turned into text; the message says why in one line."""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def decode_bytes(body: bytes, declared: str | None = None) -> str:
    """Decode bytes whose charset headers may lie (GBK pages served as UTF-8, ISO-8859-1 JSON, ...)."""
    if not body:
        return ""
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary content (NUL bytes), not text")
    candidates = []
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    candidates.append("utf-8")
    meta = _META_CHARSET.search(body[:4096])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        if name:
            name = name.lower()
            candidates.append("gb18030" if name in ("gb2312", "gbk", "gb18030") else name)
    for encoding in candidates:
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None:
        raise DocumentError("undecodable bytes (no text encoding fits)")
    return str(best)


_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
               "header", "footer", "dd", "dt", "pre", "blockquote", "ul", "ol"}


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block, table cells separated by tabs. Scripts are dropped."""
    import lxml.html
    from lxml import etree

    if not html.strip():
        return ""
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, recover=True, encoding="utf-8")
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(f"malformed HTML: {exc}") from exc
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("td", "th") and parts and not parts[-1].endswith(("\n", "\t")):
            parts.append("\t")
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    lines = (re.sub(r"[ \u00a0\u3000]+", " ", line).strip(" ") for line in "".join(parts).split("\n"))
    return "\n".join(line.strip("\t ") for line in lines if line.strip("\t "))


def pdf_to_text(body: bytes, *, max_pages: int = 400) -> tuple[str, list[str]]:
    """Text of a PDF (NFKC-normalised, so Kangxi radicals become ordinary characters) and a list of warnings.

    Encrypted or corrupt files raise DocumentError; image-only pages give a warning and no text.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentError("encrypted PDF (password required)")
            except Exception as exc:  # pypdf raises several types for unsupported encryption
                raise DocumentError(f"encrypted PDF: {exc}") from exc
        pages = reader.pages
        count = len(pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"corrupt PDF: {exc}") from exc
    texts, warnings = [], []
    for number in range(min(count, max_pages)):
        try:
            texts.append(pages[number].extract_text() or "")
        except Exception as exc:  # one broken page must not lose the others
            warnings.append(f"page {number + 1}: {type(exc).__name__}: {exc}")
            texts.append("")
    if count > max_pages:
        warnings.append(f"only the first {max_pages} of {count} pages were read")
    text = unicodedata.normalize("NFKC", "\n".join(texts)).strip()
    if not text:
        warnings.append("no text layer (image-only PDF?)")
    return text, warnings
