"""Story and outlet pages from the story layer the dev store holds (tests/site/fixtures.add_stories)."""
from __future__ import annotations

from .fixtures import HOSTILE_LABEL


def test_story_pages_replace_comparisons_and_escape_what_came_from_the_web(built_site):
    out, summary = built_site
    assert not (out / "groups").exists()
    assert summary.stories == 1
    page = (out / "stories" / "s-dev-1.html").read_text()
    assert HOSTILE_LABEL not in page and "&lt;script&gt;alert(" in page
    assert "<img src=x" not in page and "<i>all 12</i>" not in page
    assert "first report" in page.lower() and "NCT04786262" in page
    assert "<strong>12</strong> where the source says <strong>10</strong>" in page


def test_outlet_pages_count_only_asserted_hype(built_site):
    out, _ = built_site
    index = (out / "outlets" / "index.html").read_text()
    assert "&lt;b&gt;Evil&lt;/b&gt; Post" in index and "<b>Evil</b>" not in index
    pages = {p.name: p.read_text() for p in (out / "outlets").glob("*.html") if p.name != "index.html"}
    evil = next(t for t in pages.values() if "Evil" in t)
    daily = next(t for t in pages.values() if "The Daily" in t)
    assert "1 hype word asserted" in evil and "0 hype words asserted" in daily and "negated" in daily


def test_document_page_lists_who_cites_it_and_its_story(built_site):
    out, _ = built_site
    page = (out / "documents" / "dev-001.html").read_text()
    assert "Cited by" in page and "stories/s-dev-1.html" in page
