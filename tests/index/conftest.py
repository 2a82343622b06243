from __future__ import annotations

from typing import Iterator

import pytest

from isletwatch.index import Store

from .backends import BACKENDS


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    with BACKENDS[request.param](tmp_path) as s:
        yield s
