"""Site build benchmark: full build with search, unchanged rebuild and incremental rebuild after one new document.

    .venv/bin/python benchmarks/bench_site.py [--quick] [--runs N] [--big-runs N] [--sizes 1000,10000,100000]
                                              [--no-search]

Documents are made from the shared dev set (tests/site/fixtures.py): new ids,
dates over 2000-2025, 25 sources, ~2.4 claims each, in a real SqliteStore;
the search index (site/search_index.py, in segments) is included unless --no-search (to
measure the rest of the build alone; the limits are for a build with search). Peak memory is the
whole process tree (this process and its forked workers), sampled from /proc every 0.1 s. The peer, measured in the same run,
is copying the built site (shutil.copytree): the I/O floor for writing those
bytes, so `build/copy` says how far above it the build is. Medians over the
runs (the largest size runs `--big-runs` times, default 1: one full build of
100,000 documents takes minutes). Seconds per build phase (SiteSummary.phases:
load, prepare, groups, feeds, pages, jobs, finish) show where a slow build
spends its time. Writes benchmarks/results/site.json, prints a table and a
one-line summary.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from isletwatch.config import SiteConfig  # noqa: E402
from isletwatch.model import Extraction  # noqa: E402
from isletwatch.site import build_site  # noqa: E402
from tests.site.fixtures import fill_store, synthetic_pairs  # noqa: E402

STAMP = "2025-07-02T00:00:00Z"
LIMIT_S, LIMIT_MB, INCREMENTAL_LIMIT_S = 120.0, 1024.0, 5.0


class TreeMemory:
    """Peak memory of this process and all its descendants, sampled from /proc.

    Proportional set size (Pss), so pages a forked worker shares with its
    parent count once, split between them, instead of once per process.
    """

    def __init__(self) -> None:
        self.peak_kb, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self, pid: int) -> int:
        total = 0
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total = next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    total += sum(self._rss(int(c)) for c in f.read().split())
        except (OSError, StopIteration, ValueError):
            pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self._rss(os.getpid()))
            self._stop.wait(0.1)

    def __enter__(self) -> "TreeMemory":
        self.peak_kb = self._rss(os.getpid())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def new_document(template, number: int):
    """One new document (and its extraction) for the incremental rebuild, made from a stored one."""
    doc, ext = template
    new = replace(doc, id=f"new-{number:05d}", url=f"https://example.org/new/{number}", title=f"{doc.title} (new {number})",
                  published="2025-12-01", fetched_at="2025-12-02T00:00:00+00:00")
    claims = [replace(c, evidence=list(c.evidence)) for c in ext.claims]
    return new, Extraction(new.id, ext.extractor_version, new.content_hash, ext.facts, claims)


def bench(size: int, runs: int, work: Path, search: bool = True) -> dict:
    pairs = synthetic_pairs(size)
    template = pairs[0]
    store = fill_store(work / f"store-{size}.db", pairs)
    del pairs
    full, peaks, rebuild, incremental, copies, search_s, cpus = [], [], [], [], [], [], []
    phases: list[dict[str, float]] = []
    incremental_phases: list[dict[str, float]] = []
    summary = None
    for run in range(runs):
        out = work / f"site-{size}-{run}"
        cpu = _cpu_seconds()
        with TreeMemory() as memory:
            summary = build_site(store, out, SiteConfig(), generated_at=STAMP, search=search)
        cpus.append(_cpu_seconds() - cpu)
        full.append(summary.seconds)
        search_s.append(summary.search_seconds)
        phases.append(summary.phases)
        peaks.append(memory.peak_mb)
        rebuild.append(build_site(store, out, SiteConfig(), generated_at=STAMP, search=search).seconds)
        doc, ext = new_document(template, run)
        store.upsert_documents([doc])
        store.replace_extractions([ext])
        added = build_site(store, out, SiteConfig(), generated_at=STAMP, search=search)
        incremental.append(added.seconds)
        incremental_phases.append(added.phases)
        started = time.perf_counter()
        shutil.copytree(out, work / "copy")
        copies.append(time.perf_counter() - started)
        shutil.rmtree(work / "copy")
        shutil.rmtree(out)
    store.close()
    assert summary is not None
    build, copy = statistics.median(full), statistics.median(copies)
    return {"search": search, "documents": summary.documents, "claims": summary.claims, "pages": summary.pages, "feeds": summary.feeds,
            "runs": runs, "build_s": round(build, 2), "build_cpu_s": round(statistics.median(cpus), 1), "peak_mb": round(statistics.median(peaks)),
            "search_wait_s": round(statistics.median(search_s), 2),
            "rebuild_unchanged_s": round(statistics.median(rebuild), 2),
            "incremental_one_doc_s": round(statistics.median(incremental), 2), "copy_peer_s": round(copy, 2),
            "build_vs_copy": round(build / copy, 1) if copy else None,
            "within_limits": build < LIMIT_S and statistics.median(peaks) < LIMIT_MB,
            "incremental_within_limit": statistics.median(incremental) < INCREMENTAL_LIMIT_S,
            "build_runs_s": [round(x, 2) for x in full], "peak_runs_mb": [round(x) for x in peaks],
            "phases_s": _median_phases(phases), "incremental_phases_s": _median_phases(incremental_phases)}


def _cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (workers, indexers): on a shared machine a steadier
    measure of the work than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _median_phases(runs: list[dict[str, float]]) -> dict[str, float]:
    """Median seconds per build phase over the runs (SiteSummary.phases), to show where the time goes."""
    return {name: round(statistics.median(r.get(name, 0.0) for r in runs), 2) for name in (runs[0] if runs else {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents only")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (medians), except the largest")
    parser.add_argument("--big-runs", type=int, default=1, help="runs of the largest size")
    parser.add_argument("--no-search", action="store_true", help="build without the search index (the rest alone)")
    parser.add_argument("--sizes", default="", help="comma-separated document counts (default 1000,10000,100000)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x] or ([1000] if args.quick else [1000, 10000, 100000])
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        results = [bench(size, args.big_runs if size == max(sizes) and len(sizes) > 1 else max(1, args.runs),
                         Path(tmp), not args.no_search) for size in sizes]
    out = ROOT / "benchmarks" / "results" / ("site-no-search.json" if args.no_search else "site.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"benchmark": "site", "limits": {"build_s": LIMIT_S, "peak_mb": LIMIT_MB,
                                                              "incremental_s": INCREMENTAL_LIMIT_S},
                               "results": results}, indent=2) + "\n")
    print(f"{'docs':>7} {'claims':>7} {'pages':>7} {'build s':>8} {'peak MB':>8} {'rebuild s':>9} {'+1 doc s':>8} "
          f"{'copy s':>7} {'build/copy':>10}")
    for r in results:
        print(f"{r['documents']:>7} {r['claims']:>7} {r['pages']:>7} {r['build_s']:>8.1f} {r['peak_mb']:>8} "
              f"{r['rebuild_unchanged_s']:>9.1f} {r['incremental_one_doc_s']:>8.1f} {r['copy_peer_s']:>7.1f} "
              f"{r['build_vs_copy']!s:>10}")
    for r in results:
        print(f"{r['documents']:>7} docs, phases (s): full build "
              + ", ".join(f"{k} {v:.1f}" for k, v in r["phases_s"].items())
              + "; +1 document " + ", ".join(f"{k} {v:.1f}" for k, v in r["incremental_phases_s"].items()))
    last = results[-1]
    verdict = "within" if last["within_limits"] else "OVER"
    print(f"site bench: {last['documents']} documents / {last['claims']} claims "
          f"{'with' if last['search'] else 'WITHOUT'} search in {last['build_s']:.1f} s, "
          f"{last['build_cpu_s']:.0f} CPU-s, peak {last['peak_mb']} MB ({verdict} {LIMIT_S:.0f} s / {LIMIT_MB:.0f} MB); +1 document "
          f"{last['incremental_one_doc_s']:.1f} s; {last['build_vs_copy']}x a copy of the site (medians of "
          f"{last['runs']} run(s)) → {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
