"""Keep only documents about cell therapy for diabetes; count and drop the rest.

A document is relevant when its title or text has a cell-therapy term AND a
diabetes term (crawlers/relevance_terms.toml, or RELEVANCE_TERMS_FILE). The
sources are queried broadly and bioRxiv/medRxiv have no keyword search at
all, so this is where "about islets" becomes "about islets for diabetes".
Dropped items are counted (stat `isletwatch/irrelevant`), never stored.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

DEFAULT_TERMS = Path(__file__).resolve().parent.parent / "relevance_terms.toml"


def compile_terms(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex for a term list; `word*` matches any ending, other terms whole words."""
    parts = []
    for term in terms:
        stem = term[:-1] if term.endswith("*") else term
        body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", stem) if w)
        parts.append(body + (r"\w*" if term.endswith("*") else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.I)


class RelevanceFilter:
    def __init__(self, groups: dict[str, list[str]]) -> None:
        self.groups = {name: compile_terms(terms) for name, terms in groups.items()}

    @classmethod
    def from_file(cls, path: Path = DEFAULT_TERMS) -> "RelevanceFilter":
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return cls({k: v for k, v in data.items() if isinstance(v, list)})

    def missing(self, text: str) -> list[str]:
        """The term groups the text has no match for (empty: relevant)."""
        return [name for name, rx in self.groups.items() if not rx.search(text)]


class RelevancePipeline:
    def __init__(self, crawler: Crawler, rfilter: RelevanceFilter) -> None:
        self.crawler = crawler
        self.filter = rfilter

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RelevancePipeline":
        path = crawler.settings.get("RELEVANCE_TERMS_FILE") or DEFAULT_TERMS
        return cls(crawler, RelevanceFilter.from_file(Path(path)))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        keywords = " ".join(adapter.get("meta", {}).get("keywords") or [])
        missing = self.filter.missing(f"{adapter.get('title')}\n{keywords}\n{adapter.get('text')}")
        if missing:
            self.crawler.stats.inc_value("isletwatch/irrelevant")
            raise DropItem(f"irrelevant (no {' or '.join(missing)} term): {adapter['url']}", log_level="DEBUG")
        return item
