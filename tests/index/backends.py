"""Store backends the contract suite runs against; a backend registers a factory here.

Each factory is a context manager yielding a fresh, empty Store. The
Elasticsearch backend joins by adding its factory (against osmem-server, or
a real cluster when ISLETWATCH_ES_URL is set).
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Iterator

from isletwatch.index import SqliteStore, Store


@contextlib.contextmanager
def sqlite_backend(tmp_path: Path) -> Iterator[Store]:
    store = SqliteStore(tmp_path / "store.db")
    try:
        yield store
    finally:
        store.close()


BACKENDS: dict[str, Callable[[Path], contextlib.AbstractContextManager[Store]]] = {
    "sqlite": sqlite_backend,
}
