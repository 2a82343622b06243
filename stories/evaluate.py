"""Score the stored stories against a hand-written gold file.

    python -m isletwatch.stories.evaluate tests/stories/demo_gold.toml --store data/isletwatch.db

Prints pairwise precision and recall of story membership (every pair of
documents put in one story), of stated links (identifiers and journal-plus-date
citations), of inferred links (a document joined by inference to one of its
gold story's documents), and how many gold stories got the right primary source.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from isletwatch.story import DocStory, Story


@dataclass
class Score:
    name: str
    correct: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    recalled: int | None = None  # when recall counts other items than precision (inferred links)

    @property
    def recall(self) -> float:
        hits = self.correct if self.recalled is None else self.recalled
        return hits / self.expected if self.expected else 1.0

    def line(self) -> str:
        hits = self.correct if self.recalled is None else self.recalled
        return (f"{self.name:<18} precision {self.precision:.3f} ({self.correct}/{self.predicted})  "
                f"recall {self.recall:.3f} ({hits}/{self.expected})")


@dataclass
class Report:
    membership: Score
    stated: Score
    inferred: Score
    primary_right: int
    primary_total: int
    wrong_primary: list[str]
    missing: list[str]  # gold documents the store has no story for

    def lines(self) -> list[str]:
        out = [self.membership.line(), self.stated.line(), self.inferred.line(),
               f"{'primary source':<18} {self.primary_right}/{self.primary_total} gold stories right"]
        out += [f"  wrong primary: {w}" for w in self.wrong_primary]
        out += [f"  not in any story: {m}" for m in self.missing]
        return out


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(sorted(set(g)), 2)}  # type: ignore[misc]


def evaluate(gold: dict[str, Any], stories: list[Story], docs: dict[str, DocStory]) -> Report:
    """Compare stories and links with the gold (see the module docstring for the measures)."""
    gold_groups = [list(s["documents"]) for s in gold["story"]]
    gold_story = {d: i for i, g in enumerate(gold_groups) for d in g}
    predicted_groups = [[m.id for m in s.documents] for s in stories]
    gp, pp = _pairs(gold_groups), _pairs(predicted_groups)
    membership = Score("story membership", len(gp & pp), len(pp), len(gp))

    gold_stated = {(a, b) for a, b, _kind in gold.get("stated", [])}
    predicted_stated = {(d.doc_id, t) for d in docs.values() for t in d.cites}
    stated = Score("stated links", len(gold_stated & predicted_stated), len(predicted_stated), len(gold_stated))

    predicted_inferred = [(m.id, m.link.target) for s in stories for m in s.documents
                          if m.link.kind == "inferred" and m.link.target]
    right = {a for a, b in predicted_inferred if a in gold_story and gold_story.get(b) == gold_story[a]}
    expected = set(gold.get("inferred", []))
    # precision: inferred links that stay inside the gold story; recall: gold-inferred documents so joined
    inferred = Score("inferred links", len(right), len(predicted_inferred), len(expected))
    inferred.recalled = len(right & expected)

    story_of = {m.id: s for s in stories for m in s.documents}
    wrong, missing = [], []
    for s in gold["story"]:
        got = story_of.get(s["primary"])
        if got is None:
            missing.append(s["primary"])
        elif got.primary != s["primary"]:
            wrong.append(f"{s.get('name', s['primary'])}: {got.primary} instead of {s['primary']}")
    missing += sorted(d for d in gold_story if d not in story_of and d not in missing)
    right_primary = len(gold["story"]) - len(wrong) - sum(1 for s in gold["story"] if s["primary"] in missing)
    return Report(membership, stated, inferred, right_primary, len(gold["story"]), wrong, missing)


def load_gold(path: str | Path) -> dict[str, Any]:
    """The gold file (TOML: `stated`, `inferred`, then one `[[story]]` table per story)."""
    with open(path, "rb") as f:
        return tomllib.load(f)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--store", default="data/isletwatch.db")
    args = parser.parse_args(argv)
    from isletwatch.index import open_store

    with open_store(args.store) as store:
        report = evaluate(load_gold(args.gold), list(store.iter_stories()), store.doc_stories())
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
