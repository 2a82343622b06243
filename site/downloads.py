"""CSV and JSON downloads of every claim and document.

Deterministic bytes (fixed column order, fixed record order, no timestamps).
Text cells that a spreadsheet would run as a formula (=, +, -, @ first) are
prefixed with an apostrophe in the CSV; the JSON keeps values untouched.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from isletwatch.model import CLAIM_FIELDS

from .pages import ClaimView, SiteData

DOC_COLUMNS = ("doc_id", "title", "source", "kind", "published", "url", "page")
CSV_COLUMNS = ("claim_id", "claim_number", *DOC_COLUMNS, "group", *CLAIM_FIELDS, "hedged", "evidence",
               "evidence_text", "extractor_version")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Download:
    name: str
    description: str
    content: bytes

    @property
    def path(self) -> str:
        return f"downloads/{self.name}"

    @property
    def size(self) -> str:
        n = len(self.content)
        return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


def claim_record(c: ClaimView) -> dict[str, Any]:
    d = c.doc
    out: dict[str, Any] = {"claim_id": c.claim.id, "claim_number": c.number, "doc_id": d.doc.id, "title": d.title,
                           "source": d.doc.source, "kind": d.doc.kind, "published": d.doc.published,
                           "url": d.doc.url, "page": c.path, "group": c.group.id if c.group else None}
    out.update(c.claim.to_schema())
    out.update(evidence_text=c.evidence_text, extractor_version=c.claim.extractor_version)
    return out


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


def claims_csv(records: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow([_csv_cell(name, r.get(name)) for name in CSV_COLUMNS])
    return buf.getvalue().encode("utf-8")


def _json_lines(records: list[dict[str, Any]]) -> bytes:
    """A JSON array with one record per line: valid JSON that still diffs and greps well."""
    body = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records)
    return (f"[\n{body}\n]\n" if records else "[]\n").encode("utf-8")


def document_records(data: SiteData) -> list[dict[str, Any]]:
    out = []
    for d in data.docs:
        doc = d.doc
        out.append({"doc_id": doc.id, "title": doc.title, "source": doc.source, "kind": doc.kind,
                    "published": doc.published, "url": doc.url, "page": d.path, "fetched_at": doc.fetched_at,
                    "language": doc.language, "identifiers": dict(sorted(doc.identifiers.items())),
                    "facts": d.facts.to_schema(), "claims": [c.claim.id for c in d.claims],
                    "duplicates": [dup.url for dup in d.duplicates], "extractor_version": d.extractor_version,
                    "text": doc.text})
    return out


def build_downloads(data: SiteData) -> list[Download]:
    records = [claim_record(c) for c in data.claims]
    return [
        Download("claims.csv", "Every claim with its document, one row per claim (spreadsheet-friendly).",
                 claims_csv(records)),
        Download("claims.json", "The same claims as JSON, with evidence offsets as objects.", _json_lines(records)),
        Download("documents.json", "Every document: metadata, identifiers, extracted facts, claim ids and full text.",
                 _json_lines(document_records(data))),
    ]
