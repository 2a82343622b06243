from __future__ import annotations

import json

import pytest

from isletwatch.errors import ValidationError
from isletwatch.model import CLAIM_FIELDS, Claim, DocFacts, Document, Extraction, Span, document_id


def test_document_ids_prefer_registry_identifiers() -> None:
    assert document_id(url="https://x/y", pmid="123", doi="10.1/AbC") == "pmid-123"
    assert document_id(url="https://x/y", doi="10.1/AbC") == document_id(url="https://other", doi="10.1/abc ")
    assert document_id(url="https://x/y", nct="nct04786262") == "nct-NCT04786262"
    assert document_id(url="https://x/y") == document_id(url="https://x/y") != document_id(url="https://x/z")
    with pytest.raises(ValidationError):
        document_id()


def test_same_paper_from_two_sources_is_one_document() -> None:
    a = Document(source="pubmed", url="https://pubmed.ncbi.nlm.nih.gov/39/", identifiers={"pmid": "39"})
    b = Document(source="europepmc", url="https://europepmc.org/article/MED/39", identifiers={"pmid": "39"})
    assert a.id == b.id


def test_claim_ids_depend_on_document_version_and_position() -> None:
    one = Extraction("d1", "v1", "h", DocFacts(), [Claim(outcome="death"), Claim(outcome="c_peptide")])
    again = Extraction("d1", "v1", "h", DocFacts(), [Claim(outcome="death"), Claim(outcome="c_peptide")])
    other = Extraction("d1", "v2", "h", DocFacts(), [Claim(outcome="death")])
    assert [c.id for c in one.claims] == [c.id for c in again.claims]
    assert one.claims[0].id != one.claims[1].id != other.claims[0].id
    assert one.claims[1].position == 1 and one.claims[1].doc_id == "d1"


def test_schema_output_has_exactly_the_schema_fields() -> None:
    claim = Claim(diabetes_type="T1D", outcome="insulin_independence", evidence=[Span(3, 9)])
    record = Extraction("seed", "v", "h", DocFacts(hype_terms=["cure"]), [claim]).to_schema()
    assert set(record) == {"id", "doc", "claims"}
    assert list(record["claims"][0]) == [*CLAIM_FIELDS, "hedged", "evidence"]
    assert record["claims"][0]["evidence"] == [{"start": 3, "end": 9}]
    assert json.loads(json.dumps(record)) == record


@pytest.mark.parametrize("bad", [
    {"outcome": "cured"}, {"diabetes_type": "type 1"}, {"n_patients": "twelve"}, {"immunosuppression": "no"},
    {"n_patients": True}, {"evidence": [{"start": 9, "end": 3}]},
])
def test_claims_outside_the_vocabulary_are_refused(bad: dict) -> None:
    with pytest.raises(ValidationError):
        Claim.from_dict(bad)


def test_document_validation_messages() -> None:
    with pytest.raises(ValidationError, match="kind"):
        Document(source="news", url="https://x", kind="tweet")
    with pytest.raises(ValidationError, match="ISO 8601"):
        Document(source="news", url="https://x", published="25 June 2024")
    with pytest.raises(ValidationError, match="'text' must be a string"):
        Document.from_schema_input({"id": "a", "text": None})


def test_schema_input_ignores_extra_keys_and_keeps_id() -> None:
    doc = Document.from_schema_input({"id": "dev-1", "kind": "news", "title": "T", "text": "x", "gold": {},
                                      "published": "2025-06-20", "url": "https://e.org/a"})
    assert doc.id == "dev-1" and doc.kind == "news" and doc.year == 2025
