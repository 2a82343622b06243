"""Page models: everything the templates show, read once from the Store.

`load_site_data` makes one pass over the store (documents, their extraction
and syndicated copies) and returns plain objects in a fixed order, newest
first with ties broken by id, so the same store always gives the same pages.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from operator import attrgetter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from isletwatch.errors import SiteError
from isletwatch.index import Store
from isletwatch.model import DOC_FIELDS, Claim, DocFacts, Document, stable_hash
from isletwatch.nlp.gloss import GLOSSED_LANGUAGES, detect_language

from . import labels
from .render import IdLink, identifier_links
from .sanitize import UNSAFE, clean, clean_claim, clean_deep, clean_document, clean_keep_offsets
from .dates import utc_datetime
from .search_terms import find_ids
from .stories_seam import StoryRef, StoryLinks, load_story_links

_SAFE_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
EXTRACTION_BATCH = 500
_RESERVED = frozenset({"index", "page", "feeds"})


def slugify(value: str) -> str:
    """A file-name-safe, lower-case slug; anything that had to change gets a hash so two ids never collide."""
    if _SAFE_SLUG.fullmatch(value) and value not in _RESERVED and not value.endswith("."):
        return value
    base = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:48]
    return f"{base}-{stable_hash(value, length=8)}" if base else stable_hash(value, length=12)


@dataclass(eq=False)
class ClaimView:
    claim: Claim
    doc: "DocView"
    number: int
    story: StoryRef | None = None  # from the stories stage (stories_seam); None until it knows one

    @property
    def anchor(self) -> str:
        return f"claim-{self.number}"

    @property
    def path(self) -> str:
        return f"{self.doc.path}#{self.anchor}"

    @property
    def published(self) -> str | None:
        return self.doc.doc.published

    @property
    def title(self) -> str:
        """'Type 1 · Insulin independence · 10 of 12 patients'."""
        c = self.claim
        parts = [labels.label("diabetes_type", c.diabetes_type) or "Diabetes type not stated",
                 labels.label("outcome", c.outcome) or "Outcome not stated",
                 labels.patients(c.n_with_outcome, c.n_patients)]
        return " · ".join(parts)

    @property
    def treatment(self) -> str:
        c = self.claim
        return " · ".join(x for x in (c.product, labels.label("cell_type", c.cell_type),
                                      labels.label("implant_site", c.implant_site)) if x)

    @property
    def figures(self) -> list[tuple[str, str]]:
        """The stated numbers, as (label, reader's text) pairs, in schema order."""
        c = self.claim
        out = [("Patients", labels.patients(c.n_with_outcome, c.n_patients))]
        for name in ("time_to_outcome_days", "outcome_duration_days", "follow_up_days"):
            value = getattr(c, name)
            if value is not None:
                qualifier = c.outcome_duration_qualifier if name == "outcome_duration_days" else None
                out.append((labels.FIELD_LABELS[name], labels.days(value, qualifier)))
        if c.age_years is not None:
            out.append(("Age", labels.number(c.age_years)))
        if c.disease_duration_years is not None:
            out.append(("Years with diabetes", labels.number(c.disease_duration_years)))
        return out

    @cached_property
    def evidence_text(self) -> str:
        text = self.doc.doc.text
        pieces = [text[max(0, s.start):max(0, min(s.end, len(text)))].strip() for s in self.claim.evidence]
        return clean(" … ".join(p for p in pieces if p))

    @property
    def low_confidence(self) -> str:
        """'low confidence' when the extractor doubts this claim, else ''."""
        return labels.confidence(self.claim.confidence)

    @property
    def duration(self) -> tuple[int | None, str, str | None]:
        """(days, role, qualifier) of the one duration a table shows (see labels.duration)."""
        return labels.duration(self.claim)

    @property
    def duration_text(self) -> str:
        """'at least 12 months (lasted)' or '' — the table's duration cell in words."""
        days, role, qualifier = self.duration
        if days is None:
            return ""
        word = labels.QUALIFIER_WORDS.get(qualifier or "", "")
        unit = "month" if labels.months(days) == "1" else "months"
        return f"{word + ' ' if word else ''}{labels.months(days)} {unit} ({role})"

    @property
    def group_key(self) -> str:
        """What the table groups by: the story when the stories stage knows it, else the document itself."""
        return f"story:{self.story.id}" if self.story else f"doc:{self.doc.doc.id}"

    @property
    def group_title(self) -> str:
        return self.story.title if self.story else self.doc.title


ENGLISH_HINT = re.compile(r"\b(?:the|with|were|their|they|patients|after)\b")


@dataclass(eq=False)
class DocView:
    doc: Document
    facts: DocFacts
    path: str
    source_slug: str
    claims: list[ClaimView] = field(default_factory=list)
    duplicates: list[Document] = field(default_factory=list)
    extractor_version: str = ""
    outlet_name: str | None = None  # from the stories stage (stories_seam); None until it knows the outlet

    @property
    def primary(self) -> bool:
        return self.doc.kind in labels.PRIMARY_KINDS

    @property
    def title(self) -> str:
        return clean(self.doc.title).strip() or f"Untitled document {clean(self.doc.id)}"

    @cached_property
    def read_from(self) -> str:
        """The page's language ('Spanish') when its claims were read from a word-for-word English gloss of it
        (nlp/gloss.py), else ''. Told from the text as the extractor tells it (a crawler's label may be missing),
        but first from the claims' own evidence sentences: short, and English on nearly every page, which spares a
        site of 100,000 documents reading every page's language again."""
        text = self.doc.text
        if not self.claims or self.doc.language == "en" or not text:
            return ""
        evidence = " ".join(text[s.start:s.end] for c in self.claims for s in c.claim.evidence[:2])[:3000]
        if not evidence.strip() or evidence.isascii() and len(ENGLISH_HINT.findall(evidence)) >= 2 \
                or detect_language(evidence) not in GLOSSED_LANGUAGES:
            return ""  # a glossed claim quotes its page: its evidence is in the page's language
        lang = detect_language(text)
        return labels.LANGUAGE_LABELS.get(lang, lang) if lang in GLOSSED_LANGUAGES else ""

    @cached_property
    def found(self) -> str:
        """When IsletWatch found it, as YYYY-MM-DDTHH:MM:SSZ in UTC (sorts as text); '' when unknown."""
        return utc_datetime(self.doc.fetched_at)

    @cached_property
    def cited_ids(self) -> list[tuple[str, str]]:
        """(kind, value) of every identifier the document's text, facts and cited links mention (scanned once)."""
        cited = [u for u in (self.doc.meta or {}).get("cited_links") or [] if isinstance(u, str)]
        return find_ids([self.doc.title, self.doc.text, " ".join(self.facts.registry_ids), *cited])

    @property
    def source_label(self) -> str:
        """The crawl source in words ('PubMed'), never its code."""
        return labels.source_name(self.doc.source)

    @property
    def role(self) -> str:
        return labels.SOURCE_ROLE[self.primary]

    @property
    def outlet(self) -> str:
        """Who published it, in words: the stories stage's outlet, else the document's own metadata, else its host."""
        if self.outlet_name:
            return clean(self.outlet_name)
        return clean(outlet_fallback(self.doc))

    @property
    def source_path(self) -> str:
        return f"sources/{self.source_slug}.html"

    @property
    def identifiers(self) -> list[IdLink]:
        return identifier_links(self.doc.identifiers, self.facts.registry_ids)


@dataclass(eq=False)
class SourceView:
    name: str
    slug: str
    docs: list[DocView] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"sources/{self.slug}.html"

    @property
    def label(self) -> str:
        return labels.source_name(self.name)

    @property
    def claim_count(self) -> int:
        return sum(len(d.claims) for d in self.docs)

    @property
    def kinds(self) -> list[tuple[str, int]]:
        return sorted(Counter(d.doc.kind for d in self.docs).items())


@dataclass
class SiteData:
    docs: list[DocView]
    claims: list[ClaimView]
    sources: list[SourceView]
    stories: StoryLinks = field(default_factory=StoryLinks)
    #: When loaded with `text_chars`: reads whole (cleaned) texts by document id; else None (docs hold them).
    read_texts: Callable[[list[str]], dict[str, str]] | None = None
    #: Syndicated copies by the id of their original (those whose original is not on the site included), for
    #: the state an incremental rebuild starts from (incremental.py).
    copies: dict[str, list[Document]] = field(default_factory=dict)
    #: (content keys, page keys) by id() of each DocView, once a build has computed them (builder._build).
    keys: tuple[dict[int, str], dict[int, str]] = field(default_factory=lambda: ({}, {}))
    #: Which product names each text holds (feeds.ProductScans), once the feeds are made.
    scans: Any = None
    #: Each feed's size and newest documents (feeds.tops), once the feeds are made.
    feed_tops: dict[str, list[Any]] | None = None
    #: Claims per month of publication (months' counts), when counted while the page models were made.
    month_counts: Counter | None = None
    _facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict, repr=False)

    def texts(self, docs: Iterable[DocView]) -> Iterator[tuple[DocView, str]]:
        """Each document with its whole text: from memory, or read back from the store a batch at a time."""
        if self.read_texts is None:
            yield from ((d, d.doc.text) for d in docs)
            return
        batch: list[DocView] = []
        for d in docs:
            batch.append(d)
            if len(batch) == EXTRACTION_BATCH:
                yield from self._read_batch(batch)
                batch = []
        yield from self._read_batch(batch)

    def _read_batch(self, batch: list[DocView]) -> Iterator[tuple[DocView, str]]:
        found = self.read_texts([d.doc.id for d in batch]) if batch else {}
        for d in batch:
            if d.doc.id not in found:
                raise SiteError(f"document {d.doc.id} left the store during the build; build again")
            yield d, clean_keep_offsets(found[d.doc.id])

    def months(self) -> list[tuple[str, int]]:
        """Claims per month of publication, every month from the first to the last (zeros included)."""
        counts = self.month_counts
        if counts is None:
            counts = Counter(p[:7] for p in map(attrgetter("published"), self.claims) if p and len(p) >= 7)
        if not counts:
            return []
        first, last = min(counts), max(counts)
        out, (y, m) = [], (int(first[:4]), int(first[5:7]))
        while f"{y:04d}-{m:02d}" <= last:
            key = f"{y:04d}-{m:02d}"
            out.append((key, counts.get(key, 0)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def timeline(self, bar: int = 6, height: int = 120) -> dict[str, Any]:
        """Geometry of the claims-per-month bar chart (an inline SVG on the home page)."""
        months = self.months()
        peak = max((n for _, n in months), default=0) or 1
        bars = [{"x": i * bar, "h": round(n / peak * height, 1), "month": m, "n": n} for i, (m, n) in enumerate(months)]
        step = max(1, len(months) // 12 // 12 + 1)  # at most ~12 year labels
        years = [{"x": b["x"], "label": b["month"][:4]} for b in bars
                 if b["month"].endswith("-01") and int(b["month"][:4]) % step == 0]
        return {"bars": bars, "width": max(len(bars) * bar, bar), "height": height, "years": years, "peak": peak,
                "first": months[0][0] if months else "", "last": months[-1][0] if months else ""}

    def facet(self, name: str) -> list[tuple[str, int]]:
        """Claim counts per value of a claim field, most frequent first (counted once per build: the home page
        and the feeds both ask, and a count over 300,000 claims takes a fifth of a second)."""
        cached = self._facets.get(name)
        if cached is None:
            cached = self.prime_facet(name, Counter(map(attrgetter(f"claim.{name}"), self.claims)))
        return list(cached)

    def prime_facet(self, name: str, counts: Counter) -> list[tuple[str, int]]:
        """Set facet(name) from claim counts per value that the caller made (None among the values is dropped)."""
        counts.pop(None, None)
        cached = self._facets[name] = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        return cached


_SERVERS = {"biorxiv": "bioRxiv", "medrxiv": "medRxiv"}


def outlet_fallback(doc: Document) -> str:
    """A readable publisher name from what the crawler stored: site name, journal, preprint server, registry, host."""
    meta = doc.meta or {}
    site = meta.get("site")
    for value in (site[0] if isinstance(site, list) and site else site, meta.get("journal")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    server = meta.get("server")
    if isinstance(server, str) and server.strip():
        return _SERVERS.get(server.strip().lower(), server.strip())
    if doc.source in labels.SOURCE_NAMES and doc.source not in ("news", "jsonl"):
        return labels.source_name(doc.source)  # a database (PubMed, ClinicalTrials.gov) reads better than its host
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", doc.url or "")
    return host.group(1) if host else labels.source_name(doc.source)


def newest_first(docs: list[Document]) -> list[Document]:
    """Published date descending, undated last, ties by id: the same order whatever the backend."""
    return sorted(sorted(docs, key=lambda d: d.id), key=lambda d: d.published or "", reverse=True)


def source_slug(source: str) -> str:
    return slugify(source)


def make_doc_view(doc: Document, extraction: Any, path: str, slug_of_source: str, duplicates: list[Any],
                  outlet_name: str | None, story_of: Any) -> DocView:
    """One document's page model from its (cleaned) record and extraction; `story_of(claim)` → its StoryRef.
    The builder and the document page workers (docworker) both make views here, so their pages agree."""
    facts = extraction.facts if extraction else _NO_FACTS
    if any(UNSAFE.search(v) for values in facts.to_schema().values() for v in values):
        facts = DocFacts.from_dict(clean_deep(facts.to_schema()))
    if facts is not _NO_FACTS and not any(getattr(facts, name) for name in DOC_FIELDS):
        facts = _NO_FACTS  # one object for every document without facts: ~430 bytes each of 100,000 otherwise
    view = DocView(doc, facts, path, slug_of_source, duplicates=duplicates,
                   extractor_version=extraction.extractor_version if extraction else "", outlet_name=outlet_name)
    if extraction:
        view.claims = [ClaimView(_shared(clean_claim(c), doc.id), view, i + 1, story=story_of(c))
                       for i, c in enumerate(extraction.claims)]
    return view


#: The facts of a document that has none, shared by all of them (page models only read facts, never change them).
_NO_FACTS = DocFacts()

#: Claim fields whose values repeat across claims (codes, versions, products).
_SHARED_FIELDS = ("extractor_version", "diabetes_type", "sex", "cell_type", "cell_source", "product",
                  "implant_site", "outcome", "outcome_duration_qualifier", "study_phase")
_SHARED: dict[str, str] = {}


def _shared(claim: Claim, doc_id: str) -> Claim:
    """The claim with one string object per distinct value of its repeating fields (and its document's id): each
    claim read from the store has its own copies (JSON), ~100 MB at 300,000 claims."""
    if claim.doc_id == doc_id:
        claim.doc_id = doc_id
    for name in _SHARED_FIELDS:
        value = getattr(claim, name)
        if type(value) is str:
            setattr(claim, name, _SHARED.setdefault(value, value))
    return claim


def load_site_data(store: Store, text_chars: int | None = None, links: StoryLinks | None = None) -> SiteData:
    """The site's page models from one pass over the store.

    With `text_chars`, each document keeps only the first `text_chars` characters of its text in memory (what the
    search index reads: search_index.TEXT_CHARS); what needs the whole text is computed here (each claim's
    evidence, the identifiers a document cites) or reads it back from the store (`SiteData.texts`). At 100,000
    documents the texts are ~250 MB of a ~900 MB heap. `links`: the story links, when the caller has read them.
    """
    if links is None:
        links = load_story_links(store)
    views: list[DocView] = []
    copies: dict[str, list[Document]] = {}
    pending: list[Document] = []

    def flush() -> None:  # one read of extractions per batch of documents, not three per document
        extractions = store.get_extractions([d.id for d in pending])
        for doc in pending:
            view = make_doc_view(doc, extractions.get(doc.id), "", "", [], links.outlets.get(doc.id),
                                 links.story_of_claim)
            if text_chars is not None:
                for c in view.claims:
                    c.evidence_text  # noqa: B018 - computed (and cached) while the whole text is here
                view.cited_ids  # noqa: B018
                doc.text = doc.text[:text_chars]
            views.append(view)
        pending.clear()

    shared = _SHARED.setdefault
    for doc in store.iter_documents(include_duplicates=True):
        doc = clean_document(doc)  # bidi controls and NUL from the web stop here, before any output
        # one string object per distinct source, kind, language and date, not one per document (a few thousand
        # values; fetch times are nearly all distinct, so they are left alone)
        doc.source, doc.kind = shared(doc.source, doc.source), shared(doc.kind, doc.kind)
        if doc.language:
            doc.language = shared(doc.language, doc.language)
        if doc.published:
            doc.published = shared(doc.published, doc.published)
        if doc.duplicate_of:
            if text_chars is not None:  # pages show a copy's source and address only
                doc.text = ""
            copies.setdefault(doc.duplicate_of, []).append(doc)
            continue
        pending.append(doc)
        if len(pending) == EXTRACTION_BATCH:
            flush()
    flush()
    by_doc = {id(v.doc): v for v in views}
    sources: dict[str, SourceView] = {}
    docs: list[DocView] = []
    used_slugs: set[str] = set()
    for doc in newest_first([v.doc for v in views]):
        view = by_doc[id(doc)]
        slug = slugify(doc.id)
        if slug in used_slugs:  # two ids that differ only in case or punctuation
            slug = f"{slug}-{stable_hash(doc.id, length=8)}"
        used_slugs.add(slug)
        source = sources.get(doc.source)
        if source is None:
            source = sources[doc.source] = SourceView(doc.source, source_slug(doc.source))
        view.path, view.source_slug = f"documents/{slug}.html", source.slug
        view.duplicates = newest_first(copies.get(doc.id, []))
        source.docs.append(view)
        docs.append(view)
    claims = [c for d in docs for c in d.claims]
    return SiteData(docs=docs, claims=claims, sources=sorted(sources.values(), key=lambda s: s.label.lower()),
                    stories=links, read_texts=store.get_texts if text_chars is not None else None, copies=copies)


def counts(data: SiteData, stories: list[Any], primary: int | None = None) -> dict[str, int]:
    """Home page counts; `stories` counts results reported by two or more documents; `primary`: the primary
    sources when the caller has counted them."""
    return {"documents": len(data.docs), "claims": len(data.claims), "sources": len(data.sources),
            "stories": sum(1 for s in stories if len(s.rows) > 1),
            "primary": sum(d.primary for d in data.docs) if primary is None else primary}
