"""The top floor: wires crawl → index → extract → index → site.

Only this module and the CLI know every stage. Each function runs one stage
against a Store and returns a small summary with a one-line `line()`, so a
stage can be rerun alone (re-extract without crawling, rebuild the site
without extracting).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from .config import Config, load_config
from .errors import IsletWatchError
from .model import Extraction
from .progress import ProgressFactory, no_progress

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo" / "corpus"
DEMO_UNTIL = "2025-12-31"  # the last day the demo corpus has recordings for


@dataclass
class ExtractSummary:
    documents: int
    claims: int
    seconds: float
    version: str

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"extracted {self.claims} claims from {self.documents} documents in {self.seconds:.1f}s "
                f"({rate:,.0f} docs/s, extractor {self.version})")


def open_configured_store(config: Config) -> Any:
    from .index import open_configured_store as open_store

    return open_store(config)


def load_configured_extractor(config: Config) -> Any:
    from .nlp import load_extractor

    return load_extractor(config.extract.model)


def extract_store(store: Any, extractor: Any, config: Config, progress: ProgressFactory = no_progress,
                  batch: int = 200) -> ExtractSummary:
    """Extract only what changed: documents never extracted, edited, or extracted by another version."""
    started = time.monotonic()
    docs = list(store.documents_needing_extraction(extractor.version))
    n_claims = 0
    pending: list[Extraction] = []
    with progress("extract", len(docs)) as advance:
        for ext in extractor.extract_many(docs, batch_size=config.extract.batch_size,
                                          n_process=config.extract.processes):
            pending.append(ext)
            n_claims += len(ext.claims)
            if len(pending) >= batch:
                store.replace_extractions(pending)
                pending = []
            advance(1)
        store.replace_extractions(pending)
    return ExtractSummary(len(docs), n_claims, time.monotonic() - started, extractor.version)


def crawl(store_url: str, config: Config, sources: list[str] | None, since: str | None,
          replay_url: str | None, progress: Callable[[str, dict[str, int]], None] | None = None,
          overrides: dict[str, Any] | None = None, reparse: bool = False) -> Any:
    from .crawlers import run_crawl

    return run_crawl(store_url, config, sources=sources, since=since, replay_url=replay_url, progress=progress,
                     overrides=overrides, reparse=reparse)


def relink_stories(store: Any, progress: ProgressFactory = no_progress) -> Any:
    """The stories stage: link documents, build stories and write them to the store (no re-extraction)."""
    from .stories import relink

    n_docs = store.stats()
    total = n_docs["documents"] + n_docs["duplicates"]
    with progress("stories", total) as advance:
        _run, result = relink(store, progress=advance)
    return result


def build_site(store: Any, config: Config, out_dir: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> Any:
    from .site import build_site as build

    return build(store, Path(out_dir or config.site_dir), config.site, progress=progress)


def demo_corpus() -> Path:
    if not DEMO_CORPUS.is_dir():
        raise IsletWatchError(f"the demo corpus is missing at {DEMO_CORPUS}; run from a full clone of the repository")
    return DEMO_CORPUS


def demo_config(config: Config, corpus: Path) -> tuple[Config, dict[str, Any]]:
    """The user's config (store, site, model) with the crawl window and feeds the demo corpus was recorded for.

    Returns the config and the Scrapy overrides: the corpus's publisher host counts
    as a press-release wire, PubMed pages by 10 to exercise paging, and politeness
    delays are off because every request goes to the replay server on loopback.
    """
    recorded = load_config(corpus / "isletwatch-demo.toml", env={})
    crawl_cfg = replace(config.crawl, feeds=recorded.crawl.feeds, since=recorded.crawl.since, until=DEMO_UNTIL)
    from .crawlers.settings import PRESS_RELEASE_DOMAINS

    overrides = {"PUBMED_PAGE_SIZE": 10, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_SLOTS": {},
                 "PRESS_RELEASE_DOMAINS": [*PRESS_RELEASE_DOMAINS, "pharmawire-releases.com"]}
    return replace(config, crawl=crawl_cfg), overrides
