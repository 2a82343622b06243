"""Traits of the real services' answers, recorded in each source's exact format (tests/fixtures/replay/traits/):
markup in stored text, exponents, placeholder labels, dates, single-study bodies, and feeds that real
publishers write (whitespace before the XML declaration, a stray '&', relative links, FeedBurner)."""
from __future__ import annotations

import re

import pytest

from isletwatch.crawlers.replay import ReplayServer
from isletwatch.model import document_id

from .conftest import REPLAY, open_store, run_crawl_subprocess

TRAITS = REPLAY / "traits"
FEEDS = ["https://labnotes.example/feeds/atom.xml", "https://feeds.feedburner.example/DiabetesDesk"]
LEFTOVERS = re.compile(r"<[a-z/][^>]*>|O_ST_ABS|C_ST_ABS|O_LI|C_LI|SCPLOW|O_FIG|C_FIG|DTLVardef|\{approx\}|UNLABELLED"
                       r"|&[a-z]+;|(?m:^(?:Background|Methods|Results|Conclusions)[A-Z])")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of every source against the traits recordings; the store and the run."""
    store = tmp_path_factory.mktemp("traits") / "traits.db"
    with ReplayServer([TRAITS]) as server:
        run = run_crawl_subprocess(store, server.url, ["all"], NEWS_FEEDS=FEEDS)
        misses = list(server.misses)
    assert run.returncode == 0, run.log
    with open_store(store) as s:
        docs = {d.id: d for d in s.iter_documents(include_duplicates=True)}
    return run, docs, misses


def test_no_markup_or_conversion_leftovers_in_stored_text(crawled):
    run, docs, _ = crawled
    assert len(docs) == 11 and run.summary["totals"]["errors"] == 0, run.log
    for doc in docs.values():
        assert not LEFTOVERS.search(doc.title), (doc.id, doc.title)
        assert not LEFTOVERS.search(doc.text), (doc.id, LEFTOVERS.search(doc.text).group(0), doc.text)


def test_exponents_are_kept(crawled):
    _, docs, _ = crawled
    pm = docs["pmid-38480113"]
    assert pm.title.endswith("dose finding with 0.4×10^9 and 0.8×10^9 cells.")
    assert "a dose of 0.4×10^9 cells and half 0.8×10^9 cells" in pm.text and "above 10^−1 nmol/L" in pm.text
    assert "HbA1c fell below 7%" in pm.text and "in vivo imaging" in pm.text
    assert "METHODS: Twenty adults received 1×10^6 cells/kg three times" in docs["pmid-39310052"].text
    assert "single infusion of 2×10^6 cells/kg (n=32)" in docs["pmid-39287001"].text
    news = next(d for d in docs.values() if d.url.startswith("https://healthwire.example/"))
    assert "about 0.8×10^9 cells" in news.text


def test_pubmed_placeholder_label_and_dates(crawled):
    _, docs, _ = crawled
    pm = docs["pmid-38480113"]
    assert pm.text.startswith("Twelve adults with type 1 diabetes") and pm.meta["abstract_sections"] == []
    # entered PubMed in March, in the June print issue: March counts for "who reported first"
    assert pm.published == "2024-03-14" and pm.meta["dates"] == {"entry": "2024-03-14", "print": "2024-06"}
    assert docs["pmid-39310052"].published == "2024-09-23"


def test_europepmc_html_abstract_becomes_headed_paragraphs(crawled):
    _, docs, _ = crawled
    lancet = docs["pmid-39287001"]
    assert lancet.title == ("Wharton's jelly mesenchymal stromal cells in children with type 1 diabetes "
                            "(ProTrans-Young): a randomised, placebo-controlled trial.")
    paragraphs = lancet.text.split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["Background", "Methods", "Findings", "Interpretation", "Funding"]
    assert "Children aged 8–17 years" in lancet.text and "(p<0.05); HbA1c and insulin dose" in lancet.text
    assert lancet.published == "2024-09-19" and lancet.meta["dates"]["print"] == "2024-11-01"
    ppr = docs[document_id(doi="10.1101/2024.09.05.24313120")]
    assert ppr.text.startswith("Background: Stem cell educator therapy") and "\n\nResults: Fasting C-peptide" in ppr.text


def test_medrxiv_leftovers_become_structure(crawled):
    _, docs, _ = crawled
    med = docs[document_id(doi="10.1101/2024.09.14.24313655")]
    assert med.text.split("\n\n")[:2] == [
        "Background: Stem cell-derived islets in a device could treat type 1 diabetes without immunosuppression.",
        "Methods: Ten adults received subcutaneous devices holding 0.5x10^9 cells; the K-ATP channel opener "
        "diazoxide was stopped before implantation."]
    assert "Results: C-peptide was detectable in 3 of 10 at month 6." in med.text
    assert "None was insulin independent ≈ 1 year after implantation." in med.text
    assert "Research in Context\n\nEvidence before this study: Encapsulated islets" in med.text
    assert med.text.endswith("Conclusions: The device kept the cells alive in few participants.")
    assert "View larger version" not in med.text and "Figure 1" not in med.text


def test_clinicaltrials_single_study_body_enrollment_and_summary_once(crawled):
    _, docs, _ = crawled
    trial = docs["nct-NCT04061746"]
    assert trial.text.startswith("Status: completed; Phase: phase 1; Enrollment: 18.\n\n")
    assert trial.text.count("This study evaluates the safety and efficacy") == 1
    assert "\n\nEighteen participants receive one infusion" in trial.text


def test_feeds_as_publishers_write_them_yield_every_item(crawled):
    run, docs, misses = crawled
    news = {d.url for d in docs.values() if d.source == "news"}
    assert news == {"https://labnotes.example/2024/09/islet-sheets-kyoto",            # relative, under xml:base
                    "https://labnotes.example/archive/encapsulated-islets-update",    # entry's own xml:base
                    "https://labnotes.example/2024/09/cord-blood-educator",           # absolute path
                    "https://diabetesdesk.example/news/2024/09/hypoimmune-islets",    # origLink, ?af=R dropped
                    "https://healthwire.example/2024/09/28/islet-trial-results.html"}  # GDELT's %20title= cut
    assert run.counts("news")["errors"] == 0 and not [m for m in misses if "robots.txt" not in m]
    assert "labnotes.example/feeds/atom.xml is not well-formed XML" in run.log and "read 3 items" in run.log
