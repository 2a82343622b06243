"""The CLI against an Elasticsearch URL: copy a SQLite store in, search, stats, reindex, errors."""
from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from benchmarks.synthetic import documents, extraction
from isletwatch.index import SearchQuery, SqliteStore

from . import osmem

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, cwd: Path, prefix: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_ELASTIC")}
    env["PYTHONPATH"] = str(ROOT)
    if prefix:
        env["ISLETWATCH_ELASTIC__INDEX_PREFIX"] = prefix
    runner = ["-m", "isletwatch.cli"] if osmem.real_cluster() else ["-m", "tests.index.cli_osmem"]
    return subprocess.run([sys.executable, *runner, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def seeded_sqlite(tmp_path: Path, n: int) -> tuple[Path, SqliteStore, list]:
    """An embedded store at the CLI's default path holding n synthetic documents and their claims."""
    db = tmp_path / "data" / "isletwatch.db"
    sqlite = SqliteStore(db)
    docs = list(documents(n))
    sqlite.upsert_documents(docs)
    sqlite.replace_extractions(extraction(d) for d in docs)
    return db, sqlite, docs


@contextlib.contextmanager
def scratch_prefix(name: str) -> Iterator[str]:
    """A fresh index prefix for one test, its indices dropped afterwards."""
    prefix = f"iwtest-{name}-{uuid.uuid4().hex[:8]}"
    try:
        yield prefix
    finally:
        from isletwatch.index.elastic_client import connect

        es = connect(osmem.target()[0], **osmem.target()[1])
        osmem.drop(es, prefix)
        es.close()


def test_copy_search_stats_and_reindex_through_the_cli(tmp_path: Path) -> None:
    url, _ = osmem.target()
    db, sqlite, docs = seeded_sqlite(tmp_path, 40)
    with scratch_prefix("cli") as prefix:
        copied = cli("index", "--from", f"sqlite:{db}", "--to", url, cwd=tmp_path, prefix=prefix)
        assert copied.returncode == 0, copied.stderr
        assert "copied 40 documents" in copied.stderr
        found = cli("search", "insulin", "--filter", "diabetes_type=T1D", "--json", "--store", url,
                    cwd=tmp_path, prefix=prefix)
        assert found.returncode == 0, found.stderr
        expected = sqlite.search(SearchQuery("insulin", filters={"diabetes_type": ["T1D"]}, limit=10))
        got = json.loads(found.stdout)
        assert got["total"] == expected.total and got["facets"] == expected.facets
        assert {h["id"] for h in got["hits"]} <= {d.id for d in docs}
        rebuilt = cli("index", "--reindex", "--store", url, cwd=tmp_path, prefix=prefix)
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "reindexed 40 documents" in rebuilt.stderr and f"{prefix}-documents-000002" in rebuilt.stderr
        stats = cli("stats", "--json", "--store", url, cwd=tmp_path, prefix=prefix)
        assert json.loads(stats.stdout) == sqlite.stats()
    sqlite.close()


def test_unreachable_cluster_is_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = cli("stats", "--store", f"http://127.0.0.1:{port}", cwd=tmp_path)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert len(lines) == 1 and "cannot reach Elasticsearch" in lines[0], proc.stderr


@pytest.mark.parametrize("args", [["index"], ["index", "--reindex", "--from", "x.db"]])
def test_index_needs_exactly_one_mode(tmp_path: Path, args: list[str]) -> None:
    proc = cli(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "--reindex" in proc.stderr


def test_site_builds_the_same_pages_from_elasticsearch(tmp_path: Path) -> None:
    url, _ = osmem.target()
    db, sqlite, _ = seeded_sqlite(tmp_path, 30)
    sqlite.close()
    with scratch_prefix("site") as prefix:
        assert cli("index", "--from", f"sqlite:{db}", "--to", url, cwd=tmp_path, prefix=prefix).returncode == 0
        from_es = cli("site", "--out", "site-es", "--store", url, cwd=tmp_path, prefix=prefix)
        assert from_es.returncode == 0, from_es.stderr
        from_sqlite = cli("site", "--out", "site-sqlite", "--store", str(db), cwd=tmp_path)
        assert from_sqlite.returncode == 0, from_sqlite.stderr
        pages = lambda d: sorted(p.name for p in (tmp_path / d / "documents").glob("*.html"))  # noqa: E731
        assert len(pages("site-es")) == 30 and pages("site-es") == pages("site-sqlite")
        claims_json = lambda d: json.loads((tmp_path / d / "downloads" / "claims.json").read_text())  # noqa: E731
        assert len(claims_json("site-es")) == len(claims_json("site-sqlite")) > 0
