"""SqliteStore: ingest rate and search latency at 10k and 100k documents, against naive peers.

Peers, measured in the same run on the same documents:
- ingest: the same rows into a plain SQLite table (no FTS, no indexes) in one
  transaction — the floor that shows what full-text indexing costs;
- search: a `LIKE '%word%'` scan per query word answering the same question
  (count, top 20, source/kind/year facets) — what the store would do without FTS5.

    python benchmarks/bench_store.py [--quick] [--repeats 3]
"""
from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_time, parser, percentile, table, timed, write_result  # noqa: E402
from benchmarks.synthetic import documents, extraction  # noqa: E402
from isletwatch.index import SearchQuery, SqliteStore  # noqa: E402

# Broad queries match most of the synthetic corpus (its phrases repeat); selective ones a few percent.
QUERIES = {
    "broad": ["insulin independence", "type 1 diabetes", "abdominal rectus sheath", "c-peptide rose",
              "hypoglycaemic episodes", "encapsulated device", "phase trial enrolled"],
    "selective": ["zimislecel", "vx-264", "lantidra trial", "up421", "cipsc", "qy-101 tested", "donislecel"],
}


def ingest_store(path: Path, docs: list) -> float:
    def go() -> None:
        store = SqliteStore(path)
        store.upsert_documents(docs)
        store.close()
    return timed(go)[0]


def ingest_plain(path: Path, docs: list) -> float:
    def go() -> None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE docs (id TEXT, source TEXT, kind TEXT, title TEXT, text TEXT, published TEXT)")
        with conn:
            conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
                             [(d.id, d.source, d.kind, d.title, d.text, d.published) for d in docs])
        conn.close()
    return timed(go)[0]


def like_search(conn: sqlite3.Connection, q: str) -> None:
    words = q.split()
    where = " AND ".join("(title LIKE ? OR text LIKE ?)" for _ in words)
    params = [p for w in words for p in (f"%{w}%", f"%{w}%")]
    conn.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()
    conn.execute(f"SELECT id, title FROM docs WHERE {where} ORDER BY published DESC LIMIT 20", params).fetchall()
    for facet in ("source", "kind", "substr(published, 1, 4)"):
        conn.execute(f"SELECT {facet}, count(*) FROM docs WHERE {where} GROUP BY 1", params).fetchall()


def latencies(fn, queries: list[str], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - started) * 1000)
    return out


def bench_size(n: int, repeats: int, workdir: Path) -> dict:
    docs = list(documents(n))
    ours, plain = [], []
    for r in range(repeats):
        ours.append(ingest_store(workdir / f"store-{n}-{r}.db", docs))
        plain.append(ingest_plain(workdir / f"plain-{n}-{r}.db", docs))
    store = SqliteStore(workdir / f"store-{n}-0.db")
    store.replace_extractions(extraction(d) for d in docs)
    conn = sqlite3.connect(workdir / f"plain-{n}-0.db")
    rounds = max(3, repeats)
    row = {"documents": n}
    for kind, queries in QUERIES.items():
        fts = latencies(lambda q: store.search(SearchQuery(q, limit=20)), queries, rounds)
        fts_date = latencies(lambda q: store.search(SearchQuery(q, sort="date", limit=20)), queries, rounds)
        like = latencies(lambda q: like_search(conn, q), queries, rounds)
        row.update({f"{kind}_p50_ms": percentile(fts, 50), f"{kind}_p95_ms": percentile(fts, 95),
                    f"{kind}_by_date_p50_ms": percentile(fts_date, 50),
                    f"{kind}_like_p50_ms": percentile(like, 50), f"{kind}_like_p95_ms": percentile(like, 95),
                    f"{kind}_speedup_vs_like": percentile(like, 50) / max(percentile(fts, 50), 1e-9)})
    rerun = median_time(lambda: store.upsert_documents(docs), repeats)  # all unchanged: the incremental path
    store.close()
    conn.close()
    docs_s, plain_s = n / statistics.median(ours), n / statistics.median(plain)
    row.update({"ingest_docs_s": docs_s, "plain_insert_docs_s": plain_s, "ingest_ratio_vs_plain": docs_s / plain_s,
                "rerun_unchanged_docs_s": n / rerun})
    return row


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    sizes = [2_000, 10_000] if args.quick else [10_000, 100_000]
    workdir = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        rows = [bench_size(n, args.repeats, workdir) for n in sizes]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    path = write_result("store", {"repeats": args.repeats, "queries": QUERIES, "rows": rows})
    print(table(rows, ["documents", "ingest_docs_s", "plain_insert_docs_s", "ingest_ratio_vs_plain",
                       "rerun_unchanged_docs_s"]))
    print()
    print(table([{"documents": r["documents"], "queries": kind, "p50_ms": r[f"{kind}_p50_ms"],
                  "p95_ms": r[f"{kind}_p95_ms"], "by_date_p50_ms": r[f"{kind}_by_date_p50_ms"],
                  "like_p50_ms": r[f"{kind}_like_p50_ms"], "like_p95_ms": r[f"{kind}_like_p95_ms"],
                  "speedup_vs_like": r[f"{kind}_speedup_vs_like"]} for r in rows for kind in QUERIES],
                ["documents", "queries", "p50_ms", "p95_ms", "by_date_p50_ms", "like_p50_ms", "like_p95_ms",
                 "speedup_vs_like"]))
    big = rows[-1]
    print(f"store: {big['documents']:,} docs ingest {big['ingest_docs_s']:,.0f} docs/s "
          f"({big['ingest_ratio_vs_plain']:.2f}x a plain insert); search p50 {big['selective_p50_ms']:.1f} ms "
          f"selective ({big['selective_speedup_vs_like']:.0f}x LIKE), {big['broad_p50_ms']:.0f} ms broad "
          f"({big['broad_speedup_vs_like']:.1f}x LIKE); medians of {args.repeats} runs -> {path}")


if __name__ == "__main__":
    main()
