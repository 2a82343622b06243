from __future__ import annotations

from pathlib import Path

import pytest

from isletwatch.config import Config, load_config
from isletwatch.errors import ConfigError


def test_defaults_without_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config(None, env={})
    assert cfg.store == Config().store and cfg.crawl.sources[0] == "pubmed" and cfg.source_file == ""


def test_file_then_environment_precedence(tmp_path: Path) -> None:
    f = tmp_path / "isletwatch.toml"
    f.write_text('store = "x.db"\n[extract]\nbatch_size = 8\nmodel = "blank"\n[crawl]\nfeeds = ["https://a/rss"]\n')
    cfg = load_config(f, env={"ISLETWATCH_EXTRACT__BATCH_SIZE": "64", "ISLETWATCH_CRAWL__SOURCES": "pubmed, news",
                              "ISLETWATCH_ES_URL": "ignored, not a config key"})
    assert cfg.store == "x.db" and cfg.extract.model == "blank"
    assert cfg.extract.batch_size == 64  # environment wins over the file
    assert cfg.crawl.sources == ["pubmed", "news"] and cfg.crawl.feeds == ["https://a/rss"]
    assert cfg.source_file == str(f)
    assert cfg.override(store="y.db", site_dir=None).store == "y.db"


@pytest.mark.parametrize("text, message", [
    ("[extract]\nbatch_size = \"big\"\n", "extract.batch_size must be a whole number"),
    ("[crawl]\nfeeds = \"one\"\n", "crawl.feeds must be a list of strings"),
    ("stor = \"typo.db\"\n", "unknown key"),
    ("[extract\nbroken", "not valid TOML"),
    ("crawl = 3\n", "must be a table"),
])
def test_bad_file_values_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "isletwatch.toml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(f, env={})


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="ISLETWATCH_SITE__PORT"):
        load_config(None, env={"ISLETWATCH_SITE__PORT": "eighty"})


def test_named_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml", env={})


def test_saved_search_feeds_are_an_array_of_tables(tmp_path: Path) -> None:
    path = tmp_path / "isletwatch.toml"
    path.write_text('[site]\nbase_url = "https://x.org/"\n\n[[site.feeds]]\nname = "T1D"\nquery = "insulin"\n'
                    'filters = ["diabetes_type=T1D"]\n\n[[site.feeds]]\nname = "Deaths"\nfilters = ["outcome=death"]\n')
    site = load_config(path, env={}).site
    assert [(f.name, f.query, f.filters) for f in site.feeds] == [("T1D", "insulin", ["diabetes_type=T1D"]),
                                                                  ("Deaths", "", ["outcome=death"])]
    assert load_config(path, env={}).to_dict()["site"]["feeds"][1] == {"name": "Deaths", "query": "",
                                                                       "filters": ["outcome=death"]}
    path.write_text('[[site.feeds]]\nquery = "x"\n')
    with pytest.raises(ConfigError, match="needs a name"):
        load_config(path, env={})
    path.write_text('[[site.feeds]]\nname = "x"\ncolour = "red"\n')
    with pytest.raises(ConfigError, match="site.feeds.colour"):
        load_config(path, env={})
    with pytest.raises(ConfigError, match="TOML file"):
        load_config(None, env={"ISLETWATCH_SITE__FEEDS": "x"})
