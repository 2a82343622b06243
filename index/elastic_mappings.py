"""Index templates, mappings and analyzers of the Elasticsearch backend.

Claims are `nested` inside their document rather than kept in a separate
claims index, because:
- claim filters must hold for one and the same claim ("T1D + insulin
  independence" must not match a document with a T1D death claim and a T2D
  insulin-independence claim): a `nested` query matches claim by claim;
- claim facets count documents, not claims: a `nested` terms aggregation
  with a `reverse_nested` sub-aggregation gives exactly that, in the same
  request as the hits and the document facets;
- replacing a document's claims must be atomic: with nested claims it is one
  single-document write, so no reader ever sees a document with half its
  claims, and no claim can outlive or precede its document.
The price (rewriting the document when its claims change) is small: claims
change only when the extractor runs, once per document and version.

Text uses an English analyzer (lower case, English stop words, English
stemmer) whose apostrophes become spaces, as in SqliteStore's tokenizer
("patient's" → patient, s; the usual `possessive_english` stemmer is left out
because osmem-server, the test emulator, mis-handles it); searches add the shared domain synonyms (index/synonyms.py) as a
search-time `synonym_graph` filter, so "T1D" finds "type 1 diabetes" and
changing the synonym list never needs a reindex of the text.
"""
from __future__ import annotations

from typing import Any

from isletwatch.model import BOOL_FIELDS, CLAIM_FIELDS, DOC_FIELDS, INT_FIELDS, NUMBER_FIELDS

from .synonyms import solr_lines

#: Bumped when the mappings change; stored in each index's `_meta`. A newer
#: schema on the cluster than in the code means an older IsletWatch is running.
SCHEMA = 1
MANAGED_BY = "isletwatch"

KEYWORD = {"type": "keyword"}
TEXT = {"type": "text", "analyzer": "iw_english", "search_analyzer": "iw_english_search"}
OFF = {"type": "object", "enabled": False}  # kept in _source, never indexed


def analysis() -> dict[str, Any]:
    return {
        # Same length in and out, so highlight offsets stay exact on every server.
        "char_filter": {"iw_apostrophe": {"type": "pattern_replace", "pattern": "['\u2019]", "replacement": " "}},
        "filter": {
            "iw_stop": {"type": "stop", "stopwords": "_english_"},
            "iw_stemmer": {"type": "stemmer", "language": "english"},
            "iw_synonyms": {"type": "synonym_graph", "synonyms": solr_lines()},
        },
        "analyzer": {
            "iw_english": {"tokenizer": "standard", "char_filter": ["iw_apostrophe"],
                           "filter": ["lowercase", "iw_stop", "iw_stemmer"]},
            # synonym_graph is search-time only: index-time graphs break phrase positions.
            "iw_english_search": {"tokenizer": "standard", "char_filter": ["iw_apostrophe"],
                                  "filter": ["lowercase", "iw_synonyms", "iw_stop", "iw_stemmer"]},
        },
    }


def _claim_properties() -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name in CLAIM_FIELDS:
        if name in INT_FIELDS:
            props[name] = {"type": "integer"}
        elif name in NUMBER_FIELDS:
            props[name] = {"type": "float"}
        elif name in BOOL_FIELDS:
            props[name] = {"type": "boolean"}
        else:
            props[name] = KEYWORD
    props.update(hedged={"type": "boolean"}, evidence=OFF, id=KEYWORD, doc_id=KEYWORD,
                 position={"type": "integer"}, extractor_version=KEYWORD)
    return props


def document_mappings() -> dict[str, Any]:
    """Explicit mappings; `dynamic: strict` turns any drift between code and index into a loud error."""
    return {
        "dynamic": "strict",
        "_meta": {"managed_by": MANAGED_BY, "schema": SCHEMA},
        "properties": {
            "id": KEYWORD, "source": KEYWORD, "kind": KEYWORD, "url": KEYWORD,
            "title": TEXT, "text": TEXT,
            # keyword so "newest first" sorts exactly like SqliteStore (ISO strings); .date for ranges.
            "published": {"type": "keyword", "fields": {"date": {"type": "date", "ignore_malformed": True}}},
            "year": {"type": "integer"},
            "fetched_at": {"type": "date", "ignore_malformed": True},
            "language": KEYWORD, "content_hash": KEYWORD, "duplicate_of": KEYWORD,
            "identifiers": OFF, "meta": OFF,
            "facts": {"properties": {name: KEYWORD for name in DOC_FIELDS}},
            "extracted_version": KEYWORD, "extracted_hash": KEYWORD,
            # The extractor version whose claims match the current text, else absent:
            # lets "needs extraction" be a plain term query (no scripts).
            "extracted_current": KEYWORD,
            "claim_count": {"type": "integer"},
            "claims": {"type": "nested", "properties": _claim_properties()},
        },
    }


def state_mappings() -> dict[str, Any]:
    return {"dynamic": "strict", "_meta": {"managed_by": MANAGED_BY, "schema": SCHEMA},
            "properties": {"key": KEYWORD, "value": {"type": "keyword", "index": False, "doc_values": False}}}


def story_mappings() -> dict[str, Any]:
    """The `{prefix}-stories` index: one entry per story and one per document (`type`), the record kept whole."""
    return {"dynamic": "strict", "_meta": {"managed_by": MANAGED_BY, "schema": SCHEMA},
            "properties": {"type": KEYWORD, "id": KEYWORD, "story_id": KEYWORD, "record": OFF}}


def install_templates(es: Any, prefix: str, shards: int, replicas: int) -> None:
    """Put the component templates and the composable index template for `{prefix}-documents-*`.

    Settings and mappings are separate components so an operator can override
    one (say, replicas) with a higher-priority template without copying the
    other. Putting them again is harmless, so every open and every reindex does.
    """
    settings = {"number_of_shards": shards, "number_of_replicas": replicas, "analysis": analysis()}
    es.cluster.put_component_template(name=f"{prefix}-documents-settings", template={"settings": settings},
                                      meta={"managed_by": MANAGED_BY})
    es.cluster.put_component_template(name=f"{prefix}-documents-mappings",
                                      template={"mappings": document_mappings()}, meta={"managed_by": MANAGED_BY})
    es.indices.put_index_template(name=f"{prefix}-documents", index_patterns=[f"{prefix}-documents-*"],
                                  composed_of=[f"{prefix}-documents-settings", f"{prefix}-documents-mappings"],
                                  priority=200, meta={"managed_by": MANAGED_BY, "schema": SCHEMA})


def mapping_conflicts(actual: dict[str, Any], expected: dict[str, Any] | None = None, path: str = "") -> list[str]:
    """Fields whose type differs from ours (a missing field is not a conflict: put_mapping adds it)."""
    expected = document_mappings() if expected is None else expected
    problems = []
    have = actual.get("properties", {})
    for name, want in expected.get("properties", {}).items():
        got = have.get(name)
        if got is None:
            continue
        want_type, got_type = want.get("type", "object"), got.get("type", "object")
        if want_type != got_type:
            problems.append(f"{path}{name} is {got_type}, not {want_type}")
        elif "properties" in want:
            problems += mapping_conflicts(got, want, f"{path}{name}.")
    return problems
