"""Claim extraction: a spaCy pipeline that turns documents into SCHEMA v1 claims with evidence."""
from .extractor import EXTRACTOR_VERSION, Extractor, build_pipeline, load_extractor
from .jsonl import extract_jsonl

__all__ = ["EXTRACTOR_VERSION", "Extractor", "build_pipeline", "extract_jsonl", "load_extractor"]
