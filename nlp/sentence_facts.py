"""What one sentence states: outcomes and intervention fields (duration roles: timing.py).

Kept apart from the assembler so each rule can be tested on one sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import NEGATORS
from .timing import CLAUSE_SEP, Timing, clause, clause_bounds, timings  # noqa: F401  (duration roles live in timing.py)
from .patterns import (ALLOGENEIC, AUTOLOGOUS, CELL_TYPES, DIABETES_TYPES, EFFICACY_MEASURE, HBA1C_CHANGE_ONLY,
                       IMMUNO_FALSE, IMMUNO_TRUE, IMPLANT_SITES, NEGATED_EVENT, NOT_NO_BENEFIT, OUTCOMES, PHASE_NUM,
                       PHASES, TRIGGERS)

IMMUNO_HINTS = ("immun", "rejection", "chemo", "thymo", "atg", "sirolimus", "tacrolimus", "mab", "mycophenol", "cyclo",
                "ciclo", "belatacept", "ablat", "t-cell")
# One compiled alternation per label: a C-speed test instead of a Python loop over substrings.
TRIGGER_RX = {label: re.compile("|".join(re.escape(t) for t in words)) for label, words in TRIGGERS.items()}
NEG_AUTO = re.compile(r"(?:rather than|instead of|not)\s+(?:from\s+)?$", re.I)


@dataclass(frozen=True)
class OutcomeMention:
    outcome: str
    start: int
    end: int


def first_label(table: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    low = text.lower()
    for label, rx in table:  # by entry, not by label: a label may have a late fallback entry (islets, no source named)
        if label in TRIGGER_RX and not TRIGGER_RX[label].search(low):
            continue
        if rx.search(text):
            return label
    return None


def diabetes_type(text: str) -> str | None:
    """The first type named in the sentence (by position, so 'type 1 and type 2' gives T1D)."""
    low = text.lower()
    hits = [(m.start(), label) for label, rx in DIABETES_TYPES
            if label not in TRIGGER_RX or TRIGGER_RX[label].search(low) for m in [rx.search(text)] if m]
    return min(hits)[1] if hits else None


def cell_source(text: str) -> str | None:
    for m in AUTOLOGOUS.finditer(text):
        if not NEG_AUTO.search(text[max(0, m.start() - 20):m.start()]):
            return "autologous"
    return "allogeneic" if ALLOGENEIC.search(text) else None


def immunosuppression(text: str) -> bool | None:
    """True / False / None. A drug mention is negated when a negator ("no", "none of them", "without
    any", "nobody", "n't") stands before it in the same clause: "None of them takes anti-rejection drugs"."""
    low = text.lower()
    if not any(k in low for k in IMMUNO_HINTS):
        return None
    if not IMMUNO_TRUE.search(text) and not re.search(r"immun|rejection", text, re.I):
        return None
    if IMMUNO_FALSE.search(text):
        return False
    mentions = list(IMMUNO_TRUE.finditer(text))
    if not mentions:
        return None
    negated = [bool(re.search(NEGATORS, re.split(r"[;:]|,\s+(?:but|and|while)\b|\bbut\b", text[max(0, m.start() - 70):m.start()])[-1], re.I))
               for m in mentions]
    return False if all(negated) else True


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


FIELD_LABELS = [label for label, _ in DIABETES_TYPES + CELL_TYPES + IMPLANT_SITES]
SOURCE_HINTS = ("autolog", "autotranspl", "auto-transpl", "tpiat", "tp-iat", "own", "allogen", "donor", "donat", "shelf", "bank", "another person", "body", "from his",
                "from her", "from their")
FIELD_HINT = re.compile("|".join(re.escape(t) for t in sorted(
    {t for label in FIELD_LABELS for t in TRIGGERS.get(label, ())} | set(IMMUNO_HINTS) | set(SOURCE_HINTS)
    | {"phase", "lada", "pancreatectomy", "pig", "porcine", "piglet", "xeno", "diabecell", "abdominal muscle", "pancreaticoduodenal", "cystic", "monogenic", "pancreatogenic", "3c", "cord blood", "mononuclear",
       "multipotent", "cb-sc", "intravenous", "vein", "infus", "drip", "artery", "arterial", "capsule", "intramuscular",
       "marrow", "intrapancreatic", "intraperitoneal", "peritoneal", "abdominal cavity", "preperitoneal", "iv ", "abdomen", "intra-bm", "stomach muscle", "into the pancreas", "into their pancreas", "into his pancreas", "into her pancreas"})))


@lru_cache(maxsize=8192)
def _intervention_fields(text: str) -> tuple[tuple[str, object], ...]:
    if not FIELD_HINT.search(text.lower()):
        return ()  # most page text names no intervention at all
    fields: dict[str, object] = {
        "diabetes_type": diabetes_type(text),
        "cell_type": first_label(CELL_TYPES, text),
        "cell_source": cell_source(text),
        "implant_site": first_label(IMPLANT_SITES, text),
        "immunosuppression": immunosuppression(text),
        "study_phase": study_phase(text),
    }
    if fields["cell_type"] == "donor_islets" and (fields["cell_source"] == "autologous" or GROWN_ISLETS.search(text)) \
            and not DONOR_NAMED.search(text):
        fields["cell_type"] = None  # "islets grown from her own cells": no donor, and the kind of cell is not named here
    return tuple((k, v) for k, v in fields.items() if v is not None)


GROWN_ISLETS = re.compile(r"islets?(?:\s+cells?)?\s+(?:grown|made|derived|generated|produced|created|cultivated|manufactured)\s+(?:in the lab(?:oratory)?\s+)?from\b", re.I)
DONOR_NAMED = re.compile(r"\bdonors?\b|\bdonated\b|\bcadaveric\b|\bdeceased\b", re.I)


POSITIVE = frozenset({"insulin_independence", "medication_free", "insulin_reduction", "hba1c_target", "c_peptide",
                      "hypoglycemia_free", "time_in_range"})
NEGATED_BEFORE = re.compile(r"\bnot\s+(?:yet\s+)?$|\b(?:none|nobody|no one|neither|never|not (?:one|a single (?:one|patient|participant))|no (?:other )?(?:patients?|participants?|recipients?|subjects?|children|adults|pts?))\b[^,;:]{0,30}$|"
                            r"\b(?:none|nobody|no one|neither|not one)\b[^,;:]{0,50}?(?:,\s*(?:however|though|so far|to date|as yet)\s*,\s*)?(?:has|have|had|was|were)\s+(?:been\s+)?able\s+to\s+$|"
                            r"\b(?:did|does|do)\s+nothing\s+to\s+(?:\w+\s+){0,3}$|"
                            r"\bfail(?:s|ed)? to (?:achieve|reach|attain|become|regain|gain|produce|make|secrete)\b[^,;:]{0,30}$|"
                            r"\b(?:yet|failed|fails) to (?:demonstrate|show|prove|establish)\b[^,;:]{0,40}$|"  # "has yet to demonstrate efficacy in preserving C-peptide"
                            r"\btoo (?:low|small|few|little|weak) to (?:make|render|allow|let|keep)\b[^,;:]{0,30}$|"
                            r"\b(?:had|has|have|did|does|do|could|would|may|might|are|is|was|were)\s*(?:not|n't)\s+(?:yet\s+|been\s+able\s+to\s+|all\s+|significantly\s+|meaningfully\s+)?"
                            r"(?:(?:achieve|reach|attain|become|gain|regain|maintain|experience)d?\s+(?:any\s+|an?\s+)?(?:complete\s+|full\s+|total\s+|sustained\s+)?)?$", re.I)  # "had not cut their insulin doses"  # "none of the four did C-peptide rise"
# a production that ended: "the graft stopped making insulin", "the pancreas no longer produces it" (a loss, not C-peptide)
STOPPED_MAKING = re.compile(r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?|no\s+longer)\s+(?:to\s+)?$", re.I)
# what a cell or a therapy is for, not what it did: "cells that make insulin", "responsible for insulin production";
# a "that" after a verb of reporting ("tests showed that the cells are making insulin") opens a finding, not a definition
_SAID = "".join(f"(?<!{v} )" for v in ("show", "shows", "showed", "shown", "found", "find", "said", "says", "say", "reported", "report",
                                        "confirmed", "confirm", "revealed", "reveal"))
DEFINITIONAL = re.compile(r"\b(?:responsible for|" + _SAID + r"that|which|capable of|ability to|able to|designed to|meant to|intended to|in order to|"
                          r"so (?:that )?(?:they|it) (?:can|could))\s+(?:\w+\s+){0,2}$|\b(?:cells?|islets?|tissue)\s+(?:to|that|which)\s+(?:\w+\s+)?$", re.I)
# why cells are put somewhere, or what the disease stops: "the islets are then placed in the liver to restart insulin
# production", "a disease which prevents the pancreas from making insulin" (no group reached anything)
PURPOSE_OR_PREVENTED = re.compile(
    r"\b(?:are|is|were|was|be|being)\s+(?:then\s+|now\s+|first\s+)?(?:placed|implanted|transplanted|infused|injected|delivered|"
    r"transferred|inserted|put|grafted)\b[^.;,]{0,60}\bto\s+(?:\w+\s+)?$|"
    r"\b(?:prevents?|prevented|preventing|stops?|stopping|keeps?|keeping)\s+(?:the\s+|its\s+|their\s+|a\s+|your\s+)?(?:[\w-]+\s+){0,2}from\s+$|"
    # "indicating the possibility of restoring insulin secretion": what might come, not what was seen
    r"\b(?:possibility|potential|prospect|promise|hope|chance)\s+(?:of|for|to)\s+(?:[\w'’]+\s+){0,4}$", re.I)
def _causes_the_death(text: str, harm: OutcomeMention, death: OutcomeMention) -> bool:
    """The harm is what the death came from, not a further harm: "developed a severe fungal lung infection ...
    and died", "have died from complications", "lost one patient, in 2015, to bleeding"."""
    if harm.end < death.start:
        return re.search(r"\band\s+(?:later\s+|then\s+|subsequently\s+)?$", text[harm.end:death.start][-40:]) is not None
    return re.fullmatch(r"[^.;]{0,20}?\b(?:from|of|after|due to|to)\s+(?:[\w-]+\s+){0,2}", text[death.end:harm.start]) is not None


MORE_DRUGS_AFTER = re.compile(r"(?:\s+(?:injections?|shots?))?(?:,\s*[\w-]+)*\s+(?:and|or|nor)\s+(?:(?:swallowed|took|stopped|dropped)\s+)?(?:his|her|their|my|all|the|any)?\s*(?:last\s+|final\s+)?(?:(?:oral|diabetes|other|[\w-]+)\s+(?:and\s+)?){0,3}(?:tablets?|pills?|medicines?|medications?|drugs)\b", re.I)
CONTROL_NEAR = re.compile(r"^\s*(?:(?:was\s+|were\s+)?(?:found|seen|observed|noted)\s+)?(?:in|among|for|within|with|on)\s+(?:the\s+)?(?:control|placebo|untreated|sham|standard care|usual care)\b", re.I)
OUTCOME_TRIGGERS = re.compile("|".join(re.escape(t) for t in sorted({t for label, _ in OUTCOMES for t in TRIGGERS.get(label, ())})))


# an entry criterion: a group "with" a C-peptide level above a threshold ("Number of Participants With C-peptide
# >= 0.3" heads a registry's result row instead)
ELIGIBILITY = re.compile(r"(?<!number of )(?<!proportion of )(?<!percentage of )(?<!count of )\b(?:patients|subjects|participants|people|children|adults|individuals|those|volunteers)\s+(?:[\w-]+\s+){0,5}?"
                         r"with\s+(?:(?:stimulated|fasting|residual|detectable|peak|random)\s+)*c-?peptide\s*(?:levels?\s*)?"
                         r"(?:[><≥]|above|greater than|of at least|over)", re.I)


# an organ or "the body" in general as the subject of stopping insulin use: physiology, not a patient's outcome
# (an adverb may stand between, not a causative with its object: "the cells let her stop insulin" is her outcome)
BODY_SUBJECT = re.compile(r"\b(?:the|your|one's|a person's)\s+(?:own\s+)?(?:body|pancreas|liver|muscles?|tissues?|cells)\s+"
                          r"(?:(?!(?:let|lets|help|helps|helped|allow|allows|allowed|enable|enables|enabled|made|make|makes|"
                          r"her|him|them|his|their|patients?)\b)\w+\s+)?$", re.I)
# What only a therapy does to a patient: "the cells eliminated the need for insulin" is a result, whoever the subject.
THERAPY_ACTS = re.compile(r"eliminat|freed\b", re.I)
IMPROPER_USE = re.compile(r"\s*(?:\w+\s+)?(?:properly|effectively|efficiently|correctly|normally|as (?:it|they) should)\b", re.I)


GRAFT_DIED = re.compile(r"\b(?:islets?|cells?|grafts?|transplants?|implants?)\s+(?:\w+\s+){0,2}(?:died|die|dying|dead)\b", re.I)
WHOLE_PANCREAS = re.compile(r"\b(?:whole[- ]organ\s+|whole[- ])?pancreas(?:es)?(?:[- ]kidney|[- ]after[- ]kidney)?\s+(?:transplant\w*|grafts?|allografts?)\b|"
                            r"\b(?:kidney|renal)[- ]pancreas\s+transplant\w*|\bsimultaneous pancreas\b", re.I)


def _whole_pancreas(text: str, start: int, end: int) -> bool:
    """The outcome's clause credits a whole-pancreas transplant, not islets or cells: not a cell therapy's result."""
    if not WHOLE_PANCREAS.search(text):
        return False  # nearly every sentence: no clause to cut
    lo, hi = clause_bounds(text, start, end)
    part = text[lo:hi]
    return bool(WHOLE_PANCREAS.search(part)) and not re.search(r"islet|\bcells?\b|stem", part, re.I)


ENROLLED = re.compile(r"\b(?:received|underwent|were\s+(?:randomi[sz]ed|enrolled|included|recruited|assigned|treated|given)|enrolled|included|recruited|eligible|inclusion)\b", re.I)


def outcomes(text: str) -> list[OutcomeMention]:
    """Outcome mentions, one per outcome kind, with the exclusions DEV_NOTES lists."""
    return list(_outcomes(text))


@lru_cache(maxsize=8192)
def _outcomes(text: str) -> tuple[OutcomeMention, ...]:
    low = text.lower()
    if not OUTCOME_TRIGGERS.search(low):
        return ()
    found: dict[str, OutcomeMention] = {}
    extra: list[OutcomeMention] = []
    for label, rx in OUTCOMES:
        if label in TRIGGER_RX and not TRIGGER_RX[label].search(low):
            continue
        for m in rx.finditer(text):
            if label in ("death", "adverse_event") and NEGATED_EVENT.search(text[max(0, m.start() - 40):m.end() + 10]):
                continue
            if label == "death" and GRAFT_DIED.search(text[max(0, m.start() - 40):m.end()]) \
                    and not re.search(r"\bwho\s+(?:had\s+)?(?:received|got|was given|were given)\b[^.;]{0,40}$", text[max(0, m.start() - 70):m.start()], re.I):
                continue  # "the islets died", not "one of the nine people who received its implant has died"
            at = m.start("at") if "at" in rx.groupindex and m.group("at") else m.start()
            if label in POSITIVE and NEGATED_BEFORE.search(text[max(0, at - 40):at]):
                continue  # "but none stopped insulin", "cut her insulin ... but had not stopped it" (the verb's own negation)
            if label == "no_benefit" and re.search(r"\b(?:the|your|a person's|one's|their|his|her)\s+(?:own\s+)?(?:body|pancreas|gland|beta[- ]cells|islets)\s+$",
                                                   text[max(0, m.start() - 40):m.start()], re.I):
                continue  # "the pancreas does not produce enough insulin": how the disease works, not a failed treatment
            if label == "c_peptide" and re.match(r"\s*(?:had\s+|has\s+|have\s+)?(?:gradually\s+|progressively\s+|steadily\s+)?(?:deteriorated|declined|decreased|waned|failed|ceased|was lost|were lost)\b", text[m.end():], re.I):
                continue  # "over a 2-year period, graft function deteriorated": a loss
            if label == "c_peptide" and STOPPED_MAKING.search(text[max(0, at - 25):at]):
                continue  # "the graft stopped making insulin", "the pancreas no longer produces it": a loss
            if label == "c_peptide" and re.search(r"\b(?:little|negligible|minimal|insufficient|no)\s+(?:\w+\s+)?c-?peptide|\bno\s+(?:higher|greater|better|different)\b", m.group(0), re.I):
                continue  # "has so far produced little C-peptide"
            if label in POSITIVE and re.match(r"\s*(?:was|were|is|are|remains?|remained)\s+(?:\w+\s+)?(?:rare|uncommon|unusual|exceptional)\b", text[m.end():]):
                continue  # "Insulin independence was rare and not sustained"
            if re.search(r"\bto (?:assess|evaluate|determine|measure|test|examine|study|compare|investigate)\b[^.;]{0,60}$", text[max(0, m.start() - 80):m.start()], re.I):
                continue  # "randomized ... to assess safety and preservation of C-peptide": an aim
            if label in ("insulin_independence", "medication_free") and (
                    BODY_SUBJECT.search(text[max(0, m.start() - 40):m.start()]) and not THERAPY_ACTS.match(m.group(0))
                    or IMPROPER_USE.match(text[m.end():])):
                continue  # "the body stops using insulin properly": how the disease works, not what a patient reached
            if label in POSITIVE and re.search(r"\bhoneymoon\b", text[m.start():m.end() + 40], re.I):
                continue  # "a normally occurring 'insulin free honeymoon period'": the disease's course, not the therapy's
            if label == "c_peptide" and re.search(r"c-?peptide\s+(?:[\w-]+\s+){0,3}?(?:declined|decreased|fell|dropped|waned|deteriorated)\b(?!\s+(?:more\s+slowly|less|slower))", m.group(0), re.I):
                continue  # "C-peptide declined and insulin use increased": a loss, whatever rose after it
            if label == "c_peptide" and ELIGIBILITY.search(text[max(0, m.start() - 60):m.end() + 25]) and ENROLLED.search(text) and "|" not in text:
                continue  # "15 subjects with stimulated C-peptide > .2 pmol/mL received ...": who could enrol, not a result
            if re.search(r"\bwith the (?:aim|goal|objective|intention|purpose) of\b[^.;]*$|\bthe (?:idea|aim|goal|hope|plan|objective) (?:is|was) to\b[^.;]*$",
                         text[max(0, m.start() - 260):m.start()], re.I):
                continue  # "endorsed ... with the aim of preventing hypoglycaemia, attaining an HbA1c <7%": a purpose
            if label in POSITIVE and PURPOSE_OR_PREVENTED.search(text[max(0, m.start() - 120):m.start()]):
                continue
            if label in POSITIVE and _whole_pancreas(text, m.start(), m.end()):
                continue  # "four ... had a pancreas transplant and have been insulin independent again": another therapy
            if label == "c_peptide" and "peptide" not in m.group(0).lower() and DEFINITIONAL.search(text[max(0, m.start() - 45):m.start()]):
                continue  # "islet cells, responsible for insulin production": what the cells are for, not a result
            if label not in found:
                found[label] = OutcomeMention(label, at, m.end())
            elif CLAUSE_SEP.search(text[found[label].end:m.start()]) and label != "death":
                extra.append(OutcomeMention(label, m.start(), m.end()))  # "21 went a year..., and 11 stayed off insulin"
    ii = found.get("insulin_independence")
    if ii is not None and "medication_free" not in found and MORE_DRUGS_AFTER.match(text[ii.end:ii.end + 80]):
        found["medication_free"] = OutcomeMention("medication_free", ii.start, ii.end)  # "stop his insulin and his metformin and gliptin tablets"
        del found["insulin_independence"]
    if "medication_free" in found and "insulin_independence" in found and \
            found["insulin_independence"].end <= found["medication_free"].start and \
            not text[found["insulin_independence"].end:found["medication_free"].start].strip():
        del found["insulin_independence"]  # "had stopped insulin and all oral diabetes medicines": off everything, one outcome
    if "death" in found and "adverse_event" in found and _causes_the_death(text, found["adverse_event"], found["death"]):
        del found["adverse_event"]
    if "adverse_event" in found and re.search(r"hypoglyc|\bhypos?\b(?!-)|\blows\b|\b(?:a|severe|serious|dangerous) low\b(?!-|\s+(?:grade|white|blood|platelet|count|level|dose))", text[found["adverse_event"].start:found["adverse_event"].end + 30], re.I):
        del found["adverse_event"]  # "had no severe hypoglycaemic event" is a benefit, not a harm
    if "no_benefit" in found and CONTROL_NEAR.search(text[found["no_benefit"].end:found["no_benefit"].end + 40]):
        del found["no_benefit"]  # "..., with no change in control subjects": the comparison arm, not a result of the treatment
    if "no_benefit" in found:
        nb_lo, nb_hi = clause_bounds(text, found["no_benefit"].start, found["no_benefit"].end)
        if not EFFICACY_MEASURE.search(text) or NOT_NO_BENEFIT.search(text[nb_lo:nb_hi]):  # "..., and the team did not report HbA1c": that clause only
            del found["no_benefit"]
        else:
            nb = found["no_benefit"]
            lo, hi = clause_bounds(text, nb.start, nb.end)
            others = [f for k, f in found.items() if k != "no_benefit" and not lo <= f.start < hi]
            if not others:
                return (nb,)  # "did not produce enough C-peptide" is no_benefit only
            found = {k: f for k, f in found.items() if k == "no_benefit" or not lo <= f.start < hi}
            extra = [e for e in extra if not lo <= e.start < hi]  # "...making C-peptide in five, but doses were unchanged in all eight"
    if re.search(r"c-?peptide[^.;]{0,60}(?:had )?(?:fallen|declined|decreased) significantly|"
                 r"c-?peptide[^.;]{0,80}(?:fell|fallen|declined|decreased|dropped)[^.;]{0,40}\b(?:same|similar|just as|as (?:it|they) (?:does|do|did)|as in (?:untreated|control|placebo))\b", text, re.I):
        return (OutcomeMention("no_benefit", 0, len(text)),)
    if "medication_free" in found and "insulin_independence" in found:
        med, ind = found["medication_free"], found["insulin_independence"]
        if ind.start < med.end and med.start < ind.end:
            del found["insulin_independence"]  # "no longer needs insulin or any other medicine": one statement
    if "insulin_reduction" in found and "insulin_independence" in found:
        red, ind = found["insulin_reduction"], found["insulin_independence"]
        if ind.start >= red.start and ind.end <= red.end + 20 and re.search(r"reduced or (?:eliminated|stopped)", text, re.I):
            del found["insulin_independence"]
        elif ind.end <= red.start and re.fullmatch(r"\s*,?\s*or\s+(?:(?:have|has|had)\s+)?(?:\w+\s+)?", text[ind.end:red.start]):
            del found["insulin_independence"]  # "are insulin independent or have significantly reduced insulin needs": one count, the reduction (DEV_NOTES)
    if "hba1c_target" in found and HBA1C_CHANGE_ONLY.search(text):
        del found["hba1c_target"]
    if "c_peptide" in found and re.search(r"(?<!from )\b(?:undetectable|no (?:detectable |measurable )?c-?peptide)\b(?![^.;,]{0,30}\b(?:at baseline|before|prior to|pre-?treatment))", text, re.I):
        del found["c_peptide"]
    return tuple(sorted(list(found.values()) + [e for e in extra if e.outcome in found], key=lambda o: o.start))
