"""bioRxiv and medRxiv through the `details` API, by date interval and cursor, both servers.

`/details/{server}/{YYYY-MM-01}/{YYYY-MM-last}/{cursor}`: one interval per
calendar month from the month of the start date to the current month. Whole
months keep the URLs the same whatever day the crawl runs (a recorded replay
keeps matching) at the cost of re-reading part of a month, which the store's
upserts make free. The API has no keyword search: every preprint of the
window is read and the relevance pipeline keeps the few about cell therapy
for diabetes. Each page says where it is (messages[0]: cursor, count, total);
paging stops at the total, on an empty page, or when a cursor repeats.
Abstracts carry the leftovers of the servers' JATS conversion (O_ST_ABS,
C_LIO_LI, O_SCPLOW..., headers run into the text): isletwatch.crawlers.markup
makes them plain text.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import Any, Iterator

from scrapy.http import Response

from ..identifiers import find_identifiers, registry_ids
from ..items import DocumentItem
from ..markup import abstract_text
from .base import IsletSpider

SITES = {"biorxiv": "https://www.biorxiv.org", "medrxiv": "https://www.medrxiv.org"}


def months(start: date, end: date) -> Iterator[tuple[date, date]]:
    """(first day, last day) of each calendar month from start's month to end's month."""
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def parse_preprint(r: dict[str, Any], server: str) -> DocumentItem | None:
    doi, title = (r.get("doi") or "").strip(), " ".join(abstract_text(r.get("title")).split())
    if not doi or not title:
        return None
    server = (r.get("server") or server).lower()
    version = str(r.get("version") or "1")
    text = abstract_text(r.get("abstract"))
    found = find_identifiers([title, text])
    published_doi = r.get("published") if r.get("published") not in (None, "", "NA") else None
    ids = {"doi": doi.lower()}
    if found.get("nct"):
        ids["nct"] = found["nct"][0]
    return DocumentItem(
        source="biorxiv", url=f"{SITES.get(server, SITES['biorxiv'])}/content/{doi}v{version}", title=title,
        text=text, kind="preprint", published=r.get("date"), language="en", identifiers=ids,
        meta={"server": server, "version": version, "type": r.get("type"), "category": r.get("category"),
              "authors": [{"name": a.strip()} for a in (r.get("authors") or "").split(";") if a.strip()],
              "corresponding_author": r.get("author_corresponding"),
              "institutions": [r["author_corresponding_institution"]] if r.get("author_corresponding_institution")
              else [], "license": r.get("license"), "published_doi": published_doi, "jatsxml": r.get("jatsxml"),
              "registry_ids": registry_ids(found)})


class BiorxivSpider(IsletSpider):
    name = "biorxiv"
    base_url_setting = "BIORXIV_BASE_URL"

    def page_url(self, server: str, window: list[str], cursor: int) -> str:
        return f"{self.base_url}/details/{server}/{window[0]}/{window[1]}/{cursor}"

    def first_requests(self) -> Iterator[Any]:
        for server in self.settings.getlist("BIORXIV_SERVERS"):
            for first, last in months(self.since(), self.until()):
                window = [first.isoformat(), last.isoformat()]
                yield self.get(self.page_url(server, window, 0), self.parse, server=server, window=window)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        server, window = response.meta["server"], response.meta["window"]
        data = self.json_page(response)
        if data is None:
            return
        messages = data.get("messages") or [{}]
        message = messages[0] if isinstance(messages, list) and isinstance(messages[0], dict) else {}
        collection = data.get("collection") or []
        yield from self.items_from(collection, lambda r: parse_preprint(r, server), response)
        cursor, count, total = _int(message.get("cursor")), _int(message.get("count")), _int(message.get("total"))
        nxt = cursor + (count or len(collection))
        if collection and cursor < nxt < total:
            url = self.page_url(server, window, nxt)
            if self.first_time(url, self.asked):
                yield self.get(url, self.parse, server=server, window=window)
