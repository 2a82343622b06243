"""Connecting to Elasticsearch and turning its failures into one-line StoreErrors.

The CLI prints an IsletWatchError as the whole answer, so every failure a user
can meet (cluster down, wrong password, wrong version, TLS, mapping conflict,
rejected bulk items) becomes a StoreError subclass whose message names the
problem and the fix. Nothing here knows about documents: ElasticStore builds
on it.
"""
from __future__ import annotations

import contextlib
from typing import Any, Iterator

import elastic_transport
from elasticsearch import (ApiError, AuthenticationException, AuthorizationException, ConnectionError,
                           ConnectionTimeout, Elasticsearch, UnsupportedProductError)
from elasticsearch import __versionstr__ as CLIENT_VERSION

from isletwatch.errors import StoreError, StoreRejected, StoreUnavailable

CLIENT_MAJOR = int(CLIENT_VERSION.split(".")[0])
#: Elasticsearch accepts requests in its own major's format and the one before it,
#: and the client speaks its own major, so a 9.x client needs a 9.x or 10.x server.
SERVER_MAJORS = (CLIENT_MAJOR, CLIENT_MAJOR + 1)
#: OpenSearch-compatible servers that answer like Elasticsearch (osmem-server, the test
#: emulator, reports OpenSearch 3.x) are accepted from this major on.
OPENSEARCH_MIN_MAJOR = 2
RETRY_STATUS = (429, 502, 503, 504)
#: Extra `Elasticsearch(...)` options for every store this process opens (say
#: `http_compress`); the tests put the osmem media-type shim here to drive the CLI.
DEFAULT_CLIENT_OPTIONS: dict[str, Any] = {}
__all__ = ["StoreAuthError", "StoreMappingConflict", "StoreRejected", "StoreVersionError", "check_server",
           "connect", "translate"]


class StoreAuthError(StoreUnavailable):
    """The cluster refused the credentials (401) or the user lacks a privilege (403)."""


class StoreVersionError(StoreError):
    """The server is not Elasticsearch, or of a version this client cannot talk to."""


class StoreMappingConflict(StoreError):
    """The index behind the alias has mappings that differ from the ones IsletWatch needs."""


def connect(url: str, *, username: str = "", password: str = "", api_key: str = "", ca_certs: str = "",
            request_timeout: float = 30.0, max_retries: int = 3, retry_backoff: float = 0.5,
            **client_options: Any) -> Elasticsearch:
    """An Elasticsearch client that retries 429/5xx and timeouts with jittered backoff.

    `client_options` go straight to `Elasticsearch(...)` (tests pass `node_class=`
    for the osmem media-type shim there).
    """
    options: dict[str, Any] = dict(request_timeout=request_timeout, max_retries=max_retries,
                                   retry_on_timeout=True, retry_on_status=RETRY_STATUS)
    if retry_backoff > 0:
        options.update(retry_backoff_base=retry_backoff, retry_backoff_cap=max(retry_backoff * 16, 1.0))
    if api_key:
        options["api_key"] = api_key
    elif username:
        options["basic_auth"] = (username, password)
    if ca_certs:
        options["ca_certs"] = ca_certs
    options.update(DEFAULT_CLIENT_OPTIONS)
    options.update(client_options)
    try:
        return Elasticsearch(url, **options)
    except ValueError as exc:
        raise StoreUnavailable(f"cannot use Elasticsearch URL {url} ({exc}); give a URL like "
                               "http://localhost:9200 with --store") from exc


def check_server(es: Elasticsearch, url: str) -> dict[str, Any]:
    """Ask the server who it is; refuse what this client cannot talk to, before touching any index."""
    with translate(url, "connect"):
        info = es.info().body
    version = info.get("version", {})
    number = str(version.get("number", "0"))
    major = int(number.split(".")[0]) if number.split(".")[0].isdigit() else 0
    if version.get("distribution") == "opensearch":
        if major < OPENSEARCH_MIN_MAJOR:
            raise StoreVersionError(f"{url} runs OpenSearch {number}, too old for IsletWatch; "
                                    f"use Elasticsearch {SERVER_MAJORS[0]}.x")
    elif major not in SERVER_MAJORS:
        raise StoreVersionError(f"{url} runs Elasticsearch {number}, but the installed client "
                                f"(elasticsearch-py {CLIENT_VERSION}) needs a server of version "
                                f"{SERVER_MAJORS[0]}.x; upgrade the cluster (docker-compose.yml starts "
                                f"{SERVER_MAJORS[0]}.x) or install a matching elasticsearch package")
    return info


@contextlib.contextmanager
def translate(url: str, doing: str) -> Iterator[None]:
    """Run a block of client calls, re-raising their failures as one-line StoreErrors."""
    try:
        yield
    except StoreError:
        raise
    except UnsupportedProductError as exc:
        raise StoreVersionError(f"{url} is not an Elasticsearch server ({exc.message}); point --store at "
                                "an Elasticsearch cluster") from exc
    except AuthenticationException as exc:
        raise StoreAuthError(f"{url} rejected the credentials (401) while trying to {doing}; set "
                             "elastic.username and elastic.password, or elastic.api_key "
                             "(ISLETWATCH_ELASTIC__PASSWORD, ISLETWATCH_ELASTIC__API_KEY)") from exc
    except AuthorizationException as exc:
        raise StoreAuthError(f"{url} refused to {doing} (403: {_reason(exc)}); give the user the "
                             "'manage' and 'write' privileges on the IsletWatch indices and "
                             "'manage_index_templates' on the cluster") from exc
    except elastic_transport.TlsError as exc:
        raise StoreUnavailable(f"TLS with {url} failed ({_first_line(exc)}); set elastic.ca_certs to the "
                               "cluster's CA certificate (http_ca.crt)") from exc
    except ConnectionTimeout as exc:
        raise StoreUnavailable(f"{url} did not answer in time while trying to {doing}; check the cluster's "
                               "health (GET _cluster/health) and retry") from exc
    except ConnectionError as exc:
        raise StoreUnavailable(f"cannot reach Elasticsearch at {url} ({_first_line(exc)}); start it "
                               "(docker compose up -d) or fix the URL in `store` / --store") from exc
    except ApiError as exc:
        raise StoreError(f"Elasticsearch at {url} refused to {doing} ({exc.meta.status} {_reason(exc)}); "
                         "see docs/elasticsearch.md") from exc


def _reason(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error")
    if isinstance(err, dict):
        cause = (err.get("root_cause") or [err])[0]
        return f"{cause.get('type', err.get('type'))}: {cause.get('reason', err.get('reason'))}"
    return _first_line(exc.message if err is None else err)


def _first_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0][:300] if text else type(value).__name__
