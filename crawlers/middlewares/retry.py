"""Retries for 429/5xx and timeouts that wait before trying again.

Scrapy's RetryMiddleware re-sends at once, which is exactly what a server
answering 429 asked us not to do. This subclass waits: the `Retry-After`
header when the server gives one (seconds or an HTTP date; capped by
RETRY_AFTER_MAX, above which the request is given up with a logged reason),
otherwise an exponential backoff (RETRY_BACKOFF_BASE × 2^attempt, capped by
RETRY_BACKOFF_MAX). The wait also pushes back the domain's download slot, so
other requests to the same server hold off too.

The push-back is written in the slot's own clock: Scrapy's downloader stamps
`Slot.lastseen` with `time.monotonic()` and compares it with its monotonic
"now". A wall-clock stamp (time.time(), ~1.7e9 s) would put the slot's next
turn decades away and hang the crawl after the first retry on any slot that
has a delay (tests/crawlers/test_failures.py runs with slot delays on).
"""
from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any, Callable

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def hold_slot(slot: Any, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
    """Make the slot's next request wait `seconds` from now (at least its usual delay).

    The downloader lets a request out when `clock() - lastseen >= delay`, so a
    `lastseen` of `now + seconds - delay` is exactly `seconds` away; it never
    moves back, and never further than `seconds` ahead.
    """
    if slot is None or not getattr(slot, "delay", 0):
        return
    slot.lastseen = max(slot.lastseen, clock() + seconds - slot.delay)


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    async def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            logger.warning("giving up on %s: the server asks to wait %.0fs (Retry-After), more than "
                           "RETRY_AFTER_MAX=%.0fs", request.url, wait, self.retry_after_max)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._wait(request, wait if wait is not None else self._backoff(request), f"HTTP {response.status}")
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> Request | None:
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(request, self._backoff(request), type(exception).__name__)
        return retry

    def _backoff(self, request: Request) -> float:
        return min(self.backoff_max, self.backoff_base * 2 ** request.meta.get("retry_times", 0))

    async def _wait(self, request: Request, seconds: float, reason: str) -> None:
        if seconds <= 0:
            return
        logger.info("retrying %s after %.1fs (%s)", request.url, seconds, reason)
        hold_slot(self._slot(request), seconds)
        from twisted.internet import reactor  # the one the crawler installed

        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    def _slot(self, request: Request) -> Any:
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        if downloader is None:
            return None
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        return downloader.slots.get(key)
