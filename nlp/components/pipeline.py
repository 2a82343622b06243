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
from ..facts import REPORTING_SUBJECT, accept_ner_orgs, extract_facts
from ..gazetteer import KNOWN_PRODUCTS
from ..segment import BODY, DECK, segment

for _name in ("iw_source", "iw_title", "iw_segments", "iw_ents", "iw_facts", "iw_claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

def source(doc: Doc) -> str:
    """The text the Doc was made from; Doc.text rebuilds it token by token on every access."""
    if doc._.iw_source is None:
        doc._.iw_source = doc.text
    return doc._.iw_source




@Language.factory("isletwatch_segmenter")
class Segmenter:
    """Lines and sentences with their role (headline, body, table, noise, comments)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.iw_segments = segment(source(doc), doc._.iw_title or "")
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
    """Statistical NER from a trained pipeline, run only on sentences where a yet-unknown name reports or acts.

    It runs after the pattern-based facts so it sees what patterns and gazetteers already found and
    adds companies they cannot know ("Sana said ..."); everything else stays with the rules.
    """

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.model = model
        self.ner_nlp = None
        if model:
            self.ner_nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        """One NER pass over the selected sentences of a whole batch of documents."""
        jobs: list[tuple[Doc, object]] = []
        for doc in docs:
            doc._.iw_ents = []
            if self.ner_nlp is None or doc._.iw_facts is None:
                continue
            known = " ".join(i.lower() for i in doc._.iw_facts.facts.institutions)
            for seg in doc._.iw_segments or []:
                if seg.kind in (BODY, DECK) and len(seg.text) < 600 and any(
                        _subject(m.group(0)) not in known for m in REPORTING_SUBJECT.finditer(seg.text)):
                    jobs.append((doc, seg))
        if not jobs or self.ner_nlp is None:
            return docs
        for (doc, seg), sdoc in zip(jobs, self.ner_nlp.pipe([seg.text for _, seg in jobs], batch_size=256)):
            doc._.iw_ents.extend((seg.start + e.start_char, seg.start + e.end_char) for e in sdoc.ents if e.label_ == "ORG")
        for doc in docs:
            if not doc._.iw_ents:
                continue
            facts = doc._.iw_facts.facts
            known_names = [i.lower() for i in facts.institutions]
            for _, _, name in accept_ner_orgs(source(doc), doc._.iw_ents):
                if not any(name.lower() in k or k in name.lower() for k in known_names):
                    facts.institutions.append(name)
                    known_names.append(name.lower())
        return docs


def _subject(match: str) -> str:
    return re.split(r",|\s+(?:which\s+)?(?:said|says|announced|reported|disclosed|bought|acquired)\b", match)[0].lower()


@Language.factory("isletwatch_facts")
class Facts:
    """Document-level SCHEMA fields: registry ids, products, hype terms, institutions, locations."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.iw_facts = extract_facts(source(doc), doc._.iw_title or "", doc._.iw_segments or [])
        return doc


@Language.factory("isletwatch_claims")
class Claims:
    """One claim per outcome per patient group, with evidence offsets into doc.text."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.iw_facts
        doc._.iw_claims = assemble(source(doc), doc._.iw_segments or [], facts.products, facts.aliases)
        return doc
