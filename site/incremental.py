"""Incremental rebuilds: a compact state per document kept between builds, and only the pages changes touch.

Why: a full build reads every document from the store (at 100,000 documents
~20 s before any page is written), although after one new document only its
own page, the lists and feeds it lands in, one search segment and the
downloads differ. The builder therefore keeps, beside its manifest, a small
row per document (`STATE`): what the listing pages, feeds, search plan and
downloads need to place it (id, page, source, kind, dates, title,
identifiers, claim outcomes and products, trial ids, extractor version) and
the keys of its page and content. A rebuild asks the store which documents
changed since the last build (`Store.changes_since`), reads only those,
updates their rows, and from the rows makes *stand-in* page models
(`DocView`/`ClaimView` over light records without text or claim details):
the very functions of a full build (feeds.feed_list, paging.month_pages,
story_pages.build_views, search_index.segment_plan …) then say which pages
exist and what each lists, and the page keys the full build uses say which of
them are stale. Only stale pages are rendered, from page models read back
from the store for the documents they show. When the only changes are new
documents, the feeds are made from a few candidates (each feed's newest
entries and size, kept in the state, and the new documents: _merged_feeds)
instead of every document, and what the listing pages count (claims by
month and by source, kinds, outcomes) is counted in the one pass that makes
the stand-ins. The downloads are spliced: the
other documents' bytes are copied from the old files in long runs
(os.copy_file_range), the changed documents' bytes made anew.

Everything but the search index is byte-identical to a full build of the same
store (tests/site/test_incremental_state.py); the search index keeps its
segments and marks changed documents dead, as a full rebuild into the same
folder does (search_index.plan).

A full build is made instead, with the reason in the summary line, when the
state is missing, unreadable, from another version of the site code, built
from another store, with other templates, title, base URL, saved searches or
search setting; when the store keeps no change log (Elasticsearch) or its log
does not reach back; when the story layer changed or a changed document is in
it (story pages and document contexts are not planned incrementally); when a
new page name would collide with another's; or when many documents changed
(a full build is then as fast).
"""
from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from isletwatch.config import SiteConfig
from isletwatch.errors import SiteError
from isletwatch.health import source_health
from isletwatch.index import Store, StoreChanges

from . import builder, docworker, downloads, feeds, forked, labels, search_index, search_terms, story_pages
from .datapackage import DESCRIPTION as DATAPACKAGE_DESCRIPTION, datapackage
from .pages import ClaimView, DocView, SiteData, SourceView, counts, slugify, source_slug
from .paging import month_index, month_of, pages_of_months
from .render import make_env
from .stories_seam import load_story_links

STATE = ".isletwatch-state.json"
#: Bump when what a row holds changes.
STATE_VERSION = 1
#: More changed documents than this share of the site (or than MAX_CHANGED): a full build is as fast.
MAX_CHANGED_SHARE, MAX_CHANGED = 0.02, 5000
#: A row: the fields a stand-in page model needs, in this order (a JSON list each, not an object: 100,000 rows).
#: The title and content hash are kept only while a build needs them (a changed document's product scan); the state
#: keeps a registry record's title (trial feeds name the trial by it) and which product names the text holds.
ROW = ("id", "path", "source", "kind", "published", "fetched_at", "found", "title", "identifiers", "content_hash",
       "extractor_version", "outcomes", "products", "fact_products", "registry_ids", "cited_trials", "page_key",
       "content_key", "scan")
_I = {name: i for i, name in enumerate(ROW)}
_CODE = Path(__file__).resolve().parent


def code_version() -> str:
    """A digest of the code that decides what the site shows (this package and the model): a state written by
    other code may place documents differently, so it is not trusted."""
    digest = hashlib.sha256(str(STATE_VERSION).encode())
    for path in [*sorted(_CODE.glob("*.py")), _CODE.parent / "isletwatch" / "model.py",
                 _CODE.parent / "isletwatch" / "story.py"]:
        try:
            digest.update(path.name.encode() + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    return digest.hexdigest()[:24]


def header(store: Store, config: SiteConfig, site_key: str, search: bool, token: str, stories: str) -> dict[str, Any]:
    """What must be equal between two builds for the second to start from the first's state."""
    return {"version": STATE_VERSION, "code": code_version(), "store": store.url, "site_key": site_key,
            "feeds": json.dumps([[f.name, f.query, list(f.filters)] for f in config.feeds or []]),
            "search": search, "token": token, "stories": stories}


@contextmanager
def no_cycle_collector() -> Iterator[None]:
    """The cyclic garbage collector off while the state loads and a rebuild runs: the state is a million small
    objects that form no cycles, and each collection would walk them all again (json.loads of the state of
    100,000 documents: 0.3 s without, 0.7 s and more with). The few cycles rendering makes wait for the next
    collection after the build."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- the state file ----------------------------------------------------------------------------------------------

def row_of(d: DocView, page_key: str, content_key: str, scan: list[str] | None = None) -> list[Any]:
    """A document's row (ROW) from its page model; `scan`: the product names its text holds, once known."""
    doc = d.doc
    trial_ids = {k: v for k, v in doc.identifiers.items() if k.lower() in feeds.TRIAL_KINDS}
    return [doc.id, d.path, doc.source, doc.kind, doc.published, doc.fetched_at, d.found, doc.title,
            trial_ids, doc.content_hash, d.extractor_version, [c.claim.outcome for c in d.claims],
            [c.claim.product for c in d.claims], list(d.facts.products), list(d.facts.registry_ids),
            [[k, v] for k, v in d.cited_ids if k in feeds.TRIAL_KINDS], page_key, content_key, scan or []]


def _kept(row: list[Any]) -> list[Any]:
    """A row as the state keeps it: the title only for registry records, no content hash, and the time found
    only in UTC (`found`; the raw `fetched_at` is a feed's date only when it has no entry, never for a source)."""
    return [*row[:5], "", row[6], row[7] if row[3] == "registry" else "", row[8], "", *row[10:]]


def copy_rows(copies: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Syndicated copies (SiteData.copies) as state: copy id → [original id, source, url, published]."""
    return {c.id: [original, c.source, c.url, c.published] for original, docs in copies.items() for c in docs}


def save_state(out_dir: Path, head: dict[str, Any], rows: Iterable[list[Any]], copies: dict[str, list[Any]],
               move: bool = True) -> None:
    """Write the state (a thousand rows at a time: no second copy of 100,000 rows as one string), then move it
    in place (`move=False`: the caller does, with `commit_state`), so a build killed midway leaves the old state
    or none, never half of one."""
    path = Path(out_dir) / STATE
    tmp = path.with_name(path.name + ".part")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(tmp, "w", encoding="utf-8") as f:
        f.write('{"header":' + dumps(head) + ',"copies":' + dumps(copies) + ',"rows":[')
        batch: list[list[Any]] = []
        first = True
        for row in rows:  # a thousand rows an encoder call: C speed, a bounded string
            batch.append(_kept(row))
            if len(batch) == 1000:
                f.write(("" if first else ",") + dumps(batch)[1:-1])
                first, batch = False, []
        if batch:
            f.write(("" if first else ",") + dumps(batch)[1:-1])
        f.write("]}\n")
    if move:
        os.replace(tmp, path)


def commit_state(out_dir: Path) -> None:
    """Move a state written with `save_state(move=False)` in place."""
    path = Path(out_dir) / STATE
    os.replace(path.with_name(path.name + ".part"), path)


def drop_state(out_dir: Path) -> None:
    """Forget the state (a build that did not finish must not leave one that describes another site)."""
    try:
        (Path(out_dir) / STATE).unlink()
    except FileNotFoundError:
        pass


@dataclass
class State:
    header: dict[str, Any]
    rows: list[list[Any]]
    copies: dict[str, list[Any]]


def load_state(out_dir: Path) -> tuple[State | None, str]:
    """(the state of the last build, "") or (None, why there is none usable)."""
    path = Path(out_dir) / STATE
    try:
        raw = json.loads(path.read_bytes())
        head, rows, copies = raw["header"], raw["rows"], raw["copies"]
        if not isinstance(head, dict) or not isinstance(rows, list) or not isinstance(copies, dict):
            raise TypeError("layout")
        if rows and (not isinstance(rows[0], list) or len(rows[0]) != len(ROW)):
            raise TypeError("row layout")
    except FileNotFoundError:
        return None, f"no state of an earlier build in {out_dir}"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"the state of the last build ({STATE}) is unreadable ({type(exc).__name__})"
    if head.get("version") != STATE_VERSION or head.get("code") != code_version():
        return None, "the last build was made by another version of the site code"
    return State(head, rows, copies), ""


def why_not(state: State, changes: StoreChanges | None, head: dict[str, Any]) -> str:
    """Why this build cannot start from `state` (a sentence), or "" when it can."""
    old = state.header
    if changes is None:
        return "the store keeps no change log, so every document is read"
    if old.get("store") != head["store"]:
        return f"the last build was made from another store ({old.get('store')})"
    if changes.doc_ids is None:
        return "the store's change log does not reach back to the last build"
    if old.get("site_key") != head["site_key"]:
        return "the templates, the site title or its base_url changed"
    if old.get("feeds") != head["feeds"]:
        return "the saved searches (site.feeds) changed"
    if old.get("search") != head["search"]:
        return "the search index was " + ("off" if head["search"] else "on") + " in the last build"
    if old.get("stories") != head["stories"]:
        return "the story layer changed (isletwatch stories ran with new results)"
    limit = min(MAX_CHANGED, max(50, int(MAX_CHANGED_SHARE * len(state.rows))))
    if len(changes.doc_ids) > limit:
        return f"{len(changes.doc_ids)} documents changed (a full build is as fast above {limit})"
    return ""


# --- stand-in page models ----------------------------------------------------------------------------------------

class _Doc:
    """The fields of a Document that the planning functions read (no text)."""
    __slots__ = ("id", "source", "kind", "published", "fetched_at", "title", "identifiers", "content_hash")

    def __init__(self, row: list[Any]) -> None:
        (self.id, _, self.source, self.kind, self.published, self.fetched_at, found, self.title, self.identifiers,
         self.content_hash) = row[:10]
        self.fetched_at = self.fetched_at or found


_month = month_of


def _months_to_check(months: list[str], rows: list[list[Any]]) -> set[str]:
    """The months whose claim pages may differ from the last build's: those where `rows` (changed documents, old
    and new) have claims, and the months before and after each (in the site's month order, which is `months`:
    newest first, undated last), whose "newer"/"older" links point into them."""
    touched = {_month(r[4]) for r in rows if r[11]}
    check = set(touched)
    distinct = list(dict.fromkeys(months))

    def before(a: str, b: str) -> bool:  # a is listed before b
        return a != "undated" and (b == "undated" or a > b)

    for m in touched:
        newer = [x for x in distinct if before(x, m)]
        older = [x for x in distinct if before(m, x)]
        if newer:
            check.add(newer[-1])
        if older:
            check.add(older[0])
    return check


def _pages_changed_on_disk(out_dir: Path, previous_keys: dict[str, list[Any]]) -> list[str]:
    """_changed_on_disk for the pages of documents and claim lists the last build wrote."""
    return _changed_on_disk(out_dir, [(rel, old) for rel, old in previous_keys.items()
                                      if len(old) >= 4 and rel.startswith(("documents/", "claims/"))])


def _changed_on_disk(out_dir: Path, files: list[tuple[str, list[Any]]]) -> list[str]:
    """The files whose size or modification time differ from what the manifest recorded (or that are gone)."""
    root, out = f"{out_dir}{os.sep}", []
    for rel, old in files:
        try:
            st = os.stat(root + rel)
            if st.st_size != old[2] or st.st_mtime_ns != old[3]:
                out.append(rel)
        except OSError:
            out.append(rel)
    return out


def _splice_write(out_dir: Path, order: list[tuple[str, str, bool]], changed: set[str],
                  made: dict[str, dict[str, bytes]], write: bool, report: Callable[[bool], None]) -> bool:
    """Every download spliced (SplicePlan.write_file) to a temporary file, and the index of their documents' bytes
    saved beside (_move_spliced moves them in place); `made`: the changed documents' bytes (downloads.changed_chunks);
    `report(possible)` as soon as the last build's index is read
    and checked (SplicePlan.possible). Nothing is written when that fails or `write` is False; whether it was."""
    fragments = downloads.Fragments(out_dir, out_dir / builder.FRAGMENTS)
    splice = downloads.SplicePlan(fragments, order, changed)
    report(splice.possible)
    if not splice.possible or not write:
        return False
    sizes = {name: splice.write_file(out_dir, name, made.get(name, {}), move=False) for name, _, _ in downloads.FILES}
    fragments.save(sizes, _fragments_tmp(out_dir))
    return True


def _move_spliced(out_dir: Path) -> None:
    for name, _, _ in downloads.FILES:
        path = out_dir / "downloads" / name
        os.replace(downloads.splice_tmp(path), path)
    os.replace(_fragments_tmp(out_dir), out_dir / builder.FRAGMENTS)


def _splice(out_dir: Path, order: list[tuple[str, str, bool]], changed: set[str], made: dict[str, dict[str, bytes]],
            write: bool, report: Callable[[bool], None], go: Callable[[], bool]) -> bool:
    """_splice_write, then, once `go()` says this build goes on, the files moved in place (the kernel's flush of
    a file that replaces another is paid here, in the child, not by the pages); whether they were."""
    if not _splice_write(out_dir, order, changed, made, write, report) or not go():
        return False
    _move_spliced(out_dir)
    return True


def _fragments_tmp(out_dir: Path) -> Path:
    return out_dir / (builder.FRAGMENTS + ".part")


class _Splice:
    """The downloads spliced in a forked child that starts as soon as the changed documents are read (it needs
    only the site's order, the content keys and the changed documents' page models), so the kernel copies the
    runs of the old files on the other core while this process makes the stand-ins, feeds and pages (in a thread
    it would share this process's interpreter lock; a lower priority was tried and left this process waiting
    for the downloads whenever other work shared the machine). The child reads and checks the last build's
    index of the downloads itself (`possible`, reported first); it writes temporary files, moved in place only
    once this build is sure to go on (`go`), removed by `abort` when it falls back."""

    def __init__(self, out_dir: Path, order: list[tuple[str, str, bool]], changed: set[str],
                 made: dict[str, dict[str, bytes]], write: bool) -> None:
        self.out_dir, self._write = out_dir, write
        self._child: forked.Forked | None = None
        self._possible: list[bool] = []
        self._done = False
        if forked.available():
            self._conn, conn = multiprocessing.get_context("fork").Pipe(duplex=True)

            def go() -> bool:
                try:
                    return bool(conn.recv())
                except EOFError:
                    return False
            self._child = forked.Forked(_splice, out_dir, order, changed, made, write, conn.send, go)
            conn.close()
        else:  # here, one step after the other: the files are written now and moved by `go`
            self._wrote = _splice_write(out_dir, order, changed, made, write, self._possible.append)

    def possible(self) -> bool:
        """Whether the last build's downloads can be spliced (waits for the child to have checked)."""
        if not self._possible:
            try:
                self._possible.append(bool(self._conn.recv()))
            except EOFError:
                self._possible.append(False)
        return self._possible[0]

    def go(self) -> None:
        """This build goes on: the spliced files may replace the last build's."""
        if self._child is not None:
            if self._write:  # (a child that writes nothing has returned already)
                try:
                    self._conn.send(True)
                except OSError:  # it ended: commit says why
                    pass
        elif self._wrote:
            _move_spliced(self.out_dir)

    def commit(self) -> bool:
        """Wait for the splice (moved in place after `go`); whether it wrote the downloads."""
        self._done = True
        if self._child is None:
            return self._wrote
        wrote = self._child.result()
        self._conn.close()
        return wrote

    def abort(self) -> None:
        """Stop the splice (this build falls back or failed) and remove what it wrote."""
        if self._done:
            return
        self._done = True
        if self._child is not None:
            self._child.stop()
            self._conn.close()
        for path in [*(downloads.splice_tmp(self.out_dir / "downloads" / name) for name, _, _ in downloads.FILES),
                     _fragments_tmp(self.out_dir)]:
            try:
                path.unlink()
            except FileNotFoundError:
                pass


class _ClaimStandIn:
    """A claim as the planning functions read it (ClaimView's `claim.outcome`, `claim.product`, `published`,
    `doc`, `number`, `story`): one small object per claim instead of a ClaimView and a Claim (240,000 each)."""
    __slots__ = ("outcome", "product", "doc", "number", "story", "published")

    def __init__(self, outcome: str | None, product: str | None, doc: DocView, number: int, story: Any) -> None:
        self.outcome, self.product, self.doc, self.number, self.story = outcome, product, doc, number, story
        self.published = doc.doc.published

    @property
    def claim(self) -> "_ClaimStandIn":
        return self


class _Facts:
    __slots__ = ("products", "registry_ids")

    def __init__(self, products: list[str], registry_ids: list[str]) -> None:
        self.products, self.registry_ids = products, registry_ids


_NO_FACTS = _Facts([], [])


class _SourceStandIn(SourceView):
    """A source of stand-ins with its kinds and claims counted while the stand-ins are made (SourceView counts
    them over its documents each time a page asks, a pass over 100,000 documents for the sources page)."""
    kinds: list[tuple[str, int]] = []  # type: ignore[assignment]  # plain attributes here, not properties
    claim_count: int = 0  # type: ignore[assignment]


@dataclass
class StandIns:
    """stand_ins' result: the site of stand-ins and what was counted while making it."""
    data: SiteData
    by_month: dict[str, list[Any]]  # the claims by month (paging.month_of), months in the site's order
    kinds: Counter  # documents per kind
    position: dict[str, int]  # document id → its place in data.docs
    trial_records: list[DocView]  # registry records with a trial id, in the site's order
    versions: Counter  # documents per extractor version


def stand_ins(rows: list[list[Any]], links: Any, read_texts: Callable[[list[str]], dict[str, str]]) -> StandIns:
    """A SiteData of stand-in page models, one per row, in the rows' order (the site's): enough for feeds,
    month pages, sources, counts, story views and the search plan; never rendered. One pass makes them and
    counts what the listing pages need (claims by month, kinds by source), so no page walks them all again."""
    docs: list[DocView] = []
    claims: list[ClaimView] = []
    sources: dict[str, _SourceStandIn] = {}
    kinds: dict[str, Counter] = {}
    slugs: dict[str, str] = {}
    by_month: dict[str, list[Any]] = {}
    trial_records: list[DocView] = []
    outcomes: list[str] = []
    month_counts: Counter = Counter()
    versions: Counter = Counter()
    outlets, by_doc = links.outlets, links.by_doc
    for row in rows:
        doc_id = row[0]
        source = row[2]
        slug = slugs.get(source)
        if slug is None:
            slug = slugs[source] = source_slug(source)
        view = DocView(_Doc(row), _Facts(row[13], row[14]) if row[13] or row[14] else _NO_FACTS, row[1], slug,
                       extractor_version=row[10], outlet_name=outlets.get(doc_id) if outlets else None)
        view.__dict__["found"] = row[6]  # cached properties, from the row
        view.__dict__["cited_ids"] = [tuple(x) for x in row[15]] if row[15] else []
        group = sources.get(source)
        if group is None:
            group = sources[source] = _SourceStandIn(source, slug)
            kinds[source] = Counter()
        if row[11]:
            story = by_doc.get(doc_id) if by_doc else None
            view.claims = [_ClaimStandIn(o, p, view, n, story)  # type: ignore[misc]
                           for n, (o, p) in enumerate(zip(row[11], row[12]), 1)]
            claims.extend(view.claims)
            group.claim_count += len(row[11])
            outcomes.extend(row[11])  # counted once at the end: a Counter.update per row costs more than the list
            published = row[4]
            if published and len(published) >= 7:
                month_counts[published[:7]] += len(row[11])
            month = month_of(published)
            members = by_month.get(month)
            if members is None:
                by_month[month] = list(view.claims)
            else:
                members.extend(view.claims)
        if row[3] == "registry" and row[8]:
            trial_records.append(view)
        kinds[source][row[3]] += 1
        if row[10]:
            versions[row[10]] += 1
        group.docs.append(view)
        docs.append(view)
    total: Counter = Counter()
    for name, group in sources.items():
        group.kinds = sorted(kinds[name].items())
        total.update(kinds[name])
    data = SiteData(docs=docs, claims=claims, sources=sorted(sources.values(), key=lambda s: s.label.lower()),
                    stories=links, read_texts=read_texts, month_counts=month_counts)
    data.prime_facet("outcome", Counter(outcomes))
    return StandIns(data, by_month, total, dict(zip(map(itemgetter(0), rows), range(len(rows)))), trial_records,
                    versions)


def _order(kept: list[list[Any]], new: list[list[Any]]) -> list[list[Any]]:
    """The site's order (pages.newest_first: published date descending, undated last, ties by id): `kept` is in
    it already (the last build's), so each new row is put in place by binary search, not by sorting them all."""
    rows = list(kept)
    for row in sorted(new, key=lambda r: r[0]):
        published, doc_id = row[4] or "", row[0]
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            other = rows[mid][4] or ""
            if other > published or (other == published and rows[mid][0] < doc_id):
                lo = mid + 1
            else:
                hi = mid
        rows.insert(lo, row)
    return rows


def _merged_feeds(site: StandIns, state: State, new_ids: set[str], row_of_id: dict[str, list[Any]],
                  config: SiteConfig, store: Store) -> tuple[list[feeds.Feed], feeds.ProductScans] | None:
    """The feeds when the only changes are new documents, made from a few candidates instead of every document.

    Why it holds: a feed lists its members newest found first and shows the first FEED_LIMIT; a new document
    changes no other document's membership or place, so each feed's first entries are among its last ones
    (kept in the state: feeds.tops) and the new documents, and its size grows by the new documents it takes.
    The candidates also hold every registry record with a trial id (a trial feed is named by the last one in the
    site's order), and the product feeds are named from the whole site's counts of each spelling (kept in the
    state). None (every document is listed again) when the state lacks them, when the new documents bring a
    product spelling (the texts are then scanned again for it), or when a check of this reasoning fails."""
    head = state.header
    tops, products = head.get("feed_tops"), head.get("products")
    if not isinstance(tops, dict) or not isinstance(products, dict):
        return None
    wanted = set(new_ids)
    for _, ids in tops.values():
        wanted.update(ids)
    data, position = site.data, site.position
    places = {position[i] for i in wanted if i in position} | {position[d.doc.id] for d in site.trial_records}
    docs = [data.docs[i] for i in sorted(places)]
    occurrences: Counter[str] = Counter(products)
    for d in docs:
        if d.doc.id in new_ids:
            occurrences.update([*d.facts.products, *[c.claim.product for c in d.claims if c.claim.product]])
    scans = feeds.ProductScans(head.get("forms", ""), {d.doc.id: row_of_id[d.doc.id][_I["scan"]] for d in docs
                                                       if d.doc.id not in new_ids}, dict(occurrences))
    sources: dict[str, SourceView] = {}
    for d in docs:
        group = sources.get(d.doc.source)
        if group is None:
            group = sources[d.doc.source] = SourceView(d.doc.source, d.source_slug)
        group.docs.append(d)
    some = SiteData(docs=docs, claims=[c for d in docs for c in d.claims],
                    sources=sorted(sources.values(), key=lambda s: s.label.lower()), stories=data.stories,
                    read_texts=data.read_texts)
    feed_list = feeds.feed_list(some, config.title, config.feeds, store, None, scans)
    if scans.forms != head.get("forms", "") or set(tops) - {f.path for f in feed_list}:
        return None
    for f in feed_list:
        added = sum(1 for d in f.docs if d.doc.id in new_ids)
        old = tops.get(f.path)
        if old is None:  # a new feed (a new outcome, trial or source): only new documents can be in it
            if added != len(f.docs):
                return None
            f.total = added
            continue
        members = {d.doc.id for d in f.docs}
        if not all(i in members for i in old[1]):
            return None
        f.total = old[0] + added
    return feed_list, scans


# --- the build ---------------------------------------------------------------------------------------------------

class Fallback(Exception):
    """Raised before anything is written when this build has to be a full one after all."""


@dataclass
class _Plan:
    rows: list[list[Any]]
    changed: set[str]  # documents whose page, rows and download bytes are made anew
    removed: set[str]
    copies: dict[str, list[Any]]
    old_ids: set[str]  # the documents of the last build


def _plan(store: Store, state: State, changes: StoreChanges, links: Any) -> _Plan:
    """What changed: documents read from the store (new, changed, gone; copies count for their originals),
    with the rows of the others; raises Fallback when the change is beyond what a rebuild plans."""
    ids = set(changes.doc_ids or ())
    found = store.get_documents(sorted(ids)) if ids else {}
    copies = dict(state.copies)
    touched: set[str] = set()  # originals whose list of copies changed
    for doc_id in ids:
        old = copies.pop(doc_id, None)
        if old is not None:
            touched.add(old[0])
        doc = found.get(doc_id)
        if doc is not None and doc.duplicate_of:
            copies[doc_id] = [doc.duplicate_of, doc.source, doc.url, doc.published]
            touched.add(doc.duplicate_of)
    originals = {doc_id for doc_id, doc in found.items() if not doc.duplicate_of}
    old_ids = {r[0] for r in state.rows}
    removed = {doc_id for doc_id in ids if doc_id in old_ids and doc_id not in originals}
    changed = originals | (touched & (old_ids | originals))
    changed -= removed
    story_ids = set(links.doc_info) | {m.id for s in links.records for m in s.documents}
    story_ids |= {c for info in links.doc_info.values() for c in info.cited_by}
    story_ids |= {m.duplicate_of for s in links.records for m in s.documents if m.duplicate_of}
    if (changed | removed) & story_ids:
        raise Fallback("a changed document is part of a story (story pages are not rebuilt one by one)")
    trials = {s.trial.upper() for s in links.records if s.trial}
    for doc_id in originals:
        doc = found[doc_id]
        if doc.kind == "registry" and str(doc.identifiers.get("nct", "")).upper() in trials:
            raise Fallback("a changed registry record is the trial of a story")
    if any(r[1] != f"documents/{slugify(r[0])}.html" for r in state.rows if r[0] in removed or r[0] in changed):
        # which of two colliding ids keeps the plain name depends on the order of every document
        raise Fallback("a changed document's page name had been made unique against another's")
    paths = {r[1] for r in state.rows if r[0] not in changed and r[0] not in removed}
    for doc_id in sorted(changed - old_ids):
        path = f"documents/{slugify(doc_id)}.html"
        if path in paths:
            raise Fallback(f"the new document {doc_id}'s page name is taken by another document")
        paths.add(path)
    rows = [r for r in state.rows if r[0] not in changed and r[0] not in removed]
    return _Plan(rows, changed, removed, copies, old_ids)


def _copies_of(copies: dict[str, list[Any]]) -> dict[str, list[docworker.Copy]]:
    """Original id → its copies as its page lists them (pages.newest_first order)."""
    grouped: dict[str, list[tuple[str, list[Any]]]] = {}
    for copy_id, (original, source, url, published) in copies.items():
        grouped.setdefault(original, []).append((copy_id, [source, url, published]))
    out = {}
    for original, members in grouped.items():
        members.sort(key=lambda m: m[0])
        members.sort(key=lambda m: m[1][2] or "", reverse=True)
        out[original] = [docworker.Copy(m[1][0], m[1][1]) for m in members]
    return out


def build(store: Store, out_dir: Path, config: SiteConfig, stamp: str, search: bool, state: State,
          changes: StoreChanges, head: dict[str, Any], started: float,
          progress: Callable[[int, int], None] | None = None) -> builder.SiteSummary:
    """Rebuild from `state` what `changes` touch (see the module's docstring); raises Fallback before writing
    anything when a full build is needed after all."""
    splices: list[_Splice] = []
    try:
        return _rebuild(store, out_dir, config, stamp, search, state, changes, head, started, progress, splices)
    except BaseException:
        for splice in splices:  # a fallback or a failure: the downloads' splice stopped, its files removed
            splice.abort()
        raise


def _rebuild(store: Store, out_dir: Path, config: SiteConfig, stamp: str, search: bool, state: State,
             changes: StoreChanges, head: dict[str, Any], started: float,
             progress: Callable[[int, int], None] | None, splices: list[_Splice]) -> builder.SiteSummary:
    phases: dict[str, float] = {}
    lap = builder._lap(phases)
    links = load_story_links(store)
    plan = _plan(store, state, changes, links)
    copies = _copies_of(plan.copies)
    site_key = head["site_key"]
    # the changed documents' page models, as a full build makes them (read whole from the store)
    jobs = [docworker.DocJob(doc_id, f"documents/{slugify(doc_id)}.html", links.outlets.get(doc_id),
                             links.by_doc.get(doc_id), tuple(copies.get(doc_id, ())), None, "")
            for doc_id in sorted(plan.changed)]
    fresh_views: dict[str, DocView] = {}
    for i in range(0, len(jobs), 500):
        for view, _ in docworker.views_from_store(store, jobs[i:i + 500]):
            fresh_views[view.doc.id] = view
    new_rows = []
    for doc_id, view in fresh_views.items():
        content, page_key = builder._doc_keys(view, site_key, None)
        new_rows.append(row_of(view, page_key, content))
    rows = _order(plan.rows, new_rows)
    row_of_id = {r[0]: r for r in rows}
    short_keys = [r[_I["content_key"]][:20] for r in rows]  # as the downloads and the search plan key documents
    order = list(zip(map(itemgetter(0), rows), short_keys, map(bool, map(itemgetter(11), rows))))
    if plan.changed or plan.removed:  # the downloads change: spliced from now on, beside what follows (_Splice)
        made = downloads.changed_chunks([fresh_views[i] for i in sorted(plan.changed)])  # here: a few documents
        splices.append(_Splice(out_dir, order, plan.changed, made, True))
    lap("load")

    site_of_stand_ins = stand_ins(rows, links, store.get_texts)
    data = site_of_stand_ins.data
    story_views, outlet_views = story_pages.build_views(data)
    ids = list(map(id, data.docs))  # the stand-ins are in the rows' order
    page_keys = dict(zip(ids, map(itemgetter(_I["page_key"]), rows)))
    content_keys = dict(zip(ids, map(itemgetter(_I["content_key"]), rows)))
    lap("stand-ins")
    out = builder._Output(out_dir)
    # files the last build wrote and someone changed since (size or time differ from the manifest's): pages of
    # documents are rendered again (checked in a forked child, on the other core: 100,000 stats and the loop
    # around them; a thread shared this process's interpreter lock), anything else makes this a full build (as a
    # full build would notice)
    checking: Any
    if forked.available():
        checking = forked.Forked(_pages_changed_on_disk, out_dir, out.previous_keys)
    else:
        stats = ThreadPoolExecutor(max_workers=1)
        checking = stats.submit(_pages_changed_on_disk, out_dir, out.previous_keys)
        stats.shutdown(wait=False)
    pages_on_disk: list[list[str]] = []

    def changed_pages() -> list[str]:
        if not pages_on_disk:
            pages_on_disk.append(checking.result())
        return pages_on_disk[0]
    try:
        for rel in _changed_on_disk(out_dir, [(rel, old) for rel, old in out.previous_keys.items()
                                              if len(old) >= 4 and not rel.startswith(("documents/", "claims/",
                                                                                        "feeds/"))]):
            raise Fallback(f"{rel} changed on disk since the last build")  # claim pages and feeds: one by one
    except BaseException:
        changed_pages()
        raise
    lap("manifest-read")
    # with no document changed, only the pages every build renders are made (build time, counts, crawl health):
    # feeds, lists, downloads and search are as the last build left them, and so is the state
    quiet = not plan.changed and not plan.removed
    downloads_key = builder._key("downloads", *content_keys.values())
    if not splices:  # nothing changed: the downloads are spliced again only when they are not as last written
        splices.append(_Splice(out_dir, order, plan.changed, {}, not all(
            out.fresh(f"downloads/{name}", downloads_key) for name, _, _ in downloads.FILES)))
    splice = splices[0]
    if not splice.possible():
        changed_pages()
        raise Fallback("the downloads' index of the last build is missing or does not match its files")
    if not quiet:
        drop_state(out_dir)  # from here on files change: a build that fails now must leave no state behind
    splice.go()
    lap("prepare")

    def materialize(doc_ids: Iterable[str]) -> dict[str, DocView]:
        """Page models of documents, whole, read from the store (changed ones are already here)."""
        want = [i for i in dict.fromkeys(doc_ids) if i not in fresh_views]
        batch = [docworker.DocJob(i, row_of_id[i][1], links.outlets.get(i), links.by_doc.get(i),
                                  tuple(copies.get(i, ())), None, "") for i in want]
        for k in range(0, len(batch), 500):
            for view, _ in docworker.views_from_store(store, batch[k:k + 500]):
                fresh_views[view.doc.id] = view
        return fresh_views

    def real(stand_in: DocView) -> DocView:
        return fresh_views[stand_in.doc.id]

    feed_list: list[feeds.Feed] = []
    scans = feeds.ProductScans(state.header.get("forms", ""))
    if not quiet:
        merged = None
        if not plan.removed and not (plan.changed & plan.old_ids):  # new documents only
            merged = _merged_feeds(site_of_stand_ins, state, plan.changed, row_of_id, config, store)
        if merged is not None:
            feed_list, scans = merged
            for doc_id in plan.changed:
                row_of_id[doc_id][_I["scan"]] = scans.by_doc.get(doc_id, [])
        else:  # every document listed again
            scans.by_doc = dict(zip(map(itemgetter(0), plan.rows), map(itemgetter(_I["scan"]), plan.rows)))
            feed_list = feeds.feed_list(data, config.title, config.feeds, store, None, scans)
            for r in rows:
                r[_I["scan"]] = scans.by_doc.get(r[0], [])
    # the rows are final now (the product names each text holds included): a forked child writes the state while
    # the pages are made; it is moved in place only once everything is written
    def write_state() -> None:
        save_state(out_dir, {**head, "forms": scans.forms, "feed_count": len(feed_list),
                             "products": scans.occurrences, "feed_tops": feeds.tops(feed_list)}, rows, plan.copies,
                   move=False)
    writing_state = None
    if not quiet:
        writing_state = forked.Forked(write_state) if forked.available() else None
        if writing_state is None:
            write_state()
    lap("feeds")
    claim_pages = pages_of_months(site_of_stand_ins.by_month, builder.CLAIMS_PER_PAGE)
    env = make_env()
    primary = sum(n for kind, n in site_of_stand_ins.kinds.items() if kind in labels.PRIMARY_KINDS)
    site = {"title": config.title, "base_url": config.base_url, "generated_at": stamp,
            "counts": counts(data, story_views, primary)}

    def page(rel: str, template: str, nav: str | None = None, key: str | None = None, **ctx: Any) -> None:
        html = env.get_template(template).render(site=site, root="../" * rel.count("/"), nav=nav or rel, **ctx)
        out.write(rel, html, key)

    # what the site holds now; files of the last build outside it are removed by prune
    listed = ("documents/", "claims/", "feeds/", "sources/")
    expected = set(map(itemgetter(1), rows)) | {cp.rel for cp in claim_pages} | {f.path for f in feed_list} \
        | {s.path for s in data.sources} | {"claims/index.html", "sources/index.html"}
    if quiet:
        expected |= {rel for rel in out.previous if rel.startswith("feeds/")}
    # set differences (C speed) instead of a test of each of the last build's 100,000 files
    out.files = out.previous - {rel for rel in out.previous - expected if rel.startswith(listed)}
    out.keys = dict(out.previous_keys)
    for rel in out.keys.keys() - out.files:
        del out.keys[rel]
    for doc_id in plan.changed:  # pages of changed documents are rendered again below
        out.keys.pop(row_of_id[doc_id][1], None)

    # document pages
    by_path = {r[1]: r[0] for r in rows} if changed_pages() else {}
    repage = {by_path[rel] for rel in changed_pages() if rel in by_path}  # not: removed documents' pages
    for doc_id in repage:
        out.keys.pop(row_of_id[doc_id][1], None)
    materialize(sorted(repage))
    for doc_id in sorted(plan.changed | repage):
        view = fresh_views[doc_id]
        out.write(view.path, docworker.render_document(env, site, view, None, builder.highlight_evidence),
                  row_of_id[doc_id][_I["page_key"]])
    # claim lists by month: the pages whose key (their claims' page keys and pager) changed, looked for in the
    # months a changed document has (or had) claims in and the months next to those (whose pager may change)
    on_disk = {rel for rel in changed_pages() if rel.startswith("claims/")}
    old_rows = [r for r in state.rows if r[0] in plan.changed or r[0] in plan.removed] \
        if plan.removed or plan.changed & plan.old_ids else []  # the last build's rows of changed documents
    months = _months_to_check([cp.month for cp in claim_pages], old_rows + [row_of_id[i] for i in plan.changed])
    stale_pages = []
    for cp in claim_pages:
        if cp.month not in months and cp.rel not in on_disk:
            continue
        key = builder._key(cp.rel, json.dumps(cp.pager()), *(f"{page_keys[id(c.doc)]}#{c.number}" for c in cp.claims))
        if not out.fresh(cp.rel, key):
            stale_pages.append((cp, key))
    materialize(c.doc.doc.id for cp, _ in stale_pages for c in cp.claims)
    for cp, key in stale_pages:
        page(cp.rel, "claims.html", nav="claims/index.html", key=key, pager=cp.pager(),
             claims=[real(c.doc).claims[c.number - 1] for c in cp.claims])
    # feeds whose newest documents or their pages changed
    stale_feeds = []
    for f in feed_list:
        key = builder._key(site_key, config.base_url, f.path, f.title, f.subtitle,
                           *(page_keys[id(d)] for d in f.docs[:feeds.FEED_LIMIT]))
        if not out.fresh(f.path, key):
            stale_feeds.append((f, key))
    materialize(d.doc.id for f, _ in stale_feeds for d in f.docs[:feeds.FEED_LIMIT])
    feed_site = {"title": config.title}
    for f, key in stale_feeds:
        shown = feeds.Feed(f.path, f.title, f.subtitle, [real(d) for d in f.docs[:feeds.FEED_LIMIT]], f.label,
                           f.group, f.claim_filter, f.fallback)
        out.write(f.path, feeds.render_feed(env, shown, feed_site, config.base_url), key)
    # source pages that list a changed or removed document
    touched_sources = {row_of_id[i][2] for i in plan.changed} | {r[2] for r in old_rows if r[0] in plan.removed}
    for s in data.sources:
        if s.name in touched_sources:
            materialize(d.doc.id for d in s.docs[:builder.DOCS_PER_SOURCE_PAGE])
            limit = builder.DOCS_PER_SOURCE_PAGE  # whole page models for the rows it shows, stand-ins to count
            shown = SourceView(s.name, s.slug, [real(d) for d in s.docs[:limit]] + s.docs[limit:])
            page(s.path, "source.html", nav="sources/index.html", s=shown, limit=limit)
    # the pages every build renders (counts, the latest claims, the build time, crawl health)
    latest = data.claims[:builder.LATEST_ON_HOME]
    materialize(c.doc.doc.id for c in latest)
    page("index.html", "home.html", latest=[real(c.doc).claims[c.number - 1] for c in latest],
         timeline=data.timeline(), stories=[v for v in story_views if len(v.rows) > 1][:8],
         outcomes=data.facet("outcome"))
    page("search.html", "search.html")
    page("about.html", "about.html", versions=builder._versions(data, site_of_stand_ins.versions),
         text_chars=search_index.TEXT_CHARS)
    page("claims/index.html", "months.html", nav="claims/index.html", months=month_index(claim_pages))
    html404 = env.get_template("404.html").render(site=site, root=(config.base_url.rstrip("/") + "/")
                                                  if config.base_url else "/", nav="")
    out.write("404.html", html404)
    page("sources/index.html", "sources.html", sources=data.sources,
         health=[h.to_dict() for h in source_health(store)])
    lap("pages")

    # downloads: the other documents' bytes copied from the last build's files, the changed ones made anew
    if splice.commit():
        for name, _, _ in downloads.FILES:
            rel = f"downloads/{name}"
            out.files.add(rel)
            out.written += 1
            st = (out_dir / rel).stat()
            out.keys[rel] = [downloads_key, "", st.st_size, st.st_mtime_ns]
    files = [downloads.Download(name, text, (out_dir / "downloads" / name).stat().st_size)
             for name, text, _ in downloads.FILES]
    package = datapackage(files, config.title, config.base_url)
    out.write("downloads/datapackage.json", package)
    files.append(downloads.Download("datapackage.json", DATAPACKAGE_DESCRIPTION, len(package)))
    if not quiet:
        page("data.html", "data.html", downloads=files, feeds=feed_list, feed_limit=feeds.FEED_LIMIT,
             feed_groups=feeds.GROUPS, csv_columns=downloads.CSV_COLUMNS)
    out.write("search-terms.json", search_terms.client_table())
    for asset in sorted(builder.STATIC.iterdir()):
        if asset.is_file():
            out.write(f"static/{asset.name}", asset.read_bytes())
    lap("downloads")

    # the manifest (every file this build keeps) is final now: a forked child writes it while this process
    # writes the search segment
    def finish_files() -> int:
        return out.prune()
    finishing = forked.Forked(finish_files) if forked.available() else None

    # search: the last build's segments kept, changed documents dead, new ones in a new segment
    search_seconds, rebuilt = 0.0, False
    if search and not quiet:
        search_started = time.perf_counter()
        root, segments, finish = search_index.segment_plan(data, out_dir, content_keys,
                                                           dict(zip(map(itemgetter(0), rows), short_keys)))
        for seg in segments:
            assert seg.docs is not None
            job = docworker.SegmentJob(str(root), seg.name, seg.ids, seg.keys,
                                       [docworker.DocJob(d.doc.id, d.path, d.outlet_name, links.by_doc.get(d.doc.id),
                                                         tuple(copies.get(d.doc.id, ())), None, "") for d in seg.docs],
                                       [False] * len(seg.docs))
            docworker.run_segment(store, job, lambda view, job: None)
        rebuilt = finish([True] * len(segments))
        search_seconds = time.perf_counter() - search_started
    lap("search")
    removed = finishing.result() if finishing is not None else finish_files()
    if writing_state is not None:
        writing_state.result()
    if not quiet:
        commit_state(out_dir)
    lap("manifest-and-state")
    feed_count = state.header.get("feed_count", 0) if quiet else len(feed_list)
    lap("state-write")
    total = (9 + len(claim_pages) + len(data.docs) + len(story_views) + len(outlet_views) + len(data.sources)
             + feed_count)
    if progress:
        progress(total, total)
    for d in data.docs:  # stand-ins and their claims point at each other: freed now, not by the next collection
        d.claims = []
    for view in fresh_views.values():
        view.claims = []
    changed = len(plan.changed) + len(plan.removed)
    return builder.SiteSummary(
        pages=total - feed_count, documents=len(data.docs), claims=len(data.claims), stories=len(story_views),
        feeds=feed_count, seconds=time.perf_counter() - started, written=out.written, removed=removed,
        search_seconds=search_seconds, search_rebuilt=rebuilt, out_dir=str(out_dir), phases=phases,
        searched=search, mode=f"incremental: {changed} document{'' if changed == 1 else 's'} changed")
