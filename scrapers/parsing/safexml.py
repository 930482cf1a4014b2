"""Parse untrusted XML without external entities, network access or entity expansion.

Why: TED eForms and other XML come from the network; an XXE payload (`<!ENTITY x SYSTEM "file:///etc/passwd">`)
or a billion-laughs entity bomb must become a clear parse error row, never a file read or a hung crawl. defusedxml
rejects any DTD entity declaration; lxml then parses the checked bytes with resolve_entities=False,
no_network=True and huge_tree=False.
"""
from __future__ import annotations

import defusedxml.ElementTree as defused_et
from defusedxml import DefusedXmlException
from lxml import etree


class UnsafeXmlError(ValueError):
    """The document declares entities or a DTD we refuse to process (possible XXE or entity bomb)."""


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          dtd_validation=False, remove_comments=True)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of `data`, or UnsafeXmlError / etree.XMLSyntaxError with a readable message."""
    try:
        defused_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXmlError(f"XML rejected: {type(exc).__name__} ({exc}); entity declarations are not allowed "
                             "(possible XXE or entity-expansion bomb)") from exc
    except defused_et.ParseError as exc:
        raise etree.XMLSyntaxError(f"malformed XML: {exc}", None, 0, 0) from exc
    return etree.fromstring(data, parser=_PARSER)
