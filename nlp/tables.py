"""Tables flattened to text ("Patient 1 | 47 | female | 31 | ..."), read with their header row.

A row about one patient carries that patient's age, sex and years with
diabetes in columns the header names; the assembler needs them to tell
patient 2 from patient 3 and to merge a row with the sentence it restates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .persons import ROW_LABEL_RE
from .durations import find_durations
from .numbers import parse_number
from .segment import Segment, split_cells


@dataclass
class RowFacts:
    single: bool
    ordinal: int | None = None
    age: float | None = None
    sex: str | None = None
    disease_years: float | None = None
    follow_up: int | None = None  # a time point the header names: "Result at 12 months"
    parts: list[str] = field(default_factory=list)


def _header(text: str, seg: Segment) -> list[str] | None:
    """The nearest earlier line with the same number of cells and no digits-only cells."""
    lines = text[:seg.start].split("\n")
    width = len(split_cells(seg.text))
    for line in reversed(lines[-12:]):
        cells = split_cells(line)
        if len(cells) == width and not any(re.fullmatch(r"\d+(?:\.\d+)?", c) for c in cells):
            return [c.lower() for c in cells]
    return None


def row_facts(text: str, seg: Segment) -> RowFacts | None:
    """Facts of a one-patient row, or None when the row is not about one labelled patient."""
    cells = split_cells(seg.text)
    header = _header(text, seg)
    if not header or len(header) != len(cells):
        return None
    label = ROW_LABEL_RE.match(cells[0])
    if label:
        ordinal = int(label.group("num"))
    elif re.fullmatch(r"\d{1,2}", cells[0]) and re.fullmatch(r"(?:patient|participant|recipient|case|subject|#|no\.?|id)", header[0]):
        ordinal = int(cells[0])  # "Patient | Age | Sex | ..." over "1 | 31 | M | ..."
    else:
        return None
    facts = RowFacts(single=True, ordinal=ordinal)
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
            point = next((d.days for d in find_durations(name) if d.days), None)
            facts.follow_up = facts.follow_up or point
    last = ""
    for part in re.split(r";", " ".join(rest)):
        facts.parts.append(part if re.search(r"insulin|c-?peptide|hba1c", part, re.I) or not last else f"{last} {part}")
        last = part
    return facts
