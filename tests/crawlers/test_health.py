"""Source health: each crawl records requests, items, new documents, errors and the last new document per source;
`isletwatch sources` warns when a usually productive source goes quiet or its error rate jumps."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from isletwatch.crawlers.replay import ReplayServer
from isletwatch.health import CrawlRecord, assess, record_crawl

from .conftest import REPLAY, open_store, run_crawl_subprocess


def sources(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    (store.parent / "none.toml").write_text("")
    env["ISLETWATCH_CONFIG"] = str(store.parent / "none.toml")
    proc = subprocess.run([sys.executable, "-m", "isletwatch.cli", "--store", str(store), "sources", *args],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc


def sources_json(store: Path) -> dict:
    proc = sources(store, "--json")
    data = json.loads(proc.stdout)
    data["summary"] = proc.stderr.strip().splitlines()[-1]
    return data


def past_crawl(source: str, days_ago: float, new: int, requests: int = 4, errors: int = 0) -> CrawlRecord:
    at = (datetime.now(timezone.utc) - timedelta(days=days_ago)).replace(microsecond=0).isoformat()
    return CrawlRecord(source=source, started=at, finished=at, requests=requests, items=new, new=new, errors=errors,
                       last_new=at if new else None)


def test_each_crawl_records_its_counts_per_source(replay, store_path):
    run = run_crawl_subprocess(store_path, replay.url, ["clinicaltrials", "biorxiv"])
    assert run.returncode == 0, run.log
    data = sources_json(store_path)
    by = {s["source"]: s for s in data["sources"]}
    assert set(by) == {"clinicaltrials", "biorxiv"} and data["warnings"] == []
    for name in by:
        counts = run.counts(name)
        got = by[name]
        assert (got["requests"], got["items"], got["new_documents"], got["errors"]) == (
            counts["requests"], counts["items"], counts["stored_new"], counts["errors"])
        assert got["crawls"] == 1 and got["last_new_document"] and got["finish_reason"] == "finished"
    assert by["clinicaltrials"]["new_documents"] == 3
    assert data["summary"] == "2 sources crawled, 0 warnings"


def test_a_usually_productive_source_that_goes_quiet_is_warned_about(store_path):
    # pubmed brought new papers every week for a month, then its crawls brought nothing
    with open_store(store_path) as store:
        for days_ago, new in ((40, 6), (33, 4), (26, 5), (19, 3), (12, 0), (5, 0)):
            record_crawl(store, past_crawl("pubmed", days_ago, new))
    with ReplayServer([REPLAY / "failures" / "empty", REPLAY / "clinicaltrials"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["pubmed", "clinicaltrials"])  # pubmed: Count 0
    assert run.returncode == 0 and run.counts("pubmed")["stored_new"] == 0, run.log
    data = sources_json(store_path)
    pubmed = next(s for s in data["sources"] if s["source"] == "pubmed")
    assert pubmed["crawls"] == 7 and pubmed["new_documents"] == 0 and pubmed["usual_interval_days"] == 7.0
    assert 18.9 < pubmed["quiet_days"] < 19.1
    assert pubmed["warnings"] == ["quiet: no new document for 19 days; it usually brings some every 7.0 days"]
    assert data["warnings"] == ["pubmed " + pubmed["warnings"][0]]  # clinicaltrials just brought 3: no warning
    assert data["summary"].startswith("2 sources crawled, 1 warnings: pubmed quiet: no new document for 19 days")
    table = sources(store_path).stdout.splitlines()
    assert table[0].split()[:2] == ["source", "last"] and table[-1] == "warning: pubmed: " + pubmed["warnings"][0]


def test_a_source_whose_errors_jump_is_warned_about(store_path):
    with open_store(store_path) as store:
        for days_ago in (3, 2, 1):
            record_crawl(store, past_crawl("news", days_ago, new=2, requests=10, errors=0))
    with ReplayServer([REPLAY / "failures" / "invalid_json"]) as server:  # GDELT broken, the feeds gone
        run = run_crawl_subprocess(store_path, server.url, ["news"])
    assert run.returncode == 0 and run.counts("news")["errors"] >= 3, run.log
    (news,) = sources_json(store_path)["sources"]
    assert news["usual_error_rate"] == 0.0 and news["error_rate"] >= 0.4
    assert news["warnings"] == [f"errors: {news['errors']} of {news['requests']} requests failed in the last crawl "
                                f"({news['error_rate']:.0%}; usually 0%)"]


def test_a_new_or_irregular_source_is_not_called_quiet():
    now = datetime.now(timezone.utc)
    young = [past_crawl("biorxiv", d, n) for d, n in ((30, 2), (2, 0))]  # one productive crawl: no usual interval
    assert assess(young, now).warnings == [] and assess(young, now).usual_interval_days is None
    steady = [past_crawl("europepmc", d, n) for d, n in ((21, 1), (14, 1), (7, 1), (0, 0))]
    assert assess(steady, now).warnings == []  # quiet for 7 days, as usual
