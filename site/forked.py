"""Run a function in a forked copy of this process, so page rendering and search indexing use both cores.

A build holds every document in memory; a forked child sees it without
copying or pickling (copy-on-write), does its share, and sends back only a
small result. Used only when a build is big enough to gain from it
(builder.PARALLEL_MIN), and only where `fork` exists.
"""
from __future__ import annotations

import multiprocessing
import traceback
from typing import Any, Callable

from isletwatch.errors import SiteError


def available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class Forked:
    """A function running in a forked child; `result()` waits for it and returns its value (or raises)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_main, args=(child, fn, args), daemon=True)
        self._proc.start()
        child.close()

    def result(self) -> Any:
        try:
            status, value = self._conn.recv()
        except EOFError:
            status, value = "error", f"the worker process died (exit code {self._proc.exitcode})"
        finally:
            self._proc.join()
            self._conn.close()
        if status != "ok":
            raise SiteError(f"a site build worker failed: {value}")
        return value


def _main(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except SiteError as exc:
        conn.send(("error", str(exc)))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", traceback.format_exc(limit=5)))
    finally:
        conn.close()
