"""`crawl --reparse`: the spiders read their archived responses instead of asking the sources.

Two small middlewares, on only when REPARSE is set:

- ReparseStart (spider middleware) starts each spider from its archive:
  every archived 2xx response that a callback read becomes a request for that
  callback with its original context, oldest crawl first, so later versions
  of a record overwrite earlier ones as they did when crawled. Requests the
  callbacks yield (next pages, articles) are dropped: what they fetched is in
  the archive as well. When the spider finishes, the watermark the last
  archived crawl moved to is restored if the store has an older one.
- ArchiveReader (downloader middleware, first of all) answers those requests
  from the WARC file and refuses anything else, so a reparse makes no
  request at all.
"""
from __future__ import annotations

import logging
from typing import Any, AsyncIterator

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from ..archive import ArchiveError, archive_files, load_exchange, read_responses, read_state
from ..storeref import store_for

logger = logging.getLogger(__name__)
ARCHIVED = "isletwatch_archived"  # request meta: (file, offset) of the archived response


def _reparsing(crawler: Crawler) -> str:
    directory = crawler.settings.get("ARCHIVE_DIR")
    if not crawler.settings.getbool("REPARSE") or not directory:
        raise NotConfigured  # not a reparse (no message: Scrapy would log it as a warning)
    return directory


class ReparseStart(BaseSpiderMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.directory = _reparsing(crawler)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        files = archive_files(self.directory, spider.name)
        if not files:
            logger.warning("%s: nothing archived in %s; nothing to reparse", spider.name, self.directory)
        for path in files:
            try:
                for record in read_responses(path):
                    if record.spider != spider.name or not record.callback or not 200 <= record.status < 300:
                        continue
                    callback = getattr(spider, record.callback, None)
                    if callback is None:
                        spider.fail(f"{path}: no callback {record.callback!r} for {record.url}; skipped", listing=False)
                        continue
                    meta = {**record.context, ARCHIVED: (record.path, record.offset)}
                    yield Request(record.url, callback=callback, errback=spider.on_error, meta=meta, dont_filter=True)
            except ArchiveError as exc:  # the rest of this file is lost to the reparse, not the other files
                spider.fail(str(exc), listing=False)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        return None  # a callback's next request: its response, if there was one, is archived too

    def spider_closed(self, spider: Any, reason: str) -> None:
        if reason != "finished":
            return
        key = f"watermark:{spider.name}"
        try:
            marks = [read_state(p).get(key) for p in archive_files(self.directory, spider.name)]
        except ArchiveError as exc:
            logger.error("%s", exc)
            return
        mark = next((m for m in reversed(marks) if m), None)
        store = store_for(self.crawler)
        if mark and (store.get_state(key) or "") < mark:
            store.set_state(key, mark)
            logger.info("%s: watermark restored from the archive: %s", spider.name, mark)


class ArchiveReader:
    def __init__(self, crawler: Crawler) -> None:
        _reparsing(crawler)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchiveReader":
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> Response:
        where = request.meta.get(ARCHIVED)
        if not where:
            raise IgnoreRequest(f"a reparse reads the archive only; {request.url} is not asked")
        status, headers, body = load_exchange(*where)
        self.crawler.stats.inc_value("isletwatch/reparsed")
        response_headers = Headers(headers)
        cls = responsetypes.from_args(headers=response_headers, url=request.url, body=body)
        return cls(url=request.url, status=status, headers=response_headers, body=body, request=request,
                   flags=["archived"])
