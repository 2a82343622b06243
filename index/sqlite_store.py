"""SqliteStore: the embedded default, one file, zero set-up.

WAL mode so the site builder can read while a crawl writes; FTS5 with bm25
(titles weigh 5×) for ranking and `snippet()` for highlights; plain SQL for
filters and facets. Every write is a transaction over whole documents, so a
killed process leaves the file with only complete documents and a rerun
finishes the job without duplicates.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Iterator

from isletwatch.errors import StoreCorrupt, StoreError, StoreUnavailable
from isletwatch.model import Claim, DocFacts, Document, Extraction
from isletwatch.story import DocStory, Story

from .base import (CLAIM_FACETS, DOC_FACETS, HL_END, HL_START, SearchHit, SearchQuery, SearchResult, Store,
                   StoreChanges, UpsertStats, render_highlight)
from .query import parse_query, to_fts5
from .sqlite_schema import migrate

DOC_COLUMNS = ("id", "source", "kind", "url", "title", "published", "year", "fetched_at", "language",
               "content_hash", "duplicate_of", "identifiers", "meta")
SELECT_DOC = f"SELECT {', '.join('d.' + c for c in DOC_COLUMNS)}, t.text FROM documents d JOIN texts t ON t.rowid = d.rowid"
BATCH = 500
SNIPPET_TOKENS = 32


class SqliteStore(Store):
    def __init__(self, path: str | os.PathLike[str] = "data/isletwatch.db") -> None:
        self.path = Path(path)
        self.url = f"sqlite:{self.path}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"cannot create the data directory {self.path.parent} ({exc.strerror}); "
                                   "choose a writable place with --store") from exc
        if self.path.exists() and not os.access(self.path.parent, os.W_OK):
            raise StoreUnavailable(f"the data directory {self.path.parent} is not writable; "
                                   "fix its permissions or choose another place with --store")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn, str(self.path))
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreCorrupt(f"{self.path} is damaged or not a database ({exc}); "
                                   "move it aside and rerun, or point --store at another file") from exc
            if "readonly" in str(exc) or "unable to open" in str(exc):
                raise StoreUnavailable(f"cannot write {self.path} ({exc}); check permissions or use --store") from exc
            raise StoreError(f"cannot open {self.path}: {exc}") from exc

    def _close_quietly(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        self.conn.close()

    def _tx(self) -> "_Transaction":
        return _Transaction(self.conn)

    # -- documents -----------------------------------------------------------
    def upsert_documents(self, docs: Iterable[Document]) -> UpsertStats:
        stats = UpsertStats()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= BATCH:
                stats += self._upsert_batch(batch)
                batch = []
        if batch:
            stats += self._upsert_batch(batch)
        return stats

    def _upsert_batch(self, batch: list[Document]) -> UpsertStats:
        stats = UpsertStats()
        with self._tx():
            for doc in batch:
                row = self.conn.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?",
                                        (doc.id,)).fetchone()
                values = _doc_row(doc)
                if row is None:
                    cur = self.conn.execute(f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) "
                                            f"VALUES ({', '.join('?' * len(DOC_COLUMNS))})", values)
                    self.conn.execute("INSERT INTO texts (rowid, title, text) VALUES (?, ?, ?)",
                                      (cur.lastrowid, doc.title, doc.text))
                    stats.inserted += 1
                elif _same_record(row, values):
                    stats.unchanged += 1
                else:
                    sets = ", ".join(f"{c} = ?" for c in DOC_COLUMNS[1:])
                    self.conn.execute(f"UPDATE documents SET {sets} WHERE id = ?", (*values[1:], doc.id))
                    if row[DOC_COLUMNS.index("content_hash")] != doc.content_hash:
                        self.conn.execute("UPDATE texts SET title = ?, text = ? WHERE rowid = "
                                          "(SELECT rowid FROM documents WHERE id = ?)", (doc.title, doc.text, doc.id))
                    stats.updated += 1
        return stats

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(f"{SELECT_DOC} WHERE d.id = ?", (doc_id,)).fetchone()
        return _row_doc(row) if row else None

    def get_documents(self, doc_ids: list[str]) -> dict[str, Document]:
        out: dict[str, Document] = {}
        for i in range(0, len(doc_ids), BATCH):
            chunk = doc_ids[i:i + BATCH]
            for row in self.conn.execute(f"{SELECT_DOC} WHERE d.id IN ({', '.join('?' * len(chunk))})", chunk):
                doc = _row_doc(row)
                out[doc.id] = doc
        return out

    def get_texts(self, doc_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(doc_ids), BATCH):
            chunk = doc_ids[i:i + BATCH]
            out.update(self.conn.execute(f"SELECT d.id, t.text FROM documents d JOIN texts t ON t.rowid = d.rowid "
                                         f"WHERE d.id IN ({', '.join('?' * len(chunk))})", chunk))
        return out

    def document_heads(self) -> list[tuple[str, str | None, str | None, str, str]]:
        return self.conn.execute("SELECT id, published, duplicate_of, source, url FROM documents").fetchall()

    def reopen(self) -> "SqliteStore":
        return SqliteStore(self.path)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        found: set[str] = set()
        urls = list(urls)
        for i in range(0, len(urls), BATCH):
            chunk = urls[i:i + BATCH]
            q = f"SELECT url FROM documents WHERE url IN ({', '.join('?' * len(chunk))})"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    def iter_documents(self, include_duplicates: bool = False) -> Iterator[Document]:
        where = "" if include_duplicates else "WHERE d.duplicate_of IS NULL"
        yield from self._stream(f"SELECT d.rowid FROM documents d {where} ORDER BY d.published DESC NULLS LAST, d.id")

    def _stream(self, rowid_query: str, params: tuple[Any, ...] = ()) -> Iterator[Document]:
        """Documents in the order of `rowid_query`, loaded a batch at a time.

        The order is fixed up front (rowids only, small), so memory stays flat on
        large stores and writes made while the caller iterates cannot disturb it.
        """
        rowids = [r[0] for r in self.conn.execute(rowid_query, params)]
        for i in range(0, len(rowids), BATCH):
            chunk = rowids[i:i + BATCH]
            rows = {r[0]: r[1:] for r in self.conn.execute(
                f"SELECT d.rowid, {SELECT_DOC[len('SELECT '):]} WHERE d.rowid IN ({', '.join('?' * len(chunk))})",
                chunk)}
            for rowid in chunk:
                if rowid in rows:
                    yield _row_doc(rows[rowid])

    # -- claims --------------------------------------------------------------
    def replace_extractions(self, extractions: Iterable[Extraction]) -> int:
        count = 0
        for ext in extractions:
            with self._tx():
                if self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (ext.doc_id,)).fetchone() is None:
                    raise StoreError(f"cannot store claims for unknown document {ext.doc_id}; store the document first")
                self.conn.execute("DELETE FROM claims WHERE doc_id = ?", (ext.doc_id,))
                self.conn.executemany(
                    "INSERT INTO claims (id, doc_id, position, extractor_version, diabetes_type, outcome, cell_type, "
                    "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(c.id, c.doc_id, c.position, c.extractor_version, c.diabetes_type, c.outcome, c.cell_type,
                      json.dumps(c.to_dict())) for c in ext.claims])
                self.conn.execute("UPDATE documents SET facts = ?, extracted_version = ?, extracted_hash = ?, "
                                  "claim_facets = ? WHERE id = ?",
                                  (json.dumps(ext.facts.to_schema()), ext.extractor_version, ext.text_hash,
                                   _claim_facets(ext.claims), ext.doc_id))
            count += 1
        return count

    def get_extraction(self, doc_id: str) -> Extraction | None:
        row = self.conn.execute("SELECT facts, extracted_version, extracted_hash FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None or row[1] is None:
            return None
        claims = [Claim.from_dict(json.loads(r[0])) for r in
                  self.conn.execute("SELECT data FROM claims WHERE doc_id = ? ORDER BY position", (doc_id,))]
        return Extraction(doc_id, row[1], row[2], DocFacts.from_dict(json.loads(row[0] or "{}")), claims)

    def get_extractions(self, doc_ids: list[str]) -> dict[str, Extraction]:
        out: dict[str, Extraction] = {}
        for i in range(0, len(doc_ids), BATCH):
            chunk = doc_ids[i:i + BATCH]
            marks = ", ".join("?" * len(chunk))
            heads = {r[0]: r[1:] for r in self.conn.execute(
                f"SELECT id, facts, extracted_version, extracted_hash FROM documents WHERE id IN ({marks})", chunk)
                if r[2] is not None}
            claims: dict[str, list[Claim]] = {}
            for doc_id, data in self.conn.execute(
                    f"SELECT doc_id, data FROM claims WHERE doc_id IN ({marks}) ORDER BY doc_id, position", chunk):
                claims.setdefault(doc_id, []).append(Claim.from_dict(json.loads(data)))
            for doc_id, (facts, version, text_hash) in heads.items():
                out[doc_id] = Extraction(doc_id, version, text_hash, DocFacts.from_dict(json.loads(facts or "{}")),
                                         claims.get(doc_id, []))
        return out

    def documents_needing_extraction(self, extractor_version: str) -> Iterator[Document]:
        yield from self._stream("SELECT d.rowid FROM documents d WHERE d.duplicate_of IS NULL AND "
                                "(d.extracted_version IS NULL OR d.extracted_version != ? OR "
                                "d.extracted_hash != d.content_hash) ORDER BY d.rowid", (extractor_version,))

    def iter_claims(self) -> Iterator[Claim]:
        for (data,) in self.conn.execute("SELECT data FROM claims ORDER BY doc_id, position").fetchall():
            yield Claim.from_dict(json.loads(data))

    def changes_since(self, token: str | None) -> StoreChanges:
        """From the change log the schema's triggers keep (sqlite_schema, version 3): one indexed range read.

        The token is "<epoch>:<seq>": the epoch is drawn once per database file, so a token from another file
        is refused (None: everything changed) instead of being read as a position in this file's log."""
        self.conn.execute("BEGIN")  # a read transaction: one snapshot, so the counter and the log agree
        try:
            counter = dict(self.conn.execute("SELECT name, value FROM change_counter"))
            current = f"{counter['epoch']}:{counter['seq']}"
            ids: frozenset[str] | None = None
            epoch, _, seq = (token or "").partition(":")
            if token and epoch == str(counter["epoch"]) and seq.isdigit() and int(seq) <= counter["seq"]:
                ids = frozenset(r[0] for r in self.conn.execute("SELECT doc_id FROM change_log WHERE seq > ?",
                                                                (int(seq),)))
            digest = hashlib.sha256()
            for row in self.conn.execute("SELECT id, data FROM stories ORDER BY id"):
                digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
            digest.update(b"\x1d")
            for row in self.conn.execute("SELECT doc_id, story_id, outlet, data FROM doc_stories ORDER BY doc_id"):
                digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
        finally:
            self.conn.execute("COMMIT")
        return StoreChanges(current, ids, digest.hexdigest())

    # -- stories -------------------------------------------------------------
    def replace_stories(self, stories: Iterable[Story], docs: Iterable[DocStory]) -> int:
        story_rows = [(s.id, json.dumps(s.to_record(), sort_keys=True)) for s in stories]
        doc_rows = [(d.doc_id, d.story_id, d.outlet, json.dumps(d.to_record(), sort_keys=True)) for d in docs]
        with self._tx():
            self.conn.execute("DELETE FROM stories")
            self.conn.execute("DELETE FROM doc_stories")
            self.conn.executemany("INSERT INTO stories (id, data) VALUES (?, ?)", story_rows)
            self.conn.executemany("INSERT INTO doc_stories (doc_id, story_id, outlet, data) VALUES (?, ?, ?, ?)",
                                  doc_rows)
        return len(story_rows)

    def iter_stories(self) -> Iterator[Story]:
        for (data,) in self.conn.execute("SELECT data FROM stories ORDER BY id").fetchall():
            yield Story.from_record(json.loads(data))

    def doc_stories(self) -> dict[str, DocStory]:
        return {doc_id: DocStory.from_record(json.loads(data))
                for doc_id, data in self.conn.execute("SELECT doc_id, data FROM doc_stories ORDER BY doc_id")}

    # -- search --------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        """Three narrow steps: one pass for total and facets, a ranked page of rowids, snippets for that page.

        Snippets and claims are computed for the returned page only; facets come
        from a denormalized column so no join over all matching claims is needed.
        """
        parsed = parse_query(query.text)
        where, params = self._where(query)
        source = "documents d"
        if not parsed.empty:
            source = "documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            where.insert(0, "documents_fts MATCH ?")
            params.insert(0, to_fts5(parsed))
        scope = f"FROM {source} " + ("WHERE " + " AND ".join(where) if where else "")
        rows = self.conn.execute(f"SELECT d.source, d.kind, d.year, d.claim_facets {scope}", params).fetchall()
        hits = self._hits(query, parsed.empty, scope, params) if query.limit and rows else []
        return SearchResult(total=len(rows), hits=hits, facets=_count_facets(rows))

    def _where(self, query: SearchQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = [] if query.include_duplicates else ["d.duplicate_of IS NULL"]
        params: list[Any] = []
        for name in DOC_FACETS:
            values = query.filters.get(name)
            if values:
                where.append(f"d.{name} IN ({', '.join('?' * len(values))})")
                params += [int(v) if name == "year" and v.isdigit() else v for v in values]
        claim_conds = []
        for name in CLAIM_FACETS:
            values = query.filters.get(name)
            if values:
                claim_conds.append(f"c.{name} IN ({', '.join('?' * len(values))})")
                params += values
        if claim_conds:
            # Uncorrelated IN, computed once: a correlated EXISTS made SQLite scan every claim with the
            # filtered outcome once per document (quadratic: 165 s at 10k documents).
            where.append("d.id IN (SELECT c.doc_id FROM claims c WHERE " + " AND ".join(claim_conds) + ")")
        return where, params

    def _hits(self, query: SearchQuery, browse: bool, scope: str, params: list[Any]) -> list[SearchHit]:
        if browse:
            order, score = "d.published DESC NULLS LAST, d.id", "0.0"
        else:
            score = "bm25(documents_fts, 5.0, 1.0)"
            order = "score, d.id" if query.sort == "relevance" else "d.published DESC NULLS LAST, score, d.id"
        page = self.conn.execute(f"SELECT d.rowid, {score} AS score {scope} ORDER BY {order} LIMIT ? OFFSET ?",
                                 [*params, query.limit, query.offset]).fetchall()
        rowids = [r[0] for r in page]
        marks = ", ".join("?" * len(rowids))
        if browse:
            snippets = dict(self.conn.execute(f"SELECT rowid, substr(text, 1, 240) FROM texts "
                                              f"WHERE rowid IN ({marks})", rowids))
        else:
            snippets = dict(self.conn.execute(
                f"SELECT rowid, snippet(documents_fts, -1, '{HL_START}', '{HL_END}', '…', {SNIPPET_TOKENS}) "
                f"FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN ({marks})", [params[0], *rowids]))
        docs = {r[0]: r[1:] for r in self.conn.execute(
            f"SELECT rowid, id, title, url, source, kind, published FROM documents WHERE rowid IN ({marks})", rowids)}
        claims = self._claims_for([docs[r][0] for r in rowids])
        stories = dict(self.conn.execute(f"SELECT doc_id, story_id FROM doc_stories WHERE doc_id IN ({marks})",
                                         [docs[r][0] for r in rowids]))
        hits = []
        for rowid, raw_score in page:
            doc_id, title, url, source, kind, published = docs[rowid]
            hits.append(SearchHit(id=doc_id, title=title, url=url, source=source, kind=kind, published=published,
                                  highlight=render_highlight(snippets.get(rowid) or ""),
                                  claims=claims.get(doc_id, []), score=round(-float(raw_score), 4),
                                  story=stories.get(doc_id)))
        return hits

    def _claims_for(self, doc_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        if doc_ids:
            q = f"SELECT doc_id, data FROM claims WHERE doc_id IN ({', '.join('?' * len(doc_ids))}) ORDER BY position"
            for doc_id, data in self.conn.execute(q, doc_ids):
                out.setdefault(doc_id, []).append(json.loads(data))
        return out

    # -- stats and state -----------------------------------------------------
    def stats(self) -> dict[str, Any]:
        one = lambda q: self.conn.execute(q).fetchone()[0]  # noqa: E731
        group = lambda col: dict(self.conn.execute(  # noqa: E731
            f"SELECT {col}, count(*) FROM documents WHERE duplicate_of IS NULL GROUP BY {col} ORDER BY {col}"))
        return {"documents": one("SELECT count(*) FROM documents WHERE duplicate_of IS NULL"),
                "claims": one("SELECT count(*) FROM claims"),
                "duplicates": one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
                "by_source": group("source"), "by_kind": group("kind")}

    def get_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def state_items(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM state ORDER BY key").fetchall())

    def set_state(self, key: str, value: str) -> None:
        with self._tx():
            self.conn.execute("INSERT INTO state (key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error (the connection is in autocommit mode)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _count_facets(rows: list[tuple[Any, ...]]) -> dict[str, dict[str, int]]:
    """Facet counts from (source, kind, year, claim_facets) rows; claim facets count documents, not claims.

    Each column is counted whole first (C speed), then only the distinct values
    are split or converted, so a query matching most of a large store stays cheap.
    """
    column = lambda i: Counter(map(itemgetter(i), rows))  # noqa: E731
    facets: dict[str, Counter[str]] = {name: Counter() for name in CLAIM_FACETS}
    facets.update(source=column(0), kind=column(1),
                  year=Counter({str(y): n for y, n in column(2).items() if y is not None}))
    for combo, n in column(3).items():
        for token in (combo or "").split():
            name, _, value = token.partition("=")
            facets[name][value] += n
    return {name: dict(sorted(facets[name].items(), key=lambda kv: (-kv[1], kv[0])))
            for name in (*DOC_FACETS, *CLAIM_FACETS)}


def _claim_facets(claims: list[Claim]) -> str:
    """Distinct claim facet values of one document, as `name=value` tokens (values have no spaces)."""
    tokens = {f"{name}={getattr(c, name)}" for c in claims for name in CLAIM_FACETS if getattr(c, name)}
    return " ".join(sorted(tokens))


def _same_record(row: tuple[Any, ...], values: tuple[Any, ...]) -> bool:
    """Everything but the fetch time equal: refetching an unchanged page is not an update."""
    skip = DOC_COLUMNS.index("fetched_at")
    return all(a == b for i, (a, b) in enumerate(zip(row, values)) if i != skip)


def _doc_row(doc: Document) -> tuple[Any, ...]:
    return (doc.id, doc.source, doc.kind, doc.url, doc.title, doc.published, doc.year, doc.fetched_at,
            doc.language, doc.content_hash, doc.duplicate_of, json.dumps(doc.identifiers, sort_keys=True),
            json.dumps(doc.meta, sort_keys=True))


def _row_doc(row: tuple[Any, ...]) -> Document:
    data = dict(zip((*DOC_COLUMNS, "text"), row))
    data.pop("year")
    data["identifiers"] = json.loads(data["identifiers"] or "{}")
    data["meta"] = json.loads(data["meta"] or "{}")
    return Document.from_dict(data)
