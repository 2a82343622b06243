"""The demo corpus (demo/corpus/) is well-formed, complete, consistent and reproducible.

What the replay server serves to the real spiders in `make demo` must parse in
each source's format, every page a spider is led to must be recorded, the
catalog must agree with the bodies, and the generator must rebuild exactly
what is committed. The request-matching rule is the replay's (host and path
equal, recorded parameters a subset of the request's, most parameters wins).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

etree = pytest.importorskip("lxml.etree")
lxml_html = pytest.importorskip("lxml.html")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "demo" / "corpus"
SOURCES = ("pubmed", "europepmc", "clinicaltrials", "biorxiv", "news")
CELL_TERMS = re.compile(r"stem[ -]cell|islet|cell therap|beta[- ]cell|β[- ]cell|mesenchymal|pluripotent|"
                        r"hypoimmune|zimislecel|VX-880|VX-264|donislecel|Lantidra|iPS", re.I)
DIABETES_TERMS = re.compile(r"diabet", re.I)


# --------------------------------------------------------------------------- loading and matching
def manifests() -> list[tuple[Path, int, dict]]:
    out = []
    for path in sorted(CORPUS.rglob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                out.append((path, n, json.loads(line)))
    return out


class Replay:
    """The corpus as the replay server sees it."""

    def __init__(self) -> None:
        self.entries = []
        for path, _, rec in manifests():
            parts = urlsplit(rec["url"])
            self.entries.append((parts.netloc.lower(), parts.path or "/", parse_qsl(parts.query), rec, path.parent))

    def match(self, url: str) -> tuple[dict, Path] | None:
        parts = urlsplit(url)
        asked = set(parse_qsl(parts.query, keep_blank_values=True))
        best = None
        for host, path, params, rec, base in self.entries:
            if host == parts.netloc.lower() and path == (parts.path or "/") and all(p in asked for p in params):
                if best is None or len(params) > len(best[0]):
                    best = (params, rec, base)
        return (best[1], best[2]) if best else None

    def body(self, url: str) -> tuple[int, dict, bytes]:
        found = self.match(url)
        assert found, f"no recording for {url}"
        rec, base = found
        reply = (rec.get("responses") or [rec])[-1]
        data = (base / reply["body_file"]).read_bytes() if "body_file" in reply else reply.get("body", "").encode()
        return reply.get("status", 200), reply.get("headers", {}), data

    def follow(self, url: str, hops: int = 5) -> tuple[str, bytes, dict]:
        for _ in range(hops):
            status, headers, data = self.body(url)
            if status in (301, 302, 303, 307, 308):
                url = headers["Location"]
                continue
            assert status == 200, f"{url} answers {status}"
            return url, data, headers
        raise AssertionError(f"redirect loop from {url}")

    def json(self, url: str):
        return json.loads(self.body(url)[2])


@pytest.fixture(scope="module")
def replay() -> Replay:
    return Replay()


@pytest.fixture(scope="module")
def catalog() -> list[dict]:
    return json.loads((CORPUS / "catalog.json").read_text(encoding="utf-8"))


def source_of(doc: dict) -> str:
    return "biorxiv" if doc["source"] in ("biorxiv", "medrxiv") else doc["source"]


# --------------------------------------------------------------------------- format validity
def test_every_manifest_line_is_a_valid_exchange():
    lines = manifests()
    assert len(lines) > 100
    for path, n, rec in lines:
        where = f"{path.relative_to(CORPUS)}:{n}"
        assert isinstance(rec, dict), where
        parts = urlsplit(rec.get("url", ""))
        assert parts.scheme in ("http", "https") and parts.netloc, where
        assert rec.get("method", "GET") in ("GET", "HEAD", "POST"), where
        for reply in rec.get("responses") or [rec]:
            assert isinstance(reply.get("status", 200), int) and 100 <= reply.get("status", 200) < 600, where
            headers = reply.get("headers", {})
            assert isinstance(headers, dict) and all(isinstance(v, str) for v in headers.values()), where
            assert ("body" in reply) != ("body_file" in reply), f"{where}: exactly one of body/body_file"
            if "body_file" in reply:
                body = (path.parent / reply["body_file"]).resolve()
                assert body.is_file(), f"{where}: {body} missing"
                assert CORPUS.resolve() in body.parents, f"{where}: body outside the corpus"
            if 300 <= reply.get("status", 200) < 400:
                assert headers.get("Location", "").startswith("https://"), where
            else:
                assert "Content-Type" in headers, where


def test_no_two_recordings_for_the_same_request():
    seen = Counter()
    for _, _, rec in manifests():
        parts = urlsplit(rec["url"])
        seen[(rec.get("method", "GET"), parts.netloc, parts.path, frozenset(parse_qsl(parts.query)))] += 1
    assert [k for k, v in seen.items() if v > 1] == []


def test_every_body_parses_in_its_format():
    counts = Counter()
    for path, n, rec in manifests():
        for reply in rec.get("responses") or [rec]:
            if "body_file" not in reply:
                continue
            data = (path.parent / reply["body_file"]).read_bytes()
            ctype = reply["headers"]["Content-Type"]
            charset = (re.search(r"charset=([\w-]+)", ctype) or [None, "utf-8"])[1]
            where = f"{path.relative_to(CORPUS)}:{n} {reply['body_file']}"
            if "xml" in ctype:
                root = etree.fromstring(data)  # external DTDs are not loaded
                assert root is not None, where
                counts["xml"] += 1
            elif "json" in ctype:
                json.loads(data.decode(charset))
                counts["json"] += 1
            elif "html" in ctype:
                text = data.decode(charset)
                doc = lxml_html.fromstring(text)
                declared = doc.xpath("//meta/@charset")
                assert declared and declared[0].lower() == charset.lower(), f"{where}: meta charset vs header"
                assert doc.xpath("//h1"), where
                counts["html"] += 1
            else:
                raise AssertionError(f"{where}: unexpected Content-Type {ctype}")
    assert counts["xml"] >= 8 and counts["json"] >= 15 and counts["html"] >= 35, counts


def test_pubmed_xml_has_the_doctype_and_the_fields_the_spider_reads(replay):
    status, headers, data = replay.body("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed"
                                        "&query_key=1&WebEnv=" + _webenv(replay) + "&retstart=0&retmax=200")
    assert data.decode().splitlines()[1].startswith('<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle')
    root = etree.fromstring(data)
    structured = 0
    for art in root.findall("PubmedArticle"):
        cit = art.find("MedlineCitation")
        assert cit.findtext("PMID") and cit.findtext("Article/ArticleTitle")
        assert cit.find("Article/Journal/JournalIssue/PubDate/Year") is not None
        assert cit.findall("Article/AuthorList/Author")
        assert cit.findall("Article/PublicationTypeList/PublicationType")
        assert art.find("PubmedData/History/PubMedPubDate[@PubStatus='entrez']") is not None
        ids = {a.get("IdType") for a in art.findall("PubmedData/ArticleIdList/ArticleId")}
        assert {"pubmed", "doi"} <= ids
        structured += bool(cit.findall("Article/Abstract/AbstractText[@Label][@NlmCategory]"))
    assert structured >= 4
    assert root.findall(".//DataBankList/DataBank[DataBankName='ClinicalTrials.gov']/AccessionNumberList/"
                        "AccessionNumber")
    assert root.findall(".//AffiliationInfo/Affiliation")


def _webenv(replay: Replay) -> str:
    root = etree.fromstring(replay.body("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed"
                                        "&usehistory=y&term=x")[2])
    return root.findtext("WebEnv")


# --------------------------------------------------------------------------- the spiders' requests resolve
def test_pubmed_requests_resolve_one_page_or_two(replay, catalog):
    esearch = etree.fromstring(replay.body(
        "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?" + urlencode(
            {"db": "pubmed", "term": "stem cell AND diabet*", "usehistory": "y", "datetype": "edat",
             "mindate": "2021/01/01", "maxdate": "2026/11/25", "retmax": 200, "tool": "isletwatch",
             "email": "isletwatch@example.org"}))[2])
    count, webenv, key = int(esearch.findtext("Count")), esearch.findtext("WebEnv"), esearch.findtext("QueryKey")
    assert webenv and key and count == len(esearch.findall("IdList/Id"))
    expected = {d["id"].removeprefix("pmid:") for d in catalog if d["source"] == "pubmed"}
    assert {i.text for i in esearch.findall("IdList/Id")} == expected

    def efetch(start: int, size: int) -> list[str]:
        url = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?" + urlencode(
            {"db": "pubmed", "query_key": key, "WebEnv": webenv, "retstart": start, "retmax": size,
             "retmode": "xml", "tool": "isletwatch"})
        return [p.text for p in etree.fromstring(replay.body(url)[2]).iter("PMID") if p.getparent().tag ==
                "MedlineCitation"]

    assert set(efetch(0, 200)) == expected                      # one page, the spider's default size
    pages = [efetch(s, 10) for s in range(0, count, 10)]         # two pages of ten
    assert len(pages) == 2 and set(pages[0]) | set(pages[1]) == expected and not set(pages[0]) & set(pages[1])


def test_europepmc_cursor_chain_ends_and_covers_hitcount(replay, catalog):
    cursor, seen, ids, pages = "*", set(), [], 0
    while True:
        url = "https://www.ebi.ac.uk/europepmc/webservices/rest/search?" + urlencode(
            {"query": "(stem cell) AND diabetes AND FIRST_IDATE:[2015-01-01 TO 2026-11-25]", "format": "json",
             "resultType": "core", "pageSize": 100, "cursorMark": cursor, "email": "x@example.org"})
        data = replay.json(url)
        pages += 1
        results = data["resultList"]["result"]
        ids += [(r["source"], r["id"]) for r in results]
        for r in results:
            assert {"id", "source", "title", "authorString", "pubYear", "abstractText", "pubTypeList",
                    "firstPublicationDate"} <= set(r)
        nxt = data.get("nextCursorMark")
        if not results or not nxt or nxt in seen:
            break
        seen.add(nxt)
        cursor = nxt
    assert pages >= 3 and len(ids) == data["hitCount"] == len(set(ids))
    assert {s for s, _ in ids} >= {"MED", "PPR", "PMC"}
    assert len(ids) == sum(d["source"] == "europepmc" for d in catalog)


def test_clinicaltrials_token_chain(replay, catalog):
    base = "https://clinicaltrials.gov/api/v2/studies?" + urlencode(
        {"format": "json", "query.cond": "diabetes", "query.intr": "stem cell OR islet",
         "filter.advanced": "AREA[LastUpdatePostDate]RANGE[2021-01-01,MAX]", "pageSize": 100, "countTotal": "true"})
    data, ncts, pages, seen = replay.json(base), [], 0, set()
    assert data["totalCount"] == sum(d["source"] == "clinicaltrials" for d in catalog)
    while True:
        pages += 1
        for s in data["studies"]:
            proto = s["protocolSection"]
            assert {"identificationModule", "statusModule", "sponsorCollaboratorsModule", "descriptionModule",
                    "conditionsModule", "designModule", "armsInterventionsModule",
                    "contactsLocationsModule"} <= set(proto)
            assert proto["designModule"]["phases"] and proto["designModule"]["enrollmentInfo"]["count"]
            assert s["hasResults"] == ("resultsSection" in s)
            ncts.append(proto["identificationModule"]["nctId"])
        if "nextPageToken" not in data:
            break
        assert data["nextPageToken"] not in seen, "page token repeats"
        seen.add(data["nextPageToken"])
        data = replay.json(base + "&" + urlencode({"pageToken": data["nextPageToken"]}))
    assert pages == 2 and len(ncts) == len(set(ncts)) == sum(d["source"] == "clinicaltrials" for d in catalog)
    plain = replay.json("https://clinicaltrials.gov/api/v2/studies?" + urlencode({"pageToken": next(iter(seen))}))
    assert "totalCount" not in plain and "totalCount" not in data  # only the first page counts
    with_results = [s for s in replay.json(base)["studies"] if s["hasResults"]]
    assert with_results, "some registry records must have posted results"


def _months(first: str, last: str):
    import calendar
    y, m = map(int, first.split("-"))
    while (y, m) <= tuple(map(int, last.split("-"))):
        yield f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def test_preprint_months_page_by_cursor_like_the_spider(replay, catalog):
    dois, paged_months = Counter(), []
    for server in ("biorxiv", "medrxiv"):
        for start, end in _months("2015-01", "2027-12"):
            cursor, pages = 0, 0
            while True:
                data = replay.json(f"https://api.biorxiv.org/details/{server}/{start}/{end}/{cursor}")
                msg, coll = data["messages"][0], data["collection"]
                if not coll:
                    assert msg["status"] == "no posts found"
                    break
                pages += 1
                assert msg["status"] == "ok" and msg["interval"] == f"{start}:{end}" and int(msg["cursor"]) == cursor
                for r in coll:
                    assert set(r) >= {"doi", "title", "authors", "author_corresponding",
                                      "author_corresponding_institution", "date", "version", "type", "license",
                                      "category", "jatsxml", "abstract", "published", "server"}
                    assert start <= r["date"] <= end and r["server"].lower() == server
                    dois[r["doi"]] += 1
                cursor += int(msg["count"])
                if cursor >= int(msg["total"]):
                    break
            if pages > 1:
                paged_months.append((server, start))
    assert paged_months, "one month must need two pages"
    expected = {d["id"].removeprefix("doi:") for d in catalog if d["source"] in ("biorxiv", "medrxiv")}
    assert set(dois) == expected and max(dois.values()) == 1


def test_news_discovery_reaches_every_page_and_only_recorded_pages(replay, catalog):
    news = {d["url"]: d for d in catalog if d["source"] == "news"}
    feeds = (CORPUS / "feeds.txt").read_text().split()
    links = []
    for feed in feeds:
        root = etree.fromstring(replay.body(feed)[2])
        atom = "{http://www.w3.org/2005/Atom}"
        links += [i.findtext("link") for i in root.iter("item")] + \
                 [e.get("href") for e in root.iter(f"{atom}link") if e.get("rel") == "alternate"
                  and e.getparent().tag == f"{atom}entry"]
    gdelt = replay.json("https://api.gdeltproject.org/api/v2/doc/doc?query=stem%20cell%20diabetes&mode=artlist"
                        "&format=json&maxrecords=250&sort=datedesc&startdatetime=20260801000000")
    for a in gdelt["articles"]:
        assert set(a) == {"url", "url_mobile", "title", "seendate", "socialimage", "domain", "language",
                          "sourcecountry"}
        assert re.fullmatch(r"\d{8}T\d{6}Z", a["seendate"])
        links.append(a["url"])
    reached = set()
    for link in links:
        final, data, headers = replay.follow(link)
        final = final.split("?")[0]
        assert final in news, f"{link} leads to {final}, which is not in the catalog"
        reached.add(final)
    assert reached == set(news), f"unreachable: {set(news) - reached}"
    assert len(links) > len(reached), "some pages must be discovered twice"


def test_every_host_has_a_robots_txt_allowing_what_is_served(replay):
    from urllib.robotparser import RobotFileParser
    hosts = {urlsplit(rec["url"]).netloc for _, _, rec in manifests()}
    for host in hosts:
        status, _, data = replay.body(f"https://{host}/robots.txt")
        assert status == 200
        robots = RobotFileParser()
        robots.parse(data.decode().splitlines())
        for _, _, rec in manifests():
            if urlsplit(rec["url"]).netloc == host and not rec["url"].endswith("/robots.txt"):
                assert robots.can_fetch("IsletWatch/0.1", rec["url"]), rec["url"]


# --------------------------------------------------------------------------- content: counts, relevance, stories
def test_counts_per_source(catalog):
    counts = {s: Counter() for s in SOURCES}
    for d in catalog:
        c = counts[source_of(d)]
        c["duplicate" if d["duplicate_of"] else "relevant" if d["relevant"] else "irrelevant"] += 1
    unique = {d["id"] for d in catalog if d["relevant"] and not d["duplicate_of"]}
    print({s: dict(c) for s, c in counts.items()}, "unique relevant:", len(unique))
    assert len(unique) >= 60
    assert all(counts[s]["relevant"] >= 5 for s in SOURCES), counts
    assert sum(c["irrelevant"] for c in counts.values()) >= 10
    assert all(c["irrelevant"] >= 2 for c in counts.values()), counts
    assert 2 <= counts["news"]["duplicate"] <= 5
    urls = {d["url"] for d in catalog}
    assert all(d["duplicate_of"] in urls for d in catalog if d["duplicate_of"])
    years = Counter(d["date"][:4] for d in catalog if d["relevant"])
    assert all(years[y] >= 3 for y in ("2021", "2022", "2023", "2024", "2025")), years
    assert set(d["story"] for d in catalog) >= {"tianjin", "shanghai", "vertex", "vx264", "sana", "viacyte",
                                                "lantidra", "msc", "irrelevant"}


def _texts(replay: Replay, catalog: list[dict]) -> dict[str, str]:
    """Title + main text of every catalogued document, read from the recorded bodies."""
    out: dict[str, str] = {}
    efetch = [rec for _, _, rec in manifests() if "efetch.fcgi" in rec["url"] and "retmax" not in rec["url"]][0]
    for art in etree.fromstring(replay.body(efetch["url"])[2]).findall("PubmedArticle"):
        out["pmid:" + art.findtext("MedlineCitation/PMID")] = " ".join(art.find("MedlineCitation/Article").itertext())
    for _, _, rec in manifests():
        if rec["url"].endswith("/robots.txt"):
            continue
        if "europepmc" in rec["url"]:
            for r in replay.json(rec["url"])["resultList"]["result"]:
                key = next(d["id"] for d in catalog if d["source"] == "europepmc" and d["url"].endswith(
                    f"/{r['source']}/{r['id']}"))
                out.setdefault(key, r["title"] + " " + r["abstractText"])
        elif "clinicaltrials.gov/api" in rec["url"]:
            for s in replay.json(rec["url"])["studies"]:
                out["nct:" + s["protocolSection"]["identificationModule"]["nctId"]] = json.dumps(s["protocolSection"])
        elif "api.biorxiv.org" in rec["url"]:
            for r in replay.json(rec["url"])["collection"]:
                out["doi:" + r["doi"]] = r["title"] + " " + r["abstract"]
    for d in catalog:
        if d["source"] == "news":
            _, data, headers = replay.follow(d["url"])
            charset = re.search(r"charset=([\w-]+)", headers["Content-Type"])[1]
            doc = lxml_html.fromstring(data.decode(charset))
            out[d["url"]] = " ".join(doc.xpath("//h1//text()") + doc.xpath("//div[@class='article-body']//text()"))
    return out


def test_relevant_documents_name_cells_and_diabetes_and_irrelevant_ones_do_not(replay, catalog):
    texts = _texts(replay, catalog)
    for d in catalog:
        text = texts[d["id"] if d["source"] != "news" else d["url"]]
        both = bool(CELL_TERMS.search(text)) and bool(DIABETES_TERMS.search(text))
        assert both == d["relevant"], f"{d['source']} {d['id']}: relevant={d['relevant']} but terms say {both}"


def _shingles(text: str, k: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def test_wire_copies_are_near_duplicates_of_their_original(replay, catalog):
    texts = _texts(replay, catalog)
    copies = [d for d in catalog if d["duplicate_of"]]
    for d in copies:
        a, b = _shingles(texts[d["url"]]), _shingles(texts[d["duplicate_of"]])
        assert len(a & b) / len(a | b) >= 0.7, d["url"]
        original = next(o for o in catalog if o["url"] == d["duplicate_of"])
        assert original["date"] <= d["date"] and urlsplit(original["url"]).netloc != urlsplit(d["url"]).netloc
    others = [d for d in catalog if d["source"] == "news" and not d["duplicate_of"] and d["story"] == "tianjin"]
    for i, x in enumerate(others):
        for y in others[i + 1:]:
            a, b = _shingles(texts[x["url"]]), _shingles(texts[y["url"]])
            assert len(a & b) / len(a | b) < 0.5, (x["url"], y["url"])


def test_the_tianjin_story_is_retold_with_differing_figures_and_hype(replay, catalog):
    texts = _texts(replay, catalog)
    tianjin = [texts[d["url"]] for d in catalog if d["source"] == "news" and d["story"] == "tianjin"]
    joined = "\n".join(tianjin)
    for figure in ("75 days", "two and a half months", "2.5 months", "more than a year", "over one year",
                   "one year", "over a year"):
        assert figure in joined, figure
    headlines = " ".join(d["title"].lower() for d in catalog if d["source"] == "news")
    for word in ("cure", "miracle", "breakthrough", "reverse", "landmark"):
        assert word in headlines, word


# --------------------------------------------------------------------------- reproducible
def test_generator_rebuilds_the_committed_corpus(tmp_path):
    out = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "demo" / "build_corpus.py"), "--out", str(out)], check=True,
                   capture_output=True, timeout=120)
    built = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    committed = {p.relative_to(CORPUS): p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()}
    assert set(built) == set(committed)
    assert [str(p) for p in built if built[p] != committed[p]] == []
