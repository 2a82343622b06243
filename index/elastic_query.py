"""SearchQuery → one Elasticsearch search request, and its response → SearchResult.

The semantics are SqliteStore's, so the CLI and the site cannot tell the
backends apart: the same parsed query (index/query.py) as `simple_query_string`
with AND as default operator (never `query_string`: user input must not reach
a parser that can fail or address fields), document filters as `terms`, claim
filters as ONE `nested` query so they hold for the same claim, facets counted
in documents, duplicates hidden unless asked, and highlights through
`render_highlight` (escaped, <mark>).
"""
from __future__ import annotations

from typing import Any

from .base import CLAIM_FACETS, DOC_FACETS, HL_END, HL_START, SearchHit, SearchQuery, SearchResult, render_highlight
from .query import parse_query, to_simple_query_string

TEXT_FIELDS = ["title^5", "text"]  # titles weigh 5×, as in SqliteStore's bm25 weights
# Only the operators to_simple_query_string writes; FUZZY, NEAR, SLOP and ESCAPE stay off.
SQS_FLAGS = "AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE"
FACET_SIZE = 1000
SNIPPET_CHARS = 200
BROWSE_CHARS = 240
# Undated documents last: a sentinel below every ISO date rather than "_last", because the
# null sort value "_last" yields cannot be sent back in search_after on every server version.
NEWEST_FIRST = [{"published": {"order": "desc", "missing": "0000"}}, {"id": "asc"}]
HIT_SOURCE = ["id", "title", "url", "source", "kind", "published", "claims"]
NOT_DUPLICATE = {"bool": {"must_not": {"exists": {"field": "duplicate_of"}}}}


def search_body(query: SearchQuery) -> dict[str, Any]:
    """Keyword arguments for `Elasticsearch.search` (hits, total, facets and highlights in one round trip)."""
    parsed = parse_query(query.text)
    filters = _filters(query)
    must: list[dict[str, Any]] = []
    if not parsed.empty:
        must.append({"simple_query_string": {"query": to_simple_query_string(parsed), "fields": TEXT_FIELDS,
                                             "default_operator": "and", "flags": SQS_FLAGS}})
    body: dict[str, Any] = {
        "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
        "size": query.limit, "from": query.offset, "track_total_hits": True,
        "source": HIT_SOURCE, "aggs": _facet_aggs(),
    }
    if query.limit:
        body["highlight"] = {"fields": {"text": {
            "number_of_fragments": 1, "fragment_size": SNIPPET_CHARS, "no_match_size": BROWSE_CHARS,
            "pre_tags": [HL_START], "post_tags": [HL_END]}}}
        # Markers, not <mark> with encoder=html: render_highlight escapes once, for both backends.
        if parsed.empty:
            body["sort"] = NEWEST_FIRST
        elif query.sort == "date":
            body["sort"] = [NEWEST_FIRST[0], "_score", {"id": "asc"}]
            body["track_scores"] = True
        else:
            body["sort"] = ["_score", {"id": "asc"}]
    return body


def _filters(query: SearchQuery) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = [] if query.include_duplicates else [NOT_DUPLICATE]
    for name in DOC_FACETS:
        values = query.filters.get(name)
        if values:
            if name == "year":
                values = [int(v) for v in values if v.isdigit()] or [-1]  # a non-year matches nothing, as in SQL
            filters.append({"terms": {name: values}})
    same_claim = [{"terms": {f"claims.{name}": query.filters[name]}} for name in CLAIM_FACETS
                  if query.filters.get(name)]
    if same_claim:
        filters.append({"nested": {"path": "claims", "query": {"bool": {"filter": same_claim}}}})
    return filters


def _facet_aggs() -> dict[str, Any]:
    aggs: dict[str, Any] = {name: {"terms": {"field": name, "size": FACET_SIZE}} for name in DOC_FACETS}
    aggs["claims"] = {"nested": {"path": "claims"}, "aggs": {
        name: {"terms": {"field": f"claims.{name}", "size": FACET_SIZE}, "aggs": {"docs": {"reverse_nested": {}}}}
        for name in CLAIM_FACETS}}
    return aggs


def parse_response(resp: dict[str, Any], query: SearchQuery) -> SearchResult:
    browse = parse_query(query.text).empty
    hits = []
    for h in resp["hits"]["hits"] if query.limit else []:
        src = h["_source"]
        fragments = h.get("highlight", {}).get("text") or [""]
        hits.append(SearchHit(id=src["id"], title=src.get("title", ""), url=src["url"], source=src["source"],
                              kind=src["kind"], published=src.get("published"),
                              highlight=render_highlight(fragments[0]), claims=src.get("claims") or [],
                              score=0.0 if browse else round(float(h.get("_score") or 0.0), 4)))
    aggs = resp.get("aggregations", {})
    facets = {name: _ordered({str(b["key"]): b["doc_count"] for b in aggs[name]["buckets"]})
              for name in DOC_FACETS}
    for name in CLAIM_FACETS:
        facets[name] = _ordered({str(b["key"]): b["docs"]["doc_count"] for b in aggs["claims"][name]["buckets"]})
    return SearchResult(total=resp["hits"]["total"]["value"], hits=hits, facets=facets)


def _ordered(counts: dict[str, int]) -> dict[str, int]:
    """Most documents first, then by value: SqliteStore's `ORDER BY n DESC, v`."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
