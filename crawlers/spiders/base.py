"""What every IsletWatch spider shares: where to start (watermarks), how to fail, how to ask politely.

A spider asks its source only for what is new since its last successful run:
the start date is the explicit `since` (spider argument or CRAWL_SINCE), else
the stored watermark minus WATERMARK_OVERLAP_DAYS (late-indexed records are
not lost; upserts make the overlap free), else CRAWL_DEFAULT_SINCE. The
watermark moves to this run's start time only when the run finished and
every listing page (API page, feed) was read: a page that failed is asked
again next time instead of being skipped for ever.

Failures are logged with their reason and counted (stat isletwatch/errors);
the crawl goes on.
"""
from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterable, Iterator

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from ..archive import CONTEXT_KEYS
from ..storeref import store_for

logger = logging.getLogger(__name__)


class IsletSpider(scrapy.Spider):
    #: settings key of this source's base URL, e.g. PUBMED_BASE_URL
    base_url_setting = ""
    #: True for sources that syndicate (news): the dedupe pipeline loads stored stories to link copies to
    syndicated = False

    def __init__(self, *args: Any, since: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.since_arg = since
        self.incomplete = False
        self.asked: set[str] = set()  # cursors, page tokens and URLs already asked for on this run
        self.run_started = datetime.now(timezone.utc).replace(microsecond=0)

    @property
    def base_url(self) -> str:
        return self.settings.get(self.base_url_setting).rstrip("/")

    @property
    def watermark_key(self) -> str:
        return f"watermark:{self.name}"

    @property
    def store(self) -> Any:
        return store_for(self.crawler)

    def since(self) -> date:
        explicit = self.since_arg or self.settings.get("CRAWL_SINCE")
        if explicit:
            return _to_date(explicit)
        mark = self.store.get_state(self.watermark_key)
        if mark:
            return _to_date(mark) - timedelta(days=self.settings.getint("WATERMARK_OVERLAP_DAYS", 2))
        return _to_date(self.settings.get("CRAWL_DEFAULT_SINCE") or "2015-01-01")

    def until(self) -> date:
        """Today, or CRAWL_UNTIL (a backfill, or a replay recorded on another day)."""
        explicit = self.settings.get("CRAWL_UNTIL")
        return _to_date(explicit) if explicit else self.run_started.date()

    def watermark_value(self) -> str:
        explicit = self.settings.get("CRAWL_UNTIL")
        return _to_date(explicit).isoformat() if explicit else self.run_started.isoformat()

    async def start(self) -> Any:
        for request in self.first_requests():
            yield request

    def first_requests(self) -> Any:
        """The source's first listing requests (a generator), computed when the crawl starts."""
        raise NotImplementedError

    def get(self, url: str, callback: Callable[..., Any], *, listing: bool = True, api: bool = True,
            **meta: Any) -> scrapy.Request:
        """A request whose failures are logged and counted; `listing` failures keep the watermark back."""
        meta.update(listing=listing)
        if api:
            meta["autothrottle_dont_adjust_delay"] = True  # keep the slot's published rate limit
        meta[CONTEXT_KEYS] = sorted(meta)  # archived with the response: a reparse gives the callback the same
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta)

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            self.crawler.stats.inc_value("isletwatch/skipped")
            logger.info("skipped %s: forbidden by robots.txt", request.url)
            return
        if failure.check(HttpError):
            response = failure.value.response
            reason = f"HTTP {response.status}"
        else:
            reason = f"{type(failure.value).__name__}: {failure.value}"
        self.fail(f"could not fetch {request.url} ({reason})", listing=request.meta.get("listing", False))

    def fail(self, message: str, *, listing: bool = True) -> None:
        """Log and count a failure; a failed listing page keeps the watermark where it was."""
        self.crawler.stats.inc_value("isletwatch/errors")
        if listing:
            self.incomplete = True
        stays = listing and not self.settings.getbool("REPARSE")
        logger.warning("%s: %s%s", self.name, message, "; the watermark stays" if stays else "")

    def load_json(self, response: Response) -> Any:
        """The page's JSON, or None after logging why it is unreadable."""
        try:
            return json.loads(response.text)
        except (ValueError, AttributeError) as exc:
            self.fail(f"{response.url} is not valid JSON ({exc}); page skipped")
            return None

    def json_page(self, response: Response) -> dict[str, Any] | None:
        """A listing page's JSON object, or None after logging why it cannot be read."""
        data = self.load_json(response)
        if data is not None and not isinstance(data, dict):
            self.fail(f"{response.url}: expected a JSON object")
            return None
        return data

    def items_from(self, records: Iterable[Any], parse: Callable[[Any], Any], response: Response) -> Iterator[Any]:
        """Items for the records of a page; a record the parser cannot use is logged, counted and skipped."""
        for record in records:
            item = parse(record)
            if item is None:
                self.fail(f"a record without id or title on {response.url}; skipped", listing=False)
            else:
                yield item

    def first_time(self, cursor: str, seen: set[str]) -> bool:
        """False (and a logged reason) when a paging cursor comes back: paging stops instead of looping."""
        if cursor in seen:
            self.logger.info("%s: cursor %s came back; paging stops", self.name, cursor)
            return False
        seen.add(cursor)
        return True

    def closed(self, reason: str) -> None:
        if self.settings.getbool("REPARSE"):
            return  # a reparse asked no source: the archive's own watermark is restored (middlewares.reparse)
        if reason == "finished" and not self.incomplete:
            self.store.set_state(self.watermark_key, self.watermark_value())
            self.crawler.stats.set_value("isletwatch/watermark", self.watermark_value())  # for the archive
            logger.info("%s: watermark moved to %s", self.name, self.watermark_value())
        else:
            logger.info("%s: watermark kept (%s)", self.name,
                        "some listing pages failed" if self.incomplete else f"closed: {reason}")


def _to_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in ("%Y-%m", "%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"cannot read the date {value!r}; use YYYY-MM-DD")
