"""The raw archive: every response a crawl fetched, as WARC files (warcio), so the store can be rebuilt.

After a parser fix, `isletwatch crawl --reparse` reads the archive instead of
the sources: each archived response goes back to the spider callback that
read it the first time, with the same request context, and its items take
the same pipelines into the store, without one request to a source.

Layout: one gzipped WARC file per spider per crawl,
`<ARCHIVE_DIR>/<UTC start time>-<spider>.warc.gz`, so file names sort in
crawl order. Each exchange is a WARC `response` record (the HTTP status,
headers and body as received, before decompression, so nothing is lost)
and its `request` record. The response record also carries what a reparse
needs, as WARC extension fields:

    IsletWatch-Spider: pubmed
    IsletWatch-Callback: parse_fetch
    IsletWatch-Context: {"listing": true, ...}   (the spider's request meta, JSON)

A `metadata` record at the end of a file holds the watermark the crawl
moved to, so a store rebuilt from the archive alone starts the next crawl
where the last one stopped.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

SPIDER, CALLBACK, CONTEXT = "IsletWatch-Spider", "IsletWatch-Callback", "IsletWatch-Context"
#: request meta key listing the keys of the spider's own request context (set by IsletSpider.get)
CONTEXT_KEYS = "isletwatch_context"
#: hop-by-hop framing already undone by the HTTP client: archived as is, it would misframe the body
_FRAMING = {b"transfer-encoding", b"content-length", b"connection", b"keep-alive"}


@dataclass
class ArchivedResponse:
    """One archived response, with where to find it again and what the spider needs to read it."""

    path: str
    offset: int
    url: str
    status: int
    spider: str
    callback: str
    context: dict[str, Any]


class ArchiveError(Exception):
    """An archive file cannot be read; the message names the file."""


def archive_path(directory: str | Path, spider: str, started: datetime | None = None) -> Path:
    """Where this crawl of `spider` writes: a new file whose name sorts after every earlier crawl's."""
    stamp = (started or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")
    return Path(directory) / f"{stamp}-{spider}.warc.gz"


class ArchiveWriter:
    """Appends a crawl's exchanges to its WARC file, opened on the first one (a crawl that fetched nothing leaves none)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        self.records = 0

    def _open(self) -> WARCWriter:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "ab")
            self._writer = WARCWriter(self._file, gzip=True)
        return self._writer

    def write_exchange(self, *, url: str, method: str, request_headers: list[tuple[str, str]], status: int,
                       reason: str, headers: list[tuple[bytes, bytes]], body: bytes, spider: str,
                       callback: str | None, context: dict[str, Any]) -> None:
        writer = self._open()
        kept = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers if k.lower() not in _FRAMING]
        kept.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
        fields = {SPIDER: spider, CONTEXT: json.dumps(context, default=str, separators=(",", ":"))}
        if callback:
            fields[CALLBACK] = callback
        response = writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                             http_headers=http, warc_headers_dict=fields)
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req_http = StatusAndHeaders(f"{method} /{path} HTTP/1.1", request_headers, is_http_request=True)
        request = writer.create_warc_record(url, "request", payload=BytesIO(b""), length=0, http_headers=req_http)
        writer.write_request_response_pair(request, response)
        self.records += 1

    def write_state(self, spider: str, state: dict[str, str]) -> None:
        """A metadata record with crawl state (the moved watermark) for a rebuild to restore."""
        if not state:
            return
        body = json.dumps(state, separators=(",", ":")).encode("utf-8")
        record = self._open().create_warc_record(f"urn:isletwatch:state:{spider}", "metadata",
                                                 payload=BytesIO(body), length=len(body),
                                                 warc_content_type="application/json",
                                                 warc_headers_dict={SPIDER: spider})
        self._open().write_record(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file, self._writer = None, None


def archive_files(directory: str | Path, spider: str) -> list[Path]:
    """The spider's archive files, oldest crawl first."""
    root = Path(directory)
    return sorted(root.glob(f"*-{spider}.warc.gz")) if root.is_dir() else []


def read_responses(path: Path) -> Iterator[ArchivedResponse]:
    """The archived responses of one file, in the order they were fetched."""
    try:
        with open(path, "rb") as f:
            iterator = ArchiveIterator(f)
            for record in iterator:
                if record.rec_type is None:
                    raise ArchiveError(f"{path} has an unreadable record at offset {iterator.get_record_offset()}; "
                                       "the records after it are not reparsed")
                if record.rec_type != "response" or not record.rec_headers.get_header(SPIDER):
                    continue
                headers = record.rec_headers
                try:
                    context = json.loads(headers.get_header(CONTEXT) or "{}")
                except ValueError as exc:
                    raise ArchiveError(f"{path}: unreadable {CONTEXT} at offset {iterator.get_record_offset()} "
                                       f"({exc})") from exc
                yield ArchivedResponse(str(path), iterator.get_record_offset(), headers.get_header("WARC-Target-URI"),
                                       int(record.http_headers.get_statuscode() or 0), headers.get_header(SPIDER),
                                       headers.get_header(CALLBACK) or "", context)
    except (ArchiveLoadFailed, OSError, EOFError) as exc:
        raise ArchiveError(f"{path} is not a readable WARC file ({exc}); move it out of the archive folder") from exc


def read_state(path: Path) -> dict[str, str]:
    """The crawl state a file's metadata records hold (later records win)."""
    state: dict[str, str] = {}
    try:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "metadata" and record.rec_headers.get_header(SPIDER):
                    state.update(json.loads(record.content_stream().read().decode("utf-8")))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        raise ArchiveError(f"{path}: its crawl state cannot be read ({exc})") from exc
    return state


def load_exchange(path: str, offset: int) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and body (as received) of the response record at `offset` in `path`.

    A body shorter than the length archived with it (a file cut off by a crash) is an ArchiveError.
    """
    with open(path, "rb") as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)))
        body = record.raw_stream.read()
        expected = record.http_headers.get_header("Content-Length")
        if expected and expected.isdigit() and int(expected) != len(body):
            raise ArchiveError(f"{path}: the response at offset {offset} is cut short ({len(body)} of {expected} "
                               "bytes); it is not reparsed")
        return int(record.http_headers.get_statuscode()), list(record.http_headers.headers), body
