"""The annotated sets the extractor is scored on stay in step with the scripts that hold their readable source.

A hand edit to a .jsonl (or a build script changed without rebuilding) would
silently change the yardstick; rebuilding each set in memory and comparing it
with the file on disk catches both, and the build's checks (vocabularies,
evidence found exactly once, hype terms) must hold for every set.
"""
from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
BUILT = [p for p in sorted(FIX.rglob("build_*.py")) if "AnnotatedSet(" in p.read_text(encoding="utf-8")]


def test_every_set_built_from_annotate_is_found() -> None:
    assert {p.stem for p in BUILT} >= {"build_heldout", "build_blind", "build_fresh"}


@pytest.mark.parametrize("script", BUILT, ids=lambda p: p.stem)
def test_set_on_disk_equals_its_build(script: Path) -> None:
    the_set = runpy.run_path(str(script), run_name="fixture")["SET"]
    records, errors = the_set.build()
    assert errors == []
    on_disk = [json.loads(line) for line in the_set.out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(on_disk) == len(records)
    for built, stored in zip(records, on_disk):
        assert built == stored, f"{stored['id']} differs from its build script: run python3 {script.name}"
