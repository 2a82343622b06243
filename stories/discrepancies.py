"""Where a report departs from its story's primary source.

Each report's claims are compared with the primary source's on counts,
durations, outcome, diabetes type, cell type and immunosuppression, and for a
claim the source hedges but the report states flatly. The headline and lead
are compared with the source too ("every patient" against 10 of 12, "for good"
against one year). Only claims whose confidence is high on both sides can
raise a discrepancy: a doubtful extraction must not accuse an outlet.
"""
from __future__ import annotations

import re
from typing import Any

from isletwatch.model import Claim, Document
from isletwatch.story import Discrepancy

from .hype import stances

HIGH_CONFIDENCE = 0.6
#: Relative tolerance for durations: "two and a half months" is 75 days, near enough.
DURATION_TOLERANCE = 0.15
COUNTS = ("n_patients", "n_with_outcome")
DURATIONS = ("time_to_outcome_days", "outcome_duration_days", "follow_up_days")
CATEGORIES = ("outcome", "diabetes_type", "cell_type", "immunosuppression")
_EVERY = re.compile(r"\b(?:every (?:one of the )?(?:patient|participant|one)|all (?:the )?(?:\d+ )?(?:patients|participants)|"
                    r"each (?:patient|participant))\b", re.I)
#: A report naming a broader cell type than the source ("stem cells" for CiPSC) is vaguer, not wrong.
BROADER = {"stem_cell": {"iPSC", "CiPSC", "ESC", "PSC", "MSC", "HSC"}, "PSC": {"iPSC", "CiPSC", "ESC"},
           "iPSC": {"CiPSC"}}
_FOREVER = re.compile(r"\b(?:for good|permanently|for ever|forever|for life|cured)\b", re.I)


def confident(claim: Claim) -> bool:
    """High confidence only: a claim without a confidence is not trusted to accuse anyone."""
    return claim.confidence is not None and claim.confidence >= HIGH_CONFIDENCE


def evidence(doc: Document, claim: Claim) -> str:
    """The claim's evidence spans as text, so a reader sees both sides' own words."""
    pieces = [doc.text[max(0, s.start):max(0, min(s.end, len(doc.text)))].strip() for s in claim.evidence]
    return " … ".join(p for p in pieces if p)[:400]


def _pair(report: Claim, sources: list[Claim]) -> Claim | None:
    """The source claim a report claim restates: the closest of the same outcome, else the source's only claim.

    Closest = fewest fields stated differently: "10 for more than five years" restates the source's subgroup
    of 10, not its 21 of 30 at one year, so it must not be compared with the latter.
    """
    same = [c for c in sources if c.outcome and c.outcome == report.outcome]
    if same:
        return min(same, key=lambda c: (sum(_differs(n, getattr(report, n), getattr(c, n))
                                            for n in (*COUNTS, *DURATIONS)), c.position))
    return sources[0] if len(sources) == 1 else None


def _time_stated(days: Any, sources: list[Claim]) -> bool:
    """Whether any confident source claim states this time (as follow-up, duration or time to outcome)."""
    return days is not None and any(not _differs(name, days, getattr(c, name)) and getattr(c, name) is not None
                                    for c in sources for name in DURATIONS)


def _same_frame(a: Claim, b: Claim) -> bool:
    """Counts are comparable only at comparable times: both claims state a duration, or neither does."""
    return (a.outcome_duration_days is None) == (b.outcome_duration_days is None)


def _differs(name: str, mine: Any, theirs: Any) -> bool:
    if mine is None or theirs is None:
        return False
    if name in DURATIONS:
        return abs(mine - theirs) > DURATION_TOLERANCE * max(mine, theirs)
    if name == "cell_type" and (mine in BROADER.get(theirs, ()) or theirs in BROADER.get(mine, ())):
        return False
    return mine != theirs


def compare(primary_doc: Document, primary_claims: list[Claim], doc: Document,
            claims: list[Claim], headlines: bool = True) -> list[Discrepancy]:
    """Departures of one report from the primary source (fields in a fixed order, each at most once).

    `headlines=False` for a companion paper: its lead is a scientific summary, not a headline.
    """
    sources = [c for c in primary_claims if confident(c)]
    if not sources:
        return []
    out: dict[str, Discrepancy] = {}
    for claim in (c for c in claims if confident(c)):
        source = _pair(claim, sources)
        if source is None:
            continue
        for name in (*COUNTS, *DURATIONS, *CATEGORIES):
            mine, theirs = getattr(claim, name), getattr(source, name)
            if name in COUNTS and not _same_frame(claim, source):
                continue
            if name in DURATIONS and _time_stated(mine, sources):
                continue  # a time point the source states for another finding is no departure
            if name not in out and _differs(name, mine, theirs):
                out[name] = Discrepancy(name, theirs, mine, doc.id, evidence(primary_doc, source),
                                        evidence(doc, claim))
        if source.hedged and not claim.hedged and "hedged" not in out:
            out["hedged"] = Discrepancy("hedged", "hedged", "stated flatly", doc.id, evidence(primary_doc, source),
                                        evidence(doc, claim))
    if headlines:
        out.update({d.field: d for d in headline(primary_doc, sources, doc) if d.field not in out})
    return list(out.values())


def headline(primary_doc: Document, sources: list[Claim], doc: Document) -> list[Discrepancy]:
    """The title and lead against the source: 'every patient' for a partial count, 'for good' for a bounded time."""
    lead = f"{doc.title}\n{doc.text[:400]}"
    out = []
    partial = next((c for c in sources if c.n_with_outcome is not None and c.n_patients
                    and c.n_with_outcome < c.n_patients), None)
    m = _EVERY.search(lead)
    if partial and m:
        out.append(Discrepancy("headline_count", f"{partial.n_with_outcome} of {partial.n_patients}", m.group(0),
                               doc.id, evidence(primary_doc, partial), _around(lead, m)))
    bounded = next((c for c in sources if c.outcome in ("insulin_independence", "medication_free")
                    and (c.outcome_duration_days or c.follow_up_days)), None)
    m = next((m for m in _FOREVER.finditer(lead) if _asserted(lead, m)), None)
    if bounded and m:
        days = bounded.outcome_duration_days or bounded.follow_up_days
        out.append(Discrepancy("headline_duration", f"{days} days", m.group(0), doc.id,
                               evidence(primary_doc, bounded), _around(lead, m)))
    return out


def _asserted(text: str, m: re.Match[str]) -> bool:
    """'cured' in the reporter's own voice, not quoted or rejected (see hype.stances)."""
    return any(h.stance == "asserted" and h.term == m.group(0).lower()
               for h in stances("", text[max(0, m.start() - 200):m.end() + 60]))


def _around(text: str, m: re.Match[str]) -> str:
    start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    end = min([i for i in (text.find("\n", m.end()), text.find(". ", m.end())) if i != -1] or [len(text)])
    return text[start:end + 1].strip()[:300]
