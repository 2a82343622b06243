"""The one Store interface every stage reads from and writes to.

Two backends implement it (SqliteStore, ElasticStore) and one shared test
suite (tests/index/test_store_contract.py) runs against both, so the CLI and
the site cannot tell them apart. Search results have one shape whatever the
backend: `SearchResult.to_dict()` is what `isletwatch search --json` prints.
"""
from __future__ import annotations

import html
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator, TypeVar

from isletwatch.model import Claim, Document, Extraction
from isletwatch.story import DocStory, Story

#: Facets every backend computes; the first three come from documents, the rest from their claims.
DOC_FACETS: tuple[str, ...] = ("source", "kind", "year")
CLAIM_FACETS: tuple[str, ...] = ("diabetes_type", "outcome", "cell_type")
FACETS: tuple[str, ...] = DOC_FACETS + CLAIM_FACETS
SORTS = ("relevance", "date")
MAX_LIMIT = 1000
T = TypeVar("T")

# Highlight markers that cannot occur in crawled text; backends put them around
# matches, then `render_highlight` escapes the text and turns them into <mark>.
HL_START, HL_END = "\ue000", "\ue001"


@dataclass
class SearchQuery:
    """What a reader asks: words, filters (AND across fields, OR within one), order and page.

    Claim filters (diabetes_type, outcome, cell_type) must hold for one and
    the same claim: "T1D + insulin_independence" finds a document that reports
    insulin independence in type 1 patients, not one that merely mentions both.
    """

    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    include_duplicates: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.filters) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown filter field(s) {sorted(unknown)}; use one of {list(FACETS)}")
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}, not {self.sort!r}")
        if not 0 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 0 and {MAX_LIMIT}")
        if self.offset < 0:
            raise ValueError("offset must not be negative")
        self.filters = {k: [str(v) for v in vs] for k, vs in self.filters.items() if vs}


@dataclass
class SearchHit:
    id: str
    title: str
    url: str
    source: str
    kind: str
    published: str | None
    highlight: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    score: float = 0.0
    story: str | None = None  # the story the document belongs to, once the stories stage has run


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "hits": [asdict(h) for h in self.hits], "facets": self.facets}


@dataclass(frozen=True)
class StoreChanges:
    """What changed in a store since an earlier `Store.changes_since` token.

    `doc_ids` holds every document (duplicates included) inserted, updated (its record or its extraction) or
    deleted since `since`; None when the store cannot say (no token, or a token from another store or an
    older log), and the caller must then treat everything as changed. `stories` is a digest of the whole
    story layer (stories are recomputed as a whole, so a digest says more than a change log would).
    """

    token: str
    doc_ids: frozenset[str] | None
    stories: str


@dataclass
class UpsertStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: "UpsertStats") -> "UpsertStats":
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self

    @property
    def written(self) -> int:
        return self.inserted + self.updated


class Store(ABC):
    """Documents, their extracted claims, and small crawl state, behind one API."""

    url: str

    # -- documents ---------------------------------------------------------
    @abstractmethod
    def upsert_documents(self, docs: Iterable[Document]) -> UpsertStats:
        """Insert or update by id; a document whose content hash is unchanged is left alone."""

    @abstractmethod
    def get_document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The subset of `urls` already stored, so a crawler can skip fetching them again."""

    @abstractmethod
    def iter_documents(self, include_duplicates: bool = False) -> Iterator[Document]:
        """Every document, newest first; duplicates (syndicated copies) only when asked."""

    def get_documents(self, doc_ids: list[str]) -> dict[str, Document]:
        """Several documents by id (those stored); backends read them in one round trip where they can."""
        found = {i: self.get_document(i) for i in doc_ids}
        return {i: d for i, d in found.items() if d is not None}

    def get_texts(self, doc_ids: list[str]) -> dict[str, str]:
        """Several documents' texts by id, without the rest of their records."""
        return {i: d.text for i, d in self.get_documents(doc_ids).items()}

    def document_heads(self) -> list[tuple[str, str | None, str | None, str, str]] | None:
        """(id, published, duplicate_of, source, url) of every document, copies included, in no set order; None when
        the backend cannot list them without reading whole documents. Why: a site build orders its documents and
        names their pages from these alone, before loading them (site/headstart.py)."""
        return None

    def reopen(self) -> "Store | None":
        """A new handle on the same store, for a worker process forked from this one (None: cannot)."""
        return None

    # -- claims ------------------------------------------------------------
    @abstractmethod
    def replace_extractions(self, extractions: Iterable[Extraction]) -> int:
        """Swap each document's facts and claims for the new ones, atomically per document."""

    @abstractmethod
    def get_extraction(self, doc_id: str) -> Extraction | None: ...

    def get_extractions(self, doc_ids: list[str]) -> dict[str, Extraction]:
        """Several documents' extractions by id (those extracted)."""
        found = {i: self.get_extraction(i) for i in doc_ids}
        return {i: e for i, e in found.items() if e is not None}

    @abstractmethod
    def documents_needing_extraction(self, extractor_version: str) -> Iterator[Document]:
        """Documents never extracted, or whose text or extractor version changed since."""

    @abstractmethod
    def iter_claims(self) -> Iterator[Claim]: ...

    def changes_since(self, token: str | None) -> StoreChanges | None:
        """The documents changed since `token` (from an earlier call; None: the first call), and a token for
        the next call. Why: a rebuild of the site after one new document must not read 100,000 of them.
        None when the backend keeps no change log (the caller then reads everything)."""
        return None

    # -- stories -------------------------------------------------------------
    @abstractmethod
    def replace_stories(self, stories: Iterable[Story], docs: Iterable[DocStory]) -> int:
        """Swap the whole story layer for a new one in one step: stories are recomputed as a whole, and a
        reader must never see half of one run and half of the previous. Returns the number of stories."""

    @abstractmethod
    def iter_stories(self) -> Iterator[Story]:
        """Every story, in id order."""

    @abstractmethod
    def doc_stories(self) -> dict[str, DocStory]:
        """Document id → its story, outlet, hype and citations (one read for the site)."""

    # -- search and stats ----------------------------------------------------
    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """{"documents", "claims", "duplicates", "by_source", "by_kind"} (duplicates not in documents)."""

    # -- crawl state (watermarks) --------------------------------------------
    @abstractmethod
    def get_state(self, key: str) -> str | None: ...

    @abstractmethod
    def set_state(self, key: str, value: str) -> None: ...

    def state_items(self) -> dict[str, str]:
        """Every state key and its value, so `copy_store` can move watermarks from one backend to another."""
        raise NotImplementedError(f"{type(self).__name__} cannot list its crawl state")

    # -- lifecycle -----------------------------------------------------------
    def close(self) -> None:
        """Release connections; the default has nothing to release."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def replace_extraction(self, extraction: Extraction) -> None:
        self.replace_extractions([extraction])


def render_highlight(marked: str) -> str:
    """Escape crawled text for HTML and turn the backend's markers into <mark> tags.

    Both backends return highlights through this, so `highlight` is always
    HTML-safe: nothing from the web reaches a page unescaped.
    """
    escaped = html.escape(marked, quote=True)
    return escaped.replace(HL_START, "<mark>").replace(HL_END, "</mark>")


def parse_filters(pairs: Iterable[str]) -> dict[str, list[str]]:
    """`["outcome=death", "source=pubmed", "source=news"]` → {"outcome": ["death"], "source": ["pubmed", "news"]}."""
    out: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not value.strip():
            raise ValueError(f"filter {pair!r} must look like FIELD=VALUE (fields: {', '.join(FACETS)})")
        if name not in FACETS:
            raise ValueError(f"unknown filter field {name!r}; use one of {', '.join(FACETS)}")
        out.setdefault(name, []).append(value.strip())
    return out


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, so a stream of any length is written in bounded memory."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
