"""Identifiers a document carries or names: DOI, PMID, PMCID and trial registry ids.

A document's *own* ids come from the metadata its crawler stored (a paper's
DOI and PMID, a registry record's NCT id); the ids it *names* come from its
text, its outbound links and the mentions the crawler kept. A link between two
documents is one naming an id the other owns.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from isletwatch.model import Document

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doi", re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>),;]+[^\s\"'<>),;.])", re.I)),
    ("pmcid", re.compile(r"\b(PMC\d{5,9})\b")),
    ("pmid", re.compile(r"(?:\bPMID:?\s*|pubmed\.ncbi\.nlm\.nih\.gov/)(\d{6,9})\b", re.I)),
    ("nct", re.compile(r"\b(NCT\d{8})\b", re.I)),
    ("chictr", re.compile(r"\b(ChiCTR[-\w]?\d{7,12})\b", re.I)),
    ("isrctn", re.compile(r"\b(ISRCTN\d{8})\b", re.I)),
    ("eudract", re.compile(r"\b(\d{4}-\d{6}-\d{2})\b")),
)
#: Kinds of id that name a trial, not a publication.
REGISTRY_KINDS = frozenset({"nct", "chictr", "isrctn", "eudract"})


def normalize(kind: str, value: str) -> str:
    """`kind:value` in one spelling, so ids found in text match ids from metadata."""
    value = value.strip()
    if kind == "doi":
        value = value.lower().rstrip(".")
    elif kind in ("nct", "pmcid", "isrctn"):
        value = value.upper()
    elif kind == "chictr":
        value = "ChiCTR" + value[6:]
    return f"{kind}:{value}"


def find(texts: Iterable[str]) -> set[str]:
    """Every identifier in the texts, normalized."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        for kind, pattern in _PATTERNS:
            found.update(normalize(kind, m.group(1)) for m in pattern.finditer(text))
    return found


def own_ids(doc: Document) -> set[str]:
    """The ids that name this document itself (stored metadata only, never its text).

    A paper's metadata may carry its trial's NCT id; that names the trial (the registry record), not the
    paper, so only a registry record owns a registry id.
    """
    return {normalize(kind, value) for kind, value in (doc.identifiers or {}).items()
            if value and (doc.kind == "registry" or kind not in REGISTRY_KINDS)}


def named_ids(doc: Document, registry_ids: Iterable[str] = ()) -> set[str]:
    """The ids this document names: in its title, text, outbound links and the crawler's mentions."""
    meta: dict[str, Any] = doc.meta or {}
    texts = [doc.title, doc.text, *[u for u in meta.get("cited_links") or [] if isinstance(u, str)]]
    texts += [str(v) for v in meta.get("registry_ids") or []]
    texts += [str(v) for v in registry_ids]
    found = find(texts)
    for kind, values in (meta.get("mentions") or {}).items():
        if isinstance(values, list):
            found.update(normalize(kind, str(v)) for v in values if kind in ("doi", "pmid", "pmcid", "nct"))
    return found - own_ids(doc)


def is_registry(identifier: str) -> bool:
    """True for a trial registry id: such a link names a trial, not a publication."""
    return identifier.split(":", 1)[0] in REGISTRY_KINDS


def display(identifier: str) -> str:
    """`nct:NCT04786262` → `NCT04786262`, `doi:10.1/x` → `doi:10.1/x` (a DOI keeps its prefix to be recognizable)."""
    kind, _, value = identifier.partition(":")
    return value if kind in REGISTRY_KINDS or kind == "pmcid" else identifier
