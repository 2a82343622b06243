"""`isletwatch serve`: the built site over HTTP on loopback, so the search index can be fetched.

The standard library's threading HTTP server; nothing is listened on beyond
127.0.0.1 unless a host is given explicitly. Text is sent with charset=utf-8
(without it a browser guesses and shows ’ · ≤ β as mojibake). Feeds go out as
application/xml rather than application/atom+xml: Chromium applies a feed's
XSLT stylesheet only to the generic XML type, and feed readers accept both.
A missing page gets the site's 404.html.
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
        ".bin": "application/octet-stream", ".js": "text/javascript; charset=utf-8",
        ".json": "application/json; charset=utf-8", ".xml": "application/xml; charset=utf-8",
        ".xsl": "text/xsl; charset=utf-8", ".csv": "text/csv; charset=utf-8", ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
    }
    quiet = False

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

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
