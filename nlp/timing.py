"""Duration roles: is a duration the time to the outcome, how long it lasted, or the time point it was seen at?

DEV_NOTES: "within 75 days" is time to outcome, "insulin-free for over a year"
is the outcome's duration, "at one year" / "two years on" is the follow-up
time point. Round 1 decided from a few words around the number, and only for
single patients; here the role comes from the preposition and from the
predicate nearest before the duration, for groups as well:

* for / gone / spent N, N without insulin        -> duration
* within / in just N, since week N               -> time to outcome
* by N, fronted ("By week 48, six had ...") or a named visit -> time point
* after / at / on / by N:
    a finite onset verb (stopped, discontinued, withdrawn, became) governs it ("stopped insulin 16 weeks after", "discontinued insulin at
    week 10")                                     -> time to outcome
    a state ("was / remained / still"), a change ("rose by week 48") or
    nothing before it ("Six months after ..., 18 had") -> time point
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .durations import Duration, find_durations
from .lexicon import FALL, KEEP, RISE, forms

ONSET = re.compile(rf"\b(?:{forms('stop', 'quit', 'discontinue', 'withdraw', 'ditch', 'wean', 'become', 'achieve', 'reach', 'regain', 'begin', 'start', 'develop')}|freed|frees|final (?:insulin )?(?:injection|shot|dose)|"
                   rf"c[oa]me off|got off|took (?:him|her|them|me) off|(?:went|gone|goes|go) (?:off|insulin[- ]free|free of)|first(?!\s+(?:infusion|injection|transplant\w*|dose|procedure|operation|implant\w*|treatment|surgery)\b)|"
                   rf"last (?:insulin )?(?:injection|shot|dose))\b", re.I)  # "first showed up", not "after the first infusion"
# "About three months later she no longer needed insulin": the day a need ended is an onset too
NO_LONGER = re.compile(r"\bno longer\s+(?:needed|required|used|took|injected|had to (?:take|use|inject))\b|\bto\s+no\s+longer\s+(?:need|require)\b", re.I)  # not "no longer needs": a state
NO_LONGER_AFTER = re.compile(r"\bno longer\s+(?:requires?|required|needs?|needed)\b[^.;,]{0,30}?\bafter\s+$", re.I)
STATE = re.compile(r"\b(?:still|remained|remains|stayed|stays|was|were|is|are|had been|has been|have been|now)\b", re.I)
CHANGE = re.compile(rf"\b(?:{RISE}|{FALL}|{KEEP})\b", re.I)
TIME_TO_BEFORE = re.compile(r"(?:\bwithin|\bin (?:about|around|roughly|approximately|nearly|only)|\bin just|\bafter only|\bafter just|\bfrom|\btime to [\w\s-]{3,40}?(?:\b(?:of|was|were)|\s*[,:=]))\s+(?:the\s+)?$", re.I)
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
DURATION_BEFORE = re.compile(r"\bduration of (?:[\w-]+\s+){1,3}(?:was|were|of|:)\s*(?:(?:a\s+)?(?:median|mean|average)\s+(?:of\s+)?)?$|"
                             r"\b(?:time|period|spell)\s+(?:without|off|free of|free from)\s+insulin\s+(?:was|were|of|lasted)\s+(?:(?:a\s+)?(?:median|mean|average)\s+(?:of\s+)?)?$|"
                             r"(?:\bfor|\bgone|\bwent|\bmarks|\bmarked|\bspent|\blasted|\bfree|\bindependent|\bindependence|"
                             r"insulin-free|without insulin|off insulin)\s*(?:(?:now|already|nearly|almost|about|over|more than|at least)\s+)?$", re.I)
DURATION_AFTER = re.compile(r"^\s*(?:without|of insulin independence|insulin-free|off insulin|free of insulin|and counting)", re.I)
FOLLOW_BEFORE = re.compile(r"(?:\btime frame\s*:|\bat|\bafter|\bto|follow-up of|followed for|\bthrough|\bon)\s+(?:(?:the|a|her|his|their|its|same|median|mean|last|latest)\s+)*"
                           r"(?:(?:follow-up|check|visit|review)\s+of\s+)?$", re.I)
FOLLOW_AFTER = re.compile(r"^[\s-]*(?:check|visit|review|mark|follow-up|time point|assessment|after|later|on\b|out\b|past (?:her|his|their|the)\b|post|since|"
                          r"from (?:the |their |his |her )?(?:transplant\w*|infusions?|treatment|surgery|operation|implant\w*|procedure)\b)", re.I)
AFTER_WORD = re.compile(r"^\s*(?:after|later|post|from (?:the |their |his |her )?(?:transplant\w*|infusions?|treatment|surgery|operation|implant\w*|procedure))\b", re.I)
DISEASE_BEFORE = re.compile(r"(?:diabetes|diabetic|T[12]DM?|diagnosis|disease|condition)\s+(?:for|since|of)\s+(?:\w+\s+)?$|"
                            r"\b(?:diabetic|diabetes|disease)\s+(?:history|duration)\s+(?:was|were|of|:)\s*(?:about\s+|around\s+)?$|(?<!not )(?<!n't )(?<!never )used insulin for\s+(?:at least\s+)?$|"
                            r"\b(?:aged?|old|younger than|older than|under|over the age of)\s+$", re.I)
# the patient's past rather than the outcome: time on a waiting list, years of insulin before treatment ("who had
# been taking insulin for 22 years", "after 20 years of insulin injections", "spent six years on the transplant list")
_HOW_MUCH = r"(?:(?:over|more than|nearly|almost|about|around|some|at least)\s+)?"
HISTORY_BEFORE = re.compile(r"\bwait(?:ed|ing)\s+(?:(?:for|on)\s+(?:a|an|the|his|her)\s+[\w\s-]{1,30}?\s+)?(?:for\s+)?" + _HOW_MUCH + r"$|"
                            r"\b(?:waiting|transplant|donor)\s+list\s+for\s+" + _HOW_MUCH + r"$|"
                            r"\b(?:been|had)\s+(?:taking|injecting|using|on|taken|injected|used|needed|needing|required|requiring|"
                            r"(?:dependent|reliant)\s+on|insulin[- ]dependent)\s+(?:(?:daily|multiple)\s+)?(?:insulin(?:\s+(?:injections|shots|therapy))?\s+)?for\s+"
                            + _HOW_MUCH + r"$", re.I)
HISTORY_AFTER = re.compile(r"^\s+(?:on|in)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:waiting\s+)?list\b|"
                           r"^\s+(?:of|on)\s+(?:(?:daily|multiple|regular)\s+)?(?:insulin\s+(?:injections|shots|therapy|pumps?)|injections|injecting|dialysis)\b|"
                           r"^\s+on\s+insulin\b(?![- ]free)", re.I)
NOT_A_TIME_AFTER = re.compile(r"^[\s-]*(?:ago|earlier|apart|of (?:follow|age)|-?old|before (?:his|her|their|the) (?:treatment|transplant|operation|procedure|diagnosis))|"
                              r"^\s*(?:old|of age)\b", re.I)


# a relapse verb governing the time: "resumed insulin 305 days after transplant", "had to start again one year after"
RELAPSE_BEFORE = re.compile(r"\b(?:resum(?:ed|es|ing)|restart(?:ed|s|ing)?|(?:start|started|starting|begin|began)\s+(?:\w+\s+){0,3}again|"
                            r"went back on|go back on|back on insulin|returned to|relaps(?:ed|es|ing)|lost (?:\w+\s+){0,2}function)\b", re.I)


# a further treatment governing the time: "received a second infusion six months after the first", "needed a second
# transplant two months later": when the patient was treated again, no time of the outcome
RETREAT_BEFORE = re.compile(r"\b(?:receiv\w*|got|gets|given|underw\w*|undergo\w*|had|has|needed|needs|required|requires|scheduled)\s+"
                            r"(?:a|an|the|his|her|their)?\s*(?:second|third|fourth|another|further|additional|repeat|booster|top-up)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:infusions?|injections?|transplant\w*|doses?|implant\w*|procedures?|operations?|treatments?)"
                            r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?cells)?\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)


# between two time points, the second is where a result first seen at the first was checked again: "still there at
# 12 weeks", "rose 1 month after transplantation and remained high during the 24-month follow-up" (DEV_NOTES: first
# detected then is the time to outcome, a later status check the follow-up)
STILL_THEN = re.compile(r"\b(?:still|remained|remains|stayed|stays|persisted|persists|was sustained|were sustained|was maintained|were maintained)\b", re.I)


# a new subject between two time points: "Eight of 10 had C-peptide at 6 months, and six of them still did at 2 years"
# checks a subcount at the later point; the first group was seen at the first point only
NEW_SUBJECT = re.compile(r"(?:[,;]|\band\b|\bbut\b|\bwhile\b)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"all|most|some|half|none|another|the\s+(?:other|remaining)(?:\s+\w+)?)\b"
                         r"(?:\s+of\s+(?:them|these|those|the)(?:\s+[\w-]+)?)?(?:\s+(?:patients?|participants?|recipients?))?\s+(?:\w+\s+)?$", re.I)


@dataclass
class Timing:
    time_to: int | None = None
    duration: int | None = None
    qualifier: str | None = None
    follow_up: int | None = None


def _onset_governs(prefix: str, single: bool) -> bool:
    """The nearest predicate before the duration, in the same stretch of clause, is an onset verb
    (not a state, a change, or a verb beyond a comma or table cell). For a group the verb must be
    finite: "allowed 10 of 12 to stop insulin one year after" reports where the group stood at one
    year, while "she was able to stop insulin 11 days after" dates one person's onset."""
    chunks = re.split(r",", re.split(r"[;:|]", prefix[-90:])[-1])
    if len(chunks) > 1 and len(chunks[-1].split()) <= 3:
        chunks = chunks[:-2] + [chunks[-2] + chunks[-1]]  # "became insulin free, on average 40 days after"
    near = chunks[-1]
    # for a group, "nine of the 16 had stopped taking insulin one year after" says where it stood then (a perfect is a
    # state), not when it began
    onset = [m.end() for m in ONSET.finditer(near) if (single or not re.search(r"\bto\s+$", near[:m.start()]))
             and (single or not re.search(r"\b(?:had|have)\s+(?:all\s+|already\s+|each\s+)?$", near[:m.start()], re.I))]
    if not onset or not near.strip():
        return False
    state = [m.end() for m in STATE.finditer(near)] + [m.end() for m in CHANGE.finditer(near)]
    return onset[-1] > max(state, default=-1)


def _relapse_governs(prefix: str) -> bool:
    """The nearest predicate before a duration is a relapse ("resumed partial insulin use 305 days after"): nothing
    but its object and a preposition stands between them, no later verb ("had to restart insulin, there was a rise
    that lasted two years" is the rise's)."""
    near = re.split(r"[,;:]|\bbut\b|\band\b", prefix[-90:])[-1]
    m = None
    for m in RELAPSE_BEFORE.finditer(near):
        pass
    return m is not None and not STATE.search(near[m.end():]) and not re.search(
        r"\b(?:that|which|who|lasted|lasting|there)\b", near[m.end():], re.I) and len(near) - m.end() <= 50


# an absence and how long it has lasted: "hasn't taken insulin in 11 months", "haven't had a bad hypo in eight months"
ABSENT_IN = re.compile(
    r"\b(?:hasn't|has not|haven't|have not|hadn't|had not)\s+(?:"
    r"(?:taken|injected|used|needed|touched)\s+(?:any\s+|a\s+single\s+(?:unit|dose|shot|injection)(?:\s+of)?\s+)?(?:insulin\s+)?|"
    r"(?:had|experienced|suffered|logged|seen|needed)\s+(?:a|any|one|a single)\s+(?:[\w-]+\s+){0,2}"
    r"(?:hypos?|lows?|episodes?|hypoglyc\w*|attacks?|dose|injection|shot|unit)\s+)"
    r"in\s+(?:the\s+)?(?:last\s+|past\s+)?(?:(?:over|more than|nearly|almost|about)\s+)?$", re.I)


# one end of a spread: "the earliest (one) at", "the latest at", "the longest for"
EXTREME = re.compile(r"\bthe\s+(?:earliest|soonest|shortest|quickest|fastest|latest|slowest|longest)\b(?:\s+(?:one|case|patient|participant|recipient|response))?"
                     r"[^.;]{0,30}?\b(?:at|after|in|within|by|for|of)\s+(?:about\s+|around\s+)?$", re.I)


def role(text: str, d: Duration, single: bool = False) -> str | None:
    """'time_to', 'duration', 'follow_up', or None for a duration that is no outcome time (age, diabetes years)."""
    before, after = text[max(0, d.start - 40):d.start], text[d.end:d.end + 30]
    prefix = text[:d.start]
    if re.match(r"\s*ago\b", after) and re.search(r"\bsince\b", text[d.end:d.end + 80], re.I) \
            and not re.search(r"diagnos|\bage\b|\bold\b", text[:d.end + 80], re.I):
        return "duration"  # "That was five months ago, and he has not injected since"
    if re.search(r"\bwith\s+(?:at least\s+|more than\s+|over\s+)?$", before, re.I) and re.match(r"\s*of\s+follow", after, re.I):
        return "follow_up"  # "The second patient, with 150 days of follow-up, has reduced daily insulin by 30%"
    if re.search(r"\b(?:data|results?|findings|analys[ie]s|outcomes)\s+(?:from|at|after)\s+(?:the\s+)?(?:first\s+)?$", before, re.I) \
            or re.match(r"[\s-]*(?:data|results|follow-up data)\b", after, re.I) and not re.search(r"\b(?:for|over|within)\s+$", before, re.I):
        return "follow_up"  # "According to data from one year, 10 of 12 ...", "one-year results show": assessed then
    if re.search(r"\b(?:at|after|by)\s+(?:the\s+)?(?:first\s+)?$", before, re.I) and re.match(r"[\s-]*of\s+follow", after, re.I):
        return "follow_up"  # "At 36 months of follow-up, six were off insulin": a time point, not the study's length
    if not d.point and re.search(r"\b(?:ranging\s+from|from|between)\s+$", before, re.I) and re.match(r"\s*(?:to|and|-|–)\s+\S", after) \
            or not d.point and re.search(r"\b(?:ranging\s+from|from|between)\s+[^,;.()]{1,25}?\s+(?:to|and)\s+$", before, re.I):
        return None  # "for periods ranging from one month to three years": a range has no single value (DEV_NOTES)
    if DISEASE_BEFORE.search(before) or NOT_A_TIME_AFTER.match(after) or HISTORY_BEFORE.search(before) \
            or HISTORY_AFTER.match(text[d.end:d.end + 60]):
        return None
    if re.search(r"\bafter\s+$", before, re.I) and re.match(r"(?:a|an)\s+(?:median|mean|average)\b", d.text, re.I) or \
            re.search(r"\bafter\s+(?:a|an)\s+(?:median|mean|average)\s+(?:(?:time|period|interval)\s+)?of\s+$", before, re.I):
        return "time_to"  # "six of the eight were insulin-free after a median of 141 days": how long it took
    if re.search(r"\bin\s+the\s+(?:(?:past|last|first)\s+)?$", before, re.I) and re.match(r"\s*since\b", after, re.I) \
            and re.search(r"\b(?:not|never|no|without|free|off)\b|n't\b", text[max(0, d.start - 80):d.end + 80], re.I):
        # "In the nine months since the transplant I haven't had one bad hypo": how long an absence has held (a change
        # "in the 5 months since" is where the dose stands now: a time point)
        return "duration"
    if re.search(r"\b(?:free|independent|off insulin|pain-free)\b[^.;]{0,40}\buntil\s+(?:(?:her|his|their|the\s+patient's)\s+death|(?:she|he|they)\s+died)\s+$", prefix[-90:], re.I) \
            and re.match(r"\s*later\b", after, re.I):
        return "duration"  # "insulin-independent until her death 6 years later": how long the state held
    if re.search(r"\b(?:followed(?:\s+up)?|monitored|observed|tracked)\s+(?:(?:closely|prospectively|regularly)\s+)?(?:(?:for|over)\s+(?:a\s+(?:median|mean)\s+(?:of\s+)?)?)?$", before, re.I) \
            and (re.search(r"\b(?:for|over)\s+(?:a\s+(?:median|mean)\s+(?:of\s+)?)?$", before, re.I) or re.match(r"(?:for|over)\b", d.text, re.I)) \
            and not re.match(r"(?:for\s+)?up\s+to\b", d.text, re.I):
        return "follow_up"  # "were followed for at least a year": how long the study watched them, not how long a result held
    if EXTREME.search(prefix[-60:]):
        return None  # "the earliest one happened at 2 weeks ..., and the latest one at 6 months": the ends of a range (DEV_NOTES)
    if RETREAT_BEFORE.search(prefix[-120:]):
        return None  # "underwent a second transplant 18 months after the first": when treatment was repeated
    if _relapse_governs(prefix):
        return None  # "had to start insulin again one year after the procedure": when a relapse came, no time of the outcome
    if re.search(r"\bnot\s+yet\s+(?:(?:reached|at)\s+(?:the\s+)?)?$", before, re.I):
        return None  # "(they are not yet 12 months post-infusion)": a time point the group has not reached
    if re.fullmatch(r"(?:a|an|per)\s+(?:day|week|month|year)", d.text, re.I) and re.search(r"\b(?:injections?|shots?|jabs?|doses?|times|units?|pills?|tablets?|meals?|checks?|mg|grams?)\s+$", before, re.I) \
            and not AFTER_WORD.match(after) and not re.match(r"\s*(?:on|ago)\b", after, re.I):  # "without insulin injections a year later" is a time
        return None  # "several insulin injections a day": a frequency
    if re.match(r"\s+on\b(?!\s+(?:the|a|an|his|her|their|insulin|average)\b)", after, re.I) and not re.search(r"\b(?:later|after)\s*$", before, re.I):
        return "follow_up"  # "a year on she still does not need it", "two years on, still off insulin" (DEV_NOTES)
    inside = re.search(r"\(([^()]*)$", prefix)
    if inside and re.search(r"\b(?:female|male|woman|man|aged?|duration|diagnosed)\b", inside.group(1) + text[d.end:d.end + 40].split(")")[0], re.I):
        return None  # "(female, 36 years, diabetes duration 19 years)": a person's description, not an outcome time
    if re.match(r"the\s+(?:next|following)\s", d.text, re.I):
        rest = text[d.end:d.end + 120]
        return "time_to" if ONSET.search(rest) or re.search(r"\buntil\b", rest) else "duration"  # "Over the next year, he ... ultimately stopped taking oral medication", "... was reduced until he no longer needed them"
    if re.search(r"\bsince\s*[—–-]+\s*$|\bsince\s*,\s*$", before, re.I) and re.match(r"\s*now\b", after, re.I):
        return "duration"  # "hasn't injected since — 13 months now"
    if re.search(r"\b(?:has|have|had)\s+(?:now\s+)?been\s+$", before, re.I) and re.match(r"\s*since\b", after, re.I):
        return "duration"  # "It has now been eight months since that last shot"
    if re.search(r"\b(?:it's|it\s+has|it\s+had)\s+(?:now\s+|already\s+)?been\s+" + _HOW_MUCH + r"$", before, re.I) \
            and re.match(r"\s*,?\s*(?:and|now)\b[^.;]{0,60}?(?:\b(?:not|no|never|without|free|off)\b|n't\b)", text[d.end:d.end + 80], re.I):
        return "duration"  # "It's been 14 months and I haven't needed a single injection": how long the absence has held
    if re.search(r"\b(?:assessed|measured|evaluated|examined|checked|tested)\s+(?:at\s+)?$", before, re.I):
        return "follow_up"  # "have stopped injecting insulin altogether, assessed twelve months after their infusion"
    if ABSENT_IN.search(text[max(0, d.start - 90):d.start]):
        return "duration"  # "she hasn't taken insulin in 11 months", "I haven't had a bad hypo in eight months": how long it has lasted
    if re.search(r"\b(?:last|final)\s+(?:insulin\s+)?(?:injection|shot|dose|jab)(?:\s*[:–-]|(?:\s+of\s+insulin)?\s+(?:was|came)(?:\s+on)?)\s*$", before, re.I):
        return "time_to"  # "Last insulin injection: day 96"
    if re.search(r"\bin\s+$", before) and re.match(r"(?:about|around|roughly|approximately|nearly|just|only)\b", d.text, re.I):
        return "time_to"  # "came off insulin in about two and a half months"
    if NO_LONGER_AFTER.search(before):
        return "time_to"  # "no longer requires insulin after eleven weeks": when the need ended
    if TIME_TO_BEFORE.search(before) or SINCE_BEFORE.search(before) and d.point:
        return "time_to"
    if re.search(r"\b(?:used|took|needed|required|injected)\b[^.;]{0,40}\binsulin for\s+$", before, re.I) and \
            re.match(r"\s*,?\s*and\s+(?:has|have|had)\s+been\s+[^.;]{0,40}?\bsince\b", after + text[d.end + 30:d.end + 80], re.I):
        return "time_to"  # "She used small doses of insulin for four months and has been insulin independent since"
    if not single and re.search(r"\bat\s+(?:the\s+)?$", before, re.I) and re.match(r"\s*without\b", after, re.I):
        return "follow_up"  # "10 of 12 were at one year without insulin": the time point, not how long they went without
    # "for a mean time of 31 months", "in 15 of 28 over a mean period of 19.3 months"
    strong = re.search(r"(?:\bfor|\bgone|\bwent|\bspent|\blasted|\bover(?=\s+a\s+(?:median|mean|average)\s+(?:time|period|duration)\b))"
                       r"\s*(?:the\s+(?:past\s+|last\s+|next\s+|following\s+|first\s+)?)?(?:a\s+(?:median|mean|average)\s+(?:(?:time|period|duration)\s+)?of\s+)?"
                       r"(?:(?:now|nearly|almost|about|over|more than|at least)\s+)?$", before, re.I)
    if strong or (DURATION_BEFORE.search(before) or DURATION_AFTER.match(after)) and not AFTER_WORD.match(after):
        return "duration"  # "insulin independence one year after" is a time point, "for a year after" a duration
    if BY_BEFORE.search(before):
        if re.match(r"^[\s-]*(?:check|visit|review|mark|follow-up|time point|assessment|appointment)\b", after, re.I) or \
                re.fullmatch(r"\W*by\s+(?:the\s+)?", re.split(r"[\n;]", prefix[-40:])[-1], re.I) and after.lstrip().startswith(","):
            return "follow_up"  # "By week 48, six had discontinued insulin", "by the 12-month visit": where the group stood then
        return "follow_up" if CHANGE.search(prefix) and not _onset_governs(prefix, single) else "time_to"
    if re.match(r"^[\s-]*(?:check|visit|review|mark|follow-up|time point|assessment|appointment)\b", after, re.I):
        return "follow_up"  # "reached the six-month mark", "at her 24-month review": a time point by name
    if d.text.lower().endswith("-year") and re.match(r"\s+(?:(?:overall|graft|patient|islet)\s+)?(?:insulin[- ]independence|insulin[- ]free|graft survival|"
                                                    r"c-?peptide(?:[- ]positivity)?|success|survival|remission)\s+(?:rates?\b|of\b|was\b|were\b|is\b)", after, re.I):
        return "follow_up"  # "five-year insulin independence rates of 50%", "a 1-year insulin independence of 40%": assessed then
    if d.point and re.search(r"\bafter\s+(?:the\s+)?$", before, re.I):
        return None  # "no severe hypoglycaemic event after Day 90": where a period starts, not when it was assessed
    if not single and re.search(r"\bat\s+(?:the\s+)?$", before, re.I) and not AFTER_WORD.match(after):
        return "follow_up"  # "Six participants reached an HbA1c below 7% at 12 months": a group assessed then
    # fronted in its own clause: at the sentence's start or after "and"/"but" ("... medications, and 12 months after the
    # intervention he stopped taking all of them": the verb after the time point governs it)
    fronted = re.split(r"(?:[,;]|\s)\s*(?:and|but)\s+", prefix.split("\n")[-1])[-1]
    if single and AFTER_WORD.match(after) and not re.sub(r"^(?:(?:on|at|by|after)(?:\s+the)?|roughly|about|around|nearly|almost|some|just over|over|only|just|"
                                                         r"already|barely|less than|a little over|more than)\s*", "", fronted.strip(" \t\"'-"), flags=re.I):
        main = re.sub(r"\b(?:was|were) told\b", "told", text[d.end:d.end + 100], flags=re.I)  # "he was told he could stop"
        # "she was producing insulin well enough to no longer require treatment": a progressive begins then, it is no state
        onset = ONSET.search(main) or NO_LONGER.search(main)
        state = next((m for m in STATE.finditer(main) if not re.match(r"\s+\w+ing\b", main[m.end():])), None)
        if onset and (state is None or state.start() > onset.start()) \
                and not re.search(r"\b(?:had|has|have)\s+(?!also\s|then\s)(?:\w+\s+)?$", main[:onset.start()], re.I):
            return "time_to"  # "Three weeks after the second infusion he stopped insulin": a fronted onset date
        if re.match(r"\s*(?:later|after\s+[^,.;]{1,40}?)?\s*,?\s*(?:she|he|the patient|[A-Z][a-z]+)\s+was\s+(?:off|free of|free from)\s+(?:all\s+)?insulin\b", main):
            return "time_to"  # "Five weeks later she was off insulin": when one person's insulin stopped
        if re.search(r"^[^.;]{0,80}?,\s*(?:\w+\s+){0,3}(?:was|were)\s+able\s+to\b", main):
            return "time_to"  # "Just two and a half months after the transplant, she was able to throw away her needles"
    if single and re.search(r"\bafter\s+$", before, re.I) and re.match(r"\s*,?\s*(?:\w+\s+){0,4}?(?:was|were)\s+able\s+to\b|\s*,?\s*(?:she|he|the patient)\s+(?:stopped|came off|quit|no longer)", after, re.I):
        return "time_to"  # "after 22 days, her body was able to make all the insulin she needed"
    if d.point or AFTER_WORD.match(after) or FOLLOW_BEFORE.search(before) or FOLLOW_AFTER.match(after) \
            or re.match(r"^\s*[,|]|^\s*$", after):
        return "time_to" if _onset_governs(prefix, single) else "follow_up"
    return None


def timings(text: str, single: bool = False, durations: list[Duration] | None = None) -> Timing:
    """Sort every duration of the text (a sentence or a clause) into the three roles; the first of each wins."""
    t = Timing()
    points: list[Duration] = []
    for d in durations if durations is not None else find_durations(text):
        if d.days is None:
            continue
        r = role(text, d, single)
        if r == "time_to":
            t.time_to = t.time_to or d.days
        elif r == "duration" and t.duration is None:
            t.duration, t.qualifier = d.days, d.qualifier
        elif r == "follow_up":
            t.follow_up = t.follow_up or d.days
            points.append(d)
    between = text[points[0].end:points[-1].start] if len(points) >= 2 else ""
    kept = STILL_THEN.search(between)
    if kept and t.time_to is None and not NEW_SUBJECT.search(between[:kept.start()]):
        t.time_to, t.follow_up = points[0].days, points[-1].days  # "At 4 weeks he had C-peptide, still there at 12 weeks"
    return t


HARMS = frozenset({"adverse_event", "death"})


# Where one statement of a sentence ends and the next begins: "; ", ", and", ", while", ", but", and the subcounts a
# report lists after its group ("..., including eight who have gone two years ... and one who has gone 42 months ...").
SUBCOUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|another|a (?:patient|participant|recipient)|the (?:other|remaining) \w+)"
CLAUSE_SEP = re.compile(rf";\s|, and\s|, while\s|, but\s|,?\s+including\s+(?={SUBCOUNT}\s+(?:who|of whom|that|patients?|participants?|recipients?)\b)|"
                        rf"\s+and\s+(?={SUBCOUNT}\s+(?:who|of whom|patients? who|participants? who)\b)|"
                        rf",\s+(?={SUBCOUNT}\s+of\s+(?:them|these|those)\s+[^,.;]{{0,25}}?\b(?:days?|weeks?|months?|years?)\b)", re.I)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in CLAUSE_SEP.finditer(text)] + [len(text) + 2]
    lo = max(b for b in bounds if b <= start)
    hi = min((b for b in bounds if b > end), default=len(text))
    return lo, hi


def clause(text: str, start: int, end: int) -> str:
    """The clause around a mention: durations of '..., and 11 stayed off insulin for five years' stay with it."""
    lo, hi = clause_bounds(text, start, end)
    return text[lo:hi]


# a time fronted before the whole sentence, "Within 75 days, ...", "Just two months after the transplant, ..."
FRONTED_ONSET = re.compile(r"\W*(?:within|just|only)\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+)*[\w.-]+\s+(?:days?|weeks?|months?)"
                           r"(?:\s+(?:after|of|following|post)\b[^,;]{1,40})?\s*,", re.I)


def harm_date(text: str, lo: int, hi: int) -> int | None:
    """When a harm happened, counted from treatment, if its own clause dates it ("died of a heart attack 14 months
    after the first infusion", "died at month 8", "Four days after the injections she ... with ketoacidosis"): its
    time to outcome (SCHEMA: from treatment until the outcome). How long a fever lasted, or "during the first week",
    is no date."""
    part = text[lo:hi]
    for d in find_durations(part):
        if d.days is None:
            continue
        before, after = part[max(0, d.start - 30):d.start], part[d.end:d.end + 40]
        if re.search(r"\b(?:for|lasting|lasted|over|during|throughout|within|in the (?:first|past|last))\s+(?:the\s+)?(?:first\s+)?$", before, re.I):
            continue
        if d.point and re.search(r"\b(?:at|on|in|by|during)\s+(?:the\s+)?$", before, re.I) or \
                AFTER_WORD.match(after) and not d.point and not re.search(r"\bof\s+$", before, re.I):
            return d.days
    return None


# a non-restrictive relative clause between commas or dashes: ", who had waited for a donor for two years,"
ASIDE = re.compile(r"(?:,|\s[—–])\s+(?:who|whose|which)\b[^,;.()—–]{3,160}?(?:,|\s[—–])(?=\s)", re.I)


def mask_asides(text: str, start: int, end: int) -> str:
    """The text with every relative-clause aside that does not hold the outcome mention blanked out (offsets kept).

    "The woman, who had waited for a donor for two years, has not needed insulin for 18 months": the aside
    describes the person (time on a waiting list, years on insulin), so its durations are not the outcome's."""
    for m in ASIDE.finditer(text):
        if m.start() <= start < m.end() or m.start() < end <= m.end():
            continue
        if find_durations(m.group(0)):
            text = text[:m.start() + 1] + " " * (m.end() - m.start() - 2) + text[m.end() - 1:]
    return text


def outcome_timing(text: str, spans: list[tuple[str, int, int]], index: int, single: bool) -> Timing:
    """The times of the index-th outcome mention (label, start, end) of a sentence.

    Durations are read in the mention's own stretch (its clause, cut at the neighbouring mentions of
    other outcomes, so "discontinued insulin at week 10 and all oral agents by month 5" gives each
    outcome its own time); a time point stated once for the sentence ("At month 12, X and Y") holds for
    all, unless a later clause names its own ("..., and 11 of these 15 remained so at three years").
    Harms carry no outcome times (how long a fever lasted is not the schema's duration), and
    no_benefit only a time point.
    """
    label, start, end = spans[index]
    text = mask_asides(text, start, end)
    lo, hi = clause_bounds(text, start, end)
    prev_end = max((e for lab, s, e in spans if e <= start and lab != label), default=lo)
    next_start = min((s for lab, s, e in spans if s >= end and lab != label), default=hi)
    begin = max(lo, prev_end)
    joined = text.rfind(" and ", begin, start)
    if prev_end > lo and joined >= 0:
        begin = joined  # "stopped insulin 11 weeks after ... and later stopped oral drugs": the weeks are the first verb's
    window = text[begin:min(hi, next_start)]
    separate = next_start < hi and re.search(r"\band\s+$", text[end:next_start]) is not None
    local = timings(window, single) if find_durations(window) or separate else timings(text[lo:hi], single)
    whole = timings(text, single)
    if label == "hypoglycemia_free" and re.search(r"\bsince\s+(?:day|week|month)\s*\d", window, re.I):
        local.time_to = None  # "no severe hypoglycemic event since day 90": where the window opens, not an onset
    if whole.time_to and re.match(r"\W*by\s+(?:day|week|month|year)\s*\d+\b(?!\s*,)", text, re.I) and not local.time_to:
        local.time_to = whole.time_to  # "By day 90 the patient showed C-peptide ... and a 91% reduction": for every clause
    if whole.time_to and not local.time_to and (not local.follow_up or local.follow_up > whole.time_to) and FRONTED_ONSET.match(text):
        local.time_to = whole.time_to  # "Within 75 days, the patient regained insulin production ... and was free from injections": every one
    own_point = local.follow_up if lo > 0 else None  # "15 of 20 ... at one year, and 11 of these 15 ... at three years"
    elsewhere = text[:lo] + " " + text[hi:]
    if re.search(r"\bwith\s+(?:at least |more than |over )?(?:\w+\s+){0,2}(?:years?|months?|weeks?|days?)\s+of\s+follow", elsewhere, re.I):
        whole.follow_up = None  # "..., three patients with at least one year of follow-up are ...": that subgroup's time, not this clause's
    if lo > 0 and re.search(r",\s+while\s+$", text[:lo], re.I) and not local.follow_up:
        whole.follow_up = None  # "..., to 96% at month 4, while glycated hemoglobin settled at about 5%": month 4 is the other clause's
    t = Timing(follow_up=own_point or whole.follow_up, duration=local.duration, qualifier=local.qualifier)
    t.time_to = local.time_to or (whole.time_to if whole.follow_up and local.follow_up != whole.follow_up else None)
    if t.duration is None and whole.duration and re.search(r"\bsince\s*[.;,]?\s*$", text[start:hi], re.I):
        t.duration, t.qualifier = whole.duration, whole.qualifier  # "That was five months ago, and he has not injected since"
    if label in HARMS:
        return Timing(time_to=harm_date(text, lo, hi))
    if label == "no_benefit":
        return Timing(follow_up=t.follow_up)
    return t
