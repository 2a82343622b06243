"""The extractor's spaCy components, registered as factories so config.cfg can build them.

Each component does one step and leaves its result on the Doc (`doc._.iw_*`),
so a pipeline can be inspected after any step with `nlp.select_pipes`. The
statistical NER is optional and runs only on the few sentences where a place
name may be a person's name, which is what keeps the trained pipeline fast.
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
from ..gazetteer import KNOWN_PRODUCTS, fold, places
from ..segment import segment

for _name in ("iw_source", "iw_raw", "iw_title", "iw_lang", "iw_segments", "iw_facts", "iw_claims"):
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
    """Statistical NER from a trained pipeline, run only on sentences with an ambiguous place name.

    Gazetteers and patterns find institutions and places better than en_core_web_sm does on this
    domain (measured on dev and held-out sets: its ORG entities only added false positives), so
    the model has one job: a small city whose name is also a first name ("Sofia Lind", "Rohini,
    I'm at ...") is dropped when the NER reads that mention as a PERSON.
    """

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.model = model
        self.ner_nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]) if model else None

    def __call__(self, doc: Doc) -> Doc:
        return self._run([doc])[0]

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
        if self.ner_nlp is None:
            return docs
        jobs: list[tuple[Doc, object, list]] = []
        for doc in docs:
            result = doc._.iw_facts
            if result is None:
                continue
            gaz = places()
            text = source(doc)
            doubtful = [m for m in result.place_mentions
                        if " " not in m.name and gaz.get(fold(m.name), ("country", 0))[0] == "city"
                        and gaz[fold(m.name)][1] < AMBIGUOUS_POPULATION
                        and not LOCATIVE_BEFORE.search(text[max(0, m.start - 20):m.start])
                        and not (CELL.search(text[max(0, m.start - 5):m.start]) and re.match(r"\s*\|", text[m.end:m.end + 3]))
                        and not re.match(r",\s*[A-Z]|-based", text[m.end:m.end + 8])]
            for seg in doc._.iw_segments or []:
                inside = [m for m in doubtful if seg.start <= m.start < seg.end]
                if inside and len(seg.text) < 1000:
                    jobs.append((doc, seg, inside))
        if not jobs:
            return docs
        person: dict[int, set[str]] = {}
        place: dict[int, set[str]] = {}
        for (doc, seg, inside), sdoc in zip(jobs, self.ner_nlp.pipe([seg.text for _, seg, _ in jobs], batch_size=256)):
            for m in inside:
                for e in sdoc.ents:
                    a, b = seg.start + e.start_char, seg.start + e.end_char
                    if not a <= m.start < b:
                        continue
                    if e.label_ == "PERSON" or (e.label_ == "ORG" and (a, b) == (m.start, m.end)):
                        person.setdefault(id(doc), set()).add(m.name)
                    elif e.label_ in ("GPE", "LOC"):
                        place.setdefault(id(doc), set()).add(m.name)
        for doc in docs:
            text = source(doc)
            names = {n for n in person.get(id(doc), set()) - place.get(id(doc), set())
                     if not re.search(rf"\b(?:in|at|from|near|to|of) {re.escape(n)}\b", text)}  # "in Sabadell" settles it
            if names:  # read as a person and never as a place in this document
                result = doc._.iw_facts
                result.veto_places([m for m in result.place_mentions if m.name in names])
        return docs


AMBIGUOUS_POPULATION = 500_000  # first names that are also towns: Anand, Rohini, Amara; not Boston
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|based in|headquartered in|outside)\s+$|"
                             r"\b(?:Universit\w*|Hospital|Centre|Center|Institute|Clinic|College|School)\w*,\s*$", re.I)
# "| Aarhus |": a table cell that holds nothing but the name (a City column)
CELL = re.compile(r"(?:^|\|)\s*$")


@Language.factory("isletwatch_facts")
class Facts:
    """Document-level SCHEMA fields: registry ids, products, hype terms, institutions, locations."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.iw_facts = extract_facts(source(doc), doc._.iw_title or "", doc._.iw_segments or [], doc._.iw_raw,
                                       doc._.iw_lang)
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
