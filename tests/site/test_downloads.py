"""Downloads as an analyst opens them: pandas-free checks of one ISO form per date column, the BOM, the story and
outlet columns, and the data package validated by the Frictionless reference implementation."""
from __future__ import annotations

import csv
import io
import json
import re

from frictionless import Package

from isletwatch.site.downloads import CSV_COLUMNS
from isletwatch.site.datapackage import _DESCRIPTIONS

DATE = re.compile(r"\d{4}-\d\d-\d\d$")
DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def claims(out):
    raw = (out / "downloads" / "claims.csv").read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_each_date_column_has_one_iso_form(built_site):
    out, _ = built_site
    rows = claims(out)
    assert all(DATE.match(r["published"]) for r in rows if r["published"])
    assert all(r["published_precision"] in ("day", "month", "year") for r in rows if r["published"])
    assert all(DATETIME.match(r["found_at"]) for r in rows)
    docs = json.loads((out / "downloads" / "documents.json").read_text(encoding="utf-8"))
    assert all(DATETIME.match(d["found_at"]) and (d["published"] is None or DATE.match(d["published"])) for d in docs)


def test_outlet_role_and_story_columns(built_site):
    out, _ = built_site
    rows = claims(out)
    assert {"outlet", "role", "story_id", "primary_source_doc_id", "primary_source_title"} <= set(rows[0])
    assert all(r["outlet"] and r["outlet"] == r["outlet"].strip() for r in rows)
    assert {r["role"] for r in rows} == {"primary", "report"}
    pubmed = next(r for r in rows if r["source"] == "pubmed")
    assert pubmed["outlet"] == "PubMed"  # no journal in its metadata: the database's name, never a code


def test_the_data_package_describes_every_column_and_validates(built_site):
    out, _ = built_site
    descriptor = json.loads((out / "downloads" / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["path"] for r in descriptor["resources"]]
    assert names == ["claims.csv", "claims.json", "documents.json"]
    fields = descriptor["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(CSV_COLUMNS)
    assert all(f["description"] for f in fields) and set(_DESCRIPTIONS) >= set(CSV_COLUMNS)
    outcome = next(f for f in fields if f["name"] == "outcome")
    assert {"value": "insulin_independence", "label": "Insulin independence"} in outcome["categories"]
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0" and "citation" in descriptor
    package = Package(str(out / "downloads" / "datapackage.json"))
    report = package.resources[0].validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
