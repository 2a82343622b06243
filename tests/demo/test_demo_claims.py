"""The demo tells the truth: the claims `isletwatch demo` stores, scored against gold for its own texts.

tests/fixtures/demo/gold.jsonl holds gold claims (SCHEMA v1) for every document
the demo stores, annotated from the stored texts (NOTES.md beside it). This test
takes the demo store built once per session (`demo_dir` in tests/conftest.py),
checks that the gold was written for the texts the store holds, writes the
store's claims as SCHEMA v1 prediction lines and scores them with the project's
scorer (tests/fixtures/claims/score.py --json): spurious claims count against
claim precision, wrong or missing frames against frame accuracy.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from isletwatch.index import SqliteStore

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "demo" / "gold.jsonl"
SCORER = ROOT / "tests" / "fixtures" / "claims" / "score.py"
REBUILD = ("rebuild the gold from a fresh demo store and check its annotations: "
           "`cd $(mktemp -d) && python -m isletwatch.cli demo && cd - && "
           "python tests/fixtures/demo/build_gold.py $OLDPWD` (tests/fixtures/demo/NOTES.md)")
MIN_CLAIM_PRECISION = 0.95
MIN_FRAME_ACCURACY = 0.90


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("claim_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> dict[str, dict[str, Any]]:
    with open(GOLD, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, fh))}


@pytest.fixture(scope="module")
def stored(demo_dir: Path) -> dict[str, dict[str, Any]]:
    """Each stored document (duplicates too): its title, text, duplicate_of and SCHEMA v1 prediction."""
    out = {}
    with SqliteStore(demo_dir / "data" / "isletwatch.db") as store:
        for d in store.iter_documents(include_duplicates=True):
            extraction = store.get_extraction(d.id)
            out[d.id] = {"title": d.title, "text": d.text, "duplicate_of": d.duplicate_of,
                         "pred": extraction.to_schema() if extraction else None}
    return out


def scored_ids(gold: dict[str, Any], stored: dict[str, Any]) -> list[str]:
    """The gold documents the demo shows claims for: every stored original, and a stored duplicate only if
    the store holds claims for it (the demo extracts no duplicates; the site links them to their original)."""
    return sorted(i for i in gold if i in stored
                  and (not stored[i]["duplicate_of"] or (stored[i]["pred"] or {}).get("claims")))


def test_every_stored_document_has_gold(gold: dict[str, Any], stored: dict[str, Any]) -> None:
    missing = sorted(set(stored) - set(gold))
    assert not missing, (f"{len(missing)} stored demo document(s) have no gold line: {', '.join(missing)}. "
                         f"Annotate them in tests/fixtures/demo/build_gold.py, then {REBUILD}")


def test_gold_was_written_for_the_stored_texts(gold: dict[str, Any], stored: dict[str, Any]) -> None:
    changed = [f"{i} (sha256 {hashlib.sha256(stored[i]['text'].encode('utf-8')).hexdigest()[:12]}, "
               f"gold {g['sha256'][:12]})"
               for i, g in sorted(gold.items())
               if i in stored and hashlib.sha256(stored[i]["text"].encode("utf-8")).hexdigest() != g["sha256"]]
    retitled = [i for i, g in sorted(gold.items()) if i in stored and stored[i]["title"] != g["title"]]
    assert not changed and not retitled, (
        f"the demo stores other text than the gold was annotated on: text of {', '.join(changed) or 'none'}; "
        f"title of {', '.join(retitled) or 'none'}. Evidence offsets and claims may no longer hold: {REBUILD}")


def test_demo_claims_agree_with_the_gold(gold: dict[str, Any], stored: dict[str, Any], tmp_path: Path) -> None:
    ids = scored_ids(gold, stored)
    assert len(ids) >= 70, f"only {len(ids)} gold documents are in the demo store"
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    with open(gold_path, "w", encoding="utf-8") as g, open(pred_path, "w", encoding="utf-8") as p:
        for i in ids:
            g.write(json.dumps(gold[i], ensure_ascii=False) + "\n")
            pred = stored[i]["pred"] or {"id": i, "doc": {}, "claims": []}
            p.write(json.dumps(pred, ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["schema_errors"] == [], result["schema_errors"]
    precision, frame = result["claims"]["p"], result["frame_accuracy"]
    figures = (f"claim precision {precision:.3f} (need {MIN_CLAIM_PRECISION}), frame accuracy {frame:.3f} "
               f"(need {MIN_FRAME_ACCURACY}), claim recall {result['claims']['r']:.3f}, "
               f"micro F1 {result['micro']['f1']:.3f} over {len(ids)} documents")
    assert precision >= MIN_CLAIM_PRECISION and frame >= MIN_FRAME_ACCURACY, (
        figures + "\n" + worst_documents({i: gold[i] for i in ids}, {i: stored[i]["pred"] or {} for i in ids}))


FRAME_FIELDS = ("diabetes_type", "outcome", "n_patients", "n_with_outcome", "time_to_outcome_days",
                "outcome_duration_days", "follow_up_days")


def frame(c: dict[str, Any]) -> str:
    return " ".join(f"{f}={c.get(f)}" for f in FRAME_FIELDS if c.get(f) is not None)


def worst_documents(gold: dict[str, Any], pred: dict[str, Any], limit: int = 80) -> str:
    """Per document, the gold claims and the predicted claims left unpaired by the scorer's one-to-one matching."""
    scorer = _scorer()
    rows = []
    for i, g in gold.items():
        missed, unused = [], list(pred[i].get("claims") or [])
        for c in g["gold"]["claims"]:
            hit = next((k for k, p in enumerate(unused) if scorer.frame_match(c, p)), None)
            if hit is None:
                missed.append(c)
            else:
                del unused[hit]
        if missed or unused:
            rows.append((len(missed) + len(unused), i, missed, unused))
    lines = [f"{len(rows)} documents with errors (worst first):"]
    for _, i, missed, spurious in sorted(rows, key=lambda r: (-r[0], r[1]))[:limit]:
        lines.append(f"  {i}")
        lines += [f"    missed    {frame(c)}" for c in missed]
        lines += [f"    spurious  {frame(c)}" for c in spurious]
    return "\n".join(lines)
