"""Run the real `isletwatch` CLI with the osmem media-type shim: `python -m tests.index.cli_osmem ARGS`.

The shim is test-only (production talks to real Elasticsearch), so the CLI
cannot load it by itself; this runner puts it into the client defaults and
then hands over to `isletwatch.cli.main` unchanged.
"""
from __future__ import annotations

import sys

from isletwatch.cli import main
from isletwatch.index import elastic_client

from .osmem import CompatNode

if __name__ == "__main__":
    elastic_client.DEFAULT_CLIENT_OPTIONS["node_class"] = CompatNode
    sys.exit(main(sys.argv[1:]))
