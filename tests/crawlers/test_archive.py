"""The raw archive: every fetched response in WARC files; `isletwatch crawl --reparse` rebuilds the store from it
with no request to any source."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from isletwatch.crawlers.replay import ReplayServer

from .conftest import REPLAY, open_store, run_crawl_subprocess

SOURCES = ["pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"]


def snapshot(store: Path) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    """Every document's content hash and link, and the crawl watermarks."""
    with open_store(store) as s:
        docs = {d.id: (d.content_hash, d.duplicate_of) for d in s.iter_documents(include_duplicates=True)}
        marks = {k: v for k, v in s.state_items().items() if k.startswith("watermark:")}
    return docs, marks


def isletwatch(cwd: Path, *args: str, replay: str) -> subprocess.CompletedProcess[str]:
    """The `isletwatch` command in `cwd`, with every request routed to the replay (so a leak would show there)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    (cwd / "none.toml").write_text("")
    env.update(ISLETWATCH_CONFIG=str(cwd / "none.toml"), ISLETWATCH_CRAWL__REPLAY=replay)
    return subprocess.run([sys.executable, "-m", "isletwatch.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180)


def delete_store(store: Path) -> None:
    for f in store.parent.glob(store.name + "*"):
        f.unlink()


def test_reparse_rebuilds_a_deleted_store_from_the_archive_alone(store_path):
    with ReplayServer([REPLAY / s for s in SOURCES] + [REPLAY / "traits"]) as server:
        first = run_crawl_subprocess(store_path, server.url, ["all"])
        assert first.returncode == 0 and first.summary["totals"]["errors"] == 0, first.log
        before, marks = snapshot(store_path)
        delete_store(store_path)
        server.hits.clear()
        run = isletwatch(store_path.parent, "--store", str(store_path), "crawl", "--reparse", replay=server.url)
        assert run.returncode == 0, run.stderr
        assert server.hits == []  # not one request, robots.txt included
    after, restored = snapshot(store_path)
    assert len(before) >= 12 and after == before  # same ids, same content hashes, same duplicate links
    assert restored == marks and set(marks) == {f"watermark:{s}" for s in SOURCES}
    summary = run.stderr.strip().splitlines()[-1]
    assert summary.startswith("reparsed pubmed, europepmc, clinicaltrials, biorxiv, news from the archive")
    assert " 0 requests, " in summary and f"→ {first.summary['totals']['stored_new']} new" in summary
    assert summary.endswith(" 0 errors")


def test_every_fetched_response_is_archived_as_received(store_path):
    with ReplayServer([REPLAY / "failures" / "retry_after", REPLAY / "clinicaltrials"]) as server:
        run = run_crawl_subprocess(store_path, server.url, ["clinicaltrials"], polite=True)
    assert run.returncode == 0, run.log
    (warc,) = (store_path.parent / "data" / "archive").glob("*-clinicaltrials.warc.gz")
    with open(warc, "rb") as f:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                    r.http_headers.get_statuscode() if r.http_headers else None,
                    r.rec_headers.get_header("IsletWatch-Callback"), r.content_stream().read())
                   for r in ArchiveIterator(f)]
    studies = [r for r in records if r[0] == "response" and "/api/v2/studies" in r[1]]
    # the 429 is kept beside the answer that followed it; the answers carry the callback that read them
    assert [(r[2], r[3]) for r in studies] == [("429", "parse"), ("200", "parse"), ("200", "parse")]
    assert studies[0][4] == b"Too many requests\n" and b'"nextPageToken"' in studies[1][4]
    assert sum(1 for r in records if r[0] == "request") == sum(1 for r in records if r[0] == "response")
    assert records[-1][0] == "metadata" and b'"watermark:clinicaltrials":"2024-09-30"' in records[-1][4]


def test_a_damaged_archive_file_is_named_and_the_rest_is_reparsed(store_path):
    with ReplayServer([REPLAY / s for s in SOURCES]) as server:
        first = run_crawl_subprocess(store_path, server.url, ["clinicaltrials", "biorxiv"])
        assert first.returncode == 0, first.log
        before, _ = snapshot(store_path)
        archive = store_path.parent / "data" / "archive"
        (whole,) = archive.glob("*-biorxiv.warc.gz")
        # a later crawl's file cut off by a crash in the middle of a record
        cut = archive / "29991231T000000000000Z-biorxiv.warc.gz"
        cut.write_bytes(whole.read_bytes()[:whole.stat().st_size * 6 // 10])
        delete_store(store_path)
        server.hits.clear()
        run = isletwatch(store_path.parent, "--store", str(store_path), "crawl", "--reparse", "--source",
                         "clinicaltrials", "--source", "biorxiv", replay=server.url)
        assert server.hits == []
    assert run.returncode == 0, run.stderr
    assert f"data/archive/{cut.name}: the response at offset" in run.stderr and "is cut short" in run.stderr
    assert run.stderr.strip().endswith(" 1 errors")
    assert snapshot(store_path)[0] == before  # the whole files rebuilt everything; nothing is lost


def test_reparse_without_an_archive_says_what_to_do(tmp_path):
    run = isletwatch(tmp_path, "--store", str(tmp_path / "x.db"), "crawl", "--reparse", replay="")
    assert run.returncode != 0 and "no archive to reparse at data/archive" in run.stderr
    assert "Traceback" not in run.stderr
