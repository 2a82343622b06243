"""A head start for a large full build: the first search segment and its pages, written while the site loads.

Why: a large full build forks its document workers (docworker.py) before it loads the store, and until the
parent has loaded and keyed every document (~25 s at 100,000 documents) they had nothing to do, so one core
idled for a fifth of the build. Yet what the first segment and most of its pages show depends on little the
parent computes: the site's order and each page's name come from ids and dates, the outlet and story from the
story layer, the copies from their originals' ids. `guess` reads just those (Store.document_heads) and makes the
first segment's jobs as the parent will; a worker writes the segment unsealed (its name hashes the documents'
keys, not known yet) and renders the pages of documents without a story context (only the story layer's
documents have one).

The parent then checks the guess against what it computed (`Check`): a segment that matches is sealed with its
keys, a page that matches keeps its file and gets its key; anything else is done as if nothing had been guessed
(the segment by a worker, such pages by the parent once the guessing job has ended, so no two processes write
one file). Nothing in the output depends on whether a guess was made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isletwatch.model import stable_hash

from . import search_index
from .docworker import Copy, DocJob, SegmentJob
from .pages import DocView, slugify
from .sanitize import clean
from .stories_seam import StoryLinks

STAGING = ".early-staging"


@dataclass
class Guess:
    """The first segment as guessed before loading: its documents' jobs, and which pages the worker renders."""
    root: Path
    jobs: list[DocJob]
    render: list[bool]

    @property
    def staging(self) -> Path:
        return self.root / STAGING

    def job(self) -> SegmentJob:
        """The worker's job: the segment written unsealed into `staging`, and the flagged pages (keys unknown)."""
        return SegmentJob(str(self.root), STAGING, [j.doc_id for j in self.jobs], [""] * len(self.jobs), self.jobs,
                          self.render, str(self.staging))


def guess(store: Any, links: StoryLinks, out_dir: Path) -> Guess | None:
    """The first search segment of a build that writes every segment anew, as the parent will plan it; None when
    this build may keep segments of the last one (their index is readable) or the store cannot list its documents'
    heads. Mirrors pages.load_site_data (order, page names, copies) and docworker.doc_job (outlet, story)."""
    root = Path(out_dir) / search_index.DIR
    if search_index.can_extend(root):
        return None
    heads = store.document_heads()
    if not heads:
        return None
    originals: list[tuple[str, str | None]] = []
    copies: dict[str, list[tuple[str, str | None, str, str]]] = {}
    for doc_id, published, duplicate_of, source, url in heads:
        if duplicate_of:
            copies.setdefault(duplicate_of, []).append((doc_id, published, source, url))
        else:
            originals.append((doc_id, published))
    # pages.newest_first: published date descending, undated last, ties by id
    order = sorted(sorted(originals), key=lambda d: d[1] or "", reverse=True)[:search_index.SEGMENT_DOCS]
    jobs: list[DocJob] = []
    used: set[str] = set()
    for doc_id, _ in order:
        slug = slugify(doc_id)
        if slug in used:
            slug = f"{slug}-{stable_hash(doc_id, length=8)}"
        used.add(slug)
        dups = sorted(sorted(copies.get(doc_id, [])), key=lambda c: c[1] or "", reverse=True)
        jobs.append(DocJob(doc_id, f"documents/{slug}.html", links.outlets.get(doc_id), links.by_doc.get(doc_id),
                           tuple(Copy(clean(source), clean(url)) for _, _, source, url in dups), None, ""))
    return Guess(root, jobs, [j.doc_id not in links.doc_info for j in jobs])


def _same(guessed: DocJob, real: DocJob, view: DocView) -> bool:
    """Whether a worker makes the same page model from both jobs (views_from_store reads the story for claims
    only)."""
    return (guessed.doc_id == real.doc_id and guessed.path == real.path and guessed.outlet_name == real.outlet_name
            and guessed.copies == real.copies and (guessed.story == real.story or not view.claims))


@dataclass
class Check:
    """What the parent makes of a guess once it has its own plan: whether the first segment stands (`segment`),
    the pages the worker wrote (`written`: their paths), those that stand (`pages`: path → page key), those to
    render again once the guessing job has ended (`redo`: whatever page of the site has such a path) and those to
    remove (`strays`: paths no page of the site has, as when the store changed since the guess)."""
    segment: bool = False
    written: set[str] = field(default_factory=set)
    pages: dict[str, str] = field(default_factory=dict)
    redo: list[tuple[DocView, DocJob]] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)


def check(g: Guess, first: search_index.Segment | None, real: dict[str, tuple[DocView, DocJob]]) -> Check:
    """Compare the guess with the parent's plan: `first`, the first segment it would write (None: none), and
    `real`, page path → (page model, job) of every document on the site."""
    out = Check(written={job.path for job, rendered in zip(g.jobs, g.render) if rendered})
    same = [job.path in real and _same(job, real[job.path][1], real[job.path][0]) for job in g.jobs]
    out.segment = first is not None and first.ids == [j.doc_id for j in g.jobs] and all(same)
    for job, rendered, ok in zip(g.jobs, g.render, same):
        if not rendered:
            continue
        if job.path not in real:
            out.strays.append(job.path)
        elif ok and real[job.path][1].ctx is None:
            out.pages[job.path] = real[job.path][1].key
        else:
            out.redo.append(real[job.path])
    return out
