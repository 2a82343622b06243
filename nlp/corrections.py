"""Corrections appended to a story replace the figure they correct (DEV_NOTES).

A correction names the old figure and the new one in a few set forms: "An
earlier version of this article said that 14 of the 16 patients had halved
their insulin dose. The correct figure is 11 of 16." / "The article also
gave the time ... as 18 months; it is 15 months." / "... said she stopped
insulin 11 days after the procedure. She stopped 17 days after it." The old
and new figures are read as durations, as "w of n" counts, or as plain
numbers (group sizes), and the drafts that carry the old figure take the new
one; the correction becomes part of their evidence. Sentences of a
correction note are never claims of their own.
"""
from __future__ import annotations

import re

from .durations import find_durations
from .groups import find_counts
from .numbers import find_numbers
from .segment import Segment

SAID_EARLIER = re.compile(r"\b(?:an? )?(?:earlier|previous|original) version[^.;]{0,60}?\b(?:said|stated|reported|gave|misstated)\b", re.I)
GAVE_AS = re.compile(r"\b(?:said|stated|reported|gave|put|listed|misstated)\b[^.;]{0,100}?\bas\b(?=[^.;]*;)", re.I)
NOT_B = re.compile(r",\s+not\s+(?P<old>[\w.,-]+)\s*[.;]?\s*$", re.I)
NOTE_LINE = re.compile(r"^\s*(?:correction|clarification|editor'?s note|corrections?)\b", re.I)


def in_correction_note(text: str, seg: Segment) -> bool:
    """The sentence belongs to a line that starts "Correction" / "Clarification" / "Editor's note"."""
    line_start = text.rfind("\n", 0, seg.start) + 1
    return bool(NOTE_LINE.match(text[line_start:seg.start + 1])) or bool(SAID_EARLIER.search(seg.text))


def _old_new(segments: list[Segment], i: int, seg: Segment, text: str) -> tuple[str, str] | None:
    said = SAID_EARLIER.search(seg.text) or (GAVE_AS.search(seg.text) if in_correction_note(text, seg) else None)
    if not said:
        return None
    old = seg.text[said.end():]
    if ";" in old:
        old, new = old.split(";", 1)
        return old, new
    nxt = next((s for s in segments[i + 1:] if s.para == seg.para), None)
    return old, (nxt.text if nxt else "")


class Corrections:
    """Mixed into the assembler (which provides text, segments, groups and drafts)."""

    def _apply_corrections(self) -> None:
        for i, seg in enumerate(self.segments):
            pair = _old_new(self.segments, i, seg, self.text)
            if pair is None:
                continue
            old, new = pair
            touched = self._correct_durations(old, new) or self._correct_counts(old, new) or self._correct_sizes(old, new)
            for d in self.drafts:
                if id(d) in touched and seg not in d.segs:
                    d.segs.append(seg)
                    d.hedges.append(False)

    def _correct_durations(self, old: str, new: str) -> set[int]:
        old_days = [d.days for d in find_durations(old) if d.days]
        new_days = [d.days for d in find_durations(new) if d.days]
        touched: set[int] = set()
        if old_days and new_days:
            for d in self.drafts:
                for name in ("time_to", "duration", "follow_up"):
                    if getattr(d, name) == old_days[0]:
                        setattr(d, name, new_days[0])
                        touched.add(id(d))
        return touched

    def _correct_counts(self, old: str, new: str) -> set[int]:
        """'said 14 of the 16 ... The correct figure is 11 of 16': the count of the drafts that had 14 of 16."""
        was = next((c for c in find_counts(old) if c.w is not None and c.n), None)
        now = next((c for c in find_counts(new) if c.w is not None and c.n), None)
        touched: set[int] = set()
        if was and now:
            for d in self.drafts:
                if d.w == was.w and d.group.n == was.n:
                    d.w, d.group.n = now.w, now.n
                    touched.add(id(d))
        return touched

    def _correct_sizes(self, old: str, new: str) -> set[int]:
        olds = [v for _, _, v in find_numbers(old)]
        news = [v for _, _, v in find_numbers(new)]
        swap = NOT_B.search(new)
        if swap:  # "Four patients were treated, not five."
            olds, news = [v for _, _, v in find_numbers(swap.group("old"))], [v for _, _, v in find_numbers(new[:swap.start()])]
        touched: set[int] = set()
        if olds and news:
            for g in self.groups:
                if not g.single and g.n == olds[0]:
                    g.n = int(news[0])
                    touched.update(id(d) for d in self.drafts if d.group is g)
        return touched
