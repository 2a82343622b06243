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
from isletwatch.model import Claim, DocFacts, Extraction, Span
from isletwatch.site import build_site, feeds, incremental, search_index

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


@pytest.fixture
def merged(monkeypatch) -> list[bool]:
    """Whether each rebuild made its feeds from the candidates (incremental._merged_feeds) or listed every
    document again; with FEED_LIMIT at 3, so that feeds are cut short and the candidates are few."""
    calls: list[bool] = []
    real = incremental._merged_feeds

    def spy(*args, **kwargs):
        result = real(*args, **kwargs)
        calls.append(result is not None)
        return result
    monkeypatch.setattr(incremental, "_merged_feeds", spy)
    monkeypatch.setattr(feeds, "FEED_LIMIT", 3)
    return calls


def _add(store: SqliteStore, doc_id: str, pair: tuple, *, claims: list[Claim] | None = None,
         facts: DocFacts | None = None, **fields) -> None:
    """A new document made from `pair` with other claims or facts (add_copy keeps the pair's)."""
    doc, ext = pair
    new = replace(doc, id=doc_id, url=f"https://example.org/{doc_id}", **fields)
    store.upsert_documents([new])
    store.replace_extractions([Extraction(new.id, "gold", new.content_hash, facts if facts is not None else ext.facts,
                                          claims if claims is not None else
                                          [replace(c, evidence=list(c.evidence)) for c in ext.claims])])


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


def test_new_documents_merge_into_the_feeds(tmp_path, merged):
    """New documents newest, oldest and in between, found before and after the others: each feed's first entries
    and its size as a full build has them, from the last build's feeds and the new documents alone."""
    def change(store, pairs):
        target = _target(pairs)
        add_copy(store, target, "new-a", title="Found last", published="2030-01-15", fetched_at="2030-01-16T00:00:00Z")
        add_copy(store, target, "new-b", title="Found first", published="2001-03-01", fetched_at="2000-01-01T00:00:00Z")
        add_copy(store, target, "new-c", title="Undated", published=None, fetched_at="2025-07-01T00:00:00+00:00")
    mode, out = _rebuild(tmp_path, change)
    assert mode == "incremental: 3 documents changed" and merged == [True]
    assert "(4 documents)" in (out / "data.html").read_text(encoding="utf-8")  # a feed beyond its first 3


def test_a_new_outcome_source_and_trial_make_new_feeds(tmp_path, merged):
    pairs = [p for p in dev_pairs() + [hostile_pair(), bidi_pair()]
             if not any(c.outcome == "time_in_range" for c in p[1].claims)]

    def change(store, pairs):
        doc, ext = _target(pairs)
        claim = replace(ext.claims[0], outcome="time_in_range", evidence=list(ext.claims[0].evidence))
        _add(store, "new-a", (doc, ext), claims=[claim], source="brand-new-source", published="2012-05-05",
             fetched_at="2031-01-01T00:00:00Z")
        _add(store, "new-b", (doc, ext), kind="registry", identifiers={"nct": "NCT09999999"},
             title="A new trial's record", published="2011-01-01")
        _add(store, "new-c", (doc, ext), kind="registry", identifiers={"nct": "NCT09999999"},
             title="The same trial, recorded earlier", published="2010-01-01")
    mode, out = _rebuild(tmp_path, change, pairs)
    assert mode == "incremental: 3 documents changed" and merged == [True]
    assert (out / "feeds" / "trial-nct09999999.xml").is_file()
    assert (out / "feeds" / "outcome-time-in-range.xml").is_file()
    assert (out / "feeds" / "source-brand-new-source.xml").is_file()


def test_a_new_document_names_a_known_product_more_often(tmp_path, merged):
    """A product feed is named after its most frequent spelling over the whole site: new documents that name
    it otherwise can rename it."""
    def change(store, pairs):
        doc, ext = _target(pairs)
        for n in range(12):
            claim = replace(ext.claims[0], product="zimislecel", evidence=list(ext.claims[0].evidence))
            _add(store, f"new-{n}", (doc, ext), claims=[claim], facts=DocFacts(products=["zimislecel"]))
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 12 documents changed" and merged == [True]


def test_a_new_product_spelling_lists_every_document_again(tmp_path, merged):
    """Every text is scanned again for a new product name: the feeds are made from every document."""
    def change(store, pairs):
        doc, ext = _target(pairs)
        claim = replace(ext.claims[0], product="islet-9000", evidence=list(ext.claims[0].evidence))
        _add(store, "new-a", (doc, ext), claims=[claim])
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed" and merged == [False]


def test_a_changed_document_lists_every_document_again(tmp_path, merged):
    def change(store, pairs):
        doc = _target(pairs)[0]
        store.upsert_documents([replace(doc, title=doc.title + " (corrected)", content_hash="")])
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed" and merged == []


def test_one_new_document_then_another(tmp_path, merged):
    """The feeds' state an incremental rebuild leaves serves the next one."""
    pairs = dev_pairs() + [hostile_pair(), bidi_pair()]
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    for n in range(3):
        add_copy(store, _target(pairs), f"new-{n}", title=f"New {n}", fetched_at=f"203{n}-01-01T00:00:00Z")
        assert build_site(store, out, CONFIG, generated_at=STAMP).mode == "incremental: 1 document changed"
    fresh = build_site(store, tmp_path / "fresh", CONFIG, generated_at=STAMP)
    store.close()
    assert merged == [True, True, True]
    assert fresh.mode.startswith("full build")
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_trial_feed_keeps_the_name_of_a_record_beyond_its_first_entries(tmp_path, merged):
    """A trial feed is named by the last registry record of the trial in the site's order, which need not be
    among the feed's first entries: the candidates hold every registry record with a trial id."""
    pairs = dev_pairs() + [hostile_pair(), bidi_pair()]
    doc, ext = _target(pairs)
    trial = {"nct": "NCT07777777"}
    pairs.append((replace(doc, id="reg-old", url="https://example.org/reg-old", kind="registry", source="wire",
                          identifiers=trial, title="The trial's own record", fetched_at="2000-01-01T00:00:00Z"),
                  Extraction("reg-old", "gold", doc.content_hash, DocFacts(), [])))
    for n in range(4):
        citing = replace(doc, id=f"cites-{n}", url=f"https://example.org/cites-{n}", identifiers=trial)
        pairs.append((citing, Extraction(citing.id, "gold", citing.content_hash, ext.facts,
                                         [replace(c, evidence=list(c.evidence)) for c in ext.claims])))

    def change(store, pairs):
        _add(store, "new-a", (doc, ext), identifiers=trial, fetched_at="2031-01-01T00:00:00Z")
    mode, out = _rebuild(tmp_path, change, pairs)
    assert mode == "incremental: 1 document changed" and merged == [True]
    assert "The trial&#39;s own record" in (out / "feeds" / "trial-nct07777777.xml").read_text(encoding="utf-8")


def test_pages_changed_on_disk_are_made_again_beside_a_new_document(tmp_path, merged):
    """Document and claim pages someone changed since the last build (size or time differ from the manifest's,
    checked in a forked child) are rendered again."""
    def change(store, pairs):
        out = tmp_path / "site"
        (out / "documents" / f"{pairs[0][0].id}.html").write_text("tampered", encoding="utf-8")
        next((out / "claims").glob("20*.html")).write_text("tampered", encoding="utf-8")
        add_copy(store, _target(pairs), title="A brand-new report", fetched_at="2030-01-16T00:00:00Z")
    mode, _ = _rebuild(tmp_path, change)
    assert mode == "incremental: 1 document changed" and merged == [True]


def test_a_fallback_after_the_downloads_splice_started_leaves_no_spliced_files(tmp_path):
    """A new document starts the downloads' splice (in a child) before the rebuild learns that the last build's
    downloads no longer match their files (one was edited by hand): the full build that follows must leave no
    half-spliced file behind, and the site it writes is a full build's."""
    pairs = dev_pairs() + [hostile_pair(), bidi_pair()]
    store = fill_store(tmp_path / "f.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, CONFIG, generated_at=STAMP)
    add_copy(store, _target(pairs), title="A brand-new report", published="2030-01-15", fetched_at="2030-01-16T00:00:00+00:00")
    with next((out / "downloads").glob("*.csv")).open("ab") as fh:
        fh.write(b"a row added by hand\r\n")
    again = build_site(store, out, CONFIG, generated_at=STAMP)
    fresh = build_site(store, tmp_path / "fresh", CONFIG, generated_at=STAMP)
    store.close()
    assert again.mode == "full build: downloads/claims.csv changed on disk since the last build", again.mode
    assert not [p.name for p in out.rglob("*.splice")]
    assert _files(out) == _files(tmp_path / "fresh")
