"""The indices and aliases of one IsletWatch prefix on a cluster, and whether they fit the code.

`{prefix}-documents` is an alias over one versioned index
`{prefix}-documents-NNNNNN`; `{prefix}-state` holds crawl watermarks. Creating
them is idempotent and race-safe (two processes opening a new cluster at once
both succeed), and the check says in words what a reindex would repair.
"""
from __future__ import annotations

import re
from typing import Any

from elasticsearch import BadRequestError, Elasticsearch

from .elastic_client import StoreMappingConflict
from .elastic_mappings import SCHEMA, document_mappings, mapping_conflicts, state_mappings


def ensure_indices(es: Elasticsearch, alias: str, state_index: str, replicas: int) -> None:
    """Create the first versioned index behind the alias, and the state index, unless they exist."""
    if not es.indices.exists(index=alias):
        _create(es, index=next_index_name(es, alias), aliases={alias: {"is_write_index": True}})
    if not es.indices.exists(index=state_index):
        _create(es, index=state_index, mappings=state_mappings(),
                settings={"number_of_shards": 1, "number_of_replicas": replicas})


def _create(es: Elasticsearch, **request: Any) -> None:
    try:
        es.indices.create(**request)
    except BadRequestError as exc:
        if exc.error != "resource_already_exists_exception":  # else another process was quicker: fine
            raise


def mapping_problems(es: Elasticsearch, alias: str) -> list[str]:
    """Why the index behind the alias cannot be used as it is (empty when it can).

    An index of an older schema that only lacks fields gets them in place; a
    field of another type is a conflict that only a reindex can repair; an
    index of a newer schema means this IsletWatch is too old to touch it.
    """
    problems = []
    if not es.indices.exists_alias(name=alias):
        problems.append(f"{alias} is a plain index, not an IsletWatch alias")
    for index, body in es.indices.get_mapping(index=alias).body.items():
        mappings = body.get("mappings", {})
        schema = mappings.get("_meta", {}).get("schema", 0)
        if schema > SCHEMA:
            raise StoreMappingConflict(f"{index} was built by a newer IsletWatch (index schema {schema}, this "
                                       f"version knows {SCHEMA}); upgrade IsletWatch")
        conflicts = [f"{index}: {p}" for p in mapping_conflicts(mappings)]
        if schema < SCHEMA and not conflicts:
            wanted = document_mappings()
            es.indices.put_mapping(index=index, properties=wanted["properties"], meta=wanted["_meta"])
        problems += conflicts
    return problems


def current_indices(es: Elasticsearch, alias: str) -> list[str]:
    """The concrete indices the alias (or a same-named plain index) resolves to."""
    return sorted(es.indices.get(index=alias).body)


def next_index_name(es: Elasticsearch, alias: str) -> str:
    """`{alias}-NNNNNN`, one past the highest generation present."""
    existing = es.indices.get(index=f"{alias}-*", expand_wildcards="all").body
    gens = [int(m.group(1)) for name in existing if (m := re.fullmatch(re.escape(alias) + r"-(\d{6})", name))]
    return f"{alias}-{max(gens, default=0) + 1:06d}"
