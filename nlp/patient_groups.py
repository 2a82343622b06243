"""Which patient group a sentence is about, tracked across the document.

News introduces a trial once ("17 adults received...") and later writes "Two
patients had..."; a story names "a 25-year-old woman" and later says "she".
The tracker keeps the current trial, the current single patient and the
group in focus, and finds or creates the group a mention refers to.
"""
from __future__ import annotations

import re

from .arms import arm_sizes
from .groups import Count, _n, _num, group_age, group_disease_years
from .numbers import NUMBER_RE
from .persons import SingleRef, find_single
from .patterns import CONTROL_ARM
from .segment import Segment
from .sentence_facts import intervention_fields
from .drafts import Group

ARM_DEF_RE = re.compile(r"(?P<name>\b(?:group|arm|cohort)\s+[A-Z0-9]\b|\b[A-Za-z][\w-]*(?:\s+[\w-]+)?\s+(?:group|arm|cohort)|\b[A-Z][\w-]{1,12})"
                        r"\s*\(?\s*n\s*=\s*(?P<n>\d{1,4})\s*\)?", re.I)
# dose cohorts named by what they received: "17 participants received a half dose and 12 the full dose"
DOSE_ARM_RE = re.compile(rf"(?<![\w.,/-]){_n('n')}\s+(?!(?:days?|weeks?|months?|years?|hours?)\b)(?:[\w-]+\s+){{0,2}}?(?:received|were given|got|were dosed with|were treated with)\s+"
                         r"(?:a|the)\s+(?P<name>(?:half|full|low|lower|high|higher|medium|middle|mid|intermediate|single|double|standard|reduced)[- ]dose)\b", re.I)
HALF_SPLIT = re.compile(r"\bhalf (?:were|was) (?:randomly |randomi[sz]ed )?(?:assigned|allocated|randomi[sz]ed|given)\b[^.]{0,200}\bthe (?:other half|rest|remainder|others)\b", re.I)

# "In 2000, ...", "where doctors reported in 2007 that 14 of the first 15": an earlier group, told as history
HISTORICAL = re.compile(r"^\s*(?:in|back in|by) (?:19|20)\d\d\b|\b(?:reported|published|announced) in (?:19|20)\d\d,? that\b|"
                        r"\bin (?:a|an) (?:19|20)\d\d (?:series|study|trial|report|paper|case series)\b|"
                        r"(?:^|[:;,]\s*)in (?:19|20)\d\d,? (?:a|an|the) (?:team|group|researchers?|surgeons?|doctors?|investigators?)\b|"
                        r"^\W*(?:earlier|previous|prior|older) (?:work|attempts?|studies|trials|reports|efforts)\b[^:]{0,60}:|"
                        r"^\W*before the (?:[\w-]+ ){1,3}(?:protocol|era)\b", re.I)
# "In a trial of the technique in Moscow, involving four people with diabetes, ...": another study than the report's own
OTHER_STUDY = re.compile(r"^\W*(?:in|an?)\s+(?:earlier|previous|prior|separate|another|other|older|\w+-person|\w+-patient)?\s*"
                         r"(?:trial|study|series)\s+(?:of\s+(?:the|a|this)\s+\w+\s+)?(?:in|at|from|by|involving|conducted)\b|"
                         # "A third trial, in 10 patients ...", "A Brazilian study of 23 patients ...": a review's next study
                         r"^\W*(?:in\s+)?(?:a|an|another|the)\s+(?:second|third|fourth|fifth|last|final|[A-Z][a-z]+(?:ian|ese|ish|ch|an|i))\s+"
                         r"(?:trial|study|series|report)\s*,?\s+(?:of|in|with|involving)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?"
                         r"(?:patients|people|participants|adults|children|subjects|recipients)\b", re.I)


ENROLLED_CUE = re.compile(r"\b(?:enrolled|enrol(?:l)?ing|recruited|screened|included|signed up|took part|registered|involved|involving)\b", re.I)
# what the smaller count did: "25 were treated", "only 24 completed the one-year follow-up", "22 received the cells"
NARROWED = re.compile(r"\s*(?:[\w-]+\s+)?(?:who\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:actually\s+)?(?:treated|transplanted|infused|dosed|implanted|"
                      r"analy[sz]ed|evaluable|completed|finished|received\s+(?:the|a|an|their|all|both\b|[A-Za-z]+-?\d+\b))", re.I)  # "14 who received VX-880"


class GroupTracker:
    """Groups of one document; mixed into the assembler."""

    def _init_groups(self) -> None:
        self.groups: list[Group] = []
        self.trial: Group | None = None
        self.single: Group | None = None
        self.focus: Group | None = None
        self.doc_group_age: float | None = None
        self.doc_group_years: float | None = None
        self.arms: dict[str, int] = {}
        self.known_groups = 0
        self.first_person = False  # a first-person post (blog, forum): its writer is the patient of unsized claims  # named arms with their sizes: "group b" -> 11, "hsc group" -> 40

    def _historical(self, text: str) -> bool:
        """A group told as history or from another study than the report's own: it inherits none of its fields."""
        return bool(HISTORICAL.search(text)) or bool(self.groups) and bool(OTHER_STUDY.search(text))

    def _new_group(self, n: int | None, seg: Segment, single: bool = False, **kw) -> Group:
        kw.setdefault("historical", self._historical(seg.text))
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

    def _note_arms(self, seg: Segment, text: str) -> None:
        """The treated arm of a controlled trial becomes the trial group ("22 to islets and 20 to insulin")."""
        arms = arm_sizes(text)
        treated = arms.treated
        if treated is None and arms.ratio and self.trial and self.trial.n and self.trial.n % sum(arms.ratio) == 0:
            treated = self.trial.n * arms.ratio[0] // sum(arms.ratio)  # "60 ... randomised 2:1 to MSCs or placebo": 40 treated
        if treated is None and arms.control and self.trial and self.trial.n and self.trial.n > arms.control \
                and seg.para - self.trial.home_para <= 1:
            treated = self.trial.n - arms.control  # "61 patients ... or placebo (16 patients)": 45 treated
        if treated is None and self.trial and self.trial.n and self.trial.n % 2 == 0 and HALF_SPLIT.search(text):
            treated = self.trial.n // 2  # "enrolled 48 ... Half were randomly assigned to the cells; the other half received saline"
        if treated and self.trial:
            if treated != self.trial.n:
                self.trial = self.focus = self._group_n(treated, seg)
            self.trial.arm = True

    def _note_group_facts(self, seg: Segment, counts: list[Count], original: str | None = None) -> None:
        original = seg.text if original is None else original
        self.known_groups = len(self.groups)  # groups made from here on are this sentence's own
        for m in ARM_DEF_RE.finditer(original):
            name = re.sub(r"^(?:the|a|an)\s+", "", m.group("name").strip().lower())
            if not CONTROL_ARM.search(name) and not re.search(r"placebo|control|sham|standard|usual", name):
                self.arms.setdefault(name, int(m.group("n")))  # "Group B (n = 11)", "HSC group (n=40)", "MSC n = 40"
        for m in DOSE_ARM_RE.finditer(original):
            n = _num(m.group("n"))
            if n:
                self.arms.setdefault(m.group("name").lower().replace("-", " "), n)  # "12 received the full dose"
        largest_explicit = max((c.n for c in counts if c.kind in ("of", "all", "slash") and c.n), default=0)
        arm_split = bool(CONTROL_ARM.search(original))  # "32 received MSCs and 16 received placebo"
        for c in counts:
            if c.kind in ("plain", "bare") and c.intro and c.n and c.n > largest_explicit \
                    and not CONTROL_ARM.search(seg.text[c.start:c.end + 40]) \
                    and (self.trial is None or c.n > (self.trial.n or 0) or arm_split or seg.para != self.trial.home_para):
                self.trial = self._new_group(c.n, seg, historical=self._historical(seg.text))
                self.focus = self.trial
            elif c.kind in ("of", "all", "slash", "plain") and c.n and (self.trial is None or (c.kind == "plain" and not self.trial)):
                self.trial = self._new_group(c.n, seg, historical=self._historical(seg.text))
        self._note_arms(seg, original)
        for c in counts:
            if c.kind == "all" and c.n and self.trial and self.trial.n and c.n < self.trial.n and \
                    re.match(r"\s*(?:\w+\s+)?(?:who|that)\s+(?:received|were (?:treated|dosed|infused|transplanted))", seg.text[c.end:c.end + 40], re.I):
                self.trial = self.focus = self._group_n(c.n, seg)  # "Seventeen enrolled ... All 14 patients who received VX-880": the treated
        for c in counts:
            if c.kind == "of" and c.n and self.trial and self.trial.n and c.n < self.trial.n and \
                    re.match(r"\s*(?:\w+\s+)?(?:treated|who received|receiving|in the (?:treatment|active|cell|\w+-?\w*) (?:arm|group))", seg.text[c.end:c.end + 40], re.I):
                self.trial = self.focus = self._group_n(c.n, seg)  # "eleven of the 43 treated patients": the treated arm
        self._note_narrowing(seg, counts)
        age, dur = group_age(seg.text), group_disease_years(seg.text)
        if age is not None:
            self.doc_group_age = self.doc_group_age if self.doc_group_age is not None else age
        if dur is not None:
            self.doc_group_years = self.doc_group_years if self.doc_group_years is not None else dur
        target = self.trial if (age is not None or dur is not None) and self.trial else None
        if target:
            target.age = target.age if target.age is not None else age
            target.disease_years = target.disease_years if target.disease_years is not None else dur

    def _note_narrowing(self, seg: Segment, counts: list[Count]) -> None:
        """"Of the 30 enrolled, 25 were treated", "enrolled 30 patients, but only 24 completed the follow-up": the
        results that follow are those of the treated or analysed (DEV_NOTES: the group is the participants analysed)."""
        if self.trial is None or not self.trial.n or self.trial.single or not ENROLLED_CUE.search(seg.text) \
                or CONTROL_ARM.search(seg.text):
            return
        sized = [(c.w if c.kind == "of" and c.n == self.trial.n else c.n if c.kind in ("plain", "bare") else None, c.end) for c in counts]
        sized += [(_num(m.group(0)), m.end()) for m in NUMBER_RE.finditer(seg.text)
                  if not re.search(r"(?:phase|type|day|week|month|year|aged?)\s*$", seg.text[:m.start()], re.I)]  # "only 24 completed"
        for size, end in sized:
            if size and 1 < size < self.trial.n and NARROWED.match(seg.text, end):
                self.trial = self.focus = self._group_n(size, seg)
                return

    def _group_n(self, n: int, seg: Segment) -> Group:
        g = next((x for x in self.groups if not x.single and x.n == n), None)
        if g is None:
            g = self._new_group(n, seg, historical=self._historical(seg.text))
        return g

    def _unsized(self, seg: Segment) -> Group:
        """The group a share is stated of when the report never gives its size (DEV_NOTES: n_patients null)."""
        g = next((x for x in self.groups if x.n is None and not x.single), None)
        return g or self._new_group(None, seg)

    def _pending(self, seg: Segment) -> Group:
        """A result stated before its group is introduced ('Infusing children ... did not preserve ...')."""
        g = next((x for x in self.groups if x.n == -1), None)
        return g or self._new_group(-1, seg)


def _collapse(refs: list) -> list:
    """Mentions in one sentence name one person unless their ages or ordinals differ."""
    if len(refs) < 2 or len({r.age for r in refs if r.age is not None}) > 1 or len({r.ordinal for r in refs if r.ordinal}) > 1:
        return refs
    age = next((r.age for r in refs if r.age is not None), None)
    sex = next((r.sex for r in refs if r.sex), None)
    ordinal = next((r.ordinal for r in refs if r.ordinal), None)
    return [SingleRef(refs[0].start, age, sex, ordinal, any(r.definite for r in refs))]
