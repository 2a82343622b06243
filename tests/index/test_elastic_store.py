"""ElasticStore-specific behaviour: alias swap, bulk faults, retries, refresh, errors.

Runs against osmem-server (or ISLETWATCH_ES_URL); faults osmem cannot produce
(429, 401, an old version) come from the loopback proxy in faults.py.
"""
from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest

from benchmarks.synthetic import documents, extraction
from isletwatch.errors import StoreRejected, StoreUnavailable
from isletwatch.index import SearchQuery, open_store, reindex
from isletwatch.index.elastic_client import StoreAuthError, StoreMappingConflict, StoreVersionError, connect
from isletwatch.index.elastic_mappings import SCHEMA, analysis, document_mappings
from isletwatch.index.elastic_store import ElasticStore
from isletwatch.model import Claim, Document, Extraction

from . import osmem
from .backends import elastic_backend
from .faults import FaultProxy

FAST = dict(retry_backoff=0.01, bulk_backoff=0.01)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ElasticStore]:
    with elastic_backend(tmp_path) as s:
        yield s


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    url, options = osmem.target()
    with FaultProxy(url, options) as p:
        yield p


def _claims(doc_id: str, n: int, content_hash: str) -> Extraction:
    return Extraction(doc_id, "t1", content_hash, claims=[Claim(diabetes_type="T1D", outcome="c_peptide")] * n)


def test_alias_swap_during_search_keeps_every_search_working(store: ElasticStore) -> None:
    docs = list(documents(300))
    store.upsert_documents(docs)
    store.replace_extractions(extraction(d) for d in docs)
    before = store.stats()
    old = store.current_indices()
    results: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        while not stop.is_set():
            try:
                results.append(store.search(SearchQuery("insulin", limit=5)).total)
            except BaseException as exc:  # noqa: BLE001 - any failure is what the test looks for
                errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        summary = reindex(store, grace=0.2)
        after = len(results) + 5
        while len(results) < after and not errors:  # searches on the new index, through the alias
            threading.Event().wait(0.01)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors, errors[:3]
    assert len(results) > 5 and set(results) == {results[0]} and results[0] > 0
    assert summary.documents == 300 and summary.old == old and summary.new.endswith("-000002")
    assert store.current_indices() == [summary.new]
    assert not store.es.indices.exists(index=old[0])
    assert store.stats() == before
    assert store.get_extraction(docs[0].id) == extraction(docs[0])
    assert "reindexed 300 documents" in summary.line()


def test_write_during_reindex_is_refused_with_its_id_and_a_rerun_stores_it(store: ElasticStore) -> None:
    store.upsert_documents(documents(20))
    late = list(documents(21))[-1]
    refused: list[StoreRejected] = []

    def progress(label: str, total: int | None) -> Any:
        import contextlib

        @contextlib.contextmanager
        def bar() -> Iterator[Any]:
            def advance(n: int) -> None:
                if not refused:
                    with pytest.raises(StoreRejected) as info:
                        store.upsert_documents([late])
                    refused.append(info.value)
            yield advance
        return bar()

    reindex(store, grace=0, progress=progress)
    assert refused and late.id in refused[0].failed and "cluster_block_exception" in str(refused[0])
    assert store.get_document(late.id) is None
    assert store.upsert_documents([late]).inserted == 1  # the rerun completes it
    assert store.stats()["documents"] == 21


def test_partial_bulk_failure_is_reported_per_item_and_a_rerun_completes_it(store: ElasticStore) -> None:
    docs = list(documents(3))
    store.upsert_documents(docs)
    index = store.current_indices()[0]
    store.es.indices.put_settings(index=index, settings={"index.mapping.nested_objects.limit": 2})
    big, small1, small2 = (_claims(d.id, n, d.content_hash) for d, n in zip(docs, (3, 1, 2)))
    with pytest.raises(StoreRejected) as info:
        store.replace_extractions([big, small1, small2])
    assert set(info.value.failed) == {docs[0].id}
    message = str(info.value)
    assert docs[0].id in message and "1 of 3" in message and "rerun" in message and "\n" not in message
    assert store.get_extraction(docs[1].id) is not None and store.get_extraction(docs[2].id) is not None
    assert store.get_extraction(docs[0].id) is None  # nothing half-written
    store.es.indices.put_settings(index=index, settings={"index.mapping.nested_objects.limit": 10})
    assert store.replace_extractions([big, small1, small2]) == 3
    assert store.stats()["claims"] == 6


def test_rejected_document_update_keeps_the_others(store: ElasticStore) -> None:
    docs = list(documents(2))
    store.upsert_documents(docs)
    store.replace_extractions([_claims(docs[0].id, 3, docs[0].content_hash)])
    store.es.indices.put_settings(index=store.current_indices()[0], settings={"index.mapping.nested_objects.limit": 2})
    edited = [type(d)(**{**d.to_dict(), "text": d.text + " Edited.", "content_hash": ""}) for d in docs]
    with pytest.raises(StoreRejected) as info:
        store.upsert_documents(edited)
    assert list(info.value.failed) == [docs[0].id]
    assert store.get_document(docs[1].id).text.endswith("Edited.")
    assert not store.get_document(docs[0].id).text.endswith("Edited.")


def test_bulk_retries_429_requests_and_items_with_backoff(tmp_path: Path, proxy: FaultProxy) -> None:
    proxy.reject_bulk_requests = 2
    proxy.reject_items = 3
    with elastic_backend(tmp_path, url=proxy.url, bulk_chunk=50, **FAST) as store:
        stats = store.upsert_documents(documents(120))
        assert stats.inserted == 120 and store.stats()["documents"] == 120
        assert proxy.seen["bulk"] >= 3 + 2 + 1  # 3 chunks, 2 refused requests, 1 retry of refused items
        assert proxy.reject_items == 0 and proxy.reject_bulk_requests <= 0


def test_items_refused_every_time_are_reported_not_lost(tmp_path: Path, proxy: FaultProxy) -> None:
    docs = list(documents(10))
    with elastic_backend(tmp_path, url=proxy.url, bulk_retries=2, **FAST) as store:
        proxy.reject_ids.update({d.id: 3 for d in docs[:3]})  # on the first try and both retries
        with pytest.raises(StoreRejected) as info:
            store.upsert_documents(docs)
        assert set(info.value.failed) == {d.id for d in docs[:3]}
        assert "es_rejected_execution_exception" in str(info.value)
        assert store.stats()["documents"] == 7
        assert store.upsert_documents(docs).inserted == 3
        assert store.stats()["documents"] == 10


def test_refreshes_only_before_reading_what_it_wrote(tmp_path: Path, proxy: FaultProxy) -> None:
    with elastic_backend(tmp_path, url=proxy.url, bulk_chunk=10) as store:
        store.upsert_documents(documents(30))
        assert proxy.seen["bulk"] == 3 and proxy.seen["refresh"] == 0
        assert store.search(SearchQuery("insulin")).total > 0
        store.search(SearchQuery("islets"))
        store.stats()
        assert proxy.seen["refresh"] == 1
        store.get_document(next(documents(1)).id)  # real-time get: no refresh
        assert proxy.seen["refresh"] == 1


def test_mapping_conflict_names_the_field_and_reindex_repairs_it(tmp_path: Path) -> None:
    url, options = osmem.target()
    prefix = "iwtest-conflict"
    es = connect(url, **options)  # a plain index squats on the alias name before the store first opens
    osmem.drop(es, prefix)
    mappings = document_mappings()
    mappings["properties"]["url"] = {"type": "text"}
    es.indices.create(index=f"{prefix}-documents", mappings=mappings, settings={"analysis": analysis()})
    with elastic_backend(tmp_path, index_prefix=prefix) as store:
        with pytest.raises(StoreMappingConflict) as info:
            store.upsert_documents(documents(1))
        message = str(info.value)
        assert "url is text, not keyword" in message and "--reindex" in message
        with pytest.raises(StoreMappingConflict):
            store.search(SearchQuery("x"))
        summary = reindex(store, grace=0)
        assert summary.new == f"{prefix}-documents-000001"
        assert store.es.indices.exists_alias(name=f"{prefix}-documents")
        assert store.upsert_documents(documents(2)).inserted == 2
    es.close()


def test_newer_schema_on_the_cluster_asks_for_an_upgrade(store: ElasticStore, tmp_path: Path) -> None:
    store.es.indices.put_mapping(index=store.alias, meta={"managed_by": "isletwatch", "schema": 999})
    url, options = osmem.target()
    with pytest.raises(StoreMappingConflict, match="newer IsletWatch.*upgrade"):
        ElasticStore(url, index_prefix=store.prefix, **options)


def test_iteration_pages_through_missing_dates_in_sqlite_order(store: ElasticStore, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from isletwatch.index import elastic_store

    from .backends import sqlite_backend

    monkeypatch.setattr(elastic_store, "PAGE", 7)  # many pages, some ending among undated documents
    docs = [d if i % 3 else Document(**{**d.to_dict(), "published": None}) for i, d in enumerate(documents(40))]
    store.upsert_documents(docs)
    store.replace_extractions(extraction(d) for d in docs)
    with sqlite_backend(tmp_path) as sqlite:
        sqlite.upsert_documents(docs)
        sqlite.replace_extractions(extraction(d) for d in docs)
        assert [d.id for d in store.iter_documents()] == [d.id for d in sqlite.iter_documents()]
        assert [c.id for c in store.iter_claims()] == [c.id for c in sqlite.iter_claims()]
        assert sorted(d.id for d in store.documents_needing_extraction("v2")) == sorted(d.id for d in docs)


def test_older_schema_gets_new_fields_in_place(store: ElasticStore) -> None:
    store.es.indices.put_mapping(index=store.alias, meta={"managed_by": "isletwatch", "schema": 0})
    url, options = osmem.target()
    with ElasticStore(url, index_prefix=store.prefix, **options) as again:
        mapping = again.es.indices.get_mapping(index=again.alias).body
        assert [m["mappings"]["_meta"]["schema"] for m in mapping.values()] == [SCHEMA]
        assert again.problems == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_cluster_is_one_line_with_a_fix() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreUnavailable) as info:
        open_store(url, max_retries=1, retry_backoff=0.01)
    message = str(info.value)
    assert url in message and "cannot reach" in message and "docker compose" in message and "\n" not in message


def test_wrong_credentials_are_named_and_right_ones_work(tmp_path: Path, proxy: FaultProxy) -> None:
    proxy.auth = ("elastic", "right")
    _, options = osmem.target()
    with pytest.raises(StoreAuthError) as info:
        ElasticStore(proxy.url, username="elastic", password="wrong", **options)
    assert "401" in str(info.value) and "elastic.password" in str(info.value)
    with elastic_backend(tmp_path, url=proxy.url, username="elastic", password="right") as store:
        assert store.stats()["documents"] == 0


def test_unsupported_server_version_is_refused_before_any_write(proxy: FaultProxy) -> None:
    proxy.version = "7.17.3"
    _, options = osmem.target()
    with pytest.raises(StoreVersionError) as info:
        ElasticStore(proxy.url, index_prefix="iwtest-old", **options)
    assert "7.17.3" in str(info.value) and "9.x" in str(info.value)
    assert proxy.seen["/"] == 1 and sum(proxy.seen.values()) == 1


@pytest.mark.skipif(not osmem.real_cluster(), reason="osmem-server ignores synonym_graph filters; needs "
                    "ISLETWATCH_ES_URL (query-side synonym expansion is covered by the contract suite)")
def test_synonym_graph_expands_inside_phrases(store: ElasticStore) -> None:
    store.upsert_documents([Document(source="news", url="https://x.example/1", title="Trial",
                                     text="Patients with type 1 diabetes received stem cell-derived islets.")])
    # parse_query cannot expand a synonym inside a phrase; the search analyzer's synonym_graph does.
    assert store.search(SearchQuery('"t1d received"')).total == 1
    assert store.search(SearchQuery('"juvenile diabetes received"')).total == 1
