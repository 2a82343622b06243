"""Entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, read the way real feeds are written.

Real feeds are not always well-formed, and one flaw must not cost the whole
feed: whitespace or a byte-order mark before `<?xml` is skipped; a stray `&`
or a bad entity is read past with libxml2's recovering parser (every entry it
can read is kept, and the flaw is reported). Links are made absolute against
the feed's URL and any `xml:base` on the way (Atom allows relative
`<link href>`); FeedBurner's `feedburner:origLink` names the article where
`<link>` names a feedproxy redirect. An entry whose link cannot be made an
http(s) URL is reported, never dropped in silence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"


@dataclass
class Feed:
    entries: list[dict[str, str | None]] = field(default_factory=list)
    #: why the XML had to be recovered (None when it was well-formed)
    recovered: str | None = None
    #: entries left out, each with the reason
    dropped: list[str] = field(default_factory=list)


def parse_feed(body: bytes, url: str = "") -> Feed:
    """Entries (link, title, date, summary) of a feed fetched from `url`; raises XMLSyntaxError if nothing is readable."""
    body = body.lstrip(b"\xef\xbb\xbf").lstrip()
    feed = Feed()
    try:
        root = etree.fromstring(body, _parser(recover=False), base_url=url or None)
    except etree.XMLSyntaxError as exc:
        root = etree.fromstring(body, _parser(recover=True), base_url=url or None) if body else None
        if root is None or not _items(root):
            raise
        feed.recovered = str(exc)
    for node in _items(root):
        entry = _entry(node, url)
        if entry["link"]:
            feed.entries.append(entry)
        else:
            feed.dropped.append(f"entry {entry['title']!r}: {entry.pop('problem')}")
        entry.pop("problem", None)
    return feed


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=recover)


def _items(root: Any) -> list[Any]:
    return root.xpath("//*[local-name()='item' or local-name()='entry']")


def _entry(node: Any, feed_url: str) -> dict[str, str | None]:
    def child(*names: str) -> Any:
        return next((c for c in node if isinstance(c.tag, str) and etree.QName(c).localname in names), None)

    def text(el: Any) -> str | None:
        return "".join(el.itertext()).strip() if el is not None else None

    raw, base = None, feed_url
    orig = child("origLink")  # FeedBurner: the article itself, not the feedproxy redirect
    if orig is not None and (orig.text or "").strip():
        raw, base = orig.text.strip(), orig.base or feed_url
    else:
        for c in node:
            if (isinstance(c.tag, str) and etree.QName(c).localname == "link"
                    and c.get("rel", "alternate") == "alternate"):
                raw, base = (c.get("href") or c.text or "").strip() or None, c.base or feed_url
                break
        raw = raw or node.get(RDF_ABOUT)
        guid = child("guid", "id")
        if not raw and guid is not None and (guid.text or "").strip().startswith("http"):
            raw = guid.text.strip()
    link, problem = _absolute(raw, base or feed_url)
    return {"link": link, "title": text(child("title")), "problem": problem,
            "date": text(child("pubDate", "published", "updated", "date", "issued")),
            "summary": text(child("description", "summary"))}


def _absolute(link: str | None, base: str) -> tuple[str | None, str | None]:
    """An absolute http(s) URL for the entry's link, or None and why not."""
    if not link:
        return None, "no link"
    absolute = urljoin(base, link) if base else link
    if urlsplit(absolute).scheme not in ("http", "https") or not urlsplit(absolute).hostname:
        why = "does not resolve to an http(s) URL" if base else "is relative and the feed's URL is unknown"
        return None, f"link {link!r} {why}"
    return absolute, None
