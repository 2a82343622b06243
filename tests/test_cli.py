"""The CLI as a user meets it: a real subprocess, real files, real exit codes."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from isletwatch.index import SqliteStore
from isletwatch.model import Claim, DocFacts, Document, Extraction


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "isletwatch.cli", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=120)


def assert_one_line_error(proc: subprocess.CompletedProcess, fragment: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and fragment in lines[0], proc.stderr


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "isletwatch.db"
    store = SqliteStore(path)
    a = Document(source="pubmed", kind="abstract", url="https://pubmed.ncbi.nlm.nih.gov/1/", identifiers={"pmid": "1"},
                 title="Insulin independence after stem cell-derived islets",
                 text="Ten of twelve patients with type 1 diabetes no longer needed insulin at one year.",
                 published="2025-06-20")
    b = Document(source="news", kind="news", url="https://news.example/x", title="A <b>cure</b>?",
                 text="Headlines said insulin was a thing of the past.", published="2025-06-22")
    store.upsert_documents([a, b])
    store.replace_extraction(Extraction(a.id, "t", a.content_hash, DocFacts(),
                                        [Claim(diabetes_type="T1D", outcome="insulin_independence", n_patients=12,
                                               n_with_outcome=10, follow_up_days=365)]))
    store.close()
    return tmp_path


def test_search_json_has_hits_highlights_and_facets(populated: Path) -> None:
    proc = run("search", "insulin", "--json", cwd=populated)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["total"] == 2
    assert {"id", "title", "url", "source", "kind", "published", "highlight", "claims"} <= set(data["hits"][0])
    assert all("<mark>" in h["highlight"] for h in data["hits"])
    assert data["facets"]["outcome"] == {"insulin_independence": 1}
    assert "documents match" in proc.stderr  # the one-line summary stays off stdout

    filtered = json.loads(run("search", "insulin", "--filter", "outcome=insulin_independence", "--json",
                              cwd=populated).stdout)
    assert filtered["total"] == 1 and filtered["hits"][0]["claims"][0]["n_with_outcome"] == 10


def test_search_text_output_escapes_markup(populated: Path) -> None:
    proc = run("search", "cure", cwd=populated)
    assert proc.returncode == 0 and "A <b>cure</b>?" in proc.stdout


def test_bad_filter_is_a_usage_error(populated: Path) -> None:
    proc = run("search", "x", "--filter", "colour=red", cwd=populated)
    assert proc.returncode == 2 and "unknown filter field" in proc.stderr and "Traceback" not in proc.stderr


def test_stats_json_shape(populated: Path) -> None:
    proc = run("stats", "--json", cwd=populated)
    data = json.loads(proc.stdout)
    assert data["documents"] == 2 and data["claims"] == 1
    assert data["by_source"] == {"news": 1, "pubmed": 1} and data["by_kind"] == {"abstract": 1, "news": 1}


def test_store_flag_after_the_command(populated: Path, tmp_path: Path) -> None:
    proc = run("stats", "--json", "--store", str(tmp_path / "elsewhere.db"), cwd=populated)
    assert json.loads(proc.stdout)["documents"] == 0


def test_corrupt_database_gives_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.db").write_bytes(b"\x00garbage" * 512)
    assert_one_line_error(run("stats", "--store", "bad.db", cwd=tmp_path), "damaged or not a database")


def test_foreign_database_gives_one_line(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE t (x)")
    assert_one_line_error(run("search", "x", "--store", "other.db", cwd=tmp_path), "another program")


def test_unwritable_data_directory_gives_one_line(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data directory should be")
    assert_one_line_error(run("stats", cwd=tmp_path), "cannot create the data directory")


def test_wrong_config_type_gives_one_line(tmp_path: Path) -> None:
    (tmp_path / "isletwatch.toml").write_text("[extract]\nbatch_size = 'lots'\n")
    proc = run("stats", cwd=tmp_path)
    assert_one_line_error(proc, "extract.batch_size must be a whole number")
    assert proc.returncode == 2


def test_serve_without_a_site_says_what_to_do(tmp_path: Path) -> None:
    assert_one_line_error(run("serve", "--dir", "nothing-here", cwd=tmp_path), "isletwatch site")


def test_missing_model_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "A woman is off insulin."}\n')
    proc = run("extract", "--model", "no_such_pipeline", "--jsonl", "in.jsonl", "--out", "out.jsonl", cwd=tmp_path)
    assert_one_line_error(proc, "make model")
    assert not (tmp_path / "out.jsonl").exists()


def test_extract_jsonl_writes_schema_records(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({
        "id": "x1", "kind": "news", "title": "Woman off insulin a year after stem cell islets", "gold": {},
        "text": "Woman off insulin a year after stem cell islets\n\nA 25-year-old woman with type 1 diabetes has "
                "not needed insulin for a year after a transplant of islets made from her own stem cells."}) + "\n")
    proc = run("extract", "--model", "blank", "--jsonl", "in.jsonl", "--out", "out.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert record["id"] == "x1" and set(record) == {"id", "doc", "claims"}
    claim = record["claims"][0]
    assert (claim["diabetes_type"], claim["outcome"], claim["n_patients"]) == ("T1D", "insulin_independence", 1)
