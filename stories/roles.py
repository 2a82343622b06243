"""What part a document can play in a story, and the primary-source ranking.

A primary source is the document a result comes from: a peer-reviewed paper
ranks above a preprint, a preprint above a registry record with results, that
above a company or university release, and a release above news. Reviews and
overviews cover several results and stay stories of their own; an editorial or
comment on one result joins it like a report; a registry record without
results names a trial, which stories point to, and is not a report of any.
"""
from __future__ import annotations

from isletwatch.model import Document

PAPER, PREPRINT, REGISTRY_RESULTS, RELEASE, COMMENTARY, NEWS, REVIEW, TRIAL = (
    "paper", "preprint", "registry_results", "release", "commentary", "news", "review", "trial")
RANK = {PAPER: 0, PREPRINT: 1, REGISTRY_RESULTS: 2, RELEASE: 3, COMMENTARY: 4, NEWS: 5, REVIEW: 6, TRIAL: 7}
#: Roles that start a story of their own when they link to nothing (others may join them).
SOURCES = frozenset({PAPER, PREPRINT, REGISTRY_RESULTS, RELEASE})
_REVIEW_TYPES = {"review", "systematic review", "meta-analysis"}
_COMMENT_TYPES = {"editorial", "comment", "news", "letter"}
_SURVEY_WORDS = ("news articles", "search interest", "search volumes", "we review", "infodemiolog")


def role(doc: Document) -> str:
    """The document's role, from its kind, source and the publication types its database gives."""
    meta = doc.meta or {}
    types = {str(t).lower() for t in meta.get("publication_types") or []}
    lowered = f"{doc.title} {doc.text[:800]}".lower()
    if doc.kind == "registry":
        return REGISTRY_RESULTS if meta.get("has_results") else TRIAL
    scholarly = doc.kind in ("abstract", "article", "preprint")
    if types & _REVIEW_TYPES or (scholarly and any(w in lowered for w in _SURVEY_WORDS)):
        return REVIEW  # a news story that mentions "news articles" is still news
    if doc.kind in ("abstract", "article") and doc.source in ("pubmed", "europepmc"):
        return COMMENTARY if types & _COMMENT_TYPES else PAPER
    if doc.kind == "preprint":
        return PREPRINT
    if doc.kind == "press_release":
        return RELEASE
    return NEWS


def rank(doc_role: str) -> int:
    return RANK[doc_role]
