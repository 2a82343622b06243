"""build_site: the Store → a static site (pages, comparisons, feeds, downloads, search index).

Output is deterministic: the same store gives the same bytes, except the
"built at" stamp on the home page (fix it with `generated_at`). Rebuilds are
incremental where it is cheap to be: a file is rewritten only when its bytes
change, the search index only when its input changed, and pages of documents
that left the store are removed (only files this builder wrote, listed in a
manifest, are ever deleted).
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from isletwatch.config import SiteConfig
from isletwatch.errors import SiteError
from isletwatch.health import source_health
from isletwatch.index import Store

from . import downloads, feeds, groups, search_index
from .pages import ClaimView, DocView, counts, load_site_data
from .render import highlight_evidence, make_env

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = STATIC.with_name("templates")
MANIFEST = ".isletwatch-manifest.json"
CLAIMS_PER_PAGE = 100
LATEST_ON_HOME = 25


@dataclass
class SiteSummary:
    pages: int
    documents: int
    claims: int
    groups: int
    feeds: int
    seconds: float
    written: int = 0
    removed: int = 0
    search_seconds: float = 0.0
    search_rebuilt: bool = False
    out_dir: str = ""

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        search = "rebuilt" if self.search_rebuilt else "unchanged" if self.search_seconds else "skipped"
        return (f"site: {self.pages} pages ({self.documents} documents, {self.claims} claims, {self.groups} "
                f"comparisons) and {self.feeds} feeds in {self.seconds:.1f} s ({rate:.0f} pages/s); {self.written} "
                f"files written, {self.removed} removed; search index {search} ({self.search_seconds:.1f} s) "
                f"→ {self.out_dir}")


class _Output:
    """Writes files under a root only when their bytes change, and remembers what it wrote.

    The manifest records every file of the last build and, for cacheable pages,
    the hash of the inputs and of the bytes written: a page whose inputs and
    file are both unchanged is not even rendered again.
    """

    def __init__(self, root: Path) -> None:
        self.root, self.files, self.written = root, set(), 0
        self.keys: dict[str, list[str]] = {}
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
            if hashlib.sha256((self.root / rel).read_bytes()).hexdigest() != old[1]:
                return False
        except FileNotFoundError:
            return False
        self.files.add(rel)
        self.keys[rel] = old
        return True

    def write(self, rel: str, content: str | bytes, key: str | None = None) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = self.root / rel
        self.files.add(rel)
        if key is not None:
            self.keys[rel] = [key, hashlib.sha256(data).hexdigest()]
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return
        except FileNotFoundError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)  # a build killed midway leaves a stale file, which the next build rewrites
        self.written += 1

    def prune(self) -> int:
        """Delete files the previous build wrote that this one did not; then record this build's files."""
        removed = 0
        for rel in sorted(self.previous - self.files):
            path = (self.root / rel).resolve()
            if self.root.resolve() in path.parents and path.is_file():
                path.unlink()
                removed += 1
        manifest = {"files": sorted(self.files), "keys": dict(sorted(self.keys.items()))}
        (self.root / MANIFEST).write_text(json.dumps(manifest, indent=0), encoding="utf-8")
        return removed


def _templates_key() -> str:
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _doc_fields(d: DocView) -> str:
    doc = d.doc  # content_hash stands for the title and text
    return json.dumps([d.path, d.source_path, doc.id, doc.source, doc.kind, doc.url, doc.published, doc.fetched_at,
                       doc.language, doc.content_hash, sorted(doc.identifiers.items()), d.facts.to_schema(),
                       d.extractor_version, [[x.source, x.url] for x in d.duplicates]])


def _claims_fields(claims: list[ClaimView]) -> str:
    # repr of the Claim dataclass lists every field (evidence included) and is far cheaper than JSON
    return "\x1d".join(f"{c.claim!r}|{c.group.path if c.group else ''}|{c.group.document_count if c.group else 0}"
                        for c in claims)


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def build_site(store: Store, out_dir: Path, config: SiteConfig,
               progress: Callable[[int, int], None] | None = None, *,
               generated_at: str | None = None, search: bool = True) -> SiteSummary:
    """Build the whole site into `out_dir`; `search=False` skips the Pagefind index (pages only)."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SiteError(f"cannot create {out_dir} ({exc.strerror}); choose another --out") from exc
    stamp = generated_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    data = load_site_data(store)
    claim_groups = groups.group_claims(data.claims)
    site = {"title": config.title, "base_url": config.base_url, "generated_at": stamp,
            "counts": counts(data, claim_groups)}
    env = make_env()
    out = _Output(out_dir)
    feed_list = feeds.feed_list(data, config.title)
    files = downloads.build_downloads(data)
    claim_pages = max(1, -(-len(data.claims) // CLAIMS_PER_PAGE))
    total = 6 + claim_pages + len(data.docs) + len(claim_groups) + len(data.sources) + len(feed_list)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    def page(rel: str, template: str, nav: str | None = None, key: str | None = None, **ctx: Any) -> None:
        html = env.get_template(template).render(site=site, root="../" * rel.count("/"), nav=nav or rel, **ctx)
        out.write(rel, html, key)
        tick()

    try:
        page("index.html", "home.html", latest=data.claims[:LATEST_ON_HOME], timeline=data.timeline(),
             groups=claim_groups[:8], outcomes=data.facet("outcome"))
        page("search.html", "search.html")
        page("about.html", "about.html")
        page("data.html", "data.html", downloads=files, feeds=feed_list, feed_limit=feeds.FEED_LIMIT,
             csv_columns=downloads.CSV_COLUMNS)
        page("groups/index.html", "groups.html", nav="groups/index.html", groups=claim_groups)
        page("sources/index.html", "sources.html", sources=data.sources,
             health=[h.to_dict() for h in source_health(store)])
        site_key = _key(_templates_key(), config.title)
        doc_keys = {id(d): _key(site_key, _doc_fields(d), _claims_fields(d.claims)) for d in data.docs}

        def claims_key(rel: str, claims: list[ClaimView]) -> str:
            return _key(rel, str(claim_pages), *(f"{doc_keys[id(c.doc)]}#{c.number}" for c in claims))

        for n in range(1, claim_pages + 1):
            rel = "claims/index.html" if n == 1 else f"claims/page-{n}.html"
            chunk = data.claims[(n - 1) * CLAIMS_PER_PAGE:n * CLAIMS_PER_PAGE]
            key = claims_key(rel, chunk)
            if out.fresh(rel, key):
                tick()
                continue
            pager = {"number": n, "count": claim_pages,
                     "prev": None if n == 1 else ("claims/index.html" if n == 2 else f"claims/page-{n - 1}.html"),
                     "next": f"claims/page-{n + 1}.html" if n < claim_pages else None}
            page(rel, "claims.html", nav="claims/index.html", key=key, pager=pager, claims=chunk)
        for d in data.docs:
            key = doc_keys[id(d)]
            if out.fresh(d.path, key):
                tick()
                continue
            text_html, unplaced = highlight_evidence(d.doc.text, [(c.number, c.claim.evidence) for c in d.claims])
            page(d.path, "document.html", nav="", key=key, d=d, text_html=text_html, unplaced=unplaced)
        for g in claim_groups:
            key = claims_key(g.path, g.members)
            if out.fresh(g.path, key):
                tick()
                continue
            page(g.path, "group.html", nav="groups/index.html", key=key, g=g, compared=groups.COMPARED)
        for s in data.sources:
            page(s.path, "source.html", nav="sources/index.html", s=s)
        for f in feed_list:
            out.write(f.path, feeds.render_feed(env, f, site, config.base_url))
            tick()
        for d in files:
            out.write(d.path, d.content)
        for asset in sorted(STATIC.iterdir()):
            if asset.is_file():
                out.write(f"static/{asset.name}", asset.read_bytes())
        removed = out.prune()
    except OSError as exc:
        raise SiteError(f"cannot write the site into {out_dir} ({exc}); check the folder's permissions") from exc
    search_started = time.perf_counter()
    rebuilt = search_index.build_index(search_index.records(data), out_dir) if search else False
    search_seconds = time.perf_counter() - search_started if search else 0.0
    return SiteSummary(pages=done - len(feed_list), documents=len(data.docs), claims=len(data.claims),
                       groups=len(claim_groups), feeds=len(feed_list), seconds=time.perf_counter() - started,
                       written=out.written, removed=removed, search_seconds=search_seconds,
                       search_rebuilt=rebuilt, out_dir=str(out_dir))
