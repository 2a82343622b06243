"""News side of the demo corpus: outlets, article pages, feeds, GDELT answers, robots.txt.

The outlets and their hostnames are invented; the events they report are real.
Article texts live in news_articles.py. Several outlets re-report one result
with different figures, some headlines inflate it, and three pages are
syndicated wire copies (near-identical text on other hostnames).
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .news_articles import ARTICLES

STORIES = {
    "tianjin": "Tianjin: autologous chemically induced iPSC islets, type 1 (Cell, Sept 2024)",
    "shanghai": "Shanghai: autologous iPSC/endoderm-stem-cell islets, type 2 (Cell Discovery, Apr 2024)",
    "vertex": "Vertex VX-880 / zimislecel (2021 first patient → NEJM 2025, phase 1/2/3 NCT04786262)",
    "vx264": "Vertex VX-264 encapsulated islets (stopped 2025)",
    "sana": "Sana UP421 hypoimmune islets without immunosuppression (Uppsala, Jan 2025; NEJM 2025)",
    "viacyte": "ViaCyte / CRISPR encapsulated and gene-edited devices (VC-01, VC-02, VCTX210)",
    "lantidra": "Donor islets: Lantidra (donislecel) approval June 2023, CIT-07, other islet programmes",
    "msc": "Mesenchymal and other adult stem-cell trials (Wharton's jelly / UC-MSC, AHSCT)",
    "kyoto": "Kyoto: iPSC-derived islet sheets (2025)",
    "field": "Field overviews and related islet procedures",
    "media": "How the media reported the cases",
    "irrelevant": "Irrelevant: the relevance filter must drop these",
}

OUTLETS: dict[str, dict[str, Any]] = {
    "ledger": dict(host="www.thescienceledger.com", name="The Science Ledger", country="United States",
                   nav=["News", "Health", "Space", "Environment", "Technology", "Opinion"],
                   most_read=["The quiet comeback of the American chestnut", "Why your phone battery ages faster in "
                              "summer", "A new map of the ocean floor, ten years in the making"],
                   cookie="We use cookies to understand how you use our site and to improve your experience.",
                   style="ledger"),
    "wire": dict(host="www.pacificnewswire.com", name="Pacific News Wire", country="United States",
                 nav=["World", "Business", "Health", "Science", "Markets"], style="wire",
                 most_read=["Oil prices slip as inventories rise", "Typhoon makes landfall in northern Philippines"],
                 cookie="This site uses cookies."),
    "lakeshore": dict(host="www.lakeshoretimes.com", name="Lakeshore Times", country="United States",
                      nav=["Local", "Sports", "Obituaries", "Health", "Weather", "Classifieds"], style="local",
                      most_read=["High school robotics team heads to state finals", "Road work on Route 9 to "
                                 "begin Monday"], cookie="We use cookies and similar technologies."),
    "valley": dict(host="www.valleycourier-news.com", name="Valley Courier-News", country="United States",
                   nav=["News", "Sports", "Business", "Life", "Health", "e-Edition"], style="local",
                   most_read=["County fair returns with record attendance", "Library extends weekend hours"],
                   cookie="By continuing you agree to our use of cookies."),
    "buzz": dict(host="www.dailybuzzmail.co.uk", name="Daily Buzz Mail", country="United Kingdom",
                 nav=["Home", "News", "Showbiz", "Health", "Femail", "Money"], style="tabloid",
                 most_read=["Soap star's shock exit revealed", "The 'miracle' fruit that could reverse ageing",
                            "Heatwave to return as Met Office issues warning"],
                 cookie="We and our 843 partners use cookies to personalise ads."),
    "healthbeat": dict(host="www.healthbeatnow.com", name="HealthBeat Now", country="United States",
                       nav=["Conditions", "Diabetes", "Heart", "Nutrition", "Wellness", "Breakthroughs"],
                       style="health", most_read=["7 foods that lower blood sugar naturally",
                                                  "This breakthrough could cure baldness"],
                       cookie="We value your privacy."),
    "asiamed": dict(host="www.asiamedicalpost.com", name="Asia Medical Post", country="Singapore",
                    nav=["News", "China", "India", "Japan", "Pharma", "Opinion"], style="asia",
                    most_read=["Hospitals in Jakarta brace for dengue peak", "Japan approves new Alzheimer's drug"],
                    cookie="This website uses cookies."),
    "mumbai": dict(host="www.mumbaihealthreview.in", name="Mumbai Health Review", country="India",
                   nav=["Health", "Diabetes", "Ayurveda", "Fitness", "Research", "Videos"], style="asia",
                   most_read=["Monsoon fevers: what to watch for", "Why India is the diabetes capital of the world"],
                   cookie="We use cookies to enhance your experience."),
    "evening": dict(host="www.eveningstandardpost.co.uk", name="The Evening Standard-Post", country="United Kingdom",
                    charset="windows-1252", nav=["News", "Politics", "Health", "Sport", "Culture", "Property"],
                    style="broadsheet", most_read=["Rail fares to rise by 4.6% in March",
                                                   "Café culture returns to the high street"],
                    cookie="We use cookies – see our privacy notice."),
    "community": dict(host="www.t1d-voices.org", name="T1D Voices", country="United States",
                      nav=["Stories", "Research explained", "Tech & devices", "Community", "Donate"], style="blog",
                      most_read=["Pump or pen? Our readers answer", "Travelling with insulin: a checklist"],
                      cookie="We use a few cookies to keep this site running.", kind="blog"),
    "biotech": dict(host="www.biotechinsider-news.com", name="BioTech Insider", country="United States",
                    nav=["Biotech", "Pharma", "Deals", "Cell & Gene Therapy", "Regulatory", "Events"], style="trade",
                    most_read=["Q3 funding rebounds for early-stage biotech", "FDA advisory calendar: what's next"],
                    cookie="We use cookies for analytics and advertising."),
    "pressroom": dict(host="www.pharmawire-releases.com", name="PharmaWire Releases", country="United States",
                      nav=["Latest releases", "Healthcare", "Biotech", "Submit a release"], style="press",
                      most_read=[], cookie="This site uses cookies.", kind="press_release"),
    "digest": dict(host="www.diabetes-research-digest.org", name="Diabetes Research Digest", country="United States",
                   nav=["Latest papers", "Type 1", "Type 2", "Technology", "About"], style="digest",
                   most_read=["Closed-loop systems in pregnancy: new data"], cookie="", kind="news"),
}

REDIRECT_SHORT = "https://www.newsradar-alerts.com/r/a81f3c?src=alert&u=asiamed"
REDIRECTS: list[dict[str, Any]] = []  # filled below


def url(a: dict[str, Any]) -> str:
    return f"https://{OUTLETS[a['outlet']]['host']}{a['path']}"


def _human(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return d.strftime("%B %-d, %Y")


def esc(text: str) -> str:
    """Text content: escape &, < and > only, as CMSs do."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Attribute value (double-quoted): apostrophes stay literal."""
    return html.escape(text, quote=True).replace("&#x27;", "'")


def _linkify(text: str) -> str:
    text = esc(text)
    return re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: f'<a href="{attr(m.group(2))}">{m.group(1)}</a>', text)


def _plain(text: str) -> str:
    return re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1", text)


def _jsonld(a: dict[str, Any], o: dict[str, Any]) -> str:
    kind = a.get("kind", o.get("kind", "news"))
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": a.get("jsonld_type") or ("BlogPosting" if kind == "blog" else "NewsArticle"),
        "headline": a["headline"],
        "description": a["description"],
        "datePublished": a["published"],
        "dateModified": a.get("modified", a["published"]),
        "author": [{"@type": "Person" if not a["author"].endswith(("Wire", "Reports", "Staff", "Inc.")) else
                    "Organization", "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": o["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{o['host']}/static/img/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url(a)},
        "image": [a.get("image", f"https://{o['host']}/static/img/share-default.jpg")],
        "articleSection": a.get("section", "Health"),
        "inLanguage": "en",
    }
    if a.get("tags"):
        data["keywords"] = ", ".join(a["tags"])
    if a.get("citation"):
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "doi", "value": a["citation"]["doi"]}
    if a.get("cites"):
        data["citation"] = {"@type": "ScholarlyArticle", "name": a["cites"]["title"],
                            "sameAs": f"https://doi.org/{a['cites']['doi']}"}
    return json.dumps(data, ensure_ascii=False, indent=1)


def render_page(a: dict[str, Any]) -> str:
    o = OUTLETS[a["outlet"]]
    host, name = o["host"], o["name"]
    u = url(a)
    image = a.get("image", f"https://{host}/static/img/share-default.jpg")
    meta = [
        f'<meta charset="{o.get("charset", "utf-8")}">',
        f"<title>{esc(a['headline'])} | {esc(name)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{attr(a["description"])}">',
        f'<meta name="author" content="{attr(a["author"])}">',
        f'<link rel="canonical" href="{attr(a.get("canonical", u))}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attr(name)}">',
        f'<meta property="og:title" content="{attr(a.get("og_title", a["headline"]))}">',
        f'<meta property="og:description" content="{attr(a["description"])}">',
        f'<meta property="og:url" content="{attr(u)}">',
        f'<meta property="og:image" content="{attr(image)}">',
        '<meta property="og:locale" content="en_GB">' if o["country"] == "United Kingdom"
        else '<meta property="og:locale" content="en_US">',
        f'<meta property="article:published_time" content="{a["published"]}">',
        f'<meta property="article:modified_time" content="{a.get("modified", a["published"])}">',
        f'<meta property="article:section" content="{attr(a.get("section", "Health"))}">',
    ]
    meta += [f'<meta property="article:tag" content="{attr(t)}">' for t in a.get("tags", [])]
    meta += ['<meta name="twitter:card" content="summary_large_image">',
             f'<meta name="twitter:title" content="{attr(a["headline"])}">']
    c = a.get("citation")
    if c:
        meta += [f'<meta name="citation_title" content="{attr(c["title"])}">']
        meta += [f'<meta name="citation_author" content="{attr(x)}">' for x in c["authors"]]
        meta += [f'<meta name="citation_journal_title" content="{attr(c["journal"])}">',
                 f'<meta name="citation_publication_date" content="{c["date"]}">',
                 f'<meta name="citation_doi" content="{c["doi"]}">']
        if c.get("pmid"):
            meta.append(f'<meta name="citation_pmid" content="{c["pmid"]}">')
        if c.get("volume"):
            meta += [f'<meta name="citation_volume" content="{c["volume"]}">',
                     f'<meta name="citation_firstpage" content="{c["firstpage"]}">']
    nav = "".join(f'<li><a href="/{n.lower().replace(" & ", "-").replace(" ", "-")}/">{esc(n)}</a></li>'
                  for n in o["nav"])
    paras = "\n".join(f"<p>{_linkify(p)}</p>" if not p.startswith("## ") else f"<h2>{esc(p[3:])}</h2>"
                      for p in a["paragraphs"])
    related = ""
    if a.get("related"):
        related = ('<section class="related-links"><h2>Related</h2><ul>' +
                   "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for t, h in a["related"]) +
                   "</ul></section>")
    comments = ""
    if a.get("comments"):
        comments = (f'<section class="comments" id="comments"><h2>Comments ({len(a["comments"])})</h2><ol>' +
                    "".join(f'<li class="comment"><span class="comment-author">{esc(n)}</span>'
                            f'<p>{esc(t)}</p></li>' for n, t in a["comments"]) + "</ol></section>")
    most_read = ""
    if o["most_read"]:
        most_read = ('<aside class="sidebar"><h3>Most read</h3><ol>' +
                     "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in
                             enumerate(o["most_read"], 1)) + "</ol></aside>")
    cookie = (f'<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>{esc(o["cookie"])}'
              '</p><button type="button">Accept all</button><button type="button">Manage choices</button></div>'
              if o["cookie"] else "")
    byline = f'By <span class="author" rel="author">{esc(a["author"])}</span>'
    dateline = f'<time datetime="{a["published"]}" class="published">{_human(a["published"])}</time>'
    updated = (f' · Updated <time datetime="{a["modified"]}">{_human(a["modified"])}</time>'
               if a.get("modified") else "")
    press_footer = ""
    if a.get("press_footer"):
        press_footer = '<div class="release-boilerplate">' + "".join(
            f"<p>{_linkify(p)}</p>" for p in a["press_footer"]) + "</div>"
    newsletter = ('<aside class="newsletter-signup"><h3>Get the Health newsletter</h3><form action="/newsletter" '
                  'method="post"><input type="email" name="email" placeholder="Your email"><button>Sign up</button>'
                  '</form></aside>') if o["style"] not in ("press", "digest") else ""
    subscribe = ('<div class="paywall-teaser">Subscribe for £1 a week – cancel any time.</div>'
                 if o["style"] == "broadsheet" else "")
    caption = a.get("caption", "")
    figure = (f'<figure class="lead-image"><img src="{attr(image)}" alt="{attr(caption)}" loading="lazy">'
              f"<figcaption>{esc(caption)}</figcaption></figure>") if caption else ""
    year = a["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(meta)}
<link rel="stylesheet" href="/static/css/{o['style']}.css">
<link rel="alternate" type="application/rss+xml" title="{attr(name)}" href="/feed/">
<script type="application/ld+json">
{_jsonld(a, o)}
</script>
<script async src="https://static.adnetwork-cdn.com/tag.js"></script>
</head>
<body class="article-page theme-{o['style']}">
{cookie}
<header class="site-header">
<a class="site-logo" href="/">{esc(name)}</a>
<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>
<form class="site-search" action="/search" method="get"><input type="search" name="q" aria-label="Search"></form>
</header>
<div class="ad-slot ad-leaderboard" data-slot="top">Advertisement</div>
<main id="main-content">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<p class="kicker">{esc(a.get('section', 'Health'))}</p>
<h1 class="headline" itemprop="headline">{esc(a['headline'])}</h1>
<p class="standfirst">{esc(a['description'])}</p>
<div class="byline">{byline} · {dateline}{updated}</div>
{figure}
<div class="article-body" itemprop="articleBody">
{paras}
</div>
{press_footer}
{subscribe}
{newsletter}
{related}
{comments}
</article>
</main>
{most_read}
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms of use</a></li></ul>
<p>© {year} {esc(name)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------- feeds and GDELT
def _rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso).astimezone(timezone.utc), usegmt=True)


def _feed_link(a: dict[str, Any], feed: dict[str, Any]) -> str:
    if a["key"] in feed.get("link_override", {}):
        return feed["link_override"][a["key"]]
    return url(a) + feed.get("tracking", "")


def render_feed(feed: dict[str, Any], by_key: dict[str, dict[str, Any]]) -> tuple[str, str]:
    items = sorted((by_key[k] for k in feed["items"]), key=lambda a: a["published"], reverse=True)
    if feed["format"] == "rss":
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
               'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
               "<channel>", f"<title>{xml_escape(feed['title'])}</title>", f"<link>{xml_escape(feed['home'])}</link>",
               f"<description>{xml_escape(feed['description'])}</description>", "<language>en</language>",
               f"<lastBuildDate>{_rfc822(items[0]['published'])}</lastBuildDate>", "<ttl>30</ttl>",
               f'<atom:link href="{xml_escape(feed["url"])}" rel="self" type="application/rss+xml"/>']
        for a in items:
            link = _feed_link(a, feed)
            out += ["<item>", f"<title>{xml_escape(a['headline'])}</title>", f"<link>{xml_escape(link)}</link>",
                    f'<guid isPermaLink="false">{xml_escape(feed.get("guid_prefix", "") + a["key"])}</guid>',
                    f"<pubDate>{_rfc822(a['published'])}</pubDate>",
                    f"<dc:creator>{xml_escape(a['author'])}</dc:creator>",
                    f"<category>{xml_escape(a.get('section', 'Health'))}</category>",
                    f"<description>{xml_escape(a['description'])}</description>", "</item>"]
        out += ["</channel>", "</rss>", ""]
        return "\n".join(out), "application/rss+xml; charset=UTF-8"
    updated = items[0].get("modified", items[0]["published"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<id>{xml_escape(feed['url'])}</id>", f"<title>{xml_escape(feed['title'])}</title>",
           f"<subtitle>{xml_escape(feed['description'])}</subtitle>", f"<updated>{updated}</updated>",
           f'<link rel="self" type="application/atom+xml" href="{xml_escape(feed["url"])}"/>',
           f'<link rel="alternate" type="text/html" href="{xml_escape(feed["home"])}"/>']
    for a in items:
        out += ["<entry>", f"<id>tag:{OUTLETS[a['outlet']]['host']},{a['published'][:10]}:{a['key']}</id>",
                f"<title>{xml_escape(a['headline'])}</title>",
                f'<link rel="alternate" type="text/html" href="{xml_escape(_feed_link(a, feed))}"/>',
                f"<published>{a['published']}</published>", f"<updated>{a.get('modified', a['published'])}</updated>",
                f"<author><name>{xml_escape(a['author'])}</name></author>",
                f'<summary type="text">{xml_escape(a["description"])}</summary>', "</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out), "application/atom+xml; charset=utf-8"


def gdelt_item(a: dict[str, Any]) -> dict[str, str]:
    o = OUTLETS[a["outlet"]]
    seen = datetime.fromisoformat(a["published"]).astimezone(timezone.utc)
    seen = seen.replace(minute=(seen.minute // 15) * 15, second=0)
    return {"url": url(a), "url_mobile": f"https://{o['host']}/amp{a['path']}" if o["style"] in ("tabloid", "local")
            else "", "title": a["headline"], "seendate": seen.strftime("%Y%m%dT%H%M%SZ"),
            "socialimage": a.get("image", f"https://{o['host']}/static/img/share-default.jpg"),
            "domain": o["host"].removeprefix("www."), "language": "English", "sourcecountry": o["country"]}


FEEDS: list[dict[str, Any]] = [
    dict(url="https://www.thescienceledger.com/health/rss.xml", file="thescienceledger-health.rss.xml", format="rss",
         title="The Science Ledger: Health", home="https://www.thescienceledger.com/health/",
         description="Health and medicine news from The Science Ledger", tracking="?utm_source=rss&utm_medium=feed",
         guid_prefix="tsl-",
         items=["ledger-vertex-2021", "ledger-heart", "ledger-zebrafish", "ledger-lantidra", "ledger-clinics",
                "ledger-shanghai", "ledger-tianjin", "ledger-sana"]),
    dict(url="https://www.pacificnewswire.com/health/feed/", file="pacificnewswire-health.rss.xml", format="rss",
         title="Pacific News Wire - Health", home="https://www.pacificnewswire.com/health/",
         description="Health news from Pacific News Wire", guid_prefix="pnw-",
         items=["wire-tianjin", "wire-glp1", "wire-vertex-2025"]),
    dict(url="https://www.pharmawire-releases.com/feeds/biotech.atom", file="pharmawire-biotech.atom.xml",
         format="atom", title="PharmaWire Releases: Biotech", home="https://www.pharmawire-releases.com/biotech/",
         description="Press releases from biotechnology companies",
         items=["press-vertex-2021", "press-crispr-2022", "press-vertex-2023", "press-nextcell-2023",
                "press-vertex-2024", "press-sana-2025"]),
    dict(url="https://www.newsradar-alerts.com/feeds/alert/stem-cell-diabetes.rss", file="newsradar-alert.rss.xml",
         format="rss", title="NewsRadar alert: stem cell diabetes", home="https://www.newsradar-alerts.com/",
         description="News search alert for: stem cell diabetes", guid_prefix="nr-",
         link_override={"asiamed-tianjin": REDIRECT_SHORT},
         items=["digest-tianjin", "asiamed-tianjin", "healthbeat-tianjin", "mumbai-tianjin", "evening-tianjin",
                "community-tianjin", "ledger-tianjin", "asiamed-shanghai", "healthbeat-shanghai", "healthbeat-lantidra",
                "mumbai-msc", "asiamed-kyoto"]),
]

GDELT_QUERIES: list[dict[str, Any]] = [
    dict(match="mode=artlist&format=json", file="artlist.json",
         note="GDELT DOC 2.0 artlist for the configured news query (any query/timespan)",
         items=["wire-tianjin", "lakeshore-tianjin", "valley-tianjin", "buzz-tianjin", "asiamed-tianjin",
                "healthbeat-tianjin", "biotech-viacyte-2021", "biotech-vx264", "healthbeat-sana",
                "biotech-sana-nejm", "wire-vertex-2025", "lakeshore-vertex-2025", "biotech-vertex-2025",
                "buzz-vertex-2025", "ledger-heart", "wire-glp1"]),
]

_by_key = {a["key"]: a for a in ARTICLES}
_asiamed = url(_by_key["asiamed-tianjin"])
REDIRECTS += [
    {"from": REDIRECT_SHORT, "to": _asiamed.replace("://www.", "://"), "status": 302},
    {"from": _asiamed.replace("://www.", "://"), "to": _asiamed, "status": 301},
]


def _check() -> None:
    keys = [a["key"] for a in ARTICLES]
    assert len(keys) == len(set(keys)), "duplicate article keys"
    reachable = {k for f in FEEDS for k in f["items"]} | {k for q in GDELT_QUERIES for k in q["items"]}
    missing = set(keys) - reachable
    assert not missing, f"articles not reachable from any feed or GDELT answer: {sorted(missing)}"
    unknown = reachable - set(keys)
    assert not unknown, f"feeds list unknown articles: {sorted(unknown)}"


_check()


def robots() -> dict[str, str]:
    news = ("User-agent: *\nDisallow: /search\nDisallow: /account/\nDisallow: /newsletter\nAllow: /\n\n"
            "User-agent: GPTBot\nDisallow: /\n\nSitemap: https://{host}/sitemap.xml\n")
    out = {
        "eutils.ncbi.nlm.nih.gov": "User-agent: *\nDisallow: /cgi-bin/\nAllow: /entrez/eutils/\n",
        "www.ebi.ac.uk": "User-agent: *\nDisallow: /ebisearch/search\nAllow: /europepmc/webservices/rest/\n",
        "clinicaltrials.gov": "User-agent: *\nAllow: /api/v2/\nDisallow: /ct2/results\nDisallow: /search\n",
        "api.biorxiv.org": "User-agent: *\nAllow: /\n",
        "api.gdeltproject.org": "User-agent: *\nAllow: /api/v2/\n",
        "www.newsradar-alerts.com": "User-agent: *\nAllow: /feeds/\nAllow: /r/\nDisallow: /account/\n",
    }
    hosts = {o["host"] for o in OUTLETS.values()} | {_asiamed.split("/")[2].replace("www.", "")}
    for host in hosts:
        out.setdefault(host, news.format(host=host))
    return out


README_NOTES = [
    "**Checked with the real spiders** (crawlers branch, replay server on this folder):",
    "",
    "```",
    "python -m isletwatch.crawlers.replay demo/corpus --port 8765 &",
    "python -m isletwatch.crawlers.run --config demo/corpus/isletwatch-demo.toml --store /tmp/demo.db \\",
    "    --source all -s PUBMED_PAGE_SIZE=10 -s CRAWL_UNTIL=2025-12-31 \\",
    "    -s 'PRESS_RELEASE_DOMAINS=[\"www.pharmawire-releases.com\"]'",
    "```",
    "",
    "First run: 0 errors, 77 documents stored (74 unique relevant + 3 wire copies linked to their originals),",
    "44 irrelevant dropped; a second run (watermarks, no --since) stores nothing and fetches no article page.",
    "",
    "**Notes for the spiders and the replay** (checked against crawlers/spiders/*.py and crawlers/REPLAY.md)",
    "",
    "- Only page-identifying parameters are recorded: any esearch with `db=pubmed&usehistory=y` gets the same",
    "  answer whatever its term and date window; any Europe PMC search with `format=json&resultType=core` and",
    "  `cursorMark=*` gets page 1; any `/api/v2/studies` request without `pageToken` gets page 1 (with",
    "  `totalCount` when it sends `countTotal=true`); any GDELT request with `mode=artlist&format=json` gets the",
    "  artlist. A second (incremental) run therefore sees the same items again and must store nothing new.",
    "- PubMed efetch: `retstart=0` with any `retmax` returns all 16 records (NCBI's answer when `retmax` ≥",
    "  Count, the spider's default `PUBMED_PAGE_SIZE=200`); with `PUBMED_PAGE_SIZE=10` the spider reads two",
    "  recorded pages (`retstart=0&retmax=10`, `retstart=10&retmax=10`). The demo should set 10 to exercise paging.",
    "- Europe PMC and ClinicalTrials.gov page by cursor/token whatever `pageSize` the spider sends: three",
    "  Europe PMC pages (8, 7, then an empty page whose nextCursorMark repeats), two ClinicalTrials.gov pages.",
    "- bioRxiv/medRxiv: one interval per calendar month, `/details/{server}/YYYY-MM-01/YYYY-MM-<last>/{cursor}`,",
    "  recorded for every month 2015-01 to 2027-12; months without preprints answer `no posts found`. March",
    "  2024 on bioRxiv holds 32 preprints: two pages (30 + 2), the relevant one on page 2. Running from the",
    "  spider's default start (2015-01-01) asks 2 × ~140 months at 1 request/s: the demo should pass",
    "  `--since 2021-01-01`.",
    "- News: the demo config must list the feeds of `feeds.txt` as `crawl.feeds`. Feed links carry tracking",
    "  parameters (`utm_source`, `utm_medium`) on one feed; the page recordings have none, so requests with or",
    "  without them match. One alert-feed link goes through a redirect chain (302 then 301, across two",
    "  hostnames) to the article. One page is served in `windows-1252` (header and `<meta charset>`).",
    "- Several article pages are reachable from two places (a feed and GDELT, or two feeds): the second",
    "  discovery must not fetch the page again.",
    "- Press releases are on `www.pharmawire-releases.com` (JSON-LD NewsArticle): add that host to",
    "  `PRESS_RELEASE_DOMAINS` for them to get kind `press_release`. The journal-club page on",
    "  `www.diabetes-research-digest.org` is a ScholarlyArticle with citation_* tags and its own DOI",
    "  (10.59217/…); the Cell paper it summarizes is a link in its body, not its identity.",
    "- Article pages link to doi.org, pubmed.ncbi.nlm.nih.gov, clinicaltrials.gov and name ChiCTR ids: those",
    "  links are identifiers to extract, not pages to crawl (they are not recorded).",
    "- Three pages are wire copies of another page on a different host (near-identical text, different headline",
    "  and chrome, published later): the near-duplicate pipeline must store them as links to the original.",
    "- robots.txt is recorded for every host (routed by the replay middleware like any request); all allow the",
    "  API paths and article pages.",
]
