"""Failure cases served by the replay: each is retried or skipped with a logged reason, the crawl goes on,
and nothing already stored is lost or duplicated.

Every crawl here keeps the politeness settings (download delays, per-source slots, AutoThrottle): a retry
that breaks a slot's delay only shows when the slot has one.
"""
from __future__ import annotations

from functools import partial

import pytest

from isletwatch.crawlers import settings as defaults
from isletwatch.crawlers.replay import ReplayServer

from . import conftest
from .conftest import REPLAY, open_store

run_crawl_subprocess = partial(conftest.run_crawl_subprocess, polite=True)

SOURCES = ["pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"]


def serve(*cases: str, sources: list[str] = SOURCES) -> ReplayServer:
    """The failure recordings first (they win ties), then the normal recordings."""
    return ReplayServer([REPLAY / "failures" / c for c in cases] + [REPLAY / s for s in sources])


def test_429_500_and_timeout_on_every_source_with_default_politeness(store_path, tmp_path):
    """The crawl completes and stores every record, with the default delays, slots and backoff."""
    with serve(sources=SOURCES) as server:
        clean = conftest.run_crawl_subprocess(tmp_path / "clean.db", server.url, ["all"])
    assert clean.returncode == 0 and clean.summary["totals"]["errors"] == 0, clean.log
    with serve("every_source") as server:
        run = run_crawl_subprocess(store_path, server.url, ["all"], timeout=240, DOWNLOAD_TIMEOUT=2,
                                   RETRY_BACKOFF_BASE=defaults.RETRY_BACKOFF_BASE)
    assert run.returncode == 0, run.log
    assert set(run.summary["finish_reasons"].values()) == {"finished"}
    assert run.summary["totals"]["errors"] == 0 and run.summary["totals"]["stored_new"] == clean.summary["totals"]["stored_new"]
    for first in ("esearch.fcgi", "cursorMark=%2A", "api/v2/studies", "details/medrxiv", "health.rss",
                  "api/v2/doc/doc"):
        hits = [h for h in server.hits if first in h.url and "pageToken" not in h.url]
        assert [h.status for h in hits] == [429, 500, 200, 200], (first, [h.status for h in hits])
    with open_store(tmp_path / "clean.db") as store:
        expected = {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)}
    with open_store(store_path) as store:
        assert {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)} == expected
    assert run.log.count("HTTP 429") >= 6 and run.log.count("HTTP 500") >= 6 and "TimeoutError" in run.log


def test_429_waits_for_retry_after_then_succeeds(store_path):
    with serve("retry_after") as server:
        run = run_crawl_subprocess(store_path, server.url, ["clinicaltrials"])
    assert run.returncode == 0, run.log
    assert run.counts("clinicaltrials")["stored_new"] == 3 and run.counts("clinicaltrials")["errors"] == 0
    first_page = [h for h in server.hits if "api/v2/studies" in h.url and "pageToken" not in h.url]
    assert [h.status for h in first_page] == [429, 200]
    assert first_page[1].at - first_page[0].at >= 0.95  # Retry-After: 1 was honoured
    assert "retrying" in run.log and "HTTP 429" in run.log


def test_500_then_success(store_path):
    with serve("server_error") as server:
        run = run_crawl_subprocess(store_path, server.url, ["europepmc"])
    assert run.returncode == 0, run.log
    assert [h.status for h in server.hits if "cursorMark=%2A" in h.url or "cursorMark=*" in h.url] == [500, 200]
    assert run.counts("europepmc")["stored_new"] == 3 and run.counts("europepmc")["errors"] == 0


def test_timeout_is_retried(store_path):
    with serve("timeout") as server:
        run = run_crawl_subprocess(store_path, server.url, ["biorxiv"], DOWNLOAD_TIMEOUT=1)
    assert run.returncode == 0, run.log
    assert len(server.hits_for("details/medrxiv")) == 2 and "TimeoutError" in run.log
    assert run.counts("biorxiv")["stored_new"] == 3 and run.counts("biorxiv")["errors"] == 0


def test_truncated_xml_salvages_complete_articles_and_keeps_watermark(store_path):
    with serve("truncated_xml", sources=["pubmed"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["pubmed"])
    assert run.returncode == 0, run.log
    c = run.counts("pubmed")
    assert c["errors"] == 1 and c["stored_new"] == 2  # Cell article salvaged, page 2 read; cut article lost
    assert "not well-formed XML" in run.log and "1 complete articles salvaged" in run.log
    with open_store(store_path) as store:
        assert store.get_document("pmid-39326417").title.startswith("Transplantation of chemically induced")
        assert store.get_state("watermark:pubmed") is None  # asked again next run


def test_invalid_json_is_skipped_and_feeds_still_crawled(store_path):
    with serve("invalid_json", sources=["news"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["news"])
    assert run.returncode == 0, run.log
    assert run.counts("news")["errors"] == 1 and "is not valid JSON" in run.log
    assert run.counts("news")["stored_new"] == 2  # the wire story and its copy, from the feeds
    with open_store(store_path) as store:
        assert store.get_state("watermark:news") is None


def test_legacy_charsets_decode(store_path):
    with ReplayServer([REPLAY / "failures" / "charset"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["news"], NEWS_FEEDS=["https://alpine.example/feed.xml"],
                                   NEWS_GDELT=False)
    assert run.returncode == 0, run.log
    with open_store(store_path) as store:
        docs = {d.url.rsplit("/", 1)[1]: d for d in store.iter_documents(include_duplicates=True)}
    cp1252, latin1 = docs["cp1252"], docs["latin1"]
    assert "Professor Jürgen Müller’s team in Zürich" in cp1252.text and "“It is a début, not a cure,”" in cp1252.text
    assert "stem cell–derived" in cp1252.text and cp1252.title == "Zürich team reports islet results"
    assert "Jürgen Müller's team in Zürich (second report)" in latin1.text and "café-sized" in latin1.text


def test_redirect_chain_is_followed_once(store_path):
    feeds = {"NEWS_FEEDS": ["https://redirfeed.example/feed.xml"], "NEWS_GDELT": False}
    with ReplayServer([REPLAY / "failures" / "redirect"]) as server:
        first = run_crawl_subprocess(store_path, server.url, ["news"], **feeds)
        assert first.returncode == 0, first.log
        assert [h.status for h in server.hits if "feed.xml" not in h.url and "robots" not in h.url] == [301, 302, 200]
        server.hits.clear()
        second = run_crawl_subprocess(store_path, server.url, ["news"], **feeds)
    assert second.returncode == 0, second.log
    assert not [h for h in server.hits if "short.example/r/" in h.url]  # the discovered URL is remembered
    with open_store(store_path) as store:
        (doc,) = list(store.iter_documents())
    assert doc.url == "https://dailyhealth.example/articles/insulin-free-after-islet-infusion"
    assert doc.meta["discovered_url"] == "https://short.example/r/abc"


def test_robots_txt_disallow_is_obeyed(store_path):
    with ReplayServer([REPLAY / "failures" / "robots"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["news"], NEWS_FEEDS=["https://members.example/feed.xml"],
                                   NEWS_GDELT=False)
    assert run.returncode == 0, run.log
    assert server.hits_for("members.example/robots.txt") and not server.hits_for("/members/islet-story")
    assert server.hits_for("/public/islet-story")
    assert "forbidden by robots.txt" in run.log and run.counts("news")["errors"] == 0
    with open_store(store_path) as store:
        assert [d.url for d in store.iter_documents()] == ["https://members.example/public/islet-story"]


def test_empty_result_pages_end_cleanly(store_path):
    with serve("empty", sources=[]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["pubmed", "clinicaltrials"])
    assert run.returncode == 0, run.log
    assert run.summary["totals"]["items"] == 0 and run.summary["totals"]["errors"] == 0
    assert not server.hits_for("efetch.fcgi")
    with open_store(store_path) as store:  # nothing new is a successful run
        assert store.get_state("watermark:pubmed") == store.get_state("watermark:clinicaltrials") == "2024-09-30"


def test_repeating_cursor_stops(store_path):
    with serve("repeating_cursor", sources=["clinicaltrials"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["clinicaltrials"], timeout=60)
    assert run.returncode == 0, run.log
    assert len(server.hits_for("pageToken=NF0g5JGBlPMuwQY")) == 1 and "came back; paging stops" in run.log
    assert run.counts("clinicaltrials")["stored_new"] == 3


def test_failures_lose_and_duplicate_nothing_already_stored(store_path):
    with serve() as server:
        first = run_crawl_subprocess(store_path, server.url, ["all"])
    assert first.returncode == 0 and first.summary["totals"]["errors"] == 0, first.log
    with open_store(store_path) as store:
        before = {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)}
        marks = {s: store.get_state(f"watermark:{s}") for s in SOURCES}
    # a month later every source misbehaves at once
    with serve("truncated_xml", "invalid_json", "retry_after", "server_error", "timeout") as server:
        second = run_crawl_subprocess(store_path, server.url, ["all"], CRAWL_UNTIL="2024-10-31",
                                      DOWNLOAD_TIMEOUT=1)
    assert second.returncode == 0, second.log
    assert second.summary["totals"]["errors"] == 2 and second.summary["totals"]["stored_new"] == 0
    with open_store(store_path) as store:
        after = {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)}
        assert after == before
        assert store.get_state("watermark:pubmed") == marks["pubmed"] == "2024-09-30"  # failed: kept
        assert store.get_state("watermark:news") == marks["news"]
        assert store.get_state("watermark:clinicaltrials") == "2024-10-31"  # recovered after 429: moved


@pytest.mark.parametrize("bad", ["nosuch", "pubmed,nosuch"])
def test_unknown_source_is_refused_with_the_valid_ones(bad, store_path):
    from isletwatch.config import Config
    from isletwatch.crawlers import run_crawl
    from isletwatch.errors import CrawlError

    with pytest.raises(CrawlError, match="valid sources: pubmed, europepmc, clinicaltrials, biorxiv, news"):
        run_crawl(str(store_path), Config(), sources=bad.split(","))
