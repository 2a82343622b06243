"""The site's search index, written by our own code: segments of term-prefix-sharded postings and metadata chunks.

The browser (static/search-index.js) fetches only what a query needs:

    search/index.json                   segments (documents, files per kind), dead ordinals, k1
    search/<segment>/filters.json       filter values → documents, for the filter panel and its counts
    search/<segment>/combos.json        the same-claim combinations ("do", "doc" …), for two claim filters at once
    search/<segment>/t/<n>.bin          postings of every term whose first three letters hash to <n> (shard_key,
                                        bucket: a power-of-two number of files, all written, so none is missing)
    search/<segment>/p/<n>.bin          adjacent word pairs, by their first word the same way (phrases, "VX-880")
    search/<segment>/m/<n>.json         per-document metadata (title, outlet, dates, table rows), META_CHUNK a file
    search/<segment>/sort.bin           publication and found days per document (uint16), for sorting by date
    search/<segment>/docs.json          ids and input keys of its documents: what the next build compares

Page weight, measured on the 100,000-document benchmark site (benchmarks/bench_site.py's synthetic corpus, whose
texts repeat, so its common words are in most documents; 4 segments of 25,000; served uncompressed): opening the
explorer fetches index.json and the four filters.json (950 KB; the same-claim combinations, combos.json, 4 × 260
KB, only when two claim filters are chosen together); a word fetches one postings file per segment (7 KB on
average; "zimislecel" 70 KB in all, "insulin", in 94 % of the documents, 213 KB); a phrase or hyphenated word adds
one pair file per segment and word pair ('"insulin independence"' 864 KB, the worst case: two words in most
documents); a page of 20 results fetches up to 20 metadata files of about 12 KB (180–230 KB); sorting by date
fetches sort.bin (4 × 100 KB). The search itself then takes 7–60 ms (Node, files cached).

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
META_CHUNK = 8
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


_SYN_FIRST: dict[str, list[tuple[int, str]]] = {}
for _number, _group in enumerate(SYNONYM_GROUPS):
    for _alt in _group:
        _seq = words(_alt)
        _SYN_FIRST.setdefault(_seq[0], []).append((_number, f" {' '.join(_seq)} "))


def synonym_groups(raw: list[str]) -> set[int]:
    """Numbers of the synonym groups whose forms occur in a list of (unstemmed) words, as whole-word sequences."""
    found: set[int] = set()
    candidates = _SYN_FIRST.keys() & set(raw)
    if not candidates:
        return found
    joined = f" {' '.join(raw)} "
    for first in candidates:
        for number, form in _SYN_FIRST[first]:
            if number not in found and form in joined:
                found.add(number)
    return found


# --- one document's record ---------------------------------------------------------------------------------------

#: Row fields whose words are indexed (with the implant site and the evidence).
_ROW_TEXT = ("diabetes", "outcome", "patients", "product", "cells", "duration", "duration_role")


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
    doc, outlet, title = d.doc, d.outlet, d.title  # properties that clean their text: once each
    kind = labels.KIND_LABELS.get(doc.kind, doc.kind)
    rows = [claim_row(c) for c in d.claims]
    claim_lines = [" ".join((*(str(r[k]) for k in _ROW_TEXT if r[k]),
                             labels.label("implant_site", c.claim.implant_site) or "",
                             c.evidence_text[:EVIDENCE_CHARS] if r["evidence"].endswith(" …") else r["evidence"]))
                   for c, r in zip(d.claims, rows)]
    text = doc.text[:TEXT_CHARS]  # cleaned with the rest of the body below
    idents = " ".join(f"{i.label} {i.value}" for i in d.identifiers)
    body = clean("\n".join(x for x in (outlet, idents, *claim_lines, " ".join(d.facts.products), text) if x))
    own = {k: str(v) for k, v in doc.identifiers.items() if v}
    own_tokens = list(dict.fromkeys(search_terms.id_token(k.lower(), v) for k, v in sorted(own.items())))
    cited = [t for t in dict.fromkeys(search_terms.id_token(k, v) for k, v in d.cited_ids) if t not in own_tokens]
    single, combos = _claim_values(d)
    filters: dict[str, list[str]] = {
        "claims": ["With claims" if d.claims else "Without claims"], "kind": [kind], "role": [d.role],
        "source": [d.source_label], "outlet": [outlet],
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
        "url": d.path, "title": title, "outlet": outlet, "source": d.source_label, "kind": kind,
        "date": doc.published or "", "found": doc.fetched_at or "", "claims": len(d.claims),
        "primary": 1 if d.primary else 0, "role": d.role, "gk": f"doc:{doc.id}", "hype": ", ".join(d.facts.hype_terms),
        "ids": " ".join(own_tokens), "rows": []}
    defaults = {"gk": meta["gk"], "story": title, "story_url": "", "primary": meta["primary"], "role": d.role,
                "date": (doc.published or "")[:10], "outlet": outlet, "doc": title}
    # a row leaves out what its document says (static/search-index.js puts it back): a third of the bytes
    meta["rows"] = [{k: v for k, v in row.items() if k not in defaults or defaults[k] != v} for row in rows]
    if not d.claims:
        meta["text"] = clean(doc.text[:EXCERPT_CHARS])
    return {"title": title, "body": body, "own_ids": own_tokens, "cited_ids": cited,
            "filters": {k: [clean(v) for v in vs] for k, vs in filters.items()}, "meta": meta,
            "sort": (_days(doc.published), _days(doc.fetched_at))}


def records(data: SiteData) -> list[dict[str, Any]]:
    """Every record, for tests and small sites (segments build theirs one document at a time)."""
    return [record(d) for d in data.docs]


def _doc_terms(rec: dict[str, Any]) -> tuple[Counter, int, list[list[str]]]:
    """(term → frequency with the title counted TITLE_WEIGHT times, length in words, stemmed word sequences)."""
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
    return tf, len(body) + TITLE_WEIGHT * len(title), [title, body]


# --- postings --------------------------------------------------------------------------------------------------

#: Postings encoded per slice of this many, so the temporary arrays stay a few MB.
ENCODE_SLICE = 1 << 18


class _Postings:
    """A segment's postings while it is built, as flat integer arrays: per posting a term id and a frequency
    byte, per document its number of terms and its length, per word pair one int64 (both word ids); sorted
    and encoded once at the end. About 5 bytes per posting and 8 per pair, never a Python object each."""

    def __init__(self) -> None:
        self.vocab: defaultdict[str, int] = defaultdict()
        self.vocab.default_factory = self.vocab.__len__  # a new term gets the next id
        self.ids, self.tfs = array("i"), array("B")
        self.per_doc, self.lengths = array("i"), array("i")
        self.sequence, self.sequence_per_doc = array("i"), array("i")

    def add(self, tf: Counter, length: int, sequences: list[list[str]]) -> None:
        get = self.vocab.__getitem__
        self.ids.extend(map(get, tf))
        self.tfs.extend(map(min, tf.values(), repeat(255)))
        self.per_doc.append(len(tf))
        self.lengths.append(length)
        before = len(self.sequence)
        for seq in sequences:  # word ids in order, -1 between sequences (pairs never span it)
            self.sequence.extend(map(get, seq))
            self.sequence.append(-1)
        self.sequence_per_doc.append(len(self.sequence) - before)

    def _ords(self, per_doc: array) -> np.ndarray:
        counts = np.frombuffer(per_doc, dtype=np.int32) if len(per_doc) else np.zeros(0, np.int32)
        return np.repeat(np.arange(len(counts), dtype=np.int32), counts)

    def encode_terms(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, bytes]:
        """(terms by id, term ids in file order, byte bounds of their postings, document frequencies, bytes)."""
        terms = list(self.vocab)
        if not self.ids:
            return terms, *_EMPTY
        # term << 32 | ordinal << 8 | frequency, built in place: `packed |= int32 array` casts a chunk at a time,
        # where `a.astype(np.int64) << 8` made two whole temporary int64 arrays (the segment's memory peak)
        packed = np.frombuffer(self.ids, dtype=np.int32).astype(np.int64)
        packed <<= 24
        packed |= self._ords(self.per_doc)
        packed <<= 8
        packed |= np.frombuffer(self.tfs, dtype=np.uint8)
        self.ids, self.tfs = array("i"), array("B")
        packed.sort()
        lengths = np.frombuffer(self.lengths, dtype=np.int32).astype(np.float64)
        return terms, *_encode_sorted(packed, 32, 8, 0xFFFFFF,
                                      lambda ords, tf: _weights(tf.astype(np.float64), lengths[ords]))

    def encode_pairs(self) -> tuple[Callable[[int], tuple[str, str]], np.ndarray, np.ndarray, np.ndarray, bytes]:
        """Like encode_terms for word pairs; the first item gives a pair id's two words."""
        terms = list(self.vocab)
        bits = max(1, len(terms).bit_length())
        obits = max(1, len(self.per_doc).bit_length())
        if 2 * bits + obits > 63:
            raise ValueError("too many distinct words in one search segment; lower SEGMENT_DOCS")

        def name(pair: int) -> tuple[str, str]:
            return terms[pair >> bits], terms[pair & ((1 << bits) - 1)]
        if len(self.sequence) < 2:
            return name, *_EMPTY
        seq = np.frombuffer(self.sequence, dtype=np.int32)  # 4 bytes a word; int64 only for the packed pairs
        keep = (seq[:-1] >= 0) & (seq[1:] >= 0)
        packed = seq[:-1][keep].astype(np.int64)  # first << (bits + obits) | second << obits | ordinal, in place
        packed <<= bits
        packed |= seq[1:][keep]
        del seq
        self.sequence = array("i")  # the words are in `packed` now: freed before the ordinals are made
        packed <<= obits
        packed |= self._ords(self.sequence_per_doc)[:-1][keep]
        del keep
        if not len(packed):
            return name, *_EMPTY
        packed.sort()
        return name, *_encode_sorted(packed, obits, 0, (1 << obits) - 1, None, unique=True)


_EMPTY = (np.zeros(0, np.int64), np.zeros(1, np.int64), np.zeros(0, np.int64), b"")


def _encode_sorted(packed: np.ndarray, shift: int, oshift: int, omask: int,
                   weigh: Callable[[np.ndarray, np.ndarray], np.ndarray] | None, unique: bool = False
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, bytes]:
    """Sorted (term << shift | ordinal << oshift | value) → (term ids, byte bounds, document frequencies, bytes):
    each posting a varint of the ordinal's distance to the previous one of its term (the first: the ordinal),
    then a weight byte when `weigh` is given. Done in slices of ENCODE_SLICE; `unique` drops repeats (a pair twice
    in one document is one posting)."""
    parts: list[bytes] = []
    heads, head_bytes, head_at = [], [], []
    offset, last_term, last_ord, last, kept = 0, -1, 0, -1, 0
    for at in range(0, len(packed), ENCODE_SLICE):
        part = packed[at:at + ENCODE_SLICE]
        if unique:
            before = np.empty_like(part)
            before[0], before[1:] = last, part[:-1]
            last = int(part[-1])
            part = part[part != before]
            if not len(part):
                continue
        term, ords = part >> shift, (part >> oshift) & omask
        before_t = np.empty_like(term)
        before_t[0], before_t[1:] = last_term, term[:-1]
        before_o = np.empty_like(ords)
        before_o[0], before_o[1:] = last_ord, ords[:-1]
        new = term != before_t
        deltas = np.where(new, ords, ords - before_o)
        data, offsets = _varints(deltas, weigh(ords, part & 0xFF) if weigh else None)
        first = np.flatnonzero(new)
        heads.append(term[first])
        head_bytes.append(offsets[first] + offset)
        head_at.append(first + kept)
        parts.append(data.tobytes())
        offset += len(data)
        kept += len(part)
        last_term, last_ord = int(term[-1]), int(ords[-1])
    bounds = np.append(np.concatenate(head_bytes), offset)
    dfs = np.diff(np.append(np.concatenate(head_at), kept))
    return np.concatenate(heads), bounds, dfs, b"".join(parts)


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
    return np.clip(np.rint(w / (K1 + 1) * 255), 1, 255).astype(np.uint8)


def _write_shards(folder: Path, encoded: tuple[Any, np.ndarray, np.ndarray, np.ndarray, bytes], weights: bool,
                  name: Callable[[int], tuple[str, str]]) -> int:
    """The terms in files by shard key (KEYS_PER_FILE keys a file on average): a header (term, document frequency,
    bytes) and the terms' postings. `name(term id)` gives (the term, the word its shard key comes from).
    Returns how many files (a power of two; the browser needs it)."""
    _, ids, bounds, counts, raw = encoded
    groups: dict[str, list[tuple[str, int, int, int]]] = {}
    for i, (term_id, df) in enumerate(zip(ids.tolist(), counts.tolist())):
        term, first = name(term_id)
        groups.setdefault(shard_key(first), []).append((term, df, int(bounds[i]), int(bounds[i + 1])))
    buckets = 1
    while buckets * KEYS_PER_FILE < len(groups):
        buckets *= 2
    files: list[list[tuple[str, int, int, int]]] = [[] for _ in range(buckets)]
    for key, entries in groups.items():
        files[bucket(key, buckets)].extend(entries)
    folder.mkdir(parents=True, exist_ok=True)
    for number, entries in enumerate(files):
        entries.sort()
        head = bytearray(MAGIC)
        head += _varint(1 if weights else 0) + _varint(len(entries))
        for term, df, start, end in entries:
            encoded_term = term.encode("utf-8")
            head += _varint(len(encoded_term)) + encoded_term + _varint(df) + _varint(end - start)
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


def build_segment(root: Path, seg: Segment, docs: Iterable[DocView] | None = None, staging: Path | None = None
                  ) -> bool:
    """Write one segment's folder (in a staging folder first, so a half-written segment is never used).

    `docs` are the segment's documents in its order, when they are not in `seg.docs`: a stream (e.g. read from the
    store a batch at a time by a process that never loaded the site), so a segment costs its postings in memory,
    not its page models. With `staging`, the segment is written there and left unsealed (no docs.json, not moved
    in place): its name and its documents' keys are not known yet (site/headstart.py); `seal_segment` ends it."""
    if docs is None:
        assert seg.docs is not None
        docs = seg.docs
    sealed = staging is None
    staging = staging if staging is not None else root / f".{seg.name}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "m").mkdir(parents=True)
    postings = _Postings()
    filters: dict[str, dict[str, list[int]]] = {key: {} for key in (*FILTERS, *COMBOS)}
    sort_date, sort_found = array("H"), array("H")
    chunk: list[dict[str, Any]] = []
    ordinal = -1
    for ordinal, d in enumerate(docs):
        rec = record(d)
        postings.add(*_doc_terms(rec))
        for key, values in rec["filters"].items():
            for value in values:
                filters[key].setdefault(value, []).append(ordinal)
        sort_date.append(rec["sort"][0])
        sort_found.append(rec["sort"][1])
        chunk.append(rec["meta"])
        if len(chunk) == META_CHUNK or ordinal == seg.count - 1:
            (staging / "m" / f"{ordinal // META_CHUNK}.json").write_text(
                json.dumps(chunk, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            chunk = []
    if ordinal != seg.count - 1:
        raise ValueError(f"search segment {seg.name}: {ordinal + 1} documents for {seg.count} ids")
    terms = postings.encode_terms()
    files = {"t": _write_shards(staging / "t", terms, True, lambda i: (terms[0][i], terms[0][i]))}
    del terms
    pairs = postings.encode_pairs()
    pair_name = pairs[0]

    def named(i: int) -> tuple[str, str]:
        a, b = pair_name(i)
        return f"{a} {b}", a
    files["p"] = _write_shards(staging / "p", pairs, False, named)
    del pairs, postings
    for name, keys in (("filters.json", FILTERS), ("combos.json", COMBOS)):
        (staging / name).write_text(json.dumps(_filter_table(filters, keys, seg.count), ensure_ascii=False,
                                               separators=(",", ":")), encoding="utf-8")
    if _BIG_ENDIAN:
        sort_date.byteswap()
        sort_found.byteswap()
    (staging / "sort.bin").write_bytes(sort_date.tobytes() + sort_found.tobytes())
    (staging / "segment.json").write_text(json.dumps({"count": seg.count, **files}), encoding="utf-8")
    if sealed:
        seal_segment(root, seg, staging)
    return True


def seal_segment(root: Path, seg: Segment, staging: Path) -> None:
    """Finish a segment written into `staging`: its documents' ids and keys (what the next build compares), then
    the folder moved to its name. Nothing else in a segment depends on the keys, so a segment can be written
    before they are known and sealed once they are."""
    (staging / "docs.json").write_text(json.dumps({"version": VERSION, "ids": seg.ids, "keys": seg.keys}),
                                       encoding="utf-8")
    target = root / seg.name
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def _filter_table(filters: dict[str, dict[str, list[int]]], keys: Iterable[str], count: int
                  ) -> dict[str, dict[str, Any]]:
    """key → {"values": {value: base64 varint deltas of ordinals}, "rest": value}: when every document has exactly
    one value of a key, the most common value's documents are left out ("rest": every document not in another)."""
    table: dict[str, dict[str, Any]] = {}
    for key in keys:
        values = filters[key]
        if not values:
            continue
        entry: dict[str, Any] = {}
        if sum(len(v) for v in values.values()) == count and len({o for v in values.values() for o in v}) == count:
            entry["rest"] = max(sorted(values), key=lambda v: len(values[v]))
        entry["values"] = {value: _b64_postings(ords) for value, ords in sorted(values.items())
                           if value != entry.get("rest")}
        table[key] = entry
    return table


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


def can_extend(root: Path) -> bool:
    """Whether the last build left segments under `root` that this build may keep (see plan); when not, every
    segment is written anew, so the first one can be written before the build has keyed its documents."""
    return bool(_previous(root))


def plan(docs: list[DocView], keys: dict[str, str], previous: list[Segment]) -> list[Segment]:
    """The segments of this build: the previous ones kept (their changed documents dead), new documents in a new
    segment, small trailing segments merged; or all documents afresh when the old layout has worn out."""
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
    by_id: dict[str, DocView] = {}
    while len(segments) >= 2 and fresh:
        a, b = segments[-2], segments[-1]
        if a.count > 2 * b.count or sum(a.live) + sum(b.live) > SEGMENT_DOCS:
            break
        by_id = by_id or {d.doc.id: d for d in docs}
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
    root, todo, finish = segment_plan(data, out_dir, doc_keys)
    jobs: list[Callable[[], bool]] = [(lambda seg=seg: build_segment(root, seg)) for seg in todo]
    return jobs, finish


def segment_plan(data: SiteData, out_dir: Path, doc_keys: dict[int, str] | None = None,
                 keys: dict[str, str] | None = None) -> tuple[Path, list[Segment], Callable[[list[bool]], bool]]:
    """(the index folder, the segments this build must write (their documents in `docs`), finish): shard_jobs
    without the jobs, for a builder that writes the segments elsewhere (docworker reads their documents from the
    store) and then calls `finish` as shard_jobs' caller does. `keys`: document id → the first 20 characters of
    its key in `doc_keys`, when the caller has them."""
    root = Path(out_dir) / DIR
    root.mkdir(parents=True, exist_ok=True)
    if keys is None:
        keys = {d.doc.id: (doc_keys[id(d)] if doc_keys is not None else _record_key(d))[:20] for d in data.docs}
    segments = plan(data.docs, keys, _previous(root))
    todo = [seg for seg in segments if seg.docs is not None and not (root / seg.name / "docs.json").is_file()]
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

    return root, todo, finish
