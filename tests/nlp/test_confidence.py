"""Claim confidence: every claim carries a probability from the shipped model, and a missing or stale
model gives no confidence rather than a wrong one."""
from __future__ import annotations

import json

import pytest

from isletwatch.model import Document
from isletwatch.nlp import confidence


def test_shipped_weights_match_the_features():
    data = json.loads(confidence.WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(confidence.NAMES)
    assert len(data["weights"]) == len(confidence.NAMES)
    assert data["trained_on"]["real_dev"] > 0 and data["trained_on"]["calibrated_on_real_test"] > 0


def test_every_claim_has_a_probability(blank_extractor):
    text = ("Islet trial in type 1 diabetes\n\nAt one year, 10 of 12 patients with type 1 diabetes were insulin "
            "independent, and all 12 had an HbA1c below 7%. Two patients developed neutropenia.")
    ex = blank_extractor.extract(Document(source="t", url="urn:t", text=text, kind="news"))
    assert len(ex.claims) >= 2
    for c in ex.claims:
        assert c.confidence is not None and 0.0 <= c.confidence <= 1.0
        assert ex.to_schema()["claims"][0]["x_confidence"] == ex.claims[0].confidence


def test_features_follow_the_names(blank_extractor):
    text = "At one year, 10 of 12 patients with type 1 diabetes were insulin independent."
    ex = blank_extractor.extract(Document(source="t", url="urn:t", text=text))
    [c] = ex.claims
    v = confidence.features(c, text, ex.claims, "news")
    named = dict(zip(confidence.NAMES, v))
    assert len(v) == len(confidence.NAMES)
    assert named["n_in_evidence"] == 1.0 and named["w_in_evidence"] == 1.0 and named["kind=news"] == 1.0


@pytest.mark.parametrize("content", ["", "not json", json.dumps({"features": ["other"], "weights": [1.0]})])
def test_a_missing_or_stale_model_gives_no_confidence(tmp_path, monkeypatch, content):
    path = tmp_path / "confidence.json"
    if content:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(confidence, "WEIGHTS", path)
    confidence._model.cache_clear()
    try:
        assert confidence.score([1.0] * len(confidence.NAMES)) is None
    finally:
        confidence._model.cache_clear()
