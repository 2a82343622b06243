"""CSV and JSON downloads of every claim and document, ready for a spreadsheet or pandas.

Deterministic bytes (fixed column order, fixed record order, no timestamps).
The CSV is UTF-8 with a byte-order mark, so Excel reads ’ · ≤ β correctly; each
date column has one ISO 8601 form (see dates.py). Text cells that a
spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an
apostrophe in the CSV; the JSON keeps values untouched. Every string was
cleaned when the site data was loaded (sanitize): bidi controls and NUL never
reach a file, and document texts keep their length, so evidence offsets still
point at the right characters.
datapackage.json (datapackage.py) describes every file, column and code.
"""
from __future__ import annotations

import csv
import io
import json
import os
from array import array
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, ContextManager, Iterable, Iterator

from isletwatch.model import CLAIM_FIELDS

from .dates import calendar_date, utc_datetime
from .pages import ClaimView, SiteData

DOC_COLUMNS = ("doc_id", "title", "outlet", "source", "kind", "role", "published", "published_precision",
               "found_at", "url", "page")
STORY_COLUMNS = ("story_id", "story", "primary_source_doc_id", "primary_source_title", "primary_source_url")
CSV_COLUMNS = ("claim_id", "claim_number", *DOC_COLUMNS, *STORY_COLUMNS, *CLAIM_FIELDS, "hedged", "confidence",
               "evidence", "evidence_text", "extractor_version")
BOM = "\ufeff"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Download:
    name: str
    description: str
    bytes: int

    @property
    def path(self) -> str:
        return f"downloads/{self.name}"

    @property
    def size(self) -> str:
        n = self.bytes
        return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


#: Opens a site-relative path for writing bytes (the builder's _Output.stream) and returns a context manager.
Opener = Callable[[str], ContextManager[BinaryIO]]


def _doc_columns(c_doc: Any) -> dict[str, Any]:
    doc = c_doc.doc
    published, precision = calendar_date(doc.published)
    return {"doc_id": doc.id, "title": c_doc.title, "outlet": c_doc.outlet, "source": doc.source, "kind": doc.kind,
            "role": "primary" if c_doc.primary else "report", "published": published or None,
            "published_precision": precision or None, "found_at": utc_datetime(doc.fetched_at) or None,
            "url": doc.url, "page": c_doc.path}


def claim_record(c: ClaimView, doc_columns: dict[str, Any] | None = None) -> dict[str, Any]:
    """One claim's row; `doc_columns` (its document's _doc_columns) saves computing them once per claim."""
    out: dict[str, Any] = {"claim_id": c.claim.id, "claim_number": c.number,
                           **(doc_columns if doc_columns is not None else _doc_columns(c.doc))}
    out["page"] = c.path
    story = c.story
    out.update(story_id=story.id if story else None, story=story.title if story else None,
               primary_source_doc_id=story.primary_doc_id if story else None,
               primary_source_title=story.primary_title if story else None,
               primary_source_url=story.primary_url if story else None)
    schema = c.claim.to_schema()
    schema.pop("x_confidence", None)
    out.update(schema)
    out.update(confidence=c.claim.confidence, evidence_text=c.evidence_text,
               extractor_version=c.claim.extractor_version)
    return out  # strings were cleaned when the site data was loaded (pages.load_site_data)


def _csv_cell(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "evidence":
        return ";".join(f"{s['start']}-{s['end']}" for s in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def _csv_row(r: dict[str, Any]) -> list[Any]:
    """[_csv_cell(name, r.get(name)) for name in CSV_COLUMNS], with the common cases (None, plain text, numbers)
    inline: a 300,000-claim download has twelve million cells."""
    row: list[Any] = []
    for name in CSV_COLUMNS:
        value = r.get(name)
        kind = type(value)
        if value is None:
            row.append("")
        elif kind is str:
            row.append("'" + value if value.startswith(_FORMULA) else value)
        elif kind is int or kind is float:
            row.append(value)
        else:
            row.append(_csv_cell(name, value))
    return row


def _write_csv(f: BinaryIO, records: Iterable[dict[str, Any]]) -> None:
    text = io.TextIOWrapper(f, encoding="utf-8", newline="", write_through=False)
    text.write(BOM)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow([_csv_cell(name, r.get(name)) for name in CSV_COLUMNS])
    text.flush()
    text.detach()


def _write_json_lines(f: BinaryIO, records: Iterable[dict[str, Any]]) -> None:
    """A JSON array with one record per line: valid JSON that still diffs and greps well."""
    first = True
    for r in records:
        f.write(b"[\n" if first else b",\n")
        f.write(json.dumps(r, ensure_ascii=False).encode("utf-8"))
        first = False
    f.write(b"[]\n" if first else b"\n]\n")


def document_records(data: SiteData) -> Iterable[dict[str, Any]]:
    for d, text in data.texts(data.docs):
        yield document_record(d, _doc_columns(d), text)


def document_record(d: Any, doc_columns: dict[str, Any], text: str) -> dict[str, Any]:
    doc = d.doc
    record = {**doc_columns, "language": doc.language,
              "identifiers": dict(sorted(doc.identifiers.items())), "facts": d.facts.to_schema(),
              "claims": [c.claim.id for c in d.claims], "duplicates": [dup.url for dup in d.duplicates],
              "extractor_version": d.extractor_version}
    record["text"] = text  # cleaned at load with the same length: evidence offsets stay valid
    return record


FILES = (
    ("claims.csv", "Every claim with its document, one row per claim (UTF-8 with BOM, for spreadsheets).",
     lambda data, f: _write_csv(f, (claim_record(c) for c in data.claims))),
    ("claims.json", "The same claims as JSON, with evidence offsets as objects.",
     lambda data, f: _write_json_lines(f, (claim_record(c) for c in data.claims))),
    ("documents.json", "Every document: metadata, identifiers, extracted facts, claim ids and full text.",
     lambda data, f: _write_json_lines(f, document_records(data))),
)


#: Bump when what a record holds changes, so no build copies a document's bytes from an older layout.
FRAGMENTS_VERSION = "1"


class FragmentIndex:
    """Where each document's bytes went in one download: (key, offset, length) rows, kept as a list of the keys
    (the build's own strings) and two integer arrays.

    Why: as small lists the rows cost ~150 bytes each, and a 100,000-document build makes 300,000 of them (with
    their JSON on top, ~70 MB) in the parent while a worker indexes: that set the build's peak memory. These
    cost ~24 bytes a row, and `Fragments.save` writes them out a row at a time."""

    __slots__ = ("keys", "offsets", "lengths")

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.offsets, self.lengths = array("q"), array("q")

    def append(self, key: str, offset: int, length: int) -> None:
        self.keys.append(key)
        self.offsets.append(offset)
        self.lengths.append(length)

    def json_rows(self) -> Iterator[str]:
        """The rows as json.dumps writes [key, offset, length] with separators (",", ":"), one string each."""
        dumps = json.dumps
        for key, offset, length in zip(self.keys, self.offsets, self.lengths):
            yield f"[{dumps(key)},{offset},{length}]"


class Fragments:
    """Where each document's bytes sit in the download files a build wrote, so the next build copies them.

    Why: a new document changes every download, yet all the other documents' rows are the same bytes; copying
    them from the previous file is far cheaper than making 300,000 records again. A document's bytes are found
    by its content key (builder._content_key: everything its rows show), recorded in `path` (JSON, beside the
    manifest) with the size of each file, so a file changed since is never copied from.
    """

    def __init__(self, root: Path, path: Path) -> None:
        self.root, self.path = root, path
        self.old: dict[str, dict[str, tuple[int, int]]] = {}
        self.new: dict[str, FragmentIndex] = {}
        try:
            index = json.loads(path.read_text(encoding="utf-8"))
            if index.get("version") == FRAGMENTS_VERSION + "|" + ",".join(CSV_COLUMNS):
                for name, entry in index["files"].items():
                    if (root / "downloads" / name).stat().st_size == entry["size"]:
                        self.old[name] = {key: (offset, length) for key, offset, length in entry["index"]}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.old = {}

    def save(self, sizes: dict[str, int] | None = None, path: Path | None = None) -> None:
        """Write the index of the files written (`sizes`: their sizes, when they are not yet in place; `path`: where
        to write it, when not `self.path`)."""
        files: list[tuple[str, int, FragmentIndex]] = []
        for name, index in self.new.items():
            try:
                size = sizes[name] if sizes is not None else (self.root / "downloads" / name).stat().st_size
                files.append((name, size, index))
            except (OSError, KeyError):
                continue
        # what json.dumps({"version": …, "files": {name: {"size": …, "index": rows}}}, separators=(",", ":")) writes,
        # streamed: the whole text at once was ~15 MB more at the build's peak
        with open(path or self.path, "w", encoding="utf-8") as f:
            f.write('{"version":' + json.dumps(FRAGMENTS_VERSION + "|" + ",".join(CSV_COLUMNS)) + ',"files":{')
            for number, (name, size, index) in enumerate(files):
                f.write(("," if number else "") + json.dumps(name) + ':{"size":' + json.dumps(size) + ',"index":[')
                rows = index.json_rows()
                first = next(rows, None)
                if first is not None:
                    f.write(first)
                    for row in rows:
                        f.write("," + row)
                f.write("]}")
            f.write("}}")
        # written: the indexes (300,000 rows at 100,000 documents) are not kept for the rest of the build
        self.old, self.new = {}, {}


class _Sink:
    """One download being written: its bytes so far, where each document's bytes went, and the old file to copy
    from (when the previous build left an index of it)."""

    def __init__(self, name: str, f: BinaryIO, fragments: Fragments | None) -> None:
        self.name, self.f, self.position = name, f, 0
        self.old = fragments.old.get(name, {}) if fragments else {}
        self.index = fragments.new.setdefault(name, FragmentIndex()) if fragments else FragmentIndex()
        self.source = None
        if self.old and fragments is not None:
            self.source = open(fragments.root / "downloads" / name, "rb")  # noqa: SIM115 - closed in close()
        self.first = True  # JSON: no record written yet

    def write(self, data: bytes) -> None:
        self.f.write(data)
        self.position += len(data)

    def copy(self, key: str | None) -> bytes | None:
        where = self.old.get(key) if key is not None else None
        if where is None or self.source is None:
            return None
        self.source.seek(where[0])
        data = self.source.read(where[1])
        return data if len(data) == where[1] else None

    def put(self, key: str | None, data: bytes, json_lines: bool = False) -> None:
        """A document's bytes; JSON records start with ',\\n' (the first one in a file with '[\\n')."""
        if json_lines and data:
            data = (b"[\n" if self.first else b",\n") + data[2:]
            self.first = False
        if key is not None and data:
            self.index.append(key, self.position, len(data))
        self.write(data)

    def close(self) -> None:
        if self.source is not None:
            self.source.close()


def write_downloads(data: SiteData, names: Iterable[str], open_file: Opener,
                    keys: dict[str, str] | None = None, fragments: Fragments | None = None) -> None:
    """Stream the downloads `names` (of FILES) in one pass over the documents: each document's columns and each
    claim's record are made once for all the files (three passes took three times as long). With `keys`
    (document id → content key) and `fragments`, a document whose bytes the previous build wrote is copied from
    the old file instead (an incremental build rewrites 300,000 rows in a second, not fifteen)."""
    wanted = set(names)
    names = [n for n, _, _ in FILES if n in wanted]
    if not names:
        return
    with ExitStack() as stack:
        sinks = {}
        for name in names:
            sink = _Sink(name, stack.enter_context(open_file(f"downloads/{name}")), fragments)
            stack.callback(sink.close)
            sinks[name] = sink
        csv_sink, claims_sink, docs_sink = (sinks.get(n) for n in ("claims.csv", "claims.json", "documents.json"))
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if csv_sink is not None:
            writer.writerow(CSV_COLUMNS)
            csv_sink.write((BOM + buffer.getvalue()).encode("utf-8"))
        key_of = (lambda d: keys.get(d.doc.id)) if keys is not None else (lambda d: None)
        # documents.json needs each whole text, read only for the documents whose bytes are not copied
        missing = {id(d) for d in data.docs if docs_sink is not None and docs_sink.old.get(key_of(d)) is None}
        texts = iter(data.texts(d for d in data.docs if id(d) in missing))
        for d in data.docs:
            key = key_of(d)
            columns: dict[str, Any] | None = None
            records: list[dict[str, Any]] | None = None
            for sink in (csv_sink, claims_sink):
                if sink is None:
                    continue
                chunk = (sink.copy(key) if d.claims else b"")
                if chunk is None:
                    if records is None:
                        columns = columns or _doc_columns(d)
                        records = [claim_record(c, columns) for c in d.claims]
                    if sink is csv_sink:
                        buffer.seek(0)
                        buffer.truncate()
                        for r in records:
                            writer.writerow(_csv_row(r))
                        chunk = buffer.getvalue().encode("utf-8")
                    else:
                        chunk = b"".join(b",\n" + json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records)
                sink.put(key, chunk, json_lines=sink is claims_sink)
            if docs_sink is not None:
                chunk = None if id(d) in missing else docs_sink.copy(key)
                if chunk is None:
                    if id(d) in missing:
                        _, whole_text = next(texts)
                    else:  # the old file let us down (cut short): read this one text now
                        _, whole_text = next(iter(data.texts([d])))
                    chunk = b",\n" + json.dumps(document_record(d, columns or _doc_columns(d), whole_text),
                                                 ensure_ascii=False).encode("utf-8")
                docs_sink.put(key, chunk, json_lines=True)
        for sink in (claims_sink, docs_sink):
            if sink is not None:
                sink.write(b"[]\n" if sink.first else b"\n]\n")
    if fragments is not None:
        fragments.save()


def write_download(data: SiteData, name: str, open_file: Opener) -> Download:
    """Stream one download (FILES' `name`) to its file, never holding it in memory; one per call, so a build
    writes the three files in parallel."""
    description, write = next((text, fn) for file, text, fn in FILES if file == name)
    with open_file(f"downloads/{name}") as f:
        write(data, f)
        size = f.tell()
    return Download(name, description, size)


def changed_chunks(views: Iterable[Any]) -> dict[str, dict[str, bytes]]:
    """File name → document id → that document's bytes in the file, made as `write_downloads` makes them (JSON
    records start with ',\\n'; a document without claims has no bytes in the claim files). The page models
    must hold their whole texts (read from the store)."""
    out: dict[str, dict[str, bytes]] = {name: {} for name, _, _ in FILES}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for d in views:
        columns = _doc_columns(d)
        records = [claim_record(c, columns) for c in d.claims]
        buffer.seek(0)
        buffer.truncate()
        for r in records:
            writer.writerow(_csv_row(r))
        out["claims.csv"][d.doc.id] = buffer.getvalue().encode("utf-8")
        out["claims.json"][d.doc.id] = b"".join(b",\n" + json.dumps(r, ensure_ascii=False).encode("utf-8")
                                                for r in records)
        out["documents.json"][d.doc.id] = b",\n" + json.dumps(document_record(d, columns, d.doc.text),
                                                               ensure_ascii=False).encode("utf-8")
    return out


class SplicePlan:
    """The downloads of a rebuild made from the last build's files: each unchanged document's bytes copied from
    where the last build put them (Fragments), in long runs, and the changed documents' bytes put in between.

    Why: after one new document every download changes, but only by that document's rows; rewriting 300,000
    rows (or even copying them through Python a document at a time) takes seconds, while copying the runs
    between changes is done by the kernel (os.copy_file_range). The bytes are those `write_downloads` writes.
    """

    def __init__(self, fragments: Fragments, order: list[tuple[str, str, bool]], changed: set[str]) -> None:
        """`order`: (document id, content key, has claims) in the site's order; `changed`: ids made anew."""
        self.fragments, self.order, self.changed = fragments, order, changed
        self.possible = all(name in fragments.old for name, _, _ in FILES) and all(
            key in fragments.old["documents.json"] and (not claims or (key in fragments.old["claims.csv"]
                                                                      and key in fragments.old["claims.json"]))
            for doc_id, key, claims in order if doc_id not in changed)

    def write_file(self, out_dir: Path, name: str, chunks: dict[str, bytes], move: bool = True) -> int:
        """Write one file (to a temporary file moved in place; `move=False`: left at splice_tmp(path) for the
        caller to move) from the old one and `chunks` (document id → its bytes, for the changed documents); its
        size. Files are independent: a build writes the three at once."""
        if name == "claims.csv":
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\r\n").writerow(CSV_COLUMNS)
            head = (BOM + buffer.getvalue()).encode("utf-8")
        else:
            head = b""
        json_lines = name.endswith(".json")
        old = self.fragments.old[name]
        pieces: list[Any] = [head]  # bytes, or [start, end] of the old file
        index = FragmentIndex()
        position, first = len(head), True
        for doc_id, key, claims in self.order:
            if doc_id in chunks:
                data = chunks[doc_id]
                if not data:
                    continue
                if json_lines:
                    data = (b"[\n" if first else b",\n") + data[2:]
                    first = False
                pieces.append(data)
                index.append(key, position, len(data))
                position += len(data)
                continue
            if name != "documents.json" and not claims:
                continue
            start, length = old[key]
            if json_lines and (start == 0) != first:  # the record moves to or from the head: its first two bytes
                pieces.append(b"[\n" if first else b",\n")
                _extend(pieces, start + 2, start + length)
            else:
                _extend(pieces, start, start + length)
            first = False
            index.append(key, position, length)
            position += length
        if json_lines:
            pieces.append(b"[]\n" if first else b"\n]\n")
        size = _write_pieces(out_dir / "downloads" / name, pieces, move)
        self.fragments.new[name] = index
        return size

    def save(self) -> None:
        """The new index of the three files, for the next build (after write_file of each)."""
        self.fragments.save()


def _extend(pieces: list[Any], start: int, end: int) -> None:
    """Add a run of the old file, joined to the previous run when they touch (one copy instead of thousands)."""
    last = pieces[-1] if pieces else None
    if isinstance(last, list) and last[1] == start:
        last[1] = end
    else:
        pieces.append([start, end])


def splice_tmp(path: Path) -> Path:
    """Where a spliced download is written before it is moved in place."""
    return path.with_name(f".{path.name}.splice")


def _write_pieces(path: Path, pieces: list[Any], move: bool = True) -> int:
    tmp = splice_tmp(path)
    src = os.open(path, os.O_RDONLY)
    dst = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    size = 0
    try:
        for piece in pieces:
            if isinstance(piece, bytes):
                view = memoryview(piece)
                while view:
                    view = view[os.write(dst, view):]
                size += len(piece)
                continue
            start, end = piece
            while start < end:
                try:
                    copied = os.copy_file_range(src, dst, end - start, start)
                except OSError:  # another file system, or none: copy through this process
                    copied = os.write(dst, os.pread(src, min(end - start, 1 << 24), start))
                if copied <= 0:
                    raise OSError(f"{path} is shorter than its index says")
                start += copied
                size += copied
    finally:
        os.close(src)
        os.close(dst)
    if move:
        os.replace(tmp, path)
    return size
