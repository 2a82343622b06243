"""Downloader middleware: every response a crawl receives goes into its WARC file (isletwatch.crawlers.archive).

It sits just before the redirect middleware (600), so it sees redirects,
429s and 5xx before they are followed or retried, and bodies as the server
sent them, before decompression (590: a gzip body stays gzip, with its
Content-Encoding), under their real URL (the replay middleware, 800, has put
it back). With the
response go the name of the spider callback the request was for and the
request's context (the keys IsletSpider.get set), which is what a reparse
needs to hand the response to the same callback again.

ARCHIVE_DIR (config `crawl.archive`, default data/archive) names the folder;
an empty value turns archiving off. A reparse (REPARSE) writes nothing.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from ..archive import CONTEXT_KEYS, ArchiveWriter, archive_path

logger = logging.getLogger(__name__)


def request_context(request: Request) -> dict[str, Any]:
    """The spider's own context of a request, without Scrapy's bookkeeping (slots, retries, latency)."""
    return {k: request.meta[k] for k in request.meta.get(CONTEXT_KEYS, ()) if k in request.meta}


class ArchiveMiddleware:
    def __init__(self, crawler: Crawler, directory: str) -> None:
        self.crawler = crawler
        self.directory = directory
        self.writer: ArchiveWriter | None = None
        self.broken = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchiveMiddleware":
        directory = crawler.settings.get("ARCHIVE_DIR")
        if not directory or crawler.settings.getbool("REPARSE"):
            raise NotConfigured  # no ARCHIVE_DIR, or a reparse (no message: Scrapy would log it as a warning)
        middleware = cls(crawler, directory)
        crawler.signals.connect(middleware.engine_stopped, signal=signals.engine_stopped)
        return middleware

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if self.broken:
            return response
        spider = self.crawler.spider
        if self.writer is None:
            self.writer = ArchiveWriter(archive_path(self.directory, spider.name))
        # only the spider's own callbacks can be called again (robots.txt requests have Scrapy's NO_CALLBACK)
        callback = request.callback.__name__ if getattr(request.callback, "__self__", None) is spider else None
        try:
            self.writer.write_exchange(
                url=response.url, method=request.method,
                request_headers=[(k.decode("latin-1"), b", ".join(v).decode("latin-1"))
                                 for k, v in request.headers.items()],
                status=response.status, reason="", headers=[(k, b", ".join(v)) for k, v in response.headers.items()],
                body=response.body, spider=spider.name, callback=callback, context=request_context(request))
        except OSError as exc:
            self.broken = True
            self.crawler.stats.inc_value("isletwatch/errors")
            logger.error("cannot write the archive %s (%s): this crawl's responses are not archived from here on; "
                         "free space or set crawl.archive to a writable folder", self.writer.path, exc)
        else:
            self.crawler.stats.inc_value("isletwatch/archived")
        return response

    def engine_stopped(self) -> None:
        """Close the file, with the watermark the spider moved to (stat isletwatch/watermark) as its last record."""
        if self.writer is None:
            return
        mark = self.crawler.stats.get_value("isletwatch/watermark")
        try:
            if mark and not self.broken:
                self.writer.write_state(self.crawler.spider.name, {f"watermark:{self.crawler.spider.name}": mark})
        except OSError as exc:
            logger.error("cannot write the watermark into the archive %s (%s)", self.writer.path, exc)
        finally:
            self.writer.close()
