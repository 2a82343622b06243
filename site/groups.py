"""Claim groups: the same claim as reported by different sources, and where their figures differ.

A simple, deterministic rule, documented on the about page:
- claims are bucketed by diabetes type + outcome + cell type;
- inside a bucket, taken oldest report first, a claim joins the first group
  whose earliest claim has a patient count within 20 % (both unknown also
  matches) and whose members state no conflicting product, sex, age (±2
  years), cell source, implant site or immunosuppression;
- a group is kept when at least two documents report it.

The reference of a group is its earliest primary source (abstract, article,
preprint, registry), or its earliest report when there is none; every other
row is compared with it figure by figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from isletwatch.model import stable_hash

from . import labels
from .pages import ClaimView

N_TOLERANCE = 0.2
AGE_TOLERANCE = 2.0
IDENTITY_FIELDS = ("product", "sex", "cell_source", "implant_site", "immunosuppression")
#: Figures compared across sources, in the order a reader scans them.
COMPARED = ("n_patients", "n_with_outcome", "time_to_outcome_days", "outcome_duration_days", "follow_up_days")


@dataclass(frozen=True)
class Cell:
    """One figure of one row: its text and how it compares with the reference."""

    text: str
    status: str = ""  # "", "same", "higher", "lower", "added" (not in the reference), "missing"


@dataclass(eq=False)
class Row:
    claim: ClaimView
    reference: bool = False
    cells: dict[str, Cell] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Group:
    id: str
    key: tuple[str, str, str]
    members: list[ClaimView]
    document_count: int = 0
    rows: list[Row] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"groups/{self.id}.html"

    @property
    def title(self) -> str:
        first = self.members[0].claim
        parts = [labels.label("diabetes_type", first.diabetes_type) or "Diabetes type not stated",
                 labels.label("outcome", first.outcome),
                 labels.label("cell_type", first.cell_type) or "cells not stated"]
        products = self.products
        if products:
            parts.append(", ".join(products))
        return " · ".join(parts)

    @property
    def products(self) -> list[str]:
        return sorted({c.claim.product for c in self.members if c.claim.product})

    @property
    def reference(self) -> Row:
        return next(r for r in self.rows if r.reference)

    @property
    def first(self) -> ClaimView:
        return self.members[0]

    @property
    def latest(self) -> ClaimView:
        return max(self.members, key=lambda c: c.published or "")

    @property
    def flagged(self) -> int:
        return sum(1 for r in self.rows if r.flags)

    @property
    def has_primary(self) -> bool:
        return any(c.doc.primary for c in self.members)


def _chronological(claim: ClaimView) -> tuple[Any, ...]:
    return (claim.published or "9999", claim.doc.doc.id, claim.number)


def _n_close(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= N_TOLERANCE * max(a, b)


class _Cluster:
    """Members so far plus what they state, so a candidate is checked against all of them in constant time."""

    def __init__(self, first: ClaimView) -> None:
        self.members = [first]
        self.n = first.claim.n_patients
        self.stated: dict[str, object] = {}
        self.ranges: dict[str, tuple[float, float]] = {}
        self._note(first)

    def _note(self, claim: ClaimView) -> None:
        for name in IDENTITY_FIELDS:
            value = getattr(claim.claim, name)
            if value is not None:
                self.stated[name] = value
        for name in ("age_years", "disease_duration_years"):
            value = getattr(claim.claim, name)
            if value is not None:
                low, high = self.ranges.get(name, (value, value))
                self.ranges[name] = (min(low, value), max(high, value))

    def accepts(self, claim: ClaimView) -> bool:
        c = claim.claim
        if not _n_close(c.n_patients, self.n):
            return False
        for name, theirs in self.stated.items():
            mine = getattr(c, name)
            if mine is not None and mine != theirs:
                return False
        for name, (low, high) in self.ranges.items():
            mine = getattr(c, name)
            if mine is not None and (abs(mine - low) > AGE_TOLERANCE or abs(mine - high) > AGE_TOLERANCE):
                return False
        return True

    def add(self, claim: ClaimView) -> None:
        self.members.append(claim)
        self._note(claim)


def group_claims(claims: Iterable[ClaimView]) -> list[Group]:
    """Groups of two or more documents, most reported first; sets `claim.group` on every member."""
    buckets: dict[tuple[str, str, str], list[ClaimView]] = {}
    for claim in claims:
        c = claim.claim
        if c.outcome is not None:
            buckets.setdefault((c.diabetes_type or "", c.outcome, c.cell_type or ""), []).append(claim)
    groups: list[Group] = []
    for key in sorted(buckets):
        clusters: list[_Cluster] = []
        for claim in sorted(buckets[key], key=_chronological):
            target = next((g for g in clusters if g.accepts(claim)), None)
            if target is None:
                clusters.append(_Cluster(claim))
            else:
                target.add(claim)
        for cluster in clusters:
            members = cluster.members
            documents = len({id(m.doc) for m in members})
            if documents < 2:
                continue
            anchor = members[0]
            group = Group(f"g{stable_hash(*key, anchor.doc.doc.id, str(anchor.number), length=12)}", key, members,
                          document_count=documents)
            group.rows = compare(members)
            for member in members:
                member.group = group
            groups.append(group)
    groups.sort(key=lambda g: g.id)
    groups.sort(key=lambda g: g.latest.published or "", reverse=True)
    groups.sort(key=lambda g: g.document_count, reverse=True)
    return groups


def compare(members: list[ClaimView]) -> list[Row]:
    """One row per claim, oldest first; each figure compared with the reference row."""
    ref = next((m for m in members if m.doc.primary), members[0])
    rows = []
    for member in members:
        row = Row(member, reference=member is ref)
        for name in COMPARED:
            mine, theirs = getattr(member.claim, name), getattr(ref.claim, name)
            row.cells[name] = Cell(_figure(member, name), "" if row.reference else _status(mine, theirs))
            if not row.reference:
                flag = _flag(name, mine, theirs, ref)
                if flag:
                    row.flags.append(flag)
        if not row.reference and member.claim.hedged is False and ref.claim.hedged:
            row.flags.append("states flatly what the reference only hedges")
        rows.append(row)
    return rows


def _figure(claim: ClaimView, name: str) -> str:
    value = getattr(claim.claim, name)
    if name in ("n_patients", "n_with_outcome"):
        return labels.number(value)
    qualifier = claim.claim.outcome_duration_qualifier if name == "outcome_duration_days" else None
    return labels.days(value, qualifier)


def _status(mine: Any, theirs: Any) -> str:
    if mine is None:
        return "missing" if theirs is not None else ""
    if theirs is None:
        return "added"
    return "same" if mine == theirs else ("higher" if mine > theirs else "lower")


def _flag(name: str, mine: Any, theirs: Any, ref: ClaimView) -> str:
    status = _status(mine, theirs)
    what = labels.FIELD_LABELS[name].lower()
    source = labels.KIND_LABELS.get(ref.doc.doc.kind, "reference").lower()
    if status in ("higher", "lower"):
        shown = labels.number if name.startswith("n_") else labels.days
        return f"{what}: {shown(mine)} where the {source} says {shown(theirs)}"
    if status == "added":
        shown = labels.number if name.startswith("n_") else labels.days
        return f"{what}: {shown(mine)}, not stated in the {source}"
    return ""
