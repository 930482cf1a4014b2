"""OCDS (Open Contracting Data Standard) → notices: the UK spiders, the generic `ocds` spider and `survtrack ingest`
read the same standard through this package.

* `packages`: what a JSON document holds (release/record package, release, record, JSON lines) → (id, release).
* `reader`: the same for inputs of any size, as a stream; a bad line or element is one error, the rest are read.
* `release`: one release → title, kind, date, a body of labelled lines, and facts.
"""
from scrapers.parsing.ocds.packages import OcdsFormatError, iter_json_documents, iter_releases, notice_key
from scrapers.parsing.ocds.reader import OcdsPart, OcdsReader, publisher_uri_of, read_ocds
from scrapers.parsing.ocds.release import release_notice

__all__ = ["OcdsFormatError", "OcdsPart", "OcdsReader", "iter_json_documents", "iter_releases", "notice_key",
           "publisher_uri_of", "read_ocds", "release_notice"]
