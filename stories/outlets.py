"""Who published a document, in words: the publisher, the journal, the preprint server, the registry, the host.

In order of trust: the site name the page declares (JSON-LD publisher or
OpenGraph `site_name`, stored by the crawler as `site`), the journal a
database gives, the preprint server (from the metadata or the DOI prefix),
the registry, and the web host as a last resort.
"""
from __future__ import annotations

import re
from typing import Any

from isletwatch.model import Document

_SERVERS = {"biorxiv": "bioRxiv", "medrxiv": "medRxiv"}
_DOI_SERVERS = {"10.2139": "SSRN", "10.21203": "Research Square", "10.20944": "Preprints.org"}
_REGISTRIES = {"clinicaltrials": "ClinicalTrials.gov"}
_SMALL = {"of", "and", "the", "in", "for", "on", "&"}


def journal_name(name: str) -> str:
    """'The New England journal of medicine' → 'The New England Journal of Medicine'; 'Cell stem cell' → 'Cell Stem Cell'.

    PubMed stores most journal titles in sentence case, which reads oddly as an outlet name.
    """
    name = re.sub(r"\s*:.*$", "", name.strip()).replace(". ", " ").rstrip(".")
    words = name.split()
    return " ".join(w if (i and w.lower() in _SMALL) or any(ch.isupper() for ch in w[1:]) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def outlet(doc: Document) -> str:
    """The outlet's readable name; never empty."""
    meta: dict[str, Any] = doc.meta or {}
    for key in ("publisher", "site"):
        value = meta.get(key)
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    journal = meta.get("journal")
    if isinstance(journal, str) and journal.strip():
        return journal_name(journal)
    server = meta.get("server")
    if isinstance(server, str) and server.strip():
        return _SERVERS.get(server.strip().lower(), server.strip())
    doi = (doc.identifiers or {}).get("doi", "")
    if doi.startswith("10.1101/"):
        return "medRxiv" if re.match(r"10\.1101/\d{4}\.\d\d\.\d\d\.\d{8}", doi) else "bioRxiv"
    for prefix, name in _DOI_SERVERS.items():
        if doi.startswith(prefix + "/"):
            return name
    if doc.source in _REGISTRIES:
        return _REGISTRIES[doc.source]
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", doc.url or "")
    return host.group(1) if host else doc.source
