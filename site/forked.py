"""Forked copies of this process, so page rendering, downloads and search indexing use every core.

A build holds every document in memory; a forked child sees it without
copying or pickling (copy-on-write), does its share, and sends back only a
small result. `Forked` runs one function; `Pool` hands out `JobQueue`s of
jobs to this process and its children one job at a time. Used only when a
build is big enough to gain from it (builder.PARALLEL_MIN), and only where
`fork` exists; elsewhere the same jobs run here, one after another.
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


class JobQueue:
    """Jobs that this process and every copy forked after the queue was made take one at a time.

    Why a shared queue rather than fixed halves: the jobs differ a lot in cost
    (a search segment takes seconds to index, a chunk of pages takes
    a fraction of that), so handing them out one by one keeps both cores busy
    to the end. `weights` (pages per job) count towards progress. `limit`
    bounds how many of its jobs run at once over all processes: each search
    segment job holds a few hundred MB of postings, and more of them than
    cores would only add memory.
    """

    def __init__(self, jobs: Sequence[Callable[[], Any]], weights: Sequence[int] | None = None,
                 limit: int | None = None) -> None:
        self.jobs = list(jobs)
        self.weights = list(weights) if weights is not None else [1] * len(self.jobs)
        ctx = multiprocessing.get_context("fork") if available() else multiprocessing.get_context()
        self._next, self.done = ctx.Value("i", 0), ctx.Value("i", 0)
        self._slots = ctx.BoundedSemaphore(limit) if limit else None

    def work(self, report: Callable[[], None] | None = None) -> dict[int, Any]:
        """Run jobs until none is left; their results by job number. `report()` after each job."""
        results: dict[int, Any] = {}
        while True:
            with self._next.get_lock():
                number = self._next.value
                self._next.value += 1
            if number >= len(self.jobs):
                return results
            if self._slots is None:
                results[number] = self.jobs[number]()
            else:
                with self._slots:
                    results[number] = self.jobs[number]()
            with self.done.get_lock():
                self.done.value += self.weights[number]
            if report:
                report()


class Pool:
    """Worker processes over job queues: started early for the jobs that are ready, joined by more later.

    A build knows some jobs (search shards, downloads) as soon as the store is
    loaded and the rest (pages) only after comparisons and feeds are computed;
    `start` forks a worker on the first queues at once, so those seconds of
    single-core work in the parent overlap with indexing. The early worker
    counts towards `processes`: each forked copy ends up copying much of the
    heap it touches (reference counts), so more copies than cores cost memory
    and gain nothing. A child's side
    effects are lost with it, so `child_state()` is called in each child before
    its first job and returns a function whose value (what the child wrote)
    goes back to `absorb` in the parent.
    """

    def __init__(self, processes: int, child_state: Callable[[], Callable[[], Any]] | None = None,
                 absorb: Callable[[Any], None] | None = None) -> None:
        self.parallel = processes > 1 and available()
        self.processes, self.child_state, self.absorb = processes, child_state, absorb
        self.queues: list[JobQueue] = []
        self._children: list[tuple[Forked, Sequence[JobQueue]]] = []
        self._frozen = False

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop workers still running (the build failed before `run` collected them)."""
        for worker, _ in self._children:
            worker.stop()
        self._children = []
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def _fork(self, queues: Sequence[JobQueue]) -> None:
        gc.freeze()  # the collector would otherwise touch (and so copy) every object the children share
        self._frozen = True
        self._children.append((Forked(self._child, queues), queues))

    def start(self, *queues: JobQueue) -> None:
        """Fork one worker now on `queues` (when parallel); they are also finished by `run`."""
        self.queues += [q for q in queues if q not in self.queues]
        if self.parallel and any(q.jobs for q in queues):
            self._fork(queues)

    def _child(self, queues: Sequence[JobQueue]) -> tuple[list[dict[int, Any]], Any]:
        collect = self.child_state() if self.child_state else (lambda: None)
        return [q.work() for q in queues], collect()

    def run(self, *queues: JobQueue, on_progress: Callable[[int], None] | None = None) -> list[list[Any]]:
        """Finish every queue (these and those started), with this process and forked workers up to `processes`;
        the results of each queue in job order (the queues given here first, then those started earlier)."""
        order = [*queues, *(q for q in self.queues if q not in queues)]
        self.queues = order
        report = (lambda: on_progress(sum(q.done.value for q in order))) if on_progress else None
        if self.parallel:  # an early worker counts as one: a third process would copy the heap once more
            for _ in range(self.processes - 1 - len(self._children)):
                self._fork(order)
        mine = [q.work(report) for q in order]
        failure: SiteError | None = None
        children, self._children = self._children, []
        for worker, queues in children:  # wait for every child, even when one failed, then raise the first failure
            try:
                theirs, state = worker.result()
            except SiteError as exc:
                failure = failure or exc
                continue
            for queue, results in zip(queues, theirs):
                mine[order.index(queue)].update(results)
            if self.absorb:
                self.absorb(state)
        self.__exit__()
        if failure:
            raise failure
        if report:
            report()
        return [[results[i] for i in range(len(q.jobs))] for q, results in zip(order, mine)]


def cpus() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
