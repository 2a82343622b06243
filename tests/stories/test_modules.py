"""Unit tests of the stories modules on small hand-made documents (each assertion can fail)."""
from __future__ import annotations

from isletwatch.model import Claim, Document
from isletwatch.stories import citations, hype, identifiers, outlets
from isletwatch.stories.build import Input, build_stories
from isletwatch.stories.discrepancies import compare


def doc(url: str, title: str, text: str, kind: str = "news", published: str = "2024-09-26", **kw) -> Document:
    return Document(source=kw.pop("source", "news"), url=url, title=title, text=text, kind=kind,
                    published=published, **kw)


PAPER = doc("https://pubmed.example/1", "CiPSC islets in a type 1 diabetes patient", "A 25-year-old woman in "
            "Tianjin with type 1 diabetes received chemically induced pluripotent stem cell islets.", "abstract",
            "2024-09-25", source="pubmed", identifiers={"doi": "10.1016/j.cell.2024.09.004", "pmid": "39326417",
                                                         "nct": "NCT01234567"}, meta={"journal": "Cell"})


def test_identifiers_found_in_text_and_links_and_normalized() -> None:
    found = identifiers.find(["See doi:10.1016/J.CELL.2024.09.004. and PMID: 39326417, nct01234567, "
                              "ChiCTR2300072200 and https://pubmed.ncbi.nlm.nih.gov/123456/"])
    assert {"doi:10.1016/j.cell.2024.09.004", "pmid:39326417", "nct:NCT01234567", "chictr:ChiCTR2300072200",
            "pmid:123456"} <= found
    assert "nct:NCT01234567" not in identifiers.own_ids(PAPER)  # a paper does not own its trial's id


def test_journal_citation_prefers_the_longest_name_and_the_nearest_date() -> None:
    index = citations.JournalIndex([("a", "Cell", "2024-09-25"), ("b", "Cell stem cell", "2024-09-20"),
                                    ("c", "Cell", "2023-01-01")])
    found = index.find("Results were reported in Cell Stem Cell. Cell therapy is new.")
    assert [c.journal for c in found] == ["cell stem cell"]
    cited = index.find("researchers reported in the journal Cell on 25 September.")
    assert index.resolve(cited[0], "2024-09-27") == ("a", 2)
    assert index.resolve(cited[0], "2025-09-27") is None  # no Cell paper in the month before


def test_hype_stances() -> None:
    got = {(h.term, h.stance) for h in hype.stances("MIRACLE CURE: woman cured", "I would not use the word cure. "
                                                   "Some call it a 'breakthrough'. Is it a cure? Not yet.")}
    assert ("miracle", "asserted") in got and ("cured", "asserted") in got
    assert ("cure", "negated") in got and ("breakthrough", "quoted") in got
    scare = hype.stances("Search interest in 'diabetes cure' rose", "It's a cure, she said it's fine.")
    assert [h.stance for h in scare] == ["quoted", "asserted"]  # an apostrophe opens no quotation
    asked = hype.stances("Is this the cure for type 1 diabetes?", "")
    assert [h.stance for h in asked] == ["quoted"]


def test_outlet_order_site_then_journal_then_server_then_host() -> None:
    assert outlets.outlet(doc("https://www.a.example/x", "t", "x", meta={"site": "The Science Ledger"})) == \
        "The Science Ledger"
    assert outlets.outlet(PAPER) == "Cell"
    assert outlets.outlet(doc("https://n.example/p", "t", "x", meta={"journal": "The New England journal of "
                                                                              "medicine"})) == \
        "The New England Journal of Medicine"
    assert outlets.outlet(doc("https://www.host.example/p", "t", "x")) == "host.example"


def _claim(**kw) -> Claim:
    return Claim(diabetes_type="T1D", outcome="insulin_independence", confidence=0.9, **kw)


def test_discrepancies_need_confidence_and_compare_headlines() -> None:
    paper = doc("https://p.example", "t", "10 of 12 stopped insulin at one year.", "abstract")
    news = doc("https://n.example", "Every patient CURED", "Every patient was cured for good.")
    source = [_claim(n_patients=12, n_with_outcome=10, outcome_duration_days=365)]
    found = {d.field: d for d in compare(paper, source, news, [_claim(n_patients=12, n_with_outcome=12,
                                                                      outcome_duration_days=365)])}
    assert found["n_with_outcome"].primary == 10 and found["n_with_outcome"].reported == 12
    assert found["headline_count"].primary == "10 of 12"
    assert "headline_duration" in found
    doubtful = [_claim(n_patients=12, n_with_outcome=12, outcome_duration_days=365)]
    doubtful[0].confidence = 0.2
    assert "n_with_outcome" not in {d.field for d in compare(paper, source, news, doubtful)}
    # a report restating the source's subgroup is compared with that subgroup, not with the main result
    subgroups = [_claim(n_patients=30, n_with_outcome=21, outcome_duration_days=365),
                 _claim(n_patients=30, n_with_outcome=10, outcome_duration_days=1825)]
    restated = [_claim(n_patients=30, n_with_outcome=10, outcome_duration_days=1825)]
    assert not compare(paper, subgroups, doc("https://s.example", "t", "x"), restated)
    # "a year later" for time in range is the source's own one-year time point (it states it for another finding)
    timed = [_claim(n_patients=1, n_with_outcome=1, outcome_duration_days=365, follow_up_days=365),
             Claim(diabetes_type="T1D", outcome="time_in_range", follow_up_days=120, confidence=0.9)]
    later = [Claim(diabetes_type="T1D", outcome="time_in_range", follow_up_days=365, confidence=0.9)]
    assert not compare(paper, timed, doc("https://t.example", "t", "x"), later)
    much_later = [Claim(diabetes_type="T1D", outcome="time_in_range", follow_up_days=1825, confidence=0.9)]
    assert [d.field for d in compare(paper, timed, doc("https://t.example", "t", "x"), much_later)] == \
        ["follow_up_days"]
    quoted = doc("https://q.example", "Reading the headlines", "Headlines said she was 'cured'.")
    assert not compare(paper, source, quoted, [])


def test_build_joins_reports_keeps_ids_and_splits_successive_releases() -> None:
    news = doc("https://ledger.example/1", "Woman off insulin", "Published in Cell: doi 10.1016/j.cell.2024.09.004",
               meta={"site": "The Science Ledger"})
    copy = doc("https://copy.example/1", "Woman off insulin", news.text, published="2024-09-27",
               duplicate_of=news.id)
    headline = doc("https://tabloid.example/1", "MIRACLE", "A 25-year-old woman in Tianjin was cured with "
                   "chemically reprogrammed cells, scientists revealed in the journal Cell.", published="2024-09-28")
    r1 = doc("https://wire.example/r1", "VX-880 first patient", "VX-880 in one patient (NCT01234567).",
             "press_release", "2021-10-18")
    r2 = doc("https://wire.example/r2", "VX-880 six patients", "VX-880 in six patients (NCT01234567).",
             "press_release", "2023-06-23")
    run = build_stories([Input(d) for d in (PAPER, news, copy, headline, r1, r2)])
    story = next(s for s in run.stories if s.primary == PAPER.id)
    assert {m.id for m in story.documents} == {PAPER.id, news.id, copy.id, headline.id}
    kinds = {m.id: m.link.kind for m in story.documents}
    assert kinds[copy.id] == "syndicated" and kinds[news.id] == "explicit" and kinds[headline.id] == "cited"
    assert story.first_report["document"] == news.id
    releases = [s for s in run.stories if s.primary in (r1.id, r2.id)]
    assert len(releases) == 2 and all(s.trial == "NCT01234567" for s in releases)
    assert releases[0].related == [releases[1].id]
    # a new unrelated document changes no id; a new report joins its story without changing its id
    other = doc("https://other.example/1", "Unrelated", "Nothing in common.", published="2020-01-01")
    late = doc("https://late.example/1", "Later report", "As reported in Cell, doi:10.1016/j.cell.2024.09.004",
               published="2024-10-10")
    again = build_stories([Input(d) for d in (PAPER, news, copy, headline, r1, r2, other, late)])
    assert {s.id for s in run.stories} <= {s.id for s in again.stories}
    assert again.by_doc[late.id] == story.id


def test_blocking_compares_only_documents_sharing_a_key_inside_the_window(monkeypatch) -> None:
    from datetime import date

    from isletwatch.stories import links
    from isletwatch.stories.features import Features

    source = Features("paper", date(2024, 9, 25), products={"vx-880"})
    other_product = Features("other", date(2024, 9, 25), products={"vctx210"})
    too_old = Features("old", date(2023, 1, 1), products={"vx-880"})
    report = Features("news", date(2024, 10, 1), products={"vx-880"})
    blocks = links.Blocks([source, other_product, too_old, report])
    assert blocks.candidates(report) == {"paper"}
    monkeypatch.setattr(links, "MAX_BLOCK", 2)  # a block too generic to say anything is skipped
    crowded = links.Blocks([source, too_old, report])
    assert crowded.skipped == 1 and crowded.candidates(report) == set()


def test_roles_rank_primary_sources_and_keep_reviews_apart() -> None:
    from isletwatch.stories import roles

    review = doc("https://r.example", "Islets in 2025", "We review the clinical reports.", "abstract",
                 source="pubmed", meta={"publication_types": ["Review"]})
    survey = doc("https://s.example", "Cure in the headlines", "We analysed 212 news articles.", "preprint")
    news = doc("https://n.example", "Study of news articles", "A study of 212 news articles found hype.")
    editorial = doc("https://e.example", "Cautious optimism", "A report from Shanghai.", "abstract",
                    source="pubmed", meta={"publication_types": ["Editorial"]})
    assert [roles.role(d) for d in (PAPER, review, survey, news, editorial)] == \
        [roles.PAPER, roles.REVIEW, roles.REVIEW, roles.NEWS, roles.COMMENTARY]
    assert roles.rank(roles.PAPER) < roles.rank(roles.PREPRINT) < roles.rank(roles.REGISTRY_RESULTS) \
        < roles.rank(roles.RELEASE) < roles.rank(roles.NEWS)
