"""A lean tokenizer for the claim pipeline: words, punctuation and whitespace, text kept exactly.

The rules read `doc._.iw_source`, never tokens; tokens only feed the term
matcher (hype words, product names) and the statistical NER runs its own
tokenizer on the few sentences it sees. English's rule-based tokenizer was a
seventh of the extractor's time, so the pipeline uses this one: one regular
expression, and `doc.text` still equals the input character for character.
"""
from __future__ import annotations

import re
from typing import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

TOKEN = re.compile(r"(\w+(?:[-'’]\w+)*|[^\w\s])( ?)|(\s+)")  # a word or a mark, with one trailing space; or other whitespace


class LeanTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for word, space, blank in TOKEN.findall(text):
            words.append(word or blank)
            spaces.append(bool(space))
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "LeanTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "LeanTokenizer":
        return self


@spacy.registry.tokenizers("isletwatch.LeanTokenizer.v1")
def create_lean_tokenizer() -> Callable[[Language], LeanTokenizer]:
    return lambda nlp: LeanTokenizer(nlp.vocab)
