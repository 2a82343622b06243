"""Text from the web, made safe to show: the one place that decides which characters never reach an output.

Escaping (Jinja2 autoescape, csv, json) stops markup; it does not stop
characters that change how text *displays*. A right-to-left override in a
source name makes "‮lanruoJ" read as another outlet's name, and in a title it
reverses the page's own text; NUL and other C0 controls break XML feeds and
spreadsheets. Every output (pages, feeds, CSV, JSON, the search index) passes
crawled strings through `clean`; text whose character offsets matter
(evidence spans index into a document's text) uses `clean_keep_offsets`,
which swaps each such character for U+FFFD instead of dropping it.
Legitimate right-to-left script is kept and isolated with <bdi> in the pages.
"""
from __future__ import annotations

import re
from typing import Any

#: Bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069), NUL and the other characters XML 1.0
#: forbids (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def clean(value: str) -> str:
    """`value` without the characters in UNSAFE (fast path: returned as is when there are none)."""
    return UNSAFE.sub("", value) if UNSAFE.search(value) else value


def clean_keep_offsets(value: str) -> str:
    """`value` with each unsafe character replaced by U+FFFD, so character offsets into it stay valid."""
    return UNSAFE.sub(REPLACEMENT, value) if UNSAFE.search(value) else value


def clean_deep(value: Any) -> Any:
    """`clean` applied to every string inside lists, tuples and dict keys/values (for JSON and CSV records)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_deep(k): clean_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_deep(v) for v in value]
    return value


def clean_document(doc: Any) -> Any:
    """The document with every crawled string cleaned once, at load: text keeps its length (offsets), the rest drop
    the characters; the Store's copy is untouched. Returns the same object when nothing needed cleaning."""
    if not any(isinstance(v, str) and UNSAFE.search(v) for v in (doc.title, doc.text, doc.source, doc.url, doc.id)) \
            and not UNSAFE.search(repr(doc.identifiers)) and not UNSAFE.search(repr(doc.meta)):
        return doc
    from dataclasses import replace

    return replace(doc, title=clean(doc.title), text=clean_keep_offsets(doc.text), source=clean(doc.source),
                   url=clean(doc.url), identifiers=clean_deep(doc.identifiers), meta=clean_deep(doc.meta))


def clean_claim(claim: Any) -> Any:
    """The claim with its free-text fields (product, cell source, phase, sex) cleaned; same object when clean."""
    names = ("product", "cell_source", "study_phase", "sex")
    if not any(isinstance(getattr(claim, n), str) and UNSAFE.search(getattr(claim, n)) for n in names):
        return claim
    from dataclasses import replace

    return replace(claim, **{n: clean(getattr(claim, n)) for n in names if isinstance(getattr(claim, n), str)})
