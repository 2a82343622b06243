"""Search hits for a terminal: titles, where they come from, the highlight and a line per claim.

The store's highlights are HTML (escaped text with <mark>); here they become
Rich markup, with the crawled text escaped again so that a title containing
`[bold]` or `<b>` prints as written.
"""
from __future__ import annotations

import html
from typing import Any


def print_hits(result: Any) -> None:
    """Print each hit of a SearchResult on stdout (titles and text escaped for Rich)."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    for hit in result.hits:
        hl = escape(unescape_marks(hit.highlight)).replace("\ue000", "[bold yellow]").replace("\ue001", "[/]")
        console.print(f"[bold]{escape(hit.title)}[/bold]  [dim]{hit.source} · {hit.kind} · "
                      f"{hit.published or 'undated'}[/dim]\n  {escape(hit.url)}\n  {hl}")
        for claim in hit.claims[:5]:
            console.print(f"  [green]• {escape(claim_line(claim))}[/green]")
        console.print()


def unescape_marks(highlight: str) -> str:
    """The store's HTML highlight as plain text, its <mark> tags kept as private-use markers."""
    return html.unescape(highlight.replace("<mark>", "\ue000").replace("</mark>", "\ue001"))


def claim_line(claim: dict[str, Any]) -> str:
    """One claim in a line a journalist can scan: type, outcome, counts, durations, cells."""
    parts = [claim.get("diabetes_type") or "?", claim.get("outcome") or "?"]
    if claim.get("n_patients"):
        n = claim.get("n_with_outcome")
        parts.append(f"{n} of {claim['n_patients']}" if n is not None else f"n={claim['n_patients']}")
    for key, label in (("outcome_duration_days", "lasting"), ("follow_up_days", "at"),
                       ("time_to_outcome_days", "within")):
        if claim.get(key):
            parts.append(f"{label} {claim[key]} days")
    if claim.get("cell_type"):
        parts.append(claim["cell_type"])
    return ", ".join(str(p) for p in parts)


def print_health(health: list[Any]) -> None:
    """Each source's last crawl and its warnings (isletwatch.health.SourceHealth), as aligned plain text on stdout."""
    when = lambda t: (t or "never")[:16].replace("T", " ")  # noqa: E731
    print(f"{'source':<15} {'last crawl':<16} {'requests':>8} {'items':>6} {'new':>5} {'errors':>6}  "
          f"{'last new document':<17}  usually every")
    for h in health:
        usual = f"{h.usual_interval_days:.1f} days" if h.usual_interval_days is not None else "-"
        print(f"{h.source:<15} {when(h.last.finished):<16} {h.last.requests:>8} {h.last.items:>6} {h.last.new:>5} "
              f"{h.last.errors:>6}  {when(h.last_new):<17}  {usual}")
    for h in health:
        for warning in h.warnings:
            print(f"warning: {h.source}: {warning}")
