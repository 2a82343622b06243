"""One ISO 8601 form per date column: what a spreadsheet, pandas or a feed reader parses without guessing.

Crawled dates come at three precisions (2025, 2025-06, 2025-06-20) and as
date-times with offsets; mixed in one column, a parser reads half of them as
missing. Downloads therefore carry a calendar date (YYYY-MM-DD, the first day
of the period when only a year or month is known) beside its precision, and
date-times in UTC as YYYY-MM-DDTHH:MM:SSZ.
"""
from __future__ import annotations

from datetime import date, datetime, timezone


def calendar_date(value: str | None) -> tuple[str, str]:
    """(YYYY-MM-DD, precision 'day' | 'month' | 'year'), or ('', '') when there is no valid date."""
    if not value:
        return "", ""
    text = value.strip()
    try:
        if len(text) == 4:
            return date(int(text), 1, 1).isoformat(), "year"
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1).isoformat(), "month"
        return date.fromisoformat(text[:10]).isoformat(), "day"
    except ValueError:
        return "", ""


def utc_datetime(value: str | None) -> str:
    """YYYY-MM-DDTHH:MM:SSZ in UTC; a bare date counts as its midnight UTC; '' when unparseable."""
    if not value:
        return ""
    text = value.strip()
    try:
        if len(text) <= 10:
            day, _ = calendar_date(text)
            return f"{day}T00:00:00Z" if day else ""
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
    return parsed.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
