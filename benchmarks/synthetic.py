"""Deterministic synthetic documents and claims for benchmarks and crash tests.

Texts are stitched from domain phrases so full-text search has realistic term
statistics (common words everywhere, rare product codes in a few documents).
The same seed always gives the same corpus, so runs are comparable.
"""
from __future__ import annotations

import random
from typing import Iterator

from isletwatch.model import Claim, DocFacts, Document, Extraction, Span

SOURCES = ["pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"]
KINDS = {"pubmed": "abstract", "europepmc": "abstract", "clinicaltrials": "registry", "biorxiv": "preprint",
         "news": "news"}
PHRASES = [
    "patients with type 1 diabetes received stem cell-derived islets",
    "insulin independence was reached within 75 days",
    "the graft was placed under the abdominal rectus sheath",
    "HbA1c fell below 7% in all participants",
    "C-peptide rose from undetectable levels",
    "two participants died of causes unrelated to the cells",
    "mesenchymal stromal cells were infused intravenously",
    "the phase 1/2 trial enrolled twelve adults",
    "immunosuppression was required to prevent rejection",
    "severe hypoglycaemic episodes were eliminated",
    "researchers described the result as a breakthrough",
    "the encapsulated device was implanted subcutaneously",
    "a man with type 2 diabetes stopped all oral medication",
    "time in range improved to more than 90 percent",
    "follow-up continued for one year after the transplant",
]
RARE = ["zimislecel", "vx-880", "vx-264", "lantidra", "up421", "vc-02", "cipsc", "donislecel", "qy-101"]
FILLER = ("the study team reported results at the annual meeting and said larger trials are planned while "
          "independent experts urged caution about small numbers and short follow up").split()
OUTCOMES = ["insulin_independence", "hba1c_target", "c_peptide", "death", "insulin_reduction", "adverse_event"]


def documents(n: int, seed: int = 7, words: int = 220) -> Iterator[Document]:
    rng = random.Random(seed)
    for i in range(n):
        source = SOURCES[i % len(SOURCES)]
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(PHRASES) if rng.random() < 0.6 else " ".join(rng.choices(FILLER, k=12)))
        if rng.random() < 0.05:
            parts.insert(rng.randrange(len(parts)), f"the product {rng.choice(RARE)} was tested")
        text = ". ".join(p.capitalize() for p in parts) + "."
        year = 2015 + i % 11
        yield Document(source=source, url=f"https://{source}.example.org/item/{i}", kind=KINDS[source],
                       title=f"Report {i}: {rng.choice(PHRASES)}", text=text,
                       published=f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}")


def extraction(doc: Document, seed: int = 7) -> Extraction:
    rng = random.Random(f"{seed}:{doc.id}")
    claims = [Claim(diabetes_type=rng.choice(["T1D", "T1D", "T2D"]), outcome=rng.choice(OUTCOMES),
                    n_patients=rng.randint(1, 40), cell_type=rng.choice(["iPSC", "stem_cell", "MSC", None]),
                    evidence=[Span(0, min(80, len(doc.text)))]) for _ in range(rng.randint(0, 3))]
    return Extraction(doc.id, "synthetic", doc.content_hash, DocFacts(), claims)
