"""Stories from documents: each document joins the result it reports, or starts a story of its own.

Built over documents, not claims, so a claim-less headline joins its story too.
Each document's links are ranked (explicit identifier, then journal-and-date
citation, then inferred from shared features) and the best usable one joins
the two documents' stories. An inferred link never merges two stories that
each already hold a primary-kind source (paper, preprint, registry results,
release), so successive reports of one trial ("six patients", then "twelve")
stay separate stories that share a `trial`. A syndicated copy joins its
original's story. Ids derive from the primary source's document id, so a rerun
gives the same ids and a new report changes only the story it joins.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from isletwatch.model import Claim, DocFacts, Document, stable_hash
from isletwatch.story import DocStory, Link, Member, Story

from . import discrepancies, features, hype, identifiers, labels, links, outlets, roles
from .citations import JournalIndex
from .dates import day


@dataclass(eq=False)
class Input:
    """One document with what the extractor found in it (facts and claims may be empty)."""

    doc: Document
    facts: DocFacts | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass
class StoryRun:
    stories: list[Story]
    docs: list[DocStory]
    links: list[links.Candidate]
    blocks_skipped: int = 0

    @property
    def by_doc(self) -> dict[str, str]:
        return {d.doc_id: d.story_id for d in self.docs}


class _Union:
    """Union-find over document ids that remembers which primary-kind sources each set holds."""

    def __init__(self, ids: Iterable[str], sources: set[str]) -> None:
        self.parent = {i: i for i in ids}
        self.sources = {i: ({i} if i in sources else set()) for i in self.parent}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, guarded: bool) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if guarded and self.sources[ra] and self.sources[rb]:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.sources[ra] |= self.sources.pop(rb)
        return True


def story_id(primary_doc_id: str) -> str:
    """Derived from the primary source's id: the same story keeps its id on every rerun."""
    return f"s{stable_hash('story', primary_doc_id, length=12)}"


def build_stories(items: Iterable[Input], progress: Callable[[int], None] | None = None) -> StoryRun:
    """Link the documents, build the stories and everything the site shows about them."""
    items = list(items)
    by_id = {i.doc.id: i for i in items}
    originals = [i for i in items if not i.doc.duplicate_of or i.doc.duplicate_of not in by_id]
    role_of = {i.doc.id: roles.role(i.doc) for i in originals}
    owners: dict[str, str] = {}
    for i in sorted(originals, key=lambda i: (roles.rank(role_of[i.doc.id]), i.doc.id), reverse=True):
        for ident in identifiers.own_ids(i.doc):
            owners[ident] = i.doc.id  # the best-ranked holder of an id wins (the paper, not its preprint copy)
    named = {i.doc.id: identifiers.named_ids(i.doc, (i.facts.registry_ids if i.facts else ())) for i in items}
    feats = {i.doc.id: features.extract(i.doc, i.facts, i.claims) for i in originals}
    journals = JournalIndex([(i.doc.id, str((i.doc.meta or {}).get("journal") or ""), i.doc.published)
                             for i in originals if role_of[i.doc.id] == roles.PAPER])

    candidates: dict[str, list[links.Candidate]] = defaultdict(list)
    reporters = [i for i in originals if role_of[i.doc.id] in (roles.RELEASE, roles.COMMENTARY, roles.NEWS)]
    for i in originals:
        if role_of[i.doc.id] not in (roles.TRIAL, roles.REVIEW):
            candidates[i.doc.id] += links.explicit(i.doc, named[i.doc.id], owners)
    for i in reporters:
        candidates[i.doc.id] += links.cited(i.doc, journals)
    papers = [(i.doc.id, day(i.doc.published), {n for n in named[i.doc.id] | identifiers.own_ids(i.doc)
                                                if identifiers.is_registry(n)})
              for i in originals if role_of[i.doc.id] in (roles.PAPER, roles.PREPRINT)]
    for c in links.companions(papers):
        candidates[c.source].append(c)
    targets = [feats[i.doc.id] for i in originals if role_of[i.doc.id] not in (roles.TRIAL, roles.REVIEW)]
    blocks = links.Blocks(targets)
    allowed_from_release = {d for d, r in role_of.items() if r in (roles.PAPER, roles.PREPRINT, roles.REGISTRY_RESULTS)}
    allowed_from_report = {f.doc_id for f in targets}
    for i in reporters:
        allowed = allowed_from_release if role_of[i.doc.id] == roles.RELEASE else allowed_from_report
        if not any(c.kind != "inferred" and role_of.get(c.target) not in (roles.TRIAL, roles.REVIEW)
                   for c in candidates[i.doc.id]):
            window = links.COMMENT_WINDOW_DAYS if role_of[i.doc.id] == roles.COMMENTARY else links.WINDOW_DAYS
            candidates[i.doc.id] += links.inferred(feats[i.doc.id], blocks, feats, allowed, window)

    sources = {d for d, r in role_of.items() if r in roles.SOURCES}
    union = _Union(role_of, sources)
    joined: dict[str, links.Candidate] = {}
    order = sorted(originals, key=lambda i: (day(i.doc.published) or day("9999"), roles.rank(role_of[i.doc.id]),
                                             i.doc.id))
    for i in order:
        for c in links.best_membership(candidates[i.doc.id], role_of):
            if union.union(c.source, c.target, guarded=c.kind == "inferred"):
                joined[c.source] = c
                break

    members: dict[str, list[Input]] = defaultdict(list)
    for i in originals:
        members[union.find(i.doc.id)].append(i)
    copies: dict[str, list[Input]] = defaultdict(list)
    original_ids = set(role_of)
    for i in items:
        if i.doc.id not in original_ids:
            copies[i.doc.duplicate_of or ""].append(i)

    outlet_of = {i.doc.id: outlets.outlet(i.doc) for i in items}
    stories: list[Story] = []
    doc_story: dict[str, str] = {}
    for group in members.values():
        primary = min(group, key=lambda i: (roles.rank(role_of[i.doc.id]), day(i.doc.published) or day("9999"),
                                            i.doc.id))
        sid = story_id(primary.doc.id)
        rows: list[Member] = []
        for i in group:
            d = i.doc
            if i is primary:
                link = Link("primary", 1.0, f"primary source ({role_of[d.id].replace('_', ' ')})")
            elif d.id in joined:
                c = joined[d.id]
                link = Link(c.kind, c.score, links.clip(c.evidence), c.target)
            else:
                link = Link("own", 0.0, "joined through a document that links to it")
            rows.append(Member(d.id, outlet_of[d.id], d.kind, d.published, link, d.title, d.url))
            for copy in copies.get(d.id, []):
                rows.append(Member(copy.doc.id, outlet_of[copy.doc.id], copy.doc.kind, copy.doc.published,
                                   Link("syndicated", 1.0, f"verbatim copy of {outlet_of[d.id]}", d.id),
                                   copy.doc.title, copy.doc.url, duplicate_of=d.id))
        rows.sort(key=lambda m: (m.published or "9999", m.id))
        reports = [m for m in rows if m.id != primary.doc.id]
        first = reports[0] if reports else rows[0]
        found = []
        for i in group:
            if i is not primary:
                found += discrepancies.compare(primary.doc, primary.claims, i.doc, i.claims,
                                               headlines=role_of[i.doc.id] not in roles.SOURCES)
        trial = _trial(group, named, role_of)
        stories.append(Story(sid, labels.story_label(primary.doc.title, outlet_of[primary.doc.id],
                                                     primary.doc.published),
                             primary.doc.id, {"outlet": first.outlet, "published": first.published,
                                              "document": first.id}, rows, found, trial))
        for m in rows:
            doc_story[m.id] = sid
    _relate(stories)
    stories.sort(key=lambda s: s.id)

    cites: dict[str, set[str]] = defaultdict(set)
    for doc_id, idents in named.items():
        cites[doc_id].update(owners[x] for x in idents if x in owners and owners[x] != doc_id)
    for c in (c for cs in candidates.values() for c in cs if c.kind == "cited"):
        cites[c.source].add(c.target)
    cited_by: dict[str, set[str]] = defaultdict(set)
    for source, targets_ in cites.items():
        for t in targets_:
            cited_by[t].add(source)
    docs = []
    for n, i in enumerate(items, 1):
        docs.append(DocStory(i.doc.id, doc_story[i.doc.id], outlet_of[i.doc.id], hype.stances(i.doc.title, i.doc.text),
                             sorted(cites.get(i.doc.id, ())), sorted(cited_by.get(i.doc.id, ()))))
        if progress and (n % 1000 == 0 or n == len(items)):
            progress(n % 1000 or 1000)
    docs.sort(key=lambda d: d.doc_id)
    all_links = sorted((c for cs in candidates.values() for c in cs), key=lambda c: (c.source, c.target, c.kind))
    return StoryRun(stories, docs, all_links, blocks.skipped)


def _trial(group: list[Input], named: dict[str, set[str]], role_of: dict[str, str]) -> str | None:
    """The registry id the story's documents name most (a registry record's own id for its own story)."""
    counts: Counter[str] = Counter()
    for i in group:
        ids = named[i.doc.id] | identifiers.own_ids(i.doc)
        counts.update(x for x in ids if identifiers.is_registry(x))
    if not counts:
        return None
    best = max(sorted(counts), key=lambda x: counts[x])
    return identifiers.display(best)


def _relate(stories: list[Story]) -> None:
    by_trial: dict[str, list[Story]] = defaultdict(list)
    for s in stories:
        if s.trial:
            by_trial[s.trial].append(s)
    for group in by_trial.values():
        group.sort(key=lambda s: (s.first_report.get("published") or "", s.id))
        for s in group:
            s.related = [o.id for o in group if o is not s]
