"""Write documents to the Store in batches, merging what two sources say about one paper.

Documents are upserted by id in batches (STORE_BATCH_SIZE), so a crawl of
thousands of records costs a few dozen transactions; the rest is flushed when
the spider closes. The Store counts what was new, updated or unchanged.

A paper reached through two sources (PubMed and Europe PMC share the PMID; a
bioRxiv preprint and its Europe PMC PPR record share the DOI) is one id.
SOURCE_PRECEDENCE decides whose record is kept; the other's identifiers fill
gaps and its name goes to `meta["also_in"]`, so no source's view is lost and
the order the spiders happen to run in does not change the result.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from isletwatch.errors import StoreError, ValidationError
from isletwatch.model import Document, utc_now

from ..storeref import store_for

logger = logging.getLogger(__name__)
DEFAULT_PRECEDENCE = ["pubmed", "clinicaltrials", "biorxiv", "europepmc", "news"]


def merge(new: Document, old: Document, precedence: list[str]) -> Document:
    """One record for one id seen from two sources: the higher-precedence source's, completed by the other."""
    rank = {s: i for i, s in enumerate(precedence)}
    if old.source == new.source:  # a refetch: the new record, still carrying what other sources added
        keep, other = new, old
    else:
        keep, other = (new, old) if rank.get(new.source, 99) <= rank.get(old.source, 99) else (old, new)
    for key, value in other.identifiers.items():
        keep.identifiers.setdefault(key, value)
    also = (set(keep.meta.get("also_in") or []) | set(other.meta.get("also_in") or []) | {other.source}) - {keep.source}
    if also:
        keep.meta["also_in"] = sorted(also)
    return keep


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("STORE_BATCH_SIZE", 50)
        self.precedence = crawler.settings.getlist("SOURCE_PRECEDENCE") or DEFAULT_PRECEDENCE
        self.batch: dict[str, list[Any]] = {}  # id → items; made into documents at flush time, so a
        # link set by the dedupe pipeline after an item passed (an earlier original found later) still counts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StorePipeline":
        return cls(crawler)

    @property
    def store(self) -> Any:
        return store_for(self.crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        try:
            doc = item.to_document()
        except ValidationError as exc:
            self.crawler.stats.inc_value("isletwatch/errors")
            raise DropItem(f"invalid document, not stored: {exc}", log_level="WARNING") from exc
        self.batch.setdefault(doc.id, []).append(item)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, {}
        docs = []
        for doc_id, items in batch.items():
            doc = self.store.get_document(doc_id)
            for item in items:
                doc = item.to_document() if doc is None else merge(item.to_document(), doc, self.precedence)
            docs.append(doc)
        try:
            stats = self.store.upsert_documents(docs)
        except StoreError as exc:
            self.crawler.stats.inc_value("isletwatch/errors", len(docs))
            logger.error("could not store %d documents: %s", len(docs), exc)
            return
        for key, value in (("stored_new", stats.inserted), ("updated", stats.updated),
                           ("unchanged", stats.unchanged)):
            self.crawler.stats.inc_value(f"isletwatch/{key}", value)
        if stats.inserted:  # the source's health history keeps when it last brought something new
            self.crawler.stats.set_value("isletwatch/last_new_at", utc_now())

    def close_spider(self, spider: Any = None) -> None:
        self.flush()
