"""Atom feeds of new claims: all claims, one per outcome, one per source.

One entry per claim, newest first, linking to the claim on its document page.
Dates come from the documents (never the build time), so an unchanged store
gives byte-identical feeds. Links are absolute when `base_url` is configured,
else relative to the feed file (valid Atom, resolved against the feed's URL).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment

from . import labels
from .pages import ClaimView, SiteData, slugify

FEED_LIMIT = 100
SUMMARY_CHARS = 400


@dataclass
class Feed:
    path: str
    title: str
    subtitle: str
    claims: list[ClaimView]
    label: str = ""  # short name on the data page
    fallback: str | None = None  # the <updated> of a feed with no entries yet (never the build time)

    @property
    def count(self) -> int:
        return len(self.claims)


def feed_list(data: SiteData, site_title: str) -> list[Feed]:
    feeds = [Feed("feeds/claims.xml", f"{site_title}: new claims", "Every new claim, newest first.", data.claims,
                  "All new claims")]
    for outcome, _ in sorted(data.facet("outcome")):
        name = labels.label("outcome", outcome)
        feeds.append(Feed(f"feeds/outcome-{slugify(outcome.replace('_', '-'))}.xml",
                          f"{site_title}: {name.lower()} claims", f"New claims with the outcome “{name}”.",
                          [c for c in data.claims if c.claim.outcome == outcome], name))
    for source in data.sources:
        feeds.append(Feed(f"feeds/source-{source.slug}.xml", f"{site_title}: claims from {source.name}",
                          f"New claims in documents from {source.name}.",
                          [c for d in source.docs for c in d.claims], source.name, source.docs[0].doc.published))
    return feeds


def atom_time(value: str | None, fallback: str) -> str:
    """An RFC 3339 timestamp from an ISO date of any precision ('2025', '2025-06', '2025-06-20', full)."""
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
    text = parsed.replace(microsecond=0).isoformat()
    return text.replace("+00:00", "Z") if parsed.tzinfo else text + "Z"


def render_feed(env: Environment, feed: Feed, site: dict, base_url: str) -> str:
    base = base_url.rstrip("/") + "/" if base_url else ""
    link = (lambda path: base + path) if base else (lambda path: "../" + path)
    entries = []
    for claim in feed.claims[:FEED_LIMIT]:
        doc = claim.doc
        kind = labels.KIND_LABELS.get(doc.doc.kind, doc.doc.kind).lower()
        figures = "; ".join(f"{k}: {v}" for k, v in claim.figures)
        evidence = claim.evidence_text
        if len(evidence) > SUMMARY_CHARS:
            evidence = evidence[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
        summary = (f"{claim.title}. {claim.treatment + '. ' if claim.treatment else ''}{figures}. "
                   f"Reported by {doc.doc.source} ({kind}) in “{doc.title}”."
                   + (f" Evidence: “{evidence}”" if evidence else ""))
        entries.append({
            "title": f"{claim.title} — {doc.title}",
            "id": f"urn:isletwatch:claim:{claim.claim.id or doc.doc.id + '-' + str(claim.number)}",
            "updated": atom_time(claim.published, doc.doc.fetched_at),
            "link": link(claim.path),
            "outcome": claim.claim.outcome or "unknown",
            "outcome_label": labels.label("outcome", claim.claim.outcome) or "Outcome not stated",
            "summary": summary,
        })
    model = {
        "title": feed.title, "subtitle": feed.subtitle, "entries": entries,
        "id": base + feed.path if base else f"urn:isletwatch:feed:{feed.path}",
        "updated": max((e["updated"] for e in entries), default=atom_time(feed.fallback, "1970-01-01")),
        "self": base + feed.path if base else feed.path.rsplit("/", 1)[-1],
        "home": base + "index.html" if base else "../index.html",
    }
    return env.get_template("feed.xml").render(feed=model, site=site, base=base)
