"""One person in a sentence: "a 25-year-old woman", "Ramesh Gupta, 61,", "the first recipient", "I'm 46",
and the years that person has had diabetes.

A story about one patient states age, sex and diabetes duration in many
ways; these fields go onto every claim about that patient (DEV_NOTES), so
each way is a pattern here. Disease duration comes either as a stated span
("has had the disease for 22 years", "a 16-year history of type 2
diabetes", "diagnosed 14 years earlier") or from the age at diagnosis ("was
16 when she was diagnosed"), which the assembler subtracts from the age.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import NUMBER, parse_number

AGE_SINGLE_RE = re.compile(r"\b(?P<det>a|an|the|this|our)?\s*(?:[\w-]+\s+)?(?<!- to )(?<!-to-)(?P<age>\d{1,3})-year-old(?!s\b)(?:\s+(?P<noun>[a-z]+))?", re.I)  # not "8- to 17-year-olds"

WORD_AGE_RE = re.compile(rf"\b(?P<age>{NUMBER})[- ]years?[- ]old\b(?!\s+(?:when|at))", re.I)

NOW_AGE_RE = re.compile(r"\bnow (?:aged )?(?P<age>\d{1,2})\b(?![.,]\d)(?!\s*(?:%|percent|years? (?:after|since|later)|months|weeks|days))", re.I)
# "Ramesh Gupta, 61, a retired bank officer": a named person with an age in apposition
NAME_AGE_RE = re.compile(r"\b(?P<name>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}),\s+(?:then\s+|now\s+|aged\s+)?(?P<age>\d{1,2}),\s")
PERSON_HINT = re.compile(r"year|\baged?\b|\bnow\b|\b(?:I|she|he)\b|\bis \d|, \d{1,2},|wom[ae]n|\bm[ae]n\b|girl|boy|mother|father|bride|pensioner|\bmum\b|\bmom\b|\bdad\b|"
                         r"teenager|grand|patient|recipient|participant|subject|case|turned|\b(?:20|30|40|50|60|70)s\b|"
                         r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|remaining|other) ", re.I)
NOT_A_NAME = frozenset("patients participants table figure group cohort arm week month year day age aged".split())
TURNED_RE = re.compile(r"\b(?:she|he|I) turned (?P<age>\d{1,2})\b(?![.,]\d)", re.I)
# "Patient 1, a 62-year-old man": a numbered patient is that ordinal
DESCRIPTOR_RE = re.compile(r"\b(?:patient|participant|recipient|case|subject)\s+#?(?P<num>\d{1,2})\s*\((?P<body>[^)]{3,80})\)", re.I)
NUMBERED_RE = re.compile(r"\b(?:patient|participant|recipient|case|subject)\s+#?(?P<num>\d{1,2})\b(?!\s*(?:%|percent|of|/|years?|months?))", re.I)

SINGLE_NOUN_RE = re.compile(r"\b(?P<det>(?i:a|an|one|the|this|another))\s+(?:(?:young|old|older|elderly|middle-aged|local|\w+-year-old|[A-Z][\w-]+)\s+)?"
                            r"(?P<noun>woman|man|girl|boy|mother|father|teenager|grandmother|grandfather|patient|recipient|"
                            r"(?i:bride-to-be|bride|grandad|granddad|grandpa|grandma|granny|pensioner|mum|mom|dad))\b(?!['’]s\s+(?:blood|own))")

# "a trial subject in Auckland", "one study participant": one person of a trial, named by the role alone
TRIAL_PERSON_RE = re.compile(r"\b(?P<det>(?i:a|an|another))\s+(?i:(?:clinical[- ])?(?:trial|study))\s+(?P<noun>(?i:subject|participant|volunteer|patient))\b")

# a named person by title: "Ms Dunne", "Mr. Pires" (not "Dr", who treats rather than is treated)
HONORIFIC_RE = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z][\w'-]+")
ORDINAL_RE = re.compile(r"\b(?:the\s+)?(?:very\s+)?(?P<ord>first|second|third|fourth|fifth|longest-responding|latest|youngest|oldest)\s+(?:of\s+them\b|(?:(?:full-dose|half-dose|high-dose|low-dose|treated|dosed|adult|paediatric|pediatric)\s+)?(?:patient|recipient|participant|subject)\b)", re.I)

ROW_LABEL_RE = re.compile(r"^\s*(?:patient|recipient|case|subject|participant|p)\s*#?\s*(?P<num>\d+)\s*$", re.I)

FEMALE = frozenset("woman girl mother female wife daughter grandmother sister lady teacher's bride bride-to-be grandma granny mum mom".split())

MALE = frozenset("man boy father male husband son grandfather brother grandad granddad grandpa dad".split())

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# one patient named by place in the group with no noun, or as the one left: "Four are off insulin; the fifth has cut hers by
# 70%", "the remaining patient", "the other one" (the plural "the remaining patients" is a group)
ORDINAL_BARE_RE = re.compile(r"\bthe\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|remaining|other)\s+"
                             r"(?:(?:one|patient|participant|recipient|subject|man|woman|volunteer)\b(?!['’]s\b)|(?=(?:has|had|is|was|needs|needed|still|now)\b))", re.I)

SPAN_DUR_RE = re.compile(
    rf"\bdiagnosed\s+(?:with\s+[^.,;]{{0,40}}?\s+)?(?P<v>{NUMBER}|a|an)\s+(?P<u>years?|decades?|months?)\s+(?:earlier|ago|before)|"
    rf"\b(?:has|had|have)\s+had\s+(?:the|her|his|this|their)\s+(?:disease|condition|illness)\s+for\s+(?:about\s+|nearly\s+|almost\s+)?(?P<v2>{NUMBER}|a|an)\s+(?P<u2>years?|decades?)|"
    rf"\b(?P<v3>\d{{1,2}}|{NUMBER})-year\s+history\s+of\s+(?:type\s+[12]\s+|T[12]DM?\s+)?diabetes|"
    rf"\bwith\s+(?:about\s+|nearly\s+|almost\s+)?(?P<v4>\d{{1,2}}|{NUMBER})\s+years\s+of\s+(?:type\s+(?:[12]|one|two|i|ii)\s+|T[12]DM?\s+)?diabetes|"
    rf"\b(?:been|being)\s+(?:an?\s+)?(?:insulin-dependent\s+)?diabetic\s+for\s+(?:about\s+|nearly\s+|almost\s+)?(?P<v5>\d{{1,2}}|{NUMBER})\s+years", re.I)
# "struggled with Type 1 diabetes for forty years", "had lived with the disease for 25 years", "for more than 20 years"
SINGLE_DUR_RE = re.compile(rf"\b(?:had|has|with|battled|lived with|living with|been living with|struggled with|struggling with|suffered from|suffering from|"
                           rf"been suffering from|fought|fighting|managed)\s+(?:\w+\s+){{0,2}}?(?:(?:type[\s-]+(?:1|2|one|two|i|ii)\s+)?diabetes|T[12]DM?|the disease|the condition)\s+"
                           rf"(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more than\s+|over\s+|well over\s+)?(?P<v>{NUMBER}|a|an)\s+(?P<u>years?|decades?|months?)", re.I)

SINCE_AGE_RE = re.compile(r"\b(?:diabetes\s+since\s+(?:she|he|I)\s+was|diagnosed[^.]{0,60}?when\s+(?:she|he|I)\s+was|diagnosed[^.]{0,40}?at\s+(?:the\s+)?age\s+(?:of\s+)?|diagnosed with (?:type [12] |t[12]d )?diabetes at)\s*(?P<v>\w+)\b(?!\s*(?:months|weeks|%|years? (?:ago|later)))", re.I)

WAS_OLD_WHEN_RE = re.compile(r"\bwas\s+(?P<v>\w+(?:-\w+)?)(?:\s+years?\s+old)?\s+when\s+(?:she|he|I)\s+was\s+diagnosed", re.I)

DIAG_BEFORE_RE = re.compile(rf"\bdiagnosed[^.]{{0,50}}?(?P<v>{NUMBER})\s+(?P<u>months?|years?|weeks?)\s+before", re.I)

@dataclass(frozen=True)
class SingleRef:
    start: int
    age: float | None
    sex: str | None
    ordinal: int | None
    definite: bool

def find_single(sentence: str) -> list[SingleRef]:
    """Mentions of one patient: 'a 25-year-old woman', 'Now 44', 'the first recipient', 'One patient'."""
    return list(_find_single(sentence))

@lru_cache(maxsize=8192)
def _find_single(sentence: str) -> tuple[SingleRef, ...]:
    if not PERSON_HINT.search(sentence):
        return ()  # most sentences name no single person: one cheap test spares a dozen patterns
    refs: list[SingleRef] = []
    for m in AGE_SINGLE_RE.finditer(sentence):
        noun = (m.group("noun") or "").lower()
        if noun not in FEMALE and noun not in MALE:
            later = re.match(r"(?:\s+[\w-]+){0,3}?\s+(woman|man|girl|boy|mother|father)\b", sentence[m.end():], re.I)
            noun = later.group(1).lower() if later else noun
        if re.match(r"my\b", m.group(0), re.I):
            continue
        if noun in ("patients", "children", "adults", "people") or re.match(r"\s*(?:has|have)\b", sentence[m.end():]) and not m.group("det"):
            continue
        if re.search(r"\bmy\s+$", sentence[max(0, m.start() - 4):m.start()], re.I):
            continue
        sex = "female" if noun in FEMALE else "male" if noun in MALE else None
        refs.append(SingleRef(m.start(), float(m.group("age")), sex, None, (m.group("det") or "").lower() in ("the", "this")))
    for m in WORD_AGE_RE.finditer(sentence):
        age = parse_number(m.group("age"))
        if age is not None and age < 120 and not any(r.start <= m.start() <= r.start + 30 for r in refs) \
                and not re.search(r"\bmy\s+$|\bwas\s+$", sentence[max(0, m.start() - 5):m.start()], re.I):
            refs.append(SingleRef(m.start(), age, None, None, True))
    for m in re.finditer(r"\b(?:I(?:'m| am)|(?i:she|he)(?:'s| is)) (?:now )?(?P<age>\d{1,2})\b(?![.,]\d)(?!\s*(?:percent|%|months|weeks|days|units|mg|kg))", sentence):
        refs.append(SingleRef(m.start(), float(m.group("age")), None, None, True))
    for m in re.finditer(r"^\s*(?P<name>[A-Z][a-z]+) is (?P<age>\d{1,2})(?= and\b|,|\.)", sentence):
        refs.append(SingleRef(m.start(), float(m.group("age")), None, None, True))  # "Priya is 34 and has had type 1 ..."
    for m in TURNED_RE.finditer(sentence):
        refs.append(SingleRef(m.start(), float(m.group("age")), None, None, True))
    for m in NAME_AGE_RE.finditer(sentence):
        if m.group("name").split()[0].lower() in NOT_A_NAME:
            continue
        rest = sentence[m.end():]
        he, she = re.search(r"\b(?:he|his|him)\b", rest, re.I), re.search(r"\b(?:she|her)\b", rest, re.I)
        refs.append(SingleRef(m.start(), float(m.group("age")), "male" if he and not she else "female" if she and not he else None,
                              None, False))
    for m in DESCRIPTOR_RE.finditer(sentence):  # "Participant 1 (female, 36 years, diabetes duration 19 years):"
        body = m.group("body")
        age = re.search(r"\b(?:aged?\s+)?(\d{1,2})(?:\s*(?:years?|yrs?|y)(?:\s+old)?)\b(?!\s+(?:with|of|since))", body)
        sex = re.search(r"\b(female|woman|girl|f|male|man|boy|m)\b", body, re.I)
        refs.append(SingleRef(m.start(), float(age.group(1)) if age and not re.search(r"duration\s*$", body[:age.start()]) else None,
                              None if not sex else "female" if sex.group(1).lower() in ("female", "woman", "girl", "f") else "male",
                              int(m.group("num")), True))
    for m in NUMBERED_RE.finditer(sentence):
        if re.match(r",?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:man|woman|girl|boy|\d{1,2}-year-old)\b", sentence[m.end():], re.I):
            refs.append(SingleRef(m.start(), None, None, int(m.group("num")), True))
    for m in re.finditer(r"\b(?:a|an|the|one)\s+(?P<noun>woman|man|girl|boy|patient|recipient),?\s+aged\s+(?P<age>\d{1,2})\b", sentence, re.I):
        noun = m.group("noun").lower()
        refs.append(SingleRef(m.start(), float(m.group("age")), "female" if noun in FEMALE else "male" if noun in MALE else None,
                              None, m.group(0).lower().startswith("the")))
    for m in NOW_AGE_RE.finditer(sentence):
        refs.append(SingleRef(m.start(), float(m.group("age")), None, None, True))
    for m in SINGLE_NOUN_RE.finditer(sentence):
        noun = m.group("noun").lower()
        det = m.group("det").lower()
        if noun in ("patient", "recipient") and det not in ("a", "an", "another"):
            continue  # "one patient" is singled out by the assembler; "the patient" refers back
        sex = "female" if noun in FEMALE else "male" if noun in MALE else None
        refs.append(SingleRef(m.start(), None, sex, None, det in ("the", "this")))
    for m in TRIAL_PERSON_RE.finditer(sentence):
        if not any(r.start == m.start() for r in refs):
            refs.append(SingleRef(m.start(), None, None, None, False))
    for m in ORDINAL_RE.finditer(sentence):
        refs.append(SingleRef(m.start(), None, None, ORDINALS.get(m.group("ord").lower(), 90 + len(refs)), True))
    for m in ORDINAL_BARE_RE.finditer(sentence):
        if not any(r.start == m.start() for r in refs):
            refs.append(SingleRef(m.start(), None, None, ORDINALS.get(m.group("ord").lower(), 90 + len(refs)), True))
    for m in HONORIFIC_RE.finditer(sentence):
        title = m.group("title").lower()
        refs.append(SingleRef(m.start(), None, "male" if title == "mr" else "female", None, True))  # "Ms Dunne is now free of injections"
    if re.search(r"\bin (?:her|his) (?:20|30|40|50|60|70)s\b", sentence) and not refs:
        sex = "female" if re.search(r"\bher\b", sentence) else "male"
        refs.append(SingleRef(0, None, sex, None, False))
    refs.sort(key=lambda r: r.start)
    return tuple(refs)

def single_disease_years(sentence: str) -> float | None:
    """Years one person has had diabetes, as the sentence states it."""
    m = SPAN_DUR_RE.search(sentence)
    if m:
        raw = m.group("v") or m.group("v2") or m.group("v3") or m.group("v4") or m.group("v5")
        unit = (m.group("u") or m.group("u2") or "years").lower()
        v = 1.0 if raw.lower() in ("a", "an") else parse_number(raw)
        if v is not None:
            return v * 10 if unit.startswith("decade") else round(v / 12, 2) if unit.startswith("month") else v
    m = re.search(r"\b(?:diabetes|disease) duration:?\s+(?P<v>\d{1,2}(?:\.\d)?)\s*(?:years?|yrs?)\b", sentence, re.I)
    if m:
        return float(m.group("v"))  # "(female, 36 years, diabetes duration 19 years)"
    m = SINGLE_DUR_RE.search(sentence)
    if m:  # "for more than 40 years" gives 40, as the real-page annotators read it
        v = 1.0 if m.group("v").lower() in ("a", "an") else parse_number(m.group("v"))
        if v is not None:
            unit = m.group("u").lower()
            return v * 10 if unit.startswith("decade") else round(v / 12, 2) if unit.startswith("month") else v
    m = DIAG_BEFORE_RE.search(sentence)
    if m:
        v = parse_number(m.group("v"))
        unit = m.group("u").lower()
        if v is not None:
            return round(v / 12, 2) if unit.startswith("month") else round(v / 52, 2) if unit.startswith("week") else v
    return None

def diagnosis_age(sentence: str) -> float | None:
    """Age at diagnosis, for 'disease duration = age − age at diagnosis' (DEV_NOTES)."""
    for rx in (SINCE_AGE_RE, WAS_OLD_WHEN_RE):
        m = rx.search(sentence)
        if m:
            v = parse_number(m.group("v"))
            if v is not None and v < 100:
                return v
    return None
