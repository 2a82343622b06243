"""Feeds read by a real feed parser (feedparser): saved searches, products, trials, documents without claims."""
from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from isletwatch.config import SavedFeed, SiteConfig
from isletwatch.errors import SiteError
from isletwatch.index import SqliteStore
from isletwatch.site import build_site

from .conftest import STAMP

BASE = "https://watch.example.org/isletwatch/"


@pytest.fixture(scope="module")
def feed_site(dev_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("feeds")
    saved = [SavedFeed("Type 1 insulin independence", "insulin", ["diabetes_type=T1D", "outcome=insulin_independence"]),
             SavedFeed("Zimislecel", "zimislecel")]
    with SqliteStore(dev_db) as store:
        build_site(store, out, SiteConfig(base_url=BASE, feeds=saved), generated_at=STAMP, search=False)
    return out


def parse(path: Path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')}"
    return feed


def test_every_feed_parses_with_absolute_links_and_unique_ids(feed_site):
    feeds = sorted((feed_site / "feeds").glob("*.xml"))
    kinds = {p.name.split("-")[0] for p in feeds}
    assert {"claims.xml", "search", "outcome", "product", "trial", "source"} <= kinds
    for path in feeds:
        feed = parse(path)
        assert feed.version == "atom10", path.name
        ids = [e.id for e in feed.entries]
        assert len(ids) == len(set(ids)), path.name
        for e in feed.entries:
            assert e.link.startswith(BASE), (path.name, e.link)
            assert e.updated_parsed is not None
        assert b'<?xml-stylesheet type="text/xsl" href="../static/feed.xsl"?>' in path.read_bytes()


def test_a_saved_search_yields_its_feed_with_only_matching_claims(feed_site):
    feed = parse(feed_site / "feeds" / "search-type-1-insulin-independence.xml")
    assert feed.feed.title.endswith("Type 1 insulin independence")
    assert feed.entries and feed.feed.links[0].href == BASE + "feeds/search-type-1-insulin-independence.xml"
    for e in feed.entries:
        claims = [line for line in e.summary.splitlines() if line.startswith("Claim:")]
        assert claims and all(c.startswith("Claim: Type 1 · Insulin independence") for c in claims), e.summary
    zimi = parse(feed_site / "feeds" / "search-zimislecel.xml")
    assert any("VX-880" in e.title or "Vertex" in e.title for e in zimi.entries)  # synonyms, as in the CLI


def test_entries_are_dated_by_when_they_were_found_newest_first(feed_site):
    feed = parse(feed_site / "feeds" / "claims.xml")
    bidi = next(e for e in feed.entries if "eruc a" in e.title)
    assert bidi.updated == "2025-07-01T07:30:00Z"  # fetched 09:30+02:00, in UTC; published 2025-07-01
    found = [e.updated for e in feed.entries]
    assert found == sorted(found, reverse=True)


def test_trial_feed_holds_its_registry_record_without_claims_and_the_documents_citing_it(feed_site):
    feeds = sorted((feed_site / "feeds").glob("trial-*.xml"))
    assert feeds
    entries = [e for path in feeds for e in parse(path).entries]
    assert any("No claim about patients" in e.summary for e in entries) or any(
        "Trial registry" in e.summary for e in entries)
    nct = parse(feed_site / "feeds" / "trial-nct04786262.xml")
    assert any("eruc a" in e.title for e in nct.entries)  # cites NCT04786262 in its text


def test_product_feeds_merge_synonyms(feed_site):
    names = [p.name for p in (feed_site / "feeds").glob("product-*.xml")]
    assert "product-vx-880.xml" in names and not any("zimislecel" in n for n in names)
    feed = parse(feed_site / "feeds" / "product-vx-880.xml")
    assert "zimislecel" in feed.feed.title.lower() and len(feed.entries) >= 3


def test_a_saved_search_with_a_bad_filter_is_refused_with_its_name(dev_db, tmp_path):
    with SqliteStore(dev_db) as store, pytest.raises(SiteError, match="Broken"):
        build_site(store, tmp_path, SiteConfig(feeds=[SavedFeed("Broken", "x", ["colour=red"])]), search=False)
