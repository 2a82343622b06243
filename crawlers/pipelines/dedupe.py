"""Exact and near-duplicate detection: one story syndicated ten times is one document and nine links.

Exact: the same normalized text (content hash) under another id. Near: wire
copies that differ by a headline, a byline or a trimmed paragraph, found with
MinHash over word shingles and LSH (datasketch), confirmed by the estimated
Jaccard similarity (NEARDUP_THRESHOLD). A copy is not dropped: it is stored
with `duplicate_of` = the original's id, so a reader can see which outlets
re-reported a result, while search and extraction see the original once.
The first seen is the original; news from earlier runs is loaded from the
store at start (NEARDUP_HISTORY most recent), so a copy found tomorrow still
links to today's original.
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
        if original is None and adapter.get("kind") in self.kinds:
            signature = self.index.signature(text)
            original = self.index.find(doc_id, signature)
            if original is None:
                self.index.add(doc_id, signature)
        if original is not None and original != doc_id:
            adapter["duplicate_of"] = original
            self._count()
            logger.info("%s is a copy of %s: stored as a link", adapter["url"], original)
        else:
            self.by_text.setdefault(key, doc_id)
        return item

    def _count(self) -> None:
        self.crawler.stats.inc_value("isletwatch/duplicates")
