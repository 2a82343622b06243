"""The crawl stage: one Scrapy spider per source, shared pipelines, and an offline replay.

    from isletwatch.crawlers import run_crawl, CrawlSummary, SOURCES
    summary = run_crawl(store_url, config, sources=["pubmed"], since="2024-01-01")

See crawlers/REPLAY.md for running crawls offline against recorded responses.
"""
from __future__ import annotations

from typing import Any

__all__ = ["CrawlSummary", "SOURCES", "SourceCounts", "run_crawl"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `scrapy list` loads the settings module through this package,
    # and should not pay for (or trip over) the runner.
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(name)
