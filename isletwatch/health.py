"""Source health: what each crawl got from each source, and whether a source has gone wrong.

A source rarely fails loudly: an API changes its format and returns nothing,
a feed moves, a server starts answering 500. So every crawl records, per
source, its requests, items, new documents and errors, and the time of the
last new document; `isletwatch sources` and the site's sources page read the
history and warn when

- a source that usually brings new documents has brought none for more than
  QUIET_FACTOR times its usual interval (the median time between the crawls
  that brought some; twice, so one slow week is not an alarm), or
- the last crawl's error rate (errors per request) is ERROR_JUMP or more
  above the source's usual rate (the median of its previous crawls).

The history lives in the Store's crawl state (key `health:<source>`, a JSON
list, newest last), so it works the same on SQLite and Elasticsearch and
moves with `isletwatch index --from/--to`. This module is the ground floor:
it takes any object with the Store's get_state/set_state/state_items.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from statistics import median
from typing import Any, Protocol

KEY_PREFIX = "health:"
HISTORY = 400           # crawls kept per source (a year of daily crawls)
QUIET_FACTOR = 2.0
MIN_PRODUCTIVE = 3      # crawls with new documents before a source counts as "usually productive"
ERROR_JUMP = 0.2        # 20 points above the usual error rate
BASELINE_RUNS = 10


class StateStore(Protocol):
    def get_state(self, key: str) -> str | None: ...
    def set_state(self, key: str, value: str) -> None: ...
    def state_items(self) -> dict[str, str]: ...


@dataclass
class CrawlRecord:
    """One crawl of one source."""

    source: str
    started: str                  # ISO 8601, UTC
    finished: str
    requests: int = 0
    items: int = 0
    new: int = 0                  # documents stored for the first time
    errors: int = 0
    last_new: str | None = None   # when the source last brought a new document (this crawl or before)
    finish_reason: str = "finished"

    @property
    def error_rate(self) -> float:
        return self.errors / self.requests if self.requests else (1.0 if self.errors else 0.0)


@dataclass
class SourceHealth:
    source: str
    crawls: int
    last: CrawlRecord
    last_new: str | None
    usual_interval_days: float | None   # None: not (yet) a usually productive source
    quiet_days: float | None
    usual_error_rate: float | None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        last = asdict(self.last)
        return {"source": self.source, "crawls": self.crawls, "last_crawl": last["finished"],
                "requests": last["requests"], "items": last["items"], "new_documents": last["new"],
                "errors": last["errors"], "error_rate": round(self.last.error_rate, 3),
                "last_new_document": self.last_new, "finish_reason": last["finish_reason"],
                "usual_interval_days": _round(self.usual_interval_days), "quiet_days": _round(self.quiet_days),
                "usual_error_rate": _round(self.usual_error_rate, 3), "warnings": self.warnings}


def record_crawl(store: StateStore, record: CrawlRecord) -> CrawlRecord:
    """Append a crawl to its source's history; `last_new` is carried over from the previous crawl when it brought none."""
    history = crawl_history(store, record.source)
    if record.new and not record.last_new:
        record.last_new = record.finished
    if not record.new and not record.last_new and history:
        record.last_new = history[-1].last_new
    history.append(record)
    store.set_state(KEY_PREFIX + record.source,
                    json.dumps([asdict(r) for r in history[-HISTORY:]], separators=(",", ":")))
    return record


def crawl_history(store: StateStore, source: str) -> list[CrawlRecord]:
    """The source's crawls, oldest first (an unreadable history is empty, not an error: it is only a report)."""
    try:
        rows = json.loads(store.get_state(KEY_PREFIX + source) or "[]")
        return [CrawlRecord(**row) for row in rows]
    except (TypeError, ValueError):
        return []


def source_health(store: StateStore, now: datetime | None = None) -> list[SourceHealth]:
    """Every source with a crawl history, by name, with its warnings."""
    sources = sorted(k[len(KEY_PREFIX):] for k in store.state_items() if k.startswith(KEY_PREFIX))
    out = [assess(crawl_history(store, s), now) for s in sources]
    return [h for h in out if h is not None]


def assess(history: list[CrawlRecord], now: datetime | None = None) -> SourceHealth | None:
    """The health of one source from its crawls, oldest first."""
    if not history:
        return None
    now = now or datetime.now(timezone.utc)
    last = history[-1]
    health = SourceHealth(last.source, len(history), last, last.last_new, None, None, None)
    times = sorted({_time(r.last_new) for r in history if r.new and r.last_new})
    if last.last_new:
        health.quiet_days = (now - _time(last.last_new)).total_seconds() / 86400
    if len(times) >= MIN_PRODUCTIVE:
        health.usual_interval_days = median((b - a).total_seconds() / 86400 for a, b in zip(times, times[1:]))
        if health.quiet_days is not None and health.quiet_days > QUIET_FACTOR * max(health.usual_interval_days, 1 / 24):
            health.warnings.append(f"quiet: no new document for {health.quiet_days:.0f} days; it usually brings some "
                                   f"every {health.usual_interval_days:.1f} days")
    previous = history[-1 - BASELINE_RUNS:-1]
    if len(previous) >= 2:
        health.usual_error_rate = median(r.error_rate for r in previous)
        if last.errors and last.error_rate >= health.usual_error_rate + ERROR_JUMP:
            health.warnings.append(f"errors: {last.errors} of {last.requests} requests failed in the last crawl "
                                   f"({last.error_rate:.0%}; usually {health.usual_error_rate:.0%})")
    return health


def _time(value: str) -> datetime:
    t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)
