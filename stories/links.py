"""Links between documents: explicit (a named identifier), cited (journal and date), inferred (shared features).

Every link keeps its kind, a score in [0, 1] and the text that supports it.
Inferred links are found by candidate blocking: documents are put in blocks by
specific keys (product, cell technology, institution, city, patient age), each
block sorted by date, and a document is compared only with the documents of
its blocks published inside the time window around it. No pair outside a
shared block and window is ever scored, so the work grows with the block
sizes, not with the square of the store.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from isletwatch.model import Document

from . import identifiers, roles
from .citations import JournalIndex
from .features import Features

#: A report may follow its source by this many days, or precede it by BEFORE (embargo, time zones).
WINDOW_DAYS, BEFORE_DAYS = 75, 3
#: Blocks larger than this are too generic to say anything (a common age, a big city); they are skipped.
MAX_BLOCK = 400
THRESHOLD = 0.5
#: An editorial or comment may follow the paper by months (journals are slow).
COMMENT_WINDOW_DAYS = 200
WEIGHTS = {"prior": 0.3, "product": 0.45, "tech": 0.35, "institution": 0.25, "city": 0.2, "age": 0.3, "sex": 0.05,
           "diabetes": 0.1, "n_patients": 0.15, "outcome": 0.1}


@dataclass(frozen=True)
class Candidate:
    """A proposed link from `source` (the report) to `target` (what it reports)."""

    source: str
    target: str
    kind: str  # explicit / cited / inferred
    score: float
    evidence: str


def sentence_with(text: str, needle: str) -> str:
    """The sentence of `text` containing `needle` (case-insensitive), or '' when it is not there."""
    at = text.lower().find(needle.lower())
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    return text[start:(min(ends) + 1 if ends else len(text))].strip()[:400]


def explicit(doc: Document, named: set[str], owners: dict[str, str]) -> list[Candidate]:
    """Links to every stored document whose own identifier this one names."""
    out = []
    for ident in sorted(named):
        target = owners.get(ident)
        if target and target != doc.id:
            value = ident.split(":", 1)[1]
            where = sentence_with(doc.text, value) or sentence_with(doc.title, value)
            evidence = where or f"links to {identifiers.display(ident)}"
            out.append(Candidate(doc.id, target, "explicit", 1.0, evidence))
    return out


def cited(doc: Document, journals: JournalIndex) -> list[Candidate]:
    """Links from a report that names a journal to the paper of that journal it most plausibly reports."""
    out = []
    for citation in journals.find(f"{doc.title}\n{doc.text}"):
        found = journals.resolve(citation, doc.published)
        if found:
            target, lag = found
            score = round(0.9 - min(lag, 30) / 150, 3)
            out.append(Candidate(doc.id, target, "cited", score, citation.evidence))
    return out


def companions(papers: list[tuple[str, date | None, set[str]]]) -> list[Candidate]:
    """Papers of one trial published within two days of each other report one result together."""
    by_trial: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for doc_id, when, trials in papers:
        for trial in trials:
            if when:
                by_trial[trial].append((when, doc_id))
    out = []
    for trial, items in sorted(by_trial.items()):
        items.sort()
        for (d1, a), (d2, b) in zip(items, items[1:]):
            if (d2 - d1).days <= 2:
                out.append(Candidate(b, a, "explicit", 0.95,
                                     f"same trial ({identifiers.display(trial)}), published {d1} and {d2}"))
    return out


class Blocks:
    """Targets by blocking key, each block sorted by date for a windowed look-up."""

    def __init__(self, targets: list[Features]) -> None:
        raw: dict[str, list[tuple[date, str]]] = defaultdict(list)
        for f in targets:
            if f.published:
                for key in f.keys():
                    raw[key].append((f.published, f.doc_id))
        self.blocks = {k: sorted(v) for k, v in raw.items() if len(v) <= MAX_BLOCK}
        self.skipped = len(raw) - len(self.blocks)

    def candidates(self, f: Features, window: int = WINDOW_DAYS) -> set[str]:
        """Targets sharing a block with `f` and published in the window before it (or just after)."""
        if f.published is None:
            return set()
        low, high = f.published - timedelta(days=window), f.published + timedelta(days=BEFORE_DAYS)
        out: set[str] = set()
        for key in f.keys():
            block = self.blocks.get(key)
            if block:
                i = bisect.bisect_left(block, (low, ""))
                j = bisect.bisect_right(block, (high, "\uffff"))
                out.update(doc_id for _, doc_id in block[i:j])
        out.discard(f.doc_id)
        return out


def score(a: Features, b: Features) -> tuple[float, list[str]]:
    """How likely `a` reports what `b` reports, in [0, 1], and the shared features that say so.

    A conflict on a feature both state (diabetes type, sex, age, product) rules the pair out.
    """
    if a.diabetes and b.diabetes and not a.diabetes & b.diabetes:
        return 0.0, []
    if a.sex and b.sex and a.sex != b.sex:
        return 0.0, []
    if a.ages and b.ages and not a.ages & b.ages:
        return 0.0, []
    if a.products and b.products and not a.products & b.products:
        return 0.0, []
    shared = []
    total = 0.0
    for name, mine, theirs in (("product", a.products, b.products), ("tech", a.tech, b.tech),
                               ("institution", a.institutions, b.institutions), ("city", a.cities, b.cities),
                               ("age", a.ages, b.ages), ("prior", a.prior, b.prior), ("diabetes", a.diabetes, b.diabetes),
                               ("n_patients", a.n_patients, b.n_patients), ("outcome", a.outcomes, b.outcomes)):
        common = mine & theirs
        if common:
            total += WEIGHTS[name]
            shared.append(f"{name} {', '.join(sorted(map(str, common)))}")
    if a.sex and a.sex == b.sex:
        total += WEIGHTS["sex"]
        shared.append(f"sex {a.sex}")
    return min(1.0, round(total, 3)), shared


def inferred(f: Features, blocks: Blocks, features: dict[str, Features], allowed: set[str],
             window: int = WINDOW_DAYS) -> list[Candidate]:
    """Scored links from one report to the blocked candidates it may join, best first."""
    out = []
    for target in blocks.candidates(f, window):
        if target not in allowed:
            continue
        value, shared = score(f, features[target])
        if value >= THRESHOLD:
            lag = (f.published - features[target].published).days if f.published and features[target].published else 0
            out.append(Candidate(f.doc_id, target, "inferred", value,
                                 f"shares {'; '.join(shared)}; {lag} days after"))
    out.sort(key=lambda c: (-c.score, abs(_lag(c, features)), c.target))
    return out


def _lag(c: Candidate, features: dict[str, Features]) -> int:
    a, b = features[c.source].published, features[c.target].published
    return (a - b).days if a and b else 0


def best_membership(candidates: list[Candidate], role_of: dict[str, str]) -> list[Candidate]:
    """Membership links in order of preference: explicit, then cited, then inferred, each by score.

    Links to a registry record point to its trial, not to a story (a paper naming its trial is not the
    registry record's report), so they are left out here; so are links to reviews.
    """
    order = {"explicit": 0, "cited": 1, "inferred": 2}
    usable = [c for c in candidates if role_of.get(c.target) not in (roles.TRIAL, roles.REVIEW, roles.REGISTRY_RESULTS)]
    return sorted(usable, key=lambda c: (order[c.kind], -c.score, c.target))


_WS = re.compile(r"\s+")


def clip(text: str, n: int = 300) -> str:
    return _WS.sub(" ", text).strip()[:n]
