"""Scrapy settings from IsletWatch's config, so `run_crawl` and `scrapy crawl` agree.

settings.py applies this to the config found in the working directory and
the environment (ISLETWATCH_CRAWL__REPLAY routes `scrapy crawl` to a replay
too); run_crawl applies it to the config it is given, plus its arguments.
"""
from __future__ import annotations

from typing import Any

from isletwatch.config import Config


def user_agent(config: Config) -> str:
    """The configured User-Agent with the contact address in it, as crawler etiquette asks."""
    agent = config.crawl.user_agent.strip()
    contact = config.crawl.contact.strip()
    if contact and contact not in agent:
        agent = agent[:-1] + f"; mailto:{contact})" if agent.endswith(")") else f"{agent} (mailto:{contact})"
    return agent


def settings_from_config(config: Config, *, store_url: str | None = None, since: str | None = None,
                         replay_url: str | None = None) -> dict[str, Any]:
    crawl = config.crawl
    values: dict[str, Any] = {
        "STORE_URL": store_url or config.store,
        "USER_AGENT": user_agent(config),
        "CONTACT": crawl.contact,
        "DEFAULT_REQUEST_HEADERS": {"Accept": "*/*", "Accept-Language": "en", "From": crawl.contact},
        "REPLAY_URL": (replay_url or crawl.replay or "").rstrip("/"),
        "NCBI_API_KEY": crawl.ncbi_api_key,
        "NCBI_TOOL": crawl.ncbi_tool,
        "LOG_LEVEL": crawl.log_level.upper(),
        "CRAWL_SINCE": since or "",
        "ARCHIVE_DIR": crawl.archive,
    }
    if crawl.since:
        values["CRAWL_DEFAULT_SINCE"] = crawl.since
    if crawl.until:
        values["CRAWL_UNTIL"] = crawl.until
    if crawl.feeds:
        values["NEWS_FEEDS"] = list(crawl.feeds)
    return values
