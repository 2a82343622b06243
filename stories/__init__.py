"""The stories stage: document links, stories, primary sources, outlets, discrepancies and hype stances.

Reads documents and claims from the Store and writes stories back through it
(`build.build_stories` over plain objects, `run.relink` over a Store), so the
site and search read stories without knowing how they were made.
"""
from __future__ import annotations

from .build import StoryRun, build_stories
from .run import RelinkSummary, relink

__all__ = ["RelinkSummary", "StoryRun", "build_stories", "relink"]
