"""The real-text corpus (tests/fixtures/real): what the repository keeps is well formed without the texts,
and, where the texts have been retrieved into .realtext/, the extractor holds its measured floors.

The page texts belong to others and are never committed, so a fresh clone has none: the floor tests
skip there (they need the retrieval described in tests/fixtures/real/README.md) and run on a machine
where `realtext check` is clean."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from collections import Counter

import pytest

from tests.fixtures.real import realtext as R

SCHEMA_KEYS = {"id", "kind", "url", "query", "corpus", "excerpt_starts_with", "excerpt_len", "sha256", "gold"}
CLAIM_KEYS = {"diabetes_type", "n_patients", "n_with_outcome", "age_years", "sex", "disease_duration_years",
              "cell_type", "cell_source", "product", "immunosuppression", "implant_site", "outcome",
              "time_to_outcome_days", "outcome_duration_days", "outcome_duration_qualifier", "follow_up_days",
              "study_phase", "hedged", "evidence"}
LINES = R.load_sets()


def test_corpus_size_and_split():
    parts = Counter(r["part"] for r in LINES)
    assert len(LINES) >= 200 and parts["test"] >= 60
    assert len({r["id"] for r in LINES}) == len(LINES)
    assert len({r["url"] for r in LINES}) == len(LINES)  # a page is annotated once


def test_split_is_decided_by_the_url_alone():
    for r in LINES:
        h = int(hashlib.sha256(r["url"].encode()).hexdigest()[:8], 16) / 16 ** 8
        expected = "dev" if r["set"] in R.DEV_ONLY_SETS else ("test" if h < R.TEST_SHARE else "dev")
        assert r["part"] == expected


@pytest.mark.parametrize("line", LINES, ids=lambda r: r["id"])
def test_line_is_complete_and_keeps_no_page_text(line):
    assert SCHEMA_KEYS <= set(line) and line["corpus"] == "pages"
    assert len(line["excerpt_starts_with"]) <= 40 and len(line["sha256"]) == 64
    for c in line["gold"]["claims"]:
        assert set(c) == CLAIM_KEYS and c["outcome"]
        for s in c["evidence"]:
            assert set(s) == {"start", "end"} and 0 <= s["start"] < s["end"] <= line["excerpt_len"]


def test_normalize_matches_the_shared_definition():
    path = R.ROOT.parent / "shared" / "claims" / "realtext.py"
    if not path.exists():
        pytest.skip("the shared folder is not beside this checkout")
    spec = importlib.util.spec_from_file_location("shared_realtext", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sample = "A\u00a0b\u200b c\r\n\n\n\nd  e\ufeff"
    assert mod.normalize(sample) == R.normalize(sample)


def _present(part: str):
    pages, problems = R.texts(R.select(LINES, part))
    if len(pages) < 0.98 * len(R.select(LINES, part)):  # a page or two can vanish from the pages corpus or change
        pytest.skip(f"real texts not retrieved into {R.TEXTDIR} ({len(problems)} missing or changed): see tests/fixtures/real/README.md")
    return pages


# Floors a little under what the extractor reaches (closing note of issue 11): a change that loses real-text
# quality fails here on a machine that has the texts.
# Round 4 (rw_m, rw_n: mostly pages not in English) lowered both parts' figures; the gloss (nlp/gloss.py) now
# reads the Spanish, Portuguese, Italian, French and German ones.
FLOORS = {"dev": {"f1": 0.81, "frame": 0.58, "claims_p": 0.78}, "test": {"f1": 0.72, "frame": 0.37, "claims_p": 0.56}}


@pytest.mark.slow
@pytest.mark.parametrize("part", sorted(FLOORS))
def test_real_text_floors(part, tmp_path):
    _present(part)
    out = subprocess.run([sys.executable, "-m", "tests.fixtures.real.realtext", "score", "--part", part, "--json"],
                         capture_output=True, text=True, cwd=R.ROOT, check=True).stdout
    d = json.loads(out)
    floor = FLOORS[part]
    assert d["micro"]["f1"] >= floor["f1"] and d["frame_accuracy"] >= floor["frame"] and d["claims"]["p"] >= floor["claims_p"]


def test_why_names_the_step_that_lost_a_claim(blank_extractor):
    """tests/fixtures/real/why.py tells wording the rules lack from a check that dropped a found outcome (here,
    a plan) and from a claim that was made: each reason is the step the traced assembler really took."""
    from isletwatch.model import Document
    from tests.fixtures.real.why import explain

    text = ("Twelve patients with type 1 diabetes received the cells. The team plans to help all twelve become insulin "
            "independent next year. Ten of them ditched the jab for good, the doctors said.\n")
    doc = Document(source="t", id="w1", url="https://example.org/w1", title="", text=text, kind="news")
    plan, jab = text.index("The team plans"), text.index("Ten of them")
    gold = [{"outcome": "insulin_independence", "evidence": [{"start": plan, "end": text.index(" Ten of them")}]},
            {"outcome": "insulin_independence", "evidence": [{"start": jab, "end": len(text) - 1}]}]
    reasons = [r for _, r in explain(blank_extractor, doc, gold, emitted=set())]
    assert reasons[0].startswith("gate assemble.py:") and "forward" in reasons[0]
    assert reasons[1] == "no outcome pattern"
    assert explain(blank_extractor, doc, gold, emitted={"insulin_independence"}) == []
