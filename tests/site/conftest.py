"""Fixtures for the site tests: a real SqliteStore with the dev set, built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from isletwatch.config import SiteConfig
from isletwatch.site import build_site

from .fixtures import dev_store

STAMP = "2025-07-02T00:00:00Z"


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "isletwatch.db"
    dev_store(path).close()
    return path


@pytest.fixture(scope="session")
def built_site(dev_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """(out_dir, summary) of the dev store built with search, a fixed stamp and no base URL."""
    from isletwatch.index import SqliteStore

    out = tmp_path_factory.mktemp("public")
    with SqliteStore(dev_db) as store:
        summary = build_site(store, out, SiteConfig(title="IsletWatch"), generated_at=STAMP)
    return out, summary


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """A headless Chromium (Playwright, Debian's chromium) for one test module."""
    from .browser import launched

    with launched(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context
