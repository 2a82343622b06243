"""The stories stage on the demo corpus: the gold figures and the issue's done-when checks.

Uses the session's `isletwatch demo` run (tests/conftest.py), which runs the stage between extraction and the site.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from isletwatch.index import open_store
from isletwatch.stories.evaluate import evaluate, load_gold

GOLD = Path(__file__).with_name("demo_gold.toml")
CELL_PAPER, NEJM_PAPER, VX880_TRIAL = "pmid-39326417", "pmid-40544428", "nct-NCT04786262"


def stories_json(demo_dir: Path) -> list[dict[str, Any]]:
    proc = subprocess.run([sys.executable, "-m", "isletwatch.cli", "stories", "--json"], cwd=demo_dir,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("stories: ")
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def stories(demo_dir: Path) -> list[dict[str, Any]]:
    return stories_json(demo_dir)


def story_of(stories: list[dict[str, Any]], doc_id: str) -> dict[str, Any]:
    return next(s for s in stories if any(d["id"] == doc_id for d in s["documents"]))


def test_json_has_exactly_the_documented_shape(stories: list[dict[str, Any]]) -> None:
    assert stories
    for s in stories:
        assert set(s) == {"id", "label", "primary", "first_report", "documents", "discrepancies", "trial"}
        assert set(s["first_report"]) == {"outlet", "published", "document"}
        for d in s["documents"]:
            assert set(d) == {"id", "outlet", "kind", "published", "link"}
            assert set(d["link"]) == {"kind", "score", "evidence"}
        for x in s["discrepancies"]:
            assert set(x) == {"field", "primary", "reported", "document"}


def test_gold_figures_meet_the_bar(demo_dir: Path, stories: list[dict[str, Any]]) -> None:
    with open_store(str(demo_dir / "data" / "isletwatch.db")) as store:
        report = evaluate(load_gold(GOLD), list(store.iter_stories()), store.doc_stories())
    print("\n".join(report.lines()))
    for score in (report.membership, report.stated, report.inferred):
        assert score.precision >= 0.95 and score.recall >= 0.95, score.line()
    assert report.primary_right == report.primary_total, report.wrong_primary + report.missing


def _check_done_when(story: dict[str, Any], primary: str) -> None:
    assert story["primary"] == primary
    published = [d["published"] for d in story["documents"]]
    assert published == sorted(published), "documents are in date order"
    reports = [d for d in story["documents"] if d["id"] != primary]
    first = min(reports, key=lambda d: (d["published"], d["id"]))
    assert story["first_report"]["document"] == first["id"]
    assert story["first_report"]["outlet"] == first["outlet"] and first["outlet"] != "news"
    assert story["discrepancies"], "at least one discrepancy"


def test_tianjin_case_is_one_story_with_every_report(stories: list[dict[str, Any]]) -> None:
    story = story_of(stories, CELL_PAPER)
    _check_done_when(story, CELL_PAPER)
    ids = {d["id"] for d in story["documents"]}
    # claim-less headlines and the wire copies are in it too
    assert {"url-2131015bdf1ddf68", "url-69eb47278511bb82", "url-5bb4192c4c40b030", "url-1d7c72cd236466ae"} <= ids
    assert story["first_report"]["outlet"] == "The Science Ledger"
    copies = [d for d in story["documents"] if d["link"]["kind"] == "syndicated"]
    assert len(copies) == 2 and all("Pacific News Wire" in d["link"]["evidence"] for d in copies)
    assert any(x["field"] == "headline_duration" and x["document"] == "url-2131015bdf1ddf68"
               for x in story["discrepancies"])


def test_zimislecel_trial_is_linked_both_ways_to_its_registry_record(demo_dir: Path,
                                                                    stories: list[dict[str, Any]]) -> None:
    story = story_of(stories, NEJM_PAPER)
    _check_done_when(story, NEJM_PAPER)
    assert story["trial"] == "NCT04786262"
    assert any(x["field"] == "headline_count" and x["primary"] == "10 of 12" for x in story["discrepancies"])
    with open_store(str(demo_dir / "data" / "isletwatch.db")) as store:
        registry = store.doc_stories()[VX880_TRIAL]
    assert NEJM_PAPER in registry.cited_by and "url-32e24262a7170e48" in registry.cited_by
    # the earlier meeting reports are stories of their own, of the same trial
    first_patient = story_of(stories, "url-32e24262a7170e48")
    assert first_patient["id"] != story["id"] and first_patient["trial"] == "NCT04786262"


def test_rerun_keeps_story_ids(demo_dir: Path, stories: list[dict[str, Any]]) -> None:
    again = stories_json(demo_dir)
    assert [s["id"] for s in again] == [s["id"] for s in stories]


def test_search_hits_carry_their_story(demo_dir: Path, stories: list[dict[str, Any]]) -> None:
    proc = subprocess.run([sys.executable, "-m", "isletwatch.cli", "search", "Tianjin", "--json"], cwd=demo_dir,
                          capture_output=True, text=True, timeout=120)
    hits = json.loads(proc.stdout)["hits"]
    by_doc = {d["id"]: s["id"] for s in stories for d in s["documents"]}
    assert hits and all(h["story"] == by_doc[h["id"]] for h in hits)
