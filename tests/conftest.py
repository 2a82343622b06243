"""Shared fixtures. Store backends are registered in tests/index/backends.py."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `isletwatch demo` run per session (as `make demo` runs it), shared by every test that reads it.

    Tests may crawl or extract again in it only if that changes nothing (tests/test_demo.py checks so).
    """
    where = tmp_path_factory.mktemp("demo")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    proc = subprocess.run([sys.executable, "-m", "isletwatch.cli", "demo"], cwd=where, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    last = [line for line in proc.stderr.splitlines() if line.strip()][-1]
    assert last.startswith("done in") and "isletwatch serve" in last
    return where
