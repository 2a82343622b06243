"""The sources page shows each source's crawl health and the same warnings as `isletwatch sources`."""
from __future__ import annotations

import html
from datetime import datetime, timedelta, timezone

from isletwatch.config import SiteConfig
from isletwatch.health import CrawlRecord, record_crawl, source_health
from isletwatch.index import SqliteStore
from isletwatch.site import build_site


def crawl(source: str, days_ago: int, new: int, errors: int = 0) -> CrawlRecord:
    at = (datetime.now(timezone.utc) - timedelta(days=days_ago)).replace(microsecond=0).isoformat()
    return CrawlRecord(source=source, started=at, finished=at, requests=8, items=new, new=new, errors=errors)


def test_sources_page_shows_crawl_health_and_warnings(tmp_path):
    with SqliteStore(tmp_path / "s.db") as store:
        for days_ago, new in ((30, 5), (23, 4), (16, 6), (9, 0), (2, 0)):
            record_crawl(store, crawl("pubmed", days_ago, new))
        record_crawl(store, crawl("clinicaltrials", 0, 3, errors=1))
        (warning,) = [w for h in source_health(store) for w in h.warnings]
        build_site(store, tmp_path / "public", SiteConfig(), search=False)
    page = html.unescape((tmp_path / "public" / "sources" / "index.html").read_text())
    assert "Crawl health" in page and f"pubmed: {warning}" in page
    assert warning.startswith("quiet: no new document for 16 days")
    rows = {r.split("</td>")[0].split(">")[-1]: r for r in page.split("<tr>")[2:] if "</td>" in r}
    assert '<td class="num">8</td><td class="num">3</td><td class="num">3</td><td class="num">1</td>' in rows["clinicaltrials"]
    assert "7.0 days" in rows["pubmed"]


def test_no_crawl_recorded_no_health_block(tmp_path):
    with SqliteStore(tmp_path / "s.db") as store:
        build_site(store, tmp_path / "public", SiteConfig(), search=False)
    assert "Crawl health" not in (tmp_path / "public" / "sources" / "index.html").read_text()
