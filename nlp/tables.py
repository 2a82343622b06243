"""Tables flattened to text ("Patient 1 | 47 | female | 31 | ..."), read with their header row.

A row about one patient carries that patient's age, sex and years with
diabetes in columns the header names; the assembler needs them to tell
patient 2 from patient 3 and to merge a row with the sentence it restates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .arms import CONTROL_NOUN
from .persons import ROW_LABEL_RE
from .durations import find_durations
from .sentence_facts import outcomes, timings
from .timing import HARMS, Timing
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
    counts: list[tuple[str, int]] = field(default_factory=list)  # (outcome column, count): "Insulin-free at 1 year | 11"


def _header(text: str, seg: Segment) -> list[str] | None:
    """The nearest earlier line with the same number of cells and no digits-only cells."""
    lines = text[:seg.start].split("\n")
    width = len(split_cells(seg.text))
    for line in reversed(lines[-12:]):
        cells = split_cells(line)
        if len(cells) == width and not any(re.fullmatch(r"\d+(?:\.\d+)?", c) for c in cells):
            return [c.lower() for c in cells]
    return None


GROUP_COLUMN = re.compile(r"(?:n|no\.?|patients|participants|treated|enrolled|recipients|people|subjects|number(?: of [\w ]+)?|sample size)"
                          r"(?:\s*\(n\)|,\s*n)?|(?:n|no\.?)\s+(?:of\s+)?(?:patients|participants|recipients|subjects)")  # "Patients (n)", "No. of patients"
YEAR_COLUMN = re.compile(r"(?:year|date|published|publication|(?:publication )?year(?: published)?)")  # "Study | Year | ...": a year is no count
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
    counts = [(name, int(c)) for name, c in zip(header, cells)
              if not GROUP_COLUMN.fullmatch(name) and not YEAR_COLUMN.fullmatch(name) and re.fullmatch(r"\d{1,5}", c) and int(c) <= sizes[0]]
    point = next((d.days for name, c in zip(header, cells) if TIME_COLUMN.search(name)
                  for d in find_durations(c) if d.days), None)  # "Assessed at | 1 year"
    return RowFacts(single=sizes[0] == 1, n=sizes[0], parts=[p.strip() for r in results for p in r.split(";") if p.strip()],
                    counts=counts, follow_up=point)


TIME_COLUMN = re.compile(r"\b(?:assessed|time ?frame|time ?point|follow-?up|when|at)\b", re.I)


COLUMN_SIZE = re.compile(r"\(\s*n\s*=\s*(\d{1,5})\s*\)", re.I)  # "(n=20)", and "(N = 20)" as CONSORT tables write it


def column_groups(text: str, seg: Segment) -> tuple[list[tuple[int, int | None]], list, int | None] | None:
    """A comparison table whose header gives each column a group size ("Outcome at 5 years | Islet alone (n=64) |
    Islet after kidney (n=22)"): the row's outcomes, and per treated column (size, count in its cell; "9 (41%)"
    -> 9, "48%" -> None), with the header's time point. Comparator columns (placebo, saline, sham) are skipped."""
    cells = split_cells(seg.text)
    if len(cells) < 3 or "=" not in text[max(0, seg.start - 1200):seg.start]:
        return None
    header = next((h for h in (split_cells(line) for line in reversed(text[:seg.start].split("\n")[-12:]))
                   if len(h) == len(cells) and len(COLUMN_SIZE.findall(" ".join(h))) >= 2), None)
    if header is None:
        return None
    header = [h.lower() for h in header]
    sized = [(COLUMN_SIZE.search(h), h, c) for h, c in zip(header[1:], cells[1:])]
    found = outcomes(cells[0])
    if not found:
        return None
    columns, point = [], None
    for m, name, cell in sized:
        point = point or (timings(cell, False).follow_up if m is None else None)  # a "Time Frame" column: "Month 12"
        if m is None or CONTROL_NOUN.search(name) or re.search(r"\bsaline\b", name):
            continue
        size = int(m.group(1))
        count = re.match(r"\s*(\d{1,5})(?!\s*(?:%|\.\d))\b", cell)
        columns.append((size, int(count.group(1)) if count and int(count.group(1)) <= size else None))
    return columns, found, point or timings(cells[0], False).follow_up or timings(header[0], False).follow_up  # "Insulin-free at 12 months | ..."


LEADING_COUNT = re.compile(r"\s*(?P<w>\d{1,4})\s+(?!%|percent|per cent|months?|weeks?|days?|years?|mg|ml|units?)(?=[a-z])", re.I)  # "9 insulin-free"
ROW_COUNT = re.compile(r"\bin (?P<w>\d{1,4})\b(?! (?:%|percent|months?|weeks?|days?|years?))")


def _heads_rows(text: str, seg: Segment) -> bool:
    """A header row: none of its cells is a bare number, and the next line has as many cells, some of them bare numbers."""
    cells = split_cells(seg.text)
    if any(re.fullmatch(r"[<>≤≥]?\s*\d+(?:\.\d+)?\s*%?", c) for c in cells):
        return False
    below = next((line for line in text[seg.end:].split("\n")[1:6] if line.strip()), "")
    row = split_cells(below)
    return len(row) == len(cells) and any(re.fullmatch(r"\d{1,5}", c) for c in row)


# a row labelled by its study: "Hu 2013", "Carlsson et al. (2015)", "Shapiro, 2000"
STUDY_LABEL = re.compile(r"^(?-i:[A-Z])[\w'’-]+(?:\s+et\s+al\.?)?,?\s+\(?(?:19|20)\d{2}[a-z]?\)?$")


class TableRows:
    """Rows of flattened tables, read into the assembler's groups and drafts (mixed into the assembler)."""

    def _table_row(self, seg: Segment) -> None:
        facts = row_facts(self.text, seg)
        columns = column_groups(self.text, seg) if facts is None else None
        if columns is not None:
            self._column_row(seg, *columns)
        elif facts is None and _heads_rows(self.text, seg):
            return  # "Cohort | N | Insulin independent | HbA1c <7%" names the columns below it: no result of its own
        elif facts is None:
            self._sentence(seg)
        elif facts.ordinal is not None:
            self._patient_row(seg, facts)
        else:
            self._group_row(seg, facts)

    def _column_row(self, seg: Segment, columns: list[tuple[int, int | None]], found: list, point: int | None) -> None:
        """Each sized column is its group; the row adds (or restates) that group's result."""
        if point is None and self.header_follow and self.header_follow[0] == seg.para:
            point = self.header_follow[1]  # "Results at week 48:" above the table
        for size, w in columns:
            if w == 0:
                continue  # "Deaths | 0 | 1": no death in that group is no claim
            g = next((x for x in self.groups if not x.single and x.n == size), None) or self._new_group(size, seg)
            for o in found:
                timing = Timing() if o.outcome in HARMS else Timing(follow_up=point)
                self._add(g, o.outcome, w, seg, False, timing)

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
        before = set(map(id, self.drafts))
        self._group_row_claims(seg, facts)
        if STUDY_LABEL.match(split_cells(seg.text)[0]):
            for d in self.drafts:  # a review table's row is its own study: fields only as the row states them (DEV_NOTES)
                if id(d) not in before and not d.group.single:
                    d.group.historical = True
                    d.para_fields = {}  # the table's paragraph is the other rows

    def _group_row_claims(self, seg: Segment, facts: RowFacts) -> None:
        for part in facts.parts:
            timing = timings(part, facts.single)
            for o in outcomes(part) or []:
                if facts.single:
                    same = [d for d in self.drafts if d.group.single and d.outcome == o.outcome
                            and (timing.duration is None or d.duration == timing.duration)]
                    if len(same) == 1:
                        self._add(same[0].group, o.outcome, 1, seg, False, timing)
                    continue
                count = ROW_COUNT.search(part) or LEADING_COUNT.match(part)
                w = int(count.group("w")) if count else None
                if timing.follow_up is None and timing.time_to is None and o.outcome not in HARMS:
                    timing.follow_up = facts.follow_up  # the row's "Assessed at" cell
                g = next((x for x in self.groups if not x.single and x.n == facts.n), None) or self._new_group(facts.n, seg)
                self._add(g, o.outcome, w if w is None or w <= (facts.n or 0) else None, seg, False, timing)
        for name, w in facts.counts if not facts.single else []:
            for o in outcomes(name) if w else []:  # "Centre | Recipients | Insulin-free at 1 year | Deaths" over "... | 13 | 11 | 0"
                g = next((x for x in self.groups if not x.single and x.n == facts.n), None) or self._new_group(facts.n, seg)
                self._add(g, o.outcome, w, seg, False, Timing() if o.outcome in HARMS else timings(name, False))
