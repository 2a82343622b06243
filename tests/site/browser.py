"""What the browser tests share: Debian's Chromium driven by Playwright, a real loopback server, and axe-core.

axe-core is vendored at test time from the npm registry (`npm pack`, pinned
version, kept in .cache/ so it is fetched once per machine); a missing npm or
Chromium fails the tests with what to install, never skips them.
"""
from __future__ import annotations

import shutil
import subprocess
import tarfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from isletwatch.site import make_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE_VERSION = "4.10.3"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def axe_source() -> str:
    """axe.min.js of the pinned axe-core release, fetched with npm once and cached under .cache/."""
    cache = ROOT / ".cache" / f"axe-core-{AXE_VERSION}"
    script = cache / "axe.min.js"
    if not script.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is missing: the accessibility tests vendor axe-core from the npm registry "
                        "(apt-get install -y npm)", pytrace=False)
        cache.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run([npm, "pack", f"axe-core@{AXE_VERSION}", "--silent", "--pack-destination", str(cache)],
                              capture_output=True, text=True, timeout=300)
        tgz = cache / f"axe-core-{AXE_VERSION}.tgz"
        if proc.returncode != 0 or not tgz.is_file():
            pytest.fail(f"could not fetch axe-core {AXE_VERSION} with npm: {proc.stderr.strip()[-300:]}", pytrace=False)
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/axe.min.js")
            assert member is not None
            script.write_bytes(member.read())
        tgz.unlink()
    return script.read_text(encoding="utf-8")


@contextmanager
def launched(tmp: Path) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (/usr/bin/chromium): `make test` installs it "
                    "(apt-get install -y chromium)", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: `make test` installs it (pip install -e '.[dev]')",
                    pytrace=False)
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(tmp), executable_path=CHROMIUM, args=FLAGS,
                                                       headless=True, viewport=DESKTOP, accept_downloads=True)
        yield context
        context.close()


@contextmanager
def served(directory: Path) -> Iterator[str]:
    server = make_server(directory, 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def watched(page):
    """Record console errors, uncaught exceptions, failed requests and dialogs (alert = injected script)."""
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text} {m.location}"))
    page.on("pageerror", lambda e: page.problems.append(f"exception: {e}"))
    page.on("requestfailed", lambda r: page.problems.append(f"request failed: {r.url}"))
    page.on("response", lambda r: r.status >= 400 and page.problems.append(f"HTTP {r.status}: {r.url}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    return page


def status_count(page, timeout: float = 60_000) -> int:
    """The number of documents the explorer reports, once it has answered (a loaded machine can take a while)."""
    try:
        page.wait_for_function("() => /^\\d+ documents?|^No /.test(document.querySelector('#status').textContent)",
                               timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - say what the page showed instead of a bare timeout
        raise AssertionError(f"{page.url}: the explorer never answered; status "
                             f"{page.text_content('#status')!r}, problems {getattr(page, 'problems', [])}") from exc
    text = page.text_content("#status")
    return 0 if text.startswith("No") else int(text.split()[0])


def serious_violations(page, axe: str) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe)
    found = page.evaluate("""async () => {
        // Chromium's own XSLT deprecation banner (on feed pages) is not the site's to fix
        const r = await axe.run({exclude: [['xslt-warning-banner']]}, {resultTypes: ['violations']});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
    }""")
    return list(found)


def overflow(page) -> int:
    """How many CSS pixels the page is wider than the window (0 when nothing sticks out)."""
    return page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")
