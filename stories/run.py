"""The stories stage against a Store: read documents and claims, build stories, write them back."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable

from .build import Input, StoryRun, build_stories


@dataclass
class RelinkSummary:
    documents: int
    stories: int
    links: int
    discrepancies: int
    seconds: float

    def line(self) -> str:
        return (f"stories: {self.stories} stories from {self.documents} documents ({self.links} links, "
                f"{self.discrepancies} discrepancies) in {self.seconds:.1f}s")


def load_inputs(store: Any) -> list[Input]:
    """Every document (syndicated copies too) with its facts and claims, in one pass."""
    out = []
    for doc in store.iter_documents(include_duplicates=True):
        ext = store.get_extraction(doc.id)
        out.append(Input(doc, ext.facts if ext else None, list(ext.claims) if ext else []))
    return out


def relink(store: Any, progress: Callable[[int], None] | None = None) -> tuple[StoryRun, RelinkSummary]:
    """Rebuild every story from the Store and replace the Store's story layer with the result."""
    started = time.monotonic()
    inputs = load_inputs(store)
    run = build_stories(inputs, progress=progress)
    store.replace_stories(run.stories, run.docs)
    return run, RelinkSummary(len(inputs), len(run.stories), len(run.links),
                              sum(len(s.discrepancies) for s in run.stories), time.monotonic() - started)
