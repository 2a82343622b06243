"""Exact and near-duplicate detection: one story syndicated ten times is one document and nine links.

Exact: the same normalized text (content hash) under another id. Near: wire
copies that differ by a headline, a byline or a trimmed paragraph, found with
MinHash over word shingles and LSH (datasketch), confirmed by the estimated
Jaccard similarity (NEARDUP_THRESHOLD). A copy is not dropped: it is stored
with `duplicate_of` = the original's id, so a reader can see which outlets
re-reported a result, while search and extraction see the original once.
The original is the earliest published of the copies: when an earlier one
turns up after its copy, it takes the copy's place and the copy (and what
linked to it on this run) is re-pointed. News from earlier runs is loaded
from the store at start (NEARDUP_HISTORY most recent), so a copy found
tomorrow still links to today's original.
"""
from __future__ import annotations

import logging
import re
from itertools import islice
from typing import Any

from datasketch import MinHash, MinHashLSH
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from isletwatch.model import document_id, stable_hash

from ..storeref import store_for

logger = logging.getLogger(__name__)
MIN_TEXT = 200  # shorter texts (empty abstracts, teasers) are too alike to call duplicates
_WORD = re.compile(r"\w+")


def text_key(text: str) -> str:
    return stable_hash(" ".join(_WORD.findall(text.lower())), length=32)


class NearDuplicateIndex:
    def __init__(self, threshold: float = 0.7, num_perm: int = 128, shingle: int = 4) -> None:
        self.threshold, self.num_perm, self.shingle = threshold, num_perm, shingle
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.hashes: dict[str, MinHash] = {}

    def signature(self, text: str) -> MinHash:
        words = _WORD.findall(text.lower())
        n = self.shingle
        shingles = {" ".join(words[i:i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))}
        m = MinHash(num_perm=self.num_perm)
        m.update_batch(list(shingles))
        return m

    def find(self, doc_id: str, m: MinHash) -> str | None:
        """The most similar indexed document other than `doc_id`, if similar enough."""
        best, best_sim = None, self.threshold
        for key in self.lsh.query(m):
            if key == doc_id:
                continue
            sim = m.jaccard(self.hashes[key])
            if sim >= best_sim:
                best, best_sim = key, sim
        return best

    def add(self, doc_id: str, m: MinHash) -> None:
        if doc_id not in self.hashes:
            self.lsh.insert(doc_id, m)
            self.hashes[doc_id] = m

    def remove(self, doc_id: str) -> None:
        if self.hashes.pop(doc_id, None) is not None:
            self.lsh.remove(doc_id)


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.kinds = set(s.getlist("NEARDUP_KINDS"))
        self.history = s.getint("NEARDUP_HISTORY")
        self.index = NearDuplicateIndex(s.getfloat("NEARDUP_THRESHOLD"), s.getint("NEARDUP_NUM_PERM"),
                                        s.getint("NEARDUP_SHINGLE"))
        self.by_text: dict[str, str] = {}   # content key → id of the first document with that text
        self.seen: set[tuple[str, str]] = set()  # (id, content key) already passed on this run
        self.published: dict[str, str] = {}      # original id → its date, to find the earliest copy
        self.items: dict[str, Any] = {}          # this run's items by id, still mutable until stored
        self.copies: dict[str, list[str]] = {}   # original id → ids linked to it on this run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "DedupePipeline":
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        if not getattr(spider, "syndicated", False):
            return
        docs = (d for d in store_for(self.crawler).iter_documents() if d.kind in self.kinds)
        for doc in islice(docs, self.history):
            if len(doc.text) >= MIN_TEXT:
                self.by_text.setdefault(text_key(doc.text), doc.id)
                self.index.add(doc.id, self.index.signature(doc.text))
                self.published[doc.id] = doc.published or ""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        text = adapter.get("text") or ""
        ids = adapter.get("identifiers") or {}
        doc_id = document_id(url=adapter["url"], doi=ids.get("doi"), pmid=ids.get("pmid"), nct=ids.get("nct"))
        key = text_key(text)
        if (doc_id, key) in self.seen:
            self._count()
            raise DropItem(f"exact duplicate of an item already passed on this run: {adapter['url']}",
                           log_level="DEBUG")
        self.seen.add((doc_id, key))
        if len(text) < MIN_TEXT:
            return item
        original = self.by_text.get(key)
        signature = None
        if original is None and adapter.get("kind") in self.kinds:
            signature = self.index.signature(text)
            original = self.index.find(doc_id, signature)
        published = adapter.get("published") or ""
        self.items[doc_id] = item
        if original is not None and original != doc_id:
            self._count()
            if published and published < (self.published.get(original) or "9999"):
                self._promote(doc_id, original, key, signature or self.index.signature(text), published)
                logger.info("%s was published before its copy %s: it becomes the original", adapter["url"], original)
                return item
            adapter["duplicate_of"] = original
            self.copies.setdefault(original, []).append(doc_id)
            logger.info("%s is a copy of %s: stored as a link", adapter["url"], original)
            return item
        self.by_text.setdefault(key, doc_id)
        self.published[doc_id] = published
        if signature is not None:
            self.index.add(doc_id, signature)
        return item

    def _promote(self, new: str, old: str, key: str, signature: MinHash, published: str) -> None:
        """`new` replaces `old` as the original: old and everything linked to it now point to new."""
        self.index.remove(old)
        self.index.add(new, signature)
        self.published[new] = published
        for k, v in list(self.by_text.items()):
            if v == old:
                self.by_text[k] = new
        self.by_text.setdefault(key, new)
        relinked = [old, *self.copies.pop(old, [])]
        self.copies[new] = relinked
        store = store_for(self.crawler)
        for doc_id in relinked:
            if doc_id in self.items:  # still on its way to the store: the store pipeline writes the new link
                ItemAdapter(self.items[doc_id])["duplicate_of"] = new
            stored = store.get_document(doc_id)
            if stored is not None and stored.duplicate_of != new:  # already written (this run or before)
                stored.duplicate_of = new
                store.upsert_documents([stored])

    def _count(self) -> None:
        self.crawler.stats.inc_value("isletwatch/duplicates")
