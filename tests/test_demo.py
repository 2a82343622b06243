"""`isletwatch demo` end to end, as `make demo` runs it: real replay server, real Scrapy, spaCy, SQLite, site."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from isletwatch.crawlers.replay import ReplayServer
from isletwatch.pipeline import demo_corpus


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    return subprocess.run([sys.executable, "-m", "isletwatch.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("demo")
    proc = cli("demo", cwd=where)
    assert proc.returncode == 0, proc.stderr
    last = [line for line in proc.stderr.splitlines() if line.strip()][-1]
    assert last.startswith("done in") and "isletwatch serve" in last
    return where


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
    assert any((site / "pagefind").glob("pagefind*.js"))


def test_second_crawl_of_the_demo_corpus_stores_nothing_new(demo_dir: Path) -> None:
    with ReplayServer([demo_corpus()]) as server:
        proc = cli("crawl", "--source", "all", "--since", "2021-01-01", "--replay", server.url, cwd=demo_dir)
    assert proc.returncode == 0, proc.stderr
    assert "→ 0 new, 0 updated" in proc.stderr.splitlines()[-1]
    again = cli("extract", cwd=demo_dir)
    assert "nothing to extract" in again.stderr
