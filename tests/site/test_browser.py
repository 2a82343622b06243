"""Real headless Chromium against the built site served on loopback (Playwright driving Debian's chromium).

`make test` installs what these need: `apt-get install -y chromium` and the
`playwright` Python package (the dev extra). They fail, never skip, when
Chromium is missing.
"""
from __future__ import annotations

import shutil
import threading
import uuid
from pathlib import Path

import pytest

from isletwatch.site import make_server

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (/usr/bin/chromium): `make test` installs it "
                    "(apt-get install -y chromium)", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: `make test` installs it (pip install -e '.[dev]')",
                    pytrace=False)
    with sync_playwright() as p:
        profile = tmp_path_factory.mktemp("chromium-profile")
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=FLAGS,
                                                       headless=True, viewport={"width": 1280, "height": 900})
        yield context
        context.close()


@pytest.fixture(scope="module")
def base_url(built_site):
    server = make_server(built_site[0], 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.problems = []  # console errors, uncaught exceptions, failed requests, dialogs (alert = injected script)
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"exception: {e}"))
    page.on("requestfailed", lambda r: page.problems.append(f"request failed: {r.url}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    page.close()


def result_count(page) -> int:
    page.wait_for_function("() => /^\\d+ results?|^No results/.test(document.querySelector('#status').textContent)")
    text = page.text_content("#status")
    return 0 if text.startswith("No") else int(text.split()[0])


def test_search_returns_results_and_a_filter_narrows_them(page, base_url):
    page.goto(base_url + "search.html")
    page.fill("#q", "insulin")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('insulin')")
    everything = result_count(page)
    assert everything > 5
    assert page.locator("#results li").count() == min(everything, 20)
    page.get_by_role("checkbox", name="Death").check()
    page.wait_for_function(f"() => !document.querySelector('#status').textContent.startsWith('{everything} ')")
    narrowed = result_count(page)
    assert 0 < narrowed < everything
    titles = page.locator("#results .result-title").all_text_contents()
    assert titles and all("Death" in t for t in titles)
    assert "outcome=Death" in page.url  # the filter is kept in the address, so it can be shared
    page.locator("#results .result-title").first.click()
    page.wait_for_load_state()
    assert "/documents/" in page.url and "#claim-" in page.url
    assert page.problems == []


def test_browsing_without_words_lists_newest_first(page, base_url):
    page.goto(base_url + "search.html?record=Claim")
    assert result_count(page) > 50
    assert "newest first" in page.text_content("#status")
    assert page.problems == []


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
    page.click("nav >> text=Comparisons")
    assert page.url.endswith("groups/index.html")
    page.locator("main table a").first.click()
    assert "/groups/g" in page.url and page.locator("table.compare tbody tr").count() >= 2
    page.goto((out / "search.html").as_uri())
    assert page.locator("#nosearch").is_visible()
    assert "isletwatch serve" in page.text_content("#nosearch")
    assert page.problems == []
