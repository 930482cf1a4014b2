"""
Source
    Any OCDS publisher: a release package, record package, single release/record, or JSON lines of them, at an
    http(s):// or file:// URL (a mirror, a bulk download, a local copy).
Arguments
    url (required): where the data is; file:///path works. country: ISO alpha-2 hint for releases without a buyer
    address. follow: follow links.next (default true). sample, demo; since/until are recorded but the data is
    taken as given.
Caveats
    A release is identified by ocid + release id ("<ocid>/<id>", or the id alone when it begins with the ocid):
    release ids repeat across publishers and files. Records are stored by ocid from their compiledRelease (or
    newest embedded release); records with only linked releases are an error row. Every text field (lots, items,
    awards, contracts, amendments, planning budget) is rendered; values are labelled estimated/award/contract.
    The buyer's address (OCDS 1.1 parties, 1.0 buyer.address) gives the country in any spelling, from a NUTS
    region or a UK postcode. A release with no buyer address takes the `country` argument, else the one country
    its publisher's domain (package `publisher.uri`), its document URLs' country-code domains (.gov.au → AU; .io,
    .co … only under a government level) and its national currencies (AUD, MXN; not EUR or USD) agree on;
    signals that disagree give none, and the reason is kept in the notice's facts (`country_inferred_from`).
    Publishers differ in encodings (ISO-8859-1 is detected). The notice URL is the data
    URL plus #id. Absence from a later file is not treated as removal (a file is not a complete listing). JSON
    that is not OCDS is an error row naming the top-level keys. The data is read as a stream: JSON lines line by
    line, a package release by release (a file:// URL is never loaded into memory); each line or release is
    bounded by SURVTRACK_MAX_DOCUMENT_BYTES, and a bad line, release or record (not JSON, too deep, too large,
    not OCDS) is one error row naming its line or item while the rest load.
Rate limits
    Whatever the publisher sets; the project defaults (AutoThrottle, 2 per host) apply.
"""
from __future__ import annotations

from scrapers.base import LinksSpider, OcdsMixin, SpiderArgumentError
from scrapers.parsing.codes import country_alpha2


class Ocds(OcdsMixin, LinksSpider):
    name = "ocds"
    demo_args = {"url": "{base}/feeds/latam.jsonl"}
    listing_complete, requires_url = False, True
    arguments = {"url": "package or JSON-lines URL (http, https, file)", "country": "ISO alpha-2 hint",
                 "follow": "follow links.next (true/false)"}

    def check_arguments(self):
        if not self.options.get("url", "").startswith(("http://", "https://", "file://")):
            raise SpiderArgumentError("ocds needs -a url=… (http://, https:// or file://)")
        if self.options.get("country") and not country_alpha2(self.options["country"]):
            raise SpiderArgumentError(f"country={self.options['country']!r} is not an ISO 3166 country")

    @property
    def default_country(self):
        return country_alpha2(self.options.get("country"))

    def first_url(self, ctx):
        return self.options["url"]

    def next_link(self, data):
        follow = self.options.get("follow", "true").lower() != "false"
        return super().next_link(data) if follow else None
