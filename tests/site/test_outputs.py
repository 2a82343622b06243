"""Feeds, downloads and the built site from a real SqliteStore (the dev set plus a hostile document)."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from isletwatch.config import SiteConfig
from isletwatch.index import SqliteStore
from isletwatch.site import build_site
from isletwatch.site.downloads import CSV_COLUMNS

from .conftest import STAMP
from .fixtures import HOSTILE_TITLE, dev_pairs, dev_records, fill_store

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$")


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_summary_counts_match_the_store(built_site):
    out, summary = built_site
    gold_claims = sum(len(r["gold"]["claims"]) for r in dev_records())
    assert summary.documents == len(dev_records()) + 2  # plus the hostile and the bidi documents
    assert summary.claims == gold_claims + 3 + 1
    assert summary.stories >= 1 and summary.feeds >= 3
    assert summary.pages == len(html_files(out))
    assert "pages" in summary.line() and str(summary.claims) in summary.line()
    assert (out / "search" / "index.json").is_file()


def test_every_feed_is_atom_with_valid_dates_and_unique_ids(built_site):
    out, _ = built_site
    feeds = sorted((out / "feeds").glob("*.xml"))
    assert (out / "feeds" / "claims.xml") in feeds and any(f.name.startswith("outcome-") for f in feeds)
    for path in feeds:
        root = ET.parse(path).getroot()
        assert root.tag == f"{ATOM}feed", path
        assert RFC3339.match(root.findtext(f"{ATOM}updated")), path
        entries = root.findall(f"{ATOM}entry")
        assert entries or path.name.startswith("source-"), path  # a source may have no claims yet
        ids = [e.findtext(f"{ATOM}id") for e in entries]
        assert len(ids) == len(set(ids))
        for e in entries:
            assert RFC3339.match(e.findtext(f"{ATOM}updated"))
            assert e.find(f"{ATOM}link").get("href").startswith("../documents/")
    main = ET.parse(out / "feeds" / "claims.xml").getroot()
    dates = [e.findtext(f"{ATOM}updated") for e in main.findall(f"{ATOM}entry")]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert any(HOSTILE_TITLE in (e.findtext(f"{ATOM}title") or "") for e in main.findall(f"{ATOM}entry"))


def test_feeds_use_absolute_links_with_a_base_url(dev_db, tmp_path):
    with SqliteStore(dev_db) as store:
        build_site(store, tmp_path, SiteConfig(base_url="https://watch.example.org/"), generated_at=STAMP,
                   search=False)
    root = ET.parse(tmp_path / "feeds" / "claims.xml").getroot()
    assert root.findtext(f"{ATOM}id") == "https://watch.example.org/feeds/claims.xml"
    assert root.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("https://watch.example.org/documents/")


def test_claims_csv_columns_rows_and_formula_guard(built_site):
    out, summary = built_site
    raw = (out / "downloads" / "claims.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == summary.claims
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    vertex = next(r for r in records if r["doc_id"] == "dev-001" and r["outcome"] == "insulin_independence")
    assert (vertex["n_patients"], vertex["n_with_outcome"], vertex["follow_up_days"]) == ("12", "10", "365")
    assert vertex["evidence"] == "0-63;89-392" and vertex["evidence_text"].startswith("Vertex islet therapy")
    assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in records)


def test_json_downloads_parse_and_agree(built_site):
    out, summary = built_site
    claims = json.loads((out / "downloads" / "claims.json").read_text(encoding="utf-8"))
    docs = json.loads((out / "downloads" / "documents.json").read_text(encoding="utf-8"))
    assert len(claims) == summary.claims and len(docs) == summary.documents
    assert sum(len(d["claims"]) for d in docs) == len(claims)
    assert all(c["evidence"] == [] or "start" in c["evidence"][0] for c in claims)


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((name, value))


def test_all_local_links_resolve_relative_to_the_page_so_file_urls_work(built_site):
    out, _ = built_site
    checked = 0
    for page in html_files(out):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        served_only = page.name == "404.html"  # a server sends it for any path, so its links start at the root
        for _, link in parser.links:
            parts = urlsplit(link)
            assert not link.lower().startswith(("javascript:", "data:text", "vbscript:")), (page, link)
            if parts.scheme in ("http", "https") or link.startswith("#"):
                continue
            if served_only:
                assert link.startswith("/"), f"404.html: {link} would resolve against the missing page's folder"
                target = (out / unquote(parts.path).lstrip("/")).resolve()
                assert target.exists(), f"404.html links to missing {link}"
                continue
            assert not link.startswith("/"), f"{page}: absolute path {link} breaks file:// and sub-folder hosting"
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.exists(), f"{page.relative_to(out)} links to missing {link}"
            checked += 1
    assert checked > 500


def test_hostile_input_is_escaped_everywhere(built_site):
    out, _ = built_site
    for page in html_files(out) + sorted((out / "feeds").glob("*.xml")):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>evil" not in text, page
        assert "\x00" not in text and "\x0b" not in text
    hostile = next(p for p in (out / "documents").glob("*.html") if "alert(&#34;title&#34;)" in p.read_text())
    text = hostile.read_text(encoding="utf-8")
    assert 'href="javascript' not in text and "<code>javascript:alert(&#39;url&#39;)</code>" in text
    assert "offsets outside the text" in text  # claim 3's evidence lies past the end
    assert text.count('class="ev') >= 3  # overlapping evidence of claims 1 and 2


def test_document_page_shows_identifiers_claims_and_evidence(built_site):
    out, _ = built_site
    page = (out / "documents" / "dev-101.html").read_text(encoding="utf-8")
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/30000101/"' in page
    assert 'href="https://doi.org/10.1000/isletwatch.dev-101"' in page
    assert page.count('<tr id="claim-') == 3 and 'id="ev-1"' in page


def test_rebuild_is_deterministic_incremental_and_prunes_removed_documents(tmp_path):
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    first, second = tmp_path / "one", tmp_path / "two"
    build_site(store, first, SiteConfig(), generated_at=STAMP, search=False)
    build_site(store, second, SiteConfig(), generated_at=STAMP, search=False)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    # every file of the site, byte for byte; the builder's own manifest records file times, so it differs
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files
               if f.name != ".isletwatch-manifest.json")
    again = build_site(store, first, SiteConfig(), generated_at=STAMP, search=False)
    assert again.written == 0 and again.removed == 0
    store.close()
    smaller = fill_store(tmp_path / "b.db", [p for p in pairs if p[0].id != "dev-001"])
    shrunk = build_site(smaller, first, SiteConfig(), generated_at=STAMP, search=False)
    assert not (first / "documents" / "dev-001.html").exists() and shrunk.removed >= 1
    assert (first / "documents" / "dev-002.html").exists()


def test_search_index_is_reused_when_its_input_is_unchanged(dev_db, tmp_path):
    with SqliteStore(dev_db) as store:
        first = build_site(store, tmp_path, SiteConfig(), generated_at=STAMP)
        before = {p: p.stat().st_mtime_ns for p in (tmp_path / "search").rglob("*") if p.is_file()}
        second = build_site(store, tmp_path, SiteConfig(), generated_at="2030-01-01T00:00:00Z")
    assert first.search_rebuilt and not second.search_rebuilt
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "search").rglob("*") if p.is_file()} == before
    assert second.written == 1  # only the home page carries the build stamp


def test_empty_store_builds_a_usable_site_and_reports_progress(tmp_path):
    calls = []
    with SqliteStore(tmp_path / "empty.db") as store:
        summary = build_site(store, tmp_path / "out", SiteConfig(), lambda done, total: calls.append((done, total)),
                             generated_at=STAMP)
    assert calls and calls[-1][0] == calls[-1][1] == summary.pages + summary.feeds
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert summary.documents == 0 and (tmp_path / "out" / "index.html").is_file()
    assert "No claims yet" in (tmp_path / "out" / "index.html").read_text()
    assert json.loads((tmp_path / "out" / "downloads" / "claims.json").read_text()) == []


def test_cached_pages_are_rerendered_when_their_inputs_or_files_change(tmp_path):
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    page = out / "documents" / "dev-001.html"
    page.write_text("tampered")
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    assert "Vertex islet therapy" in page.read_text()
    doc, ext = next(p for p in pairs if p[0].id == "dev-001")
    ext.claims[0].n_with_outcome = 11
    store.replace_extractions([type(ext)(ext.doc_id, "gold-2", ext.text_hash, ext.facts, ext.claims)])
    rebuilt = build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    assert "11 of 12 patients" in page.read_text() and rebuilt.written >= 2
    store.close()


def test_a_build_split_over_worker_processes_writes_the_same_site(dev_db, tmp_path, monkeypatch):
    from isletwatch.site import builder, search_index

    with SqliteStore(dev_db) as store:
        serial = build_site(store, tmp_path / "serial", SiteConfig(), generated_at=STAMP)
        monkeypatch.setattr(builder, "PARALLEL_MIN", 5)  # pages in two processes, search in a third
        monkeypatch.setattr(search_index, "SEGMENT_DOCS", 10)  # and the index in several segments
        split = build_site(store, tmp_path / "split", SiteConfig(), generated_at=STAMP)
    files = sorted(p.relative_to(tmp_path / "serial") for p in (tmp_path / "serial").rglob("*")
                   if p.is_file() and "search" not in p.relative_to(tmp_path / "serial").parts)
    assert files and all((tmp_path / "serial" / f).read_bytes() == (tmp_path / "split" / f).read_bytes()
                         for f in files if f.name != ".isletwatch-manifest.json")
    assert (split.pages, split.documents, split.written) == (serial.pages, serial.documents, serial.written)
    index = json.loads((tmp_path / "split" / "search" / "index.json").read_text())
    assert len(index["segments"]) == 4 and all((tmp_path / "split" / "search" / s["dir"] / "filters.json").is_file()
                                               for s in index["segments"])
    assert sum(s["count"] for s in index["segments"]) == serial.documents


def test_one_new_document_writes_one_small_segment_and_leaves_the_others(tmp_path, monkeypatch):
    from dataclasses import replace

    from isletwatch.model import Extraction
    from isletwatch.site import search_index

    monkeypatch.setattr(search_index, "SEGMENT_DOCS", 10)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP)
    files = lambda: {p.relative_to(out / "search"): (p.stat().st_mtime_ns, p.read_bytes())  # noqa: E731
                     for p in (out / "search").rglob("*") if p.is_file()}
    before = files()
    old = json.loads((out / "search" / "index.json").read_text())["segments"]
    doc, ext = pairs[0]  # a copy of a document whose claims join existing comparisons
    new = replace(doc, id="new-1", url="https://example.org/new-1", title=doc.title + " (again)")
    store.upsert_documents([new])
    store.replace_extractions([Extraction(new.id, "gold", new.content_hash, ext.facts, list(ext.claims))])
    summary = build_site(store, out, SiteConfig(), generated_at=STAMP)
    after = files()
    segments = json.loads((out / "search" / "index.json").read_text())["segments"]
    assert summary.search_rebuilt and [s["dir"] for s in segments[:-1]] == [s["dir"] for s in old]
    assert segments[-1]["count"] == 1 and segments[-1]["dir"] not in {s["dir"] for s in old}
    assert {k: v for k, v in after.items() if k.parts[0] != segments[-1]["dir"] and k.name != "index.json"} == \
        {k: v for k, v in before.items() if k.name != "index.json"}
    store.close()


def test_a_page_read_through_the_gloss_says_so(tmp_path):
    """A Spanish page's claims were read from an English gloss: its page says so, an English page does not."""
    from isletwatch.model import Claim, DocFacts, Document, Extraction, Span

    spanish = ("Un paciente con diabetes tipo 1 dejó de necesitar insulina un año después del trasplante de islotes, "
               "según los médicos del hospital. La terapia con células madre es un avance para los pacientes con "
               "diabetes y para los investigadores, que siguen al paciente desde el trasplante.")
    english = "A patient with type 1 diabetes no longer needed insulin one year after the islet transplant, doctors said."
    pairs = []
    for doc_id, text in (("es-1", spanish), ("en-1", english)):
        doc = Document(source="news", id=doc_id, url=f"https://example.org/{doc_id}", title=doc_id, text=text, kind="news",
                       published="2025-05-01", fetched_at="2025-05-02T00:00:00+00:00")
        claim = Claim(diabetes_type="T1D", n_patients=1, n_with_outcome=1, outcome="insulin_independence",
                      evidence=[Span(0, 60)])
        pairs.append((doc, Extraction(doc.id, "test", doc.content_hash, DocFacts(), [claim])))
    store = fill_store(tmp_path / "g.db", pairs)
    out = tmp_path / "public"
    build_site(store, out, SiteConfig(title="IsletWatch"), generated_at=STAMP, search=False)
    es_page = (out / "documents" / "es-1.html").read_text(encoding="utf-8")
    en_page = (out / "documents" / "en-1.html").read_text(encoding="utf-8")
    assert "word-for-word English gloss of this Spanish page" in es_page
    assert "English gloss" not in en_page
