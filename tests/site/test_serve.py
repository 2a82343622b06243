from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from isletwatch.errors import SiteError
from isletwatch.site import make_server


def test_serves_the_site_on_loopback_with_search_index_types(built_site):
    out, _ = built_site
    server = make_server(out, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        with urllib.request.urlopen(f"http://{host}:{port}/index.html", timeout=5) as r:
            assert r.status == 200 and b"IsletWatch" in r.read()
        shard = next((out / "search").glob("s*/t/*.bin")).relative_to(out).as_posix()
        with urllib.request.urlopen(f"http://{host}:{port}/{shard}", timeout=5) as r:
            assert r.headers["Content-Type"] == "application/octet-stream"
        with urllib.request.urlopen(f"http://{host}:{port}/feeds/claims.xml", timeout=5) as r:
            assert r.headers["Content-Type"] == "application/xml; charset=utf-8"  # XSLT shows it in a browser
        for path, kind in (("index.html", "text/html"), ("downloads/claims.csv", "text/csv"),
                           ("static/feed.xsl", "text/xsl"), ("search-terms.json", "application/json")):
            with urllib.request.urlopen(f"http://{host}:{port}/{path}", timeout=5) as r:
                assert r.headers["Content-Type"] == f"{kind}; charset=utf-8", path
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://{host}:{port}/documents/no-such-page.html", timeout=5)
        assert missing.value.code == 404 and b"Page not found" in missing.value.read()
    finally:
        server.shutdown()
        server.server_close()


def test_refuses_a_folder_without_a_site(tmp_path):
    with pytest.raises(SiteError, match="isletwatch site"):
        make_server(tmp_path, 0)
