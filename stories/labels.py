"""A readable label for a story: what the primary source is called, who published it and when."""
from __future__ import annotations

import re

MAX_TITLE = 110


def short_title(title: str) -> str:
    """The title without its final full stop, cut at a word boundary."""
    title = re.sub(r"\s+", " ", title or "").strip().rstrip(".")
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def story_label(title: str, outlet: str, published: str | None) -> str:
    """'Transplantation of chemically induced … (Cell, 2024-09)'."""
    when = (published or "")[:7]
    tail = ", ".join(x for x in (outlet, when) if x)
    return f"{short_title(title) or 'Untitled'} ({tail})" if tail else short_title(title) or "Untitled"
