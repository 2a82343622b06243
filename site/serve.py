"""`isletwatch serve`: the built site over HTTP on loopback, so Pagefind search works.

The standard library's threading HTTP server; nothing is listened on beyond
127.0.0.1 unless a host is given explicitly.
"""
from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from isletwatch.errors import SiteError


class SiteHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm", ".pagefind": "application/octet-stream", ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream",
        ".pf_filter": "application/octet-stream", ".js": "text/javascript", ".json": "application/json",
        ".xml": "application/atom+xml", ".csv": "text/csv; charset=utf-8",
    }
    quiet = False

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's signature
        if not self.quiet:
            super().log_message(format, *args)


def make_server(directory: Path, port: int = 0, host: str = "127.0.0.1", quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `directory` (port 0 picks a free one: see `server.server_address`); not yet serving."""
    directory = Path(directory)
    if not (directory / "index.html").is_file():
        raise SiteError(f"{directory} holds no built site (no index.html); run 'isletwatch site' first")
    handler = type("Handler", (SiteHandler,), {"quiet": quiet})
    try:
        return ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(directory)))
    except OSError as exc:
        raise SiteError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another port with --port") from exc


def serve(directory: Path, port: int, host: str = "127.0.0.1") -> None:
    """Serve until Ctrl+C."""
    server = make_server(directory, port, host)
    bound_host, bound_port = server.server_address[:2]
    print(f"Serving {directory} at http://{bound_host}:{bound_port}/ (Ctrl+C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
