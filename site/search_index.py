"""The Pagefind search index: one record per claim and one per document, with filters and a date sort.

Records go straight to the Pagefind binary (from the `pagefind[bin]` package)
through its `--service` protocol, the same one the official `pagefind` Python
wrapper speaks, but pipelined: the wrapper polls for each reply with a 0.1 s
sleep, which would take half an hour for 20,000 records; this takes seconds.
The index is rebuilt only when its input changed (a hash is kept beside it),
so an unchanged store leaves the bundle's bytes untouched.
"""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any, Iterable

from isletwatch.errors import SiteError

from . import labels
from .pages import SiteData

BUNDLE = "pagefind"
MARKER = ".isletwatch-input"
#: Filter keys in the index → the names the explorer shows (static/search.js keeps the same order).
FILTERS = ("record", "source", "kind", "year", "diabetes", "outcome", "cells")


def records(data: SiteData) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for d in data.docs:
        doc = d.doc
        common = {"source": [doc.source], "kind": [labels.KIND_LABELS.get(doc.kind, doc.kind)]}
        if doc.year:
            common["year"] = [str(doc.year)]
        sort = {"date": doc.published or "0000"}
        for c in d.claims:
            k = c.claim
            filters = dict(common, record=["Claim"])
            for key, name in (("diabetes", "diabetes_type"), ("outcome", "outcome"), ("cells", "cell_type")):
                value = getattr(k, name)
                if value is not None:
                    filters[key] = [labels.label(name, value)]
            content = "\n".join(x for x in (c.title, c.treatment, "; ".join(f"{a}: {b}" for a, b in c.figures),
                                            c.evidence_text, d.title, doc.source, " ".join(d.facts.products)) if x)
            meta = {"title": c.title, "doc": d.title, "source": doc.source, "kind": common["kind"][0],
                    "date": doc.published or "", "figures": "; ".join(f"{a}: {b}" for a, b in c.figures[1:]),
                    "treatment": c.treatment, "primary": "1" if d.primary else "", "hedged": "1" if k.hedged else "",
                    "group": c.group.path if c.group else "", "sources": str(c.group.document_count) if c.group else ""}
            out.append({"url": c.path, "content": content, "language": "en", "meta": meta, "filters": filters,
                        "sort": sort})
        meta = {"title": d.title, "source": doc.source, "kind": common["kind"][0], "date": doc.published or "",
                "claims": str(len(d.claims)), "primary": "1" if d.primary else ""}
        out.append({"url": d.path, "content": f"{d.title}\n{doc.text}", "language": "en", "meta": meta,
                    "filters": dict(common, record=["Document"]), "sort": sort})
    return out


def input_hash(items: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256(_binary_version().encode())
    for item in items:
        digest.update(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def build_index(items: list[dict[str, Any]], out_dir: Path) -> bool:
    """Write out_dir/pagefind/ for these records; False when an identical index was already there."""
    target = out_dir / BUNDLE
    wanted = input_hash(items)
    marker = target / MARKER
    if marker.exists() and marker.read_text() == wanted and (target / "pagefind-entry.json").exists():
        return False
    staging = out_dir / f".{BUNDLE}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    _run_service(items, staging)
    (staging / MARKER).write_text(wanted)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True


def _executable() -> str:
    from pagefind.service import get_executable  # the pagefind[bin] package ships the binary

    exe = get_executable()
    if exe is None:
        raise SiteError("the Pagefind binary is missing; install it with: pip install 'pagefind[bin]'")
    return str(exe)


def _binary_version() -> str:
    try:
        from importlib.metadata import version

        return version("pagefind_bin")
    except Exception:  # noqa: BLE001 - any install without metadata just rebuilds more often
        return "unknown"


def _run_service(items: list[dict[str, Any]], output: Path) -> None:
    proc = subprocess.Popen([_executable(), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    replies = _Replies(proc.stdout)
    try:
        _send(proc, [(0, {"type": "NewIndex", "config": {"force_language": "en"}})])
        index_id = replies.expect(0, "NewIndex")["index_id"]
        requests = [(i + 1, {"type": "AddRecord", "index_id": index_id, **item}) for i, item in enumerate(items)]
        writer = threading.Thread(target=_send, args=(proc, requests), daemon=True)
        writer.start()
        for number, _ in requests:
            replies.expect(number, "IndexedFile", what=items[number - 1]["url"])
        writer.join()
        last = len(items) + 1
        _send(proc, [(last, {"type": "WriteFiles", "index_id": index_id, "output_path": str(output.resolve())})])
        replies.expect(last, "WriteFiles")
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _send(proc: subprocess.Popen[bytes], requests: Iterable[tuple[int, dict[str, Any]]]) -> None:
    assert proc.stdin is not None
    for number, payload in requests:
        message = json.dumps({"message_id": number, "payload": payload}).encode("utf-8")
        proc.stdin.write(base64.b64encode(message) + b",")
    proc.stdin.flush()


class _Replies:
    """Reads the service's comma-separated base64 JSON replies, in whatever order they come."""

    def __init__(self, stream: Any) -> None:
        self.stream, self.buffer, self.seen = stream, b"", {}

    def _read(self) -> None:
        chunk = self.stream.read1(1 << 16)
        if not chunk:
            raise SiteError("the Pagefind indexer stopped unexpectedly; rerun, or reinstall 'pagefind[bin]'")
        *done, self.buffer = (self.buffer + chunk).split(b",")
        for raw in done:
            reply = json.loads(base64.b64decode(raw))
            self.seen[reply.get("message_id")] = reply.get("payload", {})

    def expect(self, number: int, kind: str, what: str = "") -> dict[str, Any]:
        while number not in self.seen and None not in self.seen:
            self._read()
        payload = self.seen.pop(number, None) or self.seen.pop(None, {})
        if payload.get("type") != kind:
            detail = payload.get("message") or payload.get("type")
            raise SiteError(f"Pagefind could not index {what or kind}: {detail}")
        return payload
