"""What a report says once about its whole study: the follow-up period.

Abstracts and releases state the follow-up once ("followed up for 48 months", "completed at
least 12 months of follow-up", "14-Month Follow-up Data Show ...") and then report results
without repeating it. DEV_NOTES: a study-design follow-up goes on the claims of the group it
describes. Measured on the real pages, this was the largest source of frames missed on a
duration alone, so the period is read once per document here and the assembler applies it
to the study's claims that state no time point of their own.
"""
from __future__ import annotations

import re

from .durations import find_durations
from .numbers import NUMBER, parse_number
from .segment import BODY, DECK, HEADLINE, TABLE, Segment

_UNIT = r"(?:days?|weeks?|months?|years?|yrs?)"
# "a median follow-up of 10.2 months", "follow-up period of 48 weeks", "mean follow-up: 3 years"
_AFTER = re.compile(r"\b(?:follow[\s-]?ups?|study|trial)\s+(?:period\s+|duration\s+|time\s+|length\s+)?(?:was\s+|is\s+|of\s+|lasted\s+|:\s*|,\s*)"
                    r"(?:(?:a\s+)?(?:median|mean|average)\s+(?:of\s+)?)?(?:at\s+least\s+|more\s+than\s+|over\s+)?$|"
                    r"\bfollow[\s-]?up\s*[:,]\s*(?:(?:a\s+)?(?:median|mean|average)\s+(?:of\s+)?)?(?:at\s+least\s+|more\s+than\s+|over\s+)?$|"
                    r"\(\s*(?:(?:median|mean|average)\s+)?follow[\s-]?up\s+$", re.I)  # "(median follow-up, 14 months)", "(follow-up 12 months)"
# "followed up for 48 months", "were followed for a median of 3 years"
_FOLLOWED = re.compile(r"\b(?:followed|tracked|monitored)(?:\s+up)?\s+(?:(?!by\b)[^.;:]{1,110}?\s)?(?:for|over)\s+(?:a\s+(?:median|mean)\s+(?:period\s+)?of\s+|at\s+least\s+|more\s+than\s+)?$", re.I)
# "14-month follow-up", "5-year follow-up reveals", "12 months of follow-up", "the 40-week trial period"
_BEFORE_FOLLOW = re.compile(r"^[\s-]*(?:of\s+)?(?:follow[\s-]?up|post-?transplant follow[\s-]?up)\b(?!\s+(?:visits?|appointments?))", re.I)
_DATA_AT = re.compile(r"^[\s-]*(?:data|results|update|readout)\b", re.I)
_TRIAL_PERIOD = re.compile(r"^[\s-]*(?:trial|study|treatment|observation)\s+period\b", re.I)
_MEDIAN_OR_MEAN = re.compile(r"\b(?:median|mean|average)\s+(?:\(?(?:range|iqr)[^)]*\)?\s*)?$", re.I)
# "three patients with at least one year of follow-up are insulin independent": the period defines a subgroup
_SUBGROUP = re.compile(r"\b(?:patients?|participants?|recipients?|subjects?|people|those|ones?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s*,?\s+(?:[\w,]+\s+){0,4}?(?:with|who\s+(?:have|had|has)|that\s+(?:have|had)|having)\s+"
                       r"(?:completed\s+|reached\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|a\s+minimum\s+of\s+)?$", re.I)
_SUBGROUP_SIZE = re.compile(rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:patients?|participants?|recipients?|subjects?|people)\b", re.I)
# "Patients are 1 to 11 years post-TPIAT (median 2.2 years)": the median time since treatment is the study's follow-up
_MEDIAN_SINCE = re.compile(r"\b(?:post|after|since|following)\b[^.;()]{0,60}\(\s*(?:median|mean|average)\s*(?:of\s+|:\s*)?$", re.I)
_NOT_DESIGN = re.compile(r"\b(?:will|would|plans?|planned|expected|up to|ongoing|continue[sd]?|longer[\s-]term)\s+(?:\w+\s+){0,3}$", re.I)


# "had his islet transplant three years ago ... is off insulin completely": the status is as of that many years on
_AGO = re.compile(r"\s*ago\b", re.I)
_TREATED_BEFORE = re.compile(r"\b(?:transplant\w*|procedure|treatment|infusion|surgery|operation|implant\w*|treated|transplanted)\b[^.;]{0,30}$", re.I)


# another study than the one reported: "Previous studies ... followed patients for five years", "in earlier trials"
_OTHER_STUDY = re.compile(r"\b(?:previous|earlier|prior|past|older|other|historical|former)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:stud(?:y|ies)|trials?|reports?|cohorts?|series|programs?|programmes?)\b", re.I)


def _sentence_before(text: str, pos: int) -> str:
    """The sentence of `text` up to `pos` (a segment may hold several)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[:pos])[-1]


def subgroup_follow_up(segments: list[Segment]) -> tuple[int, int] | None:
    """The follow-up that defines a counted subgroup ("all 12 participants with at least one year of follow-up",
    "three patients with at least one year of follow-up are insulin independent") as (days, group size): it goes
    on the claims of that group only, not on the whole study's (DEV_NOTES)."""
    found: set[tuple[int, int]] = set()
    for seg in segments:
        if seg.kind not in (BODY, TABLE, HEADLINE, DECK) or "follow" not in seg.text.lower():
            continue
        t = seg.text
        for d in find_durations(t):
            if d.days is None or d.days < 28 or not _BEFORE_FOLLOW.match(t[d.end:d.end + 20]):
                continue
            before = t[max(0, d.start - 70):d.start]
            if not _SUBGROUP.search(before):
                continue
            sizes = list(_SUBGROUP_SIZE.finditer(before))
            n = parse_number(sizes[-1].group("n")) if sizes else None
            if n:
                found.add((d.days, int(n)))
    return next(iter(found)) if len(found) == 1 else None


def design_follow_up(segments: list[Segment], since_treated: bool = False) -> int | None:
    """The report's one study follow-up period in days, or None when it states none or several. With
    `since_treated`, the time since one patient's treatment instead ("had his transplant three years ago")."""
    values: list[int] = []
    for seg in segments:
        if seg.kind not in (BODY, TABLE, HEADLINE, DECK):
            continue
        t = seg.text
        low = t.lower()
        if "follow" not in low and "period" not in low and " ago" not in low and "data" not in low and "result" not in low \
                and "duration" not in low and "median" not in low and "mean" not in low:
            continue
        for d in find_durations(t):
            if d.days is None or d.days < 28 or d.point and not _DATA_AT.match(t[d.end:d.end + 20]):
                continue
            if not since_treated and _OTHER_STUDY.search(_sentence_before(t, d.start)):
                continue  # "Previous studies of donor islets followed patients for five years": not this report's period
            before, after = t[max(0, d.start - 70):d.start], t[d.end:d.end + 40]
            if re.match(r"\s*(?:to|-|–)\s*\d", after):
                continue  # a range ("7 to 36 months") has no single value (DEV_NOTES)
            if _NOT_DESIGN.search(before) or _SUBGROUP.search(before):
                continue  # "will be followed for five years", "up to 15 years": a plan or a bound, not the period
            if since_treated:
                if _AGO.match(after) and _TREATED_BEFORE.search(before):
                    values.append(d.days)
            elif _AFTER.search(before) or _FOLLOWED.search(t[max(0, d.start - 140):d.start]) or _BEFORE_FOLLOW.match(after) or _TRIAL_PERIOD.match(after) \
                    or _DATA_AT.match(after) or _MEDIAN_SINCE.search(before):  # "Day 90 data for the first patient", "14-month results"
                values.append(d.days)
    distinct = sorted(set(values))
    if distinct and distinct[-1] <= distinct[0] * 1.03:
        return values[0]  # "3 years" and "36 months" are one period written two ways: the first as stated
    return None
