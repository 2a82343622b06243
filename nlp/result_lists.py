"""Results listed item by item after one outcome: each item is a claim of its own (DEV_NOTES: lists of results).

Reports give one outcome and then its subgroups with their own figures, without repeating the
outcome: "free of insulin for a mean of 31 months, with one patient going at least four years
without exogenous insulin, four patients going at least three years, three patients going at
least two years and four patients making it at least one year", or "three cases stopped insulin
treatment for 2, 3 and 11 months, respectively". A rule that reads one count and one duration per
outcome mention collapses such a list into one claim (family 4 of issue 11); this module finds the
items so the assembler can make one claim per item. A patient singled out ("one patient going ...")
is a group of one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .durations import _qualifier, to_days
from .numbers import NUMBER, parse_number

_NOUN = r"(?:patients?|participants?|subjects?|recipients?|cases?|people|children|adults)"
_QUAL = r"(?P<qual>at least|more than|over|nearly|almost|about|around|up to|roughly)"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?)"
# "four patients going at least three years", "one patient going at least four years without ...",
# "three making it at least two years", "two for more than a year"
ITEM_RE = re.compile(
    rf"(?:^|[,:]\s*|\s+and\s+|\bwith\s+)(?P<w>{NUMBER})\s+(?:(?:more|other|further)\s+)?(?:{_NOUN}\s+)?(?P<subset>of them\s+)?"
    rf"(?:(?:going|making it|lasting|staying|remaining|who (?:went|stayed|remained)|(?:insulin[- ]free|off insulin))\s+)?"
    rf"(?:for\s+)?(?:{_QUAL}\s+)?(?P<dur>{NUMBER}|an?)\s+{_UNIT}\b", re.I)
_AFTER = re.compile(r"\s+(?:after|later|post|following)\b", re.I)
# "11 for between one and five years": an item whose duration is a range (DEV_NOTES: null)
RANGE_ITEM_RE = re.compile(rf"(?:^|[,:]\s*|\s+and\s+)(?P<w>{NUMBER})\s+(?:{_NOUN}\s+)?(?:of them\s+)?for\s+between\s+{NUMBER}\s+and\s+{NUMBER}\s+{_UNIT}\b", re.I)
# "three cases stopped insulin treatment for 2, 3 and 11 months, respectively"
# "two were able to stop insulin for four and 32 weeks respectively": the count may stand alone, the values in words
_VALUE = r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
RESPECTIVELY_RE = re.compile(
    rf"\b(?P<count>{NUMBER})(?:\s+{_NOUN})?\b[^.;]{{0,80}}?\bfor\s+(?P<list>{_VALUE}(?:\s*,\s*{_VALUE})*,?\s+and\s+{_VALUE})\s+{_UNIT},?\s+respectively\b",
    re.I)


# "from 27% in the early era (1999–2002, n = 214) to 37% in the mid (2003–2006, n = 255) and to 44% in ... (..., n = 208)"
SHARE_N_RE = re.compile(r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?P<label>[^();.]{0,50}?)\(\s*(?:[^()]{0,40}?[,;]\s*)?n\s*=\s*(?P<n>\d{1,5})\s*[;,)]", re.I)
CONTROL = re.compile(r"placebo|control|sham|untreated|standard care|usual care", re.I)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    w: int
    days: int
    qualifier: str
    n: int | None = None  # the item's own group size, where it names one
    onset: bool = False  # "one of them 12 weeks after the infusion": when it happened, not how long it lasted


def _int(text: str) -> int | None:
    v = parse_number(text)
    return int(v) if v is not None and v == int(v) and 0 < v < 10_000 else None


def list_items(sentence: str, after: int) -> list[Item]:
    """Count-and-duration items listed after position `after` (the first item is the mention's own)."""
    out: list[Item] = []
    subset = False
    for m in ITEM_RE.finditer(sentence, after):
        w = _int(m.group("w"))
        raw = m.group("dur")
        k = 1.0 if raw.lower() in ("a", "an") else parse_number(raw)
        if w is None or k is None:
            continue
        days = to_days(k, m.group("unit"))
        if days:
            onset = bool(_AFTER.match(sentence, m.end()))
            out.append(Item(m.start("w"), m.end(), w, days, _qualifier(m.group("qual")), onset=onset))
            subset = subset or bool(m.group("subset"))
    for m in RANGE_ITEM_RE.finditer(sentence, after):
        w = _int(m.group("w"))
        if w is not None:
            out.append(Item(m.start("w"), m.end(), w, 0, "exact"))  # days 0: the item states no single duration
    out.sort(key=lambda i: i.start)
    # "21 did not need insulin for a year or more, 10 of them for more than five years": one subset is enough
    return out if len(out) >= 2 or subset and out else []


def shares_of_groups(sentence: str, after: int) -> list[Item]:
    """One item per 'X% in <group> (n = N)' of a list of two or more groups (w is unknown: a share, never N × %)."""
    out = [Item(m.start(), m.end(), 0, 0, "exact", n=int(m.group("n"))) for m in SHARE_N_RE.finditer(sentence, after)
           if not CONTROL.search(m.group("label"))]
    return out if len(out) >= 2 else []


# one duration of a per-patient list, each with its own unit: ">2.5 years", "over 2 years", "10 months"
_DUR = rf"(?:(?:>|≥|more than|over|at least|nearly|almost|about)\s*)?(?:\d+(?:\.\d+)?|{NUMBER})\s+(?:years?|months?|weeks?|days?)"
_DUR_RE = re.compile(rf"(?P<qual>>|≥|more than|over|at least|nearly|almost|about)?\s*(?P<num>\d+(?:\.\d+)?|{NUMBER})\s+{_UNIT}", re.I)
_DUR_SERIES = rf"{_DUR}(?:\s*,\s*(?:and\s+)?{_DUR}|\s+and\s+{_DUR})+"
# "five of the six patients ... remain insulin independent (>2.5 years, >1 year, 10 months, 2 months, and 1 month)",
# "the first three patients have been insulin independent for over 2 years, 6 months, and 3 months, respectively"
MIXED_LIST_RE = re.compile(
    rf"\b(?P<count>{NUMBER})\s+(?:of\s+(?:the\s+)?{NUMBER}\s+)?(?:[\w-]+\s+)?{_NOUN}\b[^.;()]{{0,120}}?"
    rf"(?:\(\s*(?P<paren>{_DUR_SERIES})\s*\)|\bfor\s+(?P<resp>{_DUR_SERIES}),?\s+respectively(?-i:(?![a-z])))", re.I)  # "respectivelyThose": a page's lost line break


def _mixed_units(sentence: str) -> list[Item]:
    """One patient per duration of a list whose items carry their own units, when the count says how many
    (DEV_NOTES: each patient singled out with his or her own figure gets a claim)."""
    m = MIXED_LIST_RE.search(sentence)
    while m is not None:
        items = _mixed_items(m)
        if items:
            return items
        m = MIXED_LIST_RE.search(sentence, m.start() + 1)  # "six patients ... The first three patients have been ...": the nearer count
    return []


def _mixed_items(m: re.Match[str]) -> list[Item]:
    series = m.group("paren") or m.group("resp")
    items = []
    for d in _DUR_RE.finditer(series):
        k = parse_number(d.group("num"))
        days = to_days(k, d.group("unit")) if k is not None else None
        if not days:
            return []
        qual = "at_least" if d.group("qual") in (">", "≥") else _qualifier(d.group("qual"))
        items.append(Item(m.start(), m.end(), 1, days, qual))
    return items if len(items) >= 2 and _int(m.group("count")) == len(items) else []


def respectively(sentence: str) -> list[Item]:
    """One item per value of a 'for a, b and c units, respectively' list, when the count says how many."""
    m = RESPECTIVELY_RE.search(sentence)
    if not m:
        return _mixed_units(sentence)
    parsed = [parse_number(v) for v in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list").strip(" ,"))]
    if any(v is None for v in parsed) or _int(m.group("count")) != len(parsed):
        return []
    values = [float(v) for v in parsed]
    return [Item(m.start(), m.end(), 1, to_days(v, m.group("unit")) or 0, "exact") for v in values if to_days(v, m.group("unit"))]
