"""The index stage: one Store interface, an embedded SQLite backend and an Elasticsearch backend."""
from __future__ import annotations

from typing import Any

from isletwatch.config import Config

from .base import FACETS, SearchHit, SearchQuery, SearchResult, Store, StoreChanges, UpsertStats, parse_filters
from .copy import CopyCounts, copy_store
from .sqlite_store import SqliteStore

__all__ = ["FACETS", "CopyCounts", "SearchHit", "SearchQuery", "SearchResult", "SqliteStore", "Store", "StoreChanges", "UpsertStats",
           "copy_store", "open_configured_store", "open_store", "parse_filters", "reindex"]


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


def reindex(store: Store, **options: Any) -> Any:
    """Rebuild an Elasticsearch store's index with the current mappings and swap its alias (see elastic_reindex)."""
    from .elastic_reindex import reindex as run  # imported late, like ElasticStore

    return run(store, **options)  # type: ignore[arg-type]


def open_configured_store(config: Config, location: str | None = None) -> Store:
    """Open `location` (default: the config's `store`) with the config's Elasticsearch credentials."""
    location = location or config.store
    if location.startswith(("http://", "https://")):
        e = config.elastic
        return open_store(location, username=e.username, password=e.password, api_key=e.api_key,
                          ca_certs=e.ca_certs, index_prefix=e.index_prefix, shards=e.shards, replicas=e.replicas)
    return open_store(location)
