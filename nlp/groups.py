"""Who a sentence talks about: patient counts ("10 of 12") and group ages (one person: persons.py).

A claim's frame hangs on its group: "Two of the 14 participants have died" is
a group of 14 with 2 reaching the outcome, "four patients no longer needed
insulin" is a subcount of the trial already introduced, and "a 25-year-old
woman" is a group of one. This module only reads the sentence; deciding which
group an outcome belongs to is the assembler's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import NUMBER, NUMBER_RE, parse_number

NOUNS = (r"(?:patients?|participants?|subjects?|recipients?|people|persons?|adults?|children|kids|men|women|"
         r"volunteers|individuals|cases|youths?|adolescents|teenagers|infants|girls|boys|pati?ents|users|pts|diabetics)")
def _n(name: str) -> str:
    return f"(?P<{name}>{NUMBER})"


_DET = r"(?:the\s+|these\s+|those\s+|its\s+|all\s+|our\s+|their\s+)?(?:first\s+|original\s+|initial\s+|remaining\s+|evaluable\s+|other\s+)?"
NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:(?:serious\s+|severe\s+|major\s+)?adverse\s+(?:events?|reactions?|effects?)|%|percent|per cent|years?|months?|weeks?|days?|mg|ml|kg|units?|nmol|ng|mmol|infusions?|"
                              r"pouches?|devices?|capsules?|grafts?|biopsies|samples?|cells?|islets?|times|million|billion|procedures?|operations?|"
                              r"transplants?|injections?|visits?|episodes?|events?|"
                              r"donors?|centres?|centers?|sites?|hospitals?|animals?|mice|rats)\b"
                              r"(?![\s-]+(?:recipients?|patients?|participants?|group|arm)\b)", re.I)  # "12 of the 40 cell recipients" are people
# "Six sites treating adults", "12 centres in Europe enrolled children": counted places, not people
PLACES_AFTER = re.compile(r"^\s*(?:sites?|cent(?:er|re)s?|hospitals?|clinics?|countries|institutions?|studies|trials|labs?|laboratories|companies)\b", re.I)
# "Nine (75%) of them": the share written between a count and its group is no second number
_SHARE_PAREN = r"(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?"
OF_RE = re.compile(rf"(?<![\w.,/-])(?<!every )(?<!each ){_n('w')}{_SHARE_PAREN}\s+(?:out\s+)?of\s+(?!every\b|each\b){_DET}{_n('n')}(?![\w/-])", re.I)
AMONG_RE = re.compile(rf"(?<![\w.,/-]){_n('w')}\s+(?:[\w-]+\s+){{0,2}}?(?:deaths?|fatalit(?:y|ies)|events?|cases?|infections?|episodes? of \w+)"
                      rf"(?:,[^,;.]{{1,40}},)?(?:\s+(?:have\s+|has\s+)?(?:occurred|been\s+reported|were\s+(?:reported|recorded|seen|observed)|happened))?\s+(?:among|in)\s+(?:the\s+|all\s+|its\s+|their\s+)?{_n('n')}\s+(?:{NOUNS}|dosed|treated|enrolled|transplanted)\b",
                      re.I)  # "one death, from a stroke, among its nine recipients"
REGISTRY_RESULT_RE = re.compile(r"Participants?\s+Analy[sz]ed\s*[:|]?\s*(?P<n>\d{1,5})\b[^.]{0,80}?Count\s+of\s+Participants\s*[:|]?\s*(?P<w>\d{1,5})\b|"
                                r"\bAnaly[sz]ed\s*[:|]?\s*(?P<n2>\d{1,5})\s*\|\s*(?:(?P<w2>\d{1,5})\s+participants?\b|Count\s+of\s+participants\s*[:|]?\s*(?P<w3>\d{1,5})\b)", re.I)  # "| Analyzed 11 | 7 participants"
DEATHS_RE = re.compile(rf"(?<![\w.,/-]){_n('w')}\s+(?:(?:treatment-related|unrelated|patient|participant)\s+)?(?:deaths|fatalities)\b(?!\s+(?:per|in every|out of|of every))", re.I)
OF_PRONOUN_RE = re.compile(rf"(?<![\w.,/-]){_n('w')}{_SHARE_PAREN}\s+of\s+(?:them|those|these|us)\b", re.I)
OF_DEFINITE_RE = re.compile(rf"(?<![\w.,/-])(?<!\ball\s){_n('w')}{_SHARE_PAREN}\s+of\s+(?:the|these|those|our|its)\s+(?:[\w-]+\s+){{0,2}}?{NOUNS}\b", re.I)
OF_COMMA_RE = re.compile(rf"(?<!every one )(?<!each one )(?<!Every one )(?<!Each one )(?<!each )(?<!Each )\bof\s+(?:the|these|those)\s+{_n('n')}(?:\s+{NOUNS}(?:\s+[^,.;]{{0,60}}?)?)?,\s+(?:{_n('w')}\b)?", re.I)
# "In the high-dose cohort of 30, 24 stopped insulin", "In a trial of 30 adults, nine ...": a group sized in a fronted
# phrase, then the count of it that reached the result
GROUP_OF_COMMA_RE = re.compile(rf"\b(?:cohort|group|arm|sub-?group|subset|study|trial|series)\s+of\s+{_n('n')}(?:\s+{NOUNS}(?:\s+[^,.;]{{0,60}}?)?)?,\s+"
                               rf"{_n('w')}\b(?!\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|mg|ml|units?|of\b|to\b|-))", re.I)
ALL_BUT_RE = re.compile(rf"\ball but {_n('k')}\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?{_n('n')}(?![\w-])", re.I)
ALL_BUT_BARE_RE = re.compile(rf"\ball but {_n('k')}\b(?!\s+(?:of\b|{NUMBER}))", re.I)
SLASH_RE = re.compile(r"(?<![\w/.])(?P<w>\d{1,4})\s*/\s*(?P<n>\d{1,4})(?![\w/.])")
ALL_RE = re.compile(rf"\b(?:all|every one|each one|each)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?{_n('n')}(?![\w-])", re.I)
BOTH_RE = re.compile(rf"\bboth\s+(?:{NOUNS}|of (?:the|these|those) (?:first )?(?:two|2)(?: {NOUNS})?)\b|"
                     r"(?:^|[;:]\s+|,\s+(?:and|but)\s+|\b(?:and|but)\s+)both\s+(?=(?:now|also|still|are|were|have|had|produce[sd]?|made|make|show(?:ed)?|remain(?:ed)?|became|reached|achieved|stopped|no longer)\b)", re.I)
WHOLE_GROUP_RE = re.compile(r"\b(?:no one|nobody|no (?:patient|participant|recipient|volunteer|pt)s?)\s+(?=(?:has|had|have|was|were|experienced|developed|reported|needed|required|became|become|achieved)\b)|"
                            r"\b(?:nobody's|no one's|no patient's|no participant's)(?=\s)|"
                            r"(?:(?<=^)|(?<=; )|(?<=: ))[Aa]ll (?:the |of the )?(?:patients|participants|recipients|subjects|volunteers)\b(?!\s+(?:with|who|in|from|aged|had|received|were (?:given|treated|randomi))\b)|"
                            r"\bin (?:every|each) (?:case|one of them)\b|\bin all cases\b|\b(?:every|each) one of them\b|"
                            r"(?:(?<=\bwere )|(?<=\bare ))all(?= (?:under|below|above|within|in|over|at|free|off|positive|detectable)\b)|"
                            r"(?:(?<=^)|(?<=; )|(?<=: )|(?<=, and )|(?<=\band ))each\s+(?=(?:now\s+)?(?:has|had|have|is|was|showed|reached|achieved|remained)\b)", re.I)
NONE_RE = re.compile(rf"\bnone\s+of\s+(?:the\s+|these\s+|those\s+)?{_n('n')}(?![\w-])", re.I)
DEFINITE_RE = re.compile(rf"\b(?:the|these|those)\s+{_n('n')}\s+(?=(?:{NOUNS}\s+)?(?:with|who|in|on|treated|receiving|given)\b)", re.I)
HYPHEN_SIZE_RE = re.compile(rf"(?<![\w.,/-]){_n('n')}-(?:person|patient|participant|subject|people|member|child)\b", re.I)
IN_N_RE = re.compile(rf"\b(?:in|for)\s+(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,3}})(?=\s*(?:[.;,)]|$|of them\b))", re.I)
PLAIN_RE = re.compile(rf"(?<![\w.,/-]){_n('n')}\s+(?:\(\s*(?P<inshare>\d+(?:\.\d+)?)\s*%\s*\)\s+)?(?:(?:[\w-]+|with)\s+){{0,4}}?{NOUNS}\b", re.I)
BARE_RE = re.compile(rf"(?<![\w.,/-])(?<!\bno )(?<!\bNo ){_n('w')}\s+(?:others?\s+|more\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:still\s+|also\s+|now\s+)?(?=(?:who|have|had|has|were|was|are|stayed|remained|went|developed|died|"
                     r"reached|achieved|no longer|became|met|kept|received|showed|did|demonstrated|experienced|attained|needed|required|"
                     r"regained|maintained|continued|stopped|discontinued|exhibited|displayed|gained|were able|are able|"
                     r"remain|remains|stay|stays|maintain|maintains|continue|continues|going off|coming off|spent|spend|lost|cut|reduced|halved|managed|ended|saw)\b)", re.I)
PERCENT_RE = re.compile(rf"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?:\s*\([^)]*\))?\s+of\s+(?!(?:the |my |his |her |their |our |each )?(?:time|day)\b)(?!(?:its|their|the|his|her)\s+(?:baseline|value|starting|pre|original|previous|former|initial))(?:the\s+|them\b|those\b|these\b)?(?:{_n('n')})?", re.I)
MAGNITUDE_BEFORE = re.compile(r"\b(?:reduc\w+|decreas\w+|fall|drop|cut|increase|rise|improvement|declines?|lowering)\b[^.;]{0,40}?\b(?:of|by)\s+"
                              r"(?:at least\s+|more than\s+|over\s+|about\s+|up to\s+|around\s+|≥\s*|>\s*)?$", re.I)
PERCENT_BARE_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?:\s*\([^)]*\))?\s+(?=(?:of them\b|remained|were|had|have|achieved|became|"
                             r"reached|maintained|showed|experienced|stayed|did|no longer|could|was able|are|attained|regained|needed|required)\b)", re.I)
NEARLY_ALL_RE = re.compile(r"\b(?:nearly|almost|virtually|practically) all\s+(?:of\s+)?(?:them|the\s+(?:[\w-]+\s+)?(?:patients|participants|recipients|children|adults))\b", re.I)
SHARE_RE = re.compile(rf"\b(?:the|a)\s+(?:large\s+|small\s+|vast\s+)?(?:majority|minority)\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:{_n('n')}\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?{NOUNS}\b|\b(?:most|half|many|several|some)\s+(?:of\s+(?:the|these|those|them)\s+)?(?:{_n('n2')}\s+)?"
                      r"(?:patients|participants|recipients|subjects|volunteers)\b(?!\s+with\s+(?:type|diabetes|t[12]d))", re.I)
APPROX_RE = re.compile(r"\b(?:about|roughly|around|nearly|almost|approximately)\s+(?:half|a third|a quarter|one in \w+)\b|\b(?:most|two or three|several|some|many)\b", re.I)
INTRO_CUE = re.compile(r"\b(?:received|receive|enrolled|treated|transplanted|randomi[sz]ed|included|dosed|underwent|given|implanted|"
                       r"infused|participated|took part|recruited|analy[sz]ed|study of|trial of|trial in|study in|studies in|"
                       r"have had|has had|have received|were followed|aged|tested on|tried on|tested (?:[\w-]+ ){0,4}?in|tried (?:[\w-]+ ){0,4}?in)\b", re.I)
_SEXES = r"(?:men|women|males|females|boys|girls|man|woman|male|female|boy|girl)"
SEX_MIX_RE = re.compile(rf"\b{_n('a')}\s+{_SEXES}\s*(?:,|and)\s*{_n('b')}\s+{_SEXES}\b", re.I)
# "a trial of bone marrow MSCs in 30 adults with established type 1 diabetes": a study's own group
IN_GROUP_WITH = re.compile(r"^\s*\bin\s+\S+\s+(?:[\w-]+\s+){0,2}?(?:adults|patients|children|people|participants|subjects|volunteers|individuals|men|women)\s+with\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:type\s*[12]|t[12]d|diabetes|lada)", re.I)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")

GROUP_AGE_RE = re.compile(rf"\b(?:mean|median|average)\s+(?:\(±?sd\)\s+)?age(?:\s+(?:at|of|in)\s+[\w\s-]{{1,30}}?(?=\s+(?:was|were|is)\b))?\s*(?:was|were|is|of|:|,)?\s*(?:(?:mean|median)\s*(?:\(sd\))?:?\s*)?(?P<v>{NUMBER}(?:\s+and\s+a\s+(?:half|quarter))?)(?!\s*(?:to|-)\s*\d)", re.I)
GROUP_AGE2_RE = re.compile(r"\bage,?\s*(?:mean|median)\s*(?:\(sd\))?\s*[:|]?\s*(?P<v>\d+(?:\.\d+)?)", re.I)
# "mean duration of diabetes was 27.1 ± 1.3 years", "median diabetic history was 8 years"
GROUP_DUR_RE = re.compile(rf"\b(?:mean|median|average)\s+(?:duration of (?:type [12] |t[12]d )?(?:diabetes|T[12]DM?\b)|diabetes duration|disease duration|diabetic history|history of diabetes)"
                          rf"\s*(?:was|of|:|,)?\s*(?P<v>{NUMBER})\s*(?:(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?\s*)?years", re.I)
GROUP_DUR2_RE = re.compile(r"\bduration of (?:type [12] |t[12]d )?diabetes,?\s*(?:mean|median)\s*(?:\(sd\))?\s*[:|]?\s*(?P<v>\d+(?:\.\d+)?)", re.I)
# "who had had type 2 diabetes for an average of 14 years", "had had diabetes for 22 years on average"
GROUP_DUR3_RE = re.compile(rf"\b(?:diabetes|the disease|it)\s+for\s+(?:an average|a mean|a median)\s+of\s+(?P<v>{NUMBER})\s+years|"
                           rf"\b(?:diabetes|the disease|it)\s+for\s+(?P<v2>{NUMBER})\s+years\s+on\s+average|"
                           # "diagnosed an average of 2.3 years before joining", "a median of 16 years since diagnosis"
                           rf"\bdiagnosed\s+(?:an average|a mean|a median)\s+of\s+(?P<v3>{NUMBER})\s+years\s+(?:before|earlier|prior)|"
                           rf"\b(?:an average|a mean|a median)\s+of\s+(?P<v4>{NUMBER})\s+years\s+since\s+(?:diagnosis|onset)", re.I)
APPROX_PAIR_RE = re.compile(rf"(?<![\w.,/-])(?:{NUMBER})\s+(?:or|to)\s+(?:{NUMBER})\s+(?:{NOUNS}|had|were|have)\b", re.I)
ONE_IN_RE = re.compile(rf"\b(?:{NUMBER}) (?:in|out of) (?:every )?(?:{NUMBER})\b(?! of)", re.I)
COUNT_HINT = re.compile(r"\d|\b(?:neither|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\w+teen|twenty|thirty|"
                        r"forty|fifty|sixty|seventy|eighty|ninety|hundred|both|none|majority|minority|most|half|many|several|some|all but)\b", re.I)


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    n: int | None        # group size, None when the text leaves it to the context ("21 of them")
    w: int | None        # how many reached the outcome, None for a group introduction
    kind: str            # of / slash / all / none / plain / bare / percent
    intro: bool = False  # the sentence introduces a treated group here
    share: str | None = None  # a percent count's share as written ("59%", "majority"): two shares are two subgroups


def _num(text: str | None) -> int | None:
    value = parse_number(text) if text else None
    if value is None or value != int(value) or value > 100_000:
        return None
    return int(value)


def find_counts(sentence: str) -> list[Count]:
    """Every patient count in the sentence, explicit 'w of n' forms before plain ones."""
    return list(_find_counts(sentence))


@lru_cache(maxsize=8192)
def _find_counts(sentence: str) -> tuple[Count, ...]:
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    per_device: set[int] = set()
    if not COUNT_HINT.search(sentence):
        return ()

    starts = [m.start() for m in NUMBER_RE.finditer(sentence)]  # patterns that begin with a number are tried only there

    def at_numbers(rx: re.Pattern[str]):
        for p in starts:
            m = rx.match(sentence, p)
            if m:
                yield m

    def add(m: re.Match[str], n: int | None, w: int | None, kind: str, intro: bool = False, share: str | None = None) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        if share is None and kind == "percent" and re.match(r"\s*\d", m.group(0)):  # a figure, not "most" or "a minority": those restate
            share = re.sub(r"\s+", "", m.group(0).split(" of")[0].lower())
        out.append(Count(m.start(), m.end(), n, w, kind, intro, share))

    for m in SEX_MIX_RE.finditer(sentence):
        taken.append((m.start(), m.end()))  # "two men and one woman": who the group is, not a group or a count
    for m in ALL_BUT_RE.finditer(sentence):
        k, n = _num(m.group("k")), _num(m.group("n"))
        if k is not None and n and k < n:
            add(m, n, n - k, "of")  # "all but two of the 46": 44 of 46
    for m in ALL_BUT_BARE_RE.finditer(sentence):
        k = _num(m.group("k"))
        if k:
            add(m, None, None, "allbut", share=str(k))  # "all but one had been spared": the group less one
    for m in SLASH_RE.finditer(sentence):
        w, n = int(m.group("w")), int(m.group("n"))
        if "|" not in sentence and "\t" not in sentence and (
                re.fullmatch(r"\s*", sentence[:m.start()]) and re.match(r"\s+[A-Z]", sentence[m.end():])
                or re.search(r"[A-Za-z]\s+$", sentence[:m.start()]) and re.fullmatch(r"\s*", sentence[m.end():])):
            continue  # "4/7 Half-dose cohort: ...", "Quick summary 1/7": a thread's post counter
        if 0 < n <= 5000 and w <= n and not re.search(r"phase\s*$|\d\s*$", sentence[:m.start()], re.I):
            add(m, n, w, "slash")
    for m in at_numbers(AMONG_RE):
        w, n = _num(m.group("w")), _num(m.group("n"))
        if w is not None and n and w <= n:
            add(m, n, w, "of")  # "2 deaths among the 14 dosed", "three infections in the 20 recipients"
    for m in REGISTRY_RESULT_RE.finditer(sentence):
        n, w = int(m.group("n") or m.group("n2")), int(m.group("w") or m.group("w2") or m.group("w3"))
        if w <= n:
            add(m, n, w, "of")  # "Participants Analyzed: 12 | Count of Participants: 8"
    for m in re.finditer(rf"\b(?:another|a further)\s+{_n('w')}\b(?!\s*(?:%|percent|years?|months?|weeks?|days?|of\b))", sentence, re.I):
        w = _num(m.group("w"))
        if w:
            add(m, None, w, "bare")  # "Another 14 reduced the daily insulin dose": 14 more of the trial
    for m in re.finditer(rf"(?<!\bof )\bthe\s+(?:other|remaining)\s+{_n('w')}\b(?!\s*(?:%|percent|per cent|years?|months?|weeks?|days?|of\b|-))", sentence, re.I):
        w = _num(m.group("w"))
        if w and not NOT_PEOPLE_AFTER.match(sentence[m.end():m.end() + 30]):
            add(m, None, w, "bare", share="rest")  # "The other five still need some insulin": the rest of a group, counted
    for m in at_numbers(DEATHS_RE):
        w = _num(m.group("w"))
        if w:
            add(m, None, w, "bare")  # "Two deaths occurred": two of the trial died
    for m in re.finditer(r"\bboth in the same (?:participant|patient|recipient|person)\b", sentence, re.I):
        add(m, None, 1, "bare")  # "Two serious adverse events ..., both in the same participant": one person
    for m in re.finditer(r"\bone of the (?:first|earliest|few|only|last)\b", sentence, re.I):
        taken.append((m.start(), m.end()))  # "one of the first patients in Wales to receive": who she is, not a count
    for m in at_numbers(OF_RE):
        w, n = _num(m.group("w")), _num(m.group("n"))
        tail = sentence[m.end():m.end() + 30]
        if w is None or n is None or w > n or NOT_PEOPLE_AFTER.match(tail) or YEAR.match(m.group("n")):
            if w is not None and n is not None and NOT_PEOPLE_AFTER.match(tail):
                taken.append((m.start(), m.end()))  # per-device rate: not patients, and not a plain count either
                per_device.add(n)
            continue
        if n in per_device:
            taken.append((m.start(), m.end()))  # "... followed 9 of 146 procedures, and thrombosis 5 of 146"
            continue
        if w == 1 and re.search(r"\bnot\s+$", sentence[max(0, m.start() - 8):m.start()], re.I):
            continue  # "not one of the ten": none of them, read below
        add(m, n, w, "of")
    for m in OF_COMMA_RE.finditer(sentence):
        add(m, _num(m.group("n")), _num(m.group("w")), "of")
    for m in GROUP_OF_COMMA_RE.finditer(sentence):
        n, w = _num(m.group("n")), _num(m.group("w"))
        if n and w is not None and w <= n and not YEAR.match(m.group("n")):
            add(m, n, w, "of")
    for m in at_numbers(OF_PRONOUN_RE):
        add(m, None, _num(m.group("w")), "of")
    for m in NONE_RE.finditer(sentence):
        n = _num(m.group("n"))
        if n:
            add(m, n, n, "none")
    for m in re.finditer(rf"\bnot (?:one|a single one) of (?:the|these|those)\s+{_n('n')}(?![\w-])", sentence, re.I):
        n = _num(m.group("n"))
        if n:
            add(m, n, n, "none")  # "Not one of the ten is taking less insulin": all ten did not
    for m in re.finditer(r"\bneither\s+(?:woman|man|patient|participant|recipient|child|boy|girl|volunteer|subject|of them|of the two)(?:['’]s)?(?!\w)", sentence, re.I):
        add(m, 2, 2, "none")  # "Neither woman has been able to reduce her insulin": both of two
    for m in re.finditer(r"\bnone of (?:them|these|those)\b", sentence, re.I):
        add(m, None, None, "none")  # "None of them had a severe low": the whole group, size from context
    for m in WHOLE_GROUP_RE.finditer(sentence):
        add(m, None, None, "none")  # "no one had a severe hypoglycemic episode", "HbA1c fell under 7% in every case": all of the group
    for m in ALL_RE.finditer(sentence):
        n = _num(m.group("n"))
        if n and n > 1 and not NOT_PEOPLE_AFTER.match(sentence[m.end():m.end() + 20]):
            add(m, n, n, "all")
    for m in BOTH_RE.finditer(sentence):
        add(m, 2, 2, "all")
    for m in at_numbers(OF_DEFINITE_RE):
        add(m, None, _num(m.group("w")), "of")  # "Three of the treated children": a subcount, the group from context
    for m in re.finditer(r"\(\s*n\s*=\s*(?P<n>\d{1,5})\s*(?:\)|;|,(?!\s*\d))", sentence):  # "(n=24)", "(n=24; bone-marrow MSCs, ...)"
        arm_text = sentence[max(0, m.start() - 60):m.start()].rsplit("|", 1)[-1]
        if not re.search(r"placebo|\bcontrols?\b|standard|sham|usual care", arm_text, re.I):  # not "an uncontrolled study"
            add(m, int(m.group("n")), None, "plain", True)  # "Arms: Cord blood + DHA (n=10) | Standard therapy (n=5)"
    for m in re.finditer(r"\b(?:patients|participants|subjects|children|adults|recipients|people)\s*\(\s*(?P<n>\d{1,4})\s*\)", sentence, re.I):
        if not re.search(r"placebo|\bcontrols?\b|standard|sham|usual care", sentence[max(0, m.start() - 60):m.start()], re.I):
            add(m, int(m.group("n")), None, "plain", True)  # "a small number of patients (15) with new type 1 diabetes"
    for m in PERCENT_RE.finditer(sentence):
        add(m, _num(m.group("n")), None, "percent")
    for m in PERCENT_BARE_RE.finditer(sentence):
        if MAGNITUDE_BEFORE.search(sentence[max(0, m.start() - 60):m.start()]):
            continue  # "a reduction in insulin dose of at least 50% had been achieved by 12 of 40": how much, not how many
        add(m, None, None, "percent")  # "..., and 32% remained insulin independent": another share of the group
    for m in NEARLY_ALL_RE.finditer(sentence):
        add(m, None, None, "percent", share="nearly all")  # "Nearly all of them had fever": a share, its size from context
    for m in SHARE_RE.finditer(sentence):
        add(m, _num(m.group("n") or m.group("n2")), None, "percent")  # "a majority of the patients treated": a share, its size from context
    for m in at_numbers(APPROX_PAIR_RE):
        add(m, None, None, "percent")  # "two or three patients": an approximate count (DEV_NOTES)
    for m in at_numbers(ONE_IN_RE):
        add(m, None, None, "percent")  # "roughly one in five": a proportion, not a count
    for m in DEFINITE_RE.finditer(sentence):
        n = _num(m.group("n"))
        if n and not YEAR.match(m.group("n")):
            add(m, n, None, "definite")  # "the 11 patients in the insulin group": a group, not a subcount
    for m in at_numbers(HYPHEN_SIZE_RE):
        n = _num(m.group("n"))
        if n and n > 1:
            add(m, n, None, "plain", True)  # "a 200-person trial", "the 12-patient cohort"
    for m in IN_N_RE.finditer(sentence):
        w = _num(m.group("w"))
        if w:
            add(m, None, w, "bare")  # "..., with insulin independence in two."
    for m in at_numbers(PLAIN_RE):  # every start: "phase 1 study enrolled fifteen children" must find "fifteen children"
        n = _num(m.group("n"))
        between = sentence[m.end("n"):m.end()].strip().rsplit(" ", 1)[0] if " " in sentence[m.end("n"):m.end()].strip() else ""
        if m.group("inshare"):
            between = re.sub(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)", "", between)  # "34 (71%) recipients": the share is no second count
        between = re.sub(r"\b[A-Za-z]+-?\d+\b", "", between)  # "3 NCW-11 pts": a product code is no second number
        between = re.sub(r"\btype[\s-]*[12]\b", "", between, flags=re.I)  # "Seven consecutive type 1 diabetic patients"
        between = re.sub(r"\bT[12]D(?:M)?\b", "", between, flags=re.I)  # "24 T1D patients", "30 T2DM patients": the type, not a second number
        if not n or YEAR.match(m.group("n")) or re.match(r"\s*(?:million|billion)", sentence[m.end("n"):]) \
                or re.search(r"\b(?:of every|in every|out of every|per|every)\s+$", sentence[max(0, m.start() - 16):m.start()], re.I) \
                or re.search(r"(?:phase|type|day|week|month|year|part|aged?|visit)\s*$", sentence[:m.start()], re.I) \
                or re.match(r"[\s-]*(?:years?|months?|weeks?|days?|hours?)\b", sentence[m.end("n"):], re.I) \
                or PLACES_AFTER.match(sentence[m.end("n"):m.end("n") + 20]) \
                or NUMBER_RE.search(between):
            continue  # "Six sites treating adults": six sites, not six people
        share = re.match(r"\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)", sentence[m.end():]) or (
            re.match(r"\(\s*(\d+(?:\.\d+)?)", sentence[m.start("inshare") - 1:]) if m.group("inshare") else None)
        if share and float(share.group(1)) < 100:
            add(m, None, n, "bare")  # "in 9 participants (50%)": a share of a larger group, so a subcount
            continue
        if share:
            add(m, n, n, "all")  # "Four participants (100%) with >=1yr follow-up": all of a group of four
            continue
        if re.search(r"\bamong\s+(?:the|all|its|their|these|those)\s+$", sentence[max(0, m.start() - 20):m.start()], re.I):
            add(m, n, None, "definite")  # "after 4 of 120 infusions among the 48 recipients": the group, not 48 who had it
            continue
        # the cue must stand outside the count: "Two treated participants ran a fever" describes a subcount, it enrols no one
        around = sentence[max(0, m.start() - 40):m.end("n")] + " " + sentence[m.end():m.end() + 60]
        intro = bool(INTRO_CUE.search(around) or IN_GROUP_WITH.search(sentence[max(0, m.start() - 4):m.end() + 50]))
        add(m, n, None, "plain", intro)
    for m in at_numbers(BARE_RE):
        w = _num(m.group("w"))
        if w is None or w > 1 and re.match(r"\s*was\b", sentence[m.end():]):
            continue  # "Among those first eleven was Anna": one person, not eleven who did something
        if YEAR.match(m.group("w")) or re.search(r"(?:phase|type|day|week|month|year|age|aged)\s*$", sentence[:m.start()], re.I) \
                or re.search(r"\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather) of\s+$", sentence[:m.start()], re.I):
            continue
        intro = bool(re.match(r"\s*received\b", sentence[m.end():])) and not re.match(r"\s*received\s+placebo", sentence[m.end():], re.I)
        add(m, w if intro else None, None if intro else w, "bare", intro)
    out.sort(key=lambda c: c.start)
    for i, c in enumerate(out):
        prior = next((p for p in reversed(out[:i]) if p.kind in ("of", "slash") and c.n and p.w == c.n and p.n and p.n > c.n), None)
        if c.kind == "all" and prior is not None:
            out[i] = Count(c.start, c.end, prior.n, c.n, "of")  # noqa: E501  # "70% (7/10) ..., and all seven remained": the seven of ten
    return tuple(out)


def _first_value(sentence: str, *regexes: re.Pattern[str]) -> float | None:
    for rx in regexes:
        m = rx.search(sentence)
        if m:
            g = m.groupdict()
            return _fractional(g.get("v") or g.get("v2") or g.get("v3") or g.get("v4") or "")
    return None


def group_age(sentence: str) -> float | None:
    """A stated mean or median age of a group ('mean age 51.4 years', 'Age, Mean (SD): 43.6')."""
    return _first_value(sentence, GROUP_AGE2_RE, GROUP_AGE_RE) if "age" in sentence.lower() else None


def group_disease_years(sentence: str) -> float | None:
    """A stated mean or median duration of diabetes of a group."""
    low = sentence.lower()
    if "duration" not in low and "diabetes for" not in low and " for " not in low and "diagnos" not in low and "history" not in low:
        return None
    return _first_value(sentence, GROUP_DUR2_RE, GROUP_DUR_RE, GROUP_DUR3_RE)


def _fractional(text: str) -> float | None:
    m = re.match(r"(.*?)\s+and\s+a\s+(half|quarter)$", text.strip(), re.I)
    if m:
        base = parse_number(m.group(1))
        return None if base is None else base + (0.5 if m.group(2).lower() == "half" else 0.25)
    return parse_number(text)

