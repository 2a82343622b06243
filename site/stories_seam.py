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
import re
from typing import Any

from isletwatch.model import stable_hash
from isletwatch.story import DocStory, Story

from .sanitize import clean

_SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def story_path(story_id: str) -> str:
    """The site-relative page of a story; an id that is not a safe file name is hashed."""
    name = story_id if _SAFE_ID.fullmatch(story_id) else stable_hash(story_id, length=16)
    return f"stories/{name}.html"


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
    """What the stories stage knows, keyed for the site: document id → story and outlet name.

    A claim belongs to its document's story (`story_of_claim`): no per-claim map, so loading the site never
    reads every claim a second time (at 100,000 documents that pass alone took ~10 s).
    """

    outlets: dict[str, str] = field(default_factory=dict)
    by_doc: dict[str, StoryRef] = field(default_factory=dict)  # documents of stories with two or more documents
    records: list[Story] = field(default_factory=list)  # every story as stored, for the story pages
    doc_info: dict[str, DocStory] = field(default_factory=dict)  # outlet, hype stances, citations per document

    def story_of_claim(self, claim: Any) -> StoryRef | None:
        """The story a claim is reported in: its document's, when that story has two or more documents."""
        return self.by_doc.get(claim.doc_id)

    @property
    def stories(self) -> list[StoryRef]:
        """Every story of two or more documents, in id order (stable feeds and filters)."""
        return sorted({s.id: s for s in self.by_doc.values()}.values(), key=lambda s: s.id)


def load_story_links(store: Any) -> StoryLinks:
    """Story links from the Store in one pass: each document's story and outlet, each claim's story.

    Empty when the stories stage has not run (or the store has no story layer): the site then falls back as
    described above. Labels and outlets come from the web, so they pass through `sanitize.clean` here.
    """
    try:
        stories = list(store.iter_stories())
        docs = store.doc_stories()
    except (AttributeError, NotImplementedError):
        return StoryLinks()
    refs: dict[str, StoryRef] = {}
    for story in stories:
        primary = next((m for m in story.documents if m.id == story.primary), None)
        refs[story.id] = StoryRef(story.id, clean(story.label), story_path(story.id), story.primary,
                                  clean(primary.title) if primary else None, primary.url if primary else None)
    links = StoryLinks(outlets={doc_id: clean(d.outlet) for doc_id, d in docs.items()}, records=stories,
                       doc_info=docs)
    multi = {s.id for s in stories if len(s.documents) > 1}
    for doc_id, d in docs.items():
        if d.story_id in multi and d.story_id in refs:
            links.by_doc[doc_id] = refs[d.story_id]
    return links
