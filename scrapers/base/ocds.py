"""OcdsMixin: listings that are OCDS release/record packages or JSON lines, read as a stream."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from scrapy.http import Request

from enrich.ids import fingerprint
from scrapers.base.paging import LinksSpider
from scrapers.base.spider import BaseSpider, ListingEntry
from scrapers.items import ErrorItem

if TYPE_CHECKING:
    from scrapy.http import Response


class OcdsMixin(BaseSpider):
    """Listings that are OCDS release/record packages (or JSON lines): every release is a complete notice.

    Listings are read as a stream (scrapers.parsing.ocds.reader.read_ocds): JSON lines line by line and a large package
    element by element, each bounded by SURVTRACK_MAX_DOCUMENT_BYTES; a file:// listing is never loaded into
    memory (scrapers/filehandler.py). A bad line, element or release is one error row naming it; the rest load."""

    # -- OcdsMixin attributes ------------------------------------------------------------------------------------
    #: Public notice page, formatted with {id} (release id or ocid) and {ocid}; None: the package URL + #id.
    notice_url_template: ClassVar[str | None] = None
    _RELEASE_ERRORS = (ValueError, TypeError, AttributeError, KeyError)

    def get(self, url: str, ctx: dict, *, listing: bool = True, **meta: Any) -> Request:
        request = super().get(url, ctx, listing=listing, **meta)
        if listing:
            request.meta["survtrack_stream"] = True  # a file:// listing stays on disk, read as a stream
        return request

    def decode(self, response: Response) -> Any:
        """Every JSON document of a (small) response, read whole; `on_listing` streams instead."""
        from scrapers.parsing.ocds import iter_json_documents

        return list(iter_json_documents(response.text, response.url))

    def entries(self, response: Response, data: Any, ctx: dict) -> Iterator[ListingEntry]:
        from scrapers.parsing.ocds import iter_releases, publisher_uri_of

        for document in data:
            uri = publisher_uri_of(document)
            for sid, release in iter_releases(document):
                yield self.release_entry(response, sid, release, uri)

    def release_entry(self, response: Response, sid: str, release: dict, publisher_uri: str | None = None
                      ) -> ListingEntry:
        from scrapers.parsing.ocds import release_notice

        fields = release_notice(release, default_country=self.default_country, publisher_uri=publisher_uri)
        public_id = sid if sid == release.get("ocid") else (release.get("id") or sid)  # record: its ocid
        url = (self.notice_url_template.format(id=public_id, ocid=release.get("ocid"))
               if self.notice_url_template else f"{response.url.split('#')[0]}#{sid}")
        item = self.notice(source_notice_id=sid, url=url, **fields)
        return ListingEntry(sid, fingerprint(release.get("date"), release.get("tag")), fields["published"], item=item)

    def on_listing(self, response: Response) -> Iterator[Any]:
        """Stream the listing: one entry per release as it is read, one error row per bad line/element/release."""
        import io

        from scrapy.http import TextResponse

        from scrapers.parsing.ocds import read_ocds

        path = response.meta.get("survtrack_body_path")
        handle = open(path, "rb") if path else io.BytesIO(response.body)  # noqa: SIM115 - closed below
        try:
            encoding = None if path or not isinstance(response, TextResponse) else response.encoding
            settings = getattr(self, "settings", None)
            limit = settings.getint("SURVTRACK_MAX_DOCUMENT_BYTES") if settings is not None else 0
            reader = read_ocds(handle, response.url, limit=limit or None, encoding=encoding)
            document_id = response.meta.get("document_id")
            listed = 0
            for part in reader:
                if part.error is not None:
                    self.listing_failed = True  # a listing with a hole proves nothing about absent notices
                    yield ErrorItem(url=response.url, stage="parse", error=f"{part.where}: {part.error}",
                                    document_id=document_id)
                    continue
                if self.sample_reached():
                    break
                assert part.notice_id is not None and part.release is not None  # a part is a release or an error
                try:
                    entry = self.release_entry(response, part.notice_id, part.release, part.publisher_uri)
                except self._RELEASE_ERRORS as exc:
                    self.listing_failed = True
                    yield ErrorItem(url=response.url, stage="parse", document_id=document_id,
                                    error=f"{part.where}: release {part.notice_id}: {type(exc).__name__}: {exc}")
                    continue
                listed += 1
                yield from self.handle_entry(entry, response)
            if reader.errors > reader.max_errors:
                yield ErrorItem(url=response.url, stage="parse", document_id=document_id,
                                error=f"{response.url}: {reader.errors - reader.max_errors:,} more bad lines or "
                                      "items, not recorded one by one")
            if getattr(self, "crawler", None) is not None:
                self.crawler.stats.set_value("survtrack/ocds/input_shape", reader.mode)
        finally:
            handle.close()
        if listed and not self.sample_reached():
            following = self.next_request(response, [{"links": {"next": link}} for link in reader.next_links],
                                          response.meta.get("ctx", {}))
            if following is not None:
                yield following

    def next_link(self, data: Any) -> str | None:
        for document in data if isinstance(data, list) else [data]:
            link = LinksSpider.next_link(self, document)  # type: ignore[arg-type]
            if link:
                return link
        return None
