"""The site stage: a static site built from the Store (Jinja2 pages, search index, Atom feeds, downloads)."""
from __future__ import annotations

from .builder import SiteSummary, build_site
from .serve import make_server, serve

__all__ = ["SiteSummary", "build_site", "make_server", "serve"]
