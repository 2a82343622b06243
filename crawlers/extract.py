"""Reduce a news page to its article: text and metadata, plus the papers and trials it cites.

trafilatura finds the main text (boilerplate, menus and comments go) and,
through htmldate, the date; the page's own structured metadata is read first
where it exists because publishers state it exactly: JSON-LD (NewsArticle,
PressRelease, ScholarlyArticle...), OpenGraph / article:* and citation_* meta
tags. DOIs, PMIDs, PMCIDs and trial ids are collected from the text and from
the links in the article, so a story leads to its evidence.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import trafilatura
from .identifiers import find_identifiers
from .markup import mark_exponents

logger = logging.getLogger(__name__)
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "pressrelease", "scholarlyarticle", "medicalscholarlyarticle", "report", "webpage"}


def _jsonld(tree: Any) -> list[dict[str, Any]]:
    """Article-like JSON-LD objects of the page, @graph flattened; unreadable blocks are skipped."""
    out: list[dict[str, Any]] = []
    for block in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(block, strict=False)
        except ValueError:
            logger.debug("unreadable JSON-LD block skipped")
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if not isinstance(obj, dict):
                continue
            stack.extend(obj.get("@graph") or [])
            types = obj.get("@type") or []
            types = [types] if isinstance(types, str) else types
            if any(str(t).lower() in ARTICLE_TYPES for t in types):
                out.append(obj)
    # the most specific type first: a NewsArticle beats the WebPage that wraps it
    return sorted(out, key=lambda o: "webpage" in str(o.get("@type")).lower())


def _meta(tree: Any) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key:
            tags.setdefault(key, []).append(el.get("content").strip())
    return tags


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else i for i in items if i]
    return [str(n).strip() for n in names if n and str(n).strip()]


def extract_article(html: str, url: str) -> dict[str, Any] | None:
    """Title, text, date, language, authors, site and cited identifiers of an article page; None if no text."""
    tree = trafilatura.load_html(mark_exponents(html))  # a cell dose 10<sup>9</sup> is not "109"
    if tree is None:
        return None
    ld = _jsonld(tree)
    top = ld[0] if ld else {}
    tags = _meta(tree)
    first = lambda *keys: next((tags[k][0] for k in keys if tags.get(k)), None)  # noqa: E731
    scope = tree.xpath("//article") or tree.xpath("//main") or [tree]
    links = [h.strip() for s in scope for h in s.xpath(".//a/@href") if h.strip()]
    canonical = first("og:url") or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        return None
    title = (top.get("headline") or first("og:title", "citation_title", "twitter:title")
             or (doc.title if doc is not None else "") or "")
    published = (top.get("datePublished") or first("article:published_time", "citation_publication_date",
                                                     "citation_date", "dc.date", "date")
                 or (doc.date if doc is not None else None))
    found = find_identifiers([text, *links])
    citation_doi = first("citation_doi", "dc.identifier")
    types = top.get("@type") or ""
    return {
        "title": str(title).strip(), "text": text, "published": published,
        "language": top.get("inLanguage") or first("og:locale", "citation_language", "language")
        or (doc.language if doc is not None else None) or tree.get("lang"),
        "authors": _names(top.get("author")) or tags.get("citation_author", []) or _names(doc.author if doc else None),
        "site": _names(top.get("publisher"))[:1] or [first("og:site_name") or (doc.sitename if doc else None)],
        "description": first("og:description", "description"), "canonical": canonical,
        "jsonld_type": types if isinstance(types, str) else ",".join(map(str, types)),
        "citation_doi": citation_doi.lower().removeprefix("doi:").strip() if citation_doi else None,
        "citation_pmid": first("citation_pmid"), "journal": first("citation_journal_title"),
        "mentions": found, "cited_links": [h for h in links if find_identifiers([h])][:50],
        "modified": top.get("dateModified") or first("article:modified_time"),
    }
