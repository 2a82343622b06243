"""An incremental rebuild (site/incremental.py) writes exactly what a full build of the same store writes.

Why a gate: the incremental path does not load the site; it plans from a state
kept between builds and renders only what changed documents touch. Any
difference between that plan and a full build (a feed that misses the new
document, a month page whose pager is stale, download bytes in the wrong
place) is a silent, lasting error on the published site. Each test builds a
small corpus, changes the store, rebuilds incrementally and compares every
file with a full build of the new store into a fresh folder (the search index
aside: its segments depend on the build history by design), and the search
index with a full rebuild into a copy of the same earlier folder.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Callable

import pytest

from isletwatch.config import SavedFeed, SiteConfig
from isletwatch.index import SqliteStore
from isletwatch.model import Extraction
from isletwatch.site import build_site, incremental, search_index

from .conftest import STAMP
from .fixtures import add_copy, add_stories, bidi_pair, dev_pairs, fill_store, hostile_pair

CONFIG = SiteConfig(feeds=[SavedFeed(name="T1 independence", query="insulin", filters=["diabetes_type=T1D"])])


def _files(out: Path, search: bool = False) -> dict[str, bytes]:
    """Every file of the site but the builder's bookkeeping (.isletwatch-*); the search index only if asked."""
    return {rel: p.read_bytes() for p in out.rglob("*") if p.is_file() and not p.name.startswith(".isletwatch-")
            and ((rel := str(p.relative_to(out))).startswith(search_index.DIR + "/") == search)}


def _rebuild(tmp_path: Path, change: Callable[[SqliteStore, list], None], pairs: list | None = None,
             config: SiteConfig = CONFIG) -> tuple[str, Path]:
    """Full build, `change` the store, rebuild in place; assert it equals a full build of the new store.
    Returns the rebuild's mode and its folder."""
    pairs = pairs if pairs is not None else dev_pairs() + [hostile_pair(), bidi_pair()]
    store = fill_store(tmp_path / "a.db", pairs)
    out, reference = tmp_path / "site", tmp_path / "reference"
    first = build_site(store, out, config, generated_at=STAMP)
    assert first.mode.startswith("full build")
    shutil.copytree(out, reference)
    (reference / incremental.STATE).unlink()  # the reference rebuilds the same folder without the state
    change(store, pairs)
    again = build_site(store, out, config, generated_at=STAMP)
    same_history = build_site(store, reference, config, generated_at=STAMP)
    fresh = build_site(store, tmp_path / "fresh", config, generated_at=STAMP)
    store.close()
    assert same_history.mode.startswith("full build")
    assert _files(out) == _files(tmp_path / "fresh")  # byte for byte, every page, feed and download
    assert _files(out, search=True) == _files(reference, search=True)  # the search index as a full rebuild
    assert (again.documents, again.claims, again.pages, again.feeds) == \
        (fresh.documents, fresh.claims, fresh.pages, fresh.feeds)
    return again.mode, out


def _target(pairs: list) -> tuple:
    return next(p for p in pairs if p[1].claims and len(p[1].claims) > 1)


def test_one_new_document(tmp_path):
    mode, _ = _rebuild(tmp_path, lambda store, pairs: add_copy(
        store, _target(pairs), title="A brand-new report", published="2030-01-15",
        fetched_at="2030-01-16T00:00:00+00:00"))
    assert mode == "incremental: 1 document changed"


def test_a_new_document_in_an_old_month_with_no_date_and_several_at_once(tmp_path):
    def change(store, pairs):
        target = _target(pairs)
        add_copy(store, target, "new-a", title="Old news", published="2003-02-01", fetched_at="2030-01-16T00:00:00Z")
        add_copy(store, target, "new-b", title="Undated", published=None, fetched_at="2001-01-01T00:00:00Z")
        add_copy(store, target, "new-c", title="Same month", published=target[0].published)
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 3 documents changed"


def test_a_documents_claims_change(tmp_path):
    def change(store, pairs):
        doc, ext = _target(pairs)
        claims = [replace(ext.claims[0], outcome="death", product="zimislecel", evidence=list(ext.claims[0].evidence))]
        store.replace_extractions([Extraction(doc.id, "gold-2", doc.content_hash, ext.facts, claims)])
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed"


def test_a_documents_title_changes(tmp_path):
    def change(store, pairs):
        doc = _target(pairs)[0]
        store.upsert_documents([replace(doc, title=doc.title + " (corrected)", content_hash="")])
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed"


def test_a_document_is_removed(tmp_path):
    def change(store, pairs):  # the Store API has no delete; the change log sees a delete made with SQL too
        store.conn.execute("DELETE FROM documents WHERE id = ?", (_target(pairs)[0].id,))
    mode, out = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed"
    index = json.loads((out / search_index.DIR / search_index.INDEX_FILE).read_text(encoding="utf-8"))
    assert index["dead"]  # the removed document's ordinal is skipped, its segment kept


def test_a_syndicated_copy_joins_its_original(tmp_path):
    def change(store, pairs):
        doc = _target(pairs)[0]
        store.upsert_documents([replace(doc, id="copy-1", url="https://wire.example.org/1", source="news",
                                        duplicate_of=doc.id)])
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed"  # the original: its page, rows and downloads list the copy


def test_nothing_changed_writes_nothing(tmp_path):
    mode, _ = _rebuild(tmp_path, lambda store, pairs: None)
    assert mode == "incremental: 0 documents changed"


def test_a_changed_document_in_a_story_falls_back_to_a_full_build(tmp_path):
    pairs = dev_pairs() + [hostile_pair(), bidi_pair()]

    def change(store, _):
        doc = pairs[-1][0]  # in the story layer (add_stories below)
        store.upsert_documents([replace(doc, title=doc.title + " (corrected)", content_hash="")])

    store = fill_store(tmp_path / "s.db", pairs)
    add_stories(store, pairs[0][0], pairs[-2][0], pairs[-1][0])
    out = tmp_path / "story-site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    change(store, pairs)
    again = build_site(store, out, CONFIG, generated_at=STAMP)
    fresh = build_site(store, tmp_path / "story-fresh", CONFIG, generated_at=STAMP)
    store.close()
    assert again.mode == "full build: a changed document is part of a story (story pages are not rebuilt one by one)"
    assert _files(out) == _files(tmp_path / "story-fresh")
    assert fresh.stories


@pytest.mark.parametrize("damage, why", [
    ("missing", "no state of an earlier build"),
    ("corrupt", "is unreadable"),
    ("truncated", "is unreadable"),
    ("version", "another version of the site code"),
])
def test_a_missing_corrupt_or_foreign_state_falls_back_with_the_reason(tmp_path, damage, why):
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    state = out / incremental.STATE
    if damage == "missing":
        state.unlink()
    elif damage == "corrupt":
        state.write_bytes(b"\x00garbage")
    elif damage == "truncated":
        state.write_bytes(state.read_bytes()[:len(state.read_bytes()) // 2])
    else:
        data = json.loads(state.read_text(encoding="utf-8"))
        data["header"]["code"] = "another"
        state.write_text(json.dumps(data), encoding="utf-8")
    add_copy(store, _target(pairs), title="A brand-new report", published="2030-01-15")
    again = build_site(store, out, CONFIG, generated_at=STAMP)
    fresh = build_site(store, tmp_path / "fresh", CONFIG, generated_at=STAMP)
    store.close()
    assert again.mode.startswith("full build: ") and why in again.mode and "\n" not in again.mode
    assert why in again.line()
    assert _files(out) == _files(tmp_path / "fresh")
    assert build_site(SqliteStore(tmp_path / "a.db"), out, CONFIG, generated_at=STAMP).mode.startswith("incremental")


def test_another_store_or_config_falls_back(tmp_path):
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    other = fill_store(tmp_path / "b.db", pairs[:-1])
    out = tmp_path / "site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    assert "another store" in build_site(other, out, CONFIG, generated_at=STAMP).mode
    assert build_site(other, out, CONFIG, generated_at=STAMP).mode.startswith("incremental")
    assert "saved searches" in build_site(other, out, SiteConfig(), generated_at=STAMP).mode
    assert "base_url" in build_site(other, out, SiteConfig(base_url="https://x.example/"), generated_at=STAMP).mode
    assert "search index" in build_site(other, out, SiteConfig(base_url="https://x.example/"), generated_at=STAMP,
                                        search=False).mode
    store.close()
    other.close()


def test_many_changes_make_a_full_build(tmp_path, monkeypatch):
    monkeypatch.setattr(incremental, "MAX_CHANGED", 2)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    for n in range(3):
        add_copy(store, _target(pairs), f"new-{n}", title=f"New {n}")
    again = build_site(store, out, CONFIG, generated_at=STAMP)
    store.close()
    assert again.mode.startswith("full build: 3 documents changed")
