"""Every spider against its recorded source: the fields a reader relies on come through."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from isletwatch.crawlers.replay import ReplayServer

from .conftest import REPLAY, open_store, run_crawl_subprocess


def test_pubmed_esearch_then_paged_efetch(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["pubmed"])
    assert run.returncode == 0, run.log
    c = run.counts("pubmed")
    assert (c["items"], c["stored_new"], c["irrelevant"], c["errors"]) == (3, 2, 1, 0)
    with open_store(store_path) as store:
        doc = store.get_document("pmid-39326417")
        assert doc.url == "https://pubmed.ncbi.nlm.nih.gov/39326417/"
        assert doc.published == "2024-09-25" and doc.language == "en" and doc.kind == "abstract"
        assert doc.meta["dates"] == {"entry": "2024-09-25", "electronic": "2024-09-25", "print": "2024-10-31"}
        assert doc.text.startswith("BACKGROUND: Replacing lost beta cells")
        assert "METHODS: We made islets from chemically induced pluripotent" in doc.text
        assert doc.identifiers == {"pmid": "39326417", "doi": "10.1016/j.cell.2024.09.004"}
        assert doc.meta["registry_ids"] == ["ChiCTR2300072200"]
        assert doc.meta["journal"] == "Cell" and doc.meta["authors"][0]["name"] == "Shusen Wang"
        assert "Case Reports" in doc.meta["publication_types"]
        shanghai = store.get_document("pmid-39322222")
        assert shanghai.identifiers["pmcid"] == "PMC11111111" and shanghai.identifiers["nct"] == "NCT06000001"
        # the issue says only "Sep 2024"; the day it entered PubMed is known, and is inside that month
        assert shanghai.published == "2024-09-28" and shanghai.meta["dates"] == {"entry": "2024-09-28", "print": "2024-09"}
        assert store.get_document("pmid-39311111") is None  # kidney stones: irrelevant
        assert store.get_state("watermark:pubmed") == "2024-09-30"
    esearch = replay.hits_for("esearch.fcgi")[0].url
    assert "datetype=edat" in esearch and "mindate=2024%2F09%2F01" in esearch and "usehistory=y" in esearch


def test_europepmc_cursor_paging_and_merge_with_pubmed(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["pubmed", "europepmc"])
    assert run.returncode == 0, run.log
    c = run.counts("europepmc")
    assert (c["items"], c["irrelevant"], c["errors"]) == (4, 1, 0)
    assert len(replay.hits_for("europepmc/webservices/rest/search")) == 2  # the repeated cursor ends paging
    with open_store(store_path) as store:
        cell = store.get_document("pmid-39326417")  # in both sources: one document, PubMed's record
        assert cell.source == "pubmed" and cell.url == "https://pubmed.ncbi.nlm.nih.gov/39326417/"
        preprint = store.get_document(next(d.id for d in store.iter_documents() if d.kind == "preprint"))
        assert preprint.source == "europepmc" and preprint.meta["europepmc_source"] == "PPR"
        islets = store.get_document("pmid-39300001")
        assert islets.identifiers["pmcid"] == "PMC11400001" and islets.url == "https://europepmc.org/article/MED/39300001"
        assert store.stats()["by_source"] == {"europepmc": 2, "pubmed": 2}


def test_clinicaltrials_page_token_and_results(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["clinicaltrials"])
    assert run.returncode == 0, run.log
    assert run.counts("clinicaltrials")["stored_new"] == 3
    with open_store(store_path) as store:
        vx = store.get_document("nct-NCT04786262")
        assert vx.kind == "registry" and vx.url == "https://clinicaltrials.gov/study/NCT04786262"
        assert vx.meta["phases"] == ["PHASE1", "PHASE2", "PHASE3"] and vx.meta["enrollment"]["count"] == 50
        assert vx.meta["interventions"] == [{"type": "BIOLOGICAL", "name": "VX-880"}]
        assert vx.meta["locations"][1]["city"] == "Edmonton" and vx.published == "2021-03-08"
        lantidra = store.get_document("nct-NCT00679042")
        assert lantidra.meta["has_results"] and "Primary outcome: HbA1c below 6.5%" in lantidra.text
        assert store.get_document("nct-NCT03163511").meta["collaborators"] == ["CRISPR Therapeutics AG"]
    first = replay.hits_for("api/v2/studies")[0].url
    assert "filter.advanced=AREA%5BLastUpdatePostDate%5DRANGE%5B2024-09-01%2CMAX%5D" in first


def test_biorxiv_both_servers_cursor_and_relevance(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["biorxiv"])
    assert run.returncode == 0, run.log
    c = run.counts("biorxiv")
    assert (c["items"], c["stored_new"], c["irrelevant"], c["errors"]) == (4, 3, 1, 0)
    with open_store(store_path) as store:
        docs = {d.url: d for d in store.iter_documents()}
        med = docs["https://www.medrxiv.org/content/10.1101/2024.09.10.24313366v1"]
        assert med.kind == "preprint" and med.meta["server"] == "medrxiv" and med.identifiers["nct"] == "NCT05000002"
        assert "https://www.biorxiv.org/content/10.1101/2024.09.12.612003v1" in docs
    assert replay.misses == [] or all("robots.txt" in m for m in replay.misses)


def test_pubmed_splits_a_window_with_more_than_10000_records(store_path):
    with ReplayServer([REPLAY / "pubmed_split"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["pubmed"], PUBMED_PAGE_SIZE=5000)
        searches = [parse_qs(urlsplit(h.url).query) for h in server.hits_for("esearch.fcgi")]
        fetches = [parse_qs(urlsplit(h.url).query) for h in server.hits_for("efetch.fcgi")]
    assert run.returncode == 0 and run.counts("pubmed")["errors"] == 0, run.log
    windows = sorted((q["mindate"][0], q["maxdate"][0]) for q in searches)
    assert windows == [("2024/09/01", "2024/09/07"), ("2024/09/01", "2024/09/15"), ("2024/09/01", "2024/09/30"),
                       ("2024/09/08", "2024/09/15"), ("2024/09/16", "2024/09/30")]
    # nothing is fetched from a search that counted more than 10,000, and no retstart reaches the limit
    assert {q["WebEnv"][0][-1] for q in fetches} == {"3", "4", "5"}
    assert max(int(q["retstart"][0]) for q in fetches) < 9999 and len(fetches) == 5
    with open_store(store_path) as store:
        assert {d.id for d in store.iter_documents()} == {f"pmid-{p}" for p in (39230001, 39230002, 39250001,
                                                                                39250002, 39290001)}
    assert "more than one search returns (9999); searching 2 shorter windows" in run.log
