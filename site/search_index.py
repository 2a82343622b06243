"""The site's search index, written by our own code: segments of term-prefix-sharded postings and metadata chunks.

The browser (static/search-index.js) fetches only what a query needs:

    search/index.json                   segments, dead ordinals, scoring constants (a few hundred bytes)
    search/<segment>/filters.json       filter values → documents, for the filter panel and its counts
    search/<segment>/t/<key>.bin        postings of every term starting with <key> (its first 3 letters)
    search/<segment>/p/<key>.bin        adjacent word pairs starting with a <key> word (phrases, "VX-880")
    search/<segment>/m/<n>.json         per-document metadata (title, outlet, dates, table rows), META_CHUNK a file
    search/<segment>/sort.bin           publication and found days per document, for sorting by date

Page weight, measured on the 100,000-document benchmark site (4 segments of 25,000): the first view fetches
index.json and the four filters.json (about 130 KB each); a word fetches one term shard per segment (about
2–60 KB each, e.g. "insulin" 4 × 45 KB), a phrase one pair shard per segment and word pair, and a page of 20
results up to 20 metadata chunks of about 8 KB; sorting by date adds sort.bin (4 × 100 KB).

Why segments: a segment is a closed set of documents with its own postings, written once. A full build
spreads the documents over segments of SEGMENT_DOCS, each one job for the builder's worker processes; a
rebuild keeps every segment whose documents did not change, marks the ordinals of changed or removed
documents dead (index.json lists them; the browser skips them) and writes the new documents as one small new
segment, merging small trailing segments like a binary counter (so a site has O(log n) of them). One new
document writes one new segment of a few hundred small files in well under a second; the large segments are
not touched. When a quarter of all ordinals are dead, or there are more than MAX_SEGMENTS, everything is
rebuilt.

Tokens: words are runs of letters and digits after NFKC and lower-casing, with a light plural stemmer
(patients → patient, studies → study); the same rules are in static/query.js and tests compare them. Each
document also gets one token per synonym group it mentions (search_terms.SYNONYM_GROUPS, matched on its words)
and one per identifier it holds or cites, so "T1D" finds "type 1 diabetes" and a DOI its record. A term's
postings are (document ordinal delta as a varint, one byte of BM25 weight): term frequency with the title
counted TITLE_WEIGHT times, saturated and length-normalised with k1 = 1.2, b = 0.75 against AVG_LENGTH;
the browser multiplies by the term's idf over the whole site. Memory is bounded by a segment: postings are
kept as three integer arrays (term id, ordinal, weight) and sorted with numpy, never as dicts of lists.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from isletwatch.index.synonyms import SYNONYM_GROUPS

from . import labels, search_terms
from .pages import DocView, SiteData
from .rows import claim_row
from .sanitize import clean

DIR = "search"
INDEX_FILE = "index.json"
#: Bump when the layout or the tokenizer changes, so every segment is rebuilt.
VERSION = "iw1"
#: Documents per segment in a full build (one worker job each); trailing segments merge up to this size.
SEGMENT_DOCS = 25_000
#: More segments than this, or more dead ordinals than DEAD_SHARE of all, and the index is rebuilt whole.
MAX_SEGMENTS, DEAD_SHARE = 12, 0.25
#: Documents per metadata file: a page of results fetches at most one file per result.
META_CHUNK = 4
#: Characters of each document's text that are indexed (titles, claims, evidence and identifiers always are).
TEXT_CHARS = 1000
#: Characters of each claim's evidence that are indexed (the table and cards show up to rows.EVIDENCE_CHARS).
EVIDENCE_CHARS = 600
#: Characters of text kept for the excerpt of a document without claims (documents with claims show evidence).
EXCERPT_CHARS = 600
#: BM25: a title word counts this many times; k1, b and the assumed average length of a document in words.
TITLE_WEIGHT, K1, B, AVG_LENGTH = 4, 1.2, 0.75, 300
#: Filter keys in the index → the names the explorer shows (static/search.js keeps the same order).
FILTERS = ("claims", "outcome", "diabetes", "cells", "hype", "story", "outlet", "role", "kind", "source", "year")
CLAIM_FILTERS = (("diabetes", "diabetes_type"), ("outcome", "outcome"), ("cells", "cell_type"))
#: Combined keys for filters that must hold for one claim: letters of CLAIM_FILTERS ("d", "o", "c").
COMBOS = ("do", "dc", "oc", "doc")
MAGIC = b"IWS1"
#: Shard keys (three-letter prefixes) per postings file, on average.
KEYS_PER_FILE = 2

# --- tokens (static/query.js has the same rules) ---------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Runs of letters and digits, NFKC-normalised and lower-cased (not stemmed)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def stem(word: str) -> str:
    """A light plural stemmer: studies → study, patients → patient; not -ss, -us, -is, short or non-letter words."""
    if len(word) <= 3 or not word.isalpha() or word.startswith("zz"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


class _Stems(dict):
    """word → stem, computed once per distinct word (a C-speed lookup for every repeat)."""

    def __missing__(self, word: str) -> str:
        self[word] = value = stem(word)
        return value


_STEMS = _Stems()


def fnv1a(text: str) -> int:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def shard_key(term: str) -> str:
    """Which terms share a shard: those with the same first three characters; a synonym or identifier token alone
    (they are matched whole, never as a prefix)."""
    if term.startswith((search_terms.ID_PREFIX, search_terms.SYNONYM_PREFIX)):
        return term
    return term[:3]


def bucket(key: str, buckets: int) -> int:
    """The file (0 … buckets - 1, a power of two) that holds a shard key's terms; every file exists, so the
    browser never asks for one that is missing."""
    return fnv1a(key) & (buckets - 1)


_SYN_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _number, _group in enumerate(SYNONYM_GROUPS):
    for _alt in _group:
        _seq = tuple(words(_alt))
        _SYN_FIRST.setdefault(_seq[0], []).append((_number, _seq))


def synonym_groups(raw: list[str]) -> set[int]:
    """Numbers of the synonym groups whose forms occur in a list of (unstemmed) words, as whole-word sequences."""
    found: set[int] = set()
    for first in _SYN_FIRST.keys() & set(raw):
        for number, seq in _SYN_FIRST[first]:
            if number in found:
                continue
            if len(seq) == 1:
                found.add(number)
                continue
            at = raw.index(first)
            while at >= 0:
                if tuple(raw[at:at + len(seq)]) == seq:
                    found.add(number)
                    break
                try:
                    at = raw.index(first, at + 1)
                except ValueError:
                    at = -1
    return found


# --- one document's record ---------------------------------------------------------------------------------------

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


def _days(value: str | None) -> int:
    """Days from 1900-01-01 of an ISO date or date-time (a year or month alone: its first day); 0 when unknown."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not m:
        return 0
    try:
        day = date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return 0
    return max(0, min(0xFFFF, (day - date(1900, 1, 1)).days))


def record(d: DocView) -> dict[str, Any]:
    """The search record of one document: its title and body (bounded), identifier tokens, filters and metadata."""
    doc = d.doc
    kind = labels.KIND_LABELS.get(doc.kind, doc.kind)
    rows = [claim_row(c) for c in d.claims]
    claim_lines = [" ".join(x for x in (c.title, c.treatment, "; ".join(f"{a}: {b}" for a, b in c.figures),
                                        c.evidence_text[:EVIDENCE_CHARS]) if x) for c in d.claims]
    text = clean(doc.text[:TEXT_CHARS])
    idents = " ".join(f"{i.label} {i.value}" for i in d.identifiers)
    body = clean("\n".join(x for x in (d.outlet, idents, *claim_lines, " ".join(d.facts.products), text) if x))
    own = {k: str(v) for k, v in doc.identifiers.items() if v}
    own_tokens = list(dict.fromkeys(search_terms.id_token(k.lower(), v) for k, v in sorted(own.items())))
    cited = [t for t in dict.fromkeys(search_terms.id_token(k, v) for k, v in d.cited_ids) if t not in own_tokens]
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
    meta: dict[str, Any] = {
        "url": d.path, "title": d.title, "outlet": d.outlet, "source": d.source_label, "kind": kind,
        "date": doc.published or "", "found": doc.fetched_at or "", "claims": len(d.claims),
        "primary": 1 if d.primary else 0, "hype": ", ".join(d.facts.hype_terms), "ids": " ".join(own_tokens),
        "rows": rows}
    if not d.claims:
        meta["text"] = clean(doc.text[:EXCERPT_CHARS])
    return {"title": d.title, "body": body, "own_ids": own_tokens, "cited_ids": cited,
            "filters": {k: [clean(v) for v in vs] for k, vs in filters.items()}, "meta": meta,
            "sort": (_days(doc.published), _days(doc.fetched_at))}


def records(data: SiteData) -> list[dict[str, Any]]:
    """Every record, for tests and small sites (segments build theirs one document at a time)."""
    return [record(d) for d in data.docs]


def _doc_terms(rec: dict[str, Any]) -> tuple[Counter, int, set[tuple[str, str]]]:
    """(term → frequency with the title counted TITLE_WEIGHT times, length in words, adjacent stem pairs)."""
    raw_title, raw_body = words(rec["title"]), words(rec["body"])
    stems = _STEMS.__getitem__
    title, body = list(map(stems, raw_title)), list(map(stems, raw_body))
    tf = Counter(body)
    for term, n in Counter(title).items():
        tf[term] += n * TITLE_WEIGHT
    in_title = synonym_groups(raw_title)
    for number in synonym_groups(raw_body) | in_title:
        tf[f"{search_terms.SYNONYM_PREFIX}{number}"] = TITLE_WEIGHT if number in in_title else 1
    for token in rec["own_ids"]:
        tf[token] = TITLE_WEIGHT
    for token in rec["cited_ids"]:
        tf.setdefault(token, 1)
    pairs = set(zip(body, body[1:]))
    pairs.update(zip(title, title[1:]))
    return tf, len(body) + TITLE_WEIGHT * len(title), pairs


# --- postings --------------------------------------------------------------------------------------------------

class _Inverter:
    """(term, document, value) triples as three flat integer arrays; sorted and encoded once at the end."""

    def __init__(self) -> None:
        self.vocab: defaultdict[Any, int] = defaultdict()
        self.vocab.default_factory = self.vocab.__len__  # a new term gets the next id
        self.ids, self.ords, self.values = array("i"), array("i"), array("i")

    def add(self, ordinal: int, terms: dict[Any, int] | Iterable[Any], values: Iterable[int] | None = None) -> int:
        before = len(self.ids)
        self.ids.extend(map(self.vocab.__getitem__, terms))
        added = len(self.ids) - before
        self.ords.extend(repeat(ordinal, added))
        self.values.extend(values if values is not None else repeat(0, added))
        return added

    def encode(self, weights: np.ndarray | None
               ) -> tuple[list[Any], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(terms by id, term ids in order, byte offsets of their postings (one more), document frequencies, bytes)."""
        terms = list(self.vocab)
        if not self.ids:
            return terms, np.zeros(0, np.int64), np.zeros(1, np.int64), np.zeros(0, np.int64), np.zeros(0, np.uint8)
        ids = np.frombuffer(self.ids, dtype=np.int32).astype(np.int64)
        ords = np.frombuffer(self.ords, dtype=np.int32).astype(np.int64)
        packed = (ids << 32) | (ords << 8) | (weights if weights is not None else 0)
        del ids, ords
        packed.sort()
        ids, ords = packed >> 32, (packed >> 8) & 0xFFFFFF
        w = (packed & 0xFF).astype(np.uint8) if weights is not None else None
        del packed
        starts = np.flatnonzero(np.diff(ids, prepend=-1))
        deltas = np.diff(ords, prepend=0)
        deltas[starts] = ords[starts]
        data, offsets = _varints(deltas, w)
        bounds = np.append(offsets[starts], len(data))
        counts = np.diff(np.append(starts, len(ids)))
        return terms, ids[starts], bounds, counts, data


def _varints(values: np.ndarray, weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 varints of non-negative ints (< 2^35), each followed by its weight byte when given: (bytes, offsets)."""
    nb = 1 + (values >= 1 << 7).astype(np.int64) + (values >= 1 << 14) + (values >= 1 << 21) + (values >= 1 << 28)
    size = nb + (1 if weights is not None else 0)
    ends = np.cumsum(size)
    offsets = ends - size
    out = np.zeros(int(ends[-1]) if len(ends) else 0, np.uint8)
    for j in range(5):
        m = nb > j
        if not m.any():
            break
        out[offsets[m] + j] = ((values[m] >> (7 * j)) & 0x7F) | np.where(nb[m] > j + 1, 0x80, 0)
    if weights is not None:
        out[offsets + nb] = weights
    return out, offsets


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _weights(tfs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """BM25's saturated, length-normalised term frequency, in one byte (1–255 of k1 + 1)."""
    norm = K1 * (1 - B + B * lengths / AVG_LENGTH)
    w = tfs * (K1 + 1) / (tfs + norm)
    return np.clip(np.rint(w / (K1 + 1) * 255), 1, 255).astype(np.int64)


def _write_shards(folder: Path, inv: _Inverter, weights: np.ndarray | None, name: Callable[[Any], str]) -> int:
    """The terms in files by shard key (KEYS_PER_FILE keys a file on average): a header (term, document frequency,
    bytes) and the terms' postings. Returns how many files (a power of two; the browser needs it)."""
    terms, ids, bounds, counts, data = inv.encode(weights)
    groups: dict[str, list[tuple[str, int, int, int]]] = {}
    for i, (term_id, df) in enumerate(zip(ids.tolist(), counts.tolist())):
        term = name(terms[term_id])
        groups.setdefault(shard_key(term.split(" ", 1)[0]), []).append((term, df, int(bounds[i]), int(bounds[i + 1])))
    buckets = 1
    while buckets * KEYS_PER_FILE < len(groups):
        buckets *= 2
    files: list[list[tuple[str, int, int, int]]] = [[] for _ in range(buckets)]
    for key, entries in groups.items():
        files[bucket(key, buckets)].extend(entries)
    folder.mkdir(parents=True, exist_ok=True)
    flag = 1 if weights is not None else 0
    raw = data.tobytes()
    for number, entries in enumerate(files):
        entries.sort()
        head = bytearray(MAGIC)
        head += _varint(flag) + _varint(len(entries))
        for term, df, start, end in entries:
            encoded = term.encode("utf-8")
            head += _varint(len(encoded)) + encoded + _varint(df) + _varint(end - start)
        (folder / f"{number:x}.bin").write_bytes(bytes(head) + b"".join(raw[s:e] for _, _, s, e in entries))
    return buckets


def _b64_postings(ordinals: list[int]) -> str:
    values = np.asarray(ordinals, dtype=np.int64)
    deltas = np.diff(values, prepend=0)
    data, _ = _varints(deltas)
    return base64.b64encode(data.tobytes()).decode("ascii")


# --- segments ----------------------------------------------------------------------------------------------------

@dataclass
class Segment:
    name: str
    ids: list[str]
    keys: list[str]
    live: list[bool] = field(default_factory=list)
    docs: list[DocView] | None = None  # set when this build writes the segment

    @property
    def count(self) -> int:
        return len(self.ids)


def _segment_name(ids: list[str], keys: list[str]) -> str:
    digest = hashlib.sha256(VERSION.encode())
    for doc_id, key in zip(ids, keys):
        digest.update(f"{doc_id}\x1f{key}\x1e".encode("utf-8"))
    return "s" + digest.hexdigest()[:16]


def _new_segment(docs: list[DocView], keys: dict[str, str]) -> Segment:
    ids = [d.doc.id for d in docs]
    ks = [keys[i] for i in ids]
    return Segment(_segment_name(ids, ks), ids, ks, [True] * len(ids), docs)


def build_segment(root: Path, seg: Segment) -> bool:
    """Write one segment's folder (in a staging folder first, so a half-written segment is never used)."""
    assert seg.docs is not None
    target, staging = root / seg.name, root / f".{seg.name}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "m").mkdir(parents=True)
    terms, pairs = _Inverter(), _Inverter()
    lengths = array("i")
    filters: dict[str, dict[str, list[int]]] = {key: {} for key in (*FILTERS, *COMBOS)}
    sort_date, sort_found = array("H"), array("H")
    chunk: list[dict[str, Any]] = []
    for ordinal, d in enumerate(seg.docs):
        rec = record(d)
        tf, length, doc_pairs = _doc_terms(rec)
        added = terms.add(ordinal, tf, tf.values())
        lengths.extend(repeat(length, added))
        pairs.add(ordinal, doc_pairs)
        for key, values in rec["filters"].items():
            for value in values:
                filters[key].setdefault(value, []).append(ordinal)
        sort_date.append(rec["sort"][0])
        sort_found.append(rec["sort"][1])
        chunk.append(rec["meta"])
        if len(chunk) == META_CHUNK or ordinal == len(seg.docs) - 1:
            (staging / "m" / f"{ordinal // META_CHUNK}.json").write_text(
                json.dumps(chunk, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            chunk = []
    weights = _weights(np.frombuffer(terms.values, dtype=np.int32).astype(np.float64),
                       np.frombuffer(lengths, dtype=np.int32).astype(np.float64)) if terms.ids else None
    files = {"t": _write_shards(staging / "t", terms, weights if weights is not None else np.zeros(0, np.int64), str),
             "p": _write_shards(staging / "p", pairs, None, " ".join)}
    table = {key: {value: _b64_postings(ords) for value, ords in sorted(values.items())}
             for key, values in filters.items() if values}
    (staging / "filters.json").write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")),
                                          encoding="utf-8")
    sort_date.byteswap() if _BIG_ENDIAN else None
    sort_found.byteswap() if _BIG_ENDIAN else None
    (staging / "sort.bin").write_bytes(sort_date.tobytes() + sort_found.tobytes())
    (staging / "segment.json").write_text(json.dumps({"count": seg.count, **files}), encoding="utf-8")
    (staging / "docs.json").write_text(json.dumps({"version": VERSION, "ids": seg.ids, "keys": seg.keys}),
                                       encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True


_BIG_ENDIAN = array("H", [1]).tobytes() == b"\x00\x01"


def _previous(root: Path) -> list[Segment]:
    """The segments of the last build, in order, or [] when there is none this version can extend."""
    try:
        index = json.loads((root / INDEX_FILE).read_text(encoding="utf-8"))
        if index.get("version") != VERSION:
            return []
        out = []
        for entry in index["segments"]:
            docs = json.loads((root / entry["dir"] / "docs.json").read_text(encoding="utf-8"))
            if docs.get("version") != VERSION or len(docs["ids"]) != entry["count"]:
                return []
            out.append(Segment(entry["dir"], docs["ids"], docs["keys"]))
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return []


def plan(docs: list[DocView], keys: dict[str, str], previous: list[Segment]) -> list[Segment]:
    """The segments of this build: the previous ones kept (their changed documents dead), new documents in a new
    segment, small trailing segments merged; or all documents afresh when the old layout has worn out."""
    by_id = {d.doc.id: d for d in docs}
    claimed: set[str] = set()
    kept: list[Segment] = []
    for seg in previous:
        seg.live = []
        for doc_id, key in zip(seg.ids, seg.keys):
            ok = keys.get(doc_id) == key and doc_id not in claimed
            seg.live.append(ok)
            if ok:
                claimed.add(doc_id)
        if any(seg.live):
            kept.append(seg)
    total = sum(s.count for s in kept)
    dead = total - len(claimed)
    fresh = [d for d in docs if d.doc.id not in claimed]
    if not kept or dead > DEAD_SHARE * (total + len(fresh)) or len(kept) >= MAX_SEGMENTS:
        return [_new_segment(docs[i:i + SEGMENT_DOCS], keys) for i in range(0, len(docs), SEGMENT_DOCS)]
    segments = kept + ([_new_segment(fresh, keys)] if fresh else [])
    while len(segments) >= 2 and fresh:
        a, b = segments[-2], segments[-1]
        if a.count > 2 * b.count or sum(a.live) + sum(b.live) > SEGMENT_DOCS:
            break
        merged = [by_id[i] for s in (a, b) for i, ok in zip(s.ids, s.live or [True] * s.count) if ok]
        segments[-2:] = [_new_segment(merged, keys)]
    return segments


def _record_key(d: DocView) -> str:
    return hashlib.sha256(json.dumps(record(d), sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def build_index(data: SiteData, out_dir: Path, doc_keys: dict[int, str] | None = None) -> bool:
    """Write the index under out_dir/search; False when every segment was already there from the same input."""
    jobs, finish = shard_jobs(data, out_dir, doc_keys)
    return finish([job() for job in jobs])


def shard_jobs(data: SiteData, out_dir: Path, doc_keys: dict[int, str] | None = None
               ) -> tuple[list[Callable[[], bool]], Callable[[list[bool]], bool]]:
    """The index as independent jobs, one per segment that must be written, and the step that ends the build.

    `doc_keys` (id(DocView) → a hash of everything its record depends on) says which documents changed; without
    it the records themselves are hashed. Each job writes one segment folder and returns True; `finish(results)`
    writes index.json (segments, dead ordinals), removes segments no longer listed and returns whether anything
    was written.
    """
    root = Path(out_dir) / DIR
    root.mkdir(parents=True, exist_ok=True)
    keys = {d.doc.id: (doc_keys[id(d)] if doc_keys is not None else _record_key(d))[:20] for d in data.docs}
    segments = plan(data.docs, keys, _previous(root))
    jobs: list[Callable[[], bool]] = [
        (lambda seg=seg: build_segment(root, seg)) for seg in segments
        if seg.docs is not None and not (root / seg.name / "docs.json").is_file()]
    dead: list[int] = []
    base = 0
    for seg in segments:
        dead += [base + i for i, ok in enumerate(seg.live or [True] * seg.count) if not ok]
        base += seg.count

    def finish(results: list[bool]) -> bool:
        described = [{"dir": s.name, **json.loads((root / s.name / "segment.json").read_text(encoding="utf-8"))}
                     for s in segments]
        index = {"version": VERSION, "documents": base, "live": base - len(dead), "metaChunk": META_CHUNK,
                 "k1": K1, "segments": described, "dead": dead}
        text = json.dumps(index, separators=(",", ":"))
        path = root / INDEX_FILE
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        if changed:
            path.write_text(text, encoding="utf-8")
        wanted = {s.name for s in segments}
        for old in root.iterdir():
            if old.is_dir() and old.name not in wanted:
                shutil.rmtree(old, ignore_errors=True)
        return any(results) or changed

    return jobs, finish
