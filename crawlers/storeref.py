"""One open Store per store URL per process, shared by every crawler that needs it.

run_crawl runs all requested spiders in one reactor; each has pipelines and a
spider that read or write the store. Sharing one handle (SQLite connection)
keeps their writes in one place, and the last crawler to let go closes it.
"""
from __future__ import annotations

import threading

from scrapy.crawler import Crawler

from isletwatch.index import Store, open_store

_lock = threading.Lock()
_open: dict[str, tuple[Store, int]] = {}


def acquire(url: str) -> Store:
    with _lock:
        store, users = _open.get(url) or (open_store(url), 0)
        _open[url] = (store, users + 1)
        return store


def release(url: str) -> None:
    with _lock:
        store, users = _open[url]
        if users <= 1:
            del _open[url]
            store.close()
        else:
            _open[url] = (store, users - 1)


def store_for(crawler: Crawler) -> Store:
    """The crawler's store, opened on first use and released when its spider closes."""
    store = getattr(crawler, "_isletwatch_store", None)
    if store is None:
        from scrapy import signals

        url = crawler.settings.get("STORE_URL")
        store = acquire(url)
        crawler._isletwatch_store = store  # type: ignore[attr-defined]

        def _release(spider: object = None) -> None:
            release(url)
            crawler._isletwatch_store = None  # type: ignore[attr-defined]

        crawler.signals.connect(_release, signal=signals.engine_stopped, weak=False)
    return store
