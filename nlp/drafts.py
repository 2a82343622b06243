"""Claim drafts and what happens to them after the walk: merging, headlines, output (corrections: corrections.py).

A draft is a claim under construction: the walk adds sentences to it, then
headlines add evidence, corrections replace figures, and `to_claim` resolves
its fields by precedence (own sentence > paragraph > product > group > document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from isletwatch.model import Claim, Span

from .groups import find_counts
from .persons import find_single
from .patterns import FORWARD, HEDGES, REFINES
from .segment import Segment
from .sentence_facts import outcomes, timings



@dataclass
class Group:
    """A patient group: a trial (arm) of n patients or one patient, with what is known about it."""

    n: int | None
    single: bool = False
    age: float | None = None
    sex: str | None = None
    disease_years: float | None = None
    diag_age: float | None = None
    ordinal: int | None = None
    historical: bool = False
    home_para: int = -1
    arm: bool = False  # the treated arm of a controlled trial
    own: dict[str, object] = field(default_factory=dict)  # fields stated where the group was introduced


@dataclass
class Draft:
    """A claim under construction: one group, one outcome, the sentences that state it."""

    group: Group
    outcome: str
    w: int | None
    segs: list[Segment] = field(default_factory=list)
    hedges: list[bool] = field(default_factory=list)
    time_to: int | None = None
    duration: int | None = None
    qualifier: str | None = None
    follow_up: int | None = None
    fields: dict[str, object] = field(default_factory=dict)
    para_fields: dict[str, object] = field(default_factory=dict)
    product: str | None = None
    share: str | None = None  # the share of the group stated ("59%"): drafts with two shares are two subgroups


def _shares_agree(a: "Draft", b: "Draft") -> bool:
    return a.share is None or b.share is None or a.share == b.share


def _same_person(a: "Draft", b: "Draft", one_numbered: bool) -> bool:
    """Two one-person groups that agree on age and sex, at most one of them numbered ("the first patient") in
    a report that numbers at most one person, one of whose statements has no time of its own: a headline or
    lede ("Kobe woman now off insulin") restating the story's dated result."""
    ga, gb = a.group, b.group
    if not (ga.single and gb.single) or (ga.ordinal is not None and gb.ordinal is not None) or not one_numbered:
        return False
    if any(x is not None and y is not None and x != y for x, y in ((ga.age, gb.age), (ga.sex, gb.sex))):
        return False
    untimed = lambda d: d.time_to is None and d.duration is None and d.follow_up is None  # noqa: E731
    return untimed(a) or untimed(b)


def _same_trial(a: Group, b: Group) -> bool:
    """Two group objects that are the same trial told twice: same size, neither a person, same era and cells."""
    ca, cb = a.own.get("cell_type"), b.own.get("cell_type")
    return (not a.single and not b.single and a.n is not None and a.n == b.n and a.n > 0 and a.historical == b.historical
            and (ca is None or cb is None or ca == cb))


class DraftBook:
    """The drafts of one document; mixed into the assembler, which fills `drafts` and `groups`."""

    drafts: list[Draft]
    groups: list[Group]
    segments: list[Segment]

    def _subgroup_follow(self, g: Group, d: Draft) -> int | None:
        """A follow-up stated for a counted subgroup goes on the claims of a group or count of that size."""
        if self.subgroup_follow is None or g.single:
            return None
        days, n = self.subgroup_follow
        return days if n in (g.n, d.w) else None

    def _merge_duplicates(self) -> None:
        """Drafts that ended up on the same group and outcome are one statement (DEV_NOTES); so are two
        drafts on two trial groups of the same size with the same count (a quote restating "two of the three"), or
        with a count on one only (a lede's "helped a minority use less insulin" beside "17 of the 40")."""
        kept: list[Draft] = []
        one_numbered = len({id(d.group) for d in self.drafts if d.group.single and d.group.ordinal is not None}) <= 1
        for d in self.drafts:
            twin = next((k for k in kept if k.outcome == d.outcome and _shares_agree(k, d)
                         and (k.duration is None or d.duration is None or k.duration == d.duration or k.w != d.w) and (
                k.group is d.group and (k.w is None or d.w is None or k.w == d.w)
                or _same_trial(k.group, d.group) and (k.w is None or d.w is None or k.w == d.w)
                or _same_person(k, d, one_numbered))), None)
            if twin is None:
                kept.append(d)
                continue
            twin.w = twin.w if twin.w is not None else d.w
            for seg, h in zip(d.segs, d.hedges):
                if seg not in twin.segs:
                    twin.segs.append(seg)
                    twin.hedges.append(h)
            for name in ("time_to", "follow_up"):
                setattr(twin, name, getattr(twin, name) or getattr(d, name))
            if twin.duration is None:
                twin.duration, twin.qualifier = d.duration, d.qualifier
            for k, v in d.fields.items():
                twin.fields.setdefault(k, v)
            for k, v in d.para_fields.items():
                twin.para_fields.setdefault(k, v)
            twin.product = twin.product or d.product
            twin.share = twin.share or d.share
        self.drafts = kept
        self._fold_group_level()

    def _fold_group_level(self) -> None:
        """A group-level statement on a whole randomized group ("insulin doses were lower at week 48", 91
        randomized) restates the treated arm's counted result of the same outcome ("9 of 45 given UC-MSCs"):
        it is evidence for that claim, not a claim about all 91, placebo arm included."""
        for d in list(self.drafts):
            if d.w is not None or d.outcome in ("death", "adverse_event", "no_benefit") or d.group.single or not d.group.n:
                continue
            arm = [x for x in self.drafts if x is not d and x.outcome == d.outcome and x.w is not None and not x.group.single
                   and x.group.n and x.group.n < d.group.n and not x.group.historical]
            if len(arm) != 1 or not re.search(r"\b(?:placebo|control|randomi[sz]ed|standard care|sham)\b", self.text, re.I):
                continue
            twin = arm[0]
            for seg, hedge in zip(d.segs, d.hedges):
                if seg not in twin.segs:
                    twin.segs.append(seg)
                    twin.hedges.append(hedge)
            twin.follow_up = twin.follow_up or d.follow_up
            self.drafts.remove(d)

    def _headline(self, seg: Segment) -> None:
        found = outcomes(seg.text)
        if not found or FORWARD.search(seg.text) and not HEDGES.search(seg.text):
            return
        counts = find_counts(seg.text)
        singles = find_single(seg.text) or (re.search(r"\b(?:man|woman|girl|boy)\b", seg.text, re.I) and [1])
        ordinal = next((r.ordinal for r in find_single(seg.text) if r.ordinal), None)
        for o in found:
            for d in self.drafts:
                if d.outcome != o.outcome:
                    continue
                if singles and not d.group.single or ordinal and d.group.ordinal != ordinal:
                    continue
                if counts and not singles and not any(c.w in (d.w, None) or c.n == d.group.n for c in counts):
                    continue
                if seg not in d.segs:
                    d.segs.append(seg)
                    d.hedges.append(bool(HEDGES.search(seg.text)))
                    if d.group.single and o.outcome not in ("adverse_event", "death"):
                        t = timings(seg.text, True)  # "Day 200 and still not a single unit of insulin": the body never says 200
                        d.follow_up = d.follow_up or (t.follow_up if not d.duration and t.follow_up != d.time_to else None)
                        if d.duration is None and t.duration and not d.follow_up:
                            d.duration, d.qualifier = t.duration, t.qualifier
                        if d.time_to is None and t.time_to and t.time_to not in (d.follow_up, d.duration):
                            d.time_to = t.time_to  # "Ten weeks after his infusion, a teacher stopped his insulin"

    def _finish(self, d: Draft) -> Claim:
        g = d.group
        base = {} if g.historical else dict(self.ctx.doc_fields)
        home = {} if g.historical else self.ctx.para_fields.get(g.home_para, {})
        local_cell = d.fields.get("cell_type") or g.own.get("cell_type") or d.para_fields.get("cell_type") or home.get("cell_type")
        product = d.product
        if product is None and not g.historical:
            product = self.ctx.doc_product()
            linked_cell = self.ctx.product_fields.get(product or "", {}).get("cell_type")
            if local_cell and linked_cell and local_cell != linked_cell:
                product = None  # the document's product belongs to another intervention ("donor islets" vs a stem cell product)
        linked = self.ctx.product_fields.get(product or "", {})
        if local_cell and base.get("cell_type") and local_cell != base["cell_type"] \
                and base["cell_type"] not in REFINES.get(local_cell, ()):  # "stem cell-derived islets" of a document about iPSCs
            base = {k: v for k, v in base.items() if k not in ("cell_source", "implant_site", "immunosuppression")}
        fields = {**base, **linked, **home, **d.para_fields, **g.own, **d.fields}
        if g.historical:
            fields = {**d.para_fields, **g.own, **d.fields}
            fields.pop("diabetes_type", None) if "diabetes_type" not in g.own else None
            fields.pop("cell_source", None) if "cell_source" not in g.own else None
        elif fields.get("cell_type") == "donor_islets" and "cell_source" not in fields:
            fields["cell_source"] = "allogeneic"
        paras = {s.para for s in d.segs} | {g.home_para}
        near = next((self.ctx.para_fields[p]["cell_type"] for p in sorted(paras)
                     if self.ctx.para_fields.get(p, {}).get("cell_type") not in (None, "stem_cell")), None)
        kinds = {f.get("cell_type") for f in self.ctx.para_fields.values()} - {None, "stem_cell"}
        specific = linked.get("cell_type") or near or (base.get("cell_type") if len(kinds) == 1 else None)  # the one kind named
        if fields.get("cell_type") == "stem_cell" and specific in ("iPSC", "CiPSC", "ESC", "PSC", "MSC", "HSC"):
            fields["cell_type"] = specific  # "the patients' own stem cells" restates the kind named elsewhere
        disease = g.disease_years
        age = g.age
        if not g.single and not g.historical:
            age = age if age is not None else self.doc_group_age
            disease = disease if disease is not None else self.doc_group_years
        if disease is None and g.single and g.age is not None and g.diag_age is not None and g.age > g.diag_age:
            disease = g.age - g.diag_age
        spans = sorted({(s.start, s.end) for s in d.segs})
        return Claim(
            diabetes_type=fields.get("diabetes_type"), n_patients=g.n, n_with_outcome=1 if g.single else d.w,
            age_years=age, sex=g.sex if g.single else None, disease_duration_years=disease,
            cell_type=fields.get("cell_type"), cell_source=fields.get("cell_source"), product=product,
            immunosuppression=fields.get("immunosuppression"), implant_site=fields.get("implant_site"),
            outcome=d.outcome, time_to_outcome_days=d.time_to, outcome_duration_days=d.duration,
            outcome_duration_qualifier=d.qualifier if d.duration is not None else None,
            follow_up_days=d.follow_up or (None if g.historical else self.design_follow or self._subgroup_follow(g, d) or (
                self.since_treated if g.single and not any(x.n and not x.single for x in self.groups) else None)),
            study_phase=fields.get("study_phase"), hedged=bool(d.hedges) and all(d.hedges),
            evidence=[Span(a, b) for a, b in spans],
        )
