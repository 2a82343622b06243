"""What one sentence states: outcomes, durations and their roles, intervention fields.

Kept apart from the assembler so each rule can be tested on one sentence.
Durations get a role from their wording: "within 75 days" is time to outcome,
"for more than a year" is how long the outcome lasted, "at one year" is the
follow-up time point (DEV_NOTES "Time point or duration").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .durations import Duration, find_durations
from .patterns import (ALLOGENEIC, AUTOLOGOUS, CELL_TYPES, DIABETES_TYPES, EFFICACY_MEASURE, HBA1C_CHANGE_ONLY,
                       IMMUNO_FALSE, IMMUNO_TRUE, IMPLANT_SITES, NEGATED_EVENT, NOT_NO_BENEFIT, OUTCOMES, PHASE_NUM,
                       PHASES, TRIGGERS)

ONSET_VERB = re.compile(r"(?:stop\w*|quit\w*|became|become|detectable|detected|began|start\w*|achiev\w*|reach\w*|off insulin)\s*(?:\w+\s+){0,4}$", re.I)
TIME_TO_BEFORE = re.compile(r"(?:\bwithin|\bby|\bin just|\bafter only|\bafter just|\bfrom)\s+(?:the\s+)?$", re.I)
DURATION_BEFORE = re.compile(r"(?:\bfor|\bgone|\bwent|\bmarks|\bmarked|\bspent|\blasted|\bfree|\bindependent|\bindependence|"
                             r"insulin-free|without insulin|off insulin)\s*(?:(?:now|nearly|almost|about|over|more than|at least)\s+)?$", re.I)
STRONG_DURATION_BEFORE = re.compile(r"(?:\bfor|\bgone|\bwent|\bmarks|\bmarked|\bspent|\blasted)\s*(?:(?:now|nearly|almost|about|over|more than|at least)\s+)?$", re.I)
DURATION_AFTER = re.compile(r"^\s*(?:without|of insulin independence|insulin-free|off insulin|free of insulin)", re.I)
FOLLOW_BEFORE = re.compile(r"(?:\bat|\bafter|\bto|follow-up of|followed for|\bthrough|\bby|\bon)\s+(?:(?:the|a|her|his|their|its|same|median|mean|last|latest)\s+)*"
                           r"(?:(?:follow-up|check|visit|review)\s+of\s+)?$", re.I)
FOLLOW_AFTER = re.compile(r"^[\s-]*(?:check|visit|review|mark|follow-up|time point|assessment|after|later|on\b|post|since)", re.I)
DISEASE_BEFORE = re.compile(r"(?:diabetes|T[12]DM?|diagnosis)\s+(?:for|since|of)\s+(?:\w+\s+)?$|used insulin for\s+(?:at least\s+)?$|(?:aged?|old)\s+$", re.I)
NEG_AUTO = re.compile(r"(?:rather than|instead of|not)\s+(?:from\s+)?$", re.I)


@dataclass(frozen=True)
class OutcomeMention:
    outcome: str
    start: int
    end: int


@dataclass
class Timing:
    time_to: int | None = None
    duration: int | None = None
    qualifier: str | None = None
    follow_up: int | None = None


def first_label(table: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    low = text.lower()
    best: tuple[int, str] | None = None
    for label, rx in table:
        triggers = TRIGGERS.get(label)
        if triggers is not None and not any(t in low for t in triggers):
            continue
        m = rx.search(text)
        if m and (best is None or table_rank(table, label) < table_rank(table, best[1])):
            best = (m.start(), label)
    return best[1] if best else None


def table_rank(table: list[tuple[str, re.Pattern[str]]], label: str) -> int:
    return next(i for i, (lab, _) in enumerate(table) if lab == label)


def diabetes_type(text: str) -> str | None:
    """The first type named in the sentence (by position, so 'type 1 and type 2' gives T1D)."""
    low = text.lower()
    hits = [(m.start(), label) for label, rx in DIABETES_TYPES
            if label not in TRIGGERS or any(t in low for t in TRIGGERS[label]) for m in [rx.search(text)] if m]
    return min(hits)[1] if hits else None


def cell_source(text: str) -> str | None:
    for m in AUTOLOGOUS.finditer(text):
        if not NEG_AUTO.search(text[max(0, m.start() - 20):m.start()]):
            return "autologous"
    return "allogeneic" if ALLOGENEIC.search(text) else None


def immunosuppression(text: str) -> bool | None:
    if not IMMUNO_TRUE.search(text) and not re.search(r"immun|rejection", text, re.I):
        return None
    if IMMUNO_FALSE.search(text):
        return False
    return True if IMMUNO_TRUE.search(text) else None


def study_phase(text: str) -> str | None:
    m = PHASES.search(text)
    if not m or m.group("c"):
        return None  # "Phase 1/2/3" is no SCHEMA phase
    a = PHASE_NUM.get(m.group("a").lower())
    b = PHASE_NUM.get((m.group("b") or "").lower())
    if b and b == a + 1:
        return f"phase {a}/{b}"
    return f"phase {a}" if not b else None


def intervention_fields(text: str) -> dict[str, object]:
    """Fields a sentence states about the intervention; cached because the walk asks per sentence often."""
    return dict(_intervention_fields(text))


@lru_cache(maxsize=8192)
def _intervention_fields(text: str) -> tuple[tuple[str, object], ...]:
    fields: dict[str, object] = {
        "diabetes_type": diabetes_type(text),
        "cell_type": first_label(CELL_TYPES, text),
        "cell_source": cell_source(text),
        "implant_site": first_label(IMPLANT_SITES, text),
        "immunosuppression": immunosuppression(text),
        "study_phase": study_phase(text),
    }
    return tuple((k, v) for k, v in fields.items() if v is not None)


POSITIVE = frozenset({"insulin_independence", "medication_free", "insulin_reduction", "hba1c_target", "c_peptide",
                      "hypoglycemia_free", "time_in_range"})
NEGATED_BEFORE = re.compile(r"\b(?:none|nobody|no one|neither|never)\s+(?:(?:of \w+ )?\w+\s+)?$", re.I)
OUTCOME_TRIGGERS = tuple(sorted({t for label, _ in OUTCOMES for t in TRIGGERS.get(label, ())}))


def outcomes(text: str) -> list[OutcomeMention]:
    """Outcome mentions, one per outcome kind, with the exclusions DEV_NOTES lists."""
    return list(_outcomes(text))


@lru_cache(maxsize=8192)
def _outcomes(text: str) -> tuple[OutcomeMention, ...]:
    low = text.lower()
    if not any(t in low for t in OUTCOME_TRIGGERS):
        return ()
    found: dict[str, OutcomeMention] = {}
    extra: list[OutcomeMention] = []
    for label, rx in OUTCOMES:
        if label in TRIGGERS and not any(t in low for t in TRIGGERS[label]):
            continue
        for m in rx.finditer(text):
            if label in ("death", "adverse_event") and NEGATED_EVENT.search(text[max(0, m.start() - 25):m.end()]):
                continue
            if label in POSITIVE and NEGATED_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "but none stopped insulin"
            if label not in found:
                found[label] = OutcomeMention(label, m.start(), m.end())
            elif re.search(r"(?:;|, and|, while|, but)\s", text[found[label].end:m.start()]) and label != "death":
                extra.append(OutcomeMention(label, m.start(), m.end()))  # "21 went a year..., and 11 stayed off insulin"
    if "adverse_event" in found and re.search(r"hypoglyc|\bhypos?\b(?!-)|\blows?\b(?!-)", text[found["adverse_event"].start:found["adverse_event"].end + 30], re.I):
        del found["adverse_event"]  # "had no severe hypoglycaemic event" is a benefit, not a harm
    if "no_benefit" in found:
        if not EFFICACY_MEASURE.search(text) or NOT_NO_BENEFIT.search(text):
            del found["no_benefit"]
        else:
            return (found["no_benefit"],)  # "did not produce enough C-peptide" is no_benefit only
    if re.search(r"c-?peptide[^.;]{0,60}(?:had )?(?:fallen|declined|decreased) significantly|"
                 r"c-?peptide[^.;]{0,80}(?:fell|fallen|declined|decreased|dropped)[^.;]{0,40}\b(?:same|similar|just as|as (?:it|they) (?:does|do|did)|as in (?:untreated|control|placebo))\b", text, re.I):
        return (OutcomeMention("no_benefit", 0, len(text)),)
    if "medication_free" in found:
        found.pop("insulin_independence", None)
    if "insulin_reduction" in found and "insulin_independence" in found:
        red, ind = found["insulin_reduction"], found["insulin_independence"]
        if ind.start >= red.start and ind.end <= red.end + 20 and re.search(r"reduced or (?:eliminated|stopped)", text, re.I):
            del found["insulin_independence"]
    if "hba1c_target" in found and HBA1C_CHANGE_ONLY.search(text):
        del found["hba1c_target"]
    if "c_peptide" in found and re.search(r"(?<!from )\b(?:undetectable|no (?:detectable |measurable )?c-?peptide)\b", text, re.I):
        del found["c_peptide"]
    return tuple(sorted(list(found.values()) + [e for e in extra if e.outcome in found], key=lambda o: o.start))


def clause(text: str, start: int, end: int) -> str:
    """The clause around a mention: durations of '..., and 11 stayed off insulin for five years' stay with it."""
    bounds = [0] + [m.end() for m in re.finditer(r";\s|, and\s|, while\s|, but\s", text)] + [len(text) + 2]
    lo = max(b for b in bounds if b <= start)
    hi = min((b for b in bounds if b > end), default=len(text))
    return text[lo:hi]


def timings(text: str, single: bool, durations: list[Duration] | None = None) -> Timing:
    """Sort every duration of the sentence into time-to-outcome, outcome duration or follow-up."""
    t = Timing()
    points: list[int] = []
    for d in durations if durations is not None else find_durations(text):
        if d.days is None:
            continue
        before, after = text[max(0, d.start - 40):d.start], text[d.end:d.end + 30]
        if DISEASE_BEFORE.search(before) or re.match(r"^\s*(?:old|of age|before (?:his|her|their) (?:treatment|transplant))", after, re.I):
            continue
        if re.match(r"^[\s-]*(?:ago|earlier|apart|of (?:follow|age)|-?old)", after, re.I):
            continue
        if re.match(r"^\s*(?:after|later|post)\b", after, re.I) and not TIME_TO_BEFORE.search(before) \
                and not STRONG_DURATION_BEFORE.search(before):
            onset = single and ONSET_VERB.search(before) and not re.search(r"(?:^|[,.]\s*)$", before.strip()[-2:] or ",")
            if onset and d.start > 0 and not re.match(r"^\s*(?:at|after)\b", before[-6:], re.I):
                t.time_to = t.time_to or d.days
            else:
                t.follow_up = t.follow_up or d.days
        elif TIME_TO_BEFORE.search(before):
            t.time_to = t.time_to or d.days
        elif DURATION_BEFORE.search(before) or DURATION_AFTER.match(after):
            if t.duration is None:
                t.duration, t.qualifier = d.days, d.qualifier
        elif d.point or FOLLOW_BEFORE.search(before) or FOLLOW_AFTER.match(after) or re.match(r"^\s*[,|]|^\s*$", after):
            onset = single and re.match(r"^\s*after", after, re.I) and ONSET_VERB.search(before) and d.start > 0 \
                and not re.match(r"^\s*(?:at|after)\b", before[-6:], re.I)
            if onset:
                t.time_to = t.time_to or d.days
            else:
                t.follow_up = t.follow_up or d.days
                points.append(d.start)
    if len(points) >= 2 and t.time_to is None and re.search(r"\bstill\b", text[points[0]:points[-1]], re.I):
        # "At 4 weeks he had detectable C-peptide, and it was still there at 12 weeks"
        first = next(d for d in find_durations(text) if d.start == points[0])
        last = next(d for d in find_durations(text) if d.start == points[-1])
        t.time_to, t.follow_up = first.days, last.days
    return t
