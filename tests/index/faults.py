"""A small fault-injecting HTTP proxy on loopback, in front of osmem-server or a real cluster.

It makes the failures a cluster produces under load or misconfiguration, which
osmem cannot: whole `_bulk` requests or single bulk items answered 429 (the
rejected items are really not forwarded, as a busy node would not execute
them), a 401 for wrong credentials, and an old version number on `GET /`. It
also counts requests by kind, so tests can check how often the store
refreshes. Everything else passes through untouched.
"""
from __future__ import annotations

import base64
import http.client
import json
import ssl
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

ES_HEADERS = {"Content-Type": "application/json", "X-Elastic-Product": "Elasticsearch"}
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class FaultProxy:
    def __init__(self, upstream: str, options: dict[str, Any] | None = None) -> None:
        """`options` are the store options for the upstream (ca_certs, username/password or api_key)."""
        options = options or {}
        self.upstream = urlsplit(upstream)
        self.ca_certs = options.get("ca_certs", "")
        self.upstream_auth = (f"ApiKey {options['api_key']}" if options.get("api_key") else
                              _basic(options["username"], options.get("password", "")) if options.get("username")
                              else None)
        self.auth: tuple[str, str] | None = None  # demand these credentials; upstream gets its own
        self.version: str | None = None  # pretend to be this Elasticsearch version
        self.reject_bulk_requests = 0  # answer the next N _bulk requests with 429
        self.reject_items = 0  # answer the next N bulk items with 429, forwarding the rest
        self.reject_ids: Counter[str] = Counter()  # answer items with these ids 429, this many times each
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                proxy.handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- request handling --------------------------------------------------------
    def handle(self, req: BaseHTTPRequestHandler) -> None:
        body = req.rfile.read(int(req.headers.get("Content-Length") or 0))
        path = req.path.split("?")[0]
        kind = "bulk" if path.endswith("/_bulk") else "refresh" if path.endswith("/_refresh") else path
        with self.lock:
            self.seen[kind] += 1
        if self.auth and req.headers.get("Authorization") != _basic(*self.auth):
            return _reply(req, 401, _error("security_exception", "unable to authenticate user for REST request"))
        if kind == "bulk":
            with self.lock:
                reject_all = self.reject_bulk_requests > 0
                self.reject_bulk_requests -= reject_all
            if reject_all:
                return _reply(req, 429, _error("es_rejected_execution_exception", "rejected execution of bulk"))
            return self._bulk(req, body)
        status, headers, data = self.forward(req.command, req.path, body, req.headers)
        if path == "/" and self.version and status == 200:
            info = json.loads(data)
            info["version"] = {"number": self.version, "build_flavor": "default"}
            data = json.dumps(info).encode()
        _reply(req, status, data, headers)

    def _bulk(self, req: BaseHTTPRequestHandler, body: bytes) -> None:
        lines = [ln for ln in body.split(b"\n") if ln.strip()]
        items: list[list[bytes]] = []  # [action line, source line] ([action] for delete)
        expect_source = False
        for line in lines:
            if expect_source:
                items[-1].append(line)
                expect_source = False
            else:
                items.append([line])
                expect_source = _op(line) != "delete"
        rejected, kept = [], []
        with self.lock:
            for item in items:
                doc_id = str(_meta(item[0]).get("_id"))
                refuse = self.reject_items > 0 or self.reject_ids[doc_id] > 0
                if self.reject_items > 0:
                    self.reject_items -= 1
                elif refuse:
                    self.reject_ids[doc_id] -= 1
                (rejected if refuse else kept).append(item)
        results: list[dict[str, Any]] = []
        if kept:
            status, headers, data = self.forward("POST", req.path, b"\n".join(b"\n".join(i) for i in kept) + b"\n",
                                                 req.headers)
            if status != 200:
                return _reply(req, status, data, headers)
            results = json.loads(data)["items"]
        refused = [{_op(i[0]): {"_index": _meta(i[0]).get("_index"), "_id": _meta(i[0]).get("_id"), "status": 429,
                                "error": {"type": "es_rejected_execution_exception", "reason": "queue full"}}}
                   for i in rejected]
        _reply(req, 200, json.dumps({"took": 1, "errors": bool(refused) or any(
            "error" in next(iter(r.values())) for r in results), "items": refused + results}).encode())

    def forward(self, method: str, target: str, body: bytes, headers: Any) -> tuple[int, dict[str, str], bytes]:
        up = self.upstream
        if up.scheme == "https":
            ctx = ssl.create_default_context(cafile=self.ca_certs or None)
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(up.hostname, up.port, context=ctx)
        else:
            conn = http.client.HTTPConnection(up.hostname, up.port)
        fwd = {k: v for k, v in headers.items() if k.lower() not in HOP_HEADERS}
        if self.auth:  # the client's credentials were the proxy's: swap in the upstream's
            fwd = {k: v for k, v in fwd.items() if k.lower() != "authorization"}
            if self.upstream_auth:
                fwd["Authorization"] = self.upstream_auth
        try:
            conn.request(method, target, body=body or None, headers=fwd)
            resp = conn.getresponse()
            data = resp.read()
            return resp.status, {k: v for k, v in resp.getheaders() if k.lower() not in HOP_HEADERS}, data
        finally:
            conn.close()


def _op(line: bytes) -> str:
    return next(iter(json.loads(line)))


def _meta(line: bytes) -> dict[str, Any]:
    return next(iter(json.loads(line).values()))


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _error(kind: str, reason: str) -> bytes:
    return json.dumps({"error": {"root_cause": [{"type": kind, "reason": reason}], "type": kind, "reason": reason},
                       "status": 0}).encode()


def _reply(req: BaseHTTPRequestHandler, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
    req.send_response(status)
    for key, value in (headers or ES_HEADERS).items():
        req.send_header(key, value)
    req.send_header("Content-Length", str(len(data)))
    req.end_headers()
    if req.command != "HEAD":
        req.wfile.write(data)
