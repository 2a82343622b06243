"""The publication date that counts for "who reported first": the earliest of the dates a record gives.

A paper has several dates: the day it entered PubMed (entry), the day it
went online (electronic) and the journal issue's date (print), often months
apart. Spiders keep each in `meta["dates"]` and publish the earliest. Dates
of different precision compare by the first day they can mean ("2024-10"
is 2024-10-01), except that a date inside a coarser one wins over it: with
print "2024-09" and entry "2024-09-28", the day is known, so "2024-09-28".
"""
from __future__ import annotations

import re
from typing import Mapping

_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def earliest(dates: Mapping[str, str | None]) -> str | None:
    """The earliest ISO date (YYYY[-MM[-DD]], a time part ignored) among the values; None if there is none."""
    found = [m.group(0) for v in dates.values() if v and (m := _ISO.match(str(v).strip()))]
    if not found:
        return None
    first = min(found, key=_first_day)
    while finer := [d for d in found if d.startswith(first) and len(d) > len(first)]:
        first = min(finer, key=_first_day)
    return first


def _first_day(date: str) -> tuple[str, int]:
    """"2024" → "2024-01-01", "2024-10" → "2024-10-01"; the more precise date first on a tie."""
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10], -len(date)
