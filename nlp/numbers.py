"""Numbers written as digits or English words, as news and abstracts write them.

Counts decide claim frames ("ten out of twelve" must equal "10/12"), so the
parser accepts the forms reporters use ("a dozen", "forty-eight", "1,200",
"five and a quarter") and refuses what is not one number (ranges, "two or
three"): a wrong number is worse than none.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "half-dozen": 6,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
FRACTIONS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75,
             "third": 1 / 3, "a third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}

_WORDS = sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True)
_WORD = r"(?:%s)" % "|".join(re.escape(w) for w in _WORDS if w not in ("a", "an", "no", "none", "both", "single"))
# One cardinal: digits (with thousands commas / decimals) or a run of number words.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
WORDS = rf"(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*"
NUMBER = rf"(?:{DIGITS}|(?<![\w-]){WORDS}(?![\w]))"
NUMBER_RE = re.compile(NUMBER, re.I)
MAX_VALUE = 10 ** 9  # larger values are never counts or durations in this domain


def words_to_number(text: str) -> float | None:
    """'forty-eight' → 48, 'a dozen' → 12, 'two hundred and fifty-five' → 255; None if not one number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] in ("a", "an") and len(tokens) > 1:
        tokens = tokens[1:]
    total = current = 0
    seen = False
    for tok in tokens:
        if tok == "dozen" and current:
            current *= 12  # "two dozen"
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def parse_number(text: str) -> float | None:
    """A single number from digits or words; None for anything else (ranges, junk, huge values)."""
    text = (text or "").strip()
    if not text or len(text) > 60:
        return None
    if re.fullmatch(DIGITS, text):
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
    else:
        value = words_to_number(text)
    if value is None or value > MAX_VALUE:
        return None
    return value


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """Every number in `text` as (start, end, value), left to right."""
    out = []
    for m in NUMBER_RE.finditer(text):
        value = parse_number(m.group(0))
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out
