from __future__ import annotations

import pytest
from jinja2 import Template

from isletwatch.model import Span
from isletwatch.site.render import clean_text, highlight_evidence, human_date, identifier_links, make_env, safe_url


def test_highlight_escapes_text_and_marks_one_span():
    html, missing = highlight_evidence("a <b> & c", [(1, [Span(2, 5)])])
    assert str(html) == ('a <span class="anchor" id="ev-1"></span><mark class="ev" data-claims="1" '
                         'title="Evidence for claim 1"><sup class="ev-n" aria-hidden="true">1</sup>&lt;b&gt;</mark>'
                         ' &amp; c')
    assert missing == set()


def test_overlapping_spans_of_two_claims_share_one_mark_without_nesting():
    html, _ = highlight_evidence("0123456789", [(1, [Span(0, 6)]), (2, [Span(4, 10)])])
    text = str(html)
    assert text.count("<mark") == 3 and text.count("</mark>") == 3
    assert 'data-claims="1, 2"' in text and "ev-multi" in text
    assert text.index('id="ev-1"') < text.index('id="ev-2"')
    # the visible characters are all still there, in order
    import re
    assert re.sub(r"<sup[^>]*>.*?</sup>|<[^>]+>", "", text) == "0123456789"


def test_out_of_range_and_inverted_offsets_are_clamped_or_ignored():
    html, missing = highlight_evidence("short", [(1, [Span(3, 999)]), (2, [Span(50, 60)]), (3, [Span(4, 4)])])
    assert 'data-claims="1"' in str(html) and ">lo" not in str(html)
    assert "rt</mark>" in str(html)
    assert missing == {2, 3}


def test_highlight_does_not_split_into_markup_even_inside_entities():
    html, _ = highlight_evidence("x&y", [(1, [Span(1, 2)])])
    assert "&amp;</mark>" in str(html) and "&amp" not in str(html).replace("&amp;", "")


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1", True), ("http://x.org", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<b>", False), ("//evil.org/x", False),
    ("urn:isletwatch:dev-001", False), ('https://x.org/"onmouseover="a', False), ("vbscript:x", False), ("", False),
])
def test_safe_url_only_allows_http_links(url, ok):
    assert (safe_url(url) is not None) is ok


def test_identifier_links_link_valid_ids_and_leave_bad_ones_as_text():
    links = identifier_links({"doi": "10.1056/NEJMoa2506549", "pmid": "<12>"}, ["NCT04786262", "ChiCTR2300072200"])
    by_label = {link.label: link for link in links}
    assert by_label["DOI"].url == "https://doi.org/10.1056/NEJMoa2506549"
    assert by_label["PMID"].url is None
    assert by_label["ClinicalTrials.gov"].url == "https://clinicaltrials.gov/study/NCT04786262"
    assert by_label["ChiCTR"].url is None


def test_autoescape_is_on_for_every_template_and_control_characters_are_dropped():
    env = make_env()
    assert env.from_string("{{ x }}").render(x="<script>\x00") == "&lt;script&gt;"
    assert clean_text("a\x0bb") == "ab"
    assert Template("{{ x }}").render(x="<") == "<"  # sanity: a plain Template would not escape


def test_human_date():
    assert human_date("2025-06-20") == "20 Jun 2025"
    assert human_date("2025-06") == "Jun 2025"
    assert human_date(None) == "undated"
