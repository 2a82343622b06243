"""Stores for the site tests and the benchmark: the shared dev set with its gold claims, plus hostile and synthetic documents."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

from isletwatch.index import SqliteStore
from isletwatch.model import Claim, DocFacts, Document, Extraction, Span
from isletwatch.story import Discrepancy, DocStory, Hype, Link, Member, Story

DEV = Path(__file__).with_name("dev_claims.jsonl")
SOURCES = {"abstract": "pubmed", "registry": "clinicaltrials", "preprint": "biorxiv", "press_release": "businesswire",
           "blog": "blogs", "transcript": "conferences", "forum": "forums"}
NEWS_OUTLETS = ("wire", "daily-health", "science-desk")
HOSTILE_TITLE = '<script>alert("title")</script> & "quotes"'
HOSTILE_TEXT = ("Intro <img src=x onerror=alert(1)> line.\n\nA type 1 patient was insulin-free for a year "
                "</mark><script>alert('text')</script> after iPSC islets.\x00\x0b End.")


def dev_records() -> list[dict]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def _source(record: dict) -> str:
    kind = record["kind"]
    if kind == "news":
        return NEWS_OUTLETS[int(record["id"].split("-")[-1]) % len(NEWS_OUTLETS)]
    return SOURCES.get(kind, "other")


def dev_pairs(fetched_at: str = "2025-07-01T00:00:00+00:00") -> list[tuple[Document, Extraction]]:
    pairs = []
    for record in dev_records():
        doc = Document.from_schema_input(record, source=_source(record))
        doc.fetched_at = fetched_at
        if record["kind"] == "abstract":
            doc.identifiers = {"pmid": str(30000000 + int(record["id"].split("-")[-1])),
                               "doi": f"10.1000/isletwatch.{record['id']}"}
        gold = record["gold"]
        ext = Extraction(doc.id, "gold", doc.content_hash, DocFacts.from_dict(gold["doc"]),
                         [Claim.from_dict(c) for c in gold["claims"]])
        pairs.append((doc, ext))
    return pairs


def hostile_pair() -> tuple[Document, Extraction]:
    """A document whose every field tries to inject markup, with overlapping and out-of-range evidence."""
    doc = Document(source="<b>evil</b> source", url="javascript:alert('url')", title=HOSTILE_TITLE, text=HOSTILE_TEXT,
                   kind="news", published="2025-07-01", fetched_at="2025-07-01T00:00:00+00:00",
                   identifiers={"doi": 'javascript:alert(1)"', "pmid": "<12>"}, id="hostile/../../doc 1")
    start = HOSTILE_TEXT.index("A type 1")
    claims = [Claim(diabetes_type="T1D", n_patients=1, n_with_outcome=1, cell_type="iPSC", outcome="insulin_independence",
                    outcome_duration_days=365, outcome_duration_qualifier="at_least", product="<i>x</i>",
                    evidence=[Span(start, start + 40), Span(start + 20, 10_000)]),
              Claim(diabetes_type="T1D", n_patients=1, outcome="c_peptide", evidence=[Span(start + 10, start + 30)]),
              Claim(diabetes_type="T1D", n_patients=1, outcome="hba1c_target", evidence=[Span(5000, 6000)])]
    return doc, Extraction(doc.id, "gold", doc.content_hash, DocFacts(hype_terms=["<cure>"]), claims)


RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
BIDI_SOURCE = f"{RLO}latsop-sweN{PDF}"  # displays as "News-postal": another outlet's name
BIDI_TITLE = f"Stem cells {RLO}eruc a{PDF} type 1 diabetes"


def bidi_pair() -> tuple[Document, Extraction]:
    """A document from the web whose source, title, text, metadata and claim carry bidi controls and NUL bytes."""
    text = (f"A type 1 patient{RLO} was insulin-free{PDF} for a year after {LRI}zimislecel{PDI} islets.\x00 "
            "Trial NCT04786262 was cited.")
    doc = Document(source=BIDI_SOURCE, url="https://bidi.example.org/a", title=BIDI_TITLE, text=text, kind="news",
                   published="2025-07-01", fetched_at="2025-07-01T09:30:00+02:00", id="bidi-1",
                   meta={"site": [f"{RLO}The Daily{PDF}"]})
    start = text.index("A type 1")
    claims = [Claim(diabetes_type="T1D", n_patients=1, n_with_outcome=1, outcome="insulin_independence",
                    outcome_duration_days=365, product=f"zimi\x00{RLO}slecel", evidence=[Span(start, start + 60)])]
    return doc, Extraction(doc.id, "gold", doc.content_hash, DocFacts(products=[f"VX{RLO}-880"]), claims)


def synthetic_pairs(n: int, seed: int = 7) -> list[tuple[Document, Extraction]]:
    """n documents made from the dev set: new ids, dates spread over 2000-2025, sources and kinds varied."""
    rng = random.Random(seed)
    base = dev_pairs()
    out = []
    for i in range(n):
        doc, ext = base[i % len(base)]
        year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.choice(["news", "news", "news", "abstract", "press_release", "registry", "preprint", "blog"])
        new = replace(doc, id=f"syn-{i:05d}", url=f"https://example.org/syn/{i}", kind=kind,
                      published=f"{year:04d}-{month:02d}-{day:02d}", source=f"source-{rng.randint(1, 25):02d}",
                      title=f"{doc.title} ({i})", identifiers={})
        claims = [replace(c, n_patients=(c.n_patients or 0) + rng.choice([0, 0, 0, 1, 5]) or None,
                          evidence=list(c.evidence)) for c in ext.claims]
        out.append((new, Extraction(new.id, "gold", new.content_hash, ext.facts, claims)))
    return out


def fill_store(path: Path, pairs: list[tuple[Document, Extraction]]) -> SqliteStore:
    store = SqliteStore(path)
    store.upsert_documents(d for d, _ in pairs)
    store.replace_extractions(e for _, e in pairs)
    return store


def dev_store(path: Path, hostile: bool = True) -> SqliteStore:
    pairs = dev_pairs()
    if hostile:
        pairs += [hostile_pair(), bidi_pair()]
    store = fill_store(path, pairs)
    if hostile:
        add_stories(store, pairs[0][0], pairs[-2][0], pairs[-1][0])
    return store


HOSTILE_LABEL = "<script>alert('story')</script> result"


def add_stories(store: SqliteStore, primary: Document, hostile: Document, bidi: Document) -> None:
    """A story layer as the stories stage would store it, with a hostile label and a bidi outlet from the web."""
    members = [Member(primary.id, "Journal", primary.kind, primary.published, Link("primary", 1.0, "primary source"),
                      primary.title, primary.url),
               Member(hostile.id, "<b>Evil</b> Post", hostile.kind, hostile.published,
                      Link("cited", 0.9, "<img src=x onerror=alert(1)>", primary.id), hostile.title, hostile.url),
               Member(bidi.id, f"{RLO}The Daily{PDF}", bidi.kind, bidi.published,
                      Link("inferred", 0.7, f"shares {RLO}product{PDF}", primary.id), bidi.title, bidi.url)]
    story = Story("s-dev-1", HOSTILE_LABEL, primary.id,
                  {"outlet": "<b>Evil</b> Post", "published": hostile.published, "document": hostile.id}, members,
                  [Discrepancy("n_with_outcome", 10, 12, hostile.id, "10 of 12", "<i>all 12</i>")], "NCT04786262")
    docs = [DocStory(primary.id, story.id, "Journal", cited_by=[hostile.id]),
            DocStory(hostile.id, story.id, "<b>Evil</b> Post", [Hype("cure", "asserted", "<cure> now")], [primary.id]),
            DocStory(bidi.id, story.id, f"{RLO}The Daily{PDF}", [Hype("cure", "negated", "not a cure")])]
    store.replace_stories([story], docs)


def add_copy(store: SqliteStore, pair: tuple[Document, Extraction], doc_id: str = "new-1", **fields) -> Document:
    """A new document copied from `pair` (new id and url, `fields` changed) with its gold claims: what an
    incremental build sees after one more crawl."""
    doc, ext = pair
    new = replace(doc, id=doc_id, url=f"https://example.org/{doc_id}", **fields)
    store.upsert_documents([new])
    store.replace_extractions([Extraction(new.id, "gold", new.content_hash, ext.facts,
                                          [replace(c, evidence=list(c.evidence)) for c in ext.claims])])
    return new
