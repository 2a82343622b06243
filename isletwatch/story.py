"""The story model: one real-world result, every document that reports it, and where reports depart from it.

Lives on the ground floor beside model.py because the Store persists it and the
site reads it, and neither may import the stories stage that computes it.
`Story.to_dict()` is exactly what `isletwatch stories --json` prints, so the
CLI, the store and the site cannot drift apart.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: How a document came to be in its story, strongest first.
LINK_KINDS: tuple[str, ...] = ("primary", "syndicated", "explicit", "cited", "inferred", "own")


@dataclass(frozen=True)
class Link:
    """Why a document belongs to its story: the kind of link, a score in [0, 1] and the text that supports it."""

    kind: str
    score: float
    evidence: str
    target: str | None = None  # the document it links to (None for the primary source or a story of its own)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "score": self.score, "evidence": self.evidence}


@dataclass
class Member:
    """One document of a story, as a timeline row."""

    id: str
    outlet: str
    kind: str
    published: str | None
    link: Link
    title: str = ""
    url: str = ""
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "outlet": self.outlet, "kind": self.kind, "published": self.published,
                "link": self.link.to_dict()}


@dataclass
class Discrepancy:
    """A report that departs from the primary source on one field, with both values and both evidence texts."""

    field: str
    primary: Any
    reported: Any
    document: str
    primary_evidence: str = ""
    reported_evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "primary": self.primary, "reported": self.reported, "document": self.document}


@dataclass
class Story:
    """One study, case or trial report: its primary source, first report, timeline and departures."""

    id: str
    label: str
    primary: str
    first_report: dict[str, Any]
    documents: list[Member] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    trial: str | None = None
    related: list[str] = field(default_factory=list)  # other stories of the same trial, oldest first

    def to_dict(self) -> dict[str, Any]:
        """The public shape (`isletwatch stories --json`)."""
        return {"id": self.id, "label": self.label, "primary": self.primary, "first_report": dict(self.first_report),
                "documents": [m.to_dict() for m in self.documents],
                "discrepancies": [d.to_dict() for d in self.discrepancies], "trial": self.trial}

    def to_record(self) -> dict[str, Any]:
        """Everything, for the Store (evidence texts, titles, related stories included)."""
        return asdict(self)

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> "Story":
        members = [Member(**{**m, "link": Link(**m["link"])}) for m in data.get("documents") or []]
        discrepancies = [Discrepancy(**d) for d in data.get("discrepancies") or []]
        return cls(id=data["id"], label=data["label"], primary=data["primary"],
                   first_report=dict(data.get("first_report") or {}), documents=members,
                   discrepancies=discrepancies, trial=data.get("trial"), related=list(data.get("related") or []))


@dataclass
class Hype:
    """A hype word in a document and how the document uses it: asserted, quoted (someone else's) or negated."""

    term: str
    stance: str
    evidence: str


@dataclass
class DocStory:
    """What the stories stage knows about one document: its story, outlet, hype and citations."""

    doc_id: str
    story_id: str
    outlet: str
    hype: list[Hype] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)  # documents it names by identifier or journal and date
    cited_by: list[str] = field(default_factory=list)  # documents naming it (papers and reports of a trial)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> "DocStory":
        return cls(doc_id=data["doc_id"], story_id=data["story_id"], outlet=data["outlet"],
                   hype=[Hype(**h) for h in data.get("hype") or []], cites=list(data.get("cites") or []),
                   cited_by=list(data.get("cited_by") or []))

    @property
    def asserted_hype(self) -> list[Hype]:
        """Only hype the document itself asserts counts against its outlet."""
        return [h for h in self.hype if h.stance == "asserted"]
