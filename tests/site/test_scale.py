"""What keeps a large build within time and memory must not change a byte of the site.

Document pages rendered by workers that read the store by id (docworker), a
loaded site that keeps only the head of each text, and downloads written in one
pass are all measured at scale (benchmarks/bench_site.py); here, on the hostile
dev store (stories, bidi, NUL, duplicates), they must give exactly what the
plain in-process build gives, and a rebuild after one new document must equal a
full build of the same store.
"""
from __future__ import annotations

import contextlib
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from isletwatch.config import SiteConfig
from isletwatch.index import SqliteStore
from isletwatch.site import build_site, builder, docworker, downloads, search_index
from isletwatch.site.pages import load_site_data

from .conftest import STAMP
from .fixtures import add_copy, dev_pairs, dev_store, fill_store


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".isletwatch-")}  # but the builder's bookkeeping


def _with_workers(monkeypatch: pytest.MonkeyPatch) -> list[docworker.DocWorkers]:
    """Page workers from the first document on; returns the list of worker pools the builds start."""
    started: list[docworker.DocWorkers] = []
    real = docworker.DocWorkers

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(builder, "PARALLEL_MIN", 1)
    monkeypatch.setattr(builder.forked, "cpus", lambda: 2)
    monkeypatch.setattr(docworker, "DocWorkers", Counted)
    return started


def test_document_page_workers_write_the_same_site_as_one_process(tmp_path, monkeypatch):
    store = dev_store(tmp_path / "dev.db")
    serial = build_site(store, tmp_path / "serial", SiteConfig(), generated_at=STAMP, search=False)
    started = _with_workers(monkeypatch)
    split = build_site(store, tmp_path / "split", SiteConfig(), generated_at=STAMP, search=False)
    store.close()
    assert len(started) == 1 and started[0].sent >= 1  # the workers did run, with at least one job
    assert _files(tmp_path / "split") == _files(tmp_path / "serial")
    assert (split.pages, split.documents, split.claims, split.written) == \
        (serial.pages, serial.documents, serial.claims, serial.written)


def test_an_incremental_build_with_workers_equals_a_full_build(tmp_path, monkeypatch):
    _with_workers(monkeypatch)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    add_copy(store, next(p for p in pairs if p[1].claims), title="A brand-new report",
             published="2030-01-15", fetched_at="2030-01-16T00:00:00+00:00")
    again = build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    full = build_site(store, tmp_path / "full", SiteConfig(), generated_at=STAMP, search=False)
    store.close()
    assert _files(out) == _files(tmp_path / "full")
    assert 0 < again.written < full.written // 3  # and the rebuild rewrote a few files, not the site


def test_a_site_loaded_with_text_heads_shows_the_same_evidence_ids_and_texts(tmp_path):
    store = dev_store(tmp_path / "dev.db")
    whole, heads = load_site_data(store), load_site_data(store, 40)
    assert all(len(d.doc.text) <= 40 for d in heads.docs) and any(len(d.doc.text) > 40 for d in whole.docs)
    assert [d.doc.text[:40] for d in whole.docs] == [d.doc.text for d in heads.docs]
    assert [c.evidence_text for c in whole.claims] == [c.evidence_text for c in heads.claims]
    assert [d.cited_ids for d in whole.docs] == [d.cited_ids for d in heads.docs]
    assert [(d.doc.id, t) for d, t in whole.texts(whole.docs)] == [(d.doc.id, t) for d, t in heads.texts(heads.docs)]
    # the builder keeps search_index.TEXT_CHARS characters: what a search record reads of the text
    indexed = load_site_data(store, search_index.TEXT_CHARS)
    record = getattr(search_index, "record", None)
    if record is not None:
        assert [record(d) for d in whole.docs] == [record(d) for d in indexed.docs]
    store.close()


def test_the_downloads_written_in_one_pass_equal_one_file_at_a_time(tmp_path):
    store = dev_store(tmp_path / "dev.db")
    data = load_site_data(store)
    written: dict[str, io.BytesIO] = {}

    @contextlib.contextmanager
    def opener(rel: str):
        buffer = written.setdefault(rel, io.BytesIO())
        yield buffer

    downloads.write_downloads(data, [name for name, _, _ in downloads.FILES], opener)
    together = {rel: b.getvalue() for rel, b in written.items()}
    written.clear()
    for name, _, _ in downloads.FILES:
        downloads.write_download(data, name, opener)
    assert together == {rel: b.getvalue() for rel, b in written.items()} and len(together) == len(downloads.FILES)
    store.close()


def test_an_incremental_build_copies_the_other_documents_download_rows(tmp_path, monkeypatch):
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    add_copy(store, next(p for p in pairs if p[1].claims), title="Another report", published="2019-03-02")
    made: list[str] = []
    real_claim, real_doc = downloads.claim_record, downloads.document_record
    monkeypatch.setattr(downloads, "claim_record", lambda c, *a: made.append(c.doc.doc.id) or real_claim(c, *a))
    monkeypatch.setattr(downloads, "document_record", lambda d, *a: made.append(d.doc.id) or real_doc(d, *a))
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    monkeypatch.undo()
    build_site(store, tmp_path / "full", SiteConfig(), generated_at=STAMP, search=False)
    store.close()
    assert set(made) == {"new-1"}  # only the new document's records were made; the rest were copied
    for name, _, _ in downloads.FILES:
        assert (out / "downloads" / name).read_bytes() == (tmp_path / "full" / "downloads" / name).read_bytes()


def test_product_feeds_scan_only_new_texts_and_equal_a_fresh_scan(tmp_path):
    from isletwatch.site import feeds

    store = dev_store(tmp_path / "dev.db")
    data = load_site_data(store, 40)
    cache = tmp_path / "scans.json"
    fresh = [(f.path, [d.doc.id for d in f.docs]) for f in feeds.product_feeds(data, "T")]
    assert fresh  # the dev set names products
    first = [(f.path, [d.doc.id for d in f.docs]) for f in feeds.product_feeds(data, "T", cache)]
    read: list[str] = []
    reader = data.read_texts
    data.read_texts = lambda ids: read.extend(ids) or reader(ids)
    again = [(f.path, [d.doc.id for d in f.docs]) for f in feeds.product_feeds(data, "T", cache)]
    assert first == again == fresh and read == []  # the second scan read no text at all
    store.close()


def _small_segments(monkeypatch: pytest.MonkeyPatch, size: int = 7) -> None:
    """Search segments of a few documents, so a dev-sized build has several (and trailing ones to merge)."""
    monkeypatch.setattr(search_index, "SEGMENT_DOCS", size)


def test_search_segments_written_by_the_workers_equal_one_process(tmp_path, monkeypatch):
    _small_segments(monkeypatch)
    store = dev_store(tmp_path / "dev.db")
    serial = build_site(store, tmp_path / "serial", SiteConfig(), generated_at=STAMP)
    started = _with_workers(monkeypatch)
    split = build_site(store, tmp_path / "split", SiteConfig(), generated_at=STAMP)
    store.close()
    segments = [p for p in (tmp_path / "split" / search_index.DIR).iterdir() if p.is_dir()]
    assert len(started) == 1 and len(segments) > 2  # several segments, half of them with their documents' pages
    assert split.search_rebuilt and split.search_seconds > 0
    assert _files(tmp_path / "split") == _files(tmp_path / "serial")


def _rebuild_after(change: str, tmp_path: Path, name: str) -> tuple[Path, Path, int, int]:
    """Build a site, make `change` to one document, build again into the same folder and into a fresh one:
    (the rebuilt folder, the fresh folder, files the rebuild wrote, files the fresh build wrote)."""
    pairs = dev_pairs()
    store = fill_store(tmp_path / f"{name}-a.db", pairs)
    out, fresh = tmp_path / f"{name}-site", tmp_path / f"{name}-full"
    build_site(store, out, SiteConfig(), generated_at=STAMP)
    target = next(p for p in pairs if p[1].claims)
    if change == "add":
        add_copy(store, target, title="A brand-new report", published="2030-01-15",
                 fetched_at="2030-01-16T00:00:00+00:00")
    elif change == "edit":
        store.upsert_documents([replace(target[0], title=target[0].title + " (corrected)", content_hash="")])
    else:
        store.close()
        store = fill_store(tmp_path / f"{name}-b.db", [p for p in pairs if p is not target])
    again = build_site(store, out, SiteConfig(), generated_at=STAMP)
    full = build_site(store, fresh, SiteConfig(), generated_at=STAMP)
    store.close()
    return out, fresh, again.written, full.written


@pytest.mark.parametrize("change", ["add", "edit", "delete"])
def test_a_rebuild_with_workers_and_search_equals_one_process_and_a_full_build(tmp_path, monkeypatch, change):
    """One document added, changed or gone: the rebuild with workers (a new search segment, dead ordinals, pages,
    feeds, downloads) writes what one process writes, and every file but the search index (whose segments
    depend on the build history by design) is what a full build of the new store writes; a part is rewritten."""
    _small_segments(monkeypatch)
    serial, _, _, _ = _rebuild_after(change, tmp_path, "serial")
    _with_workers(monkeypatch)
    out, fresh, written, full_written = _rebuild_after(change, tmp_path, "split")
    assert _files(out) == _files(serial)
    not_search = {k: v for k, v in _files(out).items() if not k.startswith(search_index.DIR + "/")}
    assert not_search == {k: v for k, v in _files(fresh).items() if not k.startswith(search_index.DIR + "/")}
    index = json.loads((out / search_index.DIR / search_index.INDEX_FILE).read_text(encoding="utf-8"))
    assert index["live"] == json.loads((fresh / search_index.DIR / search_index.INDEX_FILE).read_text())["live"]
    if change != "add":
        assert index["dead"]  # the old document's ordinal is skipped, not its segment rewritten
    assert 0 < written < full_written // 3
