"""One row per claim for the comparison table: what the explorer's table shows and exports as CSV.

Built once in Python and carried in the search index, so the browser's table,
its CSV export and the downloads agree on every value. Durations are reduced to
one column in months with the role of the figure (lasted / assessed at /
reached after), because three columns in mixed units cannot be compared at a
glance; the exact days stay in claims.csv.
"""
from __future__ import annotations

from typing import Any

from . import labels
from .pages import ClaimView

EVIDENCE_CHARS = 320
#: (key, header) of the table's columns, in order; static/table.js reads the same keys.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("story", "Story"), ("role", "Role"), ("date", "Published"), ("outlet", "Outlet"), ("doc", "Document"),
    ("diabetes", "Diabetes"), ("outcome", "Outcome"), ("patients", "Patients"), ("duration", "Duration (months)"),
    ("duration_role", "Duration is"), ("cells", "Cells"), ("product", "Product"), ("confidence", "Confidence"),
    ("evidence", "Evidence"),
)


def _short(text: str, limit: int = EVIDENCE_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def claim_row(c: ClaimView) -> dict[str, Any]:
    """The table row of one claim: display strings plus sort keys (gk, primary, days, n)."""
    k, d = c.claim, c.doc
    days, role, qualifier = c.duration
    word = labels.QUALIFIER_WORDS.get(qualifier or "", "")
    return {
        "url": c.path, "gk": c.group_key, "story": c.group_title, "story_url": c.story.path if c.story else "",
        "primary": 1 if d.primary else 0, "role": d.role, "date": (d.doc.published or "")[:10],
        "outlet": d.outlet, "doc": d.title,
        "diabetes": labels.label("diabetes_type", k.diabetes_type), "outcome": labels.label("outcome", k.outcome),
        "cells": labels.label("cell_type", k.cell_type), "product": k.product or "",
        "patients": labels.patients(k.n_with_outcome, k.n_patients) if (k.n_patients or k.n_with_outcome) else "",
        "n": k.n_patients if k.n_patients is not None else "",
        "duration": (f"{word} " if word else "") + labels.months(days) if days is not None else "",
        "days": days if days is not None else "", "duration_role": role,
        "confidence": labels.confidence_words(k.confidence), "hedged": 1 if k.hedged else 0,
        "evidence": _short(c.evidence_text),
    }
