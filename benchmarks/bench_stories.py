"""Stories benchmark: linking and story building for 100,000 documents / 300,000 claims (synthetic).

    .venv/bin/python benchmarks/bench_stories.py [--quick] [--repeats N]

Synthetic corpus, in memory (the stage's own work, not the Store's reads):
one result in ten is a paper (journal, DOI, trial id, a product, a city, an
age), the other nine are reports of it over the following weeks: a third name
the DOI, a third the journal, a third neither (they must be inferred from
shared features), one in twenty is a verbatim copy; every document has three
claims. Candidate blocking keeps inferred linking near-linear: documents are
compared only within blocks of a specific key (product, cell technology,
institution, city, age, patient count) and inside the date window.

The peer, measured in the same run on a smaller corpus, is all-pairs scoring
of the same documents (every report against every possible target): the ratio
shows what blocking saves, and the quadratic peer is extrapolated to 100,000.
Writes benchmarks/results/stories.json, prints a table and a one-line summary.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import parser, peak_rss_mb, table, write_result  # noqa: E402
from isletwatch.model import Claim, DocFacts, Document  # noqa: E402
from isletwatch.stories import features, links  # noqa: E402
from isletwatch.stories.build import Input, build_stories  # noqa: E402

LIMIT_S = 60.0
CITIES = ("Tianjin", "Shanghai", "Beijing", "Uppsala", "Kyoto", "Edmonton", "Vancouver", "Chicago", "Oslo", "Boston")
JOURNALS = ("Cell", "Nature Medicine", "Diabetologia", "Cell Discovery", "The Lancet", "Diabetes Care")


def corpus(n_docs: int, seed: int = 7) -> list[Input]:
    """`n_docs` documents, one paper per ten, each with three claims."""
    rnd = random.Random(seed)
    out: list[Input] = []
    start = date(2000, 1, 1)
    n_results = max(1, n_docs // 10)
    for r in range(n_results):
        when = start + timedelta(days=rnd.randrange(9000))
        product = f"VX-{r % 4000:04d}"
        city, age, journal = rnd.choice(CITIES), rnd.randrange(18, 80), rnd.choice(JOURNALS)
        doi = f"10.1000/bench.{r}"
        n = rnd.randrange(1, 60)
        lead = f"A {age}-year-old patient in {city} given {product} islets; {n} patients had type 1 diabetes."
        paper = Document(source="pubmed", url=f"https://pubmed.example/{r}", title=f"Result {r} of {product}",
                         text=lead, kind="abstract", published=when.isoformat(),
                         identifiers={"doi": doi, "pmid": str(10_000_000 + r)},
                         meta={"journal": journal})
        out.append(_input(paper, product, n, rnd))
        for k in range(9):
            if len(out) >= n_docs:
                return out
            day = (when + timedelta(days=rnd.randrange(0, 40))).isoformat()
            style = k % 3
            cite = (f" The paper is doi:{doi}." if style == 0 else
                    f" It was published in the journal {journal}." if style == 1 else "")
            text = f"Doctors report that {lead}{cite}"
            report = Document(source="news", url=f"https://news{k}.example/{r}", title=f"{product} news {r}",
                              text=text, kind="news", published=day, meta={"site": f"Outlet {k}"})
            out.append(_input(report, product, n, rnd))
            if k == 4 and r % 2 == 0:
                copy = Document(source="news", url=f"https://copy.example/{r}", title=report.title, text=text,
                                kind="news", published=day, duplicate_of=report.id, meta={"site": "Copy Times"})
                out.append(_input(copy, product, n, rnd))
    return out[:n_docs]


def _input(doc: Document, product: str, n: int, rnd: random.Random) -> Input:
    claims = [Claim(diabetes_type="T1D", n_patients=n, n_with_outcome=max(1, n - rnd.randrange(0, 3)),
                    outcome=o, product=product, confidence=0.8, follow_up_days=365)
              for o in ("insulin_independence", "hba1c_target", "c_peptide")]
    return Input(doc, DocFacts(products=[product]), claims)


def all_pairs(items: list[Input]) -> int:
    """The peer: score every report against every other document (no blocking); returns links found."""
    feats = [features.extract(i.doc, i.facts, i.claims) for i in items]
    found = 0
    for a in feats:
        for b in feats:
            if a is not b and links.score(a, b)[0] >= links.THRESHOLD:
                found += 1
    return found


def main() -> int:
    ap = parser(__doc__.splitlines()[0])
    args = ap.parse_args()
    size = 5_000 if args.quick else 100_000
    peer_size = 500 if args.quick else 2_000
    items = corpus(size)
    n_claims = sum(len(i.claims) for i in items)
    times, run = [], None
    for _ in range(args.repeats):
        started = time.perf_counter()
        run = build_stories(items)
        times.append(time.perf_counter() - started)
    assert run is not None
    blocked_small = corpus(peer_size)
    started = time.perf_counter()
    build_stories(blocked_small)
    small_s = time.perf_counter() - started
    started = time.perf_counter()
    all_pairs(blocked_small)
    peer_s = time.perf_counter() - started
    extrapolated = peer_s * (size / peer_size) ** 2
    median = statistics.median(times)
    rows = [{"what": f"stories, {size:,} docs", "seconds": median, "stories": len(run.stories)},
            {"what": f"stories, {peer_size:,} docs", "seconds": small_s, "stories": ""},
            {"what": f"all-pairs peer, {peer_size:,} docs", "seconds": peer_s, "stories": ""},
            {"what": f"all-pairs peer extrapolated to {size:,}", "seconds": extrapolated, "stories": ""}]
    print(table(rows, ["what", "seconds", "stories"]))
    peak = peak_rss_mb()
    write_result("stories", {"documents": size, "claims": n_claims, "runs_s": times, "median_s": median,
                             "stories": len(run.stories), "peak_rss_mb": peak, "peer_size": peer_size,
                             "peer_all_pairs_s": peer_s, "blocked_small_s": small_s,
                             "peer_extrapolated_s": extrapolated, "limit_s": LIMIT_S})
    ok = median < LIMIT_S or args.quick
    print(f"stories: {size:,} documents / {n_claims:,} claims linked into {len(run.stories):,} stories in "
          f"{median:.1f} s (median of {len(times)}; limit {LIMIT_S:.0f} s), peak {peak:,.0f} MB; all-pairs peer "
          f"{peer_s:.1f} s at {peer_size:,} docs (whole blocked stage there: {small_s:.2f} s), "
          f"~{extrapolated:,.0f} s extrapolated to {size:,} (×{extrapolated / median:,.0f} the blocked stage)" + ("" if ok else " — OVER THE LIMIT"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
