"""SqliteStore-specific behaviour: files, schema versions, damage, and crash safety."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.synthetic import documents
from isletwatch.errors import StoreCorrupt, StoreUnavailable
from isletwatch.index import SqliteStore, open_store
from isletwatch.index.sqlite_schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("ingest_worker.py")


def test_new_file_gets_current_schema_and_wal(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "sub" / "new.db")
    conn = store.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    reopened = SqliteStore(tmp_path / "sub" / "new.db")  # a second open migrates nothing and keeps data
    assert reopened.stats()["documents"] == 0


def test_open_store_picks_sqlite_for_paths(tmp_path: Path) -> None:
    for location in (str(tmp_path / "a.db"), f"sqlite:{tmp_path / 'b.db'}"):
        store = open_store(location)
        assert isinstance(store, SqliteStore)
        store.close()


def test_garbage_file_is_reported_as_corrupt(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreCorrupt, match="damaged or not a database"):
        SqliteStore(bad)
    assert bad.read_bytes().startswith(b"this is not sqlite")  # nothing overwritten


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreCorrupt, match="another program"):
        SqliteStore(foreign)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreCorrupt, match="newer"):
        SqliteStore(path)


def test_unwritable_location_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="cannot create the data directory"):
        SqliteStore(blocker / "data" / "store.db")


def _fts_consistent(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return True


def test_sigkill_mid_ingest_leaves_whole_documents_and_rerun_completes(tmp_path: Path) -> None:
    n = 6000
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WORKER), str(killed_db), str(n)], stdout=subprocess.PIPE,
                            text=True, env=env)
    batches = 0
    for line in proc.stdout:
        batches += line.startswith("batch")
        if batches == 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store = SqliteStore(killed_db)
    expected = {d.id: d for d in documents(n)}
    kept = list(store.iter_documents())
    assert 0 < len(kept) < n  # it was really interrupted mid-way
    for doc in kept:  # only whole documents: every stored one equals what was written
        assert doc.text == expected[doc.id].text and doc.content_hash == expected[doc.id].content_hash
    store.close()
    assert _fts_consistent(killed_db)

    subprocess.run([sys.executable, str(WORKER), str(killed_db), str(n)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, str(WORKER), str(clean_db), str(n)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    resumed, clean = SqliteStore(killed_db), SqliteStore(clean_db)
    assert resumed.stats() == clean.stats()
    assert resumed.stats()["documents"] == n
    assert {d.id: d.content_hash for d in resumed.iter_documents()} == {d.id: d.content_hash for d in clean.iter_documents()}
    assert _fts_consistent(killed_db)
