"""User query text → a small parsed form both backends understand.

Readers type what they would type into a search box: words (all must match),
"quoted phrases", -excluded words, OR between alternatives and a trailing *
for a prefix. Anything else (unbalanced quotes, stray operators, FTS syntax)
is treated as plain words, so no query can raise a syntax error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .synonyms import expand

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[\w]+(?:[-'][\w]+)*\*?", re.UNICODE)


@dataclass(frozen=True)
class Term:
    text: str  # lower-case words separated by single spaces
    prefix: bool = False


@dataclass
class ParsedQuery:
    groups: list[list[Term]]  # AND across groups, OR within a group
    excluded: list[Term]

    @property
    def empty(self) -> bool:
        return not self.groups


def parse_query(text: str) -> ParsedQuery:
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for raw in _TOKEN.findall(text or ""):
        if raw == "OR":
            pending_or = bool(groups)
            continue
        negated = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if negated else raw
        words = [w for w in _WORD.findall(body.strip('"'))]
        if not words:
            continue
        prefix = not body.startswith('"') and len(words) == 1 and words[0].endswith("*")
        phrase = " ".join(w.rstrip("*").lower() for w in words)
        if not phrase.strip():
            continue
        term = Term(phrase, prefix)
        if negated:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return ParsedQuery(groups=[_with_synonyms(g) for g in groups], excluded=excluded)


def _with_synonyms(group: list[Term]) -> list[Term]:
    out: list[Term] = []
    for term in group:
        for alt in [term.text, *(() if term.prefix else expand(term.text))]:
            candidate = Term(alt, term.prefix and alt == term.text)
            if candidate not in out:
                out.append(candidate)
    return out


def to_fts5(query: ParsedQuery) -> str:
    """FTS5 MATCH syntax: every term quoted, so user input is never parsed as FTS operators."""

    def quote(term: Term) -> str:
        # FTS5 tokenizes inside quotes the same way as the indexed text ("insulin-free" → insulin free).
        return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")

    parts = []
    for group in query.groups:
        alts = [quote(t) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = " AND ".join(parts)
    for term in query.excluded:
        expr = f"({expr}) NOT {quote(term)}"
    return expr


def to_simple_query_string(query: ParsedQuery) -> str:
    """Elasticsearch `simple_query_string` syntax with the same meaning (use default_operator AND)."""

    def quote(term: Term) -> str:
        if term.prefix:
            return term.text + "*"
        return '"' + term.text.replace('"', "") + '"' if " " in term.text or "-" in term.text else term.text

    parts = []
    for group in query.groups:
        alts = [quote(t) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " | ".join(alts) + ")")
    parts += ["-" + quote(t) for t in query.excluded]
    return " ".join(parts)
