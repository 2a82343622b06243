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
from dataclasses import replace

from isletwatch.model import Claim

from .arms import less_decline, mask_comparisons
from .context import DocContext, _animal, _forward
from .corrections import Corrections, in_correction_note
from .drafts import Draft, DraftBook, Group
from .durations import _find_durations, find_durations
from .groups import Count, _find_counts, find_counts
from .persons import _find_single, diagnosis_age, find_single, single_disease_years
from .numbers import NUMBER
from .patient_groups import GroupTracker
from .resolve import SINGULAR_REF, GroupResolver, names_a_person
from .patterns import ANECDOTE, ANIMALS, CONTROL_ARM, FORWARD, HEDGES, MEASURE_DEFINITION, PER_DEVICE, RELAPSE
from .segment import BODY, DECK, HEADLINE, TABLE, Segment
from .sentence_facts import POSITIVE, OutcomeMention, _intervention_fields, _outcomes
from .sentence_facts import clause, intervention_fields, outcomes, timings
from .timing import HARMS, outcome_timing
from .result_lists import list_items, respectively, shares_of_groups
from .tables import TableRows
from .study_design import design_follow_up, subgroup_follow_up

GENERIC = re.compile(r"^\W*(?:patients|people|anyone|those|diabetics|someone) who\b|\b(?:urged|advised|warned|told|asked)\b[^.;]{0,60}\bnot to (?:stop|quit|discontinue|reduce|change|skip|take|use|inject|start|come off)\b|"
                     r"[\"“'‘][^\"”'’]{2,40}[\"”'’]\s+(?:means?|can mean|is|are|refers? to|does not mean)\b|\b(?:write|wrote|hear|heard|say|says|call|called|the (?:term|word|phrase))\s+[\"“'‘]|"
                     r"\b(?:most|many) people\b|\bpeople with (?:[\w-]+\s+){0,2}(?:type|diabetes)\b|\banyone\b|\beveryone\b|"
                     r"\b(?:now\s+)?(?:allows?|allowed|allowing|enables?|enabled|enabling|lets|letting|helps|helped|helping)\s+(?:many\s+|some\s+)?(?:type\s+(?:1|2|one|two)\s+)?(?:patients|people|diabetics)\b|"
                     r"\b(?:for|in|among) some (?:patients|participants|people|recipients|cases)\b|\bwhen the patient\b|"
                     r"\bfor (?:people|patients|anyone|those) who\b|\b(?:did not|didn't|has not|hasn't|would not|will not)\s+(?:give|report|release|disclose|provide|share|publish)\b|\bcorrelated with\b|^\W*(?:some\s+)?(?:participants|patients|subjects)\s+(?:may|might|could)\b|^\W*some people\b|\bless and less\b|\brivals?\b|\bcompetitors?\b|^\W*(?:a|an)\s+(?:by-?product|marker|measure|indicator|hormone|protein)\s+(?:of|that)\b|"
                     r"\bmost (?:centers|centres|clinicians|surgeons|programs|programmes|doctors|physicians|hospitals)\b|"
                     r"\bworldwide\b|\bin general\b|(?:\bgenerally\b|\bcommonly\b)(?![^.;]*\d\s*(?:%|percent|per cent))|"  # "generally require", not "generally poor, with 11% at 1 year"
                     # "X represents a promising therapeutic option": what a treatment is, not what a group reached
                     r"\b(?:represents?|remains?|offers?|constitutes?|is|are)\s+(?:a|an|the)\s+(?:most\s+)?(?:promising|potential|attractive|viable|"
                     r"valuable|effective|important|emerging|novel|new|alternative|established|accepted)\s+(?:[\w-]+\s+)?(?:option|approach|strategy|"
                     r"alternative|avenue|tool|treatment|therapy|modality)\b|"
                     # "higher C-peptide at 3 months was predictive of lower insulin needs": an association, not a result of treatment
                     r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:predictive|predictors?)\s+of\b|\b(?:independently\s+)?associated with\b|\bsometimes\b|\btends? to\b|\bat best\b|\b(?:was|were) (?:given|reported|described|quoted|stated) as\b|\bsomeone\b|\bwhen (?:someone|anyone|patients)\b|\btypically\b|\busually\b|\?\s*$|"
                     # a clinic's small print: "Individual results may vary; some patients reduce their insulin use."
                     r"\bindividual results (?:may |can |will )?vary\b|"
                     # "patients who receive islet transplants are often able to reduce their insulin": what recipients generally do
                     r"(?:\b(?:are|is) often|\boften (?:able|need|require|stop|reduce|become|achieve|regain|remain|come|go|have|get|see|resume|return))\b"
                     r"(?![^.;]*\d\s*(?:%|percent|per cent))|"
                     r"(?:^|[;:]\s*)some (?:patients|people|recipients|participants) (?:\w+ly )?(?:reduce|stop|achieve|become|reach|see|experience|are able|get|need|no longer)\b", re.I)
BACKGROUND = re.compile(r"^\W*to (?:assess|evaluate|determine|compare|investigate|examine|test|study|explore|establish|demonstrate)\b|"
                        r"\boutcomes? (?:assessed|measured|evaluated|examined|studied) (?:included|were|was)\b|^\s*(?:background|objectives?|aims?|purpose|introduction|rationale|context|importance|(?:the\s+)?claim|(?:key\s+)?(?:inclusion|exclusion|eligibility)(?:\s+criteria)?)\s*[:.]", re.I)
# "a 50% cut in insulin while maintaining HbA1c < 7%": a composite endpoint's condition is no component of its own (DEV_NOTES)
# "Insulin-free: 9 (38%)", "was achieved in 18 (60%)": a count written as n (%), no noun
SHARE_COUNT = re.compile(r"(?:(?<=:)|(?<=\bin))\s+(?P<w>\d{1,4})\s*\(\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s*\)")
# a heading without a colon over a list of results: "Results at 3 years", "Key outcomes at week 52"
RESULTS_HEADING = re.compile(r"(?:(?:key|main|primary|updated|interim|final)\s+)?(?:results?|outcomes?|findings|efficacy)\s+"
                             r"(?:at|after)\s+[\w -]{1,25}", re.I)
# a line that heads a list of results with the group they are counts of: "Of the 12 participants who were dosed:"
LIST_LEAD = re.compile(r"^\W*(?:of|among|in)\s+(?:the|these|those|all)\s+(?P<n>\d{1,4}|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:patients|participants|recipients|subjects|people|adults|children|volunteers)\b[^:;.]*:\s*$", re.I)
CONDITION = re.compile(r"\b(?:while|whilst|and)\s+(?:maintaining|keeping|preserving|sustaining|holding)\b[^,;]{0,30}$", re.I)
ENDPOINT_DEF = re.compile(r"primary (?:end ?points?|outcomes?)(?: (?:of|in) (?:this|the) (?:trial|study))? (?:was|is|were|are)\b(?! (?:met|reached|achieved))", re.I)
ENDPOINT_MET = re.compile(r"(?:met|reached|achieved) the (?:co-)?primary end ?point\b(?! of)|primary end ?point was (?:met|reached|achieved)|"
                          r"\b(?:this|that|the|its) (?:primary |composite |combined )?(?:end ?point|target|goal) (?:was|were|has been|had been) (?:met|reached|achieved|attained) (?:by|in)\b|"
                          r"\b(?:met|reached|achieved) (?:it|this|that|the target|the endpoint)\s*[.;,]", re.I)  # "62.5% (15/24) met it."
NO_EVIDENCE = re.compile(r"\b(?:no|not any|not a single|little|scant|scarce|insufficient|limited|no good|no solid)\s+(?:(?:published|randomi[sz]ed|controlled|good|solid|convincing|clinical|large)\s+)*"
                         r"(?:trials?|stud(?:y|ies)|evidence|data|research)\s+(?:(?:has|have|had|yet|so far|to date)\s+){0,2}"
                         r"(?:shown|proven|proved|found|demonstrated|established|that)\b", re.I)
# a disease's burden ("affects around 420 million people worldwide") is no study's group
EPIDEMIOLOGY = re.compile(r"\b\d[\d,.]*\s*million (?:people|patients|americans|adults|children|individuals|persons)\b|\bmillions of (?:people|patients)\b|"
                          r"\baccounts? for (?:about |around |approximately |nearly |some |roughly )?\d+\s*(?:%|percent|per cent) of\b|"
                          r"\baffect(?:s|ing|ed)?\s+(?:about |around |approximately |nearly |some |roughly |up to )?\d+\s*(?:%|percent|per cent) of\b|"
                          # "75% of people with type 1 diabetes do not reach ...": the population, not a trial's group
                          r"\b\d[\d.]*\s*(?:%|percent|per cent) of (?:all )?(?:people|adults|children|individuals|persons|americans|those)\s+"
                          r"(?:living\s+)?with\s+(?:type\s+[12]\s+|t[12]d\s+)?diabetes\b(?!\s*(?:,\s*)?(?:\w+\s+){0,3}?(?:in|from|of)\s+the\s+(?:trial|study|cohort)|"
                          r"\s+who\s+(?:received|were\s+treated|got|took\s+part|were\s+given|underwent)|\s+(?:treated|enrolled|transplanted))", re.I)
# "In previous research studies, islet transplantation has been successful in ...": a registry's or grant's background
PRIOR_WORK = re.compile(r"^\W*(?:in|from) (?:previous|prior|earlier|past|other) (?:[\w-]+ ){0,2}(?:stud(?:y|ies)|trials?|research|work|reports)\b|"
                        # "Other groups have reported that up to 60% of islet recipients are insulin-free": someone else's results
                        r"^\W*(?:other|previous|earlier|prior) (?:[\w-]+ )?(?:groups|teams|researchers|investigators|centers|centres|programs|programmes|"
                        r"stud(?:y|ies)|trials|reports)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:reported|shown|found|demonstrated|described|documented)\b", re.I)
# "cells, which are crucial for insulin production": what a thing is for, not what a group reached
PURPOSE = re.compile(r"\b(?:crucial|essential|necessary|needed|responsible|important|key|vital|required|critical|used)\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a registry's criteria list: "5. Involvement of the patients ... insulin injections each day" selects, it reports nothing
CRITERIA_HEAD = re.compile(r"^[ \t]*(?:key\s+)?(?:inclusion|exclusion|eligibility)(?:\s+criteria)?\s*:?[ \t]*$", re.I | re.M)
SECTION_HEAD = re.compile(r"^[ \t]*(?:(?:study\s+)?results?|outcomes?(?:\s+measures?)?|primary\s+outcome|secondary\s+outcome|findings|conclusions?|"
                          r"(?:brief\s+)?summary|description|detailed\s+description|interventions?|arms?)\b[^\n]{0,40}$", re.I | re.M)
LABEL_ONLY = re.compile(r"\W*[A-Za-z][\w-]*(?: [\w-]+){0,2}[.:]?\s*")
# how a study measured, not what it found: "Graft function was measured by C-peptide", "Parameters ... were studied"
METHOD = re.compile(r"\b(?:was|were|is|are|will be|being)\s+(?:\w+\s+)?(?:measured|assessed|evaluated|studied|examined|monitored|"
                    r"determined|calculated|recorded|collected|analy[sz]ed|defined|quantified|tested)\s+(?:by|using|with|as|in terms)\b|"
                    r"\b(?:were|was) (?:studied|assessed|evaluated|examined|analy[sz]ed|recorded|measured|monitored|collected|documented)\s*[.;]?\s*$|"
                    r"\b(?:was|were|are|is)\s+(?:\w+\s+)?(?:measured|assessed|evaluated|recorded|collected|analy[sz]ed|monitored|determined)\s+at\s+baseline\b|"
                    # "Insulin independence, defined as ..., was assessed at day 365.": when it was counted, not what was found
                    r"\b(?:was|were|is|are|will be)\s+(?:\w+\s+)?(?:measured|assessed|evaluated|determined)\s+(?:at|after|on)\s+(?:day|week|month|year|\d)[^.;,]{0,25}[.;]?\s*$", re.I)
PLURAL_NOUN = re.compile(r"\b(?:patients|participants|recipients|subjects|people with|children|adults)\b|\b(?:every|each) (?:patient|participant|recipient)\b", re.I)
# a sentence that dates the results before it: "The reductions were measured one year after the procedure."
MEASURED_THEN = re.compile(r"\W*(?:the|these|those|all)\s+(?:[\w-]+\s+)?(?P<noun>reductions?|results?|changes?|improvements?|measurements?|outcomes?|"
                           r"figures|values|findings|gains|effects?)\s+(?:were|was)\s+(?:all\s+)?(?:measured|assessed|recorded|taken|seen|observed|"
                           r"evaluated|reported|obtained|made)\b", re.I)
# a sentence that says how long the results before it lasted: "On average the effect lasted 18 months."
LASTED_THEN = re.compile(r"^\W*(?:[\w-]+,?\s+){0,4}?(?:the|this|these|that|those|their|its)\s+"
                         r"(?:[\w-]+\s+)?(?:effects?|benefits?|responses?|improvements?|remissions?|results?)\s+"
                         r"(?:has\s+|have\s+|had\s+)?(?:lasted|persisted|held|endured|(?:was|were|has been|have been)\s+(?:sustained|maintained))\b", re.I)
# a time named by pointing back: "has not logged a single severe low in that time"
THAT_TIME = re.compile(r"\b(?:in|during|over|throughout|for)\s+(?:all\s+)?(?:that|this|the same)\s+(?:time|period|span|stretch)\b", re.I)
# treatments that are not cells: their results in a story about cell therapy are comparisons or background
OTHER_THERAPY = re.compile(r"\b(?:semaglutide|tirzepatide|liraglutide|dulaglutide|ozempic|wegovy|mounjaro|glp-1 (?:drugs?|agonists?|medications?)|"
                           r"teplizumab|tzield|closed[- ]loop|artificial pancreas|insulin pumps?|whole[- ]pancreas transplant\w*|pancreas transplant\w*)\b", re.I)
CELL_WORD = re.compile(r"\bislets?\b|\bstem\b|\bcells?\b|\bgrafts?\b|\binfusions?\b|(?-i:\b[A-Z]*SCs?\b)|\b(?:vx|zimislecel|lantidra|donislecel)\b", re.I)
# "Dr. Patel declined to say how many patients had stopped insulin": a result withheld;
# "For comparison, about 50% of donor-islet recipients are insulin independent at five years": another cohort
WITHHELD = re.compile(r"\b(?:declined|refused|unwilling|not willing) to (?:say|give|disclose|reveal|specify|share|comment|state)\b|"
                      r"\b(?:did not|didn't|would not|wouldn't|will not|won't) (?:say|specify|reveal)\b(?![^,;]*,\s*but\b)|^\W*for comparison\b", re.I)
CONCLUSION = re.compile(r"^\W*(?:conclusions?(?:\s*/\s*interpretation)?|interpretation)\s*[:.]", re.I)
# (the outcome's own predicate: "10 of 12 became insulin independent, which was the primary end point" reports the result)
END_POINT_ROLE = re.compile(r"^(?:(?!\b(?:which|that|as)\b)[^.;]){0,80}?\b(?:was|were|is|are|remains?|remained) (?:still )?(?:a|the|an|one of the) (?:[\w-]+ ){0,2}?"
                            r"(?:end ?points?|outcomes?|goals?|aims?|objectives?|targets?|benchmarks?|hopes?|dreams?|priorit(?:y|ies)|yardsticks?)\b|"
                            r"^(?:(?!\b(?:which|that|as)\b)[^.;]){0,40}?\b(?:is|are) what\b", re.I)  # "insulin independence, not HbA1c, is what matters most to patients"
SAME_POINT = re.compile(r"\b(?:by|at) (?:that|the same) (?:point|time|visit|time point)\b", re.I)


# "the trial showed that the cells can restore insulin production": a finding reported through a modal of ability
FINDING_THAT = re.compile(r"\b(?:show|demonstrat|prov|found|confirm|reveal|establish)\w*\s+(?:\w+\s+){0,3}?that\s+[^,;]*\b(?:can|could)\s+$", re.I)


def _forward_clause(lead: str) -> bool:
    """The outcome's clause looks ahead (a plan, a hope, a possibility); a can/could inside what a study showed or
    found states a finding, not a possibility."""
    for m in FORWARD.finditer(lead):
        if m.group(0).lower() in ("can", "could") and FINDING_THAT.search(lead[:m.end()] + " ") \
                and not NOT_SHOWN.search(lead[:m.end()]):
            continue  # "did not show that the cells can ...": a finding denied is still only a possibility
        if m.group(0).lower() == "could" and COUNTED_COULD.search(lead[:m.end()]):
            continue  # "Of the 19, twelve could abandon insulin completely": what a counted group was able to do
        return True
    return bool(SUPPOSED.search(lead))  # "the cells are supposed to ... so that patients no longer need injections": a design


# what a thing is made to do, what someone wishes for, what is required, said of the outcome's own clause ("dreams of
# being insulin-free"; not in FORWARD: "the pouch is supposed to hide the cells from immune attack" still tells that no
# anti-rejection drugs were needed)
SUPPOSED = re.compile(r"\bsupposed to\b|\bdream(?:s|ed|ing)? of\b|\bwish(?:es|ed|ing)? (?:to|for)\b|\blong(?:s|ed|ing)? (?:for|to)\b|\brequir(?:e|es|ed|ing) that\b|\bmust\b(?!\s+(?:have|still)\b)", re.I)


# a future no hedge makes a finding: "if this works, patients may one day stop insulin", "the company hopes patients might ...",
# "could potentially make 9 in 10 patients insulin independent" (but "could possibly have helped" looks back)
AHEAD = re.compile(r"\b(?:(?:could|would|can|will)(?!\s+(?:not\s+)?have\b)|one day|some ?day|in the future|in years to come|if|unless|once|hop(?:es?|ing) (?:to|of|for|that)|"
                   r"plans? to|aim(?:s|ed|ing)? (?:to|for|at)|expected to|designed to|intended to|whether)\b", re.I)
# a condition on whoever reaches an outcome, in the present: "participants who achieve insulin independence will ..."
WHO_REACH = re.compile(r"\b(?:participants|patients|subjects|recipients|those|anyone|people|individuals)\s+who\s+(?:achieve|reach|become|remain|"
                       r"attain|maintain|stop|come off|do not|don't|fail to)\b[^.;,]{0,30}$", re.I)
WHO_THEN = re.compile(r"[^.;]{0,40}?\b(?:will|would|can|may|must|should|are (?:eligible|allowed|offered)|qualify)\b", re.I)
# a statement about an outcome denied or disowned: "does not guarantee", "none of this means that", "nobody is claiming that"
DENIED = re.compile(r"(?:\b(?:does|do|did|is|are|was|were|can|could|will|would)\s*(?:not|n't)|\bcannot|\bnever|\bnobody|\bno one|"
                    r"\bnone of (?:this|that|these|it))\s+(?:\w+\s+)?(?:guarantee|promise|ensure|mean|impl(?:y|ies)|claim|prove|assure)\w*\b"
                    r"(?:\s+that)?[^.;:]*$", re.I)
# the finding denied or still to come: "did not show that", "has yet to prove that", "the next step is to show that", "would show that"
NOT_SHOWN = re.compile(r"\b(?:(?:not|n't|never|yet to|failed to|no (?:\w+ ){0,2}(?:has|have))\s+(?:\w+\s+)?|"
                       r"(?:to|will|would|must|should|could|might|may)\s+(?:(?:also|further|now|then|first|clearly|still|yet)\s+)?)(?:show|demonstrat|prov|found|confirm|reveal|establish)\w*\s+"
                       r"(?:\w+\s+){0,3}?that\b", re.I)


# a counted subject's "could": past ability ("Of the 19, twelve could abandon insulin"), not a possibility
COUNTED_COULD = re.compile(rf"(?:^|[,;:]\s*|\bof (?:the|these|those) \w+,?\s+){NUMBER}\s+(?:of (?:them|the \w+)\s+|patients\s+|participants\s+)?could$", re.I)


class Assembler(GroupTracker, GroupResolver, TableRows, Corrections, DraftBook):
    """One document's walk; `run()` returns its claims in text order."""

    def __init__(self, text: str, segments: list[Segment], products: list, aliases: dict[str, str]):
        self.text, self.segments = text, segments
        self.products, self.aliases = products, aliases
        self._init_groups()
        self.drafts: list[Draft] = []
        self.endpoint: tuple[list, object, Segment] | None = None
        self._current: Segment | None = None
        self.last_follow: dict[int, int] = {}
        self.last_duration: dict[int, tuple[int, str | None, object]] = {}  # paragraph -> (days, qualifier, group) of the last duration
        self.header_follow: tuple[int, int] | None = None  # (paragraph, days) of a "Key results at Week 24:" line
        self.lead_point: tuple[int, int] | None = None  # (segment start, days) of "Three months after her discharge, ..." without an outcome
        self._prev_lead: tuple[int, int] | None = None
        self.para_point: tuple[int, int, object] | None = None  # (paragraph, days, group) of the last time point a sentence stated
        self._prev_point: tuple[int, int, object] | None = None
        self.zero_counts: list[tuple[Group, Segment, int | None]] = []
        self.ctx = DocContext(segments, products, aliases)
        self.design_follow = design_follow_up(segments)
        self.rest_of: dict[int, object] = {}  # id of a "remaining N" group -> the group it is the rest of
        self.subgroup_follow = subgroup_follow_up(segments)
        self.since_treated = design_follow_up(segments, since_treated=True)
        self.cut_tail = _cut_tail(text, segments)
        self.first_person = _first_person(segments)

    def run(self) -> list[Claim]:
        if self.ctx.animal_doc:
            return []
        headlines: list[Segment] = []
        for seg in _join_registry_results(self.text, self.segments):
            if seg.kind in (HEADLINE, DECK):
                headlines.append(seg)
            elif seg.kind == TABLE:
                self._table_row(seg)
            elif seg.kind == BODY:
                self._sentence(seg)
        self._apply_corrections()
        pending = next((g for g in self.groups if g.n == -1), None)
        if pending is not None:
            real = next((g for g in self.groups if g.arm), None) or \
                next((g for g in self.groups if g.n not in (-1, None) and not g.single), None)  # the treated arm first
            if real is None:  # no group is ever sized: the statements are about a group of unstated size (n_patients null),
                pending.n = None  # kept only where they name people and no animal is ever mentioned ('all recipients' may be rats)
                people = not ANIMALS.search(self.text)
                self.drafts = [d for d in self.drafts if d.group is not pending or people and any(PLURAL_NOUN.search(s.text) for s in d.segs)]
            else:
                for d in list(self.drafts):
                    if d.group is not pending:
                        continue
                    twins = [x for x in self.drafts if x.group is not pending and x.outcome == d.outcome
                             and x.group.n and not x.group.single and not x.group.historical]
                    twin = twins[0] if len(twins) == 1 else None  # only where the report has one such result to restate
                    if any(re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", s.text, re.I) for s in d.segs):
                        twin = None  # a statement with its own numbers is no restatement
                    if twin is not None:  # a lede's "helped some adults cut their insulin" states the trial's result again
                        for seg, hedge in zip(d.segs, d.hedges):
                            if seg not in twin.segs:
                                twin.segs.append(seg)
                                twin.hedges.append(hedge)
                        self.drafts.remove(d)
                    else:
                        d.group = real
        self._fold_unsized()
        self._merge_duplicates()
        self._fold_zero_counts()
        for seg in headlines:
            self._headline(seg)
        return [self._finish(d) for d in self.drafts]

    def _fold_unsized(self) -> None:
        """A share stated of an unsized group ("most participants halved their insulin") in a report of one
        trial is that trial's: its statement joins the trial's claim of the same outcome, or becomes one."""
        unsized = next((g for g in self.groups if g.n is None and not g.single), None)
        if unsized is None:
            return
        sized = [g for g in self.groups if g.n is not None and g.n > 1 and not g.single and not g.historical
                 and any(d.group is g for d in self.drafts)]
        if not sized:
            return
        trial = max(sized, key=lambda g: (sum(d.group is g for d in self.drafts), g.n))
        for d in self.drafts:
            if d.group is unsized:
                d.group = trial

    def _fold_zero_counts(self) -> None:
        """A zero count of a good outcome is evidence for the same group's no_benefit claim, if the text makes one
        ("0 of 5 insulin independent" beside "insulin did not change in any participant", BLIND_NOTES 5)."""
        for group, seg, follow_up in self.zero_counts:
            d = next((d for d in self.drafts if d.group is group and d.outcome == "no_benefit"), None)
            if d is None and seg.kind == TABLE and group.n and not group.single:
                d = Draft(group, "no_benefit", group.n)  # a results row "... C-peptide >= 0.1 | 19 | 0 of 19": none of them did
                self.drafts.append(d)
            if d is not None and seg not in d.segs:
                d.segs.append(seg)
                d.hedges.append(False)
                d.follow_up = d.follow_up or follow_up

    def _date_previous(self, seg: Segment, point: int) -> None:
        """'The reductions were measured one year after the procedure.': the time point of the results stated just
        before, which gave none of their own."""
        noun = MEASURED_THEN.match(seg.text).group("noun").lower()
        named = noun.startswith("reduction")  # names its outcome: it may look further back
        for d in self.drafts:
            if d.segs and seg.para - (3 if named else 1) <= max(s.para for s in d.segs) <= seg.para and d.follow_up is None \
                    and d.time_to is None and d.outcome not in HARMS and not d.group.single \
                    and (not named or d.outcome == "insulin_reduction"):
                d.follow_up = point

    def _last_previous(self, seg: Segment, t: str) -> None:
        """'On average the effect lasted 18 months.': how long the one result stated just before lasted. Only when that
        sentence gave one benefit and no duration of its own: with two results the sentence does not say whose."""
        lasted = [d for d in find_durations(t) if d.days]
        if len(lasted) != 1 or re.search(r"\bup to\b|\bbetween\b|\bto\s+\d", t, re.I):
            return  # a range or several figures: no one duration (DEV_NOTES: ranges are null)
        before = [d for d in self.drafts if d.segs and max(s.para for s in d.segs) in (seg.para, seg.para - 1)
                  and d.outcome not in HARMS and d.outcome != "no_benefit"]
        if before:
            last = max(max(s.start for s in d.segs) for d in before)
            before = [d for d in before if max(s.start for s in d.segs) == last]
        if len({d.outcome for d in before}) == 1 and all(d.duration is None for d in before):
            for d in before:
                d.duration, d.qualifier = lasted[0].days, lasted[0].qualifier
                d.segs.append(seg)
                d.hedges.append(False)

    def _claimable(self, seg: Segment, counts: list[Count]) -> bool:
        t = seg.text
        if self.cut_tail is not None and seg.start >= self.cut_tail:
            return False  # the page was cut mid-sentence: what the sentence would have said is unknown (DEV_NOTES)
        if LABEL_ONLY.fullmatch(t) and not counts and not SINGULAR_REF.search(t):
            return False  # "Insulin independent." / "Time in range.": a glossary or box label, not a statement
        if METHOD.search(t) and not any(c.w is not None for c in counts):
            return False  # a method statement names what was measured, not a result
        if _in_criteria(self.text, seg.start):
            return False
        if EPIDEMIOLOGY.search(t) or PRIOR_WORK.search(t) and not any(c.w is not None for c in counts):
            return False
        if OTHER_THERAPY.search(t) and not CELL_WORD.search(t):
            return False  # "tirzepatide brought HbA1c below 7% in 80% of 500 patients": another treatment's result, not the cells'
        if WITHHELD.search(t) and not any(c.w is not None for c in counts):
            return False
        if CONCLUSION.match(t):
            return False  # an abstract's conclusion restates its results or generalizes them: no claim of its own (DEV_NOTES)
        if BACKGROUND.match(t) or in_correction_note(self.text, seg) or NO_EVIDENCE.search(t):
            return False  # "no published trial has shown that MSCs allow children to stop insulin" reports no result
        if MEASURE_DEFINITION.search(t) and not any(c.w is not None for c in counts) and not (
                seg.kind == TABLE and t.count("|") >= 3):
            return False  # a registry's outcome measure names what will be counted, not a result
        return not (_animal(t) or self.ctx.animal_context(seg) or ANECDOTE.search(t) or (
            GENERIC.search(t) and _counts_no_one(t, counts) and not names_a_person(t) and not find_single(t)))

    def _sentence(self, seg: Segment) -> None:
        original = seg.text
        masked = _bracket_semicolons(mask_comparisons(original))  # what the sentence says about the comparison arm is no claim
        if masked != original:
            seg = replace(seg, text=masked)
        t = seg.text
        counts = [c for c in find_counts(t) if not PER_DEVICE.match(t[c.end:c.end + 15].strip() or "x")
                  and not CONTROL_ARM.search(t[c.start:c.end + 25])]  # a placebo arm is a comparison, not a claim
        counts = counts or self._counts_with_shares(t)
        self._current = seg
        self._prev_lead, self.lead_point = self.lead_point, None  # a fronted time point holds for the next sentence only
        self._prev_point, self.para_point = self.para_point, None
        single = self._single_for(seg) if not ANECDOTE.search(t) else None
        if not (_animal(t) or self.ctx.animal_context(seg)):
            self._note_group_facts(seg, counts, original)  # "all 12 treated mice" are no trial group
        self._track_person(seg, counts, single)
        found = self._stated_outcomes(t)
        kept = less_decline(original)
        if found is not None and kept and not any(f.outcome in ("c_peptide", "no_benefit") for f in found):
            found = sorted(found + [OutcomeMention("c_peptide", *kept)], key=lambda f: f.start)
        if found is not None and not found and (t.rstrip().endswith(":") or RESULTS_HEADING.fullmatch(t.strip())):
            head = timings(t, False)
            point = head.follow_up or head.time_to  # "By month 12 post-treatment:" heads a list of results at that time
            self.header_follow = (seg.para, point) if point else self.header_follow
            self._list_lead(seg, counts)
        if found is not None and not found:
            self.lead_point = _lead_point(t, seg)
            stated = timings(t, False).follow_up
            if stated and counts and not _animal(t):
                self.para_point = (seg.para, stated, None)  # "Eight patients ... have reached the six-month visit."
            if stated and MEASURED_THEN.match(t):
                self._date_previous(seg, stated)
            if LASTED_THEN.match(t):
                self._last_previous(seg, t)
        if found is None or not found or not self._claimable(seg, counts):
            return
        hedged = bool(HEDGES.search(t))
        relapse = RELAPSE.search(t)
        spans = [(f.outcome, f.start, f.end) for f in found]
        for index, o in enumerate(found):
            lead = re.split(r"[:;]|,\s+(?:and|but)\s", t[:o.end])[-1]
            if _forward_clause(re.sub(r",[^,;]{1,80},", ",", lead)) and (not HEDGES.search(lead) or AHEAD.search(lead)):  # an aside ", designed to grow in the liver," is not the outcome's clause
                continue  # "could restore insulin production", "before they can stop insulin" (in the outcome's own clause)
            if END_POINT_ROLE.match(t[o.end:]):
                continue  # "insulin independence from day 180 to day 365 was a secondary end point"
            if PURPOSE.search(t[max(0, o.start - 60):o.start]) or re.search(r"\bsometimes\b(?:(?!\band\b)[^,;])*$", t[:o.start]):
                continue  # "islet cells, which are crucial for insulin production"; "sometimes they do not require insulin"
            if re.match(r"[^.;,]{0,25}?\b(?:was|were|is|are|been)\s+(?:ever\s+|never\s+|not\s+)?expected\b", t[o.end:], re.I):
                continue  # "so no change in insulin was ever expected": what was foreseen, not found
            if o.outcome in POSITIVE and re.search(r"\b(?:the|those|these)\s+(?:[\w-]+\s+){0,2}who\s+(?:had\s+|have\s+)?$", t[max(0, o.start - 40):o.start], re.I):
                continue  # "three of the eight who stopped insulin had also given up metformin": who they are, not a new result
            if o.outcome != "no_benefit" and DENIED.search(lead[:len(lead) - (o.end - o.start)]):
                continue  # "The treatment does not guarantee insulin independence", "None of this means that patients are ...": denied, not found
            if WHO_REACH.search(t[:o.start]) and WHO_THEN.match(t[o.end:]):
                continue  # "Participants who achieve insulin independence will be eligible for ...": a condition, not a result
            if o.outcome != "no_benefit" and re.search(r"\bnot yet\b|\byet to\b", t[max(0, o.start - 20):o.end], re.I):
                continue  # "36 adults ... who did not yet need insulin": who was enrolled, not what they reached
            if o.outcome != "no_benefit" and re.search(r"\b(?:rather than|instead of)\s+(?:on\s+)?(?:[\w-]+\s+)?$", t[max(0, o.start - 30):o.start], re.I):
                continue  # "about safety from lows rather than freedom from insulin": the outcome not reported
            if o.outcome == "insulin_reduction" and re.search(r"\b(?:making|producing|made|produced|secreting|secreted)\s+less\b", t[max(0, o.start - 40):o.end], re.I):
                continue  # "his pancreas was making less and less insulin": the disease, not a lower dose
            if re.search(r"\bbefore\s+(?:they|he|she|the patients?|the recipients?)\s+(?:were|was|could|became)\b[^.;,]{0,25}$", t[:o.start], re.I):
                continue  # "needed a second infusion before they were able to stop taking insulin": what it took, not a new result
            if relapse and relapse.start() <= o.end + 5 and not re.search(r"\bstill\b", t):
                continue
            if re.match(r"\s*(?:could|would|might) (?:be|mean|reflect|have been)\b|\s+(?:in|for|among)\s+[^,.;]{1,25}?\s+would (?:be|mean)\b", t[o.end:]):
                continue  # "one person's C-peptide going up could be noise": the outcome is only supposed
            group, w = self._resolve(seg, counts, o, single)
            if group is None:
                if not counts and not SINGULAR_REF.search(t):
                    group = self._pending(seg)
                else:
                    continue
            if not self._safety_claim_ok(t, o.outcome, group, w, counts, single):
                continue
            timing = outcome_timing(t, spans, index, group.single)
            if w == 0 and o.outcome in POSITIVE:
                self.zero_counts.append((group, seg, timing.follow_up))  # "0 of 5 insulin independent": no one did
                continue
            if timing.follow_up is None and SAME_POINT.search(t):
                timing.follow_up = self.last_follow.get(seg.para, self.last_follow.get(-1))
                if timing.follow_up is None and self._prev_point and self._prev_point[0] == seg.para:
                    timing.follow_up = self._prev_point[1]  # "... have reached the six-month visit. At that visit, five of the eight ..."
            if timing.follow_up is None and timing.time_to is None and o.outcome not in HARMS and not group.single \
                    and self._prev_point and self._prev_point[0] == seg.para and self._prev_point[2] in (group, self.rest_of.get(id(group))):
                timing.follow_up = self._prev_point[1]  # "At that visit, five of the eight were insulin independent. The remaining three have cut ..."
            whole = self.rest_of.get(id(group))
            if timing.follow_up is None and timing.time_to is None and whole is not None and self.para_point and self.para_point[2] is whole:
                timing.follow_up = self.para_point[1]  # "At one year, 10 of 12 stopped insulin, while the remaining two cut it by 92% on average"
            if timing.follow_up and o.outcome not in HARMS:
                self.para_point = (seg.para, timing.follow_up, group)
            if timing.follow_up is None and timing.time_to is None and o.outcome not in HARMS and self._prev_lead \
                    and self._prev_lead[0] == seg.para and group.single:
                timing.follow_up = self._prev_lead[1]  # "Three months after her discharge, Miss Yan ... . She has completely stopped insulin."
            if timing.follow_up is None and o.outcome not in HARMS and self.header_follow and self.header_follow[0] == seg.para:
                timing.follow_up = self.header_follow[1]  # a list or table under "Results at week 48:" reports that time point
            if ENDPOINT_MET.search(t) and self.endpoint and timing.follow_up is None:
                timing.follow_up = self.endpoint[1].follow_up
            if timing.follow_up:
                self.last_follow[seg.para] = self.last_follow[-1] = timing.follow_up
            if timing.duration is None and o.outcome not in HARMS and THAT_TIME.search(t) and seg.para in self.last_duration \
                    and self.last_duration[seg.para][2] is group:
                timing.duration, timing.qualifier = self.last_duration[seg.para][:2]  # "... in the eleven months since. No severe low in that time."
            if timing.duration and o.outcome not in HARMS:
                self.last_duration[seg.para] = (timing.duration, timing.qualifier, group)
            hedged = bool(HEDGES.search(clause(t, o.start, o.end)))
            draft = self._add(group, o.outcome, w, seg, hedged, timing)
            if o.outcome not in HARMS and not group.single:
                for c in self._parallel_counts(t, counts, o.start, group.n, w):
                    self._add(self._group_n(c.n, seg), o.outcome, c.w, seg, hedged, timing)
            definition = self.endpoint[2] if self.endpoint and ENDPOINT_MET.search(t) else None
            if definition is not None and definition not in draft.segs and o.outcome in {e.outcome for e in self.endpoint[0]}:
                draft.segs.append(definition)  # the endpoint's definition states the outcome too
                draft.hedges.append(False)
        self._list_items(seg, found, counts)

    def _counts_with_shares(self, t: str) -> list[Count]:
        """'Insulin-free: 9 (38%)', 'achieved in 18 (60%)': a bare number with its share in brackets, the 'n (%)' of
        results lists, is a count of the trial when the share is that number's share of the trial's size (else unsure)."""
        n = self.trial.n if self.trial is not None and not self.trial.single else None
        if not n or n < 2:
            return []
        out = []
        for m in SHARE_COUNT.finditer(t):
            w, pct = int(m.group("w")), float(m.group("pct"))
            if 0 < w <= n and abs(100 * w / n - pct) <= 1.0:
                out.append(Count(m.start("w"), m.end(), None, w, "bare"))
        return out if len(out) == 1 else []  # two bare shares: which outcome each counts is for the sentence to say

    def _list_lead(self, seg: Segment, counts: list[Count]) -> None:
        """'Of the 12 participants who received the full dose:' heads a list whose items give counts of that group
        ('- ten no longer need insulin'): the items' group is the one the lead-in names, as in one sentence."""
        m = LIST_LEAD.match(seg.text)
        sized = [c for c in counts if c.n]
        if m is None or len(sized) != 1 or sized[0].kind != "definite" or sized[0].start > m.end("n") \
                or CONTROL_ARM.search(seg.text) or _animal(seg.text):
            return
        self.trial = self.focus = self._group_n(sized[0].n, seg)

    @staticmethod
    def _parallel_counts(t: str, counts: list[Count], start: int, n: int | None, w: int | None) -> list[Count]:
        """The other arms of "8 of 12 intraportal and 3 of 10 omental recipients were insulin independent": counts
        "w of n" joined by "and" before one outcome, each a claim on its own arm (the resolver took the last)."""
        chained = [c for c in counts if c.kind in ("of", "slash") and c.w is not None and c.n and c.end <= start]
        if len(chained) < 2 or (chained[-1].n, chained[-1].w) != (n, w):
            return []
        out = []
        for a, b in zip(chained[-2::-1], chained[:0:-1]):
            if not re.fullmatch(r"\s+(?:[\w-]+\s+){0,4}?and\s+", t[a.end:b.start], re.I) or a.n == b.n:
                break
            out.append(a)
        return out

    def _list_items(self, seg: Segment, found: list, counts: list[Count]) -> None:
        """One claim per item of a results list that follows an outcome without repeating it (result_lists.py)."""
        t = seg.text
        first = next((f for f in found if f.outcome not in HARMS and f.outcome != "no_benefit"), None)
        if first is None:
            return
        shares = shares_of_groups(t, max(0, first.start - 200))
        if shares:
            point = timings(t, False).follow_up
            for item in shares:
                d = Draft(self._group_n(item.n, seg), first.outcome, None)
                d.segs.append(seg)
                d.hedges.append(False)
                d.follow_up = point
                self.drafts.append(d)  # each era or arm of the list is a claim of its own
            return
        items = respectively(t) or list_items(t, first.start)
        if not items:
            return
        trial = self.trial if self.trial is not None and not self.trial.single and self.trial.n else None
        for item in items:
            if any(d.outcome == first.outcome and seg in d.segs and (d.time_to if item.onset else d.duration) == item.days
                   and (d.w == item.w or d.group.single and item.w == 1) for d in self.drafts):
                continue  # the item's own mention already made it
            if item.w == 1:
                group = self._new_group(1, seg, single=True, ordinal=100 + len(self.groups))  # a patient singled out
            elif trial is not None and item.w < trial.n:
                group = trial
            else:
                continue
            d = Draft(group, first.outcome, item.w)
            d.segs.append(seg)
            d.hedges.append(False)
            if item.onset:
                d.time_to = item.days  # "..., one of them 12 weeks after the infusion": the item's onset
            else:
                d.duration, d.qualifier = (item.days, item.qualifier) if item.days else (None, None)
            for k, v in intervention_fields(t).items():
                d.fields.setdefault(k, v)
            self.drafts.append(d)

    def _track_person(self, seg: Segment, counts: list[Count], single: Group | None) -> None:
        """Keep the single patient of the story up to date: age at diagnosis, fields, sex from pronouns."""
        t = seg.text
        if single is not None:
            dy = single_disease_years(t)
            single.disease_years = single.disease_years if single.disease_years is not None else dy
            single.diag_age = single.diag_age if single.diag_age is not None else diagnosis_age(t)
            if seg.para != single.home_para:
                single.own.update({k: v for k, v in intervention_fields(t).items() if k not in single.own})
            self.focus = single
        elif names_a_person(t) and not counts and self.single is None and self.trial is None and (
                re.search(r"\bdiagnosed\b|\bdiabetes\b", t) or outcomes(t)):
            # a story about one person who is only ever "she": "She is 36 and had type 1 diabetes for 20 years"
            self.single = self.focus = self._new_group(1, seg, single=True)
            self.single.sex = "female" if re.search(r"\b(?:she|her)\b", t, re.I) else "male" if re.search(r"\b(?:he|his|him)\b", t, re.I) else None  # "I": no sex
        elif SINGULAR_REF.search(t) and self.single and not counts:
            self.focus = self.single
            if self.single.disease_years is None:
                self.single.disease_years = single_disease_years(t)  # "she had lived with type 1 diabetes for 42 years"
            if self.single.sex is None:
                pron = re.search(r"\b(she|her|he|his|him)\b(?!\s+(?:said|added|says|told|noted))", t, re.I)
                if pron and not re.search(r"\b(?:said|says|told|added)\b", t[max(0, pron.start() - 25):pron.start()]):
                    self.single.sex = "female" if pron.group(1).lower() in ("she", "her") else "male"
            for k, v in intervention_fields(t).items():
                self.single.own.setdefault(k, v)

    def _stated_outcomes(self, t: str) -> list | None:
        """Outcomes of the sentence; a primary-endpoint definition is remembered, and 'met the primary
        endpoint' takes its outcome from that definition (DEV_NOTES)."""
        if ENDPOINT_DEF.search(t):
            parts = [o for o in outcomes(t) if not CONDITION.search(t[max(0, o.start - 50):o.start])]
            self.endpoint = (parts, timings(t, False), self._current)
            return None
        found = outcomes(t)
        met = ENDPOINT_MET.search(t)
        if met and self.endpoint and self.endpoint[0]:
            own = {f.outcome for f in found}
            found = [type(o)(o.outcome, met.start(), met.end()) for o in self.endpoint[0] if o.outcome not in own] + found
        return found

    def _add(self, group: Group, outcome: str, w: int | None, seg: Segment, hedged: bool, timing) -> Draft:
        share = getattr(self, "share", None)
        for d in self.drafts:
            if d.group is group and d.outcome == outcome and (d.share is None or share is None or d.share == share) and (
                    w is None or d.w is None or d.w == w or outcome in ("death", "adverse_event", "no_benefit")):
                if d.w is None:
                    d.w = w
                break
        else:
            d = Draft(group, outcome, w, share=share)
            self.drafts.append(d)
        if seg not in d.segs:
            d.segs.append(seg)
            d.hedges.append(hedged)
        d.time_to = d.time_to or timing.time_to
        if d.duration is None and timing.duration is not None:
            d.duration, d.qualifier = timing.duration, timing.qualifier
        d.follow_up = d.follow_up or timing.follow_up
        for k, v in intervention_fields(seg.text).items():
            d.fields.setdefault(k, v)  # the claim's own sentence first
        for k, v in self.ctx.para_fields.get(seg.para, {}).items():
            d.para_fields.setdefault(k, v)  # then its paragraph, below what the group's own introduction said
        if d.product is None:
            d.product = self._product_near(seg)
        return d

    def _product_near(self, seg: Segment) -> str | None:
        inside = [p for p in self.products if seg.start <= p.start < seg.end]
        if inside:
            return self.aliases.get(inside[0].name, inside[0].name)
        in_para = [p for p in self.products if any(s.para == seg.para and s.start <= p.start < s.end for s in self.segments)]
        return self.aliases.get(in_para[0].name, in_para[0].name) if in_para else None


REGISTRY_MEASURE = re.compile(r"^\s*(?:\d+\.\s*)?(?:primary|secondary|other)?\s*(?:outcome(?: measure)?)?\s*:?\s*(?:title\s*:\s*)?"
                              r"(?:(?:number|count|proportion|percentage) of (?:participants|patients|subjects)|(?:participants|patients|subjects) (?:with|reaching|achieving|who))\b", re.I)
REGISTRY_RESULT = re.compile(r"\bCount of Participants\s*[:|]?\s*\d|^\W*[\w-]+(?:\s+[\w-]+)?\s*:\s*\d+\s+of\s+\d+\s+participants\b", re.I)


def _counts_no_one(t: str, counts: list[Count]) -> bool:
    """No count in the sentence, or only vague ones ("for some participants", "a few"): a generic statement."""
    return not any(c.n is not None or c.w is not None or c.share
                   or not re.match(r"(?:some|a few|few|several)\b", t[c.start:c.end], re.I) for c in counts)


def _in_criteria(text: str, start: int) -> bool:
    """Whether a sentence sits in an inclusion or exclusion criteria list (up to the next section heading)."""
    window = text[max(0, start - 3000):start]
    head = None
    for head in CRITERIA_HEAD.finditer(window):
        pass
    return head is not None and not SECTION_HEAD.search(window, head.end())


def _join_registry_results(text: str, segments: list[Segment]) -> list[Segment]:
    """A registry's outcome measure and the line under it that counts the participants are one result
    ("2. Secondary: Number of Participants Insulin Independent" / "Time Frame: Day 365 | Participants
    Analyzed: 12 | Count of Participants: 5"): read them together, offsets kept (the line break becomes a space)."""
    out: list[Segment] = []
    skip = -1
    for i, seg in enumerate(segments):
        if i <= skip:
            continue
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt is not None and REGISTRY_MEASURE.match(seg.text) and not REGISTRY_RESULT.search(nxt.text) \
                and re.match(r"\s*time\s*frame\b", nxt.text, re.I) and i + 2 < len(segments) \
                and REGISTRY_RESULT.search(segments[i + 2].text):
            nxt = segments[i + 2]  # "Title: ..." / "Time Frame: ..." / "Count of Participants: 27/31"
            joined = text[seg.start:nxt.end].replace("\n", " ")
            out.append(Segment(seg.start, nxt.end, joined, seg.kind if seg.kind in (BODY, TABLE) else BODY, seg.line, seg.para))
            skip = i + 2
            continue
        if nxt is not None and REGISTRY_MEASURE.match(seg.text) and REGISTRY_RESULT.search(nxt.text) \
                and not text[seg.end:nxt.start].strip():
            joined = text[seg.start:nxt.end].replace("\n", " ")
            out.append(Segment(seg.start, nxt.end, joined, seg.kind if seg.kind in (BODY, TABLE) else BODY, seg.line, seg.para))
            skip = i + 1
            continue
        out.append(seg)
    return out


def _first_person(segments: list[Segment]) -> bool:
    """Written by the patient: at least three body sentences say 'I' or 'my' outside quotation marks."""
    n = 0
    for s in segments:
        if s.kind == BODY and not re.search(r"[\"“”]", s.text) and re.search(r"(?-i:\bI\b)(?!\s*/)|\bmy\b", s.text, re.I):
            n += 1
    return n >= 3


FRONTED_POINT = re.compile(r"^\W*(?:(?:about|around|some|nearly|almost|roughly|just over|over|more than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
                           r"(?:days?|weeks?|months?|years?)\s+(?:after|later|post|from)\b[^,;]{0,60},", re.I)


def _lead_point(text: str, seg: Segment) -> tuple[int, int] | None:
    """The time point a sentence without an outcome opens with ("Three months after her discharge, Miss Yan has
    received excellent feedback on her condition."): where the next sentence's single patient stood then."""
    if not FRONTED_POINT.match(text):
        return None
    t = timings(text, True)
    return (seg.para, t.follow_up) if t.follow_up else None


def _bracket_semicolons(text: str) -> str:
    """'12 of 29 (41%; 95% CI 24-61) were insulin independent': a semicolon inside brackets that open with a share
    separates the share from its interval, not two clauses; read as a comma (same length, offsets kept) so the count stays with its outcome."""
    return re.sub(r"[(\[]\s*\d+(?:\.\d+)?\s*%[^()\[\]]{0,80}[)\]]", lambda m: m.group(0).replace(";", ","), text)  # not "(n=36; ...)"


def _cut_tail(text: str, segments: list[Segment]) -> int | None:
    """Where the text ends mid-sentence (an excerpt cut short), the start of that last sentence."""
    body = [s for s in segments if s.kind in (BODY, TABLE)]
    if not body or text[body[-1].end:].strip():
        return None
    last = body[-1]
    words = last.text.split()
    if len(words) < 6 or re.search(r"[.!?:;\"”’)\]…]\s*$", last.text):
        return None
    if _unpunctuated_list(text, last):
        return None
    return last.start


LIST_MARK = re.compile(r"\s*(?:[•▪●◦‣*–-]|\d{1,2}[.)])\s+\S")


def _unpunctuated_list(text: str, last: Segment) -> bool:
    """A bullet list whose items carry no full stop ends without one too: its last item is whole, not cut.
    Only when the item before it is a bullet line without a full stop as well (the list's own style)."""
    if not LIST_MARK.match(last.text):
        return False
    lines = [line.strip() for line in text[:last.start].split("\n") if line.strip()]
    return bool(lines) and bool(LIST_MARK.match(lines[-1])) and not re.search(r"[.!?]\s*$", lines[-1])


def assemble(text: str, segments: list[Segment], products: list, aliases: dict[str, str]) -> list[Claim]:
    """Claims of one document. The per-sentence caches are emptied first so that a corpus of
    near-duplicate texts (syndicated news, benchmarks) costs what fresh text would."""
    for cached in (_find_counts, _find_single, _outcomes, _intervention_fields, _forward, _animal, _find_durations):
        cached.cache_clear()
    return Assembler(text, segments, products, aliases).run()
