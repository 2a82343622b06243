"""Real headless Chromium against the built site served on loopback (Playwright driving Debian's chromium).

`make test` installs what these need: `apt-get install -y chromium` and the
`playwright` Python package (the dev extra). They fail, never skip, when
Chromium is missing.
"""
from __future__ import annotations

import csv
import io

import pytest

from .browser import DESKTOP, PHONE, axe_source, overflow, serious_violations, served, status_count, watched

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(built_site):
    with served(built_site[0]) as url:
        yield url


@pytest.fixture(scope="module")
def axe():
    return axe_source()


@pytest.fixture
def page(browser):
    page = watched(browser.new_page())
    yield page
    page.close()


def page_types(out) -> list[str]:
    """One page of every type the site has."""
    hostile = next(p for p in (out / "documents").glob("*.html") if "evil" in p.read_text())
    month = sorted(p.name for p in (out / "claims").glob("20*.html"))[-1]
    story = sorted((out / "stories").glob("s*.html"))[0].name
    outlet = sorted((out / "outlets").glob("*.html"))[0].name
    return ["index.html", "search.html?q=insulin", "search.html?outcome=Insulin+independence&view=table",
            "claims/index.html", f"claims/{month}", "documents/dev-001.html", f"documents/{hostile.name}",
            "sources/index.html", "sources/pubmed.html", "data.html", "about.html", "stories/index.html",
            f"stories/{story}", "outlets/index.html", f"outlets/{outlet}", "404.html", "feeds/claims.xml"]


def settle(page) -> None:
    if "search.html" in page.url:
        status_count(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "desktop"])
def test_every_page_type_fits_the_screen_has_no_errors_and_no_serious_axe_violation(browser, base_url, built_site,
                                                                                     axe, viewport):
    page = watched(browser.new_page())
    page.set_viewport_size(viewport)
    failures = []
    for path in page_types(built_site[0]):
        page.goto(base_url + path)
        settle(page)
        wider = overflow(page)
        if wider:
            failures.append(f"{path}: {wider}px wider than {viewport['width']}px")
        failures += [f"{path}: {v}" for v in serious_violations(page, axe)]
    page.close()
    assert failures == [] and page.problems == [], failures + page.problems


def test_search_finds_synonyms_and_identifiers(page, base_url):
    page.goto(base_url + "search.html?q=zimislecel")
    assert status_count(page) >= 3
    titles = " ".join(page.locator("#results .result-title").all_text_contents())
    assert "Vertex Presents Positive Results From Ongoing Phase 1/2 Study of VX-88" in titles  # says only VX-880
    page.goto(base_url + "search.html?q=T1D+insulin+independence")
    assert status_count(page) >= 5
    assert page.locator("#results blockquote.evidence mark").count() > 0  # the evidence sentence, highlighted
    page.goto(base_url + "search.html?q=NCT04786262")
    assert status_count(page) >= 2
    page.goto(base_url + "search.html?q=10.1000/isletwatch.dev-101")
    assert status_count(page) == 1 and "Seven Patients" in page.text_content("#results")
    assert page.problems == []


def test_a_document_without_claims_shows_its_text_around_the_word_and_results_sort_by_date(page, base_url):
    page.goto(base_url + "search.html?q=trial&claims=Without+claims")
    assert status_count(page) >= 1
    excerpt = page.locator("#results .excerpt").first
    assert excerpt.is_visible() and excerpt.locator("mark").count() >= 1
    page.goto(base_url + "search.html?q=insulin&sort=oldest")
    assert status_count(page) > 3 and "oldest first" in page.text_content("#status")
    assert page.problems == []


@pytest.mark.parametrize("query", ["xylophone", "insulin xylophone", "zimislecel -zimislecel -vx-880"])
def test_a_word_that_no_document_holds_finds_nothing(page, base_url, query):
    page.goto(base_url + "search.html?q=" + query.replace(" ", "+"))
    assert status_count(page) == 0
    assert page.locator("#results li").count() == 0


def test_or_and_exclusion(page, base_url):
    page.goto(base_url + "search.html?q=Lantidra")
    lantidra = status_count(page)
    page.goto(base_url + "search.html?q=ViaCyte")
    viacyte = status_count(page)
    page.goto(base_url + "search.html?q=Lantidra+OR+ViaCyte")
    both = status_count(page)
    assert max(lantidra, viacyte) < both <= lantidra + viacyte
    page.goto(base_url + "search.html?q=islet+-Lantidra")
    page.goto(base_url + "search.html?q=islet")
    assert status_count(page) > 0


def test_a_filter_narrows_results_and_is_kept_in_the_address(page, base_url):
    page.goto(base_url + "search.html?q=insulin")
    everything = status_count(page)
    page.get_by_role("checkbox", name="Death").check()
    page.wait_for_function(f"() => !document.querySelector('#status').textContent.startsWith('{everything} ')")
    narrowed = status_count(page)
    assert 0 < narrowed < everything
    claims = page.locator("#results .result-claim .claim-title").all_text_contents()
    assert claims and all("Death" in t for t in claims)
    assert "outcome=Death" in page.url
    page.locator("#results .result-title").first.click()
    page.wait_for_load_state()
    assert "/documents/" in page.url
    assert page.problems == []


def test_table_groups_claims_with_one_duration_column_and_exports_what_it_shows(page, base_url):
    page.goto(base_url + "search.html?diabetes=Type+1&outcome=Insulin+independence&view=table")
    status_count(page)
    table = page.locator("#claims-table")
    headers = table.locator("thead th").all_text_contents()
    assert [h for h in headers if "Duration" in h] == ["Duration (months)", "Duration is"]
    rows = table.locator("tbody tr:not(.story-row)")
    shown = [[c.strip() for c in r.locator("td").all_text_contents()] for r in rows.all()]
    assert len(shown) >= 10
    assert all(r[headers.index("Diabetes")] == "Type 1" and r[headers.index("Outcome")] == "Insulin independence"
               for r in shown)
    roles = set(r[headers.index("Duration is")] for r in shown) - {""}
    assert roles <= {"lasted", "assessed at", "reached after"} and roles
    with page.expect_download() as download:
        page.click("#export-csv")
    text = open(download.value.path(), encoding="utf-8").read()
    assert text.startswith("\ufeff")
    exported = list(csv.reader(io.StringIO(text[1:])))
    columns = [exported[0].index(h) for h in headers]
    assert [[r[i] for i in columns] for r in exported[1:]] == shown
    table.locator("thead button", has_text="Duration (months)").click()
    assert table.locator("th[aria-sort=ascending]").count() == 1
    assert page.problems == []


def test_on_a_phone_results_start_on_the_first_screen_and_filters_sit_behind_a_button(browser, base_url):
    page = watched(browser.new_page())
    page.set_viewport_size(PHONE)
    page.goto(base_url + "search.html?q=insulin")
    status_count(page)
    assert not page.locator("#filters").is_visible()
    first = page.locator("#results li").first.bounding_box()
    assert first is not None and first["y"] < PHONE["height"]
    page.click("#filters-toggle")
    assert page.locator("#filters").is_visible() and page.get_attribute("#filters-toggle", "aria-expanded") == "true"
    page.close()


def test_feeds_show_readably_in_the_browser(page, base_url):
    page.goto(base_url + "feeds/claims.xml")
    assert "Atom feed" in page.text_content("body") and page.locator("h1").count() == 1
    assert page.locator("ol.claim-list li").count() >= 10


def test_document_page_highlights_evidence(page, base_url):
    page.goto(base_url + "documents/dev-001.html")
    marks = page.locator("mark.ev")
    assert marks.count() >= 4
    assert "10 of 12 patients with severe type 1 diabetes" in " ".join(marks.all_text_contents())
    page.click("a[href='#ev-4']")
    assert page.evaluate("location.hash") == "#ev-4"
    assert page.locator("mark[data-claims='4']").first.is_visible()
    assert page.problems == []


def test_hostile_document_runs_no_script_and_shows_the_text(page, base_url, built_site):
    out = built_site[0]
    hostile = next(p for p in (out / "documents").glob("*.html") if "evil" in p.read_text())
    page.goto(base_url + f"documents/{hostile.name}")
    assert '<script>alert("title")</script>' in page.text_content("h1")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.problems == []


def test_pages_browse_from_file_urls_and_search_explains_itself(page, built_site):
    out = built_site[0]
    page.goto((out / "index.html").as_uri())
    page.click("nav >> text=All claims")
    assert page.url.endswith("claims/index.html")
    page.locator("main table a").first.click()
    assert "/claims/20" in page.url and page.locator(".claim-card").count() >= 1
    page.goto((out / "search.html").as_uri())
    assert page.locator("#nosearch").is_visible()
    assert "isletwatch serve" in page.text_content("#nosearch")
    assert page.problems == []


def test_a_segmented_index_answers_like_a_single_one(page, base_url, dev_db, tmp_path, monkeypatch):
    from isletwatch.config import SiteConfig
    from isletwatch.index import SqliteStore
    from isletwatch.site import build_site, search_index

    monkeypatch.setattr(search_index, "SEGMENT_DOCS", 10)
    with SqliteStore(dev_db) as store:
        build_site(store, tmp_path, SiteConfig(), generated_at="2025-07-02T00:00:00Z")
    assert len(list((tmp_path / "search").glob("s*/segment.json"))) == 4
    queries = ["q=zimislecel", "q=T1D+insulin", "outcome=Death", "diabetes=Type+1&outcome=Insulin+independence",
               "q=xylophone"]
    single = []
    for q in queries:
        page.goto(base_url + "search.html?" + q)
        single.append(status_count(page))
    with served(tmp_path) as sharded:
        for q, expected in zip(queries, single):
            page.goto(sharded + "search.html?" + q)
            assert status_count(page) == expected, q
    assert page.problems == []
