"""Real crawls against a real ReplayServer on loopback, into real SQLite files.

Each crawl runs in a subprocess (`python -m isletwatch.crawlers.run`): Twisted's
reactor cannot restart, and a test often needs two crawls (incremental runs).
The ReplayServer runs in the test process so its hits and misses can be checked.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from isletwatch.crawlers.replay import ReplayServer
from isletwatch.index import SqliteStore

REPLAY = Path(__file__).resolve().parents[1] / "fixtures" / "replay"
FEEDS = ["https://sciencedesk.example/feeds/health.rss", "https://dailyhealth.example/atom.xml"]
# Deterministic: September 2024 only, tiny backoff, short timeouts.
WINDOW = {"RETRY_BACKOFF_BASE": 0.05, "DOWNLOAD_TIMEOUT": 5, "CRAWL_DEFAULT_SINCE": "2024-09-01",
          "CRAWL_UNTIL": "2024-09-30", "PUBMED_PAGE_SIZE": 2, "NEWS_FEEDS": FEEDS, "LOG_LEVEL": "INFO"}
# Fast: no politeness delays on loopback. Failure tests keep the delays (polite=True): a retry that
# breaks a slot's delay only shows when the slot has one.
NO_DELAYS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "DOWNLOAD_SLOTS": {}}
FAST = {**NO_DELAYS, **WINDOW}


@dataclass
class CrawlRun:
    summary: dict[str, Any]
    log: str
    returncode: int

    def counts(self, source: str) -> dict[str, int]:
        return self.summary["sources"][source]


def run_crawl_subprocess(store: Path, replay_url: str, sources: list[str], since: str | None = None,
                         timeout: float = 120, polite: bool = False, **settings: Any) -> CrawlRun:
    cmd = [sys.executable, "-m", "isletwatch.crawlers.run", "--store", str(store), "--replay", replay_url,
           "--json"]
    for source in sources:
        cmd += ["--source", source]
    if since:
        cmd += ["--since", since]
    for key, value in {**(WINDOW if polite else FAST), **settings}.items():
        cmd += ["-s", f"{key}={json.dumps(value)}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    env["ISLETWATCH_CONFIG"] = str(store.parent / "none.toml")
    (store.parent / "none.toml").write_text("")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=store.parent)
    summary = json.loads(proc.stdout) if proc.returncode == 0 and proc.stdout.strip() else {}
    return CrawlRun(summary, proc.stderr, proc.returncode)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "crawl.db"


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer([REPLAY / s for s in ("pubmed", "europepmc", "clinicaltrials", "biorxiv", "news")]) as server:
        yield server


def open_store(path: Path) -> SqliteStore:
    return SqliteStore(path)
