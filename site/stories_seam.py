"""The seam where story and outlet data (issue 13's `stories/` stage) plugs into the site.

The site shows three things that only the stories stage can know: which story
a claim belongs to (so the table groups a story's reports together, primary
source first), a story's primary source (a CSV column), and a document's
outlet (the publication, e.g. "The Science Ledger", not the crawler that found
it). Until the Store holds stories, `load_story_links` returns empty links
and the site falls back: each document is its own group, the primary-source
columns stay empty, and the outlet comes from the document's own metadata
(`pages.DocView.outlet`) — a readable name, never an internal code.

To plug stories in, fill `load_story_links` from the Store (one pass, no
per-claim queries) and nothing else needs to change: the page models
(`ClaimView.story`, `DocView.outlet_name`), the search filters ("Story",
"Outlet"), the table, the CSV columns (`story_id`, `story`, `outlet`,
`primary_source_*`) and the per-story feeds (`feeds.story_feeds`) all read
from what it returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class StoryRef:
    """A story as the site needs it: a name, its page (when the site has one) and its primary source."""

    id: str
    title: str
    path: str | None = None  # site-relative page of the story, e.g. "stories/s1.html"
    primary_doc_id: str | None = None  # the document the story started from (paper, registry record)
    primary_title: str | None = None
    primary_url: str | None = None


@dataclass
class StoryLinks:
    """What the stories stage knows, keyed for the site: claim id → story, document id → outlet name."""

    by_claim: dict[str, StoryRef] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)

    @property
    def stories(self) -> list[StoryRef]:
        """Every story that has at least one claim, in id order (stable feeds and filters)."""
        return sorted({s.id: s for s in self.by_claim.values()}.values(), key=lambda s: s.id)


def load_story_links(store: Any) -> StoryLinks:
    """Story links from the Store; empty until the Store interface has stories (issue 13 fills this in)."""
    return StoryLinks()
