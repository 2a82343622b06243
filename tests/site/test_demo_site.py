"""The issue's tasks on the demo site, as `make demo` builds it with a saved search in isletwatch.toml."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from .browser import axe_source, serious_violations, served, status_count, watched

pytestmark = [pytest.mark.browser, pytest.mark.slow]
BASE = "https://isletwatch.example.org/"
CONFIG = f"""
[site]
base_url = "{BASE}"

[[site.feeds]]
name = "Type 1 insulin independence"
query = "insulin independence"
filters = ["diabetes_type=T1D"]
"""


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("demo-site")
    (where / "isletwatch.toml").write_text(CONFIG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    proc = subprocess.run([sys.executable, "-m", "isletwatch.cli", "demo"], cwd=where, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return where / "public"


@pytest.fixture(scope="module")
def url(demo_site):
    with served(demo_site) as base:
        yield base


def show_all(page) -> None:
    for _ in range(20):
        shown = page.locator("#results li").count()
        if shown >= status_count(page):
            return
        page.click("#more")
        page.wait_for_function(f"() => document.querySelectorAll('#results li').length > {shown}")


def titles(page) -> list[str]:
    return page.locator("#results .result-title").all_text_contents()


def test_t1d_insulin_independence_and_zimislecel_find_the_vx880_reports(browser, url):
    page = watched(browser.new_page())
    page.goto(url + "search.html?q=T1D+insulin+independence")
    assert status_count(page) >= 5
    show_all(page)
    assert any("VX-880" in t for t in titles(page))
    page.goto(url + "search.html?q=zimislecel")
    assert status_count(page) >= 5
    show_all(page)
    vx = [t for t in titles(page) if "VX-880" in t and "imislecel" not in t]
    assert len(vx) >= 2, titles(page)  # press releases that only say VX-880
    page.goto(url + "search.html?q=NCT04786262")
    status_count(page)
    assert "Zimislecel" in titles(page)[0]  # the registry record itself comes first
    assert page.problems == []
    page.close()


def test_the_table_shows_every_type_1_insulin_independence_claim_with_one_duration_column(browser, url, demo_site):
    rows = list(csv.DictReader(io.StringIO((demo_site / "downloads" / "claims.csv").read_text(encoding="utf-8-sig"))))
    expected = [r for r in rows if r["diabetes_type"] == "T1D" and r["outcome"] == "insulin_independence"]
    page = watched(browser.new_page())
    page.goto(url + "search.html?diabetes=Type+1&outcome=Insulin+independence&view=table")
    status_count(page)
    shown = page.locator("#claims-table tbody tr:not(.story-row)")
    assert shown.count() == len(expected) >= 5
    headers = page.locator("#claims-table thead th").all_text_contents()
    assert sum("Duration (months)" == h for h in headers) == 1
    assert serious_violations(page, axe_source()) == [] and page.problems == []
    page.close()


def test_the_saved_search_feed_is_valid_with_absolute_links(demo_site):
    feed = feedparser.parse((demo_site / "feeds" / "search-type-1-insulin-independence.xml").read_bytes())
    assert not feed.bozo and feed.version == "atom10"
    assert len(feed.entries) >= 3
    assert all(e.link.startswith(BASE + "documents/") for e in feed.entries)
    assert feed.feed.id == BASE + "feeds/search-type-1-insulin-independence.xml"
    registry = [e for e in feedparser.parse((demo_site / "feeds" / "trial-nct04786262.xml").read_bytes()).entries]
    assert any("Trial registry" in e.summary for e in registry)  # the record itself, though it has no claims
