"""The extractor's spaCy components, registered as factories so config.cfg can build them.

Each component does one step and leaves its result on the Doc (`doc._.iw_*`),
so a pipeline can be inspected after any step with `nlp.select_pipes`. The
statistical NER is optional and runs only on the few sentences that can name
an institution, which is what keeps the trained pipeline fast.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from isletwatch.model import HYPE_TERMS

from ..assemble import assemble
from ..facts import extract_facts
from ..gazetteer import KNOWN_PRODUCTS
from ..segment import BODY, DECK, segment

for _name in ("iw_title", "iw_segments", "iw_ents", "iw_facts", "iw_claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

NER_CUE = re.compile(r"\b(?:company|firm|biotech\w*|start-?up|said|announced|sponsor|developed by|maker)\b", re.I)


@Language.factory("isletwatch_segmenter")
class Segmenter:
    """Lines and sentences with their role (headline, body, table, noise, comments)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.iw_segments = segment(doc.text, doc._.iw_title or "")
        return doc


@Language.factory("isletwatch_terms")
class Terms:
    """Hype words and known product names as spans in doc.spans['iw_terms'], for inspection and highlighting."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("HYPE", list(nlp.tokenizer.pipe(sorted(HYPE_TERMS))))
        self.matcher.add("PRODUCT", list(nlp.tokenizer.pipe(KNOWN_PRODUCTS)))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["iw_terms"] = [Span(doc, s, e, label=label) for label, s, e in self.matcher(doc, as_spans=False)]
        return doc


@Language.factory("isletwatch_ner", default_config={"model": ""})
class SelectiveNER:
    """Statistical NER from a trained pipeline, run only on sentences that may name a company."""

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.model = model
        self.ner_nlp = None
        if model:
            self.ner_nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            doc._.iw_ents = []
            if self.ner_nlp is not None:
                segs = [s for s in doc._.iw_segments or [] if s.kind in (BODY, DECK) and len(s.text) < 600
                        and NER_CUE.search(s.text)][:40]
                for seg, sdoc in zip(segs, self.ner_nlp.pipe([s.text for s in segs], batch_size=batch_size)):
                    doc._.iw_ents.extend((seg.start + e.start_char, seg.start + e.end_char, e.label_) for e in sdoc.ents
                                         if e.label_ == "ORG")
            yield doc


@Language.factory("isletwatch_facts")
class Facts:
    """Document-level SCHEMA fields: registry ids, products, hype terms, institutions, locations."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.iw_facts = extract_facts(doc.text, doc._.iw_title or "", doc._.iw_segments or [], doc._.iw_ents or [])
        return doc


@Language.factory("isletwatch_claims")
class Claims:
    """One claim per outcome per patient group, with evidence offsets into doc.text."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.iw_facts
        doc._.iw_claims = assemble(doc.text, doc._.iw_segments or [], facts.products, facts.aliases)
        return doc
