"""`isletwatch demo` end to end, as `make demo` runs it: real replay server, real Scrapy, spaCy, SQLite, site.

The demo run is the session fixture `demo_dir` in tests/conftest.py, shared with tests/demo/test_demo_claims.py.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from isletwatch.crawlers.replay import ReplayServer
from isletwatch.index import SqliteStore
from isletwatch.pipeline import demo_corpus


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    return subprocess.run([sys.executable, "-m", "isletwatch.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_demo_stores_every_source_and_extracts_claims(demo_dir: Path) -> None:
    stats = json.loads(cli("stats", "--json", cwd=demo_dir).stdout)
    assert stats["documents"] >= 60
    assert set(stats["by_source"]) == {"pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"}
    assert stats["duplicates"] >= 2  # the wire copies are links, not documents
    assert stats["claims"] >= 40


def test_demo_search_finds_the_tianjin_case_with_highlights(demo_dir: Path) -> None:
    result = json.loads(cli("search", "insulin", "--json", cwd=demo_dir).stdout)
    assert result["total"] >= 20 and all("<mark>" in h["highlight"] for h in result["hits"])
    tianjin = json.loads(cli("search", "Tianjin", "--filter", "diabetes_type=T1D", "--filter",
                             "outcome=insulin_independence", "--json", cwd=demo_dir).stdout)
    assert tianjin["total"] >= 3
    assert {h["source"] for h in tianjin["hits"]} >= {"news"}


def test_demo_site_is_built(demo_dir: Path) -> None:
    site = demo_dir / "public"
    assert (site / "index.html").exists() and (site / "search.html").exists()
    assert len(list((site / "documents").glob("*.html"))) >= 60
    assert (site / "search" / "index.json").is_file() and any((site / "search").glob("s*/t/*.bin"))


def test_second_crawl_of_the_demo_corpus_stores_nothing_new(demo_dir: Path) -> None:
    with ReplayServer([demo_corpus()]) as server:
        proc = cli("crawl", "--source", "all", "--since", "2021-01-01", "--replay", server.url, cwd=demo_dir)
    assert proc.returncode == 0, proc.stderr
    assert "→ 0 new, 0 updated" in proc.stderr.splitlines()[-1]
    again = cli("extract", cwd=demo_dir)
    assert "nothing to extract" in again.stderr


# Markup and conversion leftovers that must never reach stored text (HTML tags, medRxiv/bioRxiv markers, NLM's
# placeholder label, entities, headers run into the text).
LEFTOVERS = re.compile(r"<[a-zA-Z/][^>]*>|O_ST_ABS|C_ST_ABS|O_LI|C_LI|SCPLOW|O_FIG|C_FIG|UNLABELLED|Unlabelled"
                       r"|&[a-z]+;|&#\d+;|(?m:^(?:Background|Methods|Results|Findings|Interpretation)[A-Z])")


def test_demo_stored_text_is_plain_with_exponents_kept(demo_dir: Path) -> None:
    with SqliteStore(demo_dir / "data" / "isletwatch.db") as store:
        docs = list(store.iter_documents(include_duplicates=True))
    dirty = {d.id: m.group(0) for d in docs if (m := LEFTOVERS.search(d.title + "\n" + d.text))}
    assert dirty == {}
    zimislecel = next(d for d in docs if d.id == "pmid-40544428")
    assert "(0.4×10^9 cells)" in zimislecel.text and "(0.8×10^9 cells)" in zimislecel.text
    assert not any(re.search(r"×10(?:6|9) cells", d.text) for d in docs)  # no exponent flattened into the base
    children = next(d for d in docs if d.url.endswith("10.1101/2024.06.18.24309102v1"))
    assert "\n\nMethods: Children aged" in children.text and "Evidence before this study: Small open-label" in children.text


def test_demo_store_rebuilds_from_its_archive(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir / "data" / "archive", copy / "data" / "archive")
    with SqliteStore(demo_dir / "data" / "isletwatch.db") as store:
        before = {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)}
    proc = cli("crawl", "--reparse", cwd=copy)  # no store there: rebuilt from the archive alone
    assert proc.returncode == 0, proc.stderr
    assert " 0 requests, " in proc.stderr.splitlines()[-1] and proc.stderr.splitlines()[-1].endswith(" 0 errors")
    with SqliteStore(copy / "data" / "isletwatch.db") as store:
        assert {d.id: d.content_hash for d in store.iter_documents(include_duplicates=True)} == before
