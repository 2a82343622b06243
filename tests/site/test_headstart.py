"""The head start (site/headstart.py) must not change a byte of the site, whether its guess stands or not.

A large full build lets a worker write the first search segment and its pages while the parent loads the store,
from a guess made of the documents' heads. Here, on the hostile dev store (stories with contexts, bidi, NUL,
duplicates), a build that guessed must equal one that did not, search index included: when the guess stands,
and when it is wrong (a page under another name, another outlet), where what was written is undone.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from isletwatch.config import SiteConfig
from isletwatch.site import build_site, builder, headstart, search_index

from .conftest import STAMP
from .fixtures import dev_store


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".isletwatch-")}  # but the builder's bookkeeping


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[headstart.Check]:
    """Document workers from the first document on, the index in several segments; returns each build's Check."""
    monkeypatch.setattr(builder, "PARALLEL_MIN", 1)
    monkeypatch.setattr(builder.forked, "cpus", lambda: 2)
    monkeypatch.setattr(search_index, "SEGMENT_DOCS", 10)
    checks: list[headstart.Check] = []
    real = headstart.check

    def check(*args):  # type: ignore[no-untyped-def]
        checks.append(real(*args))
        return checks[-1]
    monkeypatch.setattr(headstart, "check", check)
    return checks


def _without_guess(store, out: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    with monkeypatch.context() as m:
        m.setattr(headstart, "guess", lambda *args: None)
        build_site(store, out, SiteConfig(), generated_at=STAMP)
    return _tree(out)


def test_a_guess_that_stands_keeps_its_segment_and_pages_and_writes_the_same_site(tmp_path, monkeypatch, workers):
    store = dev_store(tmp_path / "dev.db")
    plain = _without_guess(store, tmp_path / "plain", monkeypatch)
    guessed = build_site(store, tmp_path / "guessed", SiteConfig(), generated_at=STAMP)
    store.close()
    [check] = workers
    assert check.segment and check.pages and set(check.pages) == check.written and not check.redo
    assert guessed.search_rebuilt and not check.strays
    assert _tree(tmp_path / "guessed") == plain
    assert not (tmp_path / "guessed" / "search" / headstart.STAGING).exists()
    # the guessed pages got their keys (the worker wrote them without): the manifest is the plain build's
    keys = [{rel: key[:3] for rel, key in json.loads((tmp_path / out / builder.MANIFEST).read_text())["keys"].items()}
            for out in ("plain", "guessed")]
    assert keys[0] == keys[1] and all(keys[1][path][0] for path in check.pages)


def test_the_story_layer_documents_are_not_guessed(tmp_path, monkeypatch, workers):
    """Only a document of the story layer has a story context on its page: the guess leaves those pages alone."""
    store = dev_store(tmp_path / "dev.db")
    build_site(store, tmp_path / "guessed", SiteConfig(), generated_at=STAMP)
    in_stories = set(store.doc_stories())
    store.close()
    [check] = workers
    assert in_stories and not any(path in check.written for path in _paths(tmp_path / "guessed", in_stories))


def _paths(out: Path, ids: set[str]) -> set[str]:
    index = json.loads((out / "search" / "index.json").read_text())
    paths = set()
    for seg in index["segments"]:
        docs = json.loads((out / "search" / seg["dir"] / "docs.json").read_text())
        for n, doc_id in enumerate(docs["ids"]):
            if doc_id in ids:
                meta = json.loads((out / "search" / seg["dir"] / "m" / f"{n // index['metaChunk']}.json").read_text())
                paths.add(meta[n % index["metaChunk"]]["url"])
    return paths


def test_a_wrong_guess_is_undone_and_writes_the_same_site(tmp_path, monkeypatch, workers):
    store = dev_store(tmp_path / "dev.db")
    plain = _without_guess(store, tmp_path / "plain", monkeypatch)
    real = headstart.guess

    def wrong(*args):  # type: ignore[no-untyped-def]
        g = real(*args)
        assert g is not None
        ghost, other = [n for n, rendered in enumerate(g.render) if rendered][:2]
        g.jobs[ghost] = replace(g.jobs[ghost], path="documents/ghost.html")  # a page under a name no page has
        g.jobs[other] = replace(g.jobs[other], outlet_name="Wrong Outlet")  # a page the parent shows otherwise
        return g
    monkeypatch.setattr(headstart, "guess", wrong)
    build_site(store, tmp_path / "guessed", SiteConfig(), generated_at=STAMP)
    store.close()
    [check] = workers
    assert not check.segment and check.strays == ["documents/ghost.html"] and len(check.redo) == 1
    assert _tree(tmp_path / "guessed") == plain
