"""Atom feeds a researcher follows: saved searches, and one per outcome, product, trial, source and story.

One entry per document (a new report, with the claims that matched), so a
registry record or a paper with no claims still reaches the feeds it matches.
Entries are dated by when IsletWatch found the document (`fetched_at`): a 2023
paper found today is new to a reader, so it must sort as new. Links are
absolute when `site.base_url` is set (as feed readers need); an XSLT
stylesheet (static/feed.xsl) makes a feed readable when opened in a browser.
Dates come from the documents, never the build time, so an unchanged store
gives byte-identical feeds.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from jinja2 import Environment

from isletwatch.config import SavedFeed
from isletwatch.errors import SiteError
from isletwatch.index import SearchQuery, Store, parse_filters
from isletwatch.index.synonyms import SYNONYM_GROUPS
from isletwatch.model import stable_hash

from . import labels
from .pages import ClaimView, DocView, SiteData, slugify

FEED_LIMIT = 100
SUMMARY_CHARS = 400
SEARCH_PAGE = 1000
TRIAL_KINDS = ("nct", "chictr", "isrctn", "eudract")
#: Headings of the data page, in order, and the feed groups under them.
GROUPS = (("all", "All new documents"), ("saved", "Saved searches"), ("outcome", "By outcome"),
          ("product", "By product"), ("trial", "By trial"), ("story", "By story"), ("source", "By source"))


@dataclass
class Feed:
    path: str
    title: str
    subtitle: str
    docs: list[DocView]
    label: str = ""  # short name on the data page
    group: str = "all"
    claim_filter: Callable[[ClaimView], bool] | None = None  # which of a document's claims the entry lists
    fallback: str | None = None  # the <updated> of a feed with no entries yet (never the build time)
    #: How many documents the feed holds when `docs` lists only its newest (an incremental rebuild's feeds,
    #: made from the candidates for their first FEED_LIMIT entries: incremental.py); None: all of `docs`.
    total: int | None = None

    @property
    def count(self) -> int:
        return len(self.docs) if self.total is None else self.total


def tops(feeds: list[Feed]) -> dict[str, list[Any]]:
    """Each feed's size and the ids of its first FEED_LIMIT documents (path → [count, ids]): what an incremental
    rebuild needs to merge new documents into the feeds without listing every document again."""
    return {f.path: [f.count, [d.doc.id for d in f.docs[:FEED_LIMIT]]] for f in feeds}


def newest_found(docs: Iterable[DocView]) -> list[DocView]:
    """When IsletWatch found them, newest first; ties by publication (newest first), then id."""
    ordered = sorted(docs, key=lambda d: d.doc.id)
    ordered.sort(key=lambda d: d.doc.published or "", reverse=True)
    ordered.sort(key=lambda d: d.found, reverse=True)
    return ordered


class _FoundOrder:
    """The site's documents in newest_found order, once: every feed lists a subset of them in that order, so a
    feed's members collected in this order need no sort of their own (58 sorts of up to 100,000 documents,
    three passes each, were a second of every build).

    `docs` must be in the site's order (pages.newest_first: published descending, then id), as SiteData.docs
    is: newest_found is then one stable sort by when each was found."""

    def __init__(self, docs: list[DocView]) -> None:
        self.docs = sorted(docs, key=attrgetter("found"), reverse=True)  # stable: ties keep the site's order
        self.rank: dict[int, int] | None = None

    def sort(self, docs: Iterable[DocView]) -> list[DocView]:
        if self.rank is None:
            self.rank = dict(zip(map(id, self.docs), range(len(self.docs))))
        rank = self.rank
        return sorted(docs, key=lambda d: rank[id(d)])


def feed_list(data: SiteData, site_title: str, saved: list[SavedFeed] | None = None,
              store: Store | None = None, product_cache: Path | None = None,
              scans: "ProductScans | None" = None) -> list[Feed]:
    """Every feed of the site, in the order the data page lists them (`scans`: see product_feeds)."""
    order = _FoundOrder(data.docs)
    feeds = [Feed("feeds/claims.xml", f"{site_title}: new documents", "Every new document and its claims.",
                  order.docs, "Everything new")]
    feeds += saved_feeds(data, site_title, saved or [], store, order)
    by_outcome: dict[str, list[DocView]] = {}
    for d in order.docs:  # one pass, not one per outcome
        if d.claims:
            for outcome in {c.claim.outcome for c in d.claims}:
                by_outcome.setdefault(outcome, []).append(d)
    for outcome, _ in sorted(data.facet("outcome")):
        name = labels.label("outcome", outcome)
        docs = by_outcome.get(outcome, [])
        feeds.append(Feed(f"feeds/outcome-{slugify(outcome.replace('_', '-'))}.xml",
                          f"{site_title}: {name.lower()}", f"New documents that claim “{name}”.",
                          docs, name, "outcome", lambda c, o=outcome: c.claim.outcome == o))
    feeds += product_feeds(data, site_title, product_cache, scans, order)
    feeds += trial_feeds(data, site_title, order)
    feeds += story_feeds(data, site_title, order)
    by_source: dict[str, list[DocView]] = {source.name: [] for source in data.sources}
    for d in order.docs:
        by_source[d.doc.source].append(d)
    for source in data.sources:
        feeds.append(Feed(f"feeds/source-{source.slug}.xml", f"{site_title}: from {source.label}",
                          f"New documents found via {source.label}.", by_source[source.name], source.label,
                          "source", fallback=source.docs[0].doc.fetched_at))
    return feeds


def saved_feeds(data: SiteData, site_title: str, saved: list[SavedFeed], store: Store | None,
                order: _FoundOrder | None = None) -> list[Feed]:
    """One feed per `[[site.feeds]]`: the query and filters of `isletwatch search`, run on the Store."""
    if not saved:
        return []
    if store is None:
        raise SiteError("saved-search feeds need the store; build the site with `isletwatch site`")
    by_id = {d.doc.id: d for d in data.docs}
    out, used = [], set()
    for spec in saved:
        try:
            filters = parse_filters(spec.filters)
            query = SearchQuery(text=spec.query, filters=filters, sort="date", limit=SEARCH_PAGE)
        except ValueError as exc:
            raise SiteError(f"site.feeds “{spec.name}”: {exc}") from exc
        ids: list[str] = []
        while True:
            hits = store.search(query).hits
            ids += [h.id for h in hits]
            if len(hits) < SEARCH_PAGE:
                break
            query.offset += SEARCH_PAGE
        slug = re.sub(r"[^a-z0-9]+", "-", spec.name.lower()).strip("-")[:60] or "search"
        while slug in used:
            slug += "-2"
        used.add(slug)
        claim_fields = {k: set(v) for k, v in filters.items() if k in ("diabetes_type", "outcome", "cell_type")}
        matches = (lambda c, f=claim_fields: all(getattr(c.claim, k) in v for k, v in f.items())) if claim_fields else None
        what = " · ".join(x for x in (f"“{spec.query}”" if spec.query else "", ", ".join(spec.filters)) if x)
        out.append(Feed(f"feeds/search-{slug}.xml", f"{site_title}: {spec.name}",
                        f"Saved search: {what or 'everything'}.",
                        (order.sort if order else newest_found)(by_id[i] for i in ids if i in by_id),
                        spec.name, "saved", matches))
    return out


def _product_keys() -> dict[str, str]:
    keys = {}
    for group in SYNONYM_GROUPS:
        for name in group:
            keys[name.lower()] = group[0]
    return keys


@dataclass
class ProductScans:
    """Which product names each document's text holds, by document id, scanned for the names `forms` digests.

    The builder keeps them in its state between builds (incremental.py): a rebuild then looks a document up by
    id instead of hashing every title and text for the cache file's keys and reading that file."""

    forms: str = ""
    by_doc: dict[str, list[str]] = field(default_factory=dict)
    #: How often each product name is given by the documents' facts and claims (the spellings a product feed
    #: is named after): set by product_feeds; given, it stands for the counts over the documents it is shown
    #: (an incremental rebuild shows it only its candidates: the counts are the whole site's).
    occurrences: dict[str, int] | None = None


def product_feeds(data: SiteData, site_title: str, cache: Path | None = None, scans: ProductScans | None = None,
                  order: _FoundOrder | None = None) -> list[Feed]:
    """A feed per product named in a claim or a document's facts; synonyms (VX-880, zimislecel) share one.

    Finding the names in every text is most of the feeds' time; with `cache` (a file the builder keeps beside its
    manifest) a document whose title and text (content hash) were scanned for the same names is not scanned
    again, so a rebuild reads and scans only new or changed texts. With `scans`, documents found there (by id,
    scanned for the same names) are not scanned either, and `scans` is left holding every document's names."""
    synonyms = _product_keys()
    names: dict[str, dict[str, int]] = {}
    named_in: dict[int, list[str]] = {}  # id(d) → the names its facts and claims give, for those that give any
    occurrences: Counter[str] = Counter()
    given = scans.occurrences if scans is not None else None
    for d in data.docs:
        named = [*d.facts.products, *[c.claim.product for c in d.claims if c.claim.product]]
        if named:
            named_in[id(d)] = named
            if given is None:
                occurrences.update(named)
    if given is not None:
        occurrences.update(given)
    if scans is not None:
        scans.occurrences = dict(occurrences)
    for name, count in occurrences.items():  # each distinct spelling once, not each time it is named
        key = synonyms.get(name.lower().strip(), name.lower().strip())
        if key:
            names.setdefault(key, {}).setdefault(name.strip(), 0)
            names[key][name.strip()] += count
    if not names:
        if scans is not None:
            scans.forms, scans.by_doc = "", {}
        return []
    spellings = {key: sorted(v, key=lambda n: (-v[n], n)) for key, v in names.items()}
    all_forms = {form.lower(): key for key, forms in spellings.items() for form in forms}
    for key in spellings:
        for group in SYNONYM_GROUPS:
            if group[0] == key:
                all_forms.update({g.lower(): key for g in group})
    forms = list(all_forms)
    members: dict[str, list[DocView]] = {key: [] for key in spellings}
    forms_key = stable_hash(json.dumps(sorted(all_forms.items())))
    by_id = scans.by_doc if scans is not None and scans.forms == forms_key else {}
    ids = [d.doc.id for d in data.docs]
    keys = [None if i in by_id else stable_hash(d.doc.content_hash, d.doc.title) for i, d in zip(ids, data.docs)]
    known = _read_scans(cache, forms_key) if any(k is not None for k in keys) else {}
    found_in: dict[str, list[str]] = {}  # scan key → names, for the documents scanned now
    todo = [d for d, key in zip(data.docs, keys) if key is not None and key not in known]
    for d, text in data.texts(todo):
        low = (d.doc.title + "\n" + text).lower()  # a substring test first: the regex only confirms a hit
        found_in[stable_hash(d.doc.content_hash, d.doc.title)] = sorted(
            {all_forms[form] for form in forms if form in low and _bounded_in(low, form)})
    texts = [by_id[i] if key is None else found_in[key] if key in found_in else known[key]
             for i, key in zip(ids, keys)]
    text_of = dict(zip(map(id, data.docs), texts))
    form_of = {name: all_forms.get(name.lower().strip(), "") for name in occurrences}
    for d in (order.docs if order else data.docs):
        in_text, named = text_of[id(d)], named_in.get(id(d))
        if not (in_text or named):
            continue
        found = set(in_text)
        if named:
            found.update(map(form_of.__getitem__, named))
        found.discard("")
        for key in found:
            members[key].append(d)
    if cache is not None:  # what this build's documents hold, only
        kept = {key: t for key, t in zip(keys, texts) if key is not None}
        if kept != known:
            cache.write_text(json.dumps({"forms": forms_key, "scans": kept}, separators=(",", ":")), encoding="utf-8")
    if scans is not None:
        scans.forms, scans.by_doc = forms_key, dict(zip(ids, texts))
    feeds = []
    for key in sorted(spellings, key=lambda k: spellings[k][0].lower()):
        forms = spellings[key]
        alias = [g for grp in SYNONYM_GROUPS if grp[0] == key for g in grp if g.lower() != forms[0].lower()]
        name = forms[0] + (f" ({', '.join(alias)})" if alias else "")
        feeds.append(Feed(f"feeds/product-{slugify(key)}.xml", f"{site_title}: {name}",
                          f"New documents that name {name}.", members[key] if order else newest_found(members[key]),
                          name, "product",
                          lambda c, k=key: (synonyms.get((c.claim.product or "").lower(), (c.claim.product or "").lower())
                                            == k)))
    return feeds


_WORD_CHAR = re.compile(r"[\w-]")


def _bounded_in(text: str, form: str) -> bool:
    """Whether `form` occurs in `text` not inside a longer word (no letter, digit, _ or - on either side, as
    the pattern (?<![\\w-])FORM(?![\\w-]) says), found with
    str.find and a one-character test on each side (a pattern that starts with a look-behind is tried at every
    position of the text: 24 µs a text, ten times this)."""
    at, end = text.find(form), len(form)
    while at != -1:
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, at + end):
            return True
        at = text.find(form, at + 1)
    return False


def _read_scans(cache: Path | None, forms_key: str) -> dict[str, list[str]]:
    if cache is None:
        return {}
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        return stored["scans"] if stored.get("forms") == forms_key and isinstance(stored.get("scans"), dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def trial_feeds(data: SiteData, site_title: str, order: _FoundOrder | None = None) -> list[Feed]:
    """A feed per trial registry id: its registry record and every document that cites it."""
    members: dict[str, list[DocView]] = {}
    titles: dict[str, str] = {}
    for d in (order.docs if order else data.docs):
        if not (d.doc.identifiers or d.cited_ids or d.facts.registry_ids):
            continue
        own = [str(v).upper() for k, v in d.doc.identifiers.items() if k.lower() in TRIAL_KINDS and v]
        cited = [v.upper() for k, v in d.cited_ids if k in TRIAL_KINDS]
        for trial in dict.fromkeys(own + cited + [r.upper() for r in d.facts.registry_ids]):
            members.setdefault(trial, []).append(d)
    for d in data.docs:  # a trial's name is the last registry record's title in the site's order
        if d.doc.kind == "registry":
            for k, v in d.doc.identifiers.items():
                if k.lower() in TRIAL_KINDS and v:
                    titles[str(v).upper()] = d.title
    feeds = []
    for trial in sorted(members):
        name = f"{trial}: {titles[trial]}" if trial in titles else trial
        feeds.append(Feed(f"feeds/trial-{slugify(trial.lower())}.xml", f"{site_title}: trial {trial}",
                          f"New documents about the trial {name}.",
                          members[trial] if order else newest_found(members[trial]), name, "trial"))
    return feeds


def story_feeds(data: SiteData, site_title: str, order: _FoundOrder | None = None) -> list[Feed]:
    """A feed per story, from the stories stage (stories_seam); none until it knows stories."""
    feeds = []
    by_story: dict[str, list[DocView]] = {}
    for d in (order.docs if order else data.docs):
        story = data.stories.by_doc.get(d.doc.id)
        if story is not None:
            by_story.setdefault(story.id, []).append(d)
    for story in data.stories.stories:
        docs = by_story.get(story.id, [])
        feeds.append(Feed(f"feeds/story-{slugify(story.id)}.xml", f"{site_title}: {story.title}",
                          f"New reports in the story “{story.title}”.", docs if order else newest_found(docs),
                          story.title, "story", lambda c, s=story: c.story is not None and c.story.id == s.id))
    return feeds


def atom_time(value: str | None, fallback: str) -> str:
    """An RFC 3339 UTC timestamp from an ISO date of any precision ('2025', '2025-06', '2025-06-20', full)."""
    value = (value or fallback or "1970-01-01")
    if len(value) == 4:
        value += "-01-01"
    elif len(value) == 7:
        value += "-01"
    if len(value) == 10:
        return value + "T00:00:00Z"
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "1970-01-01T00:00:00Z"
    if parsed.tzinfo:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed.replace(microsecond=0).isoformat() + "Z"


def _entry(d: DocView, claims: list[ClaimView], link: Callable[[str], str]) -> dict[str, Any]:
    doc = d.doc
    kind = labels.KIND_LABELS.get(doc.kind, doc.kind)
    lines = [f"{kind} from {d.outlet}, published {doc.published[:10] if doc.published else 'undated'}."]
    for c in claims:
        figures = "; ".join(f"{k}: {v}" for k, v in c.figures[1:])
        doubt = f" [{c.low_confidence}]" if c.low_confidence else ""
        lines.append(f"Claim: {c.title}{' · ' + c.treatment if c.treatment else ''}"
                     f"{' · ' + figures if figures else ''}{doubt}.")
    if not claims:
        lines.append("No claim about patients was found in it." if not d.claims else
                     f"{len(d.claims)} other claim(s) in it.")
    evidence = claims[0].evidence_text if claims else ""
    if len(evidence) > SUMMARY_CHARS:
        evidence = evidence[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
    if evidence:
        lines.append(f"Evidence: “{evidence}”")
    return {"title": d.title, "id": f"urn:isletwatch:document:{doc.id}",
            "updated": d.found or atom_time(doc.published, ""),
            "link": link(claims[0].path if claims else d.path), "kind": kind, "author": d.outlet,
            "categories": sorted({labels.label("outcome", c.claim.outcome) for c in claims if c.claim.outcome}),
            "summary": "\n".join(lines)}


def render_feed(env: Environment, feed: Feed, site: dict, base_url: str) -> str:
    base = base_url.rstrip("/") + "/" if base_url else ""
    link = (lambda path: base + path) if base else (lambda path: "../" + path)
    entries = []
    for d in feed.docs[:FEED_LIMIT]:
        claims = [c for c in d.claims if feed.claim_filter is None or feed.claim_filter(c)]
        entries.append(_entry(d, claims, link))
    model = {
        "title": feed.title, "subtitle": feed.subtitle, "entries": entries,
        "id": base + feed.path if base else f"urn:isletwatch:feed:{feed.path}",
        "updated": max((e["updated"] for e in entries), default=atom_time(feed.fallback, "1970-01-01")),
        "self": base + feed.path if base else feed.path.rsplit("/", 1)[-1],
        "home": base + "index.html" if base else "../index.html",
        "stylesheet": "../static/feed.xsl",
    }
    return env.get_template("feed.xml").render(feed=model, site=site, base=base)
