"""Bulk indexing and search latency: ElasticStore (on osmem-server) beside SqliteStore.

    .venv/bin/python benchmarks/bench_store_elastic.py [--quick] [--runs N] [--docs N]

Both stores get the same deterministic synthetic documents (benchmarks/synthetic.py)
and their claims, then answer the same mix of searches. Each figure is the
median over the runs. osmem-server is an in-memory EMULATOR of the
Elasticsearch REST API, not Elasticsearch: its figures say how the backend
code behaves, not how a cluster performs. Set ISLETWATCH_ES_URL to measure a
real cluster instead.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import documents, extraction  # noqa: E402
from isletwatch.index import SearchQuery, SqliteStore, Store  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "store_elastic.json"
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
        started = time.perf_counter()
        store.upsert_documents(docs)
        index_s = time.perf_counter() - started
        started = time.perf_counter()
        store.replace_extractions(exts)
        extract_s = time.perf_counter() - started
        assert store.stats()["documents"] == len(docs), "the store lost documents"
        for q in QUERIES:  # warm-up (and the first, refreshing read after the writes)
            store.search(q)
        latencies = []
        for _ in range(rounds):
            for q in QUERIES:
                t = time.perf_counter()
                store.search(q)
                latencies.append((time.perf_counter() - t) * 1000)
    qs = statistics.quantiles(latencies, n=100)
    return {"index_docs_per_s": len(docs) / index_s, "extractions_per_s": len(exts) / extract_s,
            "search_p50_ms": statistics.median(latencies), "search_p95_ms": qs[94]}


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
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="2,000 documents, 3 runs, fewer query rounds")
    ap.add_argument("--docs", type=int, help="number of documents (default 10,000; 2,000 with --quick)")
    ap.add_argument("--runs", type=int, default=3, help="runs per backend; medians are reported (at least 3)")
    args = ap.parse_args(argv)
    n = args.docs or (2_000 if args.quick else 10_000)
    runs, rounds = max(3, args.runs), (5 if args.quick else 20)
    docs = list(documents(n))
    exts = [extraction(d) for d in docs]

    from tests.index import osmem

    url, options = osmem.target()
    real = osmem.real_cluster()
    label = "elastic (real cluster)" if real else "elastic (osmem emulator)"
    backends = {"sqlite": _Sqlite, label: lambda: _Elastic(url, options)}
    raw: dict[str, list[dict[str, float]]] = {name: [] for name in backends}
    load_start = list(os.getloadavg())
    try:
        for run in range(runs):
            for name, make in backends.items():
                raw[name].append(measure(make, docs, exts, rounds))
                print(f"run {run + 1}/{runs} {name}: " + ", ".join(f"{k} {v:,.1f}" for k, v in raw[name][-1].items()),
                      file=sys.stderr)
    finally:
        osmem.stop()
    medians = {name: {m: round(statistics.median(r[m] for r in rs), 2) for m in METRICS} for name, rs in raw.items()}
    report = {
        "note": ("Elasticsearch figures come from a real cluster (ISLETWATCH_ES_URL)." if real else
                 "osmem-server is an in-memory EMULATOR of the Elasticsearch REST API; its figures are not "
                 "Elasticsearch figures."),
        "documents": n, "runs": runs, "query_rounds": rounds, "queries": [q.__dict__ for q in QUERIES],
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    # other work on the machine skews every figure: compare runs made at a similar load
                    "load_average_start": load_start, "load_average_end": list(os.getloadavg())},
        "median": medians, "runs_raw": raw,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"\n{n:,} synthetic documents, median of {runs} runs, load average {load_start[0]:.1f} → "
          f"{report['machine']['load_average_end'][0]:.1f} on {os.cpu_count()} CPUs ({report['note']})\n")
    print(f"| backend | index docs/s | extractions/s | search p50 ms | search p95 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, m in medians.items():
        print(f"| {name} | {m['index_docs_per_s']:,.0f} | {m['extractions_per_s']:,.0f} | "
              f"{m['search_p50_ms']:.2f} | {m['search_p95_ms']:.2f} |")
    s, e = medians["sqlite"], medians[label]
    print(f"\nsummary: {label} indexes {e['index_docs_per_s']:,.0f} docs/s vs sqlite {s['index_docs_per_s']:,.0f}; "
          f"search p50 {e['search_p50_ms']:.1f} ms vs {s['search_p50_ms']:.1f} ms "
          f"({'real cluster' if real else 'emulator, not Elasticsearch'}); JSON in {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
