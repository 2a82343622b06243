"""Word families: verbs with all their inflections, negators and change words, as regex alternations.

Round 1 wrote each outcome rule for the phrasing it had seen ("did not change",
"stopped insulin"), so "hasn't changed", "had not taken insulin" or "may have
begun to rise" slipped through. Rules built from families instead cover every
tense, contraction and synonym of a meaning at once: `forms("rise")` is
rise|rises|rising|rose|risen, and NEGATED covers not, n't, never and no longer.
"""
from __future__ import annotations

import re
from functools import lru_cache

IRREGULAR: dict[str, tuple[str, ...]] = {
    "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "take": ("took", "taken"), "give": ("gave", "given"),
    "go": ("went", "gone", "goes"), "get": ("got", "gotten"), "come": ("came",), "keep": ("kept",),
    "become": ("became",), "begin": ("began", "begun"), "grow": ("grew", "grown"), "show": ("shown",),
    "lose": ("lost",), "make": ("made",), "have": ("had", "has"), "do": ("did", "does", "done"),
    "hold": ("held",), "leave": ("left",), "withdraw": ("withdrew", "withdrawn"), "stand": ("stood",),
    "be": ("is", "are", "was", "were", "been", "being"), "feel": ("felt",), "drive": ("drove", "driven"),
}
_VOWELS = "aeiou"
DOUBLING = frozenset("stop drop cut quit begin slip step plan admit omit commit permit ship fit get".split())


@lru_cache(maxsize=512)
def _forms_of(lemma: str) -> tuple[str, ...]:
    """Regular inflections plus the irregular ones: stop → stops, stopped, stopping."""
    out = {lemma}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma in DOUBLING:
        out |= {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stopped, quitting, beginning
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
    out |= set(IRREGULAR.get(lemma, ()))
    return tuple(sorted(out, key=len, reverse=True))


def forms(*lemmas: str) -> str:
    """A non-capturing alternation of every form of the given verbs (multi-word lemmas inflect their head)."""
    alts: set[str] = set()
    for lemma in lemmas:
        head, _, rest = lemma.partition(" ")
        for f in _forms_of(head):
            alts.add(f + (" " + rest if rest else ""))
    return "(?:%s)" % "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(alts, key=len, reverse=True))


def words(*alternatives: str) -> str:
    """A non-capturing alternation of literal words or short regexes."""
    return "(?:%s)" % "|".join(alternatives)


# Negation: "not", contractions ("hasn't", "didn't"), "never", "no longer". Apostrophes are
# normalised to ASCII by segment.clean, so "n't" covers the curly form too.
NOT = r"(?:\bnot\b|n't\b|\bnever\b|\bno longer\b)"
AUX = r"(?:\b(?:has|have|had|did|does|do|is|are|was|were|could|would|will)\s*)"
NEGATED = rf"(?:{AUX}?{NOT}\s+(?:yet\s+|even\s+|once\s+|ever\s+|again\s+)?)"
NEGATORS = r"(?:\bno\b|\bnone\b|\bnobody\b|\bno one\b|\bneither\b|\bnor\b|\bwithout\b|\bnever\b|\bnot\b|n't\b)"

# Change words, by direction. Built from synonyms, not from one phrasing each.
RISE = forms("rise", "increase", "improve", "climb", "go up", "double", "recover", "restore", "grow", "begin to rise",
             "start to rise", "begin to recover")
FALL = forms("fall", "drop", "decrease", "decline", "reduce", "lower", "cut", "halve", "shrink", "go down", "lessen")
KEEP = forms("preserve", "maintain", "keep", "retain", "sustain", "stabilise", "stabilize", "hold")
CHANGE = forms("change", "improve", "differ", "budge", "move", "increase", "rise", "shift")

# Insulin use: the verbs of needing or taking it, and what is taken.
USE_INSULIN = forms("need", "use", "take", "inject", "require", "receive", "administer", "give")
INSULIN_UNIT = r"(?:(?:exogenous |injected |daily |basal |mealtime )?insulin(?: (?:injections?|shots?|doses?|units?))?|" \
               r"(?:injections?|shots?|doses?|units?) of insulin|insulin injection)"
ONE_OF = r"(?:a single |any |one |a |daily |more |further )?"
