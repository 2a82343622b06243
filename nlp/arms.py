"""Treated arm and comparison arm: which part of a sentence reports the comparator, and how big the treated arm is.

A randomised trial reports "17 of 22 islet recipients versus 3 of 20 controls"
and "one control participant died"; only the treated arm's results are claims
(DEV_NOTES: control or placebo arms are not claims). Round 1 caught a few
fixed phrasings; here the comparator is found by its structure: what follows
"versus / compared with / whereas" up to the clause end, and clauses whose
only group is a control group, are blanked before counts and outcomes are
read. The treated arm's size comes from the allocation ("22 to islet
transplantation and 20 to insulin therapy", "Twenty received ... and ten
received placebo", "MSC recipients (n = 34)", "30 in each arm", or the total
minus the placebo arm), so that "Ten islet recipients" counts within 22, not 42.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import FALL
from .numbers import NUMBER, parse_number

CONTROL_NOUN = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bin normal )(?<!\bof normal )\b(?:normal )?saline\b(?!-)|"  # "24 received cord blood and 12 saline"; not "cells in saline"
    r"\b(?:placebo|controls\b|control (?:group|arm|participants?|patients?|recipients?|children|subjects|cohort)|sham|untreated|"
    r"who did not receive (?:the\s+|any\s+)?(?:cells|treatment|transplant|infusions?|islets)|followed for comparison|"
    r"(?:standard|conventional|usual|continued)(?: [\w-]+){0,2} (?:insulin )?(?:therapy|treatment|care)|dummy (?:infusions?|drips?|injections?|procedures?))", re.I)
TREATED_NOUN = re.compile(
    r"\b(?:treated|active (?:arm|group)|(?:cell|treatment|intervention|msc|islet|transplant|stem[- ]cell)\w*(?:[\s-]+\w+)? "
    r"(?:arm|group|recipients?|patients?)|who (?:got|received) the (?:cells|islets|infusions?|transplant))", re.I)
COMPARATOR = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to)|whereas|while|against)(?=\s)", re.I)
INTERVENTION = re.compile(r"islet|cells?\b|transplant|MSC|stem|graft|implant|infusion|cord[- ]blood", re.I)
BETWEEN = re.compile(r"\bbetween\b|\bthan\b|\bdiffer|\bboth (?:groups|arms)\b|\beither (?:group|arm)\b|\bas (?:it|they) (?:does|do|did)\b|"
                     r"\b(?:just |much )?as in\b|\bsame as\b|\blike\b", re.I)
ALLOCATION = re.compile(r"randomi[sz]|assigned|allocated", re.I)
ARM_HINT = re.compile(r"placebo|control|sham|saline|untreated|standard|usual|dummy|\barm\b|\bgroup\b|randomi|assigned|allocated|\bn\s*=", re.I)
BOUNDARY = re.compile(r";|,\s+and\b|,\s+but\b|\.\s|$")
ARMS_NOUNS = r"(?:patients|participants|subjects|people|adults|children|recipients)"
_N = rf"(?:{NUMBER})"

# "22 to islet transplantation and 20 to insulin therapy", "Twenty received MSCs, and ten received placebo"
SPLIT_RE = re.compile(
    rf"(?P<a>{_N})\s+(?:{ARMS_NOUNS}\s+)?(?:were\s+)?(?:randomi[sz]ed\s+|assigned\s+|allocated\s+)?(?P<va>to|received|got|were given|in the|on)\b(?P<ta>[^;:.]{{0,160}}?)"
    rf"(?:(?:,\s*|\s+)(?:and|while|with)\s+|;\s+(?:the\s+)?(?:other|remaining)\s+)(?P<b>{_N})\s+(?:{ARMS_NOUNS}\s+)?(?P<vb>to|received|got|were given|in the|on|continued|remained on|stayed on|kept|served as|acted as|formed)\b(?P<tb>[^;:.]{{0,80}})",
    re.I)
# "(43 UC-MSC, 42 placebo)"
PAIR_RE = re.compile(rf"\(\s*(?P<a>\d{{1,4}})\s+(?P<ta>[\w-]+)\s*[,;]\s*(?P<b>\d{{1,4}})\s+(?P<tb>[\w-]+)\s*[;)]", re.I)
RATIO_RE = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:in\s+a\s+)?(?P<a>[1-4])\s*:\s*(?P<b>[1-4])(?:\s*:\s*(?P<c>[1-4]))?\b", re.I)
# the ratio written apart from the verb: "randomized 45 adults with type 2 diabetes 2:1 to MSCs or standard care",
# "randomly assigned to receive stem cells or placebo in a 1:1 ratio"
RATIO_APART_RE = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b(?P<between>[^.;:]{1,120}?)"
                            r"(?:\s+in\s+an?)?\s+(?P<a>[1-4])\s*:\s*(?P<b>[1-4])(?:\s*:\s*(?P<c>[1-4]))?(?:\s+ratio)?(?P<after>\s+to\b)?", re.I)
# "(MSC n = 40, mean age 19.1; placebo n = 20, ...)": an arm named before its size
NAMED_N_RE = re.compile(r"(?:^|[(;,]\s*)(?P<name>[A-Za-z][\w-]*(?:\s+[\w-]+)?)(?:\s*,)?\s+n\s*=\s*(?P<n>\d{1,4})\b", re.I)  # "(UC-MSC, n = 40; placebo, n = 20)"
N_EQUALS_RE = re.compile(r"\(\s*n\s*=\s*(?P<n>\d{1,5})\s*\)", re.I)
EACH_ARM_RE = re.compile(rf"(?P<n>{_N})\s+(?:{ARMS_NOUNS}\s+)?(?:in each|per|in every) (?:arm|group)\b|"
                         rf"\b(?:each|every) (?:arm|group) (?:had|of|included|with|comprised|enrolled) (?P<m>{_N})\b|"
                         r"\bn\s*=\s*(?P<k>\d{1,4})\s*(?:/\s*|per |in each |each )(?:arm|group)\b", re.I)  # "(n = 21/group)"
# "The case group included 14 patients, who were treated with ...", "The control group comprised 28 patients": one arm
# named with its size, in a sentence of its own
ARM_INCLUDED_RE = re.compile(
    rf"\b(?P<name>[\w-]+(?:\s+[\w-]+)?)\s+(?:group|arm|cohort)\s+(?:included|comprised|consisted of|was composed of|"
    rf"was made up of|enrolled|contained)\s+(?P<n>{_N})\s+(?:{ARMS_NOUNS}|cases)\b", re.I)
TREATED_VERB = re.compile(r"\b(?:treated|received|underwent|given|transplanted|infused)\b", re.I)
PLACEBO_SIZE_RE = re.compile(
    rf"(?:placebo|control|sham)[\w\s-]{{0,20}}\(\s*(?:n\s*=\s*)?(?P<n>\d{{1,4}})(?:\s+{ARMS_NOUNS})?\s*\)|"
    rf"(?<!of )(?<!of the )(?<![:\d])(?P<m>{_N})\s+(?:{ARMS_NOUNS}\s+)?(?:received|got|were given|to|went through|underwent)\s+"
    rf"(?:(?:an?|the|matching|saline|identical[\w-]*)\s+){{0,3}}(?:placebo|sham|control)", re.I)


@dataclass(frozen=True)
class Arms:
    treated: int | None = None   # size of the treated arm stated in this sentence
    control: int | None = None   # size of the comparison arm stated in this sentence
    per_arm: bool = False        # the size is "per arm" / "in each arm"
    ratio: tuple[int, int] | None = None  # "randomised 2:1": treated to control, sizes from the trial's total


def _int(text: str | None) -> int | None:
    v = parse_number(text) if text else None
    return int(v) if v is not None and v == int(v) and 0 < v < 100_000 else None


def _is_control(text: str) -> bool:
    return bool(CONTROL_NOUN.search(text)) and not TREATED_NOUN.search(text)


@lru_cache(maxsize=8192)
def arm_sizes(sentence: str) -> Arms:
    """The treated and comparison arm sizes a sentence states, if it states an allocation."""
    if not ARM_HINT.search(sentence):
        return Arms()
    m = SPLIT_RE.search(sentence) or PAIR_RE.search(sentence)
    if m:
        a, b = _int(m.group("a")), _int(m.group("b"))
        if a and b and _is_control(m.group("tb")) and not _is_control(m.group("ta")):
            return Arms(a, b)
        if a and b and _is_control(m.group("ta")) and not _is_control(m.group("tb")):
            return Arms(b, a)
        if a and b and ALLOCATION.search(sentence) and m.group("va").lower() == "to" \
                and INTERVENTION.search(m.group("ta")) and not INTERVENTION.search(m.group("tb")):
            return Arms(a, b)  # "22 to islet transplantation and 20 to insulin therapy"
    for m in N_EQUALS_RE.finditer(sentence):
        before = sentence[max(0, m.start() - 60):m.start()]
        before = re.split(r"[|;]|\bor\b", before)[-1]
        if TREATED_NOUN.search(before) or re.search(r"\b(?:MSCs?|cells|islets)\s*$", before, re.I):
            return Arms(int(m.group("n")), None)
    sizes = list(N_EQUALS_RE.finditer(sentence)) if ALLOCATION.search(sentence) else []
    if len(sizes) == 2:  # "randomised to MSC infusions plus standard care (n = 20), or to standard care alone (n = 10)"
        first = re.split(r"\bto\b", sentence[max(0, sizes[0].start() - 160):sizes[0].start()])[-1]
        second = sentence[sizes[0].end():sizes[1].start()]
        if INTERVENTION.search(first) and not INTERVENTION.search(second) and CONTROL_NOUN.search(second):
            return Arms(int(sizes[0].group("n")), int(sizes[1].group("n")))
    each = EACH_ARM_RE.search(sentence)
    if each and CONTROL_NOUN.search(sentence):
        n = _int(each.group("n") or each.group("m") or each.group("k"))
        return Arms(n, n, per_arm=True) if n else Arms()
    included = ARM_INCLUDED_RE.search(sentence)
    if included and _int(included.group("n")):
        n = _int(included.group("n"))
        if _is_control(included.group("name") + " group"):
            return Arms(None, n)
        if TREATED_VERB.search(sentence) and INTERVENTION.search(sentence) or TREATED_NOUN.search(included.group(0)):
            return Arms(n, None)
    placebo = PLACEBO_SIZE_RE.search(sentence)
    if placebo:
        return Arms(None, _int(placebo.group("n") or placebo.group("m")))
    ratio = RATIO_RE.search(sentence)
    if ratio and CONTROL_NOUN.search(sentence[ratio.end():ratio.end() + 300]):
        parts = tuple(int(g) for g in ratio.group("a", "b", "c") if g)
        control, treated = CONTROL_NOUN.search(sentence, ratio.end()), INTERVENTION.search(sentence, ratio.end())
        if len(parts) == 2 and treated and control.start() < treated.start():
            return Arms(ratio=(parts[1], parts[0]))  # "randomized 1:2 to placebo or stem cells": the cells are the 2
        return Arms(ratio=(parts[0], sum(parts[1:])))  # "randomised 2:1 to MSCs or placebo", "1:1:1": one arm of three
    apart = RATIO_APART_RE.search(sentence)
    if apart and (apart.group("after") or re.search(r"\bratio\b", apart.group(0), re.I)):
        arms_text = sentence[apart.end():apart.end() + 300] if apart.group("after") else apart.group("between")
        control, treated = CONTROL_NOUN.search(arms_text), INTERVENTION.search(arms_text)
        parts = tuple(int(g) for g in apart.group("a", "b", "c") if g)
        if control and treated and treated.start() < control.start():
            return Arms(ratio=(parts[0], sum(parts[1:])))  # the arms in the ratio's order: cells first, then the comparator
    named = [(m.group("name"), int(m.group("n"))) for m in NAMED_N_RE.finditer(sentence)]
    if len(named) >= 2 and any(_is_control(a) for a, _ in named):
        treated = [n for a, n in named if not _is_control(a)]
        control = [n for a, n in named if _is_control(a)]
        if len(treated) == 1:
            return Arms(treated[0], control[0] if control else None)  # "MSC n = 40 ...; placebo n = 20"
    return Arms()


def comparison_spans(sentence: str) -> list[tuple[int, int]]:
    """Stretches that report the comparison arm: 'versus 3 of 20 controls', '; one control participant died'."""
    return list(_comparison_spans(sentence))


@lru_cache(maxsize=8192)
def _comparison_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for m in COMPARATOR.finditer(sentence):
        end = BOUNDARY.search(sentence, m.end()).start()
        part = sentence[m.start():end]
        contrast = m.group(0).lower() in ("whereas", "while")  # may join two results of the same group
        if (CONTROL_NOUN.search(part) or not contrast and re.search(r"\d|\b(?:unchanged|none|no)\b", part)) \
                and not TREATED_NOUN.search(part) and not (re.search(r"\b(?:dose|cohort|baseline|before)\b", part, re.I)
                                                            and not (contrast and CONTROL_NOUN.search(part[:40]))):
            spans.append((m.start(), end))  # what follows "versus" is the comparator, whatever its noun
    pos = 0
    for b in BOUNDARY.finditer(sentence):
        clause = sentence[pos:b.start()]
        lead = CONTROL_NOUN.search(clause)
        if lead and lead.start() < 40 and _is_control(clause) and not BETWEEN.search(clause):
            spans.append((pos, b.start()))  # "one control participant died of myocardial infarction"
        pos = b.end()
        if pos >= len(sentence):
            break
    return tuple(sorted(spans))


def control_first_counts(sentence: str) -> list[tuple[int, int]]:
    """The counts of a comparison arm told first: "In the placebo group, 3 of 15 had HbA1c below 7%, compared with 9 of
    15 in the cell group" — the outcome words are shared with the treated arm after "compared with", so only the
    comparator's counts are blanked, and the outcome counts in the treated arm named after it."""
    from .groups import find_counts  # groups does not import arms: no cycle
    out: list[tuple[int, int]] = []
    for m in COMPARATOR.finditer(sentence):
        end = BOUNDARY.search(sentence, m.end()).start()
        if not TREATED_NOUN.search(sentence[m.start():end]):
            continue
        starts = [b.end() for b in BOUNDARY.finditer(sentence, 0, m.start()) if b.start() < b.end()]  # not the zero-width end
        lo = max([0] + starts)
        front = sentence[lo:m.start()]
        lead = CONTROL_NOUN.search(front)
        if lead and lead.start() < 40 and _is_control(front) and not BETWEEN.search(front):
            out += [(lo + c.start, lo + c.end) for c in find_counts(front)]
    return out


def mask_comparisons(sentence: str) -> str:
    """The sentence with its comparator stretches blanked (same length, so offsets hold)."""
    spans = comparison_spans(sentence) + control_first_counts(sentence)
    if not spans:
        return sentence
    chars = list(sentence)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


LESS_DECLINE_RE = re.compile(
    rf"c-?peptide\b[^.;]{{0,80}}?\b{FALL}\s+(?:by\s+)?(?:only\s+|just\s+|about\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)"
    rf"[^.;]{{0,80}}?\b(?:versus|vs\.?|compared (?:with|to)|against|than)\s+(?:with\s+)?(?P<b>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)", re.I)


def less_decline(sentence: str) -> tuple[int, int] | None:
    """Span of "C-peptide had fallen by 10 percent in the treated children, compared with 47 percent in the
    placebo group": a smaller decline than the comparator is preserved C-peptide (a c_peptide result)."""
    m = LESS_DECLINE_RE.search(sentence)
    if m and float(m.group("a")) < float(m.group("b")) and CONTROL_NOUN.search(sentence[m.start("b"):m.end() + 40]):
        return m.start(), m.end("a")
    return None
