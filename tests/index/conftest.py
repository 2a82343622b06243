from __future__ import annotations

from typing import Iterator

import pytest

from isletwatch.index import Store

from .backends import BACKENDS


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    with BACKENDS[request.param](tmp_path) as s:
        yield s


@pytest.fixture(scope="session", autouse=True)
def _osmem_server() -> Iterator[None]:
    """Stop the osmem-server that ElasticStore tests start on first use (see osmem.target)."""
    from . import osmem

    yield
    osmem.stop()
