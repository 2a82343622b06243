"""Store backends the contract suite runs against; a backend registers a factory here.

Each factory is a context manager yielding a fresh, empty Store. The
Elasticsearch backend runs against osmem-server (an emulator started once per
test session), or a real cluster when ISLETWATCH_ES_URL is set; each store gets
its own index prefix, dropped afterwards.
"""
from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

from isletwatch.index import SqliteStore, Store

from . import osmem


@contextlib.contextmanager
def sqlite_backend(tmp_path: Path) -> Iterator[Store]:
    store = SqliteStore(tmp_path / "store.db")
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def elastic_backend(tmp_path: Path, url: str | None = None, **options: Any) -> Iterator[Any]:
    """A fresh ElasticStore with its own index prefix; `url` routes it through a proxy (tests/index/faults.py)."""
    from isletwatch.index.elastic_store import ElasticStore

    target, target_options = osmem.target()
    prefix = options.pop("index_prefix", None) or f"iwtest-{uuid.uuid4().hex[:12]}"
    store = ElasticStore(url or target, index_prefix=prefix, **{**target_options, **options})
    try:
        yield store
    finally:
        osmem.drop(store.es, prefix)
        store.close()


BACKENDS: dict[str, Callable[[Path], contextlib.AbstractContextManager[Store]]] = {
    "sqlite": sqlite_backend,
    "elastic": elastic_backend,
}
