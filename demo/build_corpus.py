#!/usr/bin/env python3
"""Build the offline demo corpus (demo/corpus/) from the story definitions in demo/content/.

    python demo/build_corpus.py          # rewrite demo/corpus/ (needs lxml; no network)

The output is what the replay server serves to the real spiders: one manifest
per source (`*.jsonl`, one recorded exchange per line) plus the body files, each
in its source's real wire format:

  pubmed/          NCBI E-utilities esearch (eSearchResult) and efetch (PubmedArticleSet)
  europepmc/       Europe PMC REST search, resultType=core, cursorMark paging
  clinicaltrials/  ClinicalTrials.gov API v2 /api/v2/studies, pageToken paging
  biorxiv/         bioRxiv and medRxiv `details` API, cursor in the path
  news/            RSS 2.0 and Atom feeds, GDELT DOC 2.0 artlist JSON, article HTML pages
  robots/          robots.txt for every host

It also writes catalog.json (every document: source, id, date, title, story,
relevant, duplicate_of) and README.md (the same as a table plus the requests
the spiders are expected to make). Rerunning gives byte-identical output.
"""
from __future__ import annotations

import calendar
import html
import json
import re
import shutil
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from lxml import etree

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"
sys.path.insert(0, str(HERE))

from content import clinicaltrials as C_CT  # noqa: E402
from content import europepmc as C_EPMC  # noqa: E402
from content import news as C_NEWS  # noqa: E402
from content import preprints as C_PRE  # noqa: E402
from content import pubmed as C_PUBMED  # noqa: E402

EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
EPMC = "https://www.ebi.ac.uk/europepmc/webservices/rest/search"
CTGOV = "https://clinicaltrials.gov/api/v2/studies"
BIORXIV = "https://api.biorxiv.org/details"
GDELT = "https://api.gdeltproject.org/api/v2/doc/doc"

# Paging choices (see README "Requests the spiders make").
PUBMED_WEBENV = "MCID_6712f3a9c1e4b05a2d7c9e81"
PUBMED_PAGE = 10            # efetch pages recorded for retmax=10 (plus a retstart=0 page holding all)
EPMC_PAGE = 8               # records per cursorMark page
CTGOV_PAGE = 7              # studies per pageToken page
BIORXIV_PAGE = 30           # the details API returns 30 records a call (older docs say 100)
PREPRINT_MONTHS = ("2015-01", "2027-12")   # every calendar month the biorxiv spider may ask for


# --------------------------------------------------------------------------- output helpers
class Manifest:
    """Collects exchanges for one manifest file; body files live beside it."""

    def __init__(self, folder: str, name: str = "manifest.jsonl"):
        self.dir = OUT / folder  # OUT may be replaced by --out before any Manifest is made
        self.name = name
        self.lines: list[dict[str, Any]] = []

    def body(self, rel: str, data: bytes | str) -> str:
        path = self.dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return rel

    def add(self, url: str, body_file: str | None = None, *, body: str | None = None, status: int = 200,
            headers: dict[str, str] | None = None, note: str | None = None, **extra: Any) -> None:
        line: dict[str, Any] = {"url": url, "method": "GET", "status": status, "headers": headers or {}}
        if body_file is not None:
            line["body_file"] = body_file
        if body is not None:
            line["body"] = body
        line.update(extra)
        if note:
            line["note"] = note
        self.lines.append(line)

    def write(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / self.name, "w", encoding="utf-8") as fh:
            for line in self.lines:
                fh.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")


CATALOG: list[dict[str, Any]] = []
REQUESTS: dict[str, list[str]] = defaultdict(list)


def catalog(source: str, doc_id: str, date: str, title: str, story: str, relevant: bool, url: str,
            duplicate_of: str | None = None, kind: str = "", also_in: list[str] | None = None) -> None:
    CATALOG.append({"source": source, "id": doc_id, "date": date, "title": title, "story": story,
                    "relevant": relevant, "duplicate_of": duplicate_of, "kind": kind, "url": url,
                    "also_in": also_in or []})


def jdump(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent) + ("\n" if indent else "")


def xml_bytes(root: etree._Element, doctype: str, decl: str = '<?xml version="1.0" ?>') -> bytes:
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    return (decl + "\n" + doctype + "\n" + body).encode("utf-8")


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None and re.search(r"</?(?:sup|sub|i|b)>", str(text)):
        # inline markup that PubMed keeps in titles and abstracts (<sup>, <i>, <sub>)
        marked = re.sub(r"<(?!/?(?:sup|sub|i|b)>)", "&lt;", str(text).replace("&", "&amp;"))
        frag = etree.fromstring(f"<x>{marked}</x>")
        el.text = frag.text
        for child in frag:
            el.append(child)
    elif text is not None:
        el.text = str(text)
    return el


def initials(forename: str) -> str:
    return "".join(p[0] for p in re.split(r"[\s\-]+", forename) if p)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------- PubMed
def ymd(parent: etree._Element, tag: str, date: tuple, pad: bool = True, **attrs: str) -> None:
    el = sub(parent, tag, **attrs)
    y, m, d = date[:3]
    sub(el, "Year", str(y))
    sub(el, "Month", f"{m:02d}" if pad else str(m))
    sub(el, "Day", f"{d:02d}" if pad else str(d))
    if len(date) > 3:
        sub(el, "Hour", str(date[3]))
        sub(el, "Minute", str(date[4]))


def pubmed_article(r: dict[str, Any]) -> etree._Element:
    art_el = etree.Element("PubmedArticle")
    mc = sub(art_el, "MedlineCitation", Status=r.get("status", "MEDLINE"), Owner=r.get("owner", "NLM"),
             IndexingMethod=r.get("indexing"))
    sub(mc, "PMID", r["pmid"], Version="1")
    if r.get("date_completed"):
        ymd(mc, "DateCompleted", r["date_completed"])
    ymd(mc, "DateRevised", r["date_revised"])
    j = r["journal"]
    article = sub(mc, "Article", PubModel=r.get("pubmodel", "Print-Electronic"))
    journal = sub(article, "Journal")
    sub(journal, "ISSN", j["issn"][1], IssnType=j["issn"][0])
    ji = sub(journal, "JournalIssue", CitedMedium=j.get("cited_medium", "Internet"))
    if j.get("volume"):
        sub(ji, "Volume", j["volume"])
    if j.get("issue"):
        sub(ji, "Issue", j["issue"])
    pd = sub(ji, "PubDate")
    for tag, val in zip(("Year", "Month", "Day"), j["pubdate"]):
        if val:
            sub(pd, tag, val)
    sub(journal, "Title", j["title"])
    sub(journal, "ISOAbbreviation", j["iso"])
    sub(article, "ArticleTitle", r["title"])
    if r.get("pages"):
        pag = sub(article, "Pagination")
        first, _, last = r["pages"].partition("-")
        sub(pag, "StartPage", first)
        if last:
            sub(pag, "EndPage", last)
        sub(pag, "MedlinePgn", r["pages"])
    if r.get("pii"):
        sub(article, "ELocationID", r["pii"], EIdType="pii", ValidYN="Y")
    sub(article, "ELocationID", r["doi"], EIdType="doi", ValidYN="Y")
    abstract = sub(article, "Abstract")
    if isinstance(r["abstract"], str):
        sub(abstract, "AbstractText", r["abstract"])
    else:
        for label, category, text in r["abstract"]:
            sub(abstract, "AbstractText", text, Label=label, NlmCategory=category)
    if r.get("copyright"):
        sub(abstract, "CopyrightInformation", r["copyright"])
    alist = sub(article, "AuthorList", CompleteYN="Y")
    affils = r.get("affils", {})
    for a in r["authors"]:
        au = sub(alist, "Author", ValidYN="Y")
        if a[0].startswith("@"):
            sub(au, "CollectiveName", a[0][1:])
            continue
        last, fore, aff_ids = a[0], a[1], a[2] if len(a) > 2 else []
        sub(au, "LastName", last)
        sub(au, "ForeName", fore)
        sub(au, "Initials", initials(fore))
        for i in aff_ids:
            sub(sub(au, "AffiliationInfo"), "Affiliation", affils[i])
    sub(article, "Language", r.get("language", "eng"))
    if r.get("databanks"):
        dbl = sub(article, "DataBankList", CompleteYN="Y")
        for name, accs in r["databanks"]:
            db = sub(dbl, "DataBank")
            sub(db, "DataBankName", name)
            al = sub(db, "AccessionNumberList")
            for acc in accs:
                sub(al, "AccessionNumber", acc)
    if r.get("grants"):
        gl = sub(article, "GrantList", CompleteYN="Y")
        for gid, agency, country in r["grants"]:
            g = sub(gl, "Grant")
            if gid:
                sub(g, "GrantID", gid)
            sub(g, "Agency", agency)
            sub(g, "Country", country)
    ptl = sub(article, "PublicationTypeList")
    for ui, name in r["pubtypes"]:
        sub(ptl, "PublicationType", name, UI=ui)
    if r.get("article_date"):
        ymd(article, "ArticleDate", r["article_date"], DateType="Electronic")
    mji = sub(mc, "MedlineJournalInfo")
    sub(mji, "Country", j["country"])
    sub(mji, "MedlineTA", j["iso"])
    sub(mji, "NlmUniqueID", j["nlm_id"])
    sub(mji, "ISSNLinking", j.get("issn_linking", j["issn"][1]))
    if r.get("status", "MEDLINE") == "MEDLINE":
        sub(mc, "CitationSubset", "IM")
    if r.get("comments"):
        ccl = sub(mc, "CommentsCorrectionsList")
        for reftype, source, pmid in r["comments"]:
            cc = sub(ccl, "CommentsCorrections", RefType=reftype)
            sub(cc, "RefSource", source)
            sub(cc, "PMID", pmid, Version="1")
    if r.get("mesh"):
        mhl = sub(mc, "MeshHeadingList")
        for ui, name, major in r["mesh"]:
            mh = sub(mhl, "MeshHeading")
            sub(mh, "DescriptorName", name, UI=ui, MajorTopicYN="Y" if major else "N")
    if r.get("keywords"):
        kl = sub(mc, "KeywordList", Owner="NOTNLM")
        for kw in r["keywords"]:
            sub(kl, "Keyword", kw, MajorTopicYN="N")
    if r.get("coi"):
        sub(mc, "CoiStatement", r["coi"])
    pdata = sub(art_el, "PubmedData")
    hist = sub(pdata, "History")
    for status, date in r["history"]:
        ymd(hist, "PubMedPubDate", date, pad=False, PubStatus=status)
    sub(pdata, "PublicationStatus", r.get("pub_status", "ppublish"))
    ids = sub(pdata, "ArticleIdList")
    sub(ids, "ArticleId", r["pmid"], IdType="pubmed")
    if r.get("pmc"):
        sub(ids, "ArticleId", r["pmc"], IdType="pmc")
    sub(ids, "ArticleId", r["doi"], IdType="doi")
    if r.get("pii"):
        sub(ids, "ArticleId", r["pii"], IdType="pii")
    return art_el


PUBMED_DOCTYPE = ('<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
                  '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">')
ESEARCH_DOCTYPE = ('<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
                   '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">')


def article_set(records: list[dict[str, Any]]) -> bytes:
    root = etree.Element("PubmedArticleSet")
    for r in records:
        root.append(pubmed_article(r))
    return xml_bytes(root, PUBMED_DOCTYPE)


def build_pubmed() -> None:
    m = Manifest("pubmed")
    records = sorted(C_PUBMED.RECORDS, key=lambda r: r["history"][-1][1], reverse=True)  # newest entrez first
    term = C_PUBMED.ESEARCH_TERM
    root = etree.Element("eSearchResult")
    sub(root, "Count", str(len(records)))
    sub(root, "RetMax", str(len(records)))
    sub(root, "RetStart", "0")
    sub(root, "QueryKey", "1")
    sub(root, "WebEnv", PUBMED_WEBENV)
    idl = sub(root, "IdList")
    for r in records:
        sub(idl, "Id", r["pmid"])
    ts = sub(root, "TranslationSet")
    for frm, to in C_PUBMED.TRANSLATIONS:
        tr = sub(ts, "Translation")
        sub(tr, "From", frm)
        sub(tr, "To", to)
    sub(root, "QueryTranslation", C_PUBMED.QUERY_TRANSLATION)
    data = etree.tostring(root, encoding="unicode")
    esearch = ('<?xml version="1.0" encoding="UTF-8" ?>\n' + ESEARCH_DOCTYPE + "\n" + data + "\n")
    xml_headers = {"Content-Type": "text/xml; charset=UTF-8"}
    m.add(f"{EUTILS}/esearch.fcgi?db=pubmed&usehistory=y", m.body("esearch.xml", esearch), headers=xml_headers,
          note=f"any esearch with db=pubmed&usehistory=y (term, datetype, mindate, maxdate vary): {term}")
    base = f"{EUTILS}/efetch.fcgi?db=pubmed&query_key=1&WebEnv={PUBMED_WEBENV}"
    m.add(f"{base}&retstart=0", m.body("efetch-all.xml", article_set(records)), headers=xml_headers,
          note="retstart=0 with any retmax other than 10: every record (what NCBI returns for retmax >= Count)")
    for start in range(0, len(records), PUBMED_PAGE):
        page = records[start:start + PUBMED_PAGE]
        m.add(f"{base}&retstart={start}&retmax={PUBMED_PAGE}",
              m.body(f"efetch-{start:03d}.xml", article_set(page)), headers=xml_headers,
              note=f"page {start // PUBMED_PAGE + 1}: records {start + 1}-{start + len(page)}")
    m.write()
    REQUESTS["pubmed"] += [
        f"GET {EUTILS}/esearch.fcgi?db=pubmed&usehistory=y&term=…&datetype=edat&mindate=…&maxdate=… "
        f"→ Count {len(records)}, QueryKey 1, WebEnv {PUBMED_WEBENV}",
        f"GET {base}&retmode=xml&retstart=0&retmax=10, then retstart=10&retmax=10 (two pages), "
        f"or retstart=0 with retmax ≥ {len(records)} (one page holding all)",
    ]
    for r in records:
        catalog("pubmed", f"pmid:{r['pmid']}", "%04d-%02d-%02d" % r["history"][-1][1][:3], r["title"], r["story"],
                r["relevant"], f"https://pubmed.ncbi.nlm.nih.gov/{r['pmid']}/", kind=r.get("kind", "abstract"),
                also_in=r.get("also_in"))


# --------------------------------------------------------------------------- Europe PMC
def build_europepmc() -> None:
    m = Manifest("europepmc")
    results = [C_EPMC.core_record(r) for r in C_EPMC.RECORDS]
    headers = {"Content-Type": "application/json;charset=UTF-8"}
    cursors = ["*"] + C_EPMC.CURSORS
    pages = [results[i:i + EPMC_PAGE] for i in range(0, len(results), EPMC_PAGE)]
    assert len(cursors) >= len(pages) + 1
    for n, cursor in enumerate(cursors[:len(pages) + 1]):
        page = pages[n] if n < len(pages) else []
        nxt = cursors[n + 1] if n < len(pages) else cursor
        payload = {"version": "6.9", "hitCount": len(results), "nextCursorMark": nxt,
                   "request": {"queryString": C_EPMC.QUERY, "resultType": "core", "cursorMark": cursor,
                               "pageSize": EPMC_PAGE, "sort": "", "synonym": False},
                   "resultList": {"result": page}}
        name = f"search-{n + 1}.json"
        m.add(f"{EPMC}?format=json&resultType=core&cursorMark={cursor}", m.body(name, jdump(payload)),
              headers=headers, note=("last page: empty result list, nextCursorMark repeats the cursor"
                                     if not page else f"page {n + 1}"))
    m.write()
    REQUESTS["europepmc"] += [
        f"GET {EPMC}?query=…&format=json&resultType=core&pageSize=…&cursorMark=* then cursorMark="
        + ", ".join(cursors[1:len(pages) + 1]) + " (stop on an empty page or a repeated nextCursorMark)",
    ]
    for r in C_EPMC.RECORDS:
        doc_id = f"pmid:{r['pmid']}" if r.get("pmid") else (f"doi:{r['doi']}" if r.get("doi") else r["id"])
        catalog("europepmc", doc_id, r["first_pub"], r["title"], r["story"], r["relevant"],
                f"https://europepmc.org/article/{r['source']}/{r['id']}", kind=r.get("kind", "abstract"),
                duplicate_of=r.get("duplicate_of"), also_in=r.get("also_in"))


# --------------------------------------------------------------------------- ClinicalTrials.gov
def build_clinicaltrials() -> None:
    m = Manifest("clinicaltrials")
    studies = [C_CT.study(s) for s in C_CT.STUDIES]
    headers = {"Content-Type": "application/json"}
    pages = [studies[i:i + CTGOV_PAGE] for i in range(0, len(studies), CTGOV_PAGE)]
    tokens = C_CT.PAGE_TOKENS
    for n, page in enumerate(pages):
        payload: dict[str, Any] = {"studies": page}
        if n + 1 < len(pages):
            payload["nextPageToken"] = tokens[n]
        url = CTGOV if n == 0 else f"{CTGOV}?pageToken={tokens[n - 1]}"
        body = m.body(f"studies-{n + 1}.json", jdump(payload, indent=2))
        m.add(url, body, headers=headers,
              note=f"page {n + 1} of {len(pages)}" + (" (any query.cond/query.intr/filter.advanced)" if n == 0 else ""))
        if n > 0:  # the same page asked with countTotal=true: must beat the counted first page below
            m.add(f"{url}&countTotal=true", body, headers=headers, note=f"page {n + 1}, countTotal=true")
        if n == 0:  # countTotal=true adds totalCount to the first page
            counted = {"totalCount": len(studies), **payload}
            m.add(f"{CTGOV}?countTotal=true", m.body("studies-1-counted.json", jdump(counted, indent=2)),
                  headers=headers, note="page 1 with countTotal=true")
    m.write()
    REQUESTS["clinicaltrials"] += [
        f"GET {CTGOV}?query.cond=…&query.intr=…&filter.advanced=…&pageSize=…&format=json, then "
        + ", ".join(f"pageToken={t}" for t in tokens[:len(pages) - 1]) + " (no nextPageToken on the last page)",
    ]
    for s in C_CT.STUDIES:
        catalog("clinicaltrials", f"nct:{s['nct']}", s["first_post"], s["brief_title"], s["story"], s["relevant"],
                f"https://clinicaltrials.gov/study/{s['nct']}", kind="registry")


# --------------------------------------------------------------------------- bioRxiv / medRxiv
def months(first: str, last: str):
    """(YYYY-MM-01, YYYY-MM-last) for every calendar month from `first` to `last` (YYYY-MM)."""
    y, m = (int(x) for x in first.split("-"))
    ly, lm = (int(x) for x in last.split("-"))
    while (y, m) <= (ly, lm):
        yield f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def build_preprints() -> None:
    m = Manifest("biorxiv")
    headers = {"Content-Type": "application/json; charset=UTF-8"}
    empty = m.body("no-posts-found.json", jdump({"messages": [{"status": "no posts found"}], "collection": []}))
    first, last = PREPRINT_MONTHS
    paged = []
    for server in ("biorxiv", "medrxiv"):
        recs = sorted((C_PRE.details_record(r) for r in C_PRE.RECORDS if r["server"] == server),
                      key=lambda r: (r["date"], r["doi"]))
        n_pages = 0
        for start, end in months(first, last):
            month = [r for r in recs if start <= r["date"] <= end]
            base = f"{BIORXIV}/{server}/{start}/{end}"
            if not month:
                m.add(f"{base}/0", empty, headers=headers)
                continue
            total, cursor = len(month), 0
            while cursor < total:
                page = month[cursor:cursor + BIORXIV_PAGE]
                payload = {"messages": [{"status": "ok", "category": "all", "interval": f"{start}:{end}",
                                         "cursor": cursor, "count": len(page),
                                         "count_new_papers": str(sum(r["version"] == "1" for r in month)),
                                         "total": str(total)}],
                           "collection": page}
                m.add(f"{base}/{cursor}", m.body(f"{server}-{start[:7]}-{cursor:03d}.json", jdump(payload)),
                      headers=headers, note=f"{server} {start[:7]} cursor {cursor}: {len(page)} of {total}")
                n_pages += 1
                if total > BIORXIV_PAGE:
                    paged.append(f"{server} {start[:7]}: cursor {cursor} ({len(page)} of {total})")
                cursor += len(page)
            m.add(f"{base}/{cursor}", empty, headers=headers, note=f"{server} {start[:7]}: past the end")
        REQUESTS["biorxiv"].append(
            f"GET {BIORXIV}/{server}/YYYY-MM-01/YYYY-MM-<last day>/0 for every month {first}…{last} "
            f"(months without preprints answer `no posts found`); {len(recs)} {server} records on {n_pages} pages")
    REQUESTS["biorxiv"].append("two pages in one month: " + "; ".join(paged) + " (cursor += messages[0].count "
                               "while cursor < total)")
    m.write()
    for r in C_PRE.RECORDS:
        catalog(r["server"], f"doi:{r['doi']}", r["date"], r["title"], r["story"], r["relevant"],
                f"https://www.{r['server']}.org/content/{r['doi']}v{r.get('version', '1')}", kind="preprint",
                also_in=r.get("also_in"))


# --------------------------------------------------------------------------- news: pages, feeds, GDELT
def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso).astimezone(timezone.utc), usegmt=True)


def gdelt_seen(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def build_news() -> None:
    m = Manifest("news")
    articles = C_NEWS.ARTICLES
    by_key = {a["key"]: a for a in articles}
    for a in articles:
        outlet = C_NEWS.OUTLETS[a["outlet"]]
        page = C_NEWS.render_page(a)
        charset = outlet.get("charset", "utf-8")
        path = a["path"].rstrip("/")
        rel = f"pages/{outlet['host']}{path}" + ("" if path.endswith(".html") else ".html")
        headers = {"Content-Type": f"text/html; charset={charset}",
                   "Last-Modified": rfc822(a.get("modified", a["published"]))}
        m.add(C_NEWS.url(a), m.body(rel, page.encode(charset)), headers=headers, note=a["key"])
        catalog("news", C_NEWS.url(a), a["published"][:10], a["headline"], a["story"], a["relevant"], C_NEWS.url(a),
                duplicate_of=C_NEWS.url(by_key[a["copy_of"]]) if a.get("copy_of") else None,
                kind=a.get("kind", "news"))
    for hop in C_NEWS.REDIRECTS:
        m.add(hop["from"], body="", status=hop["status"], headers={"Location": hop["to"], "Content-Type": "text/html"},
              note="redirect hop")
    for feed in C_NEWS.FEEDS:
        body, ctype = C_NEWS.render_feed(feed, by_key)
        m.add(feed["url"], m.body(f"feeds/{feed['file']}", body), headers={"Content-Type": ctype},
              note=f"{feed['format']} feed, {len(feed['items'])} items")
    for q in C_NEWS.GDELT_QUERIES:
        payload = {"articles": [C_NEWS.gdelt_item(by_key[k]) for k in q["items"]]}
        m.add(f"{GDELT}?{q['match']}", m.body(f"gdelt/{q['file']}", jdump(payload, indent=1)),
              headers={"Content-Type": "application/json; charset=utf-8"}, note=q["note"])
    m.write()
    REQUESTS["news"] += [f"GET {f['url']} ({f['format']})" for f in C_NEWS.FEEDS]
    REQUESTS["news"] += [f"GET {GDELT}?{q['match']}&query=…&maxrecords=…&… ({q['note']})" for q in C_NEWS.GDELT_QUERIES]
    REQUESTS["news"].append(f"GET each article URL listed in the feeds and GDELT answers "
                            f"({len(articles)} pages, {len(C_NEWS.REDIRECTS)} redirect hops)")


# --------------------------------------------------------------------------- robots.txt
def build_robots() -> None:
    m = Manifest("robots")
    for host, text in sorted(C_NEWS.robots().items()):
        m.add(f"https://{host}/robots.txt", body=text, headers={"Content-Type": "text/plain"})
    m.write()


# --------------------------------------------------------------------------- README + catalog
SOURCE_ORDER = ["pubmed", "europepmc", "clinicaltrials", "biorxiv", "medrxiv", "news"]


def build_readme() -> None:
    CATALOG.sort(key=lambda d: (SOURCE_ORDER.index(d["source"]), d["date"], d["id"]))
    (OUT / "catalog.json").write_text(jdump(CATALOG, indent=1), encoding="utf-8")
    counts: dict[str, Counter] = defaultdict(Counter)
    for d in CATALOG:
        c = counts[d["source"]]
        c["records"] += 1
        if d["duplicate_of"]:
            c["duplicates"] += 1
        elif d["relevant"]:
            c["relevant"] += 1
        else:
            c["irrelevant"] += 1
        if d["also_in"]:
            c["cross_source"] += 1
    unique = {d["id"] for d in CATALOG if d["relevant"] and not d["duplicate_of"]}
    lines = [
        "# IsletWatch demo corpus",
        "",
        "Recorded HTTP exchanges, in each source's real wire format, that the replay server serves to the real",
        "spiders for `make demo` and the tests. **Generated** by `python demo/build_corpus.py` from",
        "`demo/content/`; edit the content there and rebuild, never the files here.",
        "",
        "The events are real and datable (papers, trials, approvals, press coverage 2021-2025); the wording is ours,",
        "the news outlets and their hostnames are invented, and so are most secondary documents (reviews,",
        "commentaries, small preprints). Identifiers of the landmark papers and trials are the real ones; others are",
        "illustrative. Nothing here is medical information.",
        "",
        "## Layout and recording format",
        "",
        "Each `*.jsonl` manifest line is one exchange: `url`, `method`, `status`, `headers`, and `body_file` (relative",
        "to the manifest) or inline `body`; `note` is a comment for humans. Matching (replay server): host and path",
        "equal, every query parameter of the recorded URL present in the request with the same value (extra request",
        "parameters allowed), most recorded parameters wins. So only page-identifying parameters are recorded.",
        "",
        "| folder | what |",
        "|---|---|",
        "| `pubmed/` | esearch (usehistory) + efetch PubMed XML pages (DOCTYPE pubmed_250101) |",
        "| `europepmc/` | REST search, `resultType=core`, three cursorMark pages (the last one empty) |",
        "| `clinicaltrials/` | API v2 studies, two pages linked by `nextPageToken`, results sections where posted |",
        "| `biorxiv/` | `details` API for bioRxiv (two pages) and medRxiv (one page), plus the past-the-end answer |",
        "| `news/` | RSS 2.0 and Atom feeds, GDELT DOC 2.0 artlist JSON, article pages (HTML), one redirect chain |",
        "| `robots/` | robots.txt for every host (API paths allowed) |",
        "| `catalog.json` | every document below, machine-readable (the tests count from it) |",
        "",
        "## Counts",
        "",
        "| source | records | relevant | irrelevant (filter drops) | wire copies (near-duplicates) | also in another source |",
        "|---|---|---|---|---|---|",
    ]
    for s in SOURCE_ORDER:
        c = counts[s]
        lines.append(f"| {s} | {c['records']} | {c['relevant']} | {c['irrelevant']} | {c['duplicates']} | {c['cross_source']} |")
    lines += [
        "",
        f"Unique relevant documents (a record in two sources counted once, wire copies not counted): **{len(unique)}**.",
        "",
        "## Requests the spiders make",
        "",
    ]
    for src in ("pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"):
        lines.append(f"**{src}**")
        lines.append("")
        lines += [f"- {r}" for r in REQUESTS[src]]
        lines.append("")
    lines += C_NEWS.README_NOTES
    lines += ["", "## Documents", ""]
    story_names = C_NEWS.STORIES
    for s in SOURCE_ORDER:
        docs = [d for d in CATALOG if d["source"] == s]
        lines += [f"### {s} ({len(docs)})", "", "| date | id | title | story | relevant | note |", "|---|---|---|---|---|---|"]
        for d in docs:
            note = []
            if d["duplicate_of"]:
                note.append(f"copy of {d['duplicate_of']}")
            if d["also_in"]:
                note.append("also in " + ", ".join(d["also_in"]))
            title = d["title"].replace("|", "\\|")
            lines.append(f"| {d['date']} | `{d['id']}` | {title} | {story_names.get(d['story'], d['story'])} | "
                         f"{'yes' if d['relevant'] else 'no'} | {'; '.join(note)} |")
        lines.append("")
    lines += ["## Stories", ""] + [f"- **{v}** (`{k}`)" for k, v in story_names.items()] + [""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    global OUT
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: demo/corpus)")
    OUT = parser.parse_args(argv).out.resolve()
    CATALOG.clear()
    REQUESTS.clear()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    build_pubmed()
    build_europepmc()
    build_clinicaltrials()
    build_preprints()
    build_news()
    build_robots()
    build_readme()
    (OUT / "feeds.txt").write_text("".join(f["url"] + "\n" for f in C_NEWS.FEEDS), encoding="utf-8")
    feeds = ",\n".join(f'    "{f["url"]}"' for f in C_NEWS.FEEDS)
    (OUT / "isletwatch-demo.toml").write_text(
        "# IsletWatch config for crawling the offline demo corpus (generated by demo/build_corpus.py).\n"
        "# Serve the corpus:  python -m isletwatch.crawlers.replay demo/corpus --port 8765\n"
        "# then crawl:        isletwatch crawl --config demo/corpus/isletwatch-demo.toml --source all\n"
        "# with the Scrapy settings of README.md (PUBMED_PAGE_SIZE=10, CRAWL_UNTIL=2025-12-31).\n"
        'store = "data/demo.db"\n\n[crawl]\n'
        'replay = "http://127.0.0.1:8765"\n'
        'since = "2021-01-01"\n'
        f"feeds = [\n{feeds},\n]\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(CATALOG)} documents)")


if __name__ == "__main__":
    main()
