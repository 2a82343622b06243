"""Progress display for long stages: rate and ETA on stderr, silent when not a terminal.

Output that scripts read (`--json`) goes to stdout; progress and summaries go
to stderr, so `isletwatch search x --json | jq` never sees a progress bar.
"""
from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

err_console = Console(stderr=True, highlight=False)

Advance = Callable[[int], None]
ProgressFactory = Callable[[str, "int | None"], contextlib.AbstractContextManager[Advance]]


@contextlib.contextmanager
def no_progress(label: str, total: int | None, unit: str = "docs") -> Iterator[Advance]:
    """The silent stand-in for library callers that want no display."""
    yield lambda n: None


@contextlib.contextmanager
def progress_bar(label: str, total: int | None, unit: str = "docs") -> Iterator[Advance]:
    """Yield `advance(n)`; shows done/total, rate and ETA while the stage runs."""
    if not err_console.is_terminal:
        yield lambda n: None
        return
    started = time.monotonic()
    done = [0]
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=total, rate="")

        def advance(n: int) -> None:
            done[0] += n
            rate = done[0] / max(time.monotonic() - started, 1e-6)
            progress.update(task, advance=n, rate=f"{rate:,.0f} {unit}/s")

        yield advance


@contextlib.contextmanager
def crawl_progress() -> Iterator[Callable[[str, dict[str, int]], None]]:
    """Yield a `progress(source, counts)` callback that shows items, rate and what was kept per source."""
    per_source: dict[str, dict[str, int]] = {}
    with progress_bar("crawl", None, unit="items") as advance:
        def report(source: str, counts: dict[str, int]) -> None:
            before = per_source.get(source, {}).get("items", 0)
            per_source[source] = counts
            advance(counts.get("items", 0) - before)

        yield report


def summary(line: str) -> None:
    """The one-line summary every command ends with."""
    err_console.print(line, soft_wrap=True)


def info(line: str) -> None:
    err_console.print(f"[dim]{line}[/dim]", soft_wrap=True)


def error(line: str) -> None:
    err_console.print(f"[bold red]error:[/bold red] {line}", soft_wrap=True)


def is_interactive() -> bool:
    return sys.stderr.isatty()
