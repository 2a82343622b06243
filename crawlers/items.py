"""The one item every spider yields: a document on its way to the Store.

A dataclass (Scrapy handles it through itemadapter) with the same fields as
`isletwatch.model.Document`, minus what the store derives itself (id,
content hash, fetch time). Spiders fill what their source says; the
pipelines normalize, filter, link duplicates and then call `to_document`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from isletwatch.model import Document


@dataclass
class DocumentItem:
    source: str
    url: str
    title: str = ""
    text: str = ""
    kind: str = "other"
    published: str | None = None
    language: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None

    def to_document(self) -> Document:
        """Build (and so validate) the model object; raises isletwatch.errors.ValidationError."""
        ids = {k: str(v) for k, v in self.identifiers.items() if v}
        return Document(source=self.source, url=self.url, title=self.title, text=self.text, kind=self.kind,
                        published=self.published, language=self.language, identifiers=ids, meta=self.meta,
                        duplicate_of=self.duplicate_of)
