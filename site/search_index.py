"""The Pagefind search index: one record per document (its claims folded in), sharded so any size fits in memory.

Records go straight to the Pagefind binary (from the `pagefind[bin]` package)
through its `--service` protocol, the same one the official `pagefind` Python
wrapper speaks, but pipelined: the wrapper polls for each reply with a 0.1 s
sleep, which would take half an hour for 20,000 records; this takes seconds.

Why one record per document: Pagefind writes one fragment per record and its
indexer holds every record in memory, so a record per claim (300,000 at the
benchmark's scale) cannot be indexed in two minutes and 1 GiB. A document's
record carries its claims as table rows (meta "rows"), and filters that must
hold for one and the same claim (type 1 AND insulin independence) use combined
filter values ("do", "dc", "oc", "doc"), so the explorer keeps the CLI's
same-claim semantics.

Why shards: documents are spread over 2^k shards by a hash of their id, each
a full Pagefind bundle built by its own indexer process (bounded memory), and
the browser merges them (`mergeIndex`). A shard is rebuilt only when one of its
documents changed, so one new document rebuilds one shard, not the index.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any, Callable, Iterable

from isletwatch.errors import SiteError
from isletwatch.model import stable_hash

from . import labels, search_terms
from .pages import DocView, SiteData
from .rows import claim_row
from .sanitize import clean

BUNDLE = "pagefind"
MARKER = ".isletwatch-input"
SHARDS_FILE = "search-shards.json"
#: Documents per shard before the index splits; ~2,000 records keep one indexer near 400 MB.
SHARD_DOCS = 2000
#: Characters of each document's text that are indexed (titles, claims, evidence and identifiers always are).
TEXT_CHARS = 1000
#: Characters of each claim's evidence that are indexed (the table and cards show up to rows.EVIDENCE_CHARS).
EVIDENCE_CHARS = 600
#: Bump when the record layout changes, so every shard is rebuilt.
RECORD_VERSION = "3"
#: Filter keys in the index → the names the explorer shows (static/search.js keeps the same order).
FILTERS = ("claims", "outcome", "diabetes", "cells", "hype", "story", "outlet", "role", "kind", "source", "year")
CLAIM_FILTERS = (("diabetes", "diabetes_type"), ("outcome", "outcome"), ("cells", "cell_type"))
#: Combined keys for filters that must hold for one claim: letters of CLAIM_FILTERS ("d", "o", "c").
COMBOS = ("do", "dc", "oc", "doc")


def shard_count(documents: int) -> int:
    """1 up to SHARD_DOCS documents, then the next power of two, so shards move rarely as the site grows."""
    return 1 if documents <= SHARD_DOCS else 2 ** math.ceil(math.log2(documents / SHARD_DOCS))


def shard_of(doc_id: str, count: int) -> int:
    return int(stable_hash(doc_id, length=8), 16) % count if count > 1 else 0


def shard_dir(number: int) -> str:
    return BUNDLE if number == 0 else f"{BUNDLE}-{number}"


def _claim_values(d: DocView) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    single: dict[str, set[str]] = {key: set() for key, _ in CLAIM_FILTERS}
    combos: dict[str, set[str]] = {key: set() for key in COMBOS}
    for c in d.claims:
        values = {key[0]: labels.label(name, getattr(c.claim, name)) or "Not stated" for key, name in CLAIM_FILTERS}
        for key, name in CLAIM_FILTERS:
            if getattr(c.claim, name) is not None:
                single[key].add(values[key[0]])
        for combo in COMBOS:
            combos[combo].add("|".join(values[letter] for letter in combo))
    return single, combos


def record(d: DocView) -> dict[str, Any]:
    """The search record of one document: its text (bounded), claims, identifiers and synonym tokens."""
    doc = d.doc
    kind = labels.KIND_LABELS.get(doc.kind, doc.kind)
    rows = [claim_row(c) for c in d.claims]
    claim_lines = [" ".join(x for x in (c.title, c.treatment, "; ".join(f"{a}: {b}" for a, b in c.figures),
                                        c.evidence_text[:EVIDENCE_CHARS]) if x) for c in d.claims]
    text = clean(doc.text)
    idents = " ".join(f"{i.label} {i.value}" for i in d.identifiers)
    body = "\n".join(x for x in (d.title, d.outlet, idents, *claim_lines, " ".join(d.facts.products),
                                   text[:TEXT_CHARS]) if x)
    own = {k: str(v) for k, v in doc.identifiers.items() if v}
    tokens = search_terms.synonym_tokens(body) + list(dict.fromkeys(
        [search_terms.id_token(k.lower(), v) for k, v in sorted(own.items())]
        + [search_terms.id_token(k, v) for k, v in d.cited_ids]))
    single, combos = _claim_values(d)
    filters: dict[str, list[str]] = {
        "claims": ["With claims" if d.claims else "Without claims"], "kind": [kind], "role": [d.role],
        "source": [d.source_label], "outlet": [d.outlet],
        "hype": ["With hype words" if d.facts.hype_terms else "Without hype words"],
    }
    if doc.year:
        filters["year"] = [str(doc.year)]
    stories = sorted({c.story.title for c in d.claims if c.story})
    if stories:
        filters["story"] = stories
    for key, values in (*single.items(), *combos.items()):
        if values:
            filters[key] = sorted(values)
    meta = {"title": d.title, "outlet": d.outlet, "source": d.source_label, "kind": kind,
            "date": doc.published or "", "found": doc.fetched_at or "", "claims": str(len(d.claims)),
            "primary": "1" if d.primary else "", "hype": ", ".join(d.facts.hype_terms),
            "ids": " ".join(search_terms.id_token(k.lower(), v) for k, v in sorted(own.items())),
            "rows": json.dumps(rows, ensure_ascii=False, separators=(",", ":"))}
    return {"url": d.path, "content": clean(body + "\n" + " ".join(tokens)), "language": "en",
            "meta": {k: clean(v) for k, v in meta.items()},
            "filters": {k: [clean(v) for v in vs] for k, vs in filters.items()},
            "sort": {"date": clean(doc.published or "0000"), "found": clean(doc.fetched_at or "")}}


def records(data: SiteData) -> list[dict[str, Any]]:
    """Every record, for tests and small sites (build_index streams them shard by shard)."""
    return [record(d) for d in data.docs]


def build_index(data: SiteData, out_dir: Path, doc_keys: dict[int, str] | None = None) -> bool:
    """Write the shards' bundles under out_dir; False when every shard was already built from the same input.

    `doc_keys` (id(DocView) → a hash of everything its record depends on) lets
    a shard skip building its records at all when nothing in it changed.
    """
    jobs, finish = shard_jobs(data, out_dir, doc_keys)
    return finish([job() for job in jobs])


def shard_jobs(data: SiteData, out_dir: Path, doc_keys: dict[int, str] | None = None
               ) -> tuple[list[Callable[[], bool]], Callable[[list[bool]], bool]]:
    """The index as independent jobs, one per shard that must be rebuilt, and the step that ends the build.

    Why jobs: a shard is one Pagefind indexer run of seconds, so the builder
    hands shards to its worker processes next to page rendering (forked.Pool)
    instead of indexing them one after another. Each job returns True (it
    rebuilt its shard); `finish(results)` removes shards the site outgrew,
    writes the shard list and returns whether anything was rebuilt.
    """
    count = shard_count(len(data.docs))
    members: list[list[DocView]] = [[] for _ in range(count)]
    for d in data.docs:
        members[shard_of(d.doc.id, count)].append(d)
    version = _binary_version() + RECORD_VERSION
    jobs: list[Callable[[], bool]] = []
    for number, docs in enumerate(members):
        target = out_dir / shard_dir(number)
        digest = hashlib.sha256(version.encode())
        if doc_keys is not None:
            for d in docs:
                digest.update(doc_keys[id(d)].encode())
            wanted, items = digest.hexdigest(), None
        else:
            items = [record(d) for d in docs]
            for item in items:
                digest.update(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
            wanted = digest.hexdigest()
        marker = target / MARKER
        if marker.exists() and marker.read_text() == wanted and (target / "pagefind-entry.json").exists():
            continue
        jobs.append(lambda number=number, docs=docs, items=items, wanted=wanted:
                    _build_shard(out_dir, number, items if items is not None else [record(d) for d in docs], wanted))

    def finish(results: list[bool]) -> bool:
        _remove_stale_shards(out_dir, count)
        shards = json.dumps({"shards": [f"{shard_dir(n)}/" for n in range(count)]}, indent=0)
        path = out_dir / SHARDS_FILE
        if not path.exists() or path.read_text(encoding="utf-8") != shards:
            path.write_text(shards, encoding="utf-8")
        return any(results)

    return jobs, finish


def _build_shard(out_dir: Path, number: int, items: list[dict[str, Any]], wanted: str) -> bool:
    target = out_dir / shard_dir(number)
    staging = out_dir / f".{shard_dir(number)}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    _run_service(items, staging)
    (staging / MARKER).write_text(wanted)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True


def _remove_stale_shards(out_dir: Path, count: int) -> None:
    for path in out_dir.glob(f"{BUNDLE}-*"):
        suffix = path.name[len(BUNDLE) + 1:]
        if suffix.isdigit() and int(suffix) >= count and (path / MARKER).exists():
            shutil.rmtree(path)


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
