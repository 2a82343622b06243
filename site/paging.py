"""Claim lists paged by month of publication, so a list of any length stays small and stable.

A page per month (split every `per_page` claims) means one new document
rewrites the pages of its own month, not every page after it, which keeps an
incremental rebuild cheap; and "claims published in May 2023" is a page a
reader can cite.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .pages import ClaimView
from .render import human_date


@dataclass
class ClaimPage:
    rel: str
    month: str  # "2025-06", or "undated"
    part: int
    parts: int
    claims: list[ClaimView] = field(default_factory=list)
    prev: str | None = None  # newer
    next: str | None = None  # older

    @property
    def label(self) -> str:
        name = "Undated" if self.month == "undated" else human_date(self.month)
        return f"{name}, part {self.part} of {self.parts}" if self.parts > 1 else name

    def pager(self) -> dict[str, Any]:
        return {"prev": self.prev, "next": self.next, "label": self.label}


def month_of(published: str | None) -> str:
    """The month a claim is listed under: "2025-06", a year alone ("2025") or "undated"."""
    return (published[:7] if len(published) >= 7 else published[:4]) if published else "undated"


def month_pages(claims: list[ClaimView], per_page: int) -> list[ClaimPage]:
    """Pages newest month first; `claims` must already be newest first (undated last)."""
    months: dict[str, list[ClaimView]] = {}
    for c in claims:
        months.setdefault(month_of(c.published), []).append(c)
    return pages_of_months(months, per_page)


def pages_of_months(months: dict[str, list[Any]], per_page: int) -> list[ClaimPage]:
    """month_pages from the claims already grouped by month (month_of), months newest first."""
    pages: list[ClaimPage] = []
    for month, members in months.items():
        parts = max(1, -(-len(members) // per_page))
        for part in range(1, parts + 1):
            rel = f"claims/{month}.html" if part == 1 else f"claims/{month}-{part}.html"
            pages.append(ClaimPage(rel, month, part, parts, members[(part - 1) * per_page:part * per_page]))
    for before, after in zip(pages, pages[1:]):
        before.next, after.prev = after.rel, before.rel
    return pages


def month_index(pages: list[ClaimPage]) -> list[dict[str, Any]]:
    """One row per month for claims/index.html: its first page and how many claims it holds."""
    rows: dict[str, dict[str, Any]] = {}
    for p in pages:
        row = rows.setdefault(p.month, {"month": p.month, "label": "Undated" if p.month == "undated"
                                        else human_date(p.month), "rel": p.rel, "claims": 0})
        row["claims"] += len(p.claims)
    return list(rows.values())
