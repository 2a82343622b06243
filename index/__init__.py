"""The index stage: one Store interface, an embedded SQLite backend and an Elasticsearch backend."""
from __future__ import annotations

from .base import FACETS, SearchHit, SearchQuery, SearchResult, Store, UpsertStats, parse_filters
from .sqlite_store import SqliteStore

__all__ = ["FACETS", "SearchHit", "SearchQuery", "SearchResult", "SqliteStore", "Store", "UpsertStats",
           "open_store", "parse_filters"]


def open_store(location: str, **options: object) -> Store:
    """Open the store a URL or path names: `http(s)://host:9200` → Elasticsearch, else an SQLite file.

    `sqlite:path/to/file.db` and a bare path both mean SQLite. Options go to the
    Elasticsearch backend (credentials, CA certificate, index prefix).
    """
    if location.startswith(("http://", "https://")):
        from .elastic_store import ElasticStore  # imported late: the client is heavy and optional at runtime

        return ElasticStore(location, **options)  # type: ignore[arg-type]
    path = location[len("sqlite:"):] if location.startswith("sqlite:") else location
    return SqliteStore(path)
