"""News: discover stories in RSS/Atom feeds and the GDELT DOC 2.0 API, then read each article page.

Feeds (NEWS_FEEDS, from config crawl.feeds) are science desks, press-release
wires and news-search feeds; GDELT (`mode=artlist&format=json`) adds stories
from outlets no feed covers, in the window since the watermark (GDELT keeps
about three months). Each article URL is fetched once: URLs already in the
store, or fetched before and judged irrelevant or redirected (state key
`seen:<url>`), are not asked for again. Pages are reduced by
isletwatch.crawlers.extract; the identifiers a story cites go to
`meta["mentions"]`, not to its identifiers, because they name the paper or
trial it is about, not the story.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Iterator
from urllib.parse import urlencode, urlsplit

from lxml import etree
from scrapy.http import Response, TextResponse

from ..extract import extract_article
from ..feeds import parse_feed
from ..identifiers import registry_ids
from ..items import DocumentItem
from ..pipelines.normalize import canonical_url
from .base import IsletSpider

GDELT_WINDOW_DAYS = 90
# GDELT's artlist sometimes carries the rest of the HTML attribute it scraped the link from ("…html%20title=")
_GDELT_JUNK = re.compile(r"(?:%20|\s)+[A-Za-z_:-]+=.*$", re.S)


def gdelt_url(url: str) -> str:
    """An article URL as GDELT lists it, without the junk suffix some entries carry."""
    return _GDELT_JUNK.sub("", url.strip())


class NewsSpider(IsletSpider):
    name = "news"
    base_url_setting = "GDELT_BASE_URL"
    syndicated = True

    def first_requests(self) -> Iterator[Any]:
        for feed in self.settings.getlist("NEWS_FEEDS"):
            yield self.get(feed, self.parse_feed, api=False, feed=feed)
        if self.settings.getbool("NEWS_GDELT"):
            start = max(self.since(), (datetime.now(timezone.utc) - timedelta(days=GDELT_WINDOW_DAYS)).date())
            params = {"query": self.settings.get("GDELT_QUERY"), "mode": "artlist", "format": "json",
                      "maxrecords": self.settings.getint("GDELT_MAX_RECORDS"), "sort": "datedesc",
                      "startdatetime": start.strftime("%Y%m%d000000"),
                      "enddatetime": (self.until() + timedelta(days=1)).strftime("%Y%m%d000000")}
            yield self.get(f"{self.base_url}?{urlencode(params)}", self.parse_gdelt)

    def parse_feed(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        try:
            feed = parse_feed(response.body, response.url)
        except etree.XMLSyntaxError as exc:
            self.fail(f"feed {response.url} is not XML with items ({exc}); skipped")
            return
        if feed.recovered:
            self.logger.warning("news: feed %s is not well-formed XML (%s); read %d items past the flaw",
                                response.url, feed.recovered, len(feed.entries))
        for reason in feed.dropped:
            self.logger.warning("news: feed %s: %s; entry left out", response.url, reason)
        found = [(e["link"], {"discovered_in": response.meta["feed"], "feed_title": e["title"],
                              "feed_date": e["date"], "feed_summary": e["summary"]}) for e in feed.entries]
        yield from self.article_requests(found)

    def parse_gdelt(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.load_json(response)
        if data is None:
            return
        if not isinstance(data, dict):
            self.fail(f"GDELT answer {response.url} is not a JSON object")
            return
        found = [(gdelt_url(a["url"]), {"discovered_in": "gdelt", "feed_title": a.get("title"), "feed_date": a.get("seendate"),
                             "gdelt_domain": a.get("domain"), "gdelt_language": a.get("language"),
                             "gdelt_country": a.get("sourcecountry")})
                 for a in data.get("articles") or [] if isinstance(a, dict) and a.get("url")]
        yield from self.article_requests(found)

    def article_requests(self, found: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[Any]:
        """Requests for the article URLs not stored, not seen before and not already asked on this run."""
        fresh: dict[str, tuple[str, dict[str, Any]]] = {}
        for link, meta in found:
            if urlsplit(link).scheme in ("http", "https"):
                fresh.setdefault(canonical_url(link), (link, meta))
        known = self.store.known_urls(fresh)
        known |= {u for u in fresh if u not in known and self.store.get_state(f"seen:{u}")}
        self.crawler.stats.inc_value("isletwatch/known_skipped", len(known))
        for canon, (link, meta) in fresh.items():
            if canon in known or canon in self.asked:
                continue
            self.asked.add(canon)
            yield self.get(link, self.parse_article, listing=False, api=False, asked_as=canon, **meta)

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[DocumentItem]:
        meta = response.meta
        if not isinstance(response, TextResponse):
            self.fail(f"{response.url} is not a text page ({response.headers.get('Content-Type')}); skipped",
                      listing=False)
            return
        art = extract_article(response.text, response.url)
        if art is None:
            self.fail(f"no article text found on {response.url}; skipped", listing=False)
            return
        # remembered only once read: a page that failed is asked again next run
        self.store.set_state(f"seen:{meta['asked_as']}", canonical_url(response.url))
        url = response.url
        if art["canonical"] and urlsplit(art["canonical"]).hostname == urlsplit(url).hostname:
            url = art["canonical"]  # only the site's own canonical: a wire copy naming the original is a copy
        mentions = art["mentions"]
        ids = {"doi": art["citation_doi"], "pmid": art["citation_pmid"]} if art["citation_doi"] else {}
        yield DocumentItem(
            source="news", url=url, title=art["title"] or meta.get("feed_title") or "", text=art["text"],
            kind=self.kind_of(url, art), published=art["published"] or meta.get("feed_date"),
            language=art["language"] or meta.get("gdelt_language"),
            identifiers={k: v for k, v in ids.items() if v},
            meta={"site": art["site"][0] if art["site"] else None, "authors": art["authors"],
                  "description": art["description"], "modified": art["modified"],
                  "discovered_in": meta.get("discovered_in"), "discovered_url": meta.get("asked_as"),
                  "jsonld_type": art["jsonld_type"], "journal": art["journal"],
                  "mentions": {k: v for k, v in mentions.items() if k in ("doi", "pmid", "pmcid")},
                  "registry_ids": registry_ids(mentions), "cited_links": art["cited_links"],
                  "gdelt": {k: meta[k] for k in ("gdelt_domain", "gdelt_country") if meta.get(k)} or None})

    def kind_of(self, url: str, art: dict[str, Any]) -> str:
        host = (urlsplit(url).hostname or "").lower()
        types = art["jsonld_type"].lower()
        if "pressrelease" in types or any(host == d or host.endswith("." + d)
                                          for d in self.settings.getlist("PRESS_RELEASE_DOMAINS")):
            return "press_release"
        if "blogposting" in types:
            return "blog"
        if art["citation_doi"] or "scholarlyarticle" in types:
            return "article"
        return "news"
