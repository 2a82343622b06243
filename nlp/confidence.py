"""How far to trust a claim: a calibrated probability that its frame is right.

Measured on the real pages, about half of what the rules emit used to match no real claim, and a
reader cannot tell which half. Whether a claim is right depends less on its wording than on how it
was put together: a count stated beside the outcome ("10 of 12") is safer than one inherited from
a group introduced paragraphs earlier, a duration read from the claim's own sentence safer than
none, a page reporting one study safer than a review of many. `features` reads those traces from
the claim, its evidence and its document; a logistic model (weights in confidence.json, fitted by
`make train` on the annotated sets' dev parts, then calibrated on the real-text test part) turns
them into a probability. The site shows low values as doubtful.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from isletwatch.model import Claim

from .durations import find_durations
from .numbers import NUMBER_RE, parse_number

WEIGHTS = Path(__file__).with_name("confidence.json")
OUTCOMES = ("insulin_independence", "medication_free", "insulin_reduction", "hba1c_target", "c_peptide",
            "hypoglycemia_free", "time_in_range", "adverse_event", "death", "no_benefit")
KINDS = ("news", "abstract", "article", "review", "clinic", "blog", "registry", "press_release", "preprint",
         "forum", "transcript", "other")
DURATIONS = ("time_to_outcome_days", "outcome_duration_days", "follow_up_days")
PERCENT = re.compile(r"\d\s*(?:%|percent|per cent)", re.I)
NAMES: tuple[str, ...] = (
    ("bias",) + tuple(f"outcome={o}" for o in OUTCOMES) + tuple(f"kind={k}" for k in KINDS)
    + ("n_null", "single", "w_null", "n_in_evidence", "n_not_in_evidence", "w_in_evidence", "w_not_in_evidence",
       "duration_fields", "duration_in_evidence", "evidence_duration_unused", "evidence_duration_none_taken",
       "log_groups", "log_claims", "several_evidence", "type_null", "hedged", "evidence_words", "position", "percent",
       "glossed"))


def _numbers(text: str) -> set[float]:
    out = set()
    for m in NUMBER_RE.finditer(text):
        v = parse_number(m.group(0))
        if v is not None:
            out.add(float(v))
    return out


def features(claim: Claim, text: str, claims: list[Claim], kind: str, glossed: bool = False) -> list[float]:
    """The claim's traces as numbers, in the order of NAMES. `glossed`: the claim was read from an English
    gloss of a page in another language (gloss.py), which the rules read less reliably."""
    spans = [(s.start, s.end) for s in claim.evidence]
    evidence = " ".join(text[a:b] for a, b in spans)
    first = text[spans[0][0]:spans[0][1]] if spans else ""
    nums = _numbers(evidence)
    days = {d.days for d in find_durations(evidence) if d.days}
    taken = [getattr(claim, f) for f in DURATIONS if getattr(claim, f) is not None]
    groups = {c.n_patients for c in claims if c.n_patients}
    n, w = claim.n_patients, claim.n_with_outcome
    v = [1.0]
    v += [float(claim.outcome == o) for o in OUTCOMES]
    v += [float(kind == k) for k in KINDS]
    v += [float(n is None), float(n == 1), float(w is None),
          float(n is not None and n in nums), float(n is not None and n != 1 and n not in nums),
          float(w is not None and w in nums), float(w is not None and w != 1 and w not in nums),
          len(taken) / 3, float(any(t in days for t in taken)), float(bool(days) and not any(t in days for t in taken)),
          float(bool(days) and not taken), math.log1p(len(groups)), math.log1p(len(claims)), float(len(spans) > 1),
          float(claim.diabetes_type is None), float(claim.hedged), min(len(first.split()), 80) / 80,
          spans[0][0] / max(1, len(text)) if spans else 1.0, float(bool(PERCENT.search(first))), float(glossed)]
    return v


@lru_cache(maxsize=1)
def _model() -> tuple[list[float], float, float] | None:
    """(weights, calibration slope, calibration intercept), or None when no model has been trained."""
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("features") != list(NAMES):
        return None  # weights from another feature set: no confidence rather than a wrong one
    cal = data.get("calibration") or {"slope": 1.0, "intercept": 0.0}
    return list(data["weights"]), float(cal["slope"]), float(cal["intercept"])


def score(vector: Iterable[float]) -> float | None:
    """The calibrated probability for a feature vector, rounded to two places (a display value, not a measurement)."""
    model = _model()
    if model is None:
        return None
    weights, slope, intercept = model
    z = sum(a * b for a, b in zip(weights, vector))
    z = slope * z + intercept
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 2)


def assign(claims: list[Claim], text: str, kind: str, glossed: bool = False) -> None:
    """Set each claim's confidence (None when no model is installed)."""
    for c in claims:
        c.confidence = score(features(c, text, claims, kind, glossed))
