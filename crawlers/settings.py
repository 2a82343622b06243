"""Scrapy settings for IsletWatch's crawlers (scrapy.cfg points here).

Politeness is the default, not an option: robots.txt is obeyed, AutoThrottle
adapts to each server, a domain gets at most two requests at once, and the
APIs that publish rate limits get a download slot that keeps to them (NCBI:
3 requests/s, 10 with an API key, set by the pubmed spider). Every source's
base URL is a setting so tests and the demo can point a spider at a local
replay (or set REPLAY_URL to route everything there).

`run_crawl` fills the ISLETWATCH_* and per-source settings from the config;
`scrapy crawl NAME -s KEY=VALUE` works too (STORE_URL defaults to the
default store file).
"""
from __future__ import annotations

BOT_NAME = "isletwatch"
SPIDER_MODULES = ["isletwatch.crawlers.spiders"]
NEWSPIDER_MODULE = "isletwatch.crawlers.spiders"

# --- where things go --------------------------------------------------------
STORE_URL = "data/isletwatch.db"
STORE_BATCH_SIZE = 50
REPLAY_URL = ""  # e.g. http://127.0.0.1:8765: every request is routed to a ReplayServer
ARCHIVE_DIR = "data/archive"  # every response, as WARC files (crawlers/archive.py); "" turns the archive off
REPARSE = False    # rebuild documents from ARCHIVE_DIR instead of asking the sources (crawl --reparse)

# --- identity and politeness ------------------------------------------------
USER_AGENT = "IsletWatch/0.1 (+https://isletwatch.org/about; claim tracker; mailto:isletwatch@example.org)"
CONTACT = "isletwatch@example.org"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
# Published limits of the APIs; requests in these slots keep their fixed delay
# (AutoThrottle is told not to lower it). NCBI's slot is set per run from the key.
DOWNLOAD_SLOTS = {
    "www.ebi.ac.uk": {"concurrency": 1, "delay": 0.2, "jitter": 0.0},
    "clinicaltrials.gov": {"concurrency": 1, "delay": 1.2, "jitter": 0.0},
    "api.biorxiv.org": {"concurrency": 1, "delay": 1.0, "jitter": 0.0},
    "api.gdeltproject.org": {"concurrency": 1, "delay": 5.0, "jitter": 0.0},
}

# --- retries: 429/5xx and timeouts, with backoff, honouring Retry-After ------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 2.0   # seconds; doubled on each retry
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0    # a longer Retry-After gives up on the request instead of stalling the crawl

DOWNLOADER_MIDDLEWARES = {
    "isletwatch.crawlers.middlewares.reparse.ArchiveReader": 50,  # REPARSE only: answers from the archive
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "isletwatch.crawlers.middlewares.retry.RetryAfterMiddleware": 550,
    "isletwatch.crawlers.middlewares.archive.ArchiveMiddleware": 610,  # sees redirects, raw bodies, real URLs
    "isletwatch.crawlers.middlewares.replay.ReplayMiddleware": 800,  # after retry/redirect, before stats
}
SPIDER_MIDDLEWARES = {
    "isletwatch.crawlers.middlewares.reparse.ReparseStart": 50,  # REPARSE only: start from the archive
}
EXTENSIONS = {
    "isletwatch.crawlers.health.HealthRecorder": 500,  # per crawl, per source: requests, items, new, errors
}
ITEM_PIPELINES = {
    "isletwatch.crawlers.pipelines.normalize.NormalizePipeline": 100,
    "isletwatch.crawlers.pipelines.relevance.RelevancePipeline": 200,
    "isletwatch.crawlers.pipelines.dedupe.DedupePipeline": 300,
    "isletwatch.crawlers.pipelines.store.StorePipeline": 400,
}

# --- incremental crawling ---------------------------------------------------
CRAWL_SINCE = ""            # explicit start date (overrides the stored watermark)
CRAWL_UNTIL = ""            # end of the window (default today): backfills, replays recorded on another day
CRAWL_DEFAULT_SINCE = "2015-01-01"  # first run, when no watermark is stored
WATERMARK_OVERLAP_DAYS = 2  # re-ask a little before the watermark: late-indexed items are not lost

# --- dedupe -----------------------------------------------------------------
NEARDUP_THRESHOLD = 0.7
NEARDUP_NUM_PERM = 128
NEARDUP_SHINGLE = 4
NEARDUP_KINDS = ["news", "press_release", "blog"]
NEARDUP_HISTORY = 5000      # most recent stored documents indexed at start

# --- sources ----------------------------------------------------------------
PUBMED_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
PUBMED_TERM = ('("stem cell"[tiab] OR "stem cells"[tiab] OR islet*[tiab] OR "beta cell*"[tiab] '
               'OR "cell therapy"[tiab] OR iPSC[tiab] OR mesenchymal[tiab]) AND diabet*[tiab]')
PUBMED_PAGE_SIZE = 200
PUBMED_MAX_RECORDS = 9999  # one esearch returns no more (E-utilities): longer windows are split
NCBI_API_KEY = ""
NCBI_TOOL = "isletwatch"

EUROPEPMC_BASE_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"
EUROPEPMC_QUERY = ('("stem cell" OR "stem cells" OR islet OR "beta cells" OR "cell therapy" OR iPSC '
                   'OR mesenchymal) AND diabetes')
EUROPEPMC_PAGE_SIZE = 100

CLINICALTRIALS_BASE_URL = "https://clinicaltrials.gov/api/v2"
CLINICALTRIALS_COND = "diabetes"
CLINICALTRIALS_INTR = "stem cell OR islet OR cell therapy OR mesenchymal"
CLINICALTRIALS_PAGE_SIZE = 100

BIORXIV_BASE_URL = "https://api.biorxiv.org"
BIORXIV_SERVERS = ["biorxiv", "medrxiv"]

NEWS_FEEDS: list[str] = [
    "https://www.sciencedaily.com/rss/health_medicine/diabetes.xml",
    "https://www.statnews.com/feed/",
    "https://www.fiercebiotech.com/rss/xml",
]
NEWS_GDELT = True
GDELT_BASE_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
GDELT_QUERY = '("stem cell" OR "islet cells" OR "cell therapy") diabetes'
GDELT_MAX_RECORDS = 250
PRESS_RELEASE_DOMAINS = ["prnewswire.com", "businesswire.com", "globenewswire.com", "eurekalert.org",
                         "newswise.com", "news.vrtx.com", "investors.vrtx.com", "ir.sana.com"]

# --- the project's config (isletwatch.toml + ISLETWATCH_* env) for `scrapy crawl` ---
def _from_config() -> dict:
    from isletwatch.config import load_config

    from .configure import settings_from_config

    return settings_from_config(load_config())


globals().update(_from_config())
