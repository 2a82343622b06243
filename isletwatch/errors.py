"""The exceptions a user can meet, as one small hierarchy.

Every message says what went wrong *and what to do*, because the CLI prints
it as the whole answer (one line, no traceback). Catch `IsletWatchError` to
handle them all.
"""
from __future__ import annotations


class IsletWatchError(Exception):
    """Base of every error IsletWatch raises on purpose."""

    exit_code = 1


class ConfigError(IsletWatchError):
    """A config file or environment override is malformed or has a wrong type."""

    exit_code = 2


class ValidationError(IsletWatchError, ValueError):
    """A record at a boundary (JSONL input, a crawled item) breaks SCHEMA v1."""


class StoreError(IsletWatchError):
    """The store cannot be opened, read or written."""


class StoreCorrupt(StoreError):
    """The store file is damaged or is not an IsletWatch database."""


class StoreUnavailable(StoreError):
    """The store is out of reach (missing directory permissions, server down)."""


class ModelError(IsletWatchError):
    """The requested spaCy pipeline is missing or cannot be loaded."""


class CrawlError(IsletWatchError):
    """A crawl could not start (unknown source, bad setting)."""


class SiteError(IsletWatchError):
    """The static site could not be written."""


class StoreRejected(StoreError):
    """Some items of a write were rejected and not stored; the rest were.

    `failed` maps each rejected id to its reason. Store writes are idempotent,
    so rerunning the same command after fixing the cause completes the job.
    """

    def __init__(self, message: str, failed: dict[str, str]) -> None:
        super().__init__(message)
        self.failed = failed
