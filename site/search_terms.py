"""What the browser search shares with the CLI: domain synonyms and identifiers, as index-side tokens.

A word index has no synonyms and splits identifiers at their punctuation
(10.1056/NEJMoa2506549 becomes "10", "1056", …), so the index
(search_index.py) carries one extra token per synonym group a record mentions
and one per identifier it holds or cites. static/query.js rewrites a reader's query the same way with
the table written to search-terms.json, so "T1D" finds "type 1 diabetes" and
"zimislecel" finds "VX-880", as they do in `isletwatch search`.
"""
from __future__ import annotations

import json
import re
from typing import Iterable

from isletwatch.index.synonyms import SYNONYM_GROUPS  # the one domain list the CLI's search also uses

SYNONYM_PREFIX = "zzsyn"
ID_PREFIX = "zzid"
#: Identifier shapes found in text, links and metadata (DOI, NCT, ChiCTR, ISRCTN, EudraCT, PMCID, PMID with its label).
ID_PATTERNS: tuple[tuple[str, str], ...] = (
    ("doi", r"\b10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)\]]"),
    ("nct", r"\b[Nn][Cc][Tt]\d{8}\b"),
    ("chictr", r"\bChiCTR[-A-Za-z]*\d{6,}\b"),
    ("isrctn", r"\bISRCTN\d{6,10}\b"),
    ("eudract", r"\b\d{4}-\d{6}-\d{2}\b"),
    ("pmcid", r"\bPMC\d{5,9}\b"),
    ("pmid", r"(?:\b[Pp][Mm][Ii][Dd]:?\s*|pubmed\.ncbi\.nlm\.nih\.gov/)(\d{5,9})\b"),
)
# Where an identifier can start, found with str.find on the upper-cased text (fast, in C); only there is its pattern
# tried, anchored. EudraCT numbers (bare digits) are taken from metadata only: in free text they are mostly dates.
_MARKERS = (("10.", "doi"), ("NCT", "nct"), ("CHICTR", "chictr"), ("ISRCTN", "isrctn"), ("PMC", "pmcid"),
            ("PMID", "pmid"), ("PUBMED.NCBI.NLM.NIH.GOV/", "pmid"))
_SINGLE = {kind: re.compile(rx) for kind, rx in ID_PATTERNS}


def _phrase_rx(phrase: str) -> str:
    return r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"[\s\-]+") + r"(?![\w-])"


_GROUP_RX = [re.compile("|".join(_phrase_rx(p) for p in sorted(g, key=len, reverse=True)), re.IGNORECASE)
             for g in SYNONYM_GROUPS]


_SPACES = re.compile(r"[\s\-]+")
_GROUP_WORDS = [[_SPACES.sub(" ", p.lower()) for p in g] for g in SYNONYM_GROUPS]


def synonym_tokens(text: str) -> list[str]:
    """One token per synonym group that `text` mentions in any of its forms.

    A plain substring test on the lower-cased text rules most groups out
    cheaply; only a candidate is confirmed with the word-boundary regex.
    """
    flat = _SPACES.sub(" ", text.lower())
    return [f"{SYNONYM_PREFIX}{i}" for i, rx in enumerate(_GROUP_RX)
            if any(w in flat for w in _GROUP_WORDS[i]) and rx.search(text)]


def id_token(kind: str, value: str) -> str:
    """The index token of one identifier: its letters and digits, lower-case, behind a prefix."""
    return ID_PREFIX + kind + re.sub(r"[^0-9a-z]", "", value.lower())


def find_ids(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(kind, value) of every identifier in the texts, in first-seen order, without repeats."""
    found: list[tuple[int, int, str, str]] = []
    for number, text in enumerate(texts):
        if not text:
            continue
        upper = text.upper()
        for marker, kind in _MARKERS:
            at = upper.find(marker)
            while at >= 0:
                m = _SINGLE[kind].match(text, at)
                if m:
                    value = m.group(1) if kind == "pmid" else m.group(0)
                    value = value.lower() if kind == "doi" else value.upper() if kind in ("nct", "isrctn", "pmcid") \
                        else value
                    found.append((number, at, kind, value))
                at = upper.find(marker, at + 1)
    out: dict[tuple[str, str], None] = {}
    for _, _, kind, value in sorted(found):
        out.setdefault((kind, value), None)
    return list(out)


def client_table() -> str:
    """search-terms.json: what static/query.js needs to rewrite queries exactly as the index was written."""
    return json.dumps({"synonymPrefix": SYNONYM_PREFIX, "idPrefix": ID_PREFIX,
                       "synonyms": [list(g) for g in SYNONYM_GROUPS],
                       "ids": [[kind, rx] for kind, rx in ID_PATTERNS]}, ensure_ascii=False, indent=0)
