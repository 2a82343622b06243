"""A local HTTP server that replays recorded responses, so crawls run offline.

Tests and the demo point the spiders at it instead of the real sources: every
response comes from a recording in the source's exact format, so a parser
that passes here parses the real thing. The recording format is described in
crawlers/REPLAY.md; in short, `*.jsonl` manifests list exchanges
(url → status, headers, body or body_file, or a sequence of responses).

The server answers `http://HOST:PORT/<original host>/<path>?<query>`. A
request matches a recording when host and path are equal and every query
parameter of the recorded URL is present with the same value (extra request
parameters are fine, so date windows and API keys do not break replay); the
recording with most parameters wins, ties go to the first in manifest order.
No match gives a 404 naming the request, kept in `.misses`.

    python -m isletwatch.crawlers.replay DIR [DIR ...] --port 8765
"""
from __future__ import annotations

import argparse
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import parse_qsl, urlsplit

logger = logging.getLogger(__name__)

#: What the server says at its own root: replayed paths are never its own robots.txt.
SERVER_ROBOTS = b"User-agent: *\nAllow: /\n"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0


@dataclass
class Exchange:
    """One recorded request and the response(s) it gets, in order; the last one repeats."""

    method: str
    host: str
    path: str
    params: list[tuple[str, str]]
    replies: list[Reply]
    order: int
    served: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def next_reply(self) -> Reply:
        with self.lock:
            reply = self.replies[min(self.served, len(self.replies) - 1)]
            self.served += 1
        return reply


@dataclass
class Hit:
    """What the server saw and answered, for tests to assert on."""

    method: str
    url: str
    status: int
    at: float
    headers: dict[str, str] = field(default_factory=dict)


class ManifestError(ValueError):
    """A manifest line cannot be replayed; the message names the file and line."""


def load_exchanges(dirs: Iterable[Path]) -> list[Exchange]:
    """Read every `*.jsonl` under the directories, in sorted order, into exchanges."""
    exchanges: list[Exchange] = []
    for root in dirs:
        root = Path(root)
        if not root.is_dir():
            raise ManifestError(f"replay directory {root} does not exist")
        for manifest in sorted(root.rglob("*.jsonl")):
            for lineno, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = f"{manifest}:{lineno}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ManifestError(f"{where}: not JSON ({exc})") from exc
                exchanges.append(_exchange(record, manifest.parent, len(exchanges), where))
    return exchanges


def _exchange(record: Any, base: Path, order: int, where: str) -> Exchange:
    if not isinstance(record, dict) or not isinstance(record.get("url"), str):
        raise ManifestError(f"{where}: each line needs a 'url'")
    parts = urlsplit(record["url"])
    if not parts.netloc:
        raise ManifestError(f"{where}: url {record['url']!r} has no host")
    raw = record.get("responses") or [record]
    replies = [_reply(r, base, where) for r in raw]
    return Exchange(method=str(record.get("method") or "GET").upper(), host=parts.netloc.lower(),
                    path=parts.path or "/", params=parse_qsl(parts.query, keep_blank_values=True),
                    replies=replies, order=order)


def _reply(data: dict[str, Any], base: Path, where: str) -> Reply:
    if "body_file" in data:
        path = base / data["body_file"]
        if not path.is_file():
            raise ManifestError(f"{where}: body_file {path} does not exist")
        body = path.read_bytes()
    else:
        body = str(data.get("body") or "").encode("utf-8")
    headers = {str(k): str(v) for k, v in (data.get("headers") or {}).items()}
    return Reply(status=int(data.get("status", 200)), headers=headers, body=body,
                 delay=float(data.get("delay") or 0))


class ReplayServer:
    """Threaded loopback server over recorded exchanges; a context manager for tests."""

    def __init__(self, dirs: list[Path], host: str = "127.0.0.1", port: int = 0) -> None:
        self.exchanges = load_exchanges(dirs)
        self.host, self.port = host, port
        self.hits: list[Hit] = []
        self.misses: list[str] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> str:
        handler = type("Handler", (_Handler,), {"replay": self})
        self._httpd = ThreadingHTTPServer((self.host, self.port), handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay-server", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "ReplayServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def match(self, method: str, host: str, path: str, query: str) -> Exchange | None:
        """The recording for a request: equal host and path, recorded params ⊆ request params."""
        asked = set(parse_qsl(query, keep_blank_values=True))
        best: Exchange | None = None
        for ex in self.exchanges:
            if ex.method != method or ex.host != host.lower() or ex.path != path:
                continue
            if all(p in asked for p in ex.params) and (best is None or len(ex.params) > len(best.params)):
                best = ex
        return best

    def hits_for(self, fragment: str) -> list[Hit]:
        return [h for h in self.hits if fragment in h.url]


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._serve("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._serve("POST")

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        segments = parts.path.lstrip("/").split("/", 1)
        host, path = segments[0], "/" + (segments[1] if len(segments) > 1 else "")
        if parts.path == "/robots.txt":  # the server's own, asked for its routed URLs
            self._send(Reply(200, {"Content-Type": "text/plain"}, SERVER_ROBOTS), method, "replay:/robots.txt")
            return
        original = f"https://{host}{path}" + (f"?{parts.query}" if parts.query else "")
        exchange = self.replay.match(method, host, path, parts.query)
        if exchange is None:
            self.replay.misses.append(f"{method} {original}")
            body = f"no recording for {method} {original}\n".encode()
            self._send(Reply(404, {"Content-Type": "text/plain; charset=utf-8"}, body), method, original)
            return
        reply = exchange.next_reply()
        self._send(reply, method, original)

    def _send(self, reply: Reply, method: str, original: str) -> None:
        self.replay.hits.append(Hit(method, original, reply.status, time.monotonic(), dict(self.headers)))
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            lower = {k.lower() for k in reply.headers}
            for name, value in reply.headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            if "content-type" not in lower:
                self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to answer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (base class signature)
        logger.debug("replay: " + format, *args)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m isletwatch.crawlers.replay",
                                     description="Replay recorded HTTP exchanges on a local port.")
    parser.add_argument("dirs", nargs="+", type=Path, help="replay directories holding *.jsonl manifests")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        server = ReplayServer(args.dirs, args.host, args.port)
    except ManifestError as exc:
        parser.exit(2, f"error: {exc}\n")
    url = server.start()
    print(f"replaying {len(server.exchanges)} exchanges on {url} "
          f"(crawl with ISLETWATCH_CRAWL__REPLAY={url}); Ctrl-C stops")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
        print(f"served {len(server.hits)} requests, {len(server.misses)} without a recording")


if __name__ == "__main__":
    main()
