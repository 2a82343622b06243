"""Crawl benchmark: documents/s through spider + pipelines on the replay, and the pipelines' overhead.

Generates synthetic pages in the real formats into a temporary replay
directory (news article pages listed by RSS feeds, and PubMed efetch XML),
crawls them with the real spiders, pipelines and a real SQLite store against
a local ReplayServer (politeness delays off, so the machine is measured, not
the manners), and compares the news crawl with trafilatura's extraction
alone on the same pages. Medians over --runs runs (default 3).

    .venv/bin/python benchmarks/bench_crawl.py [--quick] [--pages N] [--runs N]

Writes benchmarks/results/crawl.json and prints a table and a one-line summary.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "crawl.json"
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "DOWNLOAD_SLOTS": {}, "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "WARNING", "NEWS_GDELT": False,
        "CRAWL_DEFAULT_SINCE": "2024-09-01", "CRAWL_UNTIL": "2024-09-30", "PUBMED_PAGE_SIZE": 200}

TOPICS = [("islets grown from reprogrammed stem cells", "type 1 diabetes", True),
          ("a mesenchymal stem cell infusion", "type 2 diabetes", True),
          ("encapsulated beta cells under the skin", "type 1 diabetes", True),
          ("a new comet seen from the southern hemisphere", "amateur astronomy", False),
          ("a coral reef recovering after a heatwave", "marine biology", False)]
FILLER = ("Researchers said the findings need confirmation in larger groups of patients followed for longer. "
          "The study was funded by public grants and the authors declared no competing interests. "
          "Independent experts welcomed the work while noting that the follow-up was short. ")


def article(i: int, rng: random.Random) -> tuple[str, bool]:
    subject, field, relevant = TOPICS[i % len(TOPICS)]
    n = rng.randint(3, 40)
    paras = [f"A team reported on day {i} that {subject} helped {n} people with {field}, "
             f"and {rng.randint(1, n)} of them no longer needed daily treatment after {rng.randint(2, 18)} months.",
             *(FILLER * rng.randint(1, 3) for _ in range(rng.randint(3, 7))),
             f"The trial is registered as NCT0{5000000 + i} and the paper is at "
             f'<a href="https://doi.org/10.5555/bench.{i}">doi.org/10.5555/bench.{i}</a>.']
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i}: {subject}</title>'
            f'<meta property="og:title" content="Story {i}: {subject}">'
            f'<meta property="article:published_time" content="2024-09-{1 + i % 28:02d}T10:00:00Z">'
            f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Story {i}: {subject}",'
            f'"datePublished":"2024-09-{1 + i % 28:02d}T10:00:00Z","author":{{"name":"Reporter {i % 17}"}}}}</script>'
            f'</head><body><nav><a href="/">Home</a><a href="/health">Health</a></nav><article><h1>Story {i}: '
            f'{subject}</h1>{body}</article><aside>Most read: other stories</aside><footer>© Bench News</footer>'
            f"</body></html>")
    return html, relevant


def pubmed_xml(start: int, count: int) -> str:
    arts = "".join(
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{30000000 + i}</PMID>'
        f'<Article PubModel="Print"><Journal><JournalIssue><PubDate><Year>2024</Year><Month>Sep</Month></PubDate>'
        f'</JournalIssue><Title>Bench Journal</Title></Journal><ArticleTitle>Stem cell-derived islets in type 1 '
        f'diabetes: cohort {i}</ArticleTitle><Abstract><AbstractText Label="METHODS">We followed {i % 50 + 5} '
        f'patients.</AbstractText><AbstractText Label="RESULTS">{FILLER}</AbstractText></Abstract><AuthorList>'
        f'<Author><LastName>Author</LastName><ForeName>A</ForeName></Author></AuthorList><Language>eng</Language>'
        f'</Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">{30000000 + i}'
        f'</ArticleId><ArticleId IdType="doi">10.5555/pm.{i}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>'
        for i in range(start, start + count))
    return f'<?xml version="1.0" ?>\n<PubmedArticleSet>{arts}</PubmedArticleSet>'


def build_replay(root: Path, pages: int, papers: int) -> tuple[list[str], list[str]]:
    """Write the synthetic replay directory; returns (feed URLs, article HTML texts)."""
    rng = random.Random(7)
    (root / "pages").mkdir(parents=True)
    lines, htmls, feeds = [], [], []
    html_hdr = {"Content-Type": "text/html; charset=utf-8"}
    for i in range(pages):
        html, _ = article(i, rng)
        htmls.append(html)
        (root / "pages" / f"{i}.html").write_text(html, encoding="utf-8")
        lines.append({"url": f"https://bench{i % 4}.example/news/{i}", "headers": html_hdr, "body_file": f"pages/{i}.html"})
    for f in range(0, pages, 500):
        items = "".join(f"<item><title>Story {i}</title><link>https://bench{i % 4}.example/news/{i}?utm_source=rss</link>"
                        f"<pubDate>Sun, 01 Sep 2024 10:00:00 GMT</pubDate></item>" for i in range(f, min(pages, f + 500)))
        url = f"https://feeds.example/bench-{f}.rss"
        feeds.append(url)
        (root / f"feed-{f}.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>b</title>'
                                            f"{items}</channel></rss>", encoding="utf-8")
        lines.append({"url": url, "headers": {"Content-Type": "application/rss+xml"}, "body_file": f"feed-{f}.rss"})
    webenv = "MCID_bench"
    lines.append({"url": "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&usehistory=y",
                  "headers": {"Content-Type": "text/xml"},
                  "body": f"<eSearchResult><Count>{papers}</Count><QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv>"
                          f"<IdList/></eSearchResult>"})
    for start in range(0, papers, 200):
        (root / f"efetch-{start}.xml").write_text(pubmed_xml(start, min(200, papers - start)), encoding="utf-8")
        lines.append({"url": f"https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&WebEnv={webenv}"
                             f"&retstart={start}", "headers": {"Content-Type": "text/xml"},
                      "body_file": f"efetch-{start}.xml"})
    (root / "manifest.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return feeds, htmls


def crawl_once(replay_url: str, source: str, feeds: list[str], work: Path) -> dict:
    store = work / f"bench-{source}-{time.monotonic_ns()}.db"
    settings = {**FAST, "NEWS_FEEDS": feeds}
    cmd = [sys.executable, "-m", "isletwatch.crawlers.run", "--store", str(store), "--replay", replay_url,
           "--source", source, "--json"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={json.dumps(value)}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ISLETWATCH_")}
    env["ISLETWATCH_CONFIG"] = str(work / "none.toml")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=work, timeout=1800)
    if proc.returncode != 0:
        raise SystemExit(f"crawl failed:\n{proc.stderr[-3000:]}")
    summary = json.loads(proc.stdout)
    # spider open → close: the crawl itself, without the process start and imports
    return {"seconds": summary["elapsed"][source], **summary["sources"][source]}


def trafilatura_once(htmls: list[str]) -> float:
    import trafilatura

    started = time.perf_counter()
    for i, html in enumerate(htmls):
        trafilatura.bare_extraction(html, url=f"https://bench{i % 4}.example/news/{i}", with_metadata=True,
                                    include_comments=False, include_tables=False, favor_precision=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer pages (400 news, 1000 PubMed), for CI")
    parser.add_argument("--pages", type=int, help="news article pages (default 3000, quick 400)")
    parser.add_argument("--papers", type=int, help="PubMed records (default 4000, quick 1000)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = args.pages or (400 if args.quick else 3000)
    papers = args.papers or (1000 if args.quick else 4000)
    sys.path.insert(0, str(ROOT))
    from isletwatch.crawlers.replay import ReplayServer

    with tempfile.TemporaryDirectory(prefix="isletwatch-bench-") as tmp:
        work = Path(tmp)
        (work / "none.toml").write_text("")
        feeds, htmls = build_replay(work / "replay", pages, papers)
        rows = {}
        with ReplayServer([work / "replay"]) as server:
            for source in ("news", "pubmed"):
                runs = [crawl_once(server.url, source, feeds, work) for _ in range(args.runs)]
                secs = statistics.median(r["seconds"] for r in runs)
                items = runs[0]["items"]
                rows[source] = {"items": items, "stored": runs[0]["stored_new"],
                                "irrelevant": runs[0]["irrelevant"], "seconds_median": round(secs, 3),
                                "docs_per_s": round(items / secs, 1), "runs": [round(r["seconds"], 3) for r in runs]}
        base = statistics.median(trafilatura_once(htmls) for _ in range(args.runs))
    news = rows["news"]
    result = {
        "pages": pages, "papers": papers, "runs": args.runs, "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(), "sources": rows,
        "trafilatura_alone": {"seconds_median": round(base, 3), "docs_per_s": round(pages / base, 1)},
        "news_overhead_ratio": round(news["seconds_median"] / base, 2),
        "note": "politeness delays off (loopback replay); the ratio is the whole crawl (HTTP, Scrapy, "
                "extraction with JSON-LD/meta, normalize, relevance, dedupe, SQLite writes) over trafilatura alone"}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'what':<34}{'items':>7}{'median s':>10}{'docs/s':>9}")
    for name, row in rows.items():
        print(f"{name + ' (spider + pipelines + store)':<34}{row['items']:>7}{row['seconds_median']:>10}"
              f"{row['docs_per_s']:>9}")
    print(f"{'trafilatura alone (news pages)':<34}{pages:>7}{round(base, 3):>10}{round(pages / base, 1):>9}")
    print(f"crawl: news {news['docs_per_s']} docs/s, pubmed {rows['pubmed']['docs_per_s']} docs/s; news crawl "
          f"takes {result['news_overhead_ratio']}x trafilatura alone (medians of {args.runs}); {RESULTS}")


if __name__ == "__main__":
    main()
