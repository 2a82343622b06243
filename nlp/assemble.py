"""Assemble SCHEMA v1 claims: one per outcome per patient group, with evidence.

The walk goes sentence by sentence and keeps the groups seen so far (the
trial's treated group, single patients), because news writes "Two of the 14
participants..." once and "Four patients had..." later about the same trial.
Group fields stated anywhere in the document are inherited (DEV_NOTES), with
the claim's own sentence and paragraph taking precedence, so a document about
two patients in two cities keeps their fields apart. Headlines only add
evidence to claims the body states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from isletwatch.model import Claim, Span

from .durations import find_durations
from .numbers import find_numbers
from .groups import _find_counts, _find_single
from .groups import Count, diagnosis_age, find_counts, find_single, group_age, group_disease_years, single_disease_years
from .patterns import ANECDOTE, ANIMALS, CONTROL_ARM, FORWARD, HEDGES, MEASURE_DEFINITION, PER_DEVICE, RELAPSE
from .segment import BODY, DECK, HEADLINE, TABLE, Segment
from .sentence_facts import _intervention_fields, _outcomes
from .sentence_facts import clause, intervention_fields, outcomes, timings
from .tables import row_facts

GENERIC = re.compile(r"\b(?:most|many) people\b|\bpeople with (?:type|diabetes)\b|\banyone\b|\beveryone\b|"
                     r"\bworldwide\b|\bin general\b|\bsomeone\b|\bwhen (?:someone|anyone|patients)\b|\btypically\b|\busually\b|\?\s*$", re.I)
PLURAL_REF = re.compile(r"\b(?:they|their|them|patients|participants|subjects|recipients|children|adults|all|each|the group|the cohort)\b", re.I)
SINGULAR_REF = re.compile(r"\b(?:she|he|her|his|him)\b(?!\s+(?:said|added|says|told|noted|explained))|\bthe patient\b|"
                          r"(?-i:\bI\b)|\bmy\b(?! (?:husband|wife|son|daughter|brother|sister|mother|father|mum|mom|dad|child|team|colleagues))", re.I)
BACKGROUND = re.compile(r"^\s*(?:background|objectives?|aims?|purpose|introduction|rationale|context|importance)\s*[:.]", re.I)
HISTORICAL = re.compile(r"^\s*(?:in|back in|by) (?:19|20)\d\d\b", re.I)
ENDPOINT_DEF = re.compile(r"primary (?:end ?point|outcome) (?:was|is)\b(?! (?:met|reached|achieved))", re.I)
ENDPOINT_MET = re.compile(r"(?:met|reached|achieved) the primary end ?point\b(?! of)|primary end ?point was (?:met|reached|achieved)", re.I)
SAME_POINT = re.compile(r"\b(?:by|at) (?:that|the same) (?:point|time|visit|time point)\b", re.I)
ARM_SPLIT = re.compile(r"\b(?P<n>\d{1,4})\s+(?:(?!of\b|the\b)[\w-]+\s+){0,2}(?:group|arm)?,?\s*(?:and\s+)?\d{1,4}\s+(?:on\s+|received\s+|in the\s+|to\s+)?(?:placebo|control|sham)", re.I)
SAID_EARLIER = re.compile(r"\b(?:an? )?(?:earlier|previous|original) version[^.;]{0,60}?\b(?:said|stated|reported|gave|misstated)\b", re.I)
GROUP_FIELDS = ("diabetes_type", "cell_type", "cell_source", "implant_site", "immunosuppression", "study_phase")


@dataclass
class Group:
    n: int | None
    single: bool = False
    age: float | None = None
    sex: str | None = None
    disease_years: float | None = None
    diag_age: float | None = None
    ordinal: int | None = None
    historical: bool = False
    home_para: int = -1
    own: dict[str, object] = field(default_factory=dict)  # fields stated where the group was introduced

    def key(self) -> tuple:
        return ("single", id(self)) if self.single else ("n", self.n)


@dataclass
class Draft:
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
    product: str | None = None


class Assembler:
    """One document's walk; `run()` returns its claims in text order."""

    def __init__(self, text: str, segments: list[Segment], products: list, aliases: dict[str, str]):
        self.text, self.segments = text, segments
        self.products, self.aliases = products, aliases
        self.groups: list[Group] = []
        self.trial: Group | None = None
        self.single: Group | None = None
        self.focus: Group | None = None
        self.drafts: list[Draft] = []
        self.endpoint: tuple[list, object] | None = None
        self.last_follow: dict[int, int] = {}
        self.doc_group_age: float | None = None
        self.doc_group_years: float | None = None
        body = [s for s in segments if s.kind in (BODY, TABLE, HEADLINE, DECK)]
        self.doc_fields = self._doc_fields(body)
        self.para_fields: dict[int, dict[str, object]] = {}
        for s in body:
            if s.kind in (BODY, TABLE) and not _forward(s.text) and not _animal(s.text):
                for k, v in intervention_fields(s.text).items():
                    self.para_fields.setdefault(s.para, {}).setdefault(k, v)
        self.animal_doc = self._is_animal_doc(body)
        self.product_fields: dict[str, dict[str, object]] = {}
        for p in products:
            name = aliases.get(p.name, p.name)
            seg = next((s for s in body if s.start <= p.start < s.end), None)
            if seg is not None and not _forward(seg.text):
                for k, v in intervention_fields(seg.text).items():
                    if k != "diabetes_type":
                        self.product_fields.setdefault(name, {}).setdefault(k, v)

    @staticmethod
    def _doc_fields(body: list[Segment]) -> dict[str, object]:
        from .patterns import CELL_TYPES
        from .sentence_facts import table_rank
        out: dict[str, object] = {}
        for s in body:
            if _forward(s.text) and s.kind == BODY or _animal(s.text):
                dtype = intervention_fields(s.text).get("diabetes_type") if not _animal(s.text) else None
                if dtype and "diabetes_type" not in out:
                    out["diabetes_type"] = dtype  # the disease is the same in background sentences
                continue
            for k, v in intervention_fields(s.text).items():
                if k == "cell_type" and k in out:
                    if table_rank(CELL_TYPES, str(v)) < table_rank(CELL_TYPES, str(out[k])):
                        out[k] = v
                    continue
                out.setdefault(k, v)
        return out

    @staticmethod
    def _is_animal_doc(body: list[Segment]) -> bool:
        animal = sum(1 for s in body if _animal(s.text))
        human = sum(1 for s in body if re.search(r"\b(?:patients?|participants?|people|adults|children|volunteers|woman|man)\b", s.text, re.I)
                    and not _animal(s.text))
        return animal >= 2 and animal >= human

    # -- groups -------------------------------------------------------------------------------
    def _new_group(self, n: int | None, seg: Segment, single: bool = False, **kw) -> Group:
        g = Group(n=n, single=single, home_para=seg.para, own=intervention_fields(seg.text), **kw)
        self.groups.append(g)
        return g

    def _single_for(self, seg: Segment) -> Group | None:
        refs = _collapse(find_single(seg.text))
        g = None
        for ref in refs:
            match = next((x for x in reversed(self.groups) if x.single and (
                (ref.age is not None and x.age == ref.age) or (ref.ordinal is not None and x.ordinal == ref.ordinal))), None)
            if match is None and ref.definite and self.single and ref.ordinal is None and (
                    ref.age is None or self.single.age is None) and (ref.sex is None or self.single.sex in (None, ref.sex)):
                match = self.single
            if match is None and ref.ordinal is None and self.single and not ref.definite and ref.age is None and \
                    ref.sex and self.single.sex in (None, ref.sex) and self.single.age is None:
                match = self.single
            if match is None and ref.ordinal is None and ref.age is not None and self.single and self.single.age is None \
                    and (ref.sex is None or self.single.sex in (None, ref.sex)) and not re.search(r"\bone (?:patient|recipient)", seg.text, re.I):
                match = self.single
            if match is None:
                match = self._new_group(1, seg, single=True, ordinal=ref.ordinal)
            match.age = match.age if match.age is not None else ref.age
            match.sex = match.sex or ref.sex
            g = match
        if g is not None:
            self.single = g
        return g

    def _note_group_facts(self, seg: Segment, counts: list[Count]) -> None:
        largest_explicit = max((c.n for c in counts if c.kind in ("of", "all", "slash") and c.n), default=0)
        for c in counts:
            arm_split = bool(CONTROL_ARM.search(seg.text))  # "32 received MSCs and 16 received placebo"
            if c.kind in ("plain", "bare") and c.intro and c.n and c.n > largest_explicit \
                    and not CONTROL_ARM.search(seg.text[c.start:c.end + 40]) \
                    and (self.trial is None or c.n > (self.trial.n or 0) or arm_split or seg.para != self.trial.home_para):
                self.trial = self._new_group(c.n, seg, historical=bool(HISTORICAL.search(seg.text)))
                self.focus = self.trial
            elif c.kind in ("of", "all", "slash", "plain") and c.n and (self.trial is None or (c.kind == "plain" and not self.trial)):
                self.trial = self._new_group(c.n, seg, historical=bool(HISTORICAL.search(seg.text)))
        arm = ARM_SPLIT.search(seg.text)
        if arm and self.trial:
            self.trial = self.focus = self._group_n(int(arm.group("n")), seg)  # "(43 UC-MSC, 42 placebo)"
        for c in counts:
            if c.kind == "of" and c.n and self.trial and self.trial.n and c.n < self.trial.n and \
                    re.match(r"\s*(?:\w+\s+)?(?:treated|who received|receiving|in the (?:treatment|active|cell|\w+-?\w*) (?:arm|group))", seg.text[c.end:c.end + 40], re.I):
                self.trial = self.focus = self._group_n(c.n, seg)  # "eleven of the 43 treated patients": the treated arm
        age, dur = group_age(seg.text), group_disease_years(seg.text)
        if age is not None:
            self.doc_group_age = self.doc_group_age if self.doc_group_age is not None else age
        if dur is not None:
            self.doc_group_years = self.doc_group_years if self.doc_group_years is not None else dur
        target = self.trial if (age is not None or dur is not None) and self.trial else None
        if target:
            target.age = target.age if target.age is not None else age
            target.disease_years = target.disease_years if target.disease_years is not None else dur

    # -- claims -------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        if self.animal_doc:
            return []
        headlines: list[Segment] = []
        for seg in self.segments:
            if seg.kind in (HEADLINE, DECK):
                headlines.append(seg)
            elif seg.kind == TABLE:
                self._table_row(seg)
            elif seg.kind == BODY:
                self._sentence(seg)
        self._apply_corrections()
        pending = next((g for g in self.groups if g.n == -1), None)
        if pending is not None:
            real = next((g for g in self.groups if g.n not in (-1, None) and not g.single), None)
            if real is None:
                self.drafts = [d for d in self.drafts if d.group is not pending]
            else:
                for d in self.drafts:
                    if d.group is pending:
                        d.group = real
                self._merge_duplicates()
        for seg in headlines:
            self._headline(seg)
        return [self._finish(d) for d in self.drafts]

    def _claimable(self, seg: Segment, counts: list[Count]) -> bool:
        t = seg.text
        if BACKGROUND.match(t) or SAID_EARLIER.search(t) or re.match(r"^\s*(?:correction|clarification)\b", t, re.I):
            return False
        if MEASURE_DEFINITION.search(t) and not any(c.w is not None for c in counts) and not (
                seg.kind == TABLE and t.count("|") >= 3):
            return False  # a registry's outcome measure names what will be counted, not a result
        return not (_animal(t) or ANECDOTE.search(t) or (GENERIC.search(t) and not counts and not SINGULAR_REF.search(t)))

    def _sentence(self, seg: Segment) -> None:
        t = seg.text
        counts = [c for c in find_counts(t) if not PER_DEVICE.match(t[c.end:c.end + 15].strip() or "x")
                  and not CONTROL_ARM.search(t[c.start:c.end + 25])]  # a placebo arm is a comparison, not a claim
        single = self._single_for(seg) if not ANECDOTE.search(t) else None
        self._note_group_facts(seg, counts)
        if single is not None:
            dy = single_disease_years(t)
            single.disease_years = single.disease_years if single.disease_years is not None else dy
            single.diag_age = single.diag_age if single.diag_age is not None else diagnosis_age(t)
            if seg.para not in (single.home_para,):
                single.own.update({k: v for k, v in intervention_fields(t).items() if k not in single.own})
            self.focus = single
        elif SINGULAR_REF.search(t) and not counts and self.single is None and re.search(r"\bdiagnosed\b", t):
            self.single = self.focus = self._new_group(1, seg, single=True)
            self.single.sex = "female" if re.search(r"\b(?:she|her)\b", t, re.I) else "male"
        elif SINGULAR_REF.search(t) and self.single and not counts:
            self.focus = self.single
            if self.single.sex is None:
                pron = re.search(r"\b(she|her|he|his|him)\b(?!\s+(?:said|added|says|told|noted))", t, re.I)
                if pron and not re.search(r"\b(?:said|says|told|added)\b", t[max(0, pron.start() - 25):pron.start()]):
                    self.single.sex = "female" if pron.group(1).lower() in ("she", "her") else "male"
            for k, v in intervention_fields(t).items():
                self.single.own.setdefault(k, v)
        if ENDPOINT_DEF.search(t):
            self.endpoint = (outcomes(t), timings(t, False))
            return
        found = outcomes(t)
        if ENDPOINT_MET.search(t) and self.endpoint and self.endpoint[0]:
            m = ENDPOINT_MET.search(t)
            found = [type(o)(o.outcome, m.start(), m.end()) for o in self.endpoint[0] if o.outcome not in {f.outcome for f in found}] + found
        if not found or not self._claimable(seg, counts):
            return
        hedged = bool(HEDGES.search(t))
        relapse = RELAPSE.search(t)
        for o in found:
            if FORWARD.search(t[:o.end]) and not HEDGES.search(t[:o.end]):
                continue  # "could restore insulin production", "before they can stop insulin"
            if relapse and relapse.start() <= o.end + 5 and not re.search(r"\bstill\b", t):
                continue
            group, w = self._resolve(seg, counts, o, single)
            if group is None:
                if not counts and not SINGULAR_REF.search(t):
                    group = self._pending(seg)
                else:
                    continue
            group_level = bool(re.search(r"\b(?:most|many|some|several|all|a few|few) (?:of the )?(?:patients|participants|recipients|subjects|children|adults)\b", t, re.I))
            explicit_w = w if not group.single or counts else None
            if o.outcome in ("death", "adverse_event") and (w == 0 or (w is None and not group.single and not group_level) or (
                    group.single and explicit_w is None and single is None and not SINGULAR_REF.search(t))):
                continue
            local = timings(clause(t, o.start, o.end), group.single)
            timing = timings(t, group.single)
            timing.time_to = local.time_to or (timing.time_to if timing.follow_up and local.follow_up != timing.follow_up else None)
            timing.duration, timing.qualifier = local.duration, local.qualifier
            if timing.follow_up is None and SAME_POINT.search(t):
                timing.follow_up = self.last_follow.get(seg.para)
            if ENDPOINT_MET.search(t) and self.endpoint and timing.follow_up is None:
                timing.follow_up = self.endpoint[1].follow_up
            if timing.follow_up:
                self.last_follow[seg.para] = timing.follow_up
            hedged = bool(HEDGES.search(clause(t, o.start, o.end)))
            self._add(group, o.outcome, w, seg, hedged, timing)

    def _pending(self, seg: Segment) -> Group:
        """A result stated before its group is introduced ('Infusing children ... did not preserve ...')."""
        g = next((x for x in self.groups if x.n == -1), None)
        return g or self._new_group(-1, seg)

    def _resolve(self, seg: Segment, counts: list[Count], o, single: Group | None) -> tuple[Group | None, int | None]:
        explicit = [c for c in counts if c.kind in ("of", "slash", "all", "none", "bare", "percent", "definite") and not (c.kind == "bare" and c.intro)]
        part = clause(seg.text, o.start, o.end)
        lo = seg.text.find(part)
        local = [c for c in counts if lo <= c.start <= o.start and not c.intro]
        if not local and lo > 0:
            ref = find_single(part)
            if ref and any(r.ordinal or r.age for r in ref):
                g = self._single_for(Segment(seg.start + lo, seg.start + lo + len(part), part, seg.kind, seg.line, seg.para))
                if g is not None:
                    return g, 1  # "..., and that the first patient was insulin independent at day 270"
        before = local or [c for c in explicit if c.start <= o.start] or [c for c in counts if c.kind == "plain" and c.start <= o.start]
        chosen = before[-1] if before else (explicit[0] if explicit else next((c for c in counts if c.kind == "plain"), None))
        if chosen and CONTROL_ARM.search(seg.text[chosen.start:chosen.end + 25]):
            return None, None
        one = re.search(r"\bone (?:patient|recipient|participant|subject)\b", seg.text[:o.start], re.I)
        if one and self.trial and self.trial.n and (o.outcome in ("death", "adverse_event") or any(
                c.n == self.trial.n and c.kind in ("of", "all", "slash") for c in counts)):
            return self.trial, 1  # a death or event in one patient is a count within the trial (DEV_NOTES)
        if one and not chosen:
            return self._new_group(1, seg, single=True, ordinal=100 + len(self.groups)), 1
        if chosen is None:
            if single is not None or (SINGULAR_REF.search(seg.text) and self.single and not PLURAL_REF.search(seg.text)):
                g = single or self.single
                return g, 1
            g = self.focus or self.trial or self.single
            return g, (1 if g and g.single else None)
        if chosen.kind == "definite":
            return self._group_n(chosen.n, seg), None
        if chosen.kind == "plain" and chosen.n == 1:
            if o.outcome in ("death", "adverse_event") and self.trial and self.trial.n:
                return self.trial, 1
            return self._new_group(1, seg, single=True, ordinal=100 + len(self.groups)), 1
        n, w = chosen.n, chosen.w
        if chosen.kind in ("plain", "bare") and chosen.n is None or chosen.kind == "bare":
            prior = next((d for d in reversed(self.drafts) if d.outcome == o.outcome and o.outcome in ("death", "adverse_event")
                          and d.w and chosen.w and chosen.w < d.w), None)
            if prior:
                return prior.group, prior.w  # "One died of meningitis" breaks down "two have died"
        if chosen.kind in ("plain", "bare") and not chosen.intro:
            if self.trial and self.trial.n and chosen.n and chosen.n < self.trial.n:
                return self.trial, chosen.n
            if chosen.kind == "bare" and self.trial:
                return self.trial, chosen.w
            if chosen.kind == "plain":
                return self._group_n(chosen.n, seg), chosen.n
        if n is None:
            g = self.trial or self.focus
            return g, w
        return self._group_n(n, seg), w

    def _group_n(self, n: int, seg: Segment) -> Group:
        g = next((x for x in self.groups if not x.single and x.n == n), None)
        if g is None:
            g = self._new_group(n, seg, historical=bool(HISTORICAL.search(seg.text)))
        return g

    def _add(self, group: Group, outcome: str, w: int | None, seg: Segment, hedged: bool, timing) -> Draft:
        for d in self.drafts:
            if d.group is group and d.outcome == outcome and (
                    w is None or d.w is None or d.w == w or outcome in ("death", "adverse_event", "no_benefit")):
                if d.w is None:
                    d.w = w
                break
        else:
            d = Draft(group, outcome, w)
            self.drafts.append(d)
        if seg not in d.segs:
            d.segs.append(seg)
            d.hedges.append(hedged)
        d.time_to = d.time_to or timing.time_to
        if d.duration is None and timing.duration is not None:
            d.duration, d.qualifier = timing.duration, timing.qualifier
        d.follow_up = d.follow_up or timing.follow_up
        para = self.para_fields.get(seg.para, {})
        for k, v in {**{k: v for k, v in para.items() if k not in d.fields}, **intervention_fields(seg.text)}.items():
            d.fields.setdefault(k, v)  # the claim's own sentence first, then its paragraph
        if d.product is None:
            d.product = self._product_near(seg)
        return d

    def _product_near(self, seg: Segment) -> str | None:
        inside = [p for p in self.products if seg.start <= p.start < seg.end]
        if inside:
            return self.aliases.get(inside[0].name, inside[0].name)
        in_para = [p for p in self.products if any(s.para == seg.para and s.start <= p.start < s.end for s in self.segments)]
        return self.aliases.get(in_para[0].name, in_para[0].name) if in_para else None

    def _table_row(self, seg: Segment) -> None:
        facts = row_facts(self.text, seg)
        if facts is None:
            self._sentence(seg)
            return
        if facts.single:
            g = next((x for x in self.groups if x.single and facts.age is not None and x.age == facts.age), None)
            g = g or next((x for x in self.groups if x.single and x.ordinal == facts.ordinal), None)
            if g is None:
                g = self._new_group(1, seg, single=True, ordinal=facts.ordinal)
            g.age = g.age if g.age is not None else facts.age
            g.sex = g.sex or facts.sex
            g.disease_years = g.disease_years if g.disease_years is not None else facts.disease_years
            for part in facts.parts:
                for o in outcomes(part) or []:
                    self._add(g, o.outcome, 1, seg, False, timings(part, True))
            return
        self._sentence(seg)

    def _merge_duplicates(self) -> None:
        """Drafts that ended up on the same group and outcome are one statement (DEV_NOTES)."""
        kept: list[Draft] = []
        for d in self.drafts:
            twin = next((k for k in kept if k.group is d.group and k.outcome == d.outcome and (k.w is None or d.w is None or k.w == d.w)), None)
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
            twin.product = twin.product or d.product
        self.drafts = kept

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

    def _apply_corrections(self) -> None:
        """'Corrections appended to a story replace the figure they correct' (DEV_NOTES)."""
        for i, seg in enumerate(self.segments):
            said = SAID_EARLIER.search(seg.text)
            if not said:
                continue
            old = seg.text[said.end():]
            if ";" in old:
                old, new = old.split(";", 1)
            else:
                nxt = next((s for s in self.segments[i + 1:] if s.para == seg.para), None)
                new = nxt.text if nxt else ""
            old_days = [d.days for d in find_durations(old) if d.days]
            new_days = [d.days for d in find_durations(new) if d.days]
            touched: set[int] = set()
            if old_days and new_days:
                for d in self.drafts:
                    for name in ("time_to", "duration", "follow_up"):
                        if getattr(d, name) == old_days[0]:
                            setattr(d, name, new_days[0])
                            touched.add(id(d))
            else:
                olds = [v for _, _, v in find_numbers(old)]
                news = [v for _, _, v in find_numbers(new)]
                if olds and news:
                    for g in self.groups:
                        if not g.single and g.n == olds[0]:
                            g.n = int(news[0])
                            touched.update(id(d) for d in self.drafts if d.group is g)
            for d in self.drafts:
                if id(d) in touched and seg not in d.segs:
                    d.segs.append(seg)
                    d.hedges.append(False)

    def _finish(self, d: Draft) -> Claim:
        g = d.group
        base = {} if g.historical else dict(self.doc_fields)
        home = {} if g.historical else self.para_fields.get(g.home_para, {})
        product = d.product or (None if g.historical else self._doc_product())
        linked = self.product_fields.get(product or "", {})
        fields = {**base, **linked, **home, **g.own, **d.fields}
        if g.historical:
            fields = {**g.own, **d.fields}
            fields.pop("diabetes_type", None) if "diabetes_type" not in g.own else None
            fields.pop("cell_source", None) if "cell_source" not in g.own else None
        elif fields.get("cell_type") == "donor_islets" and "cell_source" not in fields:
            fields["cell_source"] = "allogeneic"
        specific = linked.get("cell_type", base.get("cell_type"))
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
            outcome_duration_qualifier=d.qualifier if d.duration is not None else None, follow_up_days=d.follow_up,
            study_phase=fields.get("study_phase"), hedged=bool(d.hedges) and all(d.hedges),
            evidence=[Span(a, b) for a, b in spans],
        )

    def _doc_product(self) -> str | None:
        if not self.products:
            return None
        first = self.products[0].name
        return self.aliases.get(first, first)


@lru_cache(maxsize=8192)
def _forward(text: str) -> bool:
    return bool(FORWARD.search(text))


@lru_cache(maxsize=8192)
def _animal(text: str) -> bool:
    return bool(ANIMALS.search(text))


def _collapse(refs: list) -> list:
    """Mentions in one sentence name one person unless their ages or ordinals differ."""
    from .groups import SingleRef
    if len(refs) < 2 or len({r.age for r in refs if r.age is not None}) > 1 or len({r.ordinal for r in refs if r.ordinal}) > 1:
        return refs
    age = next((r.age for r in refs if r.age is not None), None)
    sex = next((r.sex for r in refs if r.sex), None)
    ordinal = next((r.ordinal for r in refs if r.ordinal), None)
    return [SingleRef(refs[0].start, age, sex, ordinal, any(r.definite for r in refs))]


def assemble(text: str, segments: list[Segment], products: list, aliases: dict[str, str]) -> list[Claim]:
    """Claims of one document. The per-sentence caches are emptied first so that a corpus of
    near-duplicate texts (syndicated news, benchmarks) costs what fresh text would."""
    for cached in (_find_counts, _find_single, _outcomes, _intervention_fields, _forward, _animal):
        cached.cache_clear()
    return Assembler(text, segments, products, aliases).run()
