"""The site's own search index (site/search_index.py) and its browser engine (static/search-index.js, query.js),
run in Node against the built dev site: tokens, synonyms, identifiers, the query language, filters and their
counts, sorting, "a word in no document finds nothing", page weight, and segments reused across rebuilds."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from isletwatch.config import SiteConfig
from isletwatch.index import SqliteStore
from isletwatch.site import build_site, search_index
from isletwatch.site.pages import load_site_data

from .conftest import STAMP
from .fixtures import dev_pairs, fill_store

NODE = shutil.which("node")
HARNESS = Path(__file__).with_name("search_node.js")


def ask(site: Path, *queries: dict) -> list[dict]:
    if NODE is None:
        pytest.fail("node is missing: the search engine tests run static/search-index.js in Node "
                    "(apt-get install -y nodejs)", pytrace=False)
    proc = subprocess.run([NODE, str(HARNESS), str(site)], input=json.dumps(list(queries)), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def one(site: Path, q: str = "", **kw) -> dict:
    return ask(site, {"q": q, **kw})[0]


def docs(answer: dict) -> list[str]:
    return [u.rsplit("/", 1)[-1].removesuffix(".html") for u in answer["results"]]


def test_python_and_the_browser_tokenize_and_stem_alike(built_site):
    samples = ["Patients’ studies: 10 of 12 were insulin-independent", "VX-880 (zimislecel) – β-cells, CiPSCs",
               "Ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ and crises, bus, analysis, series", "Ärzte in Zürich; 1990s; ﬁbrosis",
               "ΣΟΦΙΑ’Σ islets", "a_b c-d e.f 3.5%"]
    answers = ask(built_site[0], *({"q": "", "tokens": s} for s in samples))
    assert [a["tokens"] for a in answers] == [search_index.tokens(s) for s in samples]
    assert search_index.tokens("Patients studies crises bus") == ["patient", "study", "crise", "bus"]


def test_synonyms_find_every_form(built_site):
    out = built_site[0]
    zim, vx, t1d, spelled = ask(out, {"q": "zimislecel"}, {"q": "VX-880"}, {"q": "T1D"}, {"q": "type 1 diabetes"})
    assert docs(zim) == docs(vx) and "dev-103" in docs(zim)  # dev-103 says only "VX-880"
    assert docs(t1d) == docs(spelled) and len(docs(t1d)) >= 10


def test_an_identifier_finds_its_record_first_and_the_documents_citing_it(built_site):
    out = built_site[0]
    doi = one(out, "10.1000/isletwatch.dev-101")
    assert docs(doi) == ["dev-101"]
    nct = one(out, "NCT04786262")
    assert len(docs(nct)) >= 2 and all(d in docs(one(out, "nct04786262")) for d in docs(nct))


def test_query_language_or_phrases_and_exclusions(built_site):
    out = built_site[0]
    lantidra, viacyte, both, plain, phrase, reversed_, excluded, insulin = ask(
        out, {"q": "Lantidra"}, {"q": "ViaCyte"}, {"q": "Lantidra OR ViaCyte"}, {"q": "insulin independence"},
        {"q": '"insulin independence"'}, {"q": '"independence insulin"'}, {"q": "insulin -Lantidra"}, {"q": "insulin"})
    assert set(docs(both)) == set(docs(lantidra)) | set(docs(viacyte))
    assert set(docs(phrase)) <= set(docs(plain)) and docs(phrase)
    assert len(docs(reversed_)) < len(docs(phrase))
    assert set(docs(excluded)) == set(docs(insulin)) - set(docs(lantidra))
    assert one(out, "islet*")["results"] == one(out, "islet")["results"]


def test_a_word_in_no_document_finds_nothing_and_is_named(built_site):
    out = built_site[0]
    for q in ("xylophone", "insulin xylophone", "quokka", "zimislecel -zimislecel -vx-880", '"insulin xylophone"'):
        assert one(out, q)["results"] == [], q
    assert one(out, "insulin xylophone")["unknown"] == ["xylophone"]
    assert one(out, "xylophone OR insulin")["results"]  # an OR alternative may be unknown


def test_prefixes_and_plurals_match(built_site):
    out = built_site[0]
    assert set(docs(one(out, "patient"))) == set(docs(one(out, "patients")))
    assert set(docs(one(out, "transplant"))) >= set(docs(one(out, "transplantation")))


def test_ranking_puts_title_matches_first(built_site):
    out = built_site[0]
    found = one(out, "scorecard")
    assert docs(found)[0] == "dev-120"  # "Cell therapy scorecard: …" in its title
    meta = json.loads((out / "search" / "index.json").read_text())
    assert meta["k1"] == search_index.K1


def test_filters_counts_and_same_claim_combinations(built_site):
    out = built_site[0]
    everything = one(out)
    assert len(everything["results"]) == built_site[1].documents
    counts = everything["counts"]
    assert sum(counts["claims"].values()) == built_site[1].documents
    death = one(out, "insulin", filters={"outcome": ["Death"]})
    assert 0 < len(death["results"]) < len(one(out, "insulin")["results"])
    assert death["counts"]["outcome"]["Death"] == len(death["results"])
    t1 = one(out, filters={"diabetes": ["Type 1"]})
    ii = one(out, filters={"outcome": ["Insulin independence"]})
    same = one(out, filters={"diabetes": ["Type 1"], "outcome": ["Insulin independence"]})
    assert set(docs(same)) <= set(docs(t1)) & set(docs(ii)) and docs(same)
    kinds = one(out, filters={"kind": ["News"]})
    assert kinds["counts"]["kind"]["News"] == len(kinds["results"])
    assert kinds["counts"]["kind"].get("Abstract", 0) > 0  # other values of the same key: what OR adds


def test_sorting_by_date(built_site):
    out = built_site[0]
    newest, oldest = ask(out, {"q": "insulin", "sort": "newest"}, {"q": "insulin", "sort": "oldest"})
    assert set(newest["results"]) == set(oldest["results"])
    dates = {m["url"]: m["date"][:10] for p in (out / "search").glob("s*/m/*.json") for m in json.loads(p.read_text())}
    seen = [dates[u] for u in newest["results"] if dates[u]]
    assert seen == sorted(seen, reverse=True)


def test_a_query_fetches_only_a_few_small_files(built_site):
    out = built_site[0]
    answer = ask(out, {"q": "zimislecel"}, {"q": "insulin independence"})
    for a in answer[1:]:
        shards = [f for f in a["fetched"] if f.endswith(".bin")]
        assert len(shards) <= 4 and all((out / f).stat().st_size < 20_000 for f in shards)


def test_records_carry_no_unsafe_characters_and_rows_for_the_table(dev_db):
    with SqliteStore(dev_db) as store:
        recs = search_index.records(load_site_data(store))
    assert all(r["meta"]["rows"] or "text" in r["meta"] for r in recs)
    assert all(r["meta"]["claims"] == len(r["meta"]["rows"]) for r in recs)


def test_unchanged_input_rewrites_nothing_and_a_change_marks_the_old_copy_dead(tmp_path, monkeypatch):
    from dataclasses import replace

    from isletwatch.model import Extraction

    monkeypatch.setattr(search_index, "SEGMENT_DOCS", 10)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP)
    index = json.loads((out / "search" / "index.json").read_text())
    assert len(index["segments"]) == 4 and index["dead"] == []
    from isletwatch.site import builder

    data = load_site_data(store)
    jobs, finish = search_index.shard_jobs(data, out, {id(d): builder._content_key(d) for d in data.docs})
    assert jobs == [] and finish([]) is False
    doc, ext = pairs[3]  # changed: its old ordinal is dead, its new version in a new segment
    changed = replace(doc, title="A retitled report on xylophonists", content_hash="")
    store.upsert_documents([changed])
    store.replace_extractions([Extraction(doc.id, "gold", changed.content_hash, ext.facts, list(ext.claims))])
    build_site(store, out, SiteConfig(), generated_at=STAMP)
    index = json.loads((out / "search" / "index.json").read_text())
    assert len(index["dead"]) == 1 and index["live"] == index["documents"] - 1
    (out / "search-terms.json").write_text((tmp_path / "site" / "search-terms.json").read_text())
    assert docs(one(out, "xylophonists")) == [doc.id]
    assert doc.id not in docs(one(out, "xylophone OR insulin", filters={"claims": ["Without claims"]}))
    everything = one(out)
    assert len(everything["results"]) == len(set(everything["results"])) == index["live"]
    store.close()


def test_many_rebuilds_keep_few_segments_and_a_full_rebuild_answers_the_same(tmp_path, monkeypatch):
    from dataclasses import replace

    from isletwatch.model import Extraction

    monkeypatch.setattr(search_index, "SEGMENT_DOCS", 20)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    build_site(store, out, SiteConfig(), generated_at=STAMP, search=True)
    doc, ext = pairs[0]
    for n in range(8):
        new = replace(doc, id=f"new-{n}", url=f"https://example.org/new-{n}", title=f"{doc.title} ({n})")
        store.upsert_documents([new])
        store.replace_extractions([Extraction(new.id, "gold", new.content_hash, ext.facts, list(ext.claims))])
        build_site(store, out, SiteConfig(), generated_at=STAMP)
    index = json.loads((out / "search" / "index.json").read_text())
    assert len(index["segments"]) <= 5 and index["live"] == len(pairs) + 8
    fresh = tmp_path / "fresh"
    build_site(store, fresh, SiteConfig(), generated_at=STAMP)
    queries = [{"q": "zimislecel"}, {"q": "T1D insulin"}, {"q": '"insulin independence"'},
               {"q": "", "filters": {"outcome": ["Death"]}}, {"q": "xylophone"}]
    for a, b in zip(ask(out, *queries), ask(fresh, *queries)):
        assert sorted(a["results"]) == sorted(b["results"])
        assert a["counts"] == b["counts"]
    store.close()
