"""Journal-plus-date citations: "published today in Cell", "reported in the journal Cell Discovery".

News that names no identifier often names the journal, and the report's date
does the rest: a paper in that journal published shortly before the report (or
on the date the text gives, "on 25 September") is the one reported. Journal
names come from the papers in the store, so no list needs keeping up to date.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import day, days_between

#: Common short names a news text uses for a journal whose metadata spells it out.
ALIASES = {"new england journal of medicine": ("NEJM",), "proceedings of the national academy of sciences": ("PNAS",)}
#: A one-word journal name ("Cell", "Diabetologia") counts only after a cue, else "Cell therapy" would cite Cell.
_CUE = r"(?:\b(?:in|journal|and)\s+(?:the\s+)?(?:journal\s+)?)"
_MONTHS = ("january february march april may june july august september october november december").split()
_DATE = re.compile(r"\bon\s+(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\b|\bon\s+(" + "|".join(_MONTHS)
                   + r")\s+(\d{1,2})\b", re.I)
#: How long after a paper a report may cite it by journal alone, and how early (embargoes, time zones).
AFTER_DAYS, BEFORE_DAYS = 30, 3


def journal_key(name: str) -> str:
    """'The New England journal of medicine' → 'new england journal of medicine'."""
    key = re.sub(r"[^a-z0-9&]+", " ", name.lower()).strip()
    key = re.sub(r"\s*:.*$", "", key) if ":" in name else key
    return re.sub(r"^the\s+", "", key)


def _title(key: str) -> str:
    small = {"of", "and", "the", "in", "for", "&"}
    return " ".join(w if w in small and i else w.capitalize() for i, w in enumerate(key.split()))


@dataclass(frozen=True)
class Citation:
    journal: str  # the journal key
    evidence: str
    stated: date | None  # the date the text gives, when it gives one


class JournalIndex:
    """Papers by journal, and a matcher that finds those journal names in a text."""

    def __init__(self, papers: list[tuple[str, str, str | None]]) -> None:
        """`papers`: (doc id, journal name as stored, published)."""
        self.papers: dict[str, list[tuple[str, date]]] = {}
        for doc_id, journal, published in papers:
            d = day(published)
            if journal and d:
                self.papers.setdefault(journal_key(journal), []).append((doc_id, d))
        names = []
        for items in self.papers.values():
            items.sort(key=lambda item: (item[1], item[0]))  # by date, so `resolve` looks at a window only
        for key in sorted(self.papers, key=len, reverse=True):  # longest first: "Cell Stem Cell" before "Cell"
            spellings = [re.escape(_title(key)).replace(r"\ ", r"\.?\s+")] + [re.escape(a) for a in ALIASES.get(key, ())]
            for spelling in spellings:
                cue = "" if " " in key else _CUE
                names.append((key, re.compile(rf"{cue}(?<![\w-])({spelling})(?![\w-])", 0 if cue else re.I)))
        self.names = names

    def find(self, text: str) -> list[Citation]:
        """Journal names the text cites, each once, with its sentence as evidence."""
        out, taken = [], []
        for key, pattern in self.names:
            for m in pattern.finditer(text):
                span = m.span(1)
                if any(s <= span[0] < e for s, e in taken):
                    continue  # inside a longer journal name already found
                taken.append(span)
                sentence = _sentence(text, span[0])
                out.append(Citation(key, sentence, _stated_date(sentence)))
                break
        return out

    def resolve(self, citation: Citation, published: str | None) -> tuple[str, int] | None:
        """The cited paper and how many days before the report it appeared (closest plausible one)."""
        when = day(published)
        if when is None:
            return None
        papers = self.papers.get(citation.journal, [])
        low = bisect.bisect_left(papers, when - timedelta(days=AFTER_DAYS), key=lambda item: item[1])
        high = bisect.bisect_right(papers, when + timedelta(days=BEFORE_DAYS), key=lambda item: item[1])
        best: tuple[int, str] | None = None
        for doc_id, paper_day in papers[low:high]:
            if citation.stated:
                try:
                    stated = citation.stated.replace(year=paper_day.year)
                except ValueError:  # 29 February in a common year
                    stated = citation.stated.replace(year=paper_day.year, day=28)
                if abs((paper_day - stated).days) > 2:
                    continue
            lag = days_between(paper_day, when)
            if -BEFORE_DAYS <= lag <= AFTER_DAYS and (best is None or abs(lag) < best[0]):
                best = (abs(lag), doc_id)
        return (best[1], best[0]) if best else None


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()[:400]


def _stated_date(sentence: str) -> date | None:
    m = _DATE.search(sentence)
    if not m:
        return None
    day_s, month_s = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return date(2000, _MONTHS.index(month_s.lower()) + 1, int(day_s))  # the year is the report's; see resolve
