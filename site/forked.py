"""Run a function in a forked copy of this process, so page rendering and search indexing use both cores.

A build holds every document in memory; a forked child sees it without
copying or pickling (copy-on-write), does its share, and sends back only a
small result. Used only when a build is big enough to gain from it
(builder.PARALLEL_MIN), and only where `fork` exists.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from typing import Any, Callable, Sequence

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

    def stop(self) -> None:
        """End the child now (its result is no longer wanted), and reap it."""
        self._proc.terminate()
        self._proc.join()
        self._conn.close()

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


def run_jobs(jobs: Sequence[Callable[[], Any]], processes: int, *, weights: Sequence[int] | None = None,
             on_progress: Callable[[int], None] | None = None,
             child_state: Callable[[], Callable[[], Any]] | None = None,
             absorb: Callable[[Any], None] | None = None) -> list[Any]:
    """Run `jobs` over `processes` processes (this one and forked copies), each taking the next job when free.

    Why a shared queue rather than fixed halves: the jobs differ a lot in cost
    (a search shard runs a Pagefind indexer for seconds, a chunk of pages takes
    a fraction of that), so handing them out one by one keeps both cores busy
    to the end. Returns the jobs' results in job order. `weights` (pages per
    job) feed `on_progress(done)`, which only this process calls. A child's
    side effects on shared objects are lost with it, so `child_state()` is
    called in each child before its first job and returns a function whose
    value (what the child wrote) goes back to the parent's `absorb`.
    """
    weights = list(weights) if weights is not None else [1] * len(jobs)
    if processes <= 1 or len(jobs) <= 1 or not available():
        results, done = [], 0
        for job, weight in zip(jobs, weights):
            results.append(job())
            done += weight
            if on_progress:
                on_progress(done)
        return results
    ctx = multiprocessing.get_context("fork")
    next_job, done = ctx.Value("i", 0), ctx.Value("i", 0)

    def take() -> int:
        with next_job.get_lock():
            number = next_job.value
            next_job.value += 1
        return number

    def loop(report: bool) -> dict[int, Any]:
        results: dict[int, Any] = {}
        while (number := take()) < len(jobs):
            results[number] = jobs[number]()
            with done.get_lock():
                done.value += weights[number]
                total = done.value
            if report and on_progress:
                on_progress(total)
        return results

    def child() -> tuple[dict[int, Any], Any]:
        collect = child_state() if child_state else (lambda: None)
        return loop(False), collect()

    gc.freeze()  # the collector would otherwise touch (and so copy) every object the children share
    try:
        children = [Forked(child) for _ in range(processes - 1)]
        try:
            mine = loop(True)
        except BaseException:
            for worker in children:
                worker.stop()
            raise
        for worker in children:  # wait for every child, even when one failed, then raise the first failure
            try:
                theirs, state = worker.result()
            except SiteError as exc:
                mine.setdefault(-1, exc)
                continue
            mine.update(theirs)
            if absorb:
                absorb(state)
    finally:
        gc.unfreeze()
    if isinstance(mine.get(-1), SiteError):
        raise mine[-1]
    if on_progress:
        on_progress(sum(weights))
    return [mine[i] for i in range(len(jobs))]


def cpus() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
