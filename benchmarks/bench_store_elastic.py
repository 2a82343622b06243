"""Bulk indexing and search latency: ElasticStore (on osmem-server) beside SqliteStore.

    .venv/bin/python benchmarks/bench_store_elastic.py [--quick] [--repeats N] [--docs N]

Both stores get the same deterministic synthetic documents (benchmarks/synthetic.py)
and their claims, then answer the same mix of searches. Each figure is the
median over the runs. osmem-server is an in-memory EMULATOR of the
Elasticsearch REST API, not Elasticsearch: its figures say how the backend
code behaves, not how a cluster performs. Set ISLETWATCH_ES_URL to measure a
real cluster instead.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import parser, percentile, table, timed, write_result  # noqa: E402
from benchmarks.synthetic import documents, extraction  # noqa: E402
from isletwatch.index import SearchQuery, SqliteStore, Store  # noqa: E402

QUERIES = [
    SearchQuery("insulin independence"),
    SearchQuery('"type 1 diabetes"'),
    SearchQuery("zimislecel OR lantidra"),
    SearchQuery("islets -mice", sort="date"),
    SearchQuery("T1D"),
    SearchQuery("", filters={"diabetes_type": ["T1D"], "outcome": ["insulin_independence"]}),
    SearchQuery("transplant", filters={"source": ["pubmed", "news"], "year": ["2020"]}),
    SearchQuery("", sort="date", limit=20, offset=100),
]
METRICS = ("index_docs_per_s", "extractions_per_s", "search_p50_ms", "search_p95_ms")


def measure(make: Callable[[], Any], docs: list[Any], exts: list[Any], rounds: int) -> dict[str, float]:
    """One run on a fresh store: write everything, then time every query `rounds` times."""
    with make() as store:
        index_s = timed(lambda: store.upsert_documents(docs))[0]
        extract_s = timed(lambda: store.replace_extractions(exts))[0]
        assert store.stats()["documents"] == len(docs), "the store lost documents"
        for q in QUERIES:  # warm-up (and the first, refreshing read after the writes)
            store.search(q)
        latencies = [timed(lambda: store.search(q))[0] * 1000 for _ in range(rounds) for q in QUERIES]
    return {"index_docs_per_s": len(docs) / index_s, "extractions_per_s": len(exts) / extract_s,
            "search_p50_ms": percentile(latencies, 50), "search_p95_ms": percentile(latencies, 95)}


class _Sqlite:
    def __enter__(self) -> Store:
        self.tmp = tempfile.TemporaryDirectory()
        self.store = SqliteStore(Path(self.tmp.name) / "bench.db")
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()
        self.tmp.cleanup()


class _Elastic:
    def __init__(self, url: str, options: dict[str, Any]) -> None:
        self.url, self.options = url, options

    def __enter__(self) -> Store:
        from isletwatch.index.elastic_store import ElasticStore

        self.store = ElasticStore(self.url, index_prefix=f"iwbench-{uuid.uuid4().hex[:8]}", **self.options)
        return self.store

    def __exit__(self, *exc: object) -> None:
        from tests.index.osmem import drop

        drop(self.store.es, self.store.prefix)
        self.store.close()


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, help="number of documents (default 10,000; 2,000 with --quick)")
    args = ap.parse_args(argv)
    n = args.docs or (2_000 if args.quick else 10_000)
    repeats, rounds = max(3, args.repeats), (5 if args.quick else 20)
    docs = list(documents(n))
    exts = [extraction(d) for d in docs]

    from tests.index import osmem

    url, options = osmem.target()
    real = osmem.real_cluster()
    label = "elastic (real cluster)" if real else "elastic (osmem emulator)"
    backends = {"sqlite": _Sqlite, label: lambda: _Elastic(url, options)}
    raw: dict[str, list[dict[str, float]]] = {name: [] for name in backends}
    load_start = os.getloadavg()[0]
    try:
        for run in range(repeats):
            for name, make in backends.items():
                raw[name].append(measure(make, docs, exts, rounds))
                print(f"run {run + 1}/{repeats} {name}: " + ", ".join(f"{k} {v:,.1f}" for k, v in raw[name][-1].items()),
                      file=sys.stderr)
    finally:
        osmem.stop()
    rows = [{"backend": name, **{m: statistics.median(r[m] for r in rs) for m in METRICS}} for name, rs in raw.items()]
    note = ("Elasticsearch figures come from a real cluster (ISLETWATCH_ES_URL)." if real else
            "osmem-server is an in-memory EMULATOR of the Elasticsearch REST API; its figures are not "
            "Elasticsearch figures.")
    # Other work on the machine skews every figure: compare runs made at a similar load.
    load = f"load average {load_start:.1f} -> {os.getloadavg()[0]:.1f}"
    path = write_result("store_elastic", {"note": note, "documents": n, "repeats": repeats, "query_rounds": rounds,
                                          "queries": [q.__dict__ for q in QUERIES], "load": load, "rows": rows,
                                          "runs": raw})
    print(f"{n:,} synthetic documents, medians of {repeats} runs, {load}. {note}")
    print(table(rows, ["backend", *METRICS]))
    s, e = rows[0], rows[1]
    print(f"store_elastic: {label} indexes {e['index_docs_per_s']:,.0f} docs/s vs sqlite "
          f"{s['index_docs_per_s']:,.0f}, search p50 {e['search_p50_ms']:.1f} ms vs {s['search_p50_ms']:.1f} ms, "
          f"p95 {e['search_p95_ms']:.1f} vs {s['search_p95_ms']:.1f} "
          f"({'real cluster' if real else 'osmem is an emulator, not Elasticsearch'}) -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
