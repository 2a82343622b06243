"""JSONL in, JSONL out: SCHEMA v1 input lines to SCHEMA v1 extraction lines."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from isletwatch.errors import ValidationError
from isletwatch.model import Document, dumps

from .extractor import Extractor


def read_documents(in_path: str | Path) -> Iterator[Document]:
    """Documents from a SCHEMA v1 input file; a malformed line stops with its line number."""
    with open(in_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield Document.from_schema_input(record)
            except (json.JSONDecodeError, ValidationError, TypeError, ValueError) as e:
                raise ValidationError(f"{in_path}:{n}: not a SCHEMA v1 input line ({e})") from e


def extract_jsonl(in_path: str | Path, out_path: str | Path, extractor: Extractor,
                  progress: Callable[[int], None] | None = None, batch_size: int = 32, n_process: int = 1) -> int:
    """Write one output line per input line, in order; returns how many were written."""
    count = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for extraction in extractor.extract_many(read_documents(in_path), batch_size=batch_size, n_process=n_process):
            out.write(dumps(extraction.to_schema()) + "\n")
            count += 1
            if progress is not None:
                progress(count)
    return count
