"""OCDS packages → releases: what a JSON document holds (release package, record package, release, record, or a
list of them) flattened into (notice id, release) pairs.

Packages come as release packages, record packages (compiledRelease, embedded releases, or only linked releases)
or JSON lines of either. For large inputs, scrapers.parsing.ocds.reader streams them instead.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


class OcdsFormatError(ValueError):
    """The data is not a release/record package, a release, a record, or JSON lines of them."""


def iter_json_documents(body: bytes | str, where: str = "JSON lines") -> Iterator[Any]:
    """One JSON document, or one per line (JSON lines, read by enrich.jsonstream.parse_lines). Reads the whole
    body and stops at the first bad line (OcdsFormatError naming `where`:line): for large inputs use `read_ocds`,
    which streams and keeps going past a bad line."""
    import io

    from enrich.jsonstream import JsonError, error_text, parse_lines

    text = body.decode("utf-8") if isinstance(body, bytes) else body
    text = text.lstrip("\ufeff")
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError as whole_error:
        if sum(1 for line in text.splitlines() if line.strip()) < 2:
            raise OcdsFormatError(f"not JSON: {error_text(whole_error)}") from whole_error
    except RecursionError:
        raise OcdsFormatError("not JSON: nested too deeply (more than about 1,000 levels)") from None
    data = text.encode("utf-8", "surrogatepass")
    for _, value in parse_lines(io.BytesIO(data), where, limit=len(data)):
        if isinstance(value, JsonError):
            raise OcdsFormatError(str(value)) from None
        yield value


def notice_key(release: dict) -> str:
    """A release's identity across publishers and files: "<ocid>/<release id>" (the release id alone when it
    already begins with the ocid). Release ids are only unique within one ocid: two packages both holding
    releases "01" and "02" must give four notices, not two overwritten ones."""
    ocid, release_id = str(release.get("ocid") or ""), str(release.get("id") or "")
    if not release_id or release_id == ocid or release_id.startswith(ocid):
        return release_id or ocid
    return f"{ocid}/{release_id}"


def iter_releases(document: Any) -> Iterator[tuple[str, dict]]:
    """(notice id, release) pairs: `notice_key` for releases, the ocid for records (their compiledRelease)."""
    if isinstance(document, list):
        for part in document:
            yield from iter_releases(part)
        return
    if not isinstance(document, dict):
        raise OcdsFormatError(f"expected a JSON object, got {type(document).__name__}")
    if "ocid" in document and ("compiledRelease" in document or "releases" in document):
        compiled, listed = document.get("compiledRelease"), document.get("releases")
        compiled = compiled if isinstance(compiled, dict) else None
        embedded = [r for r in listed if isinstance(r, dict) and "tag" in r and "ocid" in r] \
            if isinstance(listed, list) else []
        release = compiled or (sorted(embedded, key=lambda r: str(r.get("date", "")))[-1] if embedded else None)
        if release is None:
            raise OcdsFormatError(f"record {document['ocid']} has only linked releases and no compiledRelease")
        yield str(document["ocid"]), release
        return
    if isinstance(document.get("releases"), list):
        for release in document["releases"]:
            if isinstance(release, dict) and "tag" in release and "ocid" in release:
                yield notice_key(release), release
        return
    if isinstance(document.get("records"), list):
        for record in document["records"]:
            yield from iter_releases(record)
        return
    if "ocid" in document and "tag" in document:
        yield notice_key(document), document
        return
    raise OcdsFormatError("not an OCDS release package, record package, release or record "
                          f"(top-level keys: {', '.join(sorted(map(str, document))[:8]) or 'none'})")

