"""Politeness on the wire: identifying User-Agent and From, NCBI's rate limit, the scrapy command line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPLAY, open_store, run_crawl_subprocess

ROOT = Path(__file__).resolve().parents[2]


def eutils_gaps(server) -> list[float]:
    times = [h.at for h in server.hits if "eutils.ncbi.nlm.nih.gov/entrez" in h.url]
    return [b - a for a, b in zip(times, times[1:])]


def test_ncbi_rate_limit_and_identity(replay, store_path):
    # the FAST test settings drop DOWNLOAD_SLOTS; the pubmed spider still sets NCBI's from the key
    run = run_crawl_subprocess(store_path, replay.url, ["pubmed"], DOWNLOAD_SLOTS={"x": {}})
    assert run.returncode == 0, run.log
    assert len(eutils_gaps(replay)) == 2 and min(eutils_gaps(replay)) >= 0.3  # ≤ 3 requests/s
    hit = replay.hits_for("esearch.fcgi")[0]
    assert "mailto:isletwatch@example.org" in hit.headers["User-Agent"] and hit.headers["From"] == "isletwatch@example.org"
    assert "tool=isletwatch" in hit.url and "email=isletwatch%40example.org" in hit.url


def test_ncbi_api_key_allows_ten_per_second(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["pubmed"], DOWNLOAD_SLOTS={"x": {}}, NCBI_API_KEY="k123")
    assert run.returncode == 0, run.log
    assert "api_key=k123" in replay.hits_for("esearch.fcgi")[0].url
    assert 0.09 <= min(eutils_gaps(replay)) < 0.3


def test_scrapy_list_and_crawl_from_the_repo_root(replay, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    env["ISLETWATCH_CONFIG"] = str(tmp_path / "none.toml")
    (tmp_path / "none.toml").write_text("")
    scrapy = [sys.executable, "-m", "scrapy"]
    listed = subprocess.run(scrapy + ["list"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert listed.stdout.split() == ["biorxiv", "clinicaltrials", "europepmc", "news", "pubmed"], listed.stderr
    store = tmp_path / "scrapy.db"
    env["ISLETWATCH_CRAWL__REPLAY"] = replay.url  # routed by config, as `isletwatch crawl` would be
    crawl = subprocess.run(scrapy + ["crawl", "clinicaltrials", "-s", f"STORE_URL={store}", "-s", "CRAWL_UNTIL=2024-09-30",
                                     "-s", f"ARCHIVE_DIR={tmp_path / 'archive'}",  # not the repository's data/
                                     "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-a", "since=2024-09-01"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert crawl.returncode == 0, crawl.stderr
    with open_store(store) as s:
        assert s.stats()["by_source"] == {"clinicaltrials": 3}
    assert list((tmp_path / "archive").glob("*-clinicaltrials.warc.gz"))


def test_run_crawl_in_process_reports_progress(tmp_path):
    script = f"""
import json, sys
from pathlib import Path
from isletwatch.config import Config
from isletwatch.crawlers import run_crawl, CrawlSummary
from isletwatch.crawlers.replay import ReplayServer
calls = []
config = Config()
config.crawl.since = "2024-09-01"
with ReplayServer([Path({str(REPLAY / 'biorxiv')!r})]) as server:
    import isletwatch.crawlers.run as run
    summary = run.crawl({str(tmp_path / 'p.db')!r}, config, ["biorxiv"], replay_url=server.url,
                        progress=lambda s, c: calls.append((s, c)),
                        overrides={{"CRAWL_UNTIL": "2024-09-30", "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_SLOTS": {{}}}})
assert isinstance(summary, CrawlSummary)
print(json.dumps({{"calls": len(calls), "last": calls[-1], "line": summary.line()}}))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["calls"] >= 4 and out["last"][0] == "biorxiv" and out["last"][1]["stored_new"] == 3
    assert out["line"].startswith("crawled biorxiv in ") and "3 new" in out["line"] and "1 irrelevant" in out["line"]
