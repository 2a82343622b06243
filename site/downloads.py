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
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, ContextManager, Iterable

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


def write_downloads(data: SiteData, names: Iterable[str], open_file: Opener) -> None:
    """Stream the downloads `names` (of FILES) in one pass over the documents: each document's columns and each
    claim's record are made once for all the files (three passes took three times as long)."""
    names = [n for n, _, _ in FILES if n in set(names)]
    if not names:
        return
    with ExitStack() as stack:
        files = {n: stack.enter_context(open_file(f"downloads/{n}")) for n in names}
        csv_file, claims_json, docs_json = files.get("claims.csv"), files.get("claims.json"), files.get("documents.json")
        text = writer = None
        if csv_file is not None:
            text = io.TextIOWrapper(csv_file, encoding="utf-8", newline="", write_through=False)
            text.write(BOM)
            writer = csv.writer(text, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
        first = {"claims.json": True, "documents.json": True}

        def line(f: BinaryIO, name: str, record: dict[str, Any]) -> None:
            f.write(b"[\n" if first[name] else b",\n")
            f.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
            first[name] = False

        texts = data.texts(data.docs) if docs_json is not None else ((d, "") for d in data.docs)
        for d, whole_text in texts:
            columns = _doc_columns(d)
            if writer is not None or claims_json is not None:
                for c in d.claims:
                    r = claim_record(c, columns)
                    if writer is not None:
                        writer.writerow(_csv_row(r))
                    if claims_json is not None:
                        line(claims_json, "claims.json", r)
            if docs_json is not None:
                line(docs_json, "documents.json", document_record(d, columns, whole_text))
        if text is not None:
            text.flush()
            text.detach()
        for name, f in (("claims.json", claims_json), ("documents.json", docs_json)):
            if f is not None:
                f.write(b"[]\n" if first[name] else b"\n]\n")


def write_download(data: SiteData, name: str, open_file: Opener) -> Download:
    """Stream one download (FILES' `name`) to its file, never holding it in memory; one per call, so a build
    writes the three files in parallel."""
    description, write = next((text, fn) for file, text, fn in FILES if file == name)
    with open_file(f"downloads/{name}") as f:
        write(data, f)
        size = f.tell()
    return Download(name, description, size)
