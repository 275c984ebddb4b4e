"""Both cores for the local night: ingest and classify partitions mapped over forked worker processes.

The nightly flow maps partitions over a Dask cluster; the plain pipeline (``consistency audit``,
``backfill``, the benchmark's local runner) maps the same partitions over a pool of
``Settings.local_workers`` processes. The pool is forked after the parent has imported the heavy
modules (Great Expectations, spaCy, scikit-learn) and loaded the models, so the workers start with
them instead of paying seconds of CPU each. Partitions share no rows and loads are upserts, so the
store ends the same whatever process loaded which partition; results come back in partition order.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from consistency.store.db import forget_inherited_connections

T = TypeVar("T")
R = TypeVar("R")


def can_fork(db_url: str) -> bool:
    """A pool needs fork (Linux, macOS), a store other processes can open, a parent allowed children,
    and no Prefect run around it."""
    in_memory = db_url in ("sqlite://", "sqlite:///:memory:")
    # Dask workers and Prefect's process-pool tasks are daemonic: they may not start processes.
    return ("fork" in multiprocessing.get_all_start_methods() and not in_memory
            and not multiprocessing.current_process().daemon and not _in_prefect_run() and _only_safe_threads())


# A thread whose name starts with this takes no lock a worker needs (e.g. the benchmark's memory sampler).
FORK_SAFE = "fork-safe:"


def _only_safe_threads() -> bool:
    """Fork copies only the calling thread: a lock another thread holds at that moment stays held in the
    child for ever. Seen: a test process with threads other libraries had left running forked two workers
    that waited on a lock until killed. So fork only when every other thread is marked ``FORK_SAFE``;
    otherwise the step runs in this process."""
    me = threading.current_thread()
    return all(t is me or t.name.startswith(FORK_SAFE) for t in threading.enumerate())


def _in_prefect_run() -> bool:
    """Inside a Prefect flow or task run: its threads (task runner, API log worker) hold locks a forked
    child would inherit held, and the flow spreads its partitions over its own task runner anyway.
    Seen: a backfill flow's classify task forked two workers that never started work."""
    import sys

    if "prefect" not in sys.modules:
        return False
    from prefect.context import FlowRunContext, TaskRunContext

    return FlowRunContext.get() is not None or TaskRunContext.get() is not None


def map_partitions(work: Callable[[T], R], items: Sequence[T], workers: int, db_url: str,
                   done: Callable[[T, R], None] | None = None) -> list[R]:
    """``work(item)`` for every item, in order; over up to ``workers`` forked processes when that helps.

    ``done(item, result)`` runs here, in the parent, as results arrive in order (progress bars).
    """
    items = list(items)
    workers = min(workers, len(items))
    if workers <= 1 or not can_fork(db_url):
        results = []
        for item in items:
            results.append(work(item))
            if done:
                done(item, results[-1])
        return results
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_in_worker) as pool:
        results = []
        for item, result in zip(items, pool.map(work, items)):
            results.append(result)
            if done:
                done(item, result)
        return results


def _in_worker() -> None:
    # The parent's pooled database connections came along with the fork: never use or close them here.
    forget_inherited_connections()
    _die_with_parent()


def _die_with_parent() -> None:
    """Linux: SIGTERM this worker when the audit that forked it dies (killed by the scheduler, a crash).

    Otherwise a worker would finish its batch and wait for work forever. What it committed stays,
    like the batches of a single process stopped the same way; the re-run does the rest.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass

