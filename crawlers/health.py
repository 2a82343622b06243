"""Extension: when a spider closes, its crawl's counts go into the source's health history.

Requests, items, new documents and errors are the crawl summary's counts
(SourceCounts); the time of the last new document comes from the store
pipeline. `isletwatch sources` and the site read the history
(isletwatch.health). A reparse asks no source, so it records nothing.
"""
from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from isletwatch.health import CrawlRecord, record_crawl
from isletwatch.model import utc_now

from .storeref import store_for


class HealthRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "HealthRecorder":
        if crawler.settings.getbool("REPARSE"):
            raise NotConfigured
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_closed(self, spider: Any, reason: str) -> None:
        from .run import SourceCounts

        stats = self.crawler.stats.get_stats()
        counts = SourceCounts.from_stats(stats)
        started = stats.get("start_time")
        record = CrawlRecord(source=spider.name, started=started.isoformat() if started else utc_now(),
                             finished=utc_now(), requests=counts.requests, items=counts.items,
                             new=counts.stored_new, errors=counts.errors,
                             last_new=stats.get("isletwatch/last_new_at"), finish_reason=reason)
        record_crawl(store_for(self.crawler), record)
