"""An incremental rebuild after one new document: its page and the lists and feeds it joins change, nothing else.

Why a gate: the builder skips pages whose inputs are unchanged (manifest of
input hashes), so a bug in a key either leaves a stale list behind (the new
document missing from its month, a feed or a download) or rewrites the whole
site (the rebuild stops being incremental). Both fail here, in one process and
with the work spread over forked workers.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from isletwatch.config import SiteConfig

from .conftest import STAMP
from .fixtures import add_copy, dev_pairs, fill_store

COMPARED = re.compile(rb'href="[./]*groups/(?!index)')  # a link to a comparison (its counts change)


def _snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of the site (but the builder's bookkeeping: .isletwatch-*) → (mtime in ns, bytes)."""
    return {str(p.relative_to(out)): (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".isletwatch-")}


@pytest.mark.parametrize("parallel", [False, True], ids=["one-process", "forked-workers"])
def test_one_new_document_rewrites_its_page_lists_and_feeds_and_nothing_else(tmp_path, monkeypatch, parallel):
    from isletwatch.site import build_site, builder

    if parallel:
        monkeypatch.setattr(builder, "PARALLEL_MIN", 5)
    pairs = dev_pairs()
    store = fill_store(tmp_path / "a.db", pairs)
    out = tmp_path / "site"
    first = build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    before = _snapshot(out)
    newest_month_page = max(p for p in before if p.startswith("claims/2"))  # pages sort by month: the newest

    doc, ext = next(p for p in pairs if p[1].claims)
    add_copy(store, (doc, ext), title="A brand-new report on islets",
             published="2030-01-15", fetched_at="2030-01-16T00:00:00+00:00")
    rendered: list[str] = []  # document pages rendered again (seen in this process only)
    highlight = builder.highlight_evidence
    monkeypatch.setattr(builder, "highlight_evidence", lambda text, ev: rendered.append(text) or highlight(text, ev))
    second = build_site(store, out, SiteConfig(), generated_at=STAMP, search=False)
    store.close()
    after = _snapshot(out)

    # the new document's page appears, and every list and feed a reader follows shows it
    assert "A brand-new report on islets" in (out / "documents" / "new-1.html").read_text()
    month = (out / "claims" / "2030-01.html").read_text()
    assert "documents/new-1.html" in month
    assert "Jan 2030" in (out / "claims" / "index.html").read_text()
    assert "urn:isletwatch:document:new-1" in (out / "feeds" / "claims.xml").read_text()
    rows = list(csv.DictReader(io.StringIO((out / "downloads" / "claims.csv").read_text(encoding="utf-8-sig"))))
    assert sum(r["doc_id"] == "new-1" for r in rows) == len(ext.claims)
    assert "new-1" in (out / "downloads" / "documents.json").read_text()
    assert second.documents == first.documents + 1

    # pages that do not show the new document are untouched: not rewritten, not even with the same bytes
    changed = {rel for rel in after if before.get(rel) != after[rel]}
    # document and claim-list pages with no link to a comparison (whose source counts the new document changes),
    # but the newest month's page, whose "newer" link now points at the new month
    stable = {rel for rel, (_, data) in before.items() if rel.startswith(("documents/", "claims/2", "claims/undated"))
              and not COMPARED.search(data) and rel != newest_month_page}
    assert len([rel for rel in stable if rel.startswith("documents/")]) >= 5
    assert len([rel for rel in stable if rel.startswith("claims/")]) >= 3
    assert not changed & stable
    assert len(changed) < len(before) // 3
    if not parallel:  # a page whose inputs did not change is not even rendered again
        assert len(rendered) == len({rel for rel in changed | set(after) - set(before) if rel.startswith("documents/")})
    assert second.written == len(changed | (set(after) - set(before)))
