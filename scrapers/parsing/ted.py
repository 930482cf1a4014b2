"""One entry point for TED XML, whichever schema a notice was published in.

Why: TED notices come in two schemas — eForms (UBL; since Nov 2022, mandatory from Oct 2023) and the legacy
TED_EXPORT (2008–2023, and TED's bulk XML packages). The spider, `survtrack ingest` and bulk-package reading
should not each guess which one a file is: `is_ted_xml` is a cheap sniff for choosing the reader, and
`parse_ted_xml` parses once (safely, see safexml.py) and dispatches on the root element.
"""
from __future__ import annotations

import re

from lxml import etree

from scrapers.parsing.eforms import ROOTS as EFORMS_ROOTS
from scrapers.parsing.eforms import UBL_NAMESPACE_PREFIX, eforms_from_root
from scrapers.parsing.safexml import parse_xml
from scrapers.parsing.ted_legacy import ted_export_from_root

SNIFF_BYTES = 8192
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_FIRST_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


class NotTedXmlError(ValueError):
    """The XML parsed safely but is neither an eForms notice nor a legacy TED_EXPORT document."""


def is_ted_xml(data: bytes) -> bool:
    """True when the first few KB look like a TED notice: root <TED_EXPORT>, or an eForms root in its UBL namespace.

    A sniff, not a validation: parse_ted_xml still decides (and may still raise on bad or unsafe XML)."""
    head = _COMMENT.sub(b"", data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf"))
    match = _FIRST_ELEMENT.search(head)  # <?xml …?> and <!DOCTYPE …> do not start with a letter
    if not match:
        return False
    name = match.group(1).decode("ascii", "replace")
    if name == "TED_EXPORT":
        return True
    return name in EFORMS_ROOTS and f"{UBL_NAMESPACE_PREFIX}{name}-2".encode() in head


def parse_ted_xml(data: bytes) -> dict:
    """title, body, kind, published, language, country, facts for an eForms or a legacy TED_EXPORT notice.

    Raises safexml.UnsafeXmlError (entities/DTD), etree.XMLSyntaxError (malformed) or NotTedXmlError."""
    root = parse_xml(data)
    qname = etree.QName(root)
    if qname.localname == "TED_EXPORT":
        return ted_export_from_root(root)
    if qname.localname in EFORMS_ROOTS and (qname.namespace or "").startswith(UBL_NAMESPACE_PREFIX):
        return eforms_from_root(root)
    namespace = f" in namespace {qname.namespace}" if qname.namespace else " (no namespace)"
    raise NotTedXmlError(
        f"not a TED notice: root element <{qname.localname}>{namespace}; expected an eForms ContractNotice, "
        "ContractAwardNotice or PriorInformationNotice (UBL namespace) or a legacy TED_EXPORT document")
