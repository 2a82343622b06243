"""Site build benchmark: full build, no-change rebuild and Pagefind indexing for 1k and 5k synthetic documents.

    .venv/bin/python benchmarks/bench_site.py [--quick] [--runs N]

Documents are made from the shared dev set (tests/site/fixtures.py): new ids,
dates over 2000-2025, 25 sources, ~2.5 claims each, in a real SqliteStore.
Reports medians over the runs, writes benchmarks/results/site.json, prints a
table and a one-line summary.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from isletwatch.config import SiteConfig  # noqa: E402
from isletwatch.site import build_site  # noqa: E402
from isletwatch.site import search_index  # noqa: E402
from isletwatch.site.pages import load_site_data  # noqa: E402
from isletwatch.site.groups import group_claims  # noqa: E402
from tests.site.fixtures import fill_store, synthetic_pairs  # noqa: E402

STAMP = "2025-07-02T00:00:00Z"


def bench(size: int, runs: int, work: Path) -> dict:
    store = fill_store(work / f"store-{size}.db", synthetic_pairs(size))
    full, rebuild, index = [], [], []
    summary = None
    for run in range(runs):
        out = work / f"site-{size}-{run}"
        summary = build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
        full.append(summary.seconds)
        rebuild.append(build_site(store, out, SiteConfig(), generated_at=STAMP, search=False).seconds)
        data = load_site_data(store)
        group_claims(data.claims)
        records = search_index.records(data)
        shutil.rmtree(out / search_index.BUNDLE, ignore_errors=True)
        started = time.perf_counter()
        search_index.build_index(records, out)
        index.append(time.perf_counter() - started)
        shutil.rmtree(out)
    store.close()
    assert summary is not None
    build = statistics.median(full)
    return {"documents": summary.documents, "claims": summary.claims, "groups": summary.groups,
            "pages": summary.pages, "feeds": summary.feeds, "runs": runs,
            "build_s": round(build, 3), "pages_per_s": round(summary.pages / build, 1),
            "rebuild_unchanged_s": round(statistics.median(rebuild), 3),
            "pagefind_s": round(statistics.median(index), 3), "pagefind_records": len(records),
            "build_runs_s": [round(x, 3) for x in full], "pagefind_runs_s": [round(x, 3) for x in index]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k documents only")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [1000] if args.quick else [1000, 5000]
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        results = [bench(size, max(3, args.runs), Path(tmp)) for size in sizes]
    out = ROOT / "benchmarks" / "results" / "site.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"benchmark": "site", "results": results}, indent=2) + "\n")
    print(f"{'docs':>6} {'claims':>7} {'pages':>6} {'build s':>8} {'pages/s':>8} {'rebuild s':>9} "
          f"{'pagefind s':>10} {'records':>8}")
    for r in results:
        print(f"{r['documents']:>6} {r['claims']:>7} {r['pages']:>6} {r['build_s']:>8.2f} {r['pages_per_s']:>8.0f} "
              f"{r['rebuild_unchanged_s']:>9.2f} {r['pagefind_s']:>10.2f} {r['pagefind_records']:>8}")
    last = results[-1]
    print(f"site bench: {last['documents']} documents → {last['pages']} pages in {last['build_s']:.1f} s "
          f"({last['pages_per_s']:.0f} pages/s), unchanged rebuild {last['rebuild_unchanged_s']:.1f} s, "
          f"Pagefind {last['pagefind_s']:.1f} s for {last['pagefind_records']} records (medians of "
          f"{last['runs']} runs) → {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
