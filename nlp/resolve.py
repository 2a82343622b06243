"""Which group a stated outcome belongs to, and how many in it reached the outcome.

Given the counts of a sentence ("10 of 12", "Two islet recipients", "none of
them", "one patient") and the groups tracked so far, `_resolve` picks the group
and n_with_outcome: an explicit "w of n" makes or finds the group of n; a bare
subcount counts within the current trial; "5 of the 17" where 17 were the
responders of another outcome counts within the trial (DEV_NOTES: a subcount
keeps the trial's size); "Only one participant" is a count, "one patient ...
his dose" a person singled out. `_safety_claim_ok` keeps harms that name an
event and a count or a patient.
"""
from __future__ import annotations

import re

from .drafts import Group
from .groups import Count
from .numbers import NUMBER, parse_number
from .patterns import CONTROL_ARM, NAMED_HARM
from .persons import find_single
from .segment import Segment
from .timing import HARMS, clause

ONE_OF_THEM_PERSON = re.compile(r"\b(?:one|another) of (?:them|these|those|the [\w-]+(?: [\w-]+)?),\s+(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?,\s+)?(?:a|an)\s+\d{1,3}-year-old\b", re.I)
THOSE_N = re.compile(rf"\b(?:those|these)\s+(?P<n>{NUMBER})\b(?!\s*(?:%|percent|per cent|years?|months?|weeks?|days?|of\b))", re.I)
DISEASE_HARM = re.compile(r"\bdiabetic complications\b|\bincidence of\b|\bprevalence of\b|\bhealth ?care costs?\b|\bmost common (?:[\w-]+ )*diagnos|\bcomplications of (?:the )?diabetes\b|\b(?:can|could|may|might|will|would) (?:\w+ )?(?:lead to|cause|result in)\b|\blikely to (?:die|be hospitali)|"
                          r"\bdonors?\b[^.;]{0,30}?\bafter (?:circulatory |brain |cardiac )?death\b|\b(?:leading )?cause of death\b|\b(?:or|and) even death\b|\bfear of\b|\b(?:often |sometimes )leading to\b|(?<!known )(?<!recognised )(?<!recognized )\b(?:high |higher |increased )?risk of\b|\bcomplications? (?:like|such as|including)\b|"
                          r"\bdeaths? (?:from|due to|caused by) (?:diabetes|its complications)|\bkill(?:s|ing|ed)? (?:around |about |nearly |some )?(?:\d|one|two|three)", re.I)

PLURAL_REF = re.compile(r"\b(?:they|their|them|patients|participants|subjects|recipients|children|adults|the group|the cohort)\b|"
                        r"\ball\b(?= (?:of\b|the\b|these\b|those\b|\d|had\b|were\b|have\b|became\b|remained\b|stayed\b))|\beach (?:of|patient|participant)\b", re.I)
SINGULAR_REF = re.compile(r"\b(?:she|he|her|his|him)\b(?!\s+(?:said|added|says|told|noted|explained))|\bthe patient\b|^\W*patient,|"
                          r"(?-i:(?<!Phase )(?<!PHASE )(?<!Type )(?<!TYPE )(?<!Part )(?<!Stage )(?<!Grade )(?<!Class )(?<!/)\bI\b(?!\s*/\s*I|\s*-\s*II|\s+and\s+II|\s+diabet))|\bmy\b(?! (?:husband|wife|son|daughter|brother|sister|mother|father|mum|mom|dad|child|team|colleagues))", re.I)
# "... move to subcutaneous insulin when the patient starts eating again": any patient, in a habitual present
GENERIC_PATIENT = re.compile(r"\b(?:when|whenever|if|once|until|unless|as soon as)\s+the\s+patient\s+(?=(?!was\b|has been\b)(?:\w+s|can|must|should|will)\b)", re.I)


# the patients a harm happened to: "reported by four treated patients", "seen in three recipients"
HARM_BY = re.compile(r"\b(?:reported|experienced|seen|observed|occurred|recorded|noted|documented)\s+(?:by|in|among)\s+(?:the\s+)?$", re.I)
OWN_SIZE = re.compile(r"\(\s*n\s*=\s*\d", re.I)  # a study's own size written beside it: "(n=24; ...)"
SHARE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}\(\s*(?P<p>\d{1,2}(?:\.\d+)?)\s*%\s*\)")


def stated_share(text: str, counts: list[Count], w: int) -> float | None:
    """The percentage written beside a count of w ("8 patients (44.4%)"), which says how big its group is."""
    for c in counts:
        if w in (c.w, c.n) and c.kind in ("bare", "plain", "percent"):
            m = SHARE_AFTER.match(text, c.end)
            if m:
                return float(m.group("p"))
    return None


def _fits(w: int, n: int, share: float) -> bool:
    """Whether w of n, rounded as the text rounds it, is the share written."""
    return abs(100.0 * w / n - share) <= 0.55


def names_a_person(text: str) -> bool:
    """A singular reference to a patient of the story; 'the patient' of a habitual 'when the patient starts
    eating' is anyone's, so a general statement is no single patient's claim (DEV_NOTES: background)."""
    return bool(SINGULAR_REF.search(GENERIC_PATIENT.sub(" ", text)))


GROUP_LEVEL = re.compile(r"\b(?:most|many|some|several|all|a few|few) (?:of the )?(?:patients|participants|recipients|subjects|children|adults)\b|"
                         r"\b(?:the )?most (?:common|frequent)(?: \w+)? (?:side effects?|adverse (?:events?|reactions?)|complications?)\b", re.I)
EVERY_ONE = re.compile(r"\b(?:in|for|of) (?:any|every|each) (?:participant|patient|recipient|subject|child|one of them)\b|\bin any of them\b|"
                       r"\bin (?:all|every one of the) (?:participants|patients|recipients|subjects)\b", re.I)
ONLY_ONE = re.compile(r"\b(?:only|just) one (?:patient|recipient|participant|subject)\b", re.I)


ALL_OF_THEM = re.compile(r"\ball (?:the |of the )?(?:subjects|patients|participants|recipients|treated)\b", re.I)
FIRST_PERSON = re.compile(r"(?-i:\bI\b)(?!\s*/)|\b(?:my|me)\b", re.I)
# the part of a group left after a subcount: "the rest", "the remaining two", "the other two", "the others"
REST = re.compile(r"\b(?:the\s+rest|the\s+remaining(?:\s+(?:two|three|four|five|six|\d+))?(?:\s+(?:patients|participants))?|"
                  r"the\s+other\s+(?:two|three|four|five|six|\d+)(?:\s+(?:patients|participants))?|the\s+others)\b", re.I)

# a "none" count that is a zero ("none of the 12", "neither patient", "no one"), not a whole group ("in every case")
ZERO_COUNT = re.compile(r"\s*(?:none|neither|not (?:one|a single)|no\b|nobody)", re.I)

MEAN_OF_REST = re.compile(r"^[^.;]*?\b(?:on average|an? (?:mean|average)\b|mean (?:reduction|decrease|drop|fall)\b)", re.I)


# ", with one patient going at least four years ...": an absolute clause that breaks the result down
BREAKDOWN_WITH = re.compile(r"[,;(]\s*with\s+(?:only\s+|just\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\b", re.I)


def _breakdown_after(text: str, outcome_end: int, c: Count) -> bool:
    """A bare count in a ', with N patients ...' clause after the outcome names a part of the group the outcome was
    stated for ("patients stayed off insulin for a mean of 31 months, with one patient going four years"): it sizes
    the items of that breakdown (result_lists.py), never the main clause's group."""
    if c.start < outcome_end or c.kind not in ("plain", "bare"):
        return False
    opened = BREAKDOWN_WITH.search(text, outcome_end, c.end)
    return opened is not None and opened.start() < c.start and not re.search(r"[;.]", text[opened.end():c.start])


# a tally of named events (DEV_NOTES: an adverse-event breakdown is one adverse_event claim on the group)
EVENTS_COUNTED = re.compile(rf"\b{NUMBER}\s+(?:serious\s+|severe\s+|major\s+)?(?:adverse\s+events?|side\s+effects|complications)\b"
                            r"(?:[^.;]{0,60}?)\s(?:were|was)\s+(?:reported|recorded|observed|seen|(?:considered|deemed|judged)\s+(?:possibly\s+|probably\s+)?related)\b", re.I)


class GroupResolver:
    """Mixed into the assembler, which provides trial, single, focus, groups and drafts."""

    def _named_arm(self, part: str) -> int | None:
        """The size of a named arm the clause reports on ("in the HSC group", "Group B", "MSC group")."""
        flat = part.replace("-", " ")  # "the high-dose cohort" names the arm "high dose"
        for name, n in self.arms.items():
            if re.search(rf"\b{re.escape(name.replace('-', ' '))}\b", flat, re.I):
                return n
        return None

    def _safety_claim_ok(self, t: str, outcome: str, group: Group, w: int | None, counts: list[Count],
                         single: Group | None) -> bool:
        """Deaths and harms are claims only with a count, a named event or a named patient (DEV_NOTES)."""
        if outcome not in HARMS:
            return True
        if DISEASE_HARM.search(t) and not any(c.w is not None for c in counts):
            return False  # "Diabetes can lead to ... even death": the disease, not the treatment
        group_level = bool(GROUP_LEVEL.search(t)) or any(c.kind == "percent" for c in counts) \
            or bool(EVENTS_COUNTED.search(t))  # "two or three had"; "Two serious adverse events were reported, a case of ..."
        explicit_w = w if not group.single or counts else None
        share = any(c.kind == "percent" and c.share for c in counts)  # "52% of treated individuals experienced adverse effects"
        if outcome == "adverse_event" and explicit_w is None and not NAMED_HARM.search(t) and not share:
            return False  # "adverse events were mild or moderate" names no event
        if w == 0 or (w is None and not group.single and not group_level):
            return False
        return not (group.single and explicit_w is None and single is None and not SINGULAR_REF.search(t)
                    and self.trial is not None)

    def _resolve(self, seg: Segment, counts: list[Count], o, single: Group | None) -> tuple[Group | None, int | None]:
        self.share = None
        self.chosen = None
        group, w = self._resolve_count(seg, counts, o, single)
        if o.outcome in HARMS and self.chosen is not None and self.chosen.kind == "none" \
                and ZERO_COUNT.match(seg.text, self.chosen.start):
            return group, 0  # "None of the 12 patients died": no one had the harm, so no claim (DEV_NOTES: "no deaths")
        if group is not None and not group.single:
            group = self._sized_by_sentence(seg, counts, o, group, w)
        return group, (1 if group is not None and group.single else w)  # one person reached it or did not

    def _sized_by_sentence(self, seg: Segment, counts: list[Count], o, group: Group, w: int | None) -> Group:
        """The group the sentence itself sizes, where it disagrees with the one resolved: the share written beside a
        count ("8 patients (44.4%)" counts in the group of 18, not the 15 enrolled) or a study's size written beside it
        ("In a study from Hanoi (n=24; ...), nine participants were free of insulin")."""
        if group.n and w and w < group.n:
            share = stated_share(seg.text, counts, w)
            if share is not None and not _fits(w, group.n, share):
                group = next((g for g in reversed(self.groups) if not g.single and g.n and g.n > w and _fits(w, g.n, share)), group)
        if o.outcome not in HARMS:
            own = [c for c in counts if c.intro and c.n and c.start < o.start and OWN_SIZE.match(seg.text, c.start)]
            if len(own) == 1 and own[0].n != group.n and (w is None or w <= own[0].n) \
                    and not CONTROL_ARM.search(seg.text[max(0, own[0].start - 60):own[0].start]):
                group = self._group_n(own[0].n, seg)
        return group

    def _rest_of_group(self, counts: list[Count], chosen: Count | None, outcome: str) -> Group | None:
        """The group whose rest "the other five" / "the remaining seven" are: the latest claim's group whose count and
        this one add up to its size (the arithmetic is the check; a sentence with its own 'k of n' is left to REST)."""
        if chosen is None or chosen.kind != "bare" or chosen.share != "rest" or not chosen.w or outcome in HARMS:
            return None
        if any(c.kind in ("of", "slash") and c.start < chosen.start for c in counts):
            return None
        return next((d.group for d in reversed(self.drafts) if not d.group.single and d.group.n and d.w
                     and d.w + chosen.w == d.group.n and d.outcome != outcome), None)

    def _resolve_count(self, seg: Segment, counts: list[Count], o, single: Group | None) -> tuple[Group | None, int | None]:
        counts = [c for c in counts if not _breakdown_after(seg.text, o.end, c)]
        explicit = [c for c in counts if c.kind in ("of", "slash", "all", "none", "bare", "percent", "definite", "allbut") and not (c.kind == "bare" and c.intro)]
        if o.outcome == "death" and re.search(r"\b(?:the|a)\s+(?:first|second|third|fourth|other)\s+(?:patient|participant|recipient|death|person)\b", seg.text, re.I):
            prior = next((d for d in reversed(self.drafts) if d.outcome == "death" and d.w and d.w >= 2 and not d.group.single), None)
            if prior is not None:
                return prior.group, prior.w  # "two of the nine died ... The second patient died in March": the same deaths told one by one
        person = ONE_OF_THEM_PERSON.search(seg.text[:o.start])
        if person is not None and o.outcome not in HARMS and not re.search(r"[;.]", seg.text[person.end():o.start]):
            g = self._single_for(seg) or self._new_group(1, seg, single=True, ordinal=100 + len(self.groups))
            return g, 1  # "One of them, a 46-year-old woman who has had diabetes for 30 years, has halved her dose": her own story
        back = THOSE_N.search(seg.text[:o.start])
        if back is not None and not any(c.kind in ("of", "slash") for c in counts):
            k = parse_number(back.group("n"))
            earlier = [d for d in self.drafts if d.outcome == o.outcome and d.w == k and not d.group.single]
            if k and len(earlier) == 1:
                return earlier[0].group, int(k)  # "nine of the 12 are off insulin ... those nine came off insulin 4.5 months after"
        part = clause(seg.text, o.start, o.end)
        lo = seg.text.find(part)
        local = [c for c in counts if lo <= c.start <= o.start and not c.intro] or \
            [c for c in counts if o.start < c.start < lo + len(part) and not c.intro][:1]  # "C-peptide was detectable in all 12"
        if not local and lo > 0:
            ref = find_single(part)
            if ref and any(r.ordinal or r.age for r in ref):
                g = self._single_for(Segment(seg.start + lo, seg.start + lo + len(part), part, seg.kind, seg.line, seg.para))
                if g is not None:
                    return g, 1  # "..., and that the first patient was insulin independent at day 270"
        if not local and lo > 0 and ALL_OF_THEM.search(part) and self.trial is not None and self.trial.n and not self.trial.single:
            return self.trial, None  # "..., while all subjects reduced their insulin use": the whole group, not the subcount before
        before = local or [c for c in explicit if c.start <= o.start] or [c for c in counts if c.kind == "plain" and c.start <= o.start]
        chosen = before[-1] if before else (explicit[0] if explicit else next((c for c in counts if c.kind == "plain"), None))
        self.chosen = chosen if chosen in local else None  # the count of the outcome's own clause
        if chosen and CONTROL_ARM.search(seg.text[chosen.start:chosen.end + 25]):
            return None, None
        rest_of = self._rest_of_group(counts, chosen, o.outcome)
        if rest_of is not None:
            return rest_of, chosen.w  # "Of the twelve treated, seven no longer take insulin. The other five still need some, but less."
        if chosen is not None and o.outcome in ("adverse_event", "death") and chosen.kind == "plain" and chosen.n \
                and HARM_BY.search(seg.text[max(0, chosen.start - 40):chosen.start]) and self.trial and self.trial.n \
                and not self.trial.single and self.trial.n > chosen.n:
            return self.trial, chosen.n  # "headaches ..., reported by four treated patients": four of the trial had them
        self.share = chosen.share if chosen is not None and chosen.kind == "percent" else None
        arm = self._named_arm(part)
        if arm is not None and o.outcome != "death" and not any(
                c.kind in ("of", "slash", "all", "none", "definite") and c.n or
                c.kind == "plain" and re.search(r"\b(?:sub-?group|subset|cohort|group) of\s+$", seg.text[:c.start], re.I) for c in local):
            k = next(((c.w if c.w is not None else c.n) for c in local if c.kind in ("bare", "plain")
                      and 0 < (c.w if c.w is not None else c.n or 0) < arm), None)
            return self._group_n(arm, seg), k  # "In Group B, the median daily insulin dose decreased by 35%"
        rests = [m for m in REST.finditer(seg.text[:o.start]) if m.start() >= lo]
        rest = rests[-1] if rests else None
        if rest is not None:
            whole = next((c for c in reversed(counts) if c.kind in ("of", "slash") and c.n and c.w is not None and c.w < c.n
                          and c.end <= rest.start()), None)  # "Thirteen of the remaining 14" is its own count, not a rest
            if whole is not None and o.outcome not in HARMS:
                k = whole.n - whole.w
                if MEAN_OF_REST.search(seg.text[rest.end():rest.end() + 160]) and k > 1:
                    part_of = self._group_n(whole.n, seg)
                    sub = self._new_group(k, seg)
                    self.rest_of[id(sub)] = part_of  # the whole group's time point is the rest's too
                    return sub, None  # "the remaining two reduced their dose by 92% on average": a mean makes the two a group
                return self._group_n(whole.n, seg), k  # "10 of 12 were insulin-free; the rest needed lower doses": two of the 12
        singled = re.match(r"\W*(?:and\s+|including\s+)?(?:one|a (?:patient|participant|recipient)|another) (?:who|of whom)\b", part, re.I)
        if singled and lo > 0 and o.outcome not in HARMS:
            return self._new_group(1, seg, single=True, ordinal=100 + len(self.groups)), 1  # "..., including one who has gone 42 months"
        one = re.search(r"\bone (?:patient|recipient|participant|subject|child|adult|volunteer|boy|girl|man|woman)\b", seg.text[:o.start], re.I) or singled or (
            o.outcome == "death" and not counts and re.search(r"\bone death\b", seg.text, re.I))  # "We had one death in the whole series"
        if one and self.trial and self.trial.n and (o.outcome in HARMS or ONLY_ONE.search(seg.text) or any(
                c.n == self.trial.n and c.kind in ("of", "all", "slash") for c in counts)):
            return self.trial, 1  # a death or event in one patient is a count within the trial (DEV_NOTES)
        if one and not chosen and o.outcome in HARMS and single is None and (self.trial is None or not self.trial.n):
            return self._unsized(seg), 1  # "One patient died of an infection" in a trial of unstated size: n_patients null (DEV_NOTES)
        if one and not chosen:
            return single or self._new_group(1, seg, single=True, ordinal=100 + len(self.groups)), 1
        if chosen is None and o.outcome == "no_benefit" and EVERY_ONE.search(seg.text) and self.trial and self.trial.n:
            return self.trial, self.trial.n  # "did not change in any participant": all of them
        if chosen is None:
            if single is not None or (SINGULAR_REF.search(seg.text) and self.single and not PLURAL_REF.search(seg.text)):
                g = single or self.single
                return g, 1
            if self.first_person and FIRST_PERSON.search(seg.text) and not PLURAL_REF.search(seg.text) \
                    and not re.search(r"\b(?:would|could|might|will|may|if)\b", seg.text, re.I):
                self.single = self.single or self._new_group(1, seg, single=True)
                return self.single, 1  # a blog or forum post's "I was insulin free for one year": its writer
            g = self.trial if self.trial and PLURAL_REF.search(seg.text) else (self.focus or self.trial or self.single)
            return g, (1 if g and g.single else None)
        if chosen.kind == "definite":
            if any(c.kind == "none" and c.n is None and o.end <= c.start < lo + len(part) for c in counts):
                return self._group_n(chosen.n, seg), chosen.n  # "In the 12 volunteers, HbA1c fell under 7% in every case"
            return self._group_n(chosen.n, seg), None
        if chosen.kind == "allbut":
            g = self.trial if self.trial and self.trial.n and not self.trial.single else None
            k = int(chosen.share or 0)
            return (g, g.n - k) if g is not None and g.n > k else (g or self._unsized(seg), None)
        if chosen.kind == "plain" and chosen.n and re.search(r"\b(?:sub-?group|subset|cohort|group) of\s+$", seg.text[:chosen.start], re.I):
            return self._group_n(chosen.n, seg), None  # "In a prespecified subgroup of 12 MSC recipients": a group of its own
        if chosen.kind == "plain" and chosen.n == 1:
            if o.outcome in HARMS and self.trial and self.trial.n:
                return self.trial, 1
            return self._new_group(1, seg, single=True, ordinal=100 + len(self.groups)), 1
        if chosen.kind == "of" and chosen.w == 1 and chosen.n is None and o.outcome not in HARMS and re.search(
                r"\b(?:he|she|I)\s+(?:was|became|is|has become|had become)\s+$", seg.text[max(0, chosen.start - 30):chosen.start], re.I):
            g = single or self._single_for(seg) or self._new_group(1, seg, single=True, ordinal=100 + len(self.groups))
            return g, 1  # "he became one of the lucky recipients of an islet transplant that has kept him free of insulin": one man
        n, w = chosen.n, chosen.w
        if chosen.kind == "of" and n:
            responders = next((d for d in reversed(self.drafts) if d.w == n and d.outcome != o.outcome and not d.group.single
                               and d.group.n and d.group.n > n and d.segs and d.segs[-1].para == seg.para), None)
            if responders is not None:
                return responders.group, w  # "5 of the 17 [who met the endpoint] stopped insulin": a subcount of the trial
        if chosen.kind in ("plain", "bare") and chosen.n is None or chosen.kind == "bare":
            prior = next((d for d in reversed(self.drafts) if d.outcome == o.outcome and o.outcome in HARMS
                          and d.w and chosen.w and chosen.w < d.w), None)
            if prior:
                return prior.group, prior.w  # "One died of meningitis" breaks down "two have died"
        if chosen.kind == "bare" and chosen.w is not None:
            head = next((c for c in reversed(counts) if c.start < chosen.start and c.n and c.n > chosen.w
                         and (c.kind in ("definite", "plain") or c.kind == "of" and c.w is None)
                         and re.search(r"\b(?:of|among)\s+(?:the\s+|these\s+|those\s+|all\s+)?$", seg.text[:c.start], re.I)
                         or c.kind == "of" and c.w is None and re.match(r"of\s", seg.text[c.start:c.start + 3], re.I)), None)
            if head is None and re.search(r"\b(?:and|while|but|whereas)\s+$", seg.text[:chosen.start], re.I):
                head = next((c for c in reversed(counts) if c.start < chosen.start and c.kind == "of" and c.w is not None
                             and c.n and c.n > chosen.w), None)  # "11 of the 30 reduced insulin, and 9 reached an HbA1c below 7%"
            if head is None and o.outcome not in HARMS:  # "hypothyroidism in 4 patients and hypogonadism in 2": a breakdown
                head = next((c for c in reversed(counts) if c.start < chosen.start and c.intro and c.n and c.n > chosen.w
                             and c.kind in ("plain", "bare") and not re.search(r"[;.]", seg.text[c.end:chosen.start])), None)
            if head is not None:
                return self._group_n(head.n, seg), chosen.w  # "Of the 26 people ... since 2005, nine remain free of insulin"
        if chosen.kind == "plain" and chosen.n and chosen.w is None and o.outcome not in HARMS \
                and not re.search(r"\bin\s+$", seg.text[max(0, chosen.start - 4):chosen.start]):  # "hypothyroidism in 4 patients and hypogonadism in 2": a breakdown
            after = next((c for c in counts if o.end <= c.start < lo + len(part) and c.kind == "bare" and c.w and c.w < chosen.n
                          and re.match(r"in\s", seg.text[c.start:c.start + 3], re.I)), None)
            if after is not None:
                return self._group_n(chosen.n, seg), after.w  # "a study of 25 adults found HbA1c below 7% in 15": 15 of the 25
        if chosen.kind == "plain" and not chosen.intro and o.outcome in HARMS \
                and (self.trial is None or self.trial.single or not self.trial.n or self.trial in self.groups[self.known_groups:]):
            return self._unsized(seg), chosen.n  # "Two participants died during the trial", its size never stated: n null (DEV_NOTES)
        if chosen.kind in ("plain", "bare") and not chosen.intro:
            if self.trial and self.trial.n and chosen.n and chosen.n < self.trial.n:
                return self.trial, chosen.n
            if chosen.kind == "bare" and self.trial:
                return self.trial, chosen.w
            if chosen.kind == "plain":
                return self._group_n(chosen.n, seg), chosen.n
        if n is None:
            g = self.trial or self.focus
            if (chosen.kind == "percent" or chosen.kind == "of" and w or chosen.kind == "bare" and w and o.outcome in HARMS) \
                    and (g is None or g.single):
                return self._unsized(seg), (w if chosen.kind in ("of", "bare") else None)  # "58.7% of recipients ...", "three of its patients"
            head = next((c for c in reversed(counts) if c.start < chosen.start and c.n and c.kind in ("definite", "plain", "all")), None)
            if chosen.kind == "none" and g is not None and (head is None or head.n == g.n or head.intro):
                return g, g.n  # "none of them had a severe low": all of them were free of it
            if chosen.kind == "none" and head is not None:
                return self._group_n(head.n, seg), head.n  # "In the 12 volunteers given the full dose, no one had a severe hypo"
            return g, w
        if w is None and o.outcome == "no_benefit" and chosen.kind == "plain" and EVERY_ONE.search(seg.text, o.start):
            w = n  # "tested in eight adults, produced no measurable C-peptide in any of them": all eight
        return self._group_n(n, seg), w

