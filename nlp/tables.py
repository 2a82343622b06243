"""Tables flattened to text ("Patient 1 | 47 | female | 31 | ..."), read with their header row.

A row about one patient carries that patient's age, sex and years with
diabetes in columns the header names; the assembler needs them to tell
patient 2 from patient 3 and to merge a row with the sentence it restates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .groups import ROW_LABEL_RE
from .numbers import parse_number
from .segment import Segment


@dataclass
class RowFacts:
    single: bool
    ordinal: int | None = None
    age: float | None = None
    sex: str | None = None
    disease_years: float | None = None
    parts: list[str] = field(default_factory=list)


def _header(text: str, seg: Segment) -> list[str] | None:
    """The nearest earlier line with the same number of cells and no digits-only cells."""
    lines = text[:seg.start].split("\n")
    width = seg.text.count("|")
    for line in reversed(lines[-12:]):
        if line.count("|") == width and not re.search(r"\|\s*\d+(?:\.\d+)?\s*(?:\||$)", line):
            return [c.strip().lower() for c in line.split("|")]
    return None


def row_facts(text: str, seg: Segment) -> RowFacts | None:
    """Facts of a one-patient row, or None when the row is not about one labelled patient."""
    cells = [c.strip() for c in seg.text.split("|")]
    header = _header(text, seg)
    label = ROW_LABEL_RE.match(cells[0])
    if not label or not header or len(header) != len(cells):
        return None
    facts = RowFacts(single=True, ordinal=int(label.group("num")))
    rest: list[str] = []
    for name, cell in zip(header[1:], cells[1:]):
        value = parse_number(cell)
        if re.search(r"\bage\b", name) and value is not None:
            facts.age = value
        elif re.search(r"\bsex\b|gender", name):
            facts.sex = "female" if re.match(r"f", cell, re.I) else "male" if re.match(r"m", cell, re.I) else None
        elif re.search(r"years with|duration|years since", name) and value is not None:
            facts.disease_years = value
        elif value is None:
            rest.append(cell)
    last = ""
    for part in re.split(r";", " ".join(rest)):
        facts.parts.append(part if re.search(r"insulin|c-?peptide|hba1c", part, re.I) or not last else f"{last} {part}")
        last = part
    return facts
