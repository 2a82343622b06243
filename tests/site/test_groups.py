from __future__ import annotations

import random

from isletwatch.model import Claim, DocFacts, Document
from isletwatch.site.groups import group_claims
from isletwatch.site.pages import ClaimView, DocView


def view(doc_id: str, kind: str, published: str, **fields) -> ClaimView:
    doc = Document(source=f"src-{doc_id}", url=f"https://example.org/{doc_id}", kind=kind, published=published,
                   id=doc_id, title=doc_id, text="t")
    d = DocView(doc, DocFacts(), f"documents/{doc_id}.html", "s")
    base = dict(diabetes_type="T1D", outcome="insulin_independence", cell_type="stem_cell", n_patients=12)
    base.update(fields)
    c = ClaimView(Claim(**base), d, 1)
    d.claims.append(c)
    return c


def test_same_claim_from_three_documents_forms_one_group_oldest_first():
    news = view("news", "news", "2025-06-20", n_with_outcome=10, outcome_duration_days=730)
    paper = view("paper", "abstract", "2025-06-21", n_with_outcome=10, outcome_duration_days=365)
    blog = view("blog", "blog", "2025-07-02", n_with_outcome=10, outcome_duration_days=365)
    groups = group_claims([blog, news, paper])
    assert len(groups) == 1
    g = groups[0]
    assert [r.claim for r in g.rows] == [news, paper, blog]
    assert g.reference.claim is paper  # the earliest primary source, not the earliest report
    news_row = g.rows[0]
    assert news_row.cells["outcome_duration_days"].status == "higher"
    assert any("2 years where the abstract says 1 year" in f for f in news_row.flags)
    assert g.rows[2].flags == []
    assert all(c.group is g for c in (news, paper, blog))


def test_patient_counts_beyond_tolerance_split_groups():
    a, b = view("a", "news", "2024-01-01", n_patients=6), view("b", "news", "2024-02-01", n_patients=12)
    c = view("c", "abstract", "2024-03-01", n_patients=13)
    groups = group_claims([a, b, c])
    assert len(groups) == 1 and {m.doc.doc.id for m in groups[0].members} == {"b", "c"}
    assert a.group is None


def test_conflicting_identity_fields_split_and_single_document_clusters_are_dropped():
    a = view("a", "news", "2024-01-01", n_patients=1, sex="female", age_years=25)
    b = view("b", "news", "2024-02-01", n_patients=1, sex="male", age_years=59)
    c = view("c", "news", "2024-03-01", n_patients=1, sex="female", age_years=26)
    d = view("d", "news", "2024-03-01", n_patients=12, product="vx-880")
    e = view("e", "news", "2024-03-02", n_patients=12, product="zimislecel")
    groups = group_claims([a, b, c, d, e])
    assert [sorted(m.doc.doc.id for m in g.members) for g in groups] == [["a", "c"]]


def test_different_outcomes_never_group_and_missing_outcomes_are_skipped():
    a, b = view("a", "news", "2024-01-01"), view("b", "news", "2024-01-02", outcome="c_peptide")
    c = view("c", "news", "2024-01-03", outcome=None)
    assert group_claims([a, b, c]) == []


def test_grouping_is_deterministic_whatever_the_input_order():
    claims = [view(f"d{i}", "news" if i % 3 else "abstract", f"2024-0{1 + i % 9}-01", n_patients=10 + i % 3,
                   outcome=["c_peptide", "insulin_independence"][i % 2]) for i in range(30)]

    def shape(groups):
        return [(g.id, [m.doc.doc.id for m in g.members], [r.flags for r in g.rows]) for g in groups]

    first = shape(group_claims(claims))
    shuffled = claims[:]
    random.Random(3).shuffle(shuffled)
    assert shape(group_claims(shuffled)) == first
    assert first, "expected some groups"


def test_without_primary_source_the_earliest_report_is_the_reference_and_added_figures_are_flagged():
    a = view("a", "press_release", "2024-01-01")
    b = view("b", "news", "2024-01-05", follow_up_days=365)
    (g,) = group_claims([a, b])
    assert not g.has_primary and g.reference.claim is a
    assert g.rows[1].cells["follow_up_days"].status == "added"
    assert g.rows[1].flags == ["follow-up: 1 year, not stated in the press release"]
