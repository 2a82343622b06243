"""The Jinja2 environment and the filters that turn crawled text into safe HTML.

Autoescape is on for every template (HTML and XML alike); the only Markup
made here is built from escaped pieces. URLs become links only when they are
http(s); evidence offsets are clamped to the text, so a bad span can never
break a page or leak markup.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Sequence
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, pass_context, select_autoescape
from markupsafe import Markup, escape

from isletwatch.model import Span

from . import labels
from .sanitize import UNSAFE as _INVALID_XML
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def clean_text(value: Any) -> Any:
    """Drop characters invalid in XML and bidi controls (see sanitize), from every {{ }}; keeps Markup as Markup."""
    if not isinstance(value, str) or not _INVALID_XML.search(value):
        return value
    cleaned = _INVALID_XML.sub("", str(value))
    return Markup(cleaned) if isinstance(value, Markup) else cleaned


def safe_url(value: Any) -> str | None:
    """The URL if it is an absolute http(s) URL a reader can follow, else None (never a javascript: link)."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ord(c) < 33 or c in "<>\"'`\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


_ID_PATTERNS: tuple[tuple[str, str, re.Pattern[str], str | None], ...] = (
    ("doi", "DOI", re.compile(r"10\.\d{4,9}/\S+"), "https://doi.org/{}"),
    ("pmid", "PMID", re.compile(r"\d{1,9}"), "https://pubmed.ncbi.nlm.nih.gov/{}/"),
    ("pmcid", "PMCID", re.compile(r"PMC\d{1,9}"), "https://www.ncbi.nlm.nih.gov/pmc/articles/{}/"),
    ("nct", "ClinicalTrials.gov", re.compile(r"NCT\d{8}"), "https://clinicaltrials.gov/study/{}"),
    ("isrctn", "ISRCTN", re.compile(r"ISRCTN\d{6,10}"), "https://www.isrctn.com/{}"),
    ("chictr", "ChiCTR", re.compile(r"ChiCTR[-\w]{4,30}"), None),
    ("eudract", "EudraCT", re.compile(r"\d{4}-\d{6}-\d{2}"),
     "https://www.clinicaltrialsregister.eu/ctr-search/search?query={}"),
)


@dataclass(frozen=True)
class IdLink:
    label: str
    value: str
    url: str | None


def identifier_links(identifiers: dict[str, str], registry_ids: Iterable[str] = ()) -> list[IdLink]:
    """DOI / PMID / trial ids with links to their registries; a value that fails its pattern stays plain text."""
    pairs: list[tuple[str, str]] = [(k.lower(), str(v).strip()) for k, v in sorted(identifiers.items()) if v]
    for rid in registry_ids:
        kind = next((k for k, _, rx, _ in _ID_PATTERNS[3:] if rx.fullmatch(rid)), "registry")
        pairs.append((kind, rid.strip()))
    out: list[IdLink] = []
    seen: set[tuple[str, str]] = set()
    for kind, value in pairs:
        if (kind, value.upper()) in seen:
            continue
        seen.add((kind, value.upper()))
        spec = next((p for p in _ID_PATTERNS if p[0] == kind), None)
        if spec is None:
            out.append(IdLink(kind.upper(), value, None))
            continue
        _, name, rx, template = spec
        ok = rx.fullmatch(value) is not None and template is not None
        out.append(IdLink(name, value, template.format(quote(value, safe="/:;()._-")) if ok else None))
    return out


def highlight_evidence(text: str, evidence: Sequence[tuple[int, Sequence[Span]]]) -> tuple[Markup, set[int]]:
    """Escape `text` and wrap each claim's evidence in <mark>; overlapping spans nest as one mark listing both claims.

    `evidence` pairs a claim number with its spans. Offsets are clamped to the
    text; empty or inverted spans are ignored. Returns the HTML and the claim
    numbers none of whose spans fell inside the text.
    """
    size = len(text)
    intervals: list[tuple[int, int, int]] = []
    for number, spans in evidence:
        for span in spans:
            start, end = max(0, min(span.start, size)), max(0, min(span.end, size))
            if start < end:
                intervals.append((start, end, number))
    placed = {n for _, _, n in intervals}
    missing = {n for n, spans in evidence} - placed
    cuts = sorted({0, size, *(a for a, _, _ in intervals), *(b for _, b, _ in intervals)})
    starts = {a for a, _, _ in intervals}
    parts: list[str] = []
    anchored: set[int] = set()
    for left, right in zip(cuts, cuts[1:]):
        piece = str(escape(text[left:right]))
        covering = sorted({n for a, b, n in intervals if a <= left and right <= b})
        if not covering:
            parts.append(piece)
            continue
        for n in covering:
            if n not in anchored:
                anchored.add(n)
                parts.append(f'<span class="anchor" id="ev-{n}"></span>')
        names = ", ".join(str(n) for n in covering)
        css = "ev ev-multi" if len(covering) > 1 else "ev"
        tag = f'<sup class="ev-n" aria-hidden="true">{names}</sup>' if left in starts else ""
        parts.append(f'<mark class="{css}" data-claims="{names}" title="Evidence for claim {names}">{tag}{piece}</mark>')
    return Markup("".join(parts)), missing


def human_date(value: str | None) -> str:
    """'2025-06-20' → '20 Jun 2025'; '2025-06' → 'Jun 2025'; '2025' → '2025'; None → 'undated'."""
    if not value:
        return "undated"
    try:
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        if len(value) == 7:
            return f"{_MONTHS[int(value[5:7]) - 1]} {value[:4]}"
    except (ValueError, IndexError):
        pass
    return value[:10]


@pass_context
def href(ctx: Any, path: str) -> str:
    """A link relative to the current page, so the site works from any folder and from file://."""
    return str(ctx.get("root", "")) + path


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between builds (Jinja's own cache, keyed by each template's source, in a private
    temporary folder): compiling the templates anew took a fifth of a second of every rebuild."""
    try:
        return FileSystemBytecodeCache()
    except (RuntimeError, OSError):  # no safe temporary folder: compile every time
        return None


def make_env() -> Environment:
    env = Environment(
        loader=PackageLoader("isletwatch.site", "templates"), bytecode_cache=_bytecode_cache(),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True, default=True),
        undefined=StrictUndefined, auto_reload=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        finalize=clean_text,
    )
    env.filters.update(label=lambda v, f: labels.label(f, v), days=labels.days, number=labels.number,
                       safe_url=safe_url, human_date=human_date)
    nav = env.get_template("_nav.html")
    # the same few navigation bars on every page: rendered once each, not 8 links per page
    env.globals["main_nav"] = lru_cache(maxsize=64)(lambda root, current: Markup(nav.render(root=root, nav=current)))
    env.globals.update(href=href, patients=labels.patients, field_labels=labels.FIELD_LABELS,
                       kind_labels=labels.KIND_LABELS, label=labels.label, source_name=labels.source_name)
    return env
