"""Run every benchmark (benchmarks/bench_*.py) in turn and print their one-line summaries.

    python -m benchmarks.run [--quick] [--only store,extract]

Each benchmark writes benchmarks/results/<name>.json with medians over
several runs and ratios against a peer measured in the same run.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--only", default="", help="comma-separated names, e.g. store,extract")
    args = ap.parse_args()
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    scripts = sorted(p for p in HERE.glob("bench_*.py") if not wanted or p.stem[len("bench_"):] in wanted)
    summaries, failed = [], 0
    started = time.monotonic()
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        proc = subprocess.run([sys.executable, str(script), *(["--quick"] if args.quick else [])],
                              stdout=subprocess.PIPE, text=True)
        print(proc.stdout, end="", flush=True)
        last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "(no output)"
        summaries.append(last if proc.returncode == 0 else f"{script.stem}: FAILED (exit {proc.returncode})")
        failed += proc.returncode != 0
    print("\n== summary")
    for line in summaries:
        print(line)
    print(f"benchmarks: {len(scripts) - failed} ran, {failed} failed in {time.monotonic() - started:.0f}s; "
          f"results in {HERE / 'results'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
