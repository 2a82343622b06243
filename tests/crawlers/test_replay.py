"""The replay server itself: matching rules, response sequences, misses, the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from isletwatch.crawlers.middlewares.replay import to_replay_url
from isletwatch.crawlers.replay import ManifestError, ReplayServer


def write(tmp: Path, *lines: dict, name: str = "m.jsonl") -> Path:
    (tmp / name).write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    return tmp


def get(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def test_subset_matching_most_params_wins_ties_go_first(tmp_path):
    write(tmp_path,
          {"url": "https://api.example/search?format=json", "body": "page one"},
          {"url": "https://api.example/search?format=json&cursor=abc", "body": "page two"},
          {"url": "https://api.example/search?cursor=abc&format=json", "body": "never: a tie, later"},
          {"url": "http://api.example/other", "body_file": "raw.bin", "headers": {"Content-Type": "text/plain"}})
    (tmp_path / "raw.bin").write_bytes("caf\xe9".encode("latin-1"))
    with ReplayServer([tmp_path]) as s:
        assert get(s.url + "/api.example/search?format=json&key=SECRET&since=2024")[1] == b"page one"
        assert get(s.url + "/api.example/search?cursor=abc&format=json")[1] == b"page two"
        assert get(s.url + "/api.example/other")[1] == b"caf\xe9"  # bytes as recorded; scheme ignored
        status, body, _ = get(s.url + "/api.example/search?cursor=zzz")
        assert status == 404 and b"no recording for GET https://api.example/search?cursor=zzz" in body
        assert s.misses == ["GET https://api.example/search?cursor=zzz"]
        assert [h.status for h in s.hits] == [200, 200, 200, 404]


def test_response_sequence_last_repeats_and_delay(tmp_path):
    write(tmp_path, {"url": "https://x.example/a", "responses": [
        {"status": 503, "headers": {"Retry-After": "3"}, "body": "busy"},
        {"status": 200, "body": "ok", "delay": 0.3}]})
    with ReplayServer([tmp_path]) as s:
        status, _, headers = get(s.url + "/x.example/a")
        assert status == 503 and headers["Retry-After"] == "3"
        started = time.monotonic()
        assert get(s.url + "/x.example/a")[:2] == (200, b"ok")
        assert time.monotonic() - started >= 0.3
        assert get(s.url + "/x.example/a")[:2] == (200, b"ok")


def test_manifests_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    write(tmp_path / "b", {"url": "https://x.example/p", "body": "from b"})
    write(tmp_path, {"url": "https://x.example/p", "body": "from a"}, name="a.jsonl")
    with ReplayServer([tmp_path]) as s:
        assert get(s.url + "/x.example/p")[1] == b"from a"


def test_bad_manifests_are_refused_with_the_line(tmp_path):
    (tmp_path / "m.jsonl").write_text('{"url": "https://x.example/a", "body": "ok"}\n{not json\n')
    with pytest.raises(ManifestError, match="m.jsonl:2"):
        ReplayServer([tmp_path])
    (tmp_path / "m.jsonl").write_text('{"url": "https://x.example/a", "body_file": "missing.xml"}\n')
    with pytest.raises(ManifestError, match="missing.xml"):
        ReplayServer([tmp_path])


def test_routing_url_keeps_host_path_and_query():
    assert (to_replay_url("http://127.0.0.1:9/", "https://www.ebi.ac.uk/europepmc/webservices/rest/search?q=a%20b")
            == "http://127.0.0.1:9/www.ebi.ac.uk/europepmc/webservices/rest/search?q=a%20b")


def test_command_line_serves_a_directory(tmp_path):
    write(tmp_path, {"url": "https://x.example/hello", "body": "hi"})
    proc = subprocess.Popen([sys.executable, "-m", "isletwatch.crawlers.replay", str(tmp_path), "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        url = line.split(" on ")[1].split()[0]
        assert "replaying 1 exchanges" in line and get(url + "/x.example/hello")[1] == b"hi"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
