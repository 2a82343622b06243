"""Normalize every item the same way, whatever its source.

Canonical URLs (tracking parameters stripped, host lower-cased, fragment
dropped, query sorted) so one story is one URL and so one document id; dates
as ISO 8601; a language code; and text in Unicode NFC with whitespace folded.
The text is normalized here, once, before it is stored: the claim extractor's
evidence offsets point into the stored text, so nothing may change it later.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "yclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid",
    "cmpid", "cmp", "spm", "ref", "ref_src", "ref_url", "src", "source", "smid", "smtyp", "mkt_tok",
    "at_medium", "at_campaign", "at_custom1", "at_custom2", "cid", "sr_share", "partner", "feature",
    "tpcc", "wt.mc_id", "s_cid", "trk", "taid", "guccounter", "guce_referrer", "guce_referrer_sig",
    "af",  # Wiley/Elsevier feed links: ?af=R marks "came from the RSS feed"
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_", "vero_")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")

LANGUAGE_NAMES = {
    "eng": "en", "english": "en", "ger": "de", "deu": "de", "german": "de", "fre": "fr", "fra": "fr",
    "french": "fr", "spa": "es", "spanish": "es", "chi": "zh", "zho": "zh", "chinese": "zh", "jpn": "ja",
    "japanese": "ja", "ita": "it", "italian": "it", "por": "pt", "portuguese": "pt", "rus": "ru",
    "russian": "ru", "kor": "ko", "korean": "ko", "dut": "nl", "nld": "nl", "dutch": "nl",
}
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "with", "for", "was", "were", "patients"},
    "de": {"der", "die", "und", "das", "mit", "nicht", "ist", "von", "den", "ein", "eine", "wurde"},
    "fr": {"le", "la", "les", "et", "des", "du", "est", "une", "dans", "pour", "avec", "qui"},
    "es": {"el", "la", "los", "las", "y", "del", "que", "una", "con", "para", "por", "es"},
    "it": {"il", "la", "di", "che", "e", "per", "con", "una", "sono", "della", "nel", "gli"},
    "pt": {"o", "a", "os", "as", "e", "do", "da", "que", "com", "uma", "para", "não"},
    "nl": {"de", "het", "en", "van", "een", "met", "voor", "niet", "zijn", "dat", "werd", "op"},
}


def canonical_url(url: str) -> str:
    """The form of a URL that names the page, not the visit: tracking params, fragment and default port gone."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(sorted(query)), ""))


def normalize_text(text: str | None) -> str:
    """NFC, invisible characters removed, runs of spaces folded, at most one blank line between paragraphs."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), 1)}


def iso_date(value: Any) -> str | None:
    """ISO 8601 from the date shapes the sources use; None (not a guess) when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _iso(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?", text)  # GDELT 20240925T120000Z
    if m:
        y, mo, d, h, mi, s = map(int, m.groups())
        return _iso(datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc))
    m = re.fullmatch(r"(\d{4})[/ ](\d{1,2}|[A-Za-z]{3})(?:[/ ](\d{1,2}))?", text)  # 2024/09/25, 2024 Sep 25
    if m:
        month = _MONTHS.get(m.group(2)[:3].lower()) if m.group(2).isalpha() else int(m.group(2))
        if month and 1 <= month <= 12:
            return f"{m.group(1)}-{month:02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else "")
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _iso(parsedate_to_datetime(text))  # RSS pubDate (RFC 822)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        from dateutil import parser as dateparser

        return _iso(dateparser.parse(text))
    except (ValueError, OverflowError):
        return None


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None and dt.hour == dt.minute == dt.second == 0:
        return dt.date().isoformat()
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc)
    return dt.replace(microsecond=0).isoformat()


def language_code(value: str | None, text: str = "") -> str | None:
    """An ISO 639-1 code: from the source's own label when it has one, else guessed from common words."""
    if value:
        low = value.strip().lower().replace("_", "-")
        if low in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[low]
        if re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)?", low):
            return low[:2]
    words = re.findall(r"[^\W\d_]+", text[:4000].lower())
    if not words:
        return None
    if sum(1 for c in text[:2000] if "\u4e00" <= c <= "\u9fff") > 50:
        return "zh"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)  # type: ignore[arg-type]
    return best if scores[best] >= 3 else None


class NormalizePipeline:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "NormalizePipeline":
        return cls()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        adapter["url"] = canonical_url(adapter["url"])
        adapter["title"] = " ".join(normalize_text(adapter.get("title")).split())
        adapter["text"] = normalize_text(adapter.get("text"))
        raw_date = adapter.get("published")
        adapter["published"] = iso_date(raw_date)
        if raw_date and adapter["published"] is None:
            logger.info("%s: unreadable date %r dropped (the document is kept)", adapter["url"], raw_date)
        adapter["language"] = language_code(adapter.get("language"), adapter["title"] + "\n" + adapter["text"])
        return item
