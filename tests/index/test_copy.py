"""copy_store between backends: SQLite → Elasticsearch (the documented migration) and back."""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

from benchmarks.synthetic import documents, extraction
from isletwatch.index import SearchQuery, Store, copy_store

from .backends import elastic_backend, sqlite_backend


def _fill(store: Store, n: int) -> None:
    docs = list(documents(n))
    dup = type(docs[0])(**{**docs[0].to_dict(), "id": "", "url": docs[0].url + "?copy", "duplicate_of": docs[0].id})
    store.upsert_documents(docs + [dup])
    store.replace_extractions(extraction(d) for d in docs)
    store.set_state("watermark:pubmed", "2025-02-01")


def _same(a: Store, b: Store) -> None:
    assert a.stats() == b.stats()
    assert [d.to_dict() for d in a.iter_documents(include_duplicates=True)] == \
        [d.to_dict() for d in b.iter_documents(include_duplicates=True)]
    assert [c.to_dict() for c in a.iter_claims()] == [c.to_dict() for c in b.iter_claims()]
    assert a.state_items() == b.state_items()
    for query in (SearchQuery("insulin"), SearchQuery("", filters={"outcome": ["death"], "diabetes_type": ["T1D"]})):
        ra, rb = a.search(query), b.search(query)
        assert ra.total == rb.total and ra.facets == rb.facets


def test_copy_sqlite_into_elasticsearch_and_back(tmp_path: Path) -> None:
    seen: list[tuple[str, int | None, int]] = []

    @contextlib.contextmanager
    def progress(label: str, total: int | None) -> Iterator[object]:
        done = [0]
        yield lambda n: done.__setitem__(0, done[0] + n)
        seen.append((label, total, done[0]))

    with sqlite_backend(tmp_path) as src, elastic_backend(tmp_path) as dst:
        _fill(src, 120)
        counts = copy_store(src, dst, progress=progress, batch=50)
        assert (counts.documents, counts.state) == (121, 1)
        assert counts.extractions == 120 and counts.claims == src.stats()["claims"]
        assert seen == [("copy", 121, 121)] and "copied 121 documents" in counts.line()
        _same(src, dst)
        again = copy_store(src, dst)  # a rerun rewrites nothing and duplicates nothing
        assert again.documents == 121 and dst.stats() == src.stats()
        (tmp_path / "back").mkdir()
        with sqlite_backend(tmp_path / "back") as back:
            copy_store(dst, back)
            _same(dst, back)
