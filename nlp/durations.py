"""Durations in SCHEMA units: whole days, with the qualifier the text puts on them.

SCHEMA fixes day=1, week=7, month=30, year=365, so "a year and a half" is 547
and "33 months" is 990, whatever the calendar says. Ranges ("between 3 and 6
months", "7 to 36 months") have no single value and come out as None, because
the schema prefers null to a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import DIGITS, WORDS, parse_number

UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}
AT_LEAST = ("more than", "over", "at least", "longer than", "just over", "in excess of", "upwards of",
            "beyond", "greater than", "≥", ">=", ">")
ABOUT = ("about", "nearly", "almost", "roughly", "around", "approximately", "some", "close to",
         "just under", "just about", "~", "an estimated", "up to")
EXACT = ("an average of", "a median of", "a mean of", "a total of", "exactly", "fully")
_QUALS = sorted(AT_LEAST + ABOUT + EXACT, key=len, reverse=True)
QUAL = r"(?P<qual>%s)" % "|".join(re.escape(q) for q in _QUALS)
FRAC = r"(?P<frac>and\s+(?:a\s+)?(?:half|quarter|three[\s-]quarters))"
UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?|yrs?|mos?|wks?)"  # "C-peptide preserved at 1 yr"
COUNT = rf"(?P<num>{DIGITS}|(?<![\w-])(?:an?|{WORDS})(?![\w]))"
RANGE_HEAD = rf"(?P<lo>{DIGITS}|{WORDS})\s*(?:to|-|–|—|or|and)\s*"
DURATION_RE = re.compile(
    rf"(?:(?<![\w-]){QUAL}\s*)?(?:(?P<range>{RANGE_HEAD}))?{COUNT}(?:\s+{FRAC})?(?:[\s-]+|(?<=\d)(?=(?:yrs?|mos?|wks?)\b)){UNIT}"
    rf"(?:\s+(?P<frac2>and\s+a\s+(?:half|quarter)))?(?![\w])",
    re.I,
)
_POINT_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six"
# "month 12", "the month-12 visit", "month-six", "in week three", "the 49th day", "at the sixth month"
DAY_POINT_RE = re.compile(rf"\b(?P<unit>day|week|month|year)(?:\s+|-)(?:\([DWMY]\)\s+)?(?P<num>\d{{1,4}}|{_POINT_WORD})\b(?!-(?:old|year|month|week|day))"
                          rf"(?!\s+(?:of|patients|participants|people|recipients|were|had|have|are)\b)|"
                          r"\b(?P<num2>\d{1,4})(?:st|nd|rd|th)\s+(?P<unit2>day|week|month)\b|"
                          r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?P<unit3>day|week|month|year)\b(?=\s*(?:[.,;]|$|after|post|of follow|visit|check))", re.I)
ORDINAL_NUM = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
# "a mean follow-up of 43.94 ± 19.8 months": the mean, not the spread, is the duration
MEAN_SD_RE = re.compile(r"(?<![\w.])(?P<num>\d+(?:\.\d+)?)\s*(?:±|\+/-|\+/−|\+-)\s*\d+(?:\.\d+)?\s*(?P<unit>days?|weeks?|months?|years?)\b", re.I)
# "Over the next year, he ... stopped taking oral medication": one unit, its role from the words before
NEXT_PERIOD_RE = re.compile(r"\b(?:over|within|during|in)\s+(?P<span>the\s+(?:next|following|first)\s+(?P<unit>year|month|week))\b", re.I)
# "at the end of the first year": a time point named by its ordinal
ORDINAL_PERIOD_RE = re.compile(r"\b(?:at|by|through|until|to)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<ord>first|second|third|fourth|fifth)\s+(?P<unit>year|month|week)\b", re.I)
# "2 years and 4 months": one duration, summed
COMPOUND_RE = re.compile(rf"(?<![\w-])(?:{QUAL}\s*)?(?P<y>{DIGITS}|{WORDS})\s+years?\s*(?:,\s*|\s+)and\s+(?P<m>{DIGITS}|{WORDS})\s+months?\b", re.I)
HALF_A_RE = re.compile(r"\bhalf\s+an?\s+(?P<unit>year|month|day)\b", re.I)


@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    days: int | None  # None: a range, or too large to be a real duration
    qualifier: str  # at_least / about / exact
    text: str
    point: bool = False  # "day 75", "month 12": a time point named by its count


def _qualifier(qual: str | None) -> str:
    q = (qual or "").lower()
    if q in AT_LEAST:
        return "at_least"
    if q in ABOUT:
        return "about"
    return "exact"


def _fraction(frac: str | None) -> float:
    f = (frac or "").lower()
    if "three" in f:
        return 0.75
    if "half" in f:
        return 0.5
    if "quarter" in f:
        return 0.25
    return 0.0


ABBREVIATED = {"yr": "year", "mo": "month", "wk": "week"}


def to_days(count: float, unit: str) -> int | None:
    key = unit.lower().rstrip("s")
    days = count * UNIT_DAYS[ABBREVIATED.get(key, key)]
    if days > 365 * 200:  # no patient was followed for centuries: junk, not data
        return None
    return int(days)


def find_durations(text: str) -> list[Duration]:
    """Every duration in `text`, left to right, in days (None for ranges)."""
    return list(_find_durations(text))


@lru_cache(maxsize=4096)
def _find_durations(text: str) -> tuple[Duration, ...]:
    out: list[Duration] = []
    low = text.lower()
    if not any(u in low for u in ("day", "week", "month", "year", "decade", "fortnight", "yr", "mo", "wk")):
        return ()
    for m in DURATION_RE.finditer(text):
        raw = m.group("num")
        value = 1.0 if raw.lower() in ("a", "an") else parse_number(raw)
        if value is None:
            continue
        value += _fraction(m.group("frac")) + _fraction(m.group("frac2"))
        days = None if m.group("range") else to_days(value, m.group("unit"))
        start = m.start("range") if m.group("range") and not m.group("qual") else m.start()
        qualifier = _qualifier(m.group("qual"))
        if qualifier == "exact" and re.match(r"\s*(?:or (?:longer|more)|and (?:longer|more)|\+|or over)", text[m.end():m.end() + 16], re.I):
            qualifier = "at_least"  # "for a year or longer"
        out.append(Duration(start, m.end(), days, qualifier, m.group(0)))
    for m in MEAN_SD_RE.finditer(text):
        out.append(Duration(m.start(), m.end(), to_days(float(m.group("num")), m.group("unit")), "exact", m.group(0)))
    for m in NEXT_PERIOD_RE.finditer(text):
        out.append(Duration(m.start("span"), m.end(), to_days(1, m.group("unit")), "exact", m.group("span")))
    for m in ORDINAL_PERIOD_RE.finditer(text):
        k = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}[m.group("ord").lower()]
        out.append(Duration(m.start(), m.end(), to_days(k, m.group("unit")), "exact", m.group(0), point=True))
    for m in COMPOUND_RE.finditer(text):
        y, mo = parse_number(m.group("y")), parse_number(m.group("m"))
        if y is not None and mo is not None:
            out.append(Duration(m.start(), m.end(), to_days(y, "year") + to_days(mo, "month"), _qualifier(m.group("qual")), m.group(0)))
    for m in HALF_A_RE.finditer(text):
        out = [d for d in out if not (m.start() <= d.start < m.end())]
        out.append(Duration(m.start(), m.end(), to_days(0.5, m.group("unit")), "exact", m.group(0)))
    for m in DAY_POINT_RE.finditer(text):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        if re.match(r"\s*(?:to|-|–|through|until|and)\s*(?:day|week|month|year)?\s*\d|\s*(?:through|until)\b", text[m.end():m.end() + 16], re.I) or \
                re.search(r"\bbetween\s+$", text[max(0, m.start() - 10):m.start()], re.I):
            continue  # "(Day 28 to Day 365)", "between day 90 and day 365": where a window opens is no time point; its end is
        if m.group("ord"):
            if not re.search(r"\b(?:at|by|in|on|from)\s+(?:the|their|his|her)\s+$", text[max(0, m.start() - 20):m.start()], re.I):
                continue  # "at the sixth month" is a time point; "since the end of the first month" opens a window
            count, unit = float(ORDINAL_NUM[m.group("ord").lower()]), m.group("unit3")
        else:
            count, unit = parse_number(m.group("num") or m.group("num2")), m.group("unit") or m.group("unit2")
        if count is None:
            continue
        out.append(Duration(m.start(), m.end(), to_days(count, unit), "exact", m.group(0), point=True))
    out.sort(key=lambda d: (d.start, -d.end))
    kept: list[Duration] = []
    for d in out:  # longest match wins where two overlap ("half a year" over "a year")
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return tuple(kept)
