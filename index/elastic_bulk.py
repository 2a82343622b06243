"""Bulk writes with per-item outcomes: what was stored, what lost a race, what was rejected.

`helpers.streaming_bulk` retries items (and whole requests) answered with
429 or a transient 5xx, with exponential backoff; the client's transport
retries the request itself first. Anything still failing is reported by id,
never dropped: the caller raises StoreRejected after writing everything else,
so one bad document does not block the other 9,999, and a rerun (every write
is idempotent) completes the job.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from elasticsearch import Elasticsearch, helpers

from .elastic_client import RETRY_STATUS, StoreRejected

SHOWN_IDS = 5


@dataclass
class BulkOptions:
    chunk_size: int = 500
    max_retries: int = 4
    initial_backoff: float = 0.5
    max_backoff: float = 30.0


@dataclass
class BulkOutcome:
    done: dict[str, str] = field(default_factory=dict)  # id → "created" / "updated" / "noop"
    conflicts: list[str] = field(default_factory=list)  # lost an optimistic-concurrency race: retry
    failed: dict[str, str] = field(default_factory=dict)  # id → "type: reason"


def write(es: Elasticsearch, actions: Iterable[dict[str, Any]], options: BulkOptions) -> BulkOutcome:
    """Send `actions`; return every item's outcome (request-level failures still raise)."""
    out = BulkOutcome()
    for ok, item in helpers.streaming_bulk(
            es, actions, chunk_size=options.chunk_size, raise_on_error=False, raise_on_exception=True,
            max_retries=options.max_retries, initial_backoff=options.initial_backoff,
            max_backoff=options.max_backoff, retry_on_status=RETRY_STATUS):
        info = next(iter(item.values()))
        doc_id = str(info.get("_id"))
        if ok:
            out.done[doc_id] = info.get("result", "")
        elif info.get("status") == 409:
            out.conflicts.append(doc_id)
        else:
            out.failed[doc_id] = _reason(info)
    return out


def _reason(info: dict[str, Any]) -> str:
    err = info.get("error")
    if isinstance(err, dict):
        return f"{err.get('type', 'error')}: {err.get('reason', '')}".strip()
    return f"status {info.get('status')}: {err}"


def rejected(what: str, failed: dict[str, str], total: int) -> StoreRejected:
    """One line naming the rejected ids grouped by reason, and what to do."""
    by_reason: dict[str, list[str]] = defaultdict(list)
    for doc_id, reason in failed.items():
        by_reason[reason].append(doc_id)
    parts = []
    for reason, ids in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        shown = ", ".join(ids[:SHOWN_IDS]) + (f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else "")
        parts.append(f"{shown} ({reason[:200]})")
    return StoreRejected(f"Elasticsearch rejected {len(failed)} of {total} {what}, which were not stored: "
                         f"{'; '.join(parts)}. Fix the cause and rerun the same command: everything else "
                         "is stored, and the rerun completes the rest", failed)
