"""Dates as days: the stored `published` values are ISO 8601 at day, month or year precision, or full times."""
from __future__ import annotations

from datetime import date


def day(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 value; a month or year alone counts as its first day."""
    if not published:
        return None
    text = published[:10]
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1)
        return date(int(text[:4]), 1, 1)
    except ValueError:
        return None


def days_between(earlier: date, later: date) -> int:
    """Signed: negative when `later` is in fact earlier (a report dated before its paper)."""
    return (later - earlier).days
