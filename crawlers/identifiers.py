"""Find DOIs, PMIDs, PMCIDs and trial registry ids in text and links.

A news story that cites the paper or the trial it reports on is how a reader
gets from a headline to the evidence, so these are kept with every document
(for news in `meta["mentions"]`: they name what the story is about, not the
story itself, and must not become its id).
"""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import unquote

DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.I)
PMID_TEXT_RE = re.compile(r"\bPMID:?\s*(\d{5,9})\b")
PMID_LINK_RE = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{5,9})\b", re.I)
PMCID_RE = re.compile(r"\b(PMC\d{5,9})\b")
NCT_RE = re.compile(r"\b(NCT\d{8})\b", re.I)
CHICTR_RE = re.compile(r"\b(ChiCTR(?:-[A-Z]{2,4}-)?\d{8,10})\b", re.I)
ISRCTN_RE = re.compile(r"\b(ISRCTN\d{8})\b", re.I)

KINDS = ("doi", "pmid", "pmcid", "nct", "chictr", "isrctn")


def clean_doi(doi: str) -> str:
    doi = unquote(doi).rstrip(".,;:)]}>")
    # a DOI inside a URL path can carry a trailing '/full' or '/abstract' page suffix
    doi = re.sub(r"/(?:full|abstract|pdf|epdf|fulltext)(?:/.*)?$", "", doi, flags=re.I)
    return doi.lower()


def find_identifiers(texts: Iterable[str]) -> dict[str, list[str]]:
    """Every identifier in the given texts and links, by kind, de-duplicated in order of appearance."""
    found: dict[str, list[str]] = {k: [] for k in KINDS}

    def add(kind: str, value: str) -> None:
        if value not in found[kind]:
            found[kind].append(value)

    for text in texts:
        if not text:
            continue
        for m in DOI_RE.finditer(text):
            add("doi", clean_doi(m.group(1)))
        for rx in (PMID_TEXT_RE, PMID_LINK_RE):
            for m in rx.finditer(text):
                add("pmid", m.group(1))
        for m in PMCID_RE.finditer(text):
            add("pmcid", m.group(1).upper())
        for m in NCT_RE.finditer(text):
            add("nct", m.group(1).upper())
        for m in CHICTR_RE.finditer(text):
            add("chictr", "ChiCTR" + m.group(1)[6:].upper())
        for m in ISRCTN_RE.finditer(text):
            add("isrctn", m.group(1).upper())
    return {k: v for k, v in found.items() if v}


def registry_ids(found: dict[str, list[str]]) -> list[str]:
    """Trial registry ids (NCT, ChiCTR, ISRCTN) in one list, the form SCHEMA v1's doc.registry_ids uses."""
    return [*found.get("nct", []), *found.get("chictr", []), *found.get("isrctn", [])]
