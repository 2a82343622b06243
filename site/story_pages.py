"""Page models for stories and outlets: one result with every report of it, and who published what.

Built from what the stories stage stored (`stories_seam.StoryLinks.records` and
`.doc_info`) and the document views the site already has, so a story page
links each report to its document page. Everything shown passes through
`sanitize.clean` (labels, outlets and evidence come from the web).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from isletwatch.story import Discrepancy, DocStory, Hype, Member, Story

from . import labels
from .pages import DocView, SiteData, slugify
from .sanitize import clean
from .stories_seam import story_path

#: Discrepancy fields in words (claim fields use the site's own labels).
EXTRA_FIELDS = {"headline_count": "Headline count", "headline_duration": "Headline duration",
                "hedged": "Hedging"}


def field_label(name: str) -> str:
    return EXTRA_FIELDS.get(name) or labels.FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def value_text(name: str, value: Any) -> str:
    """A discrepancy value in words: vocabulary codes get their label, durations in days read as time."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name.endswith("_days") and isinstance(value, (int, float)):
        return labels.days(value)
    return clean(str(labels.label(name, value) or value))


@dataclass(eq=False)
class Row:
    """One document of a story: its timeline entry, its page (copies show their original's) and its departures."""

    member: Member
    doc: DocView | None
    outlet: str
    discrepancies: list[Discrepancy] = field(default_factory=list)
    hype: list[Hype] = field(default_factory=list)

    @property
    def title(self) -> str:
        return clean(self.member.title) or clean(self.member.id)

    @property
    def evidence(self) -> str:
        return clean(self.member.link.evidence)


@dataclass(eq=False)
class StoryView:
    story: Story
    rows: list[Row]
    primary: Row
    trial_doc: DocView | None = None
    related: list["StoryView"] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.story.id

    @property
    def path(self) -> str:
        return story_path(self.story.id)

    @property
    def label(self) -> str:
        return clean(self.story.label)

    @property
    def first(self) -> Row:
        first_id = self.story.first_report.get("document")
        return next((r for r in self.rows if r.member.id == first_id), self.rows[0])

    @property
    def latest(self) -> str | None:
        return max((r.member.published or "" for r in self.rows), default=None) or None

    @property
    def discrepancies(self) -> list[tuple[Row, Discrepancy]]:
        return [(r, d) for r in self.rows for d in r.discrepancies]

    @property
    def evidence_of(self) -> dict[str, str]:
        return {r.member.id: r.evidence for r in self.rows}


@dataclass(eq=False)
class OutletView:
    name: str
    slug: str
    rows: list[tuple[StoryView, Row]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"outlets/{self.slug}.html"

    @property
    def first_reports(self) -> list[StoryView]:
        return [s for s, r in self.rows if s.first is r and len(s.rows) > 1]

    @property
    def hype(self) -> list[tuple[Row, Hype]]:
        return [(r, h) for _, r in self.rows for h in r.hype]

    @property
    def asserted(self) -> int:
        return sum(1 for _, h in self.hype if h.stance == "asserted")

    @property
    def discrepancies(self) -> list[tuple[StoryView, Row, Discrepancy]]:
        return [(s, r, d) for s, r in self.rows for d in r.discrepancies]


def build_views(data: SiteData) -> tuple[list[StoryView], list[OutletView]]:
    """Story views (most documents first, then newest) and outlet views (by name)."""
    records: list[Story] = data.stories.records
    info: dict[str, DocStory] = data.stories.doc_info
    docs = {d.doc.id: d for d in data.docs}
    views: dict[str, StoryView] = {}
    for story in records:
        by_doc: dict[str, list[Discrepancy]] = defaultdict(list)
        for d in story.discrepancies:
            d.primary_evidence, d.reported_evidence = clean(d.primary_evidence), clean(d.reported_evidence)
            by_doc[d.document].append(d)
        rows = []
        for m in story.documents:
            doc = docs.get(m.duplicate_of or m.id)
            hype = info[m.id].hype if m.id in info else []
            rows.append(Row(m, doc, clean(m.outlet), by_doc.get(m.id, []),
                            [Hype(clean(h.term), h.stance, clean(h.evidence)) for h in hype]))
        primary = next((r for r in rows if r.member.id == story.primary), rows[0])
        views[story.id] = StoryView(story, rows, primary)
    registry = {d.doc.identifiers.get("nct", "").upper(): d for d in data.docs if d.doc.kind == "registry"}
    for view in views.values():
        view.related = [views[i] for i in view.story.related if i in views]
        if view.story.trial:
            view.trial_doc = registry.get(view.story.trial.upper())
    ordered = sorted(views.values(), key=lambda v: v.id)
    ordered.sort(key=lambda v: v.latest or "", reverse=True)
    ordered.sort(key=lambda v: len(v.rows), reverse=True)
    outlets: dict[str, OutletView] = {}
    used: set[str] = set()
    for view in ordered:
        for row in view.rows:
            outlet = outlets.get(row.outlet)
            if outlet is None:
                slug = slugify(re.sub(r"[^a-z0-9]+", "-", row.outlet.lower()).strip("-") or "outlet")
                while slug in used:
                    slug = f"{slug}-x"
                used.add(slug)
                outlet = outlets[row.outlet] = OutletView(row.outlet, slug)
            outlet.rows.append((view, row))
    for outlet in outlets.values():
        outlet.rows.sort(key=lambda sr: (sr[1].member.published or "", sr[1].member.id), reverse=True)
    return ordered, sorted(outlets.values(), key=lambda o: o.name.lower())


#: A document page's story context when the stories stage knows nothing of the document.
EMPTY_CONTEXT: dict[str, Any] = {"story": None, "cited_by": [], "hype": []}


def doc_context(data: SiteData, views: list[StoryView]) -> dict[str, dict[str, Any]]:
    """Per document page: its story, the documents citing it (a registry record's papers and reports), its hype."""
    story_of = {r.member.id: v for v in views for r in v.rows}
    docs = {d.doc.id: d for d in data.docs}
    out: dict[str, dict[str, Any]] = {}
    for doc_id, info in data.stories.doc_info.items():
        if doc_id not in docs:
            continue
        out[doc_id] = {"story": story_of.get(doc_id),
                       "cited_by": sorted((docs[c] for c in info.cited_by if c in docs),
                                          key=lambda d: (d.doc.published or "", d.doc.id)),
                       "hype": [Hype(clean(h.term), h.stance, clean(h.evidence)) for h in info.hype]}
    return out
