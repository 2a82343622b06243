"""Document pages rendered by worker processes that read their documents from the Store by id.

Why not forked copies of the loaded site (forked.Pool): a copy shares the
parent's heap only until it touches it, and CPython touches every object it
reads (reference counts), so a worker rendering half the documents ended up
copying the whole loaded site (at 100,000 documents ~800 MB more). These
workers are forked *before* the store is loaded, so they start small; each job
is a list of `DocJob`s (ids plus the little the store alone does not say: page
path, story, outlet, duplicates, story context), and the worker reads those
documents and their extractions from its own handle on the store
(`Store.reopen`), renders and writes their pages, and sends back only what it
wrote. The parent renders the same way from what it holds when it runs out of
other work, so the two processes finish together.

A page is the same bytes whichever process renders it: both build the page
model with `pages.make_doc_view` and render it with `render_document`.

Search segments are written here too (`SegmentJob`): the same page models,
read a batch at a time, feed search_index.build_segment, so the search index
needs no forked copy of the loaded site either; a document whose page is also
due can be read once for both. Only the workers take segments: the parent
holds the loaded site, and a segment's postings on top of it would set the
build's peak.
"""
from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple

from jinja2 import Environment

from isletwatch.errors import SiteError

from . import search_index
from .pages import EXTRACTION_BATCH, DocView, make_doc_view, source_slug
from .render import highlight_evidence
from .sanitize import clean_document, clean_keep_offsets
from .stories_seam import StoryRef

EMPTY_CONTEXT: dict[str, Any] = {"story": None, "cited_by": [], "hype": []}


class Copy(NamedTuple):
    """A syndicated copy as a document page shows it: where it was found and its address."""
    source: str
    url: str


class StoryBrief(NamedTuple):
    path: str
    label: str
    rows: tuple[None, ...]  # one per document of the story: the page shows only how many


class Published(NamedTuple):
    published: str | None


class CitedBrief(NamedTuple):
    path: str
    title: str
    outlet: str
    doc: Published


@dataclass(frozen=True)
class DocJob:
    """One document page to render: its id and what the page shows that is not in the Store's record."""
    doc_id: str
    path: str
    outlet_name: str | None
    story: StoryRef | None
    copies: tuple[Copy, ...]
    ctx: dict[str, Any] | None
    key: str


@dataclass(frozen=True)
class SegmentJob:
    """One search segment to write (search_index.build_segment), from its documents read out of the store: their
    DocJobs in the segment's order, and which of them also need their page (`render`: read once for both)."""
    root: str
    name: str
    ids: list[str]
    keys: list[str]
    docs: list[DocJob]
    render: list[bool]
    #: Written here and left unsealed (name and keys not known yet: headstart.py), else sealed under `name`.
    staging: str | None = None


def brief_context(ctx: dict[str, Any] | None) -> dict[str, Any] | None:
    """A document's story context (story_pages.doc_context) reduced to what document.html shows, to send on."""
    if not ctx:
        return None
    story = ctx.get("story")
    return {"story": StoryBrief(story.path, story.label, (None,) * len(story.rows)) if story else None,
            "cited_by": [CitedBrief(c.path, c.title, c.outlet, Published(c.doc.published)) for c in ctx["cited_by"]],
            "hype": list(ctx["hype"])}


def doc_job(d: DocView, ctx: dict[str, Any] | None, key: str) -> DocJob:
    story = next((c.story for c in d.claims if c.story is not None), None)
    return DocJob(d.doc.id, d.path, d.outlet_name, story, tuple(Copy(x.source, x.url) for x in d.duplicates),
                  brief_context(ctx), key)


def render_document(env: Environment, site: dict[str, Any], d: DocView, ctx: dict[str, Any] | None,
                    highlight: Callable[..., Any] = highlight_evidence) -> str:
    text_html, unplaced = highlight(d.doc.text, [(c.number, c.claim.evidence) for c in d.claims])
    return env.get_template("document.html").render(site=site, root="../" * d.path.count("/"), nav="", d=d,
                                                    text_html=text_html, unplaced=unplaced,
                                                    ctx=ctx or EMPTY_CONTEXT)


def views_from_store(store: Any, jobs: list[DocJob]) -> list[tuple[DocView, DocJob]]:
    """The page models of `jobs`, read from the store as `pages.load_site_data` reads them."""
    ids = [j.doc_id for j in jobs]
    docs, extractions = store.get_documents(ids), store.get_extractions(ids)
    out = []
    for job in jobs:
        doc = docs.get(job.doc_id)
        if doc is None:
            raise SiteError(f"document {job.doc_id} left the store during the build; build again")
        doc = clean_document(doc)
        view = make_doc_view(doc, extractions.get(job.doc_id), job.path, source_slug(doc.source), list(job.copies),
                             job.outlet_name, lambda c, j=job: j.story if c.doc_id == j.doc_id else None)
        out.append((view, job))
    return out


def _held_matches(d: DocView | None, job: DocJob) -> bool:
    """True when the parent's page model `d` gives `job`'s page as views_from_store's would: same page and outlet,
    and every claim its document's own (a claim filed under another id takes that id's story in the parent, none
    in a worker: such a page is read from the store)."""
    return (d is not None and d.path == job.path and d.outlet_name == job.outlet_name
            and all(c.claim.doc_id == job.doc_id for c in d.claims))


def views_held(store: Any, jobs: list[DocJob], held: dict[str, DocView]) -> Iterator[tuple[DocView, DocJob]]:
    """The page models of `jobs` as views_from_store gives them, from the models the parent already holds (`held`,
    by document id: loaded without their texts) and each whole text read from the store, lent to its model while
    the caller renders it and taken back when the next one is yielded.

    Why: reading a document and its extraction back from the store and making its model again cost the parent as
    much as rendering its page (~0.19 ms a document, ~12 CPU-s at 100,000 documents); its text alone is a plain
    column. Documents whose held model could show differently (see _held_matches) are read whole, as before."""
    mine: list[DocJob] = []
    others: list[DocJob] = []
    for job in jobs:
        (mine if _held_matches(held.get(job.doc_id), job) else others).append(job)
    texts = store.get_texts([job.doc_id for job in mine]) if mine else {}
    for job in mine:
        text = texts.get(job.doc_id)
        if text is None:
            raise SiteError(f"document {job.doc_id} left the store during the build; build again")
        view = held[job.doc_id]
        kept = view.doc.text
        view.doc.text = clean_keep_offsets(text)
        try:
            yield view, job
        finally:
            view.doc.text = kept
            view.__dict__.pop("read_from", None)  # a cached_property of the whole text: not kept for later readers
    if others:
        yield from views_from_store(store, others)


def run_segment(store: Any, job: SegmentJob, write_page: Callable[[DocView, DocJob], None]) -> float:
    """Write `job`'s search segment from documents read from `store` a batch at a time (and, through
    `write_page`, the pages flagged in `job.render`); the seconds the segment took (pages not counted).
    Why here and not in a forked copy of the loaded site: that copy ends up duplicating the heap it reads
    (reference counts), ~800 MB at 100,000 documents, while a batch of page models costs a few MB."""
    started = time.perf_counter()
    paging = 0.0
    seg = search_index.Segment(job.name, list(job.ids), list(job.keys), [True] * len(job.ids))

    def views() -> Iterator[DocView]:
        nonlocal paging
        for i in range(0, len(job.docs), EXTRACTION_BATCH):
            batch = job.docs[i:i + EXTRACTION_BATCH]
            for (view, doc_job), render in zip(views_from_store(store, batch), job.render[i:i + EXTRACTION_BATCH]):
                if render:
                    page_started = time.perf_counter()
                    write_page(view, doc_job)
                    paging += time.perf_counter() - page_started
                yield view
    search_index.build_segment(Path(job.root), seg, views(), Path(job.staging) if job.staging else None)
    return time.perf_counter() - started - paging


class DocWorkers:
    """Worker processes, forked now (before the site is loaded), that write search segments and render document
    pages from ids (segments first, and only here; pages shared with the parent through `help`).

    `make_output()` (called in each worker) returns a writer with `write(rel, text, key)` and `files`, `keys`,
    `written`, as builder._Output; each job's share goes back to `absorb(files, keys, written)` in the parent.
    """

    def __init__(self, processes: int, store: Any, make_output: Callable[[], Any], make_env: Callable[[], Environment]
                 ) -> None:
        ctx = multiprocessing.get_context("fork")
        self.tasks: Any = ctx.Queue()
        # search segments go to the workers only: the parent, which holds the loaded site, would add a segment's
        # postings (~250 MB at 25,000 documents) to its own peak; it helps with pages instead
        self.segment_tasks: Any = ctx.Queue()
        self.results: Any = ctx.Queue()
        self.sent = self.done_here = 0
        self.search_seconds = 0.0  # time the workers spent on search segments (SegmentJob)
        self._store, self._make_output, self._make_env = store, make_output, make_env
        self._procs = [ctx.Process(target=self._serve, daemon=True) for _ in range(processes)]
        for proc in self._procs:
            proc.start()
        self._closed = False

    def _serve(self) -> None:
        store, env = None, None
        tasks = self.segment_tasks  # first the segments, the longest jobs; then pages with the parent
        while True:
            item = tasks.get()
            if item is None:
                if tasks is self.tasks:
                    break
                tasks = self.tasks
                continue
            number, site, jobs = item
            try:
                if store is None:
                    store, env = self._store.reopen(), self._make_env()
                out = self._make_output()
                seconds = 0.0
                if isinstance(jobs, SegmentJob):
                    seconds = run_segment(store, jobs, lambda view, job: out.write(
                        job.path, render_document(env, site, view, job.ctx), job.key))
                else:
                    for view, job in views_from_store(store, jobs):
                        out.write(job.path, render_document(env, site, view, job.ctx), job.key)
                self.results.put((number, "ok", (out.files, out.keys, out.written, seconds)))
            except BaseException:  # noqa: BLE001 - reported to the parent, which raises
                self.results.put((number, "error", traceback.format_exc(limit=8)))

    def submit(self, site: dict[str, Any], jobs: list[DocJob] | SegmentJob) -> None:
        """A job for the workers; a list of pages may also be taken by the parent (`help`), a segment is not."""
        (self.segment_tasks if isinstance(jobs, SegmentJob) else self.tasks).put((self.sent, site, jobs))
        self.sent += 1

    def close(self) -> None:
        """No more jobs: one stop mark per worker and one for the parent's `help`."""
        if not self._closed:
            for _ in range(len(self._procs)):
                self.segment_tasks.put(None)
            for _ in range(len(self._procs) + 1):
                self.tasks.put(None)
            self._closed = True

    def help(self, render: Callable[[dict[str, Any], list[DocJob]], None]) -> None:
        """Take page jobs in this process too, until none is left (call after `close`)."""
        while True:
            item = self.tasks.get()
            if item is None:
                return
            _, site, jobs = item
            render(site, jobs)
            self.done_here += 1

    def wait(self, absorb: Callable[[set[str], dict[str, list[Any]], int], None],
             progress: Callable[[int], None] | None = None) -> None:
        """Collect every job the workers did (absorb what they wrote), then stop them; raises a worker's failure."""
        failure = None
        for _ in range(self.sent - self.done_here):
            while True:
                try:
                    number, status, value = self.results.get(timeout=1.0)
                    break
                except queue.Empty:
                    if not any(p.is_alive() for p in self._procs):
                        codes = [p.exitcode for p in self._procs]
                        self.stop()
                        raise SiteError(f"a document page worker died (exit codes {codes})") from None
            if status != "ok":
                failure = failure or SiteError(f"a document page worker failed: {value}")
                continue
            absorb(*value[:3])
            self.search_seconds += value[3]
            if progress:
                progress(len(value[0]))
        self.stop()
        if failure:
            raise failure

    def stop(self) -> None:
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        self._procs = []
