"""spaCy factories of the claim extractor; importing this module registers them."""
from . import pipeline, tokenizer  # noqa: F401
