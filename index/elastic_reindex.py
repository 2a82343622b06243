"""reindex: rebuild the documents index with the current mappings, then swap the alias atomically.

`isletwatch index --reindex` runs it after a mapping or analyzer change (or to
repair an index whose mappings conflict). Readers never notice:
1. the templates are put again, so the new index gets today's mappings;
2. the next versioned index `{prefix}-documents-NNNNNN` is created empty;
3. the old index is made read-only, so a write during the copy fails loudly
   (and is reported by id, for a rerun) instead of landing in the old index
   and being lost when it is dropped; searches keep working on it;
4. the old index is refreshed (so nothing acknowledged is missed), every
   document is read (scroll), passed through the data model (so stale
   derived fields are recomputed and bad records are caught) and bulk-written;
5. one `_aliases` request removes the old index from the alias and adds the
   new one: searches switch over in a single cluster-state update;
6. after a short grace period for searches still running on it, the old
   index is deleted (or kept, read-write again, with keep_old).
Any failure before the swap deletes the new index and lifts the write block,
leaving everything as it was.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Iterator

from elasticsearch import helpers

from isletwatch.errors import StoreError
from isletwatch.model import Claim, Document

from .copy import Progress, no_progress
from .elastic_bulk import rejected, write
from .elastic_client import translate
from .elastic_mappings import install_templates
from .elastic_store import EXTRACTION_FIELDS, ElasticStore, indexed_source

BLOCK = "index.blocks.write"


@dataclass
class ReindexSummary:
    alias: str
    old: list[str]
    new: str
    documents: int
    seconds: float
    kept_old: bool

    def line(self) -> str:
        fate = "kept" if self.kept_old else "deleted"
        return (f"reindexed {self.documents} documents into {self.new} in {self.seconds:.1f}s; {self.alias} now "
                f"points to it ({', '.join(self.old)} {fate})")


def reindex(store: ElasticStore, *, keep_old: bool = False, grace: float = 1.0,
            progress: Progress | None = None) -> ReindexSummary:
    """Build the next index from the current templates, copy everything, swap the alias; see the module doc."""
    if not isinstance(store, ElasticStore):
        raise StoreError(f"--reindex rebuilds an Elasticsearch index; {store.url} is not one")
    es, started = store.es, time.monotonic()
    with translate(store.url, "reindex"):
        install_templates(es, store.prefix, store.shards, store.replicas)
        old = store.current_indices()
        is_alias = bool(es.indices.exists_alias(name=store.alias))
        new = store.next_index_name()
        es.indices.create(index=new)
        es.indices.put_settings(index=",".join(old), settings={BLOCK: True})
        try:
            es.indices.refresh(index=",".join(old))  # writes acknowledged before the block must be copied too
            total = es.count(index=",".join(old)).body["count"]
            with (progress or no_progress)("reindex", total) as advance:
                copied = _copy(store, old, new, advance)
            es.indices.refresh(index=new)
            if es.count(index=new).body["count"] != total:
                raise StoreError(f"reindex copied {copied} of {total} documents into {new}; nothing was switched, "
                                 "rerun `isletwatch index --reindex`")
            add = {"add": {"index": new, "alias": store.alias, "is_write_index": True}}
            # One request, so one cluster-state update: no search ever sees the alias missing or doubled.
            # A plain index squatting on the alias name is deleted by the same request (remove_index).
            es.indices.update_aliases(actions=[{"remove": {"index": i, "alias": store.alias}} for i in old] + [add]
                                      if is_alias else [add] + [{"remove_index": {"index": i}} for i in old])
        except BaseException:
            _quietly(lambda: es.indices.delete(index=new))
            _quietly(lambda: es.indices.put_settings(index=",".join(old), settings={BLOCK: None}))
            raise
        store.check_mappings()
        if is_alias and keep_old:
            es.indices.put_settings(index=",".join(old), settings={BLOCK: None})
        elif is_alias:
            time.sleep(grace)
            es.indices.delete(index=",".join(old))
    return ReindexSummary(store.alias, old, new, copied, time.monotonic() - started, keep_old and is_alias)


def _copy(store: ElasticStore, old: list[str], new: str, advance: Any) -> int:
    failed: dict[str, str] = {}
    seen = [0]

    def actions() -> Iterator[dict[str, Any]]:
        for hit in helpers.scan(store.es, index=",".join(old), query={"query": {"match_all": {}}}, size=500,
                                scroll="5m"):
            seen[0] += 1
            advance(1)
            try:
                source = _normalized(hit["_source"])
            except (TypeError, ValueError, KeyError) as exc:
                failed[hit["_id"]] = f"not an IsletWatch document: {exc}"
                continue
            yield {"_op_type": "index", "_index": new, "_id": hit["_id"], "_source": source}

    out = write(store.es, actions(), store.bulk)
    failed.update(out.failed)
    if failed:
        raise rejected("documents during reindex (nothing was switched; the old index stays in use)",
                       failed, seen[0])
    return len(out.done)


def _normalized(src: dict[str, Any]) -> dict[str, Any]:
    """Rebuild a stored document through the data model, so derived fields follow today's code."""
    previous = {k: src[k] for k in EXTRACTION_FIELDS if src.get(k) is not None}
    if "claims" in previous:
        previous["claims"] = [Claim.from_dict(c).to_dict() for c in previous["claims"]]
        previous["claim_count"] = len(previous["claims"])
    return indexed_source(Document.from_dict(src), previous)


def _quietly(call: Any) -> None:
    try:
        call()
    except Exception:  # noqa: BLE001 - best-effort clean-up; the original error is what matters
        pass
