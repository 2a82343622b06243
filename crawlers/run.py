"""run_crawl: the spiders through Scrapy's API, in this process, with a summary at the end.

All requested sources run in one reactor run (Twisted's reactor cannot be
restarted, so a process gets one crawl; tests and tools that need several
run `python -m isletwatch.crawlers.run` in subprocesses). Counts come from
each crawler's stats and are pushed to `progress(source, counts)` as items
flow, so the CLI can draw a live progress bar.

    python -m isletwatch.crawlers.run --store data/isletwatch.db --source pubmed --since 2024-01-01
    python -m isletwatch.crawlers.run --reparse     # rebuild the documents from the archive, no request
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable

from isletwatch.config import Config, load_config
from isletwatch.errors import CrawlError, IsletWatchError

SOURCES: tuple[str, ...] = ("pubmed", "europepmc", "clinicaltrials", "biorxiv", "news")
Progress = Callable[[str, dict[str, int]], None]


@dataclass
class SourceCounts:
    requests: int = 0
    items: int = 0
    stored_new: int = 0
    updated: int = 0
    unchanged: int = 0
    irrelevant: int = 0
    duplicates: int = 0
    errors: int = 0
    reparsed: int = 0  # responses read again from the archive (crawl --reparse)

    @classmethod
    def from_stats(cls, stats: dict[str, Any]) -> "SourceCounts":
        get = lambda key: int(stats.get(key) or 0)  # noqa: E731
        exceptions = sum(int(v) for k, v in stats.items()
                         if k.startswith("spider_exceptions/") and k != "spider_exceptions/count")
        return cls(requests=get("downloader/request_count"),
                   items=get("item_scraped_count") + get("item_dropped_count"),
                   stored_new=get("isletwatch/stored_new"), updated=get("isletwatch/updated"),
                   unchanged=get("isletwatch/unchanged"), irrelevant=get("isletwatch/irrelevant"),
                   duplicates=get("isletwatch/duplicates"), errors=get("isletwatch/errors") + exceptions,
                   reparsed=get("isletwatch/reparsed"))

    def add(self, other: "SourceCounts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class CrawlSummary:
    sources: dict[str, SourceCounts] = field(default_factory=dict)
    seconds: float = 0.0
    finish_reasons: dict[str, str] = field(default_factory=dict)
    elapsed: dict[str, float] = field(default_factory=dict)  # per source, spider open → close
    reparse: bool = False

    @property
    def totals(self) -> SourceCounts:
        total = SourceCounts()
        for counts in self.sources.values():
            total.add(counts)
        return total

    def line(self) -> str:
        t = self.totals
        if self.reparse:
            return (f"reparsed {', '.join(self.sources) or 'nothing'} from the archive in {self.seconds:.1f}s: "
                    f"{t.reparsed} archived responses, 0 requests, {t.items} items → {t.stored_new} new, "
                    f"{t.updated} updated, {t.unchanged} unchanged; {t.irrelevant} irrelevant, "
                    f"{t.duplicates} duplicates, {t.errors} errors")
        return (f"crawled {', '.join(self.sources) or 'nothing'} in {self.seconds:.1f}s: {t.requests} requests, "
                f"{t.items} items → {t.stored_new} new, {t.updated} updated, {t.unchanged} unchanged; "
                f"{t.irrelevant} irrelevant, {t.duplicates} duplicates, {t.errors} errors")

    def to_dict(self) -> dict[str, Any]:
        return {"sources": {k: asdict(v) for k, v in self.sources.items()}, "totals": asdict(self.totals),
                "seconds": round(self.seconds, 3), "finish_reasons": self.finish_reasons,
                "elapsed": {k: round(v, 3) for k, v in self.elapsed.items()}}


def resolve_sources(sources: list[str] | None, config: Config) -> list[str]:
    """The requested sources in canonical order; 'all' means every one; unknown names are an error."""
    wanted = list(sources or config.crawl.sources or SOURCES)
    if "all" in wanted:
        return list(SOURCES)
    unknown = [s for s in wanted if s not in SOURCES]
    if unknown:
        raise CrawlError(f"unknown source(s) {', '.join(unknown)}; valid sources: {', '.join(SOURCES)} (or all)")
    return [s for s in SOURCES if s in wanted]


def build_settings(store_url: str, config: Config, since: str | None, replay_url: str | None,
                   overrides: dict[str, Any] | None = None) -> Any:
    from scrapy.settings import Settings

    from .configure import settings_from_config

    settings = Settings()
    settings.setmodule("isletwatch.crawlers.settings", priority="project")
    settings.setdict(settings_from_config(config, store_url=store_url, since=since, replay_url=replay_url),
                     priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def _check_since(since: str | None) -> None:
    if since:
        from .spiders.base import _to_date

        try:
            _to_date(since)
        except ValueError as exc:
            raise CrawlError(f"--since {since!r} is not a date; use YYYY-MM-DD") from exc


def run_crawl(store_url: str, config: Config, sources: list[str] | None = None, since: str | None = None,
              replay_url: str | None = None, progress: Progress | None = None,
              overrides: dict[str, Any] | None = None, reparse: bool = False) -> CrawlSummary:
    """Crawl the sources into the store; returns per-source counts. One call per process.

    `overrides` are Scrapy settings applied last (the demo turns politeness
    delays off for its loopback replay; tests shorten timeouts). `reparse`
    rebuilds the documents from the archive (config crawl.archive) instead of
    asking the sources: no request is made.
    """
    return crawl(store_url, config, sources, since, replay_url, progress, overrides, reparse)


#: A reparse asks no server, so nothing needs to wait; ArchiveReader refuses any request not archived.
REPARSE_SETTINGS = {"REPARSE": True, "ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
                    "DOWNLOAD_SLOTS": {}}


def crawl(store_url: str, config: Config, sources: list[str] | None = None, since: str | None = None,
          replay_url: str | None = None, progress: Progress | None = None,
          overrides: dict[str, Any] | None = None, reparse: bool = False) -> CrawlSummary:
    """run_crawl with Scrapy setting overrides (tests, the benchmark, `-s KEY=VALUE`)."""
    names = resolve_sources(sources, config)
    _check_since(since)
    if reparse:
        archive = (overrides or {}).get("ARCHIVE_DIR", config.crawl.archive)
        if not archive or not Path(archive).is_dir():
            raise CrawlError(f"no archive to reparse at {archive or '(crawl.archive is empty)'}; set crawl.archive "
                             "to the folder a crawl wrote its WARC files to")
        overrides = {**(overrides or {}), **REPARSE_SETTINGS}
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader
    installed = sys.modules.get("twisted.internet.reactor")  # importing it would install the default one
    if installed is not None and getattr(installed, "_startedBefore", False):
        raise CrawlError("a crawl already ran in this process (Twisted's reactor cannot restart); "
                         "run the next one in a new process: python -m isletwatch.crawlers.run")
    settings = build_settings(store_url, config, since, replay_url, overrides)
    process = CrawlerProcess(settings)
    loader = SpiderLoader.from_settings(settings)
    crawlers, failures = {}, []
    for name in names:
        crawler = process.create_crawler(loader.load(name))
        crawlers[name] = crawler
        if progress is not None:
            def report(*_: Any, _name: str = name, _crawler: Any = crawler, **__: Any) -> None:
                progress(_name, asdict(SourceCounts.from_stats(_crawler.stats.get_stats())))
            for signal in (signals.item_scraped, signals.item_dropped, signals.response_received,
                           signals.spider_closed):
                crawler.signals.connect(report, signal=signal, weak=False)
        process.crawl(crawler).addErrback(lambda f, _name=name: failures.append((_name, f)))
    started = time.monotonic()
    process.start()
    summary = CrawlSummary(seconds=time.monotonic() - started, reparse=reparse)
    for name, crawler in crawlers.items():
        stats = crawler.stats.get_stats()
        summary.sources[name] = SourceCounts.from_stats(stats)
        summary.finish_reasons[name] = str(stats.get("finish_reason", "not started"))
        summary.elapsed[name] = float(stats.get("elapsed_time_seconds") or 0.0)
    if failures:
        name, failure = failures[0]
        if isinstance(failure.value, IsletWatchError):
            raise failure.value
        raise CrawlError(f"the {name} crawl could not run: {failure.getErrorMessage()}")
    return summary


def _setting(pair: str) -> tuple[str, Any]:
    key, sep, value = pair.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{pair!r} is not KEY=VALUE")
    try:
        return key.strip(), json.loads(value)
    except ValueError:
        return key.strip(), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m isletwatch.crawlers.run", description=__doc__.split("\n")[0])
    parser.add_argument("--config", help="isletwatch.toml to read (default: ./isletwatch.toml if present)")
    parser.add_argument("--store", help="store URL or SQLite path (default: config store)")
    parser.add_argument("--source", action="append", help=f"one of {', '.join(SOURCES)} or all; repeatable")
    parser.add_argument("--since", help="start date YYYY-MM-DD (default: each source's watermark)")
    parser.add_argument("--replay", help="URL of a ReplayServer to route every request to")
    parser.add_argument("-s", "--set", action="append", type=_setting, default=[], metavar="KEY=VALUE",
                        help="a Scrapy setting (values are read as JSON when they parse)")
    parser.add_argument("--reparse", action="store_true", help="rebuild the documents from the archive, no request")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        summary = crawl(args.store or config.store, config, args.source, args.since, args.replay,
                        overrides=dict(args.set), reparse=args.reparse)
    except IsletWatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(summary.to_dict(), indent=2) if args.json else summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
