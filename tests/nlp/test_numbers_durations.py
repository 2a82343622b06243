from __future__ import annotations

import pytest

from isletwatch.nlp.durations import find_durations
from isletwatch.nlp.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("twelve", 12), ("a dozen", 12), ("forty-eight", 48), ("twenty-one", 21), ("1,200", 1200), ("11.9", 11.9),
    ("two hundred and fifty-five", 255), ("Sixteen", 16), ("thirty six", 36),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "banana", "two or three", "x" * 100, "99999999999999"])
def test_parse_number_refuses(text):
    assert parse_number(text) is None


def test_find_numbers_positions():
    text = "Sixteen of the 36 subjects"
    assert [(text[a:b], v) for a, b, v in find_numbers(text)] == [("Sixteen", 16), ("36", 36)]


@pytest.mark.parametrize("text,days,qualifier", [
    ("a year and a half", 547, "exact"), ("33 months", 990, "exact"), ("one year", 365, "exact"),
    ("more than a year", 365, "at_least"), ("over five years", 1825, "at_least"), ("nearly two weeks", 14, "about"),
    ("about five months", 150, "about"), ("two and a half months", 75, "exact"), ("11 weeks", 77, "exact"),
    ("an average of 31 months", 930, "exact"), ("12-week", 84, "exact"), ("three decades", 10950, "exact"),
    ("a fortnight", 14, "exact"), ("half a year", 182, "exact"), ("Day 270", 270, "exact"), ("11.9 months", 357, "exact"),
])
def test_durations(text, days, qualifier):
    found = find_durations(f"for {text} after")
    assert [(d.days, d.qualifier) for d in found] == [(days, qualifier)]


@pytest.mark.parametrize("text", ["between 3 and 6 months", "7 to 36 months", "1,000,000,000 days"])
def test_ranges_and_absurd_values_have_no_days(text):
    assert [d.days for d in find_durations(text)] == [None]


def test_a_day_window_is_assessed_at_its_end():
    """Registry titles and trial reports ("(Day 28 to Day 365)", "between day 90 and day 365") are annotated with the
    window's end as the follow-up in every set (dev, blind3, blind5, blind7-10): where the window opens is no time point."""
    assert [(d.text, d.days, d.point) for d in find_durations("(Day 28 to Day 365)")] == [("Day 365", 365, True)]
    assert [d.days for d in find_durations("events between day 90 and day 365")] == [365]


def test_two_dozen():
    assert parse_number("two dozen") == 24 and parse_number("a dozen") == 12
