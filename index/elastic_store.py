"""ElasticStore: the Store on an Elasticsearch cluster, for users who outgrow one machine.

Layout (index/elastic_mappings.py has the mappings and why claims are nested):
- `{prefix}-documents`: an alias over one versioned index `{prefix}-documents-NNNNNN`
  made from the composable template `{prefix}-documents`; `reindex()` builds
  the next one and swaps the alias atomically, so readers never notice;
- `{prefix}-state`: crawl watermarks, one small document per key.

Writes go through `helpers.streaming_bulk` (index/elastic_bulk.py) without
refresh; the store remembers what it wrote and refreshes once before its next
search-based read, so a caller reads its own writes without paying a refresh
per batch (get_document and get_state are real-time anyway). Updates carry
`if_seq_no`/`if_primary_term`, so a concurrent writer is detected and the
item re-read and redone instead of silently overwritten.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import fields
from typing import Any, Iterable, Iterator, TypeVar

from elasticsearch import NotFoundError

from isletwatch.errors import StoreError
from isletwatch.model import Claim, DocFacts, Document, Extraction
from isletwatch.story import DocStory, Story

from .base import SearchQuery, SearchResult, Store, UpsertStats, batches
from .elastic_bulk import BulkOptions, BulkOutcome, rejected, write
from .elastic_client import StoreMappingConflict, check_server, connect, translate
from .elastic_layout import _create as create_index, current_indices, ensure_indices, mapping_problems, next_index_name
from .elastic_mappings import install_templates, story_mappings
from .elastic_query import NEWEST_FIRST, NOT_DUPLICATE, parse_response, search_body

T = TypeVar("T")
PAGE = 500
MAX_WINDOW = 10_000  # index.max_result_window: deeper pages need search_after, not from/size
CONFLICT_ROUNDS = 3
# As in SqliteStore, a document is unchanged when all but its fetch time is equal (content_hash covers
# title and text, which the comparison then need not read back).
SAME_WHEN_EQUAL = tuple(f.name for f in fields(Document) if f.name not in ("fetched_at", "title", "text"))
EXTRACTION_FIELDS = ("facts", "extracted_version", "extracted_hash", "claims", "claim_count")
_PREFIX = re.compile(r"^[a-z0-9][a-z0-9._-]{0,200}$")


class ElasticStore(Store):
    def __init__(self, url: str, *, username: str = "", password: str = "", api_key: str = "",
                 ca_certs: str = "", index_prefix: str = "isletwatch", shards: int = 1, replicas: int = 0,
                 request_timeout: float = 30.0, max_retries: int = 3, retry_backoff: float = 0.5,
                 bulk_chunk: int = 500, bulk_retries: int = 4, bulk_backoff: float = 0.5,
                 **client_options: Any) -> None:
        if not _PREFIX.match(index_prefix or ""):
            raise StoreError(f"elastic.index_prefix {index_prefix!r} is not a valid index name start; use "
                             "lower-case letters, digits, '-', '_' or '.'")
        self.url = re.sub(r"//[^/@]*@", "//", url)  # never print credentials embedded in the URL
        self.prefix = index_prefix
        self.alias = f"{index_prefix}-documents"
        self.state_index = f"{index_prefix}-state"
        self.stories_index = f"{index_prefix}-stories"
        self.shards, self.replicas = shards, replicas
        self.bulk = BulkOptions(chunk_size=bulk_chunk, max_retries=bulk_retries, initial_backoff=bulk_backoff)
        self.es = connect(url, username=username, password=password, api_key=api_key, ca_certs=ca_certs,
                          request_timeout=request_timeout, max_retries=max_retries, retry_backoff=retry_backoff,
                          **client_options)
        self._dirty: set[str] = set()
        self.problems: list[str] = []
        try:
            self.server = check_server(self.es, self.url)
            with translate(self.url, "set up the IsletWatch indices"):
                install_templates(self.es, index_prefix, shards, replicas)
                ensure_indices(self.es, self.alias, self.state_index, replicas)
                self.check_mappings()
        except BaseException:
            self.es.close()
            raise

    # -- layout ----------------------------------------------------------------
    def check_mappings(self) -> None:
        """Look again at the index behind the alias (after a reindex, say); see elastic_layout.mapping_problems."""
        self.problems = mapping_problems(self.es, self.alias)

    def _check(self) -> None:
        if self.problems:
            raise StoreMappingConflict(
                f"the index behind {self.alias} does not match IsletWatch's mappings ({'; '.join(self.problems)}); "
                "run `isletwatch index --reindex` to rebuild it with the current mappings, or choose another "
                "elastic.index_prefix")

    def current_indices(self) -> list[str]:
        return current_indices(self.es, self.alias)

    def next_index_name(self) -> str:
        return next_index_name(self.es, self.alias)

    def close(self) -> None:
        self.es.close()

    # -- helpers ---------------------------------------------------------------
    def _ready(self, index: str) -> None:
        """Before a search-based read: refuse a conflicting index; refresh only what this store wrote since."""
        if index == self.alias:
            self._check()
        if index in self._dirty:
            self.es.indices.refresh(index=index)
            self._dirty.discard(index)

    def _write(self, actions: list[dict[str, Any]], index: str) -> BulkOutcome:
        out = write(self.es, actions, self.bulk)
        if out.done:
            self._dirty.add(index)
        return out

    def _mget(self, ids: list[str], **source: Any) -> dict[str, dict[str, Any]]:
        docs = self.es.mget(index=self.alias, ids=ids, **source).body["docs"]
        return {d["_id"]: d for d in docs if d.get("found")}

    def _scan(self, query: dict[str, Any], sort: list[Any], index: str | None = None,
              **source: Any) -> Iterator[dict[str, Any]]:
        """Every hit, page by page with search_after on a unique sort.

        Not a point in time: pages follow the alias, so an iteration that spans
        a reindex continues on the new index instead of failing.
        """
        index = index or self.alias
        self._ready(index)
        after: list[Any] | None = None
        while True:
            page = self.es.search(index=index, query=query, sort=sort, size=PAGE, search_after=after,
                                  track_total_hits=False, **source).body["hits"]["hits"]
            yield from page
            if len(page) < PAGE:
                return
            after = page[-1]["sort"]

    # -- documents -------------------------------------------------------------
    def upsert_documents(self, docs: Iterable[Document]) -> UpsertStats:
        self._check()
        stats, failed, total = UpsertStats(), {}, 0
        with translate(self.url, "store documents"):
            for batch in batches(docs, self.bulk.chunk_size):
                total += len(batch)
                for same_ids in _rounds(batch, lambda d: d.id):
                    failed.update(self._upsert_round(same_ids, stats))
        if failed:
            raise rejected("documents", failed, total)
        return stats

    def _upsert_round(self, docs: list[Document], stats: UpsertStats) -> dict[str, str]:
        failed: dict[str, str] = {}
        for _ in range(CONFLICT_ROUNDS):
            existing = self._mget([d.id for d in docs], source_excludes=["title", "text"])
            actions, kinds = [], {}
            for doc in docs:
                hit = existing.get(doc.id)
                if hit is None:
                    kinds[doc.id] = "inserted"
                    actions.append({"_op_type": "create", "_index": self.alias, "_id": doc.id,
                                    "_source": indexed_source(doc, {})})
                elif all(hit["_source"].get(k) == getattr(doc, k) for k in SAME_WHEN_EQUAL):
                    stats.unchanged += 1
                else:
                    kinds[doc.id] = "updated"
                    actions.append({"_op_type": "index", "_index": self.alias, "_id": doc.id,
                                    "if_seq_no": hit["_seq_no"], "if_primary_term": hit["_primary_term"],
                                    "_source": indexed_source(doc, hit["_source"])})
            out = self._write(actions, self.alias)
            for doc_id in out.done:
                setattr(stats, kinds[doc_id], getattr(stats, kinds[doc_id]) + 1)
            failed.update(out.failed)
            docs = [d for d in docs if d.id in set(out.conflicts)]
            if not docs:
                return failed
        return failed | {d.id: "version_conflict: changed by another writer meanwhile" for d in docs}

    def get_document(self, doc_id: str) -> Document | None:
        with translate(self.url, "read a document"):
            try:
                src = self.es.get(index=self.alias, id=doc_id, source_excludes=list(EXTRACTION_FIELDS)).body
            except NotFoundError:
                return None
        return Document.from_dict(src["_source"])

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        found: set[str] = set()
        with translate(self.url, "look up known URLs"):
            self._ready(self.alias)
            for chunk in batches(urls, PAGE):
                resp = self.es.search(index=self.alias, size=0, query={"terms": {"url": chunk}},
                                      aggs={"u": {"terms": {"field": "url", "size": len(chunk)}}})
                found.update(b["key"] for b in resp.body["aggregations"]["u"]["buckets"])
        return found

    def iter_documents(self, include_duplicates: bool = False) -> Iterator[Document]:
        query = {"match_all": {}} if include_duplicates else NOT_DUPLICATE
        with translate(self.url, "read documents"):
            for hit in self._scan(query, NEWEST_FIRST, source_excludes=list(EXTRACTION_FIELDS)):
                yield Document.from_dict(hit["_source"])

    # -- claims ----------------------------------------------------------------
    def replace_extractions(self, extractions: Iterable[Extraction]) -> int:
        self._check()
        count, failed, total, unknown = 0, {}, 0, []
        with translate(self.url, "store claims"):
            for batch in batches(extractions, self.bulk.chunk_size):
                total += len(batch)
                for same_doc in _rounds(batch, lambda e: e.doc_id):
                    done, bad, missing = self._extraction_round(same_doc)
                    count, unknown = count + done, unknown + missing
                    failed.update(bad)
        if unknown:
            raise StoreError(f"cannot store claims for unknown document(s) {', '.join(unknown[:5])}; "
                             "store the documents first (the other extractions were stored)")
        if failed:
            raise rejected("extractions", failed, total)
        return count

    def _extraction_round(self, exts: list[Extraction]) -> tuple[int, dict[str, str], list[str]]:
        done, failed = 0, {}
        existing = self._mget([e.doc_id for e in exts], source_includes=["content_hash"])
        missing = [e.doc_id for e in exts if e.doc_id not in existing]
        exts = [e for e in exts if e.doc_id in existing]
        for _ in range(CONFLICT_ROUNDS):
            actions = [{"_op_type": "update", "_index": self.alias, "_id": e.doc_id,
                        "if_seq_no": existing[e.doc_id]["_seq_no"],
                        "if_primary_term": existing[e.doc_id]["_primary_term"],
                        "doc": _extraction_source(e, existing[e.doc_id]["_source"]["content_hash"])} for e in exts]
            out = self._write(actions, self.alias)
            done += len(out.done)
            failed.update(out.failed)
            exts = [e for e in exts if e.doc_id in set(out.conflicts)]
            if not exts:
                return done, failed, missing
            existing = self._mget([e.doc_id for e in exts], source_includes=["content_hash"])
        return done, failed | {e.doc_id: "version_conflict: changed by another writer meanwhile" for e in exts}, missing

    def get_extraction(self, doc_id: str) -> Extraction | None:
        with translate(self.url, "read claims"):
            try:
                src = self.es.get(index=self.alias, id=doc_id, source_includes=list(EXTRACTION_FIELDS)).body["_source"]
            except NotFoundError:
                return None
        if not src.get("extracted_version"):
            return None
        claims = [Claim.from_dict(c) for c in src.get("claims") or []]
        return Extraction(doc_id, src["extracted_version"], src.get("extracted_hash") or "",
                          DocFacts.from_dict(src.get("facts")), claims)

    def documents_needing_extraction(self, extractor_version: str) -> Iterator[Document]:
        query = {"bool": {"filter": [NOT_DUPLICATE], "must_not": [{"term": {"extracted_current": extractor_version}}]}}
        with translate(self.url, "find documents to extract"):
            for hit in self._scan(query, [{"id": "asc"}], source_excludes=list(EXTRACTION_FIELDS)):
                yield Document.from_dict(hit["_source"])

    def iter_claims(self) -> Iterator[Claim]:
        with translate(self.url, "read claims"):
            for hit in self._scan({"range": {"claim_count": {"gt": 0}}}, [{"id": "asc"}], source=["claims"]):
                for data in sorted(hit["_source"]["claims"], key=lambda c: c["position"]):
                    yield Claim.from_dict(data)

    # -- stories -----------------------------------------------------------------
    def replace_stories(self, stories: Iterable[Story], docs: Iterable[DocStory]) -> int:
        """Write the new entries, then delete those of the previous run that the new one lacks.

        Entry ids are story and document ids, so a rerun overwrites in place; readers see at worst an entry
        of the previous run beside the new ones for the moment between the two steps, never a missing story.
        """
        actions = [{"_index": self.stories_index, "_id": f"story:{s.id}",
                    "_source": {"type": "story", "id": s.id, "story_id": s.id, "record": s.to_record()}}
                   for s in stories]
        count = len(actions)
        actions += [{"_index": self.stories_index, "_id": f"doc:{d.doc_id}",
                     "_source": {"type": "doc", "id": d.doc_id, "story_id": d.story_id, "record": d.to_record()}}
                    for d in docs]
        keep = {a["_id"] for a in actions}
        with translate(self.url, "store stories"):
            self._ensure_stories_index()
            for batch in batches(actions, self.bulk.chunk_size):
                out = self._write(batch, self.stories_index)
                if out.failed:
                    raise rejected("stories", out.failed, len(batch))
            stale = [h["_id"] for h in self._scan({"match_all": {}}, [{"id": "asc"}, {"type": "asc"}],
                                                  index=self.stories_index, source=False) if h["_id"] not in keep]
            for batch in batches(stale, self.bulk.chunk_size):
                self._write([{"_op_type": "delete", "_index": self.stories_index, "_id": i} for i in batch],
                            self.stories_index)
        return count

    def _ensure_stories_index(self) -> None:
        if not self.es.indices.exists(index=self.stories_index):
            create_index(self.es, index=self.stories_index, mappings=story_mappings(),
                    settings={"number_of_shards": 1, "number_of_replicas": self.replicas})

    def _story_entries(self, kind: str) -> Iterator[dict[str, Any]]:
        with translate(self.url, "read stories"):
            if not self.es.indices.exists(index=self.stories_index):
                return
            yield from (h["_source"]["record"] for h in self._scan({"term": {"type": kind}}, [{"id": "asc"}],
                                                                    index=self.stories_index))

    def iter_stories(self) -> Iterator[Story]:
        for record in self._story_entries("story"):
            yield Story.from_record(record)

    def doc_stories(self) -> dict[str, DocStory]:
        return {r["doc_id"]: DocStory.from_record(r) for r in self._story_entries("doc")}

    def _stories_of(self, doc_ids: list[str]) -> dict[str, str]:
        if not doc_ids or not self.es.indices.exists(index=self.stories_index):
            return {}
        self._ready(self.stories_index)
        docs = self.es.mget(index=self.stories_index, ids=[f"doc:{i}" for i in doc_ids],
                            source=["id", "story_id"]).body["docs"]
        return {d["_source"]["id"]: d["_source"]["story_id"] for d in docs if d.get("found")}

    # -- search and stats --------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        if query.offset + query.limit > MAX_WINDOW:
            raise StoreError(f"Elasticsearch pages stop at {MAX_WINDOW} hits (offset {query.offset} + limit "
                             f"{query.limit}); narrow the search with words or filters")
        with translate(self.url, "search"):
            self._ready(self.alias)
            resp = self.es.search(index=self.alias, **search_body(query))
            result = parse_response(resp.body, query)
            stories = self._stories_of([h.id for h in result.hits])
        for hit in result.hits:
            hit.story = stories.get(hit.id)
        return result

    def stats(self) -> dict[str, Any]:
        by = {name: {"terms": {"field": name, "size": 1000, "order": {"_key": "asc"}}} for name in ("source", "kind")}
        with translate(self.url, "count documents"):
            self._ready(self.alias)
            aggs = self.es.search(index=self.alias, size=0, track_total_hits=True, aggs={
                "originals": {"filter": NOT_DUPLICATE, "aggs": by},
                "duplicates": {"filter": {"exists": {"field": "duplicate_of"}}},
                "claims": {"nested": {"path": "claims"}}}).body["aggregations"]
        originals = aggs["originals"]
        return {"documents": originals["doc_count"], "claims": aggs["claims"]["doc_count"],
                "duplicates": aggs["duplicates"]["doc_count"],
                **{f"by_{name}": {b["key"]: b["doc_count"] for b in originals[name]["buckets"]} for name in by}}

    # -- crawl state -----------------------------------------------------------
    def get_state(self, key: str) -> str | None:
        with translate(self.url, "read crawl state"):
            try:
                return self.es.get(index=self.state_index, id=key).body["_source"]["value"]
            except NotFoundError:
                return None

    def set_state(self, key: str, value: str) -> None:
        with translate(self.url, "save crawl state"):
            self.es.index(index=self.state_index, id=key, document={"key": key, "value": value})
        self._dirty.add(self.state_index)

    def state_items(self) -> dict[str, str]:
        with translate(self.url, "read crawl state"):
            return {h["_source"]["key"]: h["_source"]["value"]
                    for h in self._scan({"match_all": {}}, [{"key": "asc"}], index=self.state_index)}


def indexed_source(doc: Document, previous: dict[str, Any]) -> dict[str, Any]:
    """The indexed form of a document, keeping the claims and facts it already had (also used by reindex)."""
    src = doc.to_dict()
    src["year"] = doc.year
    src.update({k: previous[k] for k in EXTRACTION_FIELDS if k in previous})
    current = previous.get("extracted_hash") == doc.content_hash
    src["extracted_current"] = previous.get("extracted_version") if current else None
    return src


def _extraction_source(ext: Extraction, content_hash: str) -> dict[str, Any]:
    return {"facts": ext.facts.to_schema(), "extracted_version": ext.extractor_version,
            "extracted_hash": ext.text_hash,
            "extracted_current": ext.extractor_version if ext.text_hash == content_hash else None,
            "claims": [c.to_dict() for c in ext.claims], "claim_count": len(ext.claims)}


def _rounds(items: list[T], key: Any) -> list[list[T]]:
    """Split so no key repeats within a round: the second write of an id sees the first, as in SQL."""
    rounds: list[list[T]] = []
    seen: Counter[str] = Counter()
    for item in items:
        n = seen[key(item)]
        seen[key(item)] += 1
        if n == len(rounds):
            rounds.append([])
        rounds[n].append(item)
    return rounds
