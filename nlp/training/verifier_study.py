"""Can a learned verifier tell right claims from wrong ones on real pages? A cross-validated study.

    .venv/bin/python -m isletwatch.nlp.training.verifier_study [--also OLD_DEV_PRED.jsonl ...]

Precision is the bar the real pages miss most, so the first learned component worth trying is a
verifier that drops emitted claims likely to be wrong. This measures whether one could work before
anyone ships it: the extractor runs on the dev part of the real-text corpus, every emitted claim is
labelled by the scorer's frame rule, and a logistic model is fitted on four fifths of the pages and
scored on the fifth (pages never split), with the confidence model's traces alone and with the
words of the claim's evidence added (hashed word pairs). `--also` adds the claims of other
extractors on the same pages (e.g. an older commit's, made with `python -m isletwatch.nlp`), whose
errors are those no rule was tuned away from. It prints the ranking (AUC) and what dropping the
least likely fifth of the claims would do to claim precision and recall. The test part is never read.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path

import numpy as np

from .confidence import ROOT, auc, fit

FOLDS = 5
HASHED = 1 << 11
WORD = re.compile(r"[a-z]+|\d+")


def word_pairs(sentence: str) -> np.ndarray:
    """The evidence sentence as hashed words and word pairs (numbers folded), a bag a linear model can weigh."""
    toks = ["#" if t.isdigit() else t for t in WORD.findall(sentence.lower())]
    v = np.zeros(HASHED)
    for a, b in zip(["^"] + toks, toks + ["$"]):
        v[_bucket(a)] = v[_bucket(f"{a} {b}")] = 1.0
    return v


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) % HASHED  # stable across runs, unlike hash()


def examples(pages: list[tuple[dict, str]], preds: dict[str, dict], tag: str) -> list[dict]:
    """One row per emitted claim: page, origin, label (frame matches a gold claim), traces, words."""
    from isletwatch.model import Claim
    from isletwatch.nlp.confidence import features
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "claims"))
    import score as scorer
    rows = []
    for r, text in pages:
        schema = (preds.get(r["id"]) or {}).get("claims") or []
        claims = [Claim.from_dict(c) for c in schema]
        gold = r["gold"].get("claims") or []
        for c, d in zip(claims, schema):
            first = text[c.evidence[0].start:c.evidence[0].end] if c.evidence else ""
            rows.append({"page": r["id"], "tag": tag, "y": int(any(scorer.frame_match(g, d) for g in gold)),
                         "traces": features(c, text, claims, r.get("kind", "other")), "words": word_pairs(first)})
    return rows


def cross_validate(rows: list[dict], with_words: bool, tags: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold scores for the current extractor's claims (pages split into FOLDS by a fixed shuffle)."""
    pages = sorted({r["page"] for r in rows})
    random.Random(0).shuffle(pages)
    fold = {p: i % FOLDS for i, p in enumerate(pages)}

    def matrix(rs: list[dict]) -> np.ndarray:
        return np.array([list(r["traces"]) + (list(r["words"]) if with_words else []) for r in rs], dtype=float)

    scores, labels = [], []
    for k in range(FOLDS):
        train = [r for r in rows if fold[r["page"]] != k and r["tag"] in tags]
        held = [r for r in rows if fold[r["page"]] == k and r["tag"] == "current"]
        y = np.array([r["y"] for r in train], dtype=float)
        b = fit(matrix(train), y, np.ones(len(train)), steps=1500)
        scores += list(matrix(held) @ b)
        labels += [r["y"] for r in held]
    return np.array(scores), np.array(labels)


def drop_fifth(scores: np.ndarray, labels: np.ndarray, gold_claims: int) -> str:
    """Claim precision and recall now, and after dropping the fifth of the claims scored lowest."""
    keep = scores >= np.quantile(scores, 0.2)
    p0, r0 = labels.mean(), labels.sum() / gold_claims
    p1, r1 = labels[keep].mean(), labels[keep].sum() / gold_claims
    return f"claim P {p0:.3f} -> {p1:.3f}, R {r0:.3f} -> {r1:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--also", action="append", default=[], help="predictions JSONL of another extractor on the dev pages")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.real import realtext as R
    pages, missing = R.texts(R.select(R.load_sets(), "dev"))
    if not pages:
        print(f"no real texts in {R.TEXTDIR}: retrieve them first (tests/fixtures/real/README.md)", file=sys.stderr)
        return 1
    rows = examples(pages, R.predict(pages), "current")
    for path in a.also:
        preds = {json.loads(l)["id"]: json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()}
        rows += examples(pages, preds, "also")
    gold_claims = sum(len(r["gold"].get("claims") or []) for r, _ in pages)
    current = [r for r in rows if r["tag"] == "current"]
    print(f"{len(pages)} dev pages, {len(current)} claims emitted ({np.mean([r['y'] for r in current]):.2f} right), "
          f"{len(rows) - len(current)} more from --also")
    for with_words in (False, True):
        for tags in ({"current"}, {"current", "also"}) if a.also else ({"current"},):
            s, y = cross_validate(rows, with_words, tags)
            print(f"  traces{' + words' if with_words else ''}, trained on {'+'.join(sorted(tags))}: "
                  f"AUC {auc(s, y):.3f}; dropping the lowest fifth: {drop_fifth(s, y, gold_claims)}")
    print(f"verifier study: {len(current)} claims on {len(pages)} pages, {FOLDS}-fold by page", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
