"""The `isletwatch` command: a thin layer over the pipeline and the stages' library APIs.

Every command ends with a one-line summary on stderr; machine-readable output
(`--json`) goes to stdout alone. Errors a user can fix print one line and exit
non-zero, never a traceback.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from . import __version__, pipeline
from .config import Config, load_config
from .errors import IsletWatchError
from .display import print_health, print_hits
from .progress import crawl_progress, error, info, progress_bar, summary

SOURCES_HELP = "pubmed, europepmc, clinicaltrials, biorxiv, news, or all"


def _config(ctx: click.Context) -> Config:
    return ctx.find_root().obj


def _set_store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        root = ctx.find_root()
        root.obj = root.obj.override(store=value)


def store_option(command: Any) -> Any:
    """`--store` after the command name too: `isletwatch search x --store http://localhost:9200`."""
    return click.option("--store", expose_value=False, callback=_set_store, is_eager=False,
                        help="SQLite path or Elasticsearch URL for this command.")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML file (default: ./isletwatch.toml).")
@click.option("--store", help="SQLite path or Elasticsearch URL (overrides the config's `store`).")
@click.version_option(__version__, prog_name="isletwatch")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, store: str | None) -> None:
    """IsletWatch: track claims about stem-cell therapy for diabetes."""
    ctx.obj = load_config(config_path).override(store=store)


@cli.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of TOML-like text.")
@click.pass_context
def config_cmd(ctx: click.Context, as_json: bool) -> None:
    """Print the effective configuration (defaults, file, environment, flags)."""
    cfg = _config(ctx)
    data = cfg.to_dict()
    origin = data.pop("source_file") or "defaults (no isletwatch.toml found)"
    if as_json:
        click.echo(json.dumps(data, indent=2))
    else:
        for key, value in data.items():
            if not isinstance(value, dict):
                click.echo(f"{key} = {json.dumps(value)}")
        for key, value in data.items():
            if isinstance(value, dict):
                click.echo(f"\n[{key}]")
                for k, v in value.items():
                    click.echo(f"{k} = {json.dumps(v)}")
    summary(f"config from {origin} with ISLETWATCH_* overrides; store = {cfg.store}")


@cli.command()
@click.option("--source", "sources", multiple=True, default=["all"], show_default=True, help=SOURCES_HELP)
@click.option("--since", help="Only items newer than this date (YYYY-MM-DD); default: each source's watermark.")
@click.option("--replay", help="Route every request to a replay server at this URL (offline crawling).")
@click.option("--reparse", is_flag=True, help="Rebuild the documents from the raw archive (crawl.archive), "
              "with no request to the sources: after a parser fix, or to rebuild a lost store.")
@store_option
@click.pass_context
def crawl(ctx: click.Context, sources: tuple[str, ...], since: str | None, replay: str | None, reparse: bool) -> None:
    """Fetch new documents from the sources into the store."""
    cfg = _config(ctx)
    chosen = None if "all" in sources else list(sources)
    with crawl_progress() as progress:
        result = pipeline.crawl(cfg.store, cfg, chosen, since, replay or cfg.crawl.replay or None, progress,
                                reparse=reparse)
    summary(result.line())


@cli.command()
@click.option("--jsonl", "jsonl_in", type=click.Path(exists=True, dir_okay=False),
              help="Read SCHEMA v1 input lines from this file instead of the store.")
@click.option("--out", type=click.Path(dir_okay=False), help="With --jsonl: write SCHEMA v1 output lines here.")
@click.option("--model", help="spaCy pipeline to use (`blank` for none); overrides extract.model.")
@store_option
@click.pass_context
def extract(ctx: click.Context, jsonl_in: str | None, out: str | None, model: str | None) -> None:
    """Extract claims: from stored documents that changed, or from a JSONL file."""
    cfg = _config(ctx)
    if model:
        cfg.extract.model = model
    if jsonl_in and not out:
        raise click.UsageError("--jsonl needs --out FILE for the SCHEMA v1 output")
    extractor = pipeline.load_configured_extractor(cfg)
    if jsonl_in:
        from .nlp import extract_jsonl

        started = time.monotonic()
        total = sum(1 for line in open(jsonl_in, encoding="utf-8", errors="replace") if line.strip())
        with progress_bar("extract", total) as advance:
            n = extract_jsonl(jsonl_in, out, extractor, progress=advance)
        summary(f"extracted {n} records from {jsonl_in} into {out} in {time.monotonic() - started:.1f}s "
                f"(extractor {extractor.version})")
        return
    with pipeline.open_configured_store(cfg) as store:
        result = pipeline.extract_store(store, extractor, cfg, progress=progress_bar)
    summary(result.line() if result.documents else f"nothing to extract: every document is current "
                                                   f"for extractor {result.version}")


@cli.command("stories")
@click.option("--json", "as_json", is_flag=True, help="Print every story as JSON on stdout.")
@store_option
@click.pass_context
def stories_cmd(ctx: click.Context, as_json: bool) -> None:
    """Link documents into stories (primary source, first report, discrepancies) and store them."""
    cfg = _config(ctx)
    with pipeline.open_configured_store(cfg) as store:
        result = pipeline.relink_stories(store, progress=progress_bar)
        if as_json:
            click.echo(json.dumps([s.to_dict() for s in store.iter_stories()], indent=1, ensure_ascii=False))
    summary(result.line())


@cli.command("site")
@click.option("--out", help="Output directory (default: site_dir from config, `public`).")
@store_option
@click.pass_context
def site_cmd(ctx: click.Context, out: str | None) -> None:
    """Build the static site from the store."""
    cfg = _config(ctx)
    with pipeline.open_configured_store(cfg) as store:
        result = _build_site(store, cfg, out)
    summary(result.line())


def _build_site(store: Any, cfg: Config, out: str | None) -> Any:
    with progress_bar("site", None, unit="pages") as advance:
        last = [0]

        def progress(done: int, total: int) -> None:
            advance(done - last[0])
            last[0] = done

        return pipeline.build_site(store, cfg, out, progress=progress)


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--filter", "filters", multiple=True, metavar="FIELD=VALUE",
              help="Repeatable: source, kind, year, diabetes_type, outcome, cell_type.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(0, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON on stdout.")
@store_option
@click.pass_context
def search(ctx: click.Context, query: str, filters: tuple[str, ...], sort: str, limit: int, offset: int,
           as_json: bool) -> None:
    """Search documents and their claims (all words must match; "phrases", -exclude, OR)."""
    from .index import SearchQuery, parse_filters

    cfg = _config(ctx)
    try:
        q = SearchQuery(query, filters=parse_filters(filters), sort=sort, limit=limit, offset=offset)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    started = time.monotonic()
    with pipeline.open_configured_store(cfg) as store:
        result = store.search(q)
    took = (time.monotonic() - started) * 1000
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        print_hits(result)
    summary(f"{result.total} documents match {query or '(everything)'!r}; showing {len(result.hits)} "
            f"from {offset + 1 if result.hits else 0} ({took:.0f} ms)")


@cli.command("index")
@click.option("--reindex", "rebuild", is_flag=True,
              help="Elasticsearch: rebuild the index with the current mappings and swap the alias atomically.")
@click.option("--from", "source", metavar="STORE", help="Copy every document, claim and watermark from this store "
              "(e.g. sqlite:data/isletwatch.db) ...")
@click.option("--to", "target", metavar="STORE", help="... into this one (default: the configured store).")
@store_option
@click.pass_context
def index_cmd(ctx: click.Context, rebuild: bool, source: str | None, target: str | None) -> None:
    """Move a store into another (--from/--to), or rebuild an Elasticsearch index (--reindex)."""
    from .index import copy_store, reindex

    cfg = _config(ctx)
    if rebuild == bool(source):
        raise click.UsageError("give either --reindex, or --from STORE [--to STORE]")
    if rebuild:
        with pipeline.open_configured_store(cfg) as store:
            result = reindex(store, progress=progress_bar)
    else:
        into = cfg.override(store=target) if target else cfg
        with pipeline.open_configured_store(cfg.override(store=source)) as src, \
                pipeline.open_configured_store(into) as dst:
            result = copy_store(src, dst, progress=progress_bar)
    summary(result.line())


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
@store_option
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of documents and claims, by source and kind."""
    cfg = _config(ctx)
    with pipeline.open_configured_store(cfg) as store:
        data = store.stats()
    if as_json:
        click.echo(json.dumps(data, indent=1))
    else:
        for key in ("by_source", "by_kind"):
            click.echo(f"{key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in data[key].items()))
    summary(f"{data['documents']} documents, {data['claims']} claims, {data['duplicates']} duplicates "
            f"in {cfg.store}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print each source's health as JSON on stdout.")
@store_option
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """Each source's last crawl (requests, items, new documents, errors) and warnings: gone quiet, errors up."""
    from .health import source_health

    cfg = _config(ctx)
    with pipeline.open_configured_store(cfg) as store:
        health = source_health(store)
    warnings = [f"{h.source} {w}" for h in health for w in h.warnings]
    if as_json:
        click.echo(json.dumps({"sources": [h.to_dict() for h in health], "warnings": warnings}, indent=1))
    else:
        print_health(health)
    if not health:
        summary(f"no crawl recorded in {cfg.store} yet; run `isletwatch crawl`")
    else:
        summary(f"{len(health)} sources crawled, {len(warnings)} warnings" + (": " + "; ".join(warnings) if warnings
                                                                             else ""))


@cli.command()
@click.option("--dir", "directory", help="Site directory (default: site_dir from config).")
@click.option("--port", type=int, help="Port (default: site.port from config, 8000).")
@click.pass_context
def serve(ctx: click.Context, directory: str | None, port: int | None) -> None:
    """Serve the built site on http://127.0.0.1:PORT (the search index is fetched over HTTP)."""
    cfg = _config(ctx)
    root = Path(directory or cfg.site_dir)
    if not (root / "index.html").exists():
        raise IsletWatchError(f"no site in {root}; build it first with `isletwatch site` (or `make demo`)")
    from .site import serve as serve_site

    serve_site(root, port or cfg.site.port)
    summary(f"stopped serving {root}")


@cli.command()
@click.option("--source", "sources", multiple=True, default=["all"], show_default=True, help=SOURCES_HELP)
@click.option("--since", help="Only items newer than this date (YYYY-MM-DD).")
@store_option
@click.pass_context
def run(ctx: click.Context, sources: tuple[str, ...], since: str | None) -> None:
    """All stages: crawl the live sources, extract, build the site."""
    cfg = _config(ctx)
    _all_stages(cfg, None if "all" in sources else list(sources), since, cfg.crawl.replay or None)


@cli.command()
@store_option
@click.pass_context
def demo(ctx: click.Context) -> None:
    """All stages offline: crawl the bundled demo corpus from a local replay server, extract, build the site."""
    from .crawlers.replay import ReplayServer

    corpus = pipeline.demo_corpus()
    cfg, overrides = pipeline.demo_config(_config(ctx), corpus)
    with ReplayServer([corpus]) as server:
        info(f"replaying the demo corpus ({corpus}) from {server.url}")
        _all_stages(cfg, None, None, server.url, overrides)


def _all_stages(cfg: Config, sources: list[str] | None, since: str | None, replay: str | None,
                overrides: dict[str, Any] | None = None) -> None:
    started = time.monotonic()
    with crawl_progress() as progress:
        crawled = pipeline.crawl(cfg.store, cfg, sources, since, replay, progress, overrides)
    info(crawled.line())
    extractor = pipeline.load_configured_extractor(cfg)
    with pipeline.open_configured_store(cfg) as store:
        extracted = pipeline.extract_store(store, extractor, cfg, progress=progress_bar)
        info(extracted.line())
        info(pipeline.relink_stories(store, progress=progress_bar).line())
        built = _build_site(store, cfg, None)
        info(built.line())
        counts = store.stats()
    summary(f"done in {time.monotonic() - started:.0f}s: {counts['documents']} documents, {counts['claims']} "
            f"claims in {cfg.store}; site in {cfg.site_dir}/ (browse with `isletwatch serve`, "
            f"search with `isletwatch search insulin`)")


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="isletwatch", standalone_mode=False)
    except click.exceptions.Abort:
        error("interrupted")
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except IsletWatchError as exc:
        error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
