"""build_site: the Store → a static site (pages, stories, outlets, feeds, downloads, search index).

Claim lists are paged by month (paging.py), the search index is sharded
(search_index.py) and every page, feed and shard is keyed by its inputs, so a
rebuild after one new document rewrites a handful of files and one small search segment.

Output is deterministic: the same store gives the same bytes, except the
"built at" stamp on the home page (fix it with `generated_at`). Rebuilds are
incremental where it is cheap to be: a file is rewritten only when its bytes
change, the search index only when its input changed, and pages of documents
that left the store are removed (only files this builder wrote, listed in a
manifest, are ever deleted).

Large builds (PARALLEL_MIN documents and a store that can be reopened, e.g.
SQLite): document pages and search segments are written by workers forked
before the store is loaded, which read their documents by id (docworker.py),
so no process copies the loaded site; the loaded documents keep none of their
text (what needs it is computed while loading or read back from the store).
The first search segment and its pages start while the store loads, from a
guess the build checks once it has its own plan (headstart.py).
Beside the manifest the builder keeps where each document's bytes sit in the
downloads (copied, not remade, on a rebuild) and which product names each text
holds (scanned once per text).
"""
from __future__ import annotations

import filecmp
import gc
import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from isletwatch.config import SiteConfig
from isletwatch.errors import SiteError
from isletwatch.health import source_health
from isletwatch.index import Store

from . import docworker, downloads, feeds, forked, headstart, incremental, search_index, search_terms, story_pages
from .datapackage import DESCRIPTION as DATAPACKAGE_DESCRIPTION, datapackage
from .pages import ClaimView, DocView, counts, load_site_data
from .paging import month_index, month_pages
from .render import highlight_evidence, make_env
from .stories_seam import load_story_links

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = STATIC.with_name("templates")
MANIFEST = ".isletwatch-manifest.json"
#: Where each document's bytes sit in the downloads (downloads.Fragments), for the next build to copy.
FRAGMENTS = ".isletwatch-downloads.json"
#: Which product names each document's text holds (feeds.product_feeds), so a rebuild scans new texts only.
PRODUCT_SCANS = ".isletwatch-products.json"
CLAIMS_PER_PAGE = 100
LATEST_ON_HOME = 25
DOCS_PER_SOURCE_PAGE = 200
#: Documents from which a build spreads its pages and search shards over every core (forked.Pool).
PARALLEL_MIN = 2000
#: Pages per job handed to a worker: small enough to balance the cores, big enough that handing out is free.
DOC_CHUNK, CLAIM_PAGE_CHUNK, GROUP_CHUNK, FEED_CHUNK = 500, 100, 5, 20


@dataclass
class SiteSummary:
    pages: int
    documents: int
    claims: int
    stories: int
    feeds: int
    seconds: float
    written: int = 0
    removed: int = 0
    search_seconds: float = 0.0
    search_rebuilt: bool = False
    out_dir: str = ""
    searched: bool = False  # the search index was built or found up to date (False: search=False)
    #: Seconds per phase (load, prepare, stories, feeds, pages, jobs, finish): where a slow build spends its time.
    phases: dict[str, float] = field(default_factory=dict)
    #: "incremental: N documents changed", or "full build: <why the last build's state could not be used>".
    mode: str = ""

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        search = "rebuilt" if self.search_rebuilt else "unchanged" if self.searched else "skipped"
        return (f"site: {self.pages} pages ({self.documents} documents, {self.claims} claims, {self.stories} "
                f"stories) and {self.feeds} feeds in {self.seconds:.1f} s ({rate:.0f} pages/s); {self.written} "
                f"files written, {self.removed} removed; search index {search} ({self.search_seconds:.1f} s)"
                f"{'; ' + self.mode if self.mode else ''} → {self.out_dir}")


class _Output:
    """Writes files under a root only when their bytes change, and remembers what it wrote.

    The manifest records every file of the last build and, for cacheable pages,
    the hash of the inputs and of the bytes written: a page whose inputs and
    file are both unchanged is not even rendered again.
    """

    def __init__(self, root: Path, manifest: bool = True) -> None:
        self.root, self.files, self.written = root, set(), 0
        self.keys: dict[str, list[str]] = {}
        self.previous, self.previous_keys = set(), {}
        if not manifest:  # a document page worker's writer: the parent checks freshness and prunes
            return
        try:
            manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
            self.previous = set(manifest["files"])
            self.previous_keys = {k: v for k, v in manifest["keys"].items() if isinstance(v, list)}
        except (FileNotFoundError, ValueError, KeyError, TypeError, AttributeError):
            self.previous, self.previous_keys = set(), {}

    def fresh(self, rel: str, key: str) -> bool:
        """True when `rel` was built from the same inputs and is still on disk as written; keeps it then."""
        old = self.previous_keys.get(rel)
        if not old or old[0] != key:
            return False
        try:
            if len(old) >= 4:  # size and modification time as written: a stat, not a read of every page
                st = (self.root / rel).stat()
                if [st.st_size, st.st_mtime_ns] != old[2:4]:
                    return False
            elif hashlib.sha256((self.root / rel).read_bytes()).hexdigest() != old[1]:
                return False
        except FileNotFoundError:
            return False
        self.files.add(rel)
        self.keys[rel] = old
        return True

    def _stamp(self, rel: str, key: str) -> None:
        """Record the inputs' key and the file's size and time as written (no digest of its bytes: `fresh`
        compares size and time, and hashing every page, and the downloads once more, only cost time)."""
        st = (self.root / rel).stat()
        self.keys[rel] = [key, "", st.st_size, st.st_mtime_ns]

    def write(self, rel: str, content: str | bytes, key: str | None = None) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = self.root / rel
        self.files.add(rel)
        try:
            same = path.stat().st_size == len(data) and path.read_bytes() == data
        except FileNotFoundError:
            same = False
        if not same:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)  # a build killed midway leaves a stale file, which the next build rewrites
            self.written += 1
        if key is not None:
            self._stamp(rel, key)

    @contextmanager
    def stream(self, rel: str, key: str | None = None) -> Iterator[BinaryIO]:
        """A file to write `rel` through; it replaces the old one only if its bytes differ (compared in chunks)."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.part")
        with open(tmp, "wb") as f:
            yield f
        self.files.add(rel)
        if path.exists() and filecmp.cmp(tmp, path, shallow=False):
            tmp.unlink()
        else:
            os.replace(tmp, path)
            self.written += 1
        if key is not None:
            self._stamp(rel, key)

    def absorb(self, files: set[str], keys: dict[str, list[str]], written: int) -> None:
        """Take over what a worker process wrote through its own copy of this object."""
        self.files |= files
        self.keys.update(keys)
        self.written += written

    def prune(self) -> int:
        """Delete files the previous build wrote that this one did not; then record this build's files."""
        removed = 0
        for rel in sorted(self.previous - self.files):
            path = (self.root / rel).resolve()
            if self.root.resolve() in path.parents and path.is_file():
                path.unlink()
                removed += 1
        if self.files == self.previous and self.keys == self.previous_keys:
            return removed  # the manifest on disk says the same: not written again (100,000 entries)
        manifest = {"files": sorted(self.files), "keys": dict(sorted(self.keys.items()))}
        # no indent: the C encoder, ~10x faster than the Python one indent needs (100,000 entries take seconds)
        (self.root / MANIFEST).write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")
        return removed


def _templates_key() -> str:
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _doc_fields(d: DocView) -> str:
    doc = d.doc  # content_hash stands for the title and text
    return json.dumps([d.path, d.source_path, d.outlet, doc.id, doc.source, doc.kind, doc.url, doc.published, doc.fetched_at,
                       doc.language, doc.content_hash, sorted(doc.identifiers.items()), d.facts.to_schema(),
                       d.extractor_version, [[x.source, x.url] for x in d.duplicates]])


def _claims_fields(claims: list[ClaimView]) -> str:
    # repr of the Claim dataclass lists every field (evidence included) and is far cheaper than JSON
    return "\x1d".join(f"{c.claim!r}|{c.story!r}" for c in claims)


def _story_fields(view: Any) -> str:
    """What a story page shows: the stored story record and its outlets' pages."""
    return json.dumps(view.story.to_record(), sort_keys=True, default=str)


def _doc_ctx_fields(ctx: dict[str, Any] | None) -> str:
    """What a document page shows from the stories stage: its story, who cites it and its hype stances."""
    if not ctx:
        return ""
    story = ctx.get("story")
    return json.dumps([story.id if story else None, story.label if story else None,
                       len(story.rows) if story else 0, [c.path for c in ctx.get("cited_by", [])],
                       [[c.title, c.outlet, c.doc.published] for c in ctx.get("cited_by", [])],
                       [[h.term, h.stance, h.evidence] for h in ctx.get("hype", [])]])


def _content_key(d: DocView) -> str:
    """What a document's search record and download rows depend on: its fields, claims, stories and outlet; not
    templates, and not the story pages, which other documents change (so one new document rebuilds one
    shard, not all, and both can start before the comparisons are computed)."""
    claims = "\x1d".join(f"{c.claim!r}|{c.story!r}" for c in d.claims)
    return _key(_doc_fields(d), claims, d.outlet_name or "", repr(d.doc.meta.get("cited_links")),
                repr(d.doc.meta.get("site")), repr(d.doc.meta.get("journal")), repr(d.doc.meta.get("server")))


def _doc_keys(d: DocView, site_key: str, ctx: dict[str, Any] | None) -> tuple[str, str]:
    """(content key, page key) of a document: _content_key(d), and what its page shows (fields, claims, story
    context, templates); the two share the serialised fields and claims, made once."""
    fields, claims = _doc_fields(d), _claims_fields(d.claims)
    meta = d.doc.meta
    content = _key(fields, claims, d.outlet_name or "", repr(meta.get("cited_links")), repr(meta.get("site")),
                   repr(meta.get("journal")), repr(meta.get("server")))
    return content, _key(site_key, fields, claims, _doc_ctx_fields(ctx))


def _key(*parts: str) -> str:
    """A digest of a page's inputs: 128 bits of SHA-256 (hex), ample against collisions and half the size of
    the whole digest in the manifest and the incremental state, which hold one per document."""
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:32]


def _child_writes(out: _Output) -> Callable[[], tuple[set[str], dict[str, list[str]], int]]:
    """In a worker process: a function that returns what this copy of `out` wrote since now (for absorb)."""
    files_before, written_before = set(out.files), out.written

    def collect() -> tuple[set[str], dict[str, list[str]], int]:
        files = out.files - files_before
        return files, {rel: out.keys[rel] for rel in files if rel in out.keys}, out.written - written_before

    return collect


def _lap(phases: dict[str, float]) -> Callable[[str], None]:
    """A stopwatch: each call records the seconds since the previous one under a phase name."""
    last = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        phases[name] = round(now - last[0], 2)
        last[0] = now
    return lap


def _timed(job: Callable[[], bool]) -> Callable[[], tuple[bool, float]]:
    """A job that also returns how long it ran (the summary reports the search index's share)."""
    def run() -> tuple[bool, float]:
        started = time.perf_counter()
        return job(), time.perf_counter() - started
    return run


def _versions(data: Any, counts: dict[str, int] | None = None) -> list[tuple[str, int]]:
    """Extractor versions behind the claims on the site, with their document counts (for the method page);
    `counts`: those counts, when the caller has made them."""
    if counts is None:
        counts = {}
        for d in data.docs:
            if d.extractor_version:
                counts[d.extractor_version] = counts.get(d.extractor_version, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def build_site(store: Store, out_dir: Path, config: SiteConfig,
               progress: Callable[[int, int], None] | None = None, *,
               generated_at: str | None = None, search: bool = True) -> SiteSummary:
    """Build the whole site into `out_dir`; `search=False` skips the search index (pages only)."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SiteError(f"cannot create {out_dir} ({exc.strerror}); choose another --out") from exc
    stamp = generated_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    # an incremental rebuild when the last build left its state and the store can say what changed since
    site_key = _key(_templates_key(), config.title, config.base_url)
    with incremental.no_cycle_collector():
        state, reason = incremental.load_state(out_dir)
        changes = store.changes_since(state.header.get("token") if state is not None else None)
        head = None
        if changes is None:
            reason = "the store keeps no change log (SQLite does), so every document is read"
        else:
            head = incremental.header(store, config, site_key, search, changes.token, changes.stories)
            if state is not None:
                reason = incremental.why_not(state, changes, head)
                if not reason:
                    try:
                        summary = incremental.build(store, out_dir, config, stamp, search, state, changes, head,
                                                    started, progress)
                        del state  # freed while the collector is off: on, it would first walk every row
                        return summary
                    except incremental.Fallback as exc:
                        reason = str(exc)
        del state
    incremental.drop_state(out_dir)  # this build replaces it, and a build that fails must leave none
    phases: dict[str, float] = {}
    lap = _lap(phases)
    workers = _doc_workers(store, out_dir)  # forked before loading: small processes that read the store
    guessed = None
    try:
        with _long_lived_heap() as loaded:
            links = None
            if workers is not None and search:  # the first segment and its pages start now, while this loads
                links = load_story_links(store)
                guessed = headstart.guess(store, links, out_dir)
                if guessed is not None:
                    workers.submit({"title": config.title, "base_url": config.base_url, "generated_at": stamp},
                                   guessed.job())
            # with page workers no text stays in memory: they write the pages and search segments from the store
            data = load_site_data(store, 0 if workers is not None else None, links)
            loaded()
            lap("load")
            out = _Output(out_dir)
            # with document page workers (which write the search segments too), no forked copy of the loaded site
            parallel = len(data.docs) >= PARALLEL_MIN and workers is None
            pool = forked.Pool(forked.cpus() if parallel else 1,
                               child_state=lambda: _child_writes(out), absorb=lambda state: out.absorb(*state))
            with pool:
                summary = _build(store, out_dir, config, progress, stamp, search, data, out, pool, started, phases,
                                 lap, workers, guessed)
            if head is not None:
                _save_state(out_dir, head, data, summary)
            summary.mode = f"full build: {reason}"
            summary.seconds = time.perf_counter() - started
            return summary
    finally:
        if workers is not None:
            workers.close()
            workers.stop()


def _check_guess(guessed: headstart.Guess, docs: list[DocView], segments: list[search_index.Segment],
                 doc_ctx: dict[str, Any], doc_keys: dict[int, str]) -> headstart.Check:
    """headstart.check against this build's plan: the jobs the guessed pages really have (their paths looked up
    in a map of every page, freed on return, as are the guessed jobs once compared: the build's peak memory is
    the parent's while the workers index)."""
    by_path = {d.path: d for d in docs}
    real: dict[str, tuple[DocView, docworker.DocJob]] = {}
    for job in guessed.jobs:
        d = by_path.get(job.path)
        if d is not None:
            real[job.path] = (d, docworker.doc_job(d, doc_ctx.get(d.doc.id), doc_keys[id(d)]))
    checked = headstart.check(guessed, segments[0] if segments else None, real)
    guessed.jobs, guessed.render = [], []
    return checked


def _settle(checked: headstart.Check, out: _Output, search_root: Path, segments: list[search_index.Segment],
            guessed: headstart.Guess | None, render: Callable[[list[docworker.DocJob]], None]) -> None:
    """After the workers end: the guessed pages that stand get their keys (the worker wrote them without), those
    that do not are rendered again here, strays are removed, and the guessed segment is sealed if it stands."""
    for path, key in checked.pages.items():
        out.keys[path] = [key, *out.keys[path][1:]]
    for path in checked.strays:
        (out.root / path).unlink(missing_ok=True)
        out.files.discard(path)
        out.keys.pop(path, None)
    if checked.redo:
        render([job for _, job in checked.redo])
    if checked.segment and guessed is not None:
        search_index.seal_segment(search_root, segments[0], guessed.staging)


def _save_state(out_dir: Path, head: dict[str, Any], data: Any, summary: SiteSummary) -> None:
    """The state an incremental rebuild starts from: a row per document (incremental.row_of) and the copies."""
    content_keys, doc_keys = data.keys
    scans = data.scans.by_doc
    incremental.save_state(out_dir, {**head, "forms": data.scans.forms, "feed_count": summary.feeds,
                                     "products": data.scans.occurrences, "feed_tops": data.feed_tops},
                           (incremental.row_of(d, doc_keys[id(d)], content_keys[id(d)], scans.get(d.doc.id))
                            for d in data.docs), incremental.copy_rows(data.copies))


def _doc_workers(store: Store, out_dir: Path) -> docworker.DocWorkers | None:
    """Document page workers when the build is big enough and the store can be reopened in another process."""
    if type(store).reopen is Store.reopen or not forked.available() or forked.cpus() < 2:
        return None
    try:
        count = int(store.stats()["documents"])
    except (KeyError, TypeError, ValueError, NotImplementedError):
        return None
    if count < PARALLEL_MIN:
        return None
    return docworker.DocWorkers(forked.cpus() - 1, store, lambda: _Output(out_dir, manifest=False), make_env)


@contextmanager
def _long_lived_heap() -> Iterator[Callable[[], None]]:
    """The cyclic garbage collector paused while the store loads, and what is loaded then kept out of its sight
    (call the function this yields once loaded: the collector resumes for the short-lived cycles of rendering).

    Why: loading 100,000 documents makes millions of objects that live for the
    whole build and form no garbage cycles, yet each full collection walks all
    of them again; measured at 30,000 documents this halves loading and cuts
    the comparisons from 5 s to 1.5 s. Frozen objects are never collected, so
    they are unfrozen (and the collector restored) when the build ends.
    """
    enabled = gc.isenabled()
    gc.disable()

    def loaded() -> None:
        gc.freeze()
        if enabled:
            gc.enable()
    try:
        yield loaded
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _build(store: Store, out_dir: Path, config: SiteConfig, progress: Callable[[int, int], None] | None, stamp: str,
           search: bool, data: Any, out: _Output, pool: forked.Pool, started: float, phases: dict[str, float],
           lap: Callable[[str], None], workers: docworker.DocWorkers | None = None,
           guessed: headstart.Guess | None = None) -> SiteSummary:
    """The build after loading: what needs only the documents (search shards, downloads) starts in a worker at
    once, while this process computes comparisons and feeds; then the pages are spread over every core."""
    story_views, outlet_views = story_pages.build_views(data)
    doc_ctx = story_pages.doc_context(data, story_views)
    site_key = _key(_templates_key(), config.title, config.base_url)
    content_keys: dict[int, str] = {}
    doc_keys: dict[int, str] = {}
    data.keys = (content_keys, doc_keys)  # kept for the state of an incremental rebuild (_save_state)
    # search records and downloads depend on the documents alone, not on comparisons or templates (content keys);
    # a document's page also on its story context and the templates (page keys): both from one pass
    for d in data.docs:
        content_keys[id(d)], doc_keys[id(d)] = _doc_keys(d, site_key, doc_ctx.get(d.doc.id))
    downloads_key = _key("downloads", *content_keys.values())
    early: list[Callable[[], Any]] = []
    search_jobs: list[Callable[[], Any]] = []
    finish_search: Callable[[list[bool]], bool] | None = None
    segments: list[search_index.Segment] = []  # with workers: the segments they write from the store
    search_root = out_dir / search_index.DIR
    if search and workers is not None:
        search_root, segments, finish_search = search_index.segment_plan(data, out_dir, content_keys)
    elif search:
        search_jobs, finish_search = search_index.shard_jobs(data, out_dir, content_keys)
        early += [_timed(job) for job in search_jobs]
    try:
        stale_downloads = [name for name, _, _ in downloads.FILES if not out.fresh(f"downloads/{name}", downloads_key)]
        if stale_downloads:  # one pass writes them all, copying the documents the last build wrote
            keys_by_doc = {d.doc.id: content_keys[id(d)][:20] for d in data.docs}
            fragments = downloads.Fragments(out_dir, out_dir / FRAGMENTS)
            early.append(lambda: downloads.write_downloads(data, stale_downloads,
                                                           lambda rel: out.stream(rel, downloads_key),
                                                           keys_by_doc, fragments))
    except OSError as exc:
        raise SiteError(f"cannot write the site into {out_dir} ({exc}); check the folder's permissions") from exc
    early_queue = forked.JobQueue(early, [0] * len(early), limit=max(1, pool.processes))
    pool.start(early_queue)
    lap("prepare")
    outlet_paths = {o.name: o.path for o in outlet_views}
    site = {"title": config.title, "base_url": config.base_url, "generated_at": stamp,
            "counts": counts(data, story_views)}
    env = make_env()
    doc_todo = [(d, doc_keys[id(d)]) for d in data.docs if not out.fresh(d.path, doc_keys[id(d)])]
    checked: headstart.Check | None = None
    if workers is not None:  # search segments and document pages start now, in the workers, while this process goes on
        due = {id(d) for d, _ in doc_todo}
        skip: set[str] = set()  # pages the guessing job wrote: kept, or rendered again once it has ended
        if guessed is not None:
            checked = _check_guess(guessed, data.docs, segments, doc_ctx, doc_keys)
            skip = checked.written
        in_segments: set[int] = set()
        for n, seg in enumerate(segments):  # first: the longest jobs, in the workers only
            assert seg.docs is not None
            if n == 0 and checked is not None and checked.segment:
                continue  # written already, to be sealed with its keys
            # the first quarter render their documents' due pages too (read once for both); the other pages are
            # page jobs this process shares once its own work is done, so both cores finish together (a half, as
            # before, left the worker building segments alone for the last third of a 100,000-document build once
            # this process's feeds and downloads had become cheaper)
            with_pages = n < len(segments) // 4
            workers.submit(site, docworker.SegmentJob(
                str(search_root), seg.name, seg.ids, seg.keys,
                [docworker.doc_job(d, doc_ctx.get(d.doc.id), doc_keys[id(d)]) for d in seg.docs],
                [with_pages and id(d) in due and d.path not in skip for d in seg.docs]))
            if with_pages:
                in_segments.update(id(d) for d in seg.docs)
        rest = [(d, key) for d, key in doc_todo if id(d) not in in_segments and d.path not in skip]
        for i in range(0, len(rest), DOC_CHUNK):
            workers.submit(site, [docworker.doc_job(d, doc_ctx.get(d.doc.id), key) for d, key in rest[i:i + DOC_CHUNK]])
        workers.close()
    lap("stories")
    data.scans = feeds.ProductScans()  # kept for the state of an incremental rebuild (_save_state)
    feed_list = feeds.feed_list(data, config.title, config.feeds, store, out_dir / PRODUCT_SCANS, data.scans)
    data.feed_tops = feeds.tops(feed_list)  # kept for the state of an incremental rebuild (_save_state)
    gc.freeze()  # stories and feeds, too, live until the end
    lap("feeds")
    claim_pages = month_pages(data.claims, CLAIMS_PER_PAGE)
    total = (9 + len(claim_pages) + len(data.docs) + len(story_views) + len(outlet_views) + len(data.sources)
             + len(feed_list))
    done = 0

    def tick(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total)

    def page(rel: str, template: str, nav: str | None = None, key: str | None = None, **ctx: Any) -> None:
        html = env.get_template(template).render(site=site, root="../" * rel.count("/"), nav=nav or rel, **ctx)
        out.write(rel, html, key)

    try:
        jobs: list[tuple[Callable[[], Any], int]] = []  # (job, pages it writes)
        page("index.html", "home.html", latest=data.claims[:LATEST_ON_HOME], timeline=data.timeline(),
             stories=[v for v in story_views if len(v.rows) > 1][:8], outcomes=data.facet("outcome"))
        page("search.html", "search.html")
        page("about.html", "about.html", versions=_versions(data), text_chars=search_index.TEXT_CHARS)
        page("claims/index.html", "months.html", nav="claims/index.html", months=month_index(claim_pages))
        html404 = env.get_template("404.html").render(site=site, root=(config.base_url.rstrip("/") + "/")
                                                      if config.base_url else "/", nav="")
        out.write("404.html", html404)
        page("stories/index.html", "stories.html", nav="stories/index.html", stories=story_views)
        page("outlets/index.html", "outlets.html", nav="outlets/index.html", outlets=outlet_views,
             field_label=story_pages.field_label)
        page("sources/index.html", "sources.html", sources=data.sources,
             health=[h.to_dict() for h in source_health(store)])
        tick(8)

        def claims_key(rel: str, claims: list[ClaimView], *extra: str) -> str:
            return _key(rel, *extra, *(f"{doc_keys[id(c.doc)]}#{c.number}" for c in claims))

        def stale(items: list[Any], key: Callable[[Any], str], rel: Callable[[Any], str]) -> list[tuple[Any, str]]:
            """The items whose page is not fresh, with their keys; fresh ones count as done."""
            keyed = [(item, key(item)) for item in items]
            todo = [(item, k) for item, k in keyed if not out.fresh(rel(item), k)]
            tick(len(items) - len(todo))
            return todo

        def render_claims(todo: list[tuple[Any, str]]) -> None:
            for cp, key in todo:
                page(cp.rel, "claims.html", nav="claims/index.html", key=key, pager=cp.pager(), claims=cp.claims)

        def render_docs(todo: list[tuple[Any, str]]) -> None:
            for d, key in todo:
                out.write(d.path, docworker.render_document(env, site, d, doc_ctx.get(d.doc.id), highlight_evidence), key)

        def render_stories(todo: list[tuple[Any, str]]) -> None:
            for v, key in todo:
                page(v.path, "story.html", nav="stories/index.html", key=key, s=v, outlet_paths=outlet_paths,
                     field_label=story_pages.field_label, value_text=story_pages.value_text)

        def render_outlets(items: list[Any]) -> None:
            for o in items:
                page(o.path, "outlet.html", nav="outlets/index.html", o=o, field_label=story_pages.field_label,
                     value_text=story_pages.value_text)

        outlets_key = json.dumps(sorted(outlet_paths.items()))

        def story_key(v: Any) -> str:
            return _key(site_key, v.path, _story_fields(v), outlets_key,
                        *(doc_keys[id(r.doc)] for r in v.rows if r.doc is not None))

        def render_sources(items: list[Any]) -> None:
            for s in items:
                page(s.path, "source.html", nav="sources/index.html", s=s, limit=DOCS_PER_SOURCE_PAGE)

        feed_site = {"title": config.title}

        def render_feeds(todo: list[tuple[Any, str]]) -> None:
            for f, key in todo:
                out.write(f.path, feeds.render_feed(env, f, feed_site, config.base_url), key)

        def feed_key(f: feeds.Feed) -> str:
            return _key(site_key, config.base_url, f.path, f.title, f.subtitle,
                        *(doc_keys[id(d)] for d in f.docs[:feeds.FEED_LIMIT]))

        tick(len(data.docs) - len(doc_todo))
        for render, todo, size in (
                (render_docs, doc_todo if workers is None else [], DOC_CHUNK),
                (render_claims, stale(claim_pages, lambda cp: claims_key(cp.rel, cp.claims, json.dumps(cp.pager())),
                                      lambda cp: cp.rel), CLAIM_PAGE_CHUNK),
                (render_stories, stale(story_views, story_key, lambda v: v.path), GROUP_CHUNK),
                (render_outlets, [(o, "") for o in outlet_views], len(outlet_views) or 1),
                (render_feeds, stale(feed_list, feed_key, lambda f: f.path), FEED_CHUNK),
                (render_sources, [(s, "") for s in data.sources], len(data.sources) or 1)):
            for i in range(0, len(todo), size):
                chunk = todo[i:i + size]
                jobs.append(((lambda r=render, c=chunk: r(c)) if render not in (render_sources, render_outlets)
                             else (lambda r=render, c=chunk: r([s for s, _ in c])), len(chunk)))
        lap("pages")
        base = done
        _, early_results = pool.run(forked.JobQueue([job for job, _ in jobs], [weight for _, weight in jobs]),
                                    on_progress=lambda n: progress(base + n, total) if progress else None)
        done = base + sum(weight for _, weight in jobs)
        segment_seconds = 0.0
        if workers is not None:  # then the document pages the workers have not taken yet, here
            held = {d.doc.id: d for d in data.docs}

            def render_jobs(_site: dict[str, Any], doc_jobs: list[docworker.DocJob]) -> None:
                # the same pages a worker renders, from the models held here and the texts read from the store
                for view, job in docworker.views_held(store, doc_jobs, held):
                    out.write(job.path, docworker.render_document(env, site, view, job.ctx, highlight_evidence),
                              job.key)
                tick(len(doc_jobs))
            workers.help(render_jobs)
            workers.wait(out.absorb, tick)
            segment_seconds = workers.search_seconds
            if checked is not None:  # the guessing job has ended: keep, redo or remove what it wrote
                _settle(checked, out, search_root, segments, guessed, lambda jobs: render_jobs(site, jobs))
        lap("jobs")
        shard_results = early_results[:len(search_jobs)] + [(True, 0.0)] * len(segments)
        files = [downloads.Download(name, text, (out_dir / "downloads" / name).stat().st_size)
                 for name, text, _ in downloads.FILES]  # written now or fresh: the files on disk are the downloads
        package = datapackage(files, config.title, config.base_url)
        out.write("downloads/datapackage.json", package)
        files.append(downloads.Download("datapackage.json", DATAPACKAGE_DESCRIPTION, len(package)))
        page("data.html", "data.html", downloads=files, feeds=feed_list, feed_limit=feeds.FEED_LIMIT,
             feed_groups=feeds.GROUPS, csv_columns=downloads.CSV_COLUMNS)
        tick()
        out.write("search-terms.json", search_terms.client_table())
        for asset in sorted(STATIC.iterdir()):
            if asset.is_file():
                out.write(f"static/{asset.name}", asset.read_bytes())
        removed = out.prune()
    except OSError as exc:
        raise SiteError(f"cannot write the site into {out_dir} ({exc}); check the folder's permissions") from exc
    rebuilt = finish_search([r for r, _ in shard_results]) if finish_search else False
    search_seconds = sum(seconds for _, seconds in shard_results) + segment_seconds if search else 0.0
    lap("finish")
    return SiteSummary(pages=total - len(feed_list), documents=len(data.docs), claims=len(data.claims),
                       stories=len(story_views), feeds=len(feed_list), seconds=time.perf_counter() - started,
                       written=out.written, removed=removed, search_seconds=search_seconds,
                       search_rebuilt=rebuilt, out_dir=str(out_dir), phases=phases, searched=search)
