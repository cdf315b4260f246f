"""Spread independent jobs over the machine's cores, keeping their order.

Parsing and rendering are most of a build and every file or page is independent
of the others. Workers are forked, so they inherit the jobs and everything the
jobs read (the whole model) without pickling; only results travel back, in the
jobs' order, so the output is the same for any number of workers.

Runs in-process when fork is unavailable (Windows; macOS only offers it unsafely),
when the process already has threads (forking those can deadlock, e.g. inside
`mkdocs serve`), for small inputs, or with BRIEFINGS_JOBS=1.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 400  # below this, starting the workers costs more than it saves
CHUNK = 64

_task: tuple[Callable, Sequence] | None = None  # what the forked workers run


def worker_count() -> int:
    wanted = os.environ.get("BRIEFINGS_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def map_ordered(
    function: Callable[[T], R], items: Sequence[T], min_items: int = MIN_ITEMS, done: Callable[[int], None] | None = None
) -> list[R]:
    """[function(item) for item in items], on every core when that pays: with at least
    `min_items` items (lower it when a few items are each a lot of work). `done(n)` is
    told, in this process, each time n more items are finished (for progress)."""
    workers = min(worker_count(), len(items))
    if workers <= 1 or len(items) < min_items or not _can_fork():
        if done is None:
            return [function(item) for item in items]
        results = []
        for item in items:
            results.append(function(item))
            done(1)
        return results
    # Small chunks when items are few, so one long item does not hold a whole chunk back.
    chunk = max(1, min(CHUNK, len(items) // (8 * workers)))
    global _task
    _task = (function, items)
    # Objects the parent made before the fork are never collected in the workers,
    # so their pages stay shared instead of being copied by the collector's writes.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            bounds = [(start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)]
            results: list[R] = []
            for part in pool.imap(_run, bounds):
                results.extend(part)
                if done is not None:
                    done(len(part))
            return results
    finally:
        _task = None
        gc.unfreeze()


def _run(bounds: tuple[int, int]) -> list:
    function, items = _task  # type: ignore[misc]
    return [function(item) for item in items[bounds[0] : bounds[1]]]
