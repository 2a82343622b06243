"""Europe PMC REST `search` (format=json, resultType=core), paged with cursorMark.

Europe PMC indexes PubMed (source MED), PubMed Central (PMC) and preprint
servers (PPR), so it is also how preprints outside bioRxiv/medRxiv arrive.
New records since the watermark are asked with FIRST_IDATE (first index
date). Paging follows nextCursorMark and stops when it is missing, when a
page is empty, or when a cursor comes back that was already read (a cursor
that repeats would otherwise loop for ever).

`abstractText` and `title` are HTML fragments (`<h4>` headers glued to the
text, `<i>`, `<sup>`): they are stored as plain text with headers as
"Background: ..." and exponents as "10^9". The entry, first-publication,
electronic and print dates are kept in meta["dates"]; the earliest is the
publication date.
"""
from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import urlencode

from scrapy.http import Response

from ..dates import earliest
from ..identifiers import find_identifiers, registry_ids
from ..items import DocumentItem
from ..markup import abstract_text, html_text
from .base import IsletSpider

ARTICLE_URL = "https://europepmc.org/article/{source}/{id}"


def parse_result(r: dict[str, Any]) -> DocumentItem | None:
    """One `resultList.result` record (resultType=core) → item; None without id or title."""
    source, rid, title = r.get("source"), r.get("id"), html_text(r.get("title"))
    if not (source and rid and title):
        return None
    journal = (r.get("journalInfo") or {}).get("journal") or {}
    authors = [{"name": a.get("fullName") or " ".join(filter(None, (a.get("firstName"), a.get("lastName")))),
                "affiliations": [x.get("affiliation") for x in
                                 (a.get("authorAffiliationDetailsList") or {}).get("authorAffiliation", [])
                                 if x.get("affiliation")]}
               for a in (r.get("authorList") or {}).get("author", [])]
    text = abstract_text(r.get("abstractText"))
    found = find_identifiers([title, text])
    ids = {"pmid": r.get("pmid") or "", "pmcid": r.get("pmcid") or "", "doi": (r.get("doi") or "").lower()}
    if found.get("nct"):
        ids["nct"] = found["nct"][0]
    dates = {"entry": r.get("firstIndexDate"), "first_publication": r.get("firstPublicationDate"),
             "electronic": r.get("electronicPublicationDate"),
             "print": (r.get("journalInfo") or {}).get("printPublicationDate")}
    dates = {k: v for k, v in dates.items() if v}
    return DocumentItem(
        source="europepmc", url=ARTICLE_URL.format(source=source, id=rid), title=title, text=text,
        kind="preprint" if source == "PPR" else "abstract", published=earliest(dates) or r.get("pubYear"),
        language=r.get("language"),
        identifiers={k: v for k, v in ids.items() if v},
        meta={"europepmc_source": source, "europepmc_id": rid, "journal": journal.get("title"),
              "authors": authors, "author_string": r.get("authorString"),
              "publication_types": (r.get("pubTypeList") or {}).get("pubType", []),
              "keywords": (r.get("keywordList") or {}).get("keyword", []),
              "mesh": [m.get("descriptorName") for m in (r.get("meshHeadingList") or {}).get("meshHeading", [])],
              "full_text_ids": (r.get("fullTextIdList") or {}).get("fullTextId", []),
              "full_text_urls": [u.get("url") for u in (r.get("fullTextUrlList") or {}).get("fullTextUrl", [])],
              "open_access": r.get("isOpenAccess") == "Y", "first_index_date": r.get("firstIndexDate"), "dates": dates,
              "registry_ids": registry_ids(found)})


class EuropePmcSpider(IsletSpider):
    name = "europepmc"
    base_url_setting = "EUROPEPMC_BASE_URL"

    def page_url(self, cursor: str) -> str:
        query = (f"({self.settings.get('EUROPEPMC_QUERY')}) AND "
                 f"FIRST_IDATE:[{self.since().isoformat()} TO {self.until().isoformat()}]")
        params = {"query": query, "format": "json", "resultType": "core",
                  "pageSize": self.settings.getint("EUROPEPMC_PAGE_SIZE"), "cursorMark": cursor,
                  "email": self.settings.get("CONTACT")}
        return f"{self.base_url}/search?{urlencode(params)}"

    def first_requests(self) -> Iterator[Any]:
        self.asked.add("*")
        yield self.get(self.page_url("*"), self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_page(response)
        if data is None:
            return
        results = (data.get("resultList") or {}).get("result") or []
        yield from self.items_from(results, parse_result, response)
        cursor = data.get("nextCursorMark")
        if results and cursor and self.first_time(cursor, self.asked):
            yield self.get(self.page_url(cursor), self.parse)
