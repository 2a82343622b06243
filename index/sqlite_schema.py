"""SqliteStore's schema and its migrations, versioned with `PRAGMA user_version`.

To change the schema, append a step to MIGRATIONS; `migrate` runs the steps a
file has not seen yet, in one transaction each, so an old database upgrades in
place and a crash mid-migration leaves the previous version intact.
"""
from __future__ import annotations

import sqlite3

from isletwatch.errors import StoreCorrupt

APPLICATION_ID = 0x49574154  # "IWAT": marks the file as ours

MIGRATIONS: list[str] = [
    # version 1
    """
    CREATE TABLE documents (
        -- metadata only: the long texts live in `texts`, so facet and filter scans
        -- read small rows instead of paging through every article body
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        published TEXT,
        year INTEGER,
        duplicate_of TEXT,
        claim_facets TEXT,
        content_hash TEXT NOT NULL,
        extracted_version TEXT,
        extracted_hash TEXT,
        fetched_at TEXT,
        language TEXT,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        identifiers TEXT NOT NULL DEFAULT '{}',
        facts TEXT,
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_source ON documents(source);
    -- one row per document, same rowid; the full-text index reads its content from here
    CREATE TABLE texts (
        rowid INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        extractor_version TEXT NOT NULL,
        diabetes_type TEXT,
        outcome TEXT,
        cell_type TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc_id);
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='texts', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER texts_au AFTER UPDATE ON texts BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        DELETE FROM texts WHERE rowid = old.rowid;
    END;
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # version 2: the stories stage's output, replaced as a whole on every run
    """
    CREATE TABLE stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE doc_stories (
        doc_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        outlet TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX doc_stories_story ON doc_stories(story_id);
    """,
    # version 3: which documents changed since when, so the site builder reads only those (Store.changes_since).
    # Triggers, not code in each writer: every way a row of `documents` is inserted, updated (a new extraction
    # updates its facts) or deleted is logged, including deletes made with plain SQL. One row per document (its
    # latest change), so the log stays as small as the store.
    """
    CREATE TABLE change_log (doc_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
    CREATE INDEX change_log_seq ON change_log(seq);
    CREATE TABLE change_counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO change_counter (name, value) VALUES ('seq', 0), ('epoch', abs(random()));
    CREATE TRIGGER documents_log_ai AFTER INSERT ON documents BEGIN
        UPDATE change_counter SET value = value + 1 WHERE name = 'seq';
        INSERT OR REPLACE INTO change_log (doc_id, seq) VALUES (new.id, (SELECT value FROM change_counter WHERE name = 'seq'));
    END;
    CREATE TRIGGER documents_log_au AFTER UPDATE ON documents BEGIN
        UPDATE change_counter SET value = value + 1 WHERE name = 'seq';
        INSERT OR REPLACE INTO change_log (doc_id, seq) VALUES (old.id, (SELECT value FROM change_counter WHERE name = 'seq'));
        INSERT OR REPLACE INTO change_log (doc_id, seq) VALUES (new.id, (SELECT value FROM change_counter WHERE name = 'seq'));
    END;
    CREATE TRIGGER documents_log_ad AFTER DELETE ON documents BEGIN
        UPDATE change_counter SET value = value + 1 WHERE name = 'seq';
        INSERT OR REPLACE INTO change_log (doc_id, seq) VALUES (old.id, (SELECT value FROM change_counter WHERE name = 'seq'));
    END;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the file to SCHEMA_VERSION, refusing files that are not ours or are newer."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if tables:
            raise StoreCorrupt(f"{path} is an SQLite database of another program (it has tables but no "
                               "IsletWatch schema); point --store at a new file")
    elif app_id != APPLICATION_ID:
        raise StoreCorrupt(f"{path} is not an IsletWatch database; point --store at a new file")
    if version > SCHEMA_VERSION:
        raise StoreCorrupt(f"{path} has schema version {version}, newer than this IsletWatch understands "
                           f"({SCHEMA_VERSION}); upgrade IsletWatch")
    for step in range(version, SCHEMA_VERSION):
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(MIGRATIONS[step]):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step + 1}")


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    out, buf = [], ""
    for line in script.strip().splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
