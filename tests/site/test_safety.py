"""Bidi controls and NUL bytes from the web never reach an output: pages, feeds, CSV, JSON or the search index."""
from __future__ import annotations

import json
import re

from isletwatch.index import SqliteStore
from isletwatch.site import search_index
from isletwatch.site.pages import load_site_data
from isletwatch.site.sanitize import clean, clean_keep_offsets

from .fixtures import BIDI_TITLE

FORBIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\x00]")


def outputs(out):
    for path in sorted(out.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml", ".csv", ".json"):
            yield path


def test_no_output_file_holds_a_bidi_control_or_nul(built_site):
    out, _ = built_site
    checked = 0
    for path in outputs(out):
        text = path.read_text(encoding="utf-8")
        assert not FORBIDDEN.search(text), f"{path.relative_to(out)} holds {FORBIDDEN.search(text).group()!r}"
        if path.suffix == ".json":  # escaped forms decode to the same characters
            assert not FORBIDDEN.search(json.dumps(json.loads(text), ensure_ascii=False)), path
        checked += 1
    assert checked > 50
    pages = [p for p in (out / "documents").glob("*.html") if "Stem cells eruc a type 1" in p.read_text()]
    assert pages, "the bidi document's title is shown, without its controls"
    assert "<bdi>Stem cells eruc a type 1 diabetes</bdi>" in pages[0].read_text()


def test_the_bidi_outlet_cannot_pose_as_another_outlet(built_site):
    out, _ = built_site
    page = next(p for p in (out / "documents").glob("*.html") if "eruc a" in p.read_text())
    html = page.read_text(encoding="utf-8")
    assert '<bdi class="outlet">The Daily</bdi>' in html and "latsop-sweN" not in html.replace("Latsop-sweN", "")
    csv_text = (out / "downloads" / "claims.csv").read_text(encoding="utf-8-sig")
    assert "zimislecel" in csv_text and "\x00" not in csv_text


def test_search_records_are_clean(dev_db):
    with SqliteStore(dev_db) as store:
        records = search_index.records(load_site_data(store))
    blob = json.dumps(records, ensure_ascii=False)
    assert not FORBIDDEN.search(blob.replace("\\u0000", "\x00"))
    assert BIDI_TITLE.replace("\u202e", "").replace("\u202c", "") in blob


def test_cleaning_keeps_offsets_only_where_asked():
    assert clean("a\u202eb\x00c\u2066d") == "abcd"
    assert clean_keep_offsets("a\u202eb\x00c") == "a\ufffdb\ufffdc"
    assert clean("plain · ≤ β") == "plain · ≤ β"
