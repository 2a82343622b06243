"""Test-only glue for osmem-server, the in-memory Elasticsearch/OpenSearch emulator.

The official client sends compatibility media types
(`application/vnd.elasticsearch+json; compatible-with=9`), which osmem
refuses; `CompatNode` rewrites them to plain `application/json` (and
`x-ndjson` for bulk). It lives in tests only: production talks to real
Elasticsearch, which wants those headers.
"""
from __future__ import annotations

import os
import re
from typing import Any

from elastic_transport import Urllib3HttpNode

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)\s*;\s*compatible-with=\d+")


def _plain(value: str) -> str:
    return _COMPAT.sub(r"application/\1", value)


class CompatNode(Urllib3HttpNode):
    """Urllib3HttpNode that downgrades Elasticsearch compatibility media types for osmem."""

    def perform_request(self, method: str, target: str, body: bytes | None = None,
                        headers: Any = None, **kwargs: Any) -> Any:
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = _plain(headers[name])
        self._headers = self._headers.copy()
        for name in ("accept", "content-type"):
            if name in self._headers:
                self._headers[name] = _plain(self._headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


_server: Any = None


def target() -> tuple[str, dict[str, Any]]:
    """Where ElasticStore tests run: ISLETWATCH_ES_URL if set, else a shared osmem-server on loopback.

    The server starts on first use (so a SQLite-only run never starts it) and
    the session fixture in conftest.py stops it. Credentials for a real
    cluster come from the same variables the config reads.
    """
    global _server
    url = os.environ.get("ISLETWATCH_ES_URL")
    if url:
        env = {k: os.environ.get(f"ISLETWATCH_ELASTIC__{k.upper()}", "")
               for k in ("username", "password", "api_key", "ca_certs")}
        return url, {k: v for k, v in env.items() if v}
    if _server is None:
        from osmem_server import OsmemServer

        _server = OsmemServer.start(japanese=False)
    return _server.url, {"node_class": CompatNode}


def real_cluster() -> bool:
    return bool(os.environ.get("ISLETWATCH_ES_URL"))


def stop() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


def drop(es: Any, prefix: str) -> None:
    """Delete a test prefix's indices and templates by name (clusters refuse wildcard deletes)."""
    names = list(es.indices.get(index=f"{prefix}-*", expand_wildcards="all").body)
    if names:
        es.indices.delete(index=",".join(names))
    _ignore_missing(lambda: es.indices.delete_index_template(name=f"{prefix}-documents"))
    for part in ("settings", "mappings"):
        _ignore_missing(lambda: es.cluster.delete_component_template(name=f"{prefix}-documents-{part}"))


def _ignore_missing(call: Any) -> None:
    from elasticsearch import NotFoundError

    try:
        call()
    except NotFoundError:
        pass
