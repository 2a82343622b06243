"""Bulk-ingests synthetic documents into an SQLite store; the crash test SIGKILLs it midway.

Usage: python ingest_worker.py DB N — prints one line per committed batch so the
test knows when to strike.
"""
from __future__ import annotations

import sys

from benchmarks.synthetic import documents
from isletwatch.index import SqliteStore
from isletwatch.index.sqlite_store import BATCH


def main(path: str, n: int) -> None:
    store = SqliteStore(path)
    docs = list(documents(n))
    for i in range(0, n, BATCH):
        stats = store.upsert_documents(docs[i:i + BATCH])
        print(f"batch {i // BATCH} inserted {stats.inserted}", flush=True)
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
