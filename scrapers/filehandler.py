"""file:// downloads with the same size rules as HTTP, and bulk files left on disk to be streamed.

Why: Scrapy's own file handler reads any file whole into memory, whatever DOWNLOAD_MAXSIZE says (a 1 GB OCDS
file became a 1 GB body, then a 2 GB decoded text, then the parsed JSON). Here:

* a request whose meta asks to stream (`survtrack_stream`, set by spiders that read bulk files line by line or
  element by element: OcdsMixin) gets an empty-bodied response whose `meta["survtrack_body_path"]` names the
  file; ArchiveMiddleware archives it by streaming copy and the spider reads it from disk. Such a file may be up
  to SURVTRACK_MAX_BULK_BYTES;
* any other file is refused above DOWNLOAD_MAXSIZE (or the request's `download_maxsize`), exactly like an HTTP
  body, with an error naming its size and the limit.
"""
from __future__ import annotations

from pathlib import Path

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.asyncio import run_in_thread
from w3lib.url import file_uri_to_path


class FileTooLarge(IgnoreRequest):
    """A file:// document over the size limit (the message says how large and which setting)."""


class FileDownloadHandler(BaseDownloadHandler):
    async def download_request(self, request: Request) -> Response:
        path = Path(file_uri_to_path(request.url))
        size = path.stat().st_size  # FileNotFoundError etc. become the request's failure (an error row)
        settings = self.crawler.settings
        if request.meta.get("survtrack_stream"):
            from survtrack.limits import max_bulk_bytes

            limit = settings.getint("SURVTRACK_MAX_BULK_BYTES") or max_bulk_bytes()
            if size > limit:
                raise FileTooLarge(f"{request.url}: {size:,} bytes is larger than the {limit:,}-byte limit "
                                   "(SURVTRACK_MAX_BULK_BYTES)")
            request.meta["survtrack_body_path"] = str(path)
            request.meta["survtrack_body_size"] = size
            with path.open("rb") as handle:
                head = handle.read(4096)
            respcls = responsetypes.from_args(filename=str(path), body=head)
            return respcls(url=request.url, body=b"", flags=["streamed"])
        limit = request.meta.get("download_maxsize", settings.getint("DOWNLOAD_MAXSIZE"))
        if limit and size > limit:
            raise FileTooLarge(f"{request.url}: {size:,} bytes is larger than the {limit:,}-byte limit "
                               "(DOWNLOAD_MAXSIZE)")
        body = await run_in_thread(path.read_bytes)
        respcls = responsetypes.from_args(filename=str(path), body=body)
        return respcls(url=request.url, body=body)
