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
from .sentence_facts import outcomes, timings
from .numbers import parse_number
from .segment import Segment, split_cells


@dataclass
class RowFacts:
    single: bool
    n: int | None = None  # a group row's size
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


GROUP_COLUMN = re.compile(r"(?:n|no\.?|patients|participants|treated|enrolled|recipients|people|subjects|number(?: of [\w ]+)?|sample size)")
RESULT_COLUMN = re.compile(r"\b(?:result|outcome|status|finding|effect|response)s?\b")


def row_facts(text: str, seg: Segment) -> RowFacts | None:
    """Facts of a row about one labelled patient ("Patient 2 | 55 | male | ..."), or of a row about a group
    whose size a column gives ("A | new-onset T1D | 10 | own MSC | C-peptide preserved at 1 yr"); else None."""
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
        return _group_row(header, cells)
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


def _group_row(header: list[str], cells: list[str]) -> RowFacts | None:
    sizes = [int(c) for name, c in zip(header, cells) if GROUP_COLUMN.fullmatch(name) and re.fullmatch(r"\d{1,5}", c)]
    if len(sizes) != 1:
        return None
    results = [c for name, c in zip(header, cells) if RESULT_COLUMN.search(name)] or \
        [c for c in cells[1:] if parse_number(c) is None]
    return RowFacts(single=sizes[0] == 1, n=sizes[0], parts=[p.strip() for r in results for p in r.split(";") if p.strip()])


ROW_COUNT = re.compile(r"\bin (?P<w>\d{1,4})\b(?! (?:%|percent|months?|weeks?|days?|years?))")


class TableRows:
    """Rows of flattened tables, read into the assembler's groups and drafts (mixed into the assembler)."""

    def _table_row(self, seg: Segment) -> None:
        facts = row_facts(self.text, seg)
        if facts is None:
            self._sentence(seg)
        elif facts.ordinal is not None:
            self._patient_row(seg, facts)
        else:
            self._group_row(seg, facts)

    def _patient_row(self, seg: Segment, facts: RowFacts) -> None:
        g = next((x for x in self.groups if x.single and facts.age is not None and x.age == facts.age), None)
        g = g or next((x for x in self.groups if x.single and x.ordinal == facts.ordinal), None)
        if g is None:
            g = self._new_group(1, seg, single=True, ordinal=facts.ordinal)
        g.age = g.age if g.age is not None else facts.age
        g.sex = g.sex or facts.sex
        g.disease_years = g.disease_years if g.disease_years is not None else facts.disease_years
        for part in facts.parts:
            timing = timings(part, True)
            timing.follow_up = timing.follow_up or (facts.follow_up if not timing.duration else None)
            for o in outcomes(part) or []:
                self._add(g, o.outcome, 1, seg, False, timing)

    def _group_row(self, seg: Segment, facts: RowFacts) -> None:
        """A scorecard row restates a result of the prose: it joins the draft of its group (by size; for a
        one-person row, the person's draft with the same outcome and duration) and adds its time point."""
        for part in facts.parts:
            timing = timings(part, facts.single)
            for o in outcomes(part) or []:
                if facts.single:
                    same = [d for d in self.drafts if d.group.single and d.outcome == o.outcome
                            and (timing.duration is None or d.duration == timing.duration)]
                    if len(same) == 1:
                        self._add(same[0].group, o.outcome, 1, seg, False, timing)
                    continue
                count = ROW_COUNT.search(part)
                g = next((x for x in self.groups if not x.single and x.n == facts.n), None) or self._new_group(facts.n, seg)
                self._add(g, o.outcome, int(count.group("w")) if count else None, seg, False, timing)
