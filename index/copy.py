"""copy_store: move everything from one Store into another, whatever the backends.

`isletwatch index --from sqlite:data/isletwatch.db --to http://localhost:9200`
uses it to move an embedded store into a cluster (and back). Only the Store
interface is used, so any pair of backends works, and because every Store
write is an idempotent upsert, an interrupted or partly rejected copy is
completed by running it again.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from typing import Callable, ContextManager, Iterator

from isletwatch.errors import StoreRejected

from .base import Store, batches

Advance = Callable[[int], None]
#: The CLI's progress factory: `progress(label, total)` yields `advance(n)`.
Progress = Callable[[str, "int | None"], ContextManager[Advance]]


@contextlib.contextmanager
def no_progress(label: str, total: int | None) -> Iterator[Advance]:
    yield lambda n: None


@dataclass
class CopyCounts:
    documents: int = 0
    extractions: int = 0
    claims: int = 0
    state: int = 0
    stories: int = 0
    seconds: float = 0.0
    rejected: dict[str, str] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"copied {self.documents} documents ({rate:,.0f} docs/s), {self.extractions} extractions with "
                f"{self.claims} claims, {self.state} state keys and {self.stories} stories in {self.seconds:.1f}s")


def copy_store(src: Store, dst: Store, progress: Progress | None = None, batch: int = 500) -> CopyCounts:
    """Copy documents (duplicates too), their extractions, the crawl state and the stories from `src` into `dst`.

    Each batch's documents are written before their claims, so `dst` never
    holds claims of a document it lacks. Rejected items do not stop the copy:
    they are collected and raised together at the end as StoreRejected.
    """
    started = time.monotonic()
    counts = CopyCounts()
    stats = src.stats()
    total = stats["documents"] + stats["duplicates"]
    with (progress or no_progress)("copy", total) as advance:
        for docs in batches(src.iter_documents(include_duplicates=True), batch):
            _guard(counts, lambda: dst.upsert_documents(docs))
            written = [d for d in docs if d.id not in counts.rejected]
            counts.documents += len(written)
            exts = [e for d in written if (e := src.get_extraction(d.id)) is not None]
            if exts:
                _guard(counts, lambda: dst.replace_extractions(exts))
                done = [e for e in exts if e.doc_id not in counts.rejected]
                counts.extractions += len(done)
                counts.claims += sum(len(e.claims) for e in done)
            advance(len(docs))
    for key, value in src.state_items().items():
        dst.set_state(key, value)
        counts.state += 1
    stories = list(src.iter_stories())  # the story layer as it is: a copy needs no relinking
    if stories:
        counts.stories = dst.replace_stories(stories, src.doc_stories().values())
    counts.seconds = time.monotonic() - started
    if counts.rejected:
        raise StoreRejected(f"{counts.line()}, but {len(counts.rejected)} items were rejected and not copied "
                            f"({_sample(counts.rejected)}); fix the cause and rerun the same copy to complete it",
                            counts.rejected)
    return counts


def _guard(counts: CopyCounts, write: Callable[[], object]) -> None:
    """Run one write; remember what it rejected and carry on with the next batch."""
    try:
        write()
    except StoreRejected as exc:
        counts.rejected.update(exc.failed)


def _sample(failed: dict[str, str], n: int = 3) -> str:
    shown = "; ".join(f"{k}: {v[:120]}" for k, v in list(failed.items())[:n])
    return shown + (f"; and {len(failed) - n} more" if len(failed) > n else "")
