"""The Store contract: every backend must pass every test here (see backends.py)."""
from __future__ import annotations

import pytest

from isletwatch.errors import StoreError
from isletwatch.index import SearchQuery, Store
from isletwatch.model import Claim, DocFacts, Document, Extraction, Span


def doc(n: int, **kw) -> Document:
    base = dict(source="news", url=f"https://news.example.org/story/{n}", kind="news",
                title=f"Story {n}", text=f"Plain text of story {n} about islets.", published=f"2024-0{1 + n % 9}-15")
    base.update(kw)
    return Document(**base)


def extraction(d: Document, *claims: Claim, version: str = "t1", **facts) -> Extraction:
    return Extraction(d.id, version, d.content_hash, DocFacts(**facts), list(claims))


CORPUS = [
    doc(1, title="Woman with type 1 diabetes insulin-free after stem cell islets",
        text="A 25-year-old woman with type 1 diabetes stopped insulin within 75 days and stayed insulin-free "
             "for over a year after chemically induced pluripotent stem cell islets.",
        published="2024-09-25", source="news"),
    doc(2, title="Zimislecel: 10 of 12 off insulin", kind="abstract", source="pubmed",
        url="https://pubmed.ncbi.nlm.nih.gov/2/", identifiers={"pmid": "2", "doi": "10.1056/x2"},
        text="Ten of twelve patients with T1D achieved insulin independence at one year after zimislecel.",
        published="2025-06-20"),
    doc(3, title="Type 2 diabetes patient off all drugs", source="europepmc", kind="abstract",
        text="A man with type 2 diabetes stopped all medication after an islet transplant; two patients died "
             "in the comparison cohort of another type 1 study.",
        published="2024-05-01"),
    doc(4, title="Mouse islet organoids", source="biorxiv", kind="preprint",
        text="Organoids restored normoglycaemia in diabetic mice; no human patients were treated.",
        published="2023-11-02"),
]


@pytest.fixture
def loaded(store: Store) -> Store:
    store.upsert_documents(CORPUS)
    d1, d2, d3, _ = CORPUS
    store.replace_extractions([
        extraction(d1, Claim(diabetes_type="T1D", outcome="insulin_independence", n_patients=1, cell_type="CiPSC",
                             outcome_duration_days=365, evidence=[Span(0, 40)]), hype_terms=["cure"]),
        extraction(d2, Claim(diabetes_type="T1D", outcome="insulin_independence", n_patients=12, n_with_outcome=10,
                             cell_type="stem_cell")),
        # Two claims that each hold one filter value but never both together.
        extraction(d3, Claim(diabetes_type="T2D", outcome="medication_free", n_patients=1),
                   Claim(diabetes_type="T1D", outcome="death", n_patients=14, n_with_outcome=2)),
    ])
    return store


def test_upsert_is_idempotent_and_detects_changes(store: Store) -> None:
    first = store.upsert_documents(CORPUS)
    assert (first.inserted, first.updated, first.unchanged) == (4, 0, 0)
    again = store.upsert_documents(CORPUS)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    changed = doc(1, title=CORPUS[0].title, text=CORPUS[0].text + " Updated.", published="2024-09-25")
    assert changed.id == CORPUS[0].id
    assert store.upsert_documents([changed]).updated == 1
    assert store.stats()["documents"] == 4
    assert store.get_document(changed.id).text.endswith("Updated.")


def test_metadata_change_is_an_update(store: Store) -> None:
    trial = doc(5, source="clinicaltrials", kind="registry", meta={"status": "RECRUITING"})
    store.upsert_documents([trial])
    completed = doc(5, source="clinicaltrials", kind="registry", meta={"status": "COMPLETED"})
    assert completed.content_hash == trial.content_hash  # same text, new metadata
    assert store.upsert_documents([completed]).updated == 1
    assert store.get_document(trial.id).meta == {"status": "COMPLETED"}
    refetched = doc(5, source="clinicaltrials", kind="registry", meta={"status": "COMPLETED"},
                    fetched_at="2030-01-01T00:00:00+00:00")
    assert store.upsert_documents([refetched]).unchanged == 1  # a new fetch time alone changes nothing
    assert list(store.documents_needing_extraction("t0"))  # and metadata does not count as new text


def test_document_round_trip_keeps_every_field(store: Store) -> None:
    original = CORPUS[1]
    store.upsert_documents([original])
    got = store.get_document(original.id)
    assert got is not None
    assert got.to_dict() == original.to_dict()
    assert store.get_document("no-such-id") is None


def test_known_urls(store: Store) -> None:
    store.upsert_documents(CORPUS[:2])
    asked = [CORPUS[0].url, CORPUS[1].url, "https://elsewhere.example/x"]
    assert store.known_urls(asked) == {CORPUS[0].url, CORPUS[1].url}


def test_replace_extractions_swaps_claims_atomically(loaded: Store) -> None:
    d1 = CORPUS[0]
    before = loaded.get_extraction(d1.id)
    assert before is not None and len(before.claims) == 1 and before.facts.hype_terms == ["cure"]
    loaded.replace_extraction(extraction(d1, Claim(diabetes_type="T1D", outcome="c_peptide"),
                                         Claim(diabetes_type="T1D", outcome="hba1c_target"), version="t2"))
    after = loaded.get_extraction(d1.id)
    assert [c.outcome for c in after.claims] == ["c_peptide", "hba1c_target"]
    assert after.extractor_version == "t2" and after.facts.hype_terms == []
    outcomes = sorted(c.outcome for c in loaded.iter_claims() if c.doc_id == d1.id)
    assert outcomes == ["c_peptide", "hba1c_target"]
    assert loaded.stats()["claims"] == 5


def test_claims_for_unknown_document_are_refused(store: Store) -> None:
    ghost = doc(99)
    with pytest.raises(StoreError):
        store.replace_extraction(extraction(ghost, Claim(outcome="death")))


def test_documents_needing_extraction_follows_text_and_version(store: Store) -> None:
    store.upsert_documents(CORPUS)
    assert {d.id for d in store.documents_needing_extraction("t1")} == {d.id for d in CORPUS}
    store.replace_extractions([extraction(d) for d in CORPUS])
    assert list(store.documents_needing_extraction("t1")) == []
    assert len(list(store.documents_needing_extraction("t2"))) == 4
    edited = doc(4, title=CORPUS[3].title, text="New text.", source="biorxiv", kind="preprint",
                 published="2023-11-02")
    store.upsert_documents([edited])
    assert [d.id for d in store.documents_needing_extraction("t1")] == [edited.id]


def test_search_matches_ranks_and_highlights(loaded: Store) -> None:
    res = loaded.search(SearchQuery("insulin independence"))
    assert res.total == 1 and res.hits[0].id == CORPUS[1].id
    assert "<mark>" in res.hits[0].highlight
    assert res.hits[0].claims and res.hits[0].claims[0]["n_with_outcome"] == 10
    title_hit = loaded.search(SearchQuery("zimislecel"))
    assert title_hit.hits[0].id == CORPUS[1].id


def test_search_expands_domain_synonyms(loaded: Store) -> None:
    ids = {h.id for h in loaded.search(SearchQuery("T1D")).hits}
    assert CORPUS[0].id in ids  # says "type 1 diabetes", never "T1D"
    assert CORPUS[1].id in ids


def test_search_phrases_exclusions_and_hostile_syntax(loaded: Store) -> None:
    assert loaded.search(SearchQuery('"type 2 diabetes"')).total == 1
    with_ex = loaded.search(SearchQuery("diabetes -mice"))
    assert CORPUS[3].id not in {h.id for h in with_ex.hits} and with_ex.total >= 2
    for nasty in ['"unbalanced', "AND OR NOT", "title:(x", "*", "NEAR(a b)", "';--", "\x00"]:
        loaded.search(SearchQuery(nasty))  # never a syntax error


def test_filters_and_facets(loaded: Store) -> None:
    res = loaded.search(SearchQuery("", filters={"source": ["pubmed", "news"]}))
    assert {h.source for h in res.hits} == {"pubmed", "news"} and res.total == 2
    assert res.facets["source"] == {"news": 1, "pubmed": 1}
    assert res.facets["outcome"] == {"insulin_independence": 2}
    everything = loaded.search(SearchQuery(""))
    assert everything.total == 4
    assert everything.facets["year"] == {"2024": 2, "2025": 1, "2023": 1}
    assert everything.facets["diabetes_type"] == {"T1D": 3, "T2D": 1}
    by_year = loaded.search(SearchQuery("", filters={"year": ["2024"]}))
    assert by_year.total == 2


def test_claim_filters_hold_for_the_same_claim(loaded: Store) -> None:
    same = loaded.search(SearchQuery("", filters={"diabetes_type": ["T1D"], "outcome": ["insulin_independence"]}))
    assert {h.id for h in same.hits} == {CORPUS[0].id, CORPUS[1].id}
    # Document 3 has a T2D claim and a death claim, but no T2D death claim.
    assert loaded.search(SearchQuery("", filters={"diabetes_type": ["T2D"], "outcome": ["death"]})).total == 0


def test_sort_by_date_and_paging(loaded: Store) -> None:
    res = loaded.search(SearchQuery("", sort="date", limit=2))
    assert [h.published for h in res.hits] == ["2025-06-20", "2024-09-25"] and res.total == 4
    page2 = loaded.search(SearchQuery("", sort="date", limit=2, offset=2))
    assert [h.published for h in page2.hits] == ["2024-05-01", "2023-11-02"]
    dated = loaded.search(SearchQuery("diabetes", sort="date"))
    published = [h.published for h in dated.hits]
    assert published == sorted(published, reverse=True)


def test_highlights_escape_hostile_text(store: Store) -> None:
    evil = doc(7, title="<script>alert(1)</script> islets", text="<img src=x onerror=alert(1)> islets cure diabetes")
    store.upsert_documents([evil])
    res = store.search(SearchQuery("islets"))
    hl = res.hits[0].highlight
    assert "<img" not in hl and "<script" not in hl and "&lt;" in hl and "<mark>" in hl


def test_duplicates_are_kept_but_not_counted_or_found(store: Store) -> None:
    original = CORPUS[0]
    copy = doc(8, title=original.title, text=original.text, duplicate_of=original.id, published="2024-09-26")
    store.upsert_documents([original, copy])
    assert store.stats()["documents"] == 1 and store.stats()["duplicates"] == 1
    assert store.search(SearchQuery("insulin")).total == 1
    assert store.search(SearchQuery("insulin", include_duplicates=True)).total == 2
    assert [d.id for d in store.documents_needing_extraction("t1")] == [original.id]
    assert store.known_urls([copy.url]) == {copy.url}


def test_iteration_and_stats(loaded: Store) -> None:
    published = [d.published for d in loaded.iter_documents()]
    assert published == sorted(published, reverse=True)
    stats = loaded.stats()
    assert stats["documents"] == 4 and stats["claims"] == 4
    assert stats["by_source"] == {"biorxiv": 1, "europepmc": 1, "news": 1, "pubmed": 1}
    assert stats["by_kind"] == {"abstract": 2, "news": 1, "preprint": 1}
    assert len(list(loaded.iter_claims())) == 4


def test_state_round_trip(store: Store) -> None:
    assert store.get_state("watermark:pubmed") is None
    store.set_state("watermark:pubmed", "2025-01-01")
    store.set_state("watermark:pubmed", "2025-02-01")
    assert store.get_state("watermark:pubmed") == "2025-02-01"


def test_state_items_lists_every_key(store: Store) -> None:
    assert store.state_items() == {}
    store.set_state("watermark:pubmed", "2025-02-01")
    store.set_state("watermark:news", "2025-03-01")
    assert store.state_items() == {"watermark:news": "2025-03-01", "watermark:pubmed": "2025-02-01"}
