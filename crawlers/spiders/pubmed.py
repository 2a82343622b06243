"""PubMed through NCBI E-utilities: esearch (history server, entry-date window), then efetch in pages.

esearch with `usehistory=y`, `datetype=edat` and `mindate`/`maxdate` finds
what entered PubMed since the watermark; efetch reads the PubMed XML
(PubmedArticleSet) `retmax` records at a time from the history server.
NCBI allows 3 requests/s without an API key and 10 with one: the download
slot for eutils.ncbi.nlm.nih.gov is held to that (rate_limit).
Truncated XML is salvaged article by article and the page counts as failed.

One search returns at most the first 10,000 records (E-utilities policy):
when esearch counts more than PUBMED_MAX_RECORDS, its date window is split
into shorter windows, each searched again (and split again if needed), so
a first crawl over several years reads every record.

Titles and abstracts keep their inline markup's meaning (`10<sup>9</sup>` is
"10^9"); NLM's placeholder label UNLABELLED is no heading. A record keeps its
entry, electronic and print dates (meta["dates"]) and is published on the
earliest: a paper that entered PubMed in March is not "first reported" in
the June issue.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any, Iterator
from urllib.parse import urlencode, urlsplit

from lxml import etree
from scrapy.http import Response

from ..dates import earliest
from ..identifiers import find_identifiers, registry_ids
from ..items import DocumentItem
from ..markup import PLACEHOLDER_HEADINGS, element_text
from .base import IsletSpider, _to_date

MONTHS = {m: f"{i:02d}" for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                "Oct", "Nov", "Dec"), 1)}


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _markup_text(el: Any) -> str:
    """A title or abstract section: inline markup read for its meaning (exponents), on one line."""
    return " ".join(element_text(el).split()) if el is not None else ""


def _date(el: Any) -> str | None:
    """Year[-Month[-Day]] from a PubMed date element (PubDate, ArticleDate, PubMedPubDate)."""
    if el is None:
        return None
    year = el.findtext("Year")
    if not year:
        medline = el.findtext("MedlineDate") or ""  # "2024 Oct-Nov"
        return medline[:4] if medline[:4].isdigit() else None
    month = el.findtext("Month") or ""
    month = MONTHS.get(month[:3].title(), month.zfill(2) if month.isdigit() else "")
    day = el.findtext("Day") or ""
    return "-".join(p for p in (year, month, day.zfill(2) if month and day else "") if p)


def parse_article(art: Any) -> DocumentItem | None:
    """One PubmedArticle element → item (None when it lacks a PMID or title)."""
    cit = art.find("MedlineCitation")
    pmid = cit.findtext("PMID") if cit is not None else None
    article = cit.find("Article") if cit is not None else None
    if not pmid or article is None:
        return None
    title = _markup_text(article.find("ArticleTitle")) or _markup_text(article.find("VernacularTitle"))
    sections, labels = [], []
    for part in article.findall("Abstract/AbstractText"):
        label, body = part.get("Label"), _markup_text(part)
        if label and label.strip().upper() in PLACEHOLDER_HEADINGS:
            label = None
        if body:
            sections.append(f"{label}: {body}" if label else body)
            if label:
                labels.append({"label": label, "category": part.get("NlmCategory")})
    ids = {a.get("IdType"): (a.text or "").strip() for a in art.findall("PubmedData/ArticleIdList/ArticleId")}
    doi = ids.get("doi") or next((e.text for e in article.findall("ELocationID") if e.get("EIdType") == "doi"), None)
    banks = [{"name": b.findtext("DataBankName"), "accessions": [a.text for a in b.findall(
        "AccessionNumberList/AccessionNumber") if a.text]} for b in article.findall("DataBankList/DataBank")]
    text = "\n\n".join(sections)
    found = find_identifiers([title, text, *[a for b in banks for a in b["accessions"]]])
    journal = article.find("Journal")
    history = {d.get("PubStatus"): _date(d) for d in art.findall("PubmedData/History/PubMedPubDate")}
    electronic = next((a for a in article.findall("ArticleDate") if a.get("DateType", "Electronic") == "Electronic"),
                      None)
    dates = {"entry": history.get("entrez") or history.get("pubmed"), "electronic": _date(electronic),
             "print": _date(journal.find("JournalIssue/PubDate")) if journal is not None else None}
    authors = []
    for a in article.findall("AuthorList/Author"):
        name = a.findtext("CollectiveName") or " ".join(p for p in (a.findtext("ForeName"), a.findtext("LastName")) if p)
        authors.append({"name": name, "affiliations": [_text(x) for x in a.findall("AffiliationInfo/Affiliation")]})
    identifiers = {"pmid": pmid.strip(), "doi": (doi or "").strip().lower(), "pmcid": ids.get("pmc", "")}
    if found.get("nct"):
        identifiers["nct"] = found["nct"][0]
    return DocumentItem(
        source="pubmed", url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid.strip()}/", title=title, text=text,
        kind="abstract", published=earliest(dates), language=article.findtext("Language"),
        identifiers={k: v for k, v in identifiers.items() if v},
        meta={"journal": journal.findtext("Title") if journal is not None else None,
              "journal_abbrev": journal.findtext("ISOAbbreviation") if journal is not None else None,
              "authors": authors, "abstract_sections": labels,
              "publication_types": [_text(p) for p in article.findall("PublicationTypeList/PublicationType")],
              "mesh": [_text(d) for d in cit.findall("MeshHeadingList/MeshHeading/DescriptorName")],
              "keywords": [_text(k) for k in cit.findall("KeywordList/Keyword")],
              "databanks": banks, "registry_ids": registry_ids(found), "history": history,
              "dates": {k: v for k, v in dates.items() if v},
              "mentions": {k: v for k, v in found.items() if k not in ("nct", "chictr", "isrctn")}})


def split_window(start: date, end: date, parts: int) -> list[tuple[date, date]]:
    """[start, end] (whole days, both included) cut into `parts` consecutive windows of near-equal length."""
    days = (end - start).days + 1
    parts = max(1, min(parts, days))
    bounds = [start + timedelta(days=i * days // parts) for i in range(parts + 1)]
    return [(a, b - timedelta(days=1)) for a, b in zip(bounds, bounds[1:])]


class PubmedSpider(IsletSpider):
    name = "pubmed"
    base_url_setting = "PUBMED_BASE_URL"

    def rate_limit(self) -> None:
        """NCBI's published limit as a floor on the eutils download slot: 3 requests/s, 10 with an API key.

        Set on the running downloader rather than in DOWNLOAD_SLOTS so no other
        setting (a test's or a user's `-s DOWNLOAD_SLOTS=...`) can lift it.
        """
        host = urlsplit(self.base_url).hostname or "eutils.ncbi.nlm.nih.gov"
        delay = 0.1 if self.settings.get("NCBI_API_KEY") else 0.34
        downloader = self.crawler.engine.downloader
        slot = dict(downloader.per_slot_settings.get(host) or {})
        slot["delay"] = max(float(slot.get("delay") or 0), delay)
        slot["concurrency"], slot["jitter"] = 1, 0.0  # a random jitter would dip below the floor
        downloader.per_slot_settings[host] = slot
        if host in downloader.slots:
            live = downloader.slots[host]
            live.delay, live.concurrency, live.jitter = slot["delay"], 1, 0.0

    def params(self, **extra: Any) -> str:
        p = {"db": "pubmed", **extra, "tool": self.settings.get("NCBI_TOOL") or "isletwatch",
             "email": self.settings.get("CONTACT")}
        if self.settings.get("NCBI_API_KEY"):
            p["api_key"] = self.settings.get("NCBI_API_KEY")
        return urlencode(p)

    def first_requests(self) -> Iterator[Any]:
        self.rate_limit()
        yield self.search(self.since(), self.until())

    def search(self, start: date, end: date) -> Any:
        """esearch for the records that entered PubMed from `start` to `end` (both included)."""
        query = self.params(term=self.settings.get("PUBMED_TERM"), usehistory="y", datetype="edat",
                            mindate=start.strftime("%Y/%m/%d"), maxdate=end.strftime("%Y/%m/%d"),
                            retmax=self.settings.getint("PUBMED_PAGE_SIZE"))
        return self.get(f"{self.base_url}/esearch.fcgi?{query}", self.parse_search,
                        window=[start.isoformat(), end.isoformat()])

    def parse_search(self, response: Response) -> Iterator[Any]:
        try:
            root = etree.fromstring(response.body)
        except etree.XMLSyntaxError as exc:
            self.fail(f"esearch answer is not well-formed XML ({exc}); nothing fetched this run")
            return
        error = root.findtext("ERROR")
        if error:
            self.fail(f"esearch error: {error}")
            return
        count = int(root.findtext("Count") or 0)
        webenv, query_key = root.findtext("WebEnv"), root.findtext("QueryKey")
        limit = self.settings.getint("PUBMED_MAX_RECORDS", 9999)
        if count > limit:
            window = response.meta.get("window") or [self.since().isoformat(), self.until().isoformat()]
            start, end = _to_date(window[0]), _to_date(window[1])
            parts = split_window(start, end, math.ceil(count / (limit * 0.8)))
            if len(parts) > 1:
                self.logger.info("pubmed: %d records entered from %s to %s, more than one search returns (%d); "
                                 "searching %d shorter windows", count, start, end, limit, len(parts))
                for a, b in parts:
                    yield self.search(a, b)
                return
            self.fail(f"{count} records entered PubMed on {start} alone; only the first {limit} can be fetched")
            count = limit
        self.crawler.stats.inc_value("isletwatch/pubmed_found", count)
        page = self.settings.getint("PUBMED_PAGE_SIZE")
        if count == 0:
            self.logger.info("pubmed: nothing new since %s", self.since())
            return
        if not (webenv and query_key):
            ids = [i.text for i in root.findall("IdList/Id") if i.text]
            if len(ids) < count:
                self.fail(f"esearch gave no history (WebEnv) and only {len(ids)} of {count} ids")
            yield self.get(f"{self.base_url}/efetch.fcgi?{self.params(id=','.join(ids), retmode='xml')}",
                           self.parse_fetch)
            return
        for start in range(0, count, page):
            query = self.params(query_key=query_key, WebEnv=webenv, retstart=start, retmax=page, retmode="xml")
            yield self.get(f"{self.base_url}/efetch.fcgi?{query}", self.parse_fetch)

    def parse_fetch(self, response: Response) -> Iterator[DocumentItem]:
        try:
            root = etree.fromstring(response.body)
        except etree.XMLSyntaxError as exc:
            root = etree.fromstring(response.body, etree.XMLParser(recover=True))
            # the parser closes a cut-off article itself; only those whose end tag arrived are whole
            complete = response.body.count(b"</PubmedArticle>")
            articles = root.findall("PubmedArticle")[:complete] if root is not None else []
            self.fail(f"efetch page {response.url} is not well-formed XML ({exc}); "
                      f"{len(articles)} complete articles salvaged")
        else:
            articles = root.findall("PubmedArticle")
        yield from self.items_from(articles, parse_article, response)
