"""Domain synonyms: a reader searching "T1D" must find "type 1 diabetes".

One list for both backends: SqliteStore expands query terms with it, and
ElasticStore turns it into a `synonym_graph` filter (Solr format lines).
"""
from __future__ import annotations

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("t1d", "type 1 diabetes", "type one diabetes", "insulin-dependent diabetes", "juvenile diabetes"),
    ("t2d", "type 2 diabetes", "type two diabetes"),
    ("ipsc", "ipscs", "induced pluripotent stem cell", "induced pluripotent stem cells"),
    ("cipsc", "cipscs", "chemically induced pluripotent stem cell", "chemically induced pluripotent stem cells"),
    ("esc", "embryonic stem cell", "embryonic stem cells"),
    ("msc", "mscs", "mesenchymal stem cell", "mesenchymal stem cells", "mesenchymal stromal cells"),
    ("vx-880", "zimislecel"),
    ("lantidra", "donislecel"),
)

_INDEX: dict[str, tuple[str, ...]] = {}
for _group in SYNONYM_GROUPS:
    for _term in _group:
        _INDEX[_term] = _group


def expand(term: str) -> list[str]:
    """Other ways of writing `term` (lower-case), not including itself."""
    group = _INDEX.get(term.lower().strip(), ())
    return [t for t in group if t != term.lower().strip()]


def solr_lines() -> list[str]:
    """Equivalence lines for an Elasticsearch synonym filter."""
    return [", ".join(group) for group in SYNONYM_GROUPS]
