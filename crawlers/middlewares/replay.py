"""Route every request to a ReplayServer when REPLAY_URL is set, keeping the real URLs everywhere else.

`https://host/path?q` is fetched as `{REPLAY_URL}/host/path?q` (robots.txt
included: the robots middleware asks for the original host's robots.txt, which
is routed like any request), and the response comes back with its original
URL, so canonical URLs and document ids stay real. It sits last before the
downloader: robots, retries and redirects all work on the original URLs. The
rewritten request keeps the original host as its download slot, so the
per-source rate limits apply on replay as they do live.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

ORIGINAL = "replay_original"


def to_replay_url(base: str, url: str) -> str:
    """`https://host/p?q` → `{base}/host/p?q` (the scheme is dropped: replay matches on host and path)."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{base.rstrip('/')}/{parts.netloc}{parts.path or '/'}{query}"


class ReplayMiddleware:
    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ReplayMiddleware":
        base = crawler.settings.get("REPLAY_URL")
        if not base:
            raise NotConfigured("REPLAY_URL is not set")
        return cls(base)

    def process_request(self, request: Request, spider: Any = None) -> Request | None:
        if request.url.startswith(self.base + "/") or not request.url.startswith(("http://", "https://")):
            return None  # already routed (a retry of a routed request), or not HTTP
        host = urlsplit(request.url).hostname or ""
        meta = dict(request.meta)
        meta[ORIGINAL] = request.url
        if "download_slot" not in meta or meta.get("_replay_slot"):
            meta["download_slot"], meta["_replay_slot"] = host, True
        return request.replace(url=to_replay_url(self.base, request.url), meta=meta, dont_filter=True)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        original = request.meta.get(ORIGINAL)
        if not original or not request.url.startswith(self.base + "/"):
            return response
        location = response.headers.get(b"Location")
        if location:
            # Recorded redirects name the real site; a relative one is resolved against it.
            response.headers[b"Location"] = urljoin(original, location.decode("latin-1"))
        return response.replace(url=original)
