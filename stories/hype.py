"""Hype words and their stance: asserted by the document, quoted from someone else, or negated.

"Woman CURED" asserts; "'cured'" in quotation marks, "some people will call
this a cure" or a question ("Is this the cure?") reports or raises someone
else's word (quoted); "I would not use the word cure" and "Is it a cure? Not
yet" reject it (negated). Only asserted hype counts against an outlet.
"""
from __future__ import annotations

import re

from isletwatch.story import Hype

TERMS = ("cure", "cured", "cures", "breakthrough", "revolutionary", "miracle", "reverse", "reversed", "reversing",
         "game-changer", "landmark", "first-ever", "unprecedented", "world first", "world-first", "for good")
_TERM = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in TERMS) + r")(?![\w-])", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|nobody|none|neither|nor|n't|cannot|can't|isn't|wouldn't|far from|"
                       r"rather than|too early for|warn(?:ed|s)? against|before anyone talks about)\b", re.I)
_QUOTE_CHARS = "'\"‘’“”"
_ATTRIBUTION = re.compile(r"\b(?:said|says|say|call(?:s|ed|ing)?|hail(?:s|ed)?|according to|quoted|"
                          r"being called|what is being called|promis(?:e|es|ed)|advertis(?:e|es|ed)|"
                          r"sell|sells|market(?:s|ed)?|headlines?|read that)\b", re.I)
_QUESTION = re.compile(r"\?")


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("? ", at), text.find("\n", at)) if i != -1]
    return start, (min(ends) + 1 if ends else len(text))


_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['‘“\"]")
_CLOSE = re.compile(r"['’”\"](?=$|[\s.,;:!?)\]])")


def _quoted(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Inside quotation marks: 'cure', ‘stem cell cures’, "diabetes cure" (an apostrophe is not a quote)."""
    before = text[max(s_start, start - 40):start]
    after = text[end:min(s_end, end + 40)]
    opening = [m.end() for m in _OPEN.finditer(before)]
    if opening and not _CLOSE.search(before[opening[-1]:]) and _CLOSE.search(after):
        return True
    # inside a quotation that opens earlier in the sentence and closes later
    opened = sum(text.count(q, s_start, start) for q in "\"“”")
    return opened % 2 == 1


def stances(title: str, text: str) -> list[Hype]:
    """Every hype word of the title and text with its stance and its sentence."""
    out = []
    for part in (title, text):
        for m in _TERM.finditer(part):
            s_start, s_end = _sentence_bounds(part, m.start())
            sentence = part[s_start:s_end].strip()
            before = part[s_start:m.start()]
            if _NEGATION.search(before[-80:]) or _answer_is_no(part, s_end):
                stance = "negated"
            elif _quoted(part, m.start(), m.end(), s_start, s_end) or _ATTRIBUTION.search(before[-60:]):
                stance = "quoted"
            elif _QUESTION.search(part[m.end():s_end + 1]):
                stance = "quoted"  # only asked ("Is this the cure?"), not asserted
            else:
                stance = "asserted"
            out.append(Hype(m.group(1).lower(), stance, sentence[:300]))
    return out


def _answer_is_no(text: str, sentence_end: int) -> bool:
    """'Is it a cure?' followed by 'Not yet.' rejects the word."""
    if text[sentence_end - 1:sentence_end] != "?" and text[sentence_end:sentence_end + 1] != "?":
        return False
    following = text[sentence_end:sentence_end + 40].lstrip("? \n").lower()
    return following.startswith(("not yet", "no.", "no,", "not ", "no "))
