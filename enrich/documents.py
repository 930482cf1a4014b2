"""Raw bytes → text: charset detection, HTML to line-structured text, PDF text. Shared by ingest and spiders.

Errors are `DocumentError` with a one-line message naming what is wrong, so callers can record them and go on.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field

MAX_TEXT_BYTES = 20 * 1024 * 1024  # larger bodies are refused with a clear error rather than parsed
MAX_PAGES = 400  # pages read from one PDF; the rest is reported as not read
_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"


class DocumentError(ValueError):
    """The document cannot be turned into text; the message says why in one line."""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


_GB = {"gbk", "gb2312", "gb_2312-80", "cp936", "gb18030", "x-gbk"}
_LATIN1 = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "ascii", "us-ascii"}


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _single_byte_accents(body: bytes) -> bool:
    """Latin text in ISO-8859-1/cp1252 ("Dirección"): high bytes stand alone between ASCII letters. GB18030 decodes
    almost any bytes, so without this check "Direcci\xf3n" would become "Direcci髇". In Chinese text a lead byte is
    followed by another high byte (GB2312 trail bytes are 0xA1-0xFE) far more often than by ASCII."""
    sample = body[:65536]
    high = alone = 0
    index = 0
    while index < len(sample):
        byte = sample[index]
        if byte >= 0x80:
            high += 1
            following = sample[index + 1] if index + 1 < len(sample) else 0
            if following < 0x80:
                alone += 1
            else:
                index += 1  # a two-byte pair: skip its trail byte
        index += 1
    return high > 0 and alone / high > 0.5


def best_encoding(body: bytes, claimed: str) -> str:
    """The encoding that really decodes `body`: trust `claimed` only when the bytes agree with it."""
    claimed = (claimed or "utf-8").lower()
    if claimed in _GB:
        claimed = "gb18030"  # superset of GBK/GB2312; characters outside GBK otherwise become mojibake
    if claimed in _LATIN1 and any(b > 0x7F for b in body):
        try:  # ISO-8859-1 never fails to decode, so a UTF-8 body mislabelled as Latin-1 must be checked first
            body.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return "cp1252" if claimed in ("cp1252", "windows-1252") else "iso-8859-1"
    try:
        body.decode(claimed)
        return claimed
    except (UnicodeDecodeError, LookupError):
        pass
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _single_byte_accents(body):
        return "cp1252" if _decodes(body, "cp1252") else "iso-8859-1"
    if _decodes(body, "gb18030"):
        return "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return best.encoding if best is not None else "utf-8"


def decode_bytes(body: bytes, declared: str | None = None) -> str:
    """Decode bytes whose charset headers may lie (GBK pages served as UTF-8, ISO-8859-1 JSON, ...)."""
    if not body:
        return ""
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary content (NUL bytes), not text")
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    meta = _META_CHARSET.search(body[:4096])
    claimed = declared or (meta.group(1).decode("ascii") if meta else None) or "utf-8"
    return body.decode(best_encoding(body, claimed), "replace")


@dataclass
class DocumentText:
    text: str
    page_starts: list[int]  # offset in `text` where each read page starts
    pages_total: int
    status: str  # ok | partial | failed
    problems: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int:
        """1-based page number of a text offset."""
        page = 0
        for index, start in enumerate(self.page_starts):
            if start <= offset:
                page = index
            else:
                break
        return page + 1


def normalise_text(text: str) -> str:
    """NFKC, unified line breaks, no line breaks or spaces inside Chinese runs, collapsed blank lines."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(f"(?<=[{_CJK}]) ?\\n ?(?=[{_CJK}])", "", text)
    text = re.sub(f"(?<=[{_CJK}]) (?=[{_CJK}0-9])|(?<=[0-9]) (?=[{_CJK}])", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def pdf_to_text(data: bytes, *, max_pages: int = MAX_PAGES) -> DocumentText:
    """Text of a PDF, page by page; never raises for a bad file (see `status` and `problems`)."""
    import logging

    from pypdf import PdfReader

    # pypdf logs what it repairs ("EOF marker not found") as warnings: the problems that matter are reported in
    # `problems` (one line each), so a hostile PDF must not add log lines of its own.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if not data.lstrip()[:1024].find(b"%PDF") >= 0:
        return DocumentText("", [], 0, "failed", ["not a PDF (no %PDF header)"])
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return DocumentText("", [], 0, "failed", ["encrypted PDF: a password is required to read it"])
            except (FileNotDecryptedError, NotImplementedError, Exception) as exc:  # noqa: BLE001 - any crypto failure
                return DocumentText("", [], 0, "failed", [f"encrypted PDF cannot be decrypted: {exc}"])
        total = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return DocumentText("", [], 0, "failed", [f"corrupt PDF: {type(exc).__name__}: {exc}"])
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on hostile input
        return DocumentText("", [], 0, "failed", [f"corrupt PDF: {type(exc).__name__}: {exc}"])
    problems: list[str] = []
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    empty_pages = 0
    for number in range(min(total, max_pages)):
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
            problems.append(f"page {number + 1} unreadable: {type(exc).__name__}: {exc}")
            page_text = ""
        page_text = normalise_text(page_text)
        if not page_text:
            empty_pages += 1
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text) + 2
    text = "\n\n".join(parts)
    if total > max_pages:
        problems.append(f"only the first {max_pages} of {total} pages were read")
    if not text.strip():
        reason = "no text layer (image-only or scanned PDF; OCR needed)" if total else "PDF has no pages"
        return DocumentText("", starts, total, "failed", problems + [reason])
    if empty_pages and empty_pages >= max(1, len(parts) // 2):
        problems.append(f"{empty_pages} of {len(parts)} pages have no text layer")
    status = "partial" if problems else "ok"
    return DocumentText(text, starts, total, status, problems)
