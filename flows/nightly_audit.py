"""The nightly audit as a Prefect flow: the night split into partitions mapped over a Dask cluster.

Ingest is mapped over the night's source folders and classification over its branches with
``prefect-dask``'s ``DaskTaskRunner``: a ``LocalCluster`` on this machine by default, or the Dask
cluster at ``CONSISTENCY_DASK_ADDRESS`` (every worker needs this package and the same settings).
Partitions share no rows and loads are upserts, so a partition redone after a crash (the task's
retries, or Dask re-running the task of a lost worker) leaves each row once.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from consistency import pipeline
from consistency.config import Settings
from consistency.store import repository as repo
from consistency.store.db import session_scope
from consistency.store.locks import night_lock

# Fault injection for the crash test: the first worker to load a batch while this marker file does
# not exist creates it and kills its own process (SIGKILL, no clean-up), once per marker.
KILL_MARKER_ENV = "CONSISTENCY_FAULT_KILL_MARKER"


def task_runner(settings: Settings) -> TaskRunner:
    """Dask at ``dask_address``, else a LocalCluster of ``dask_workers`` processes; 0 workers: in-process."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    if settings.dask_workers > 0:
        from prefect_dask import DaskTaskRunner

        # one thread per process: classification is CPU-bound Python, threads would share one GIL
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=1)


def _partition_settings() -> Settings:
    """A mapped task's settings: the task runner spreads the partitions (and no task forks a pool:
    ``parallel.can_fork`` refuses inside a Prefect run)."""
    return Settings.from_env(local_workers=1)


@task(cache_policy=NO_CACHE)
def open_run(business_date: date, kind: str) -> int:
    """Migrate the store and record the run, so every row it writes carries this run's id."""
    engine = pipeline.open_store(Settings.from_env())
    with session_scope(engine) as session:
        return repo.start_run(session, kind, business_date)


@task(cache_policy=NO_CACHE)
def night_partitions(business_date: date, source: str | None = None) -> list[tuple[str, str]]:
    """The night's source folders, (kind, folder), each one ingest partition."""
    settings = Settings.from_env()
    folder = Path(source) if source else pipeline.night_folder(settings, business_date)
    if folder is None or not folder.exists():
        print(f"No exports for {business_date} under {settings.inbox}; auditing what the store holds.")
        return []
    return [(kind, str(path)) for kind, path in pipeline.night_partitions(folder)]


def _maybe_die(_what: str, _done: int) -> None:
    marker = os.environ.get(KILL_MARKER_ENV)
    if marker and not os.path.exists(marker):
        Path(marker).write_text(f"killed pid {os.getpid()}\n", encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)


@task(retries=2, retry_delay_seconds=5, persist_result=True, cache_policy=NO_CACHE)
def ingest_partition(partition: tuple[str, str], run_id: int) -> dict[str, Any]:
    """Ingest one source folder of the night (a retry re-reads it; upserts keep each row once)."""
    settings = _partition_settings()
    kind, folder = partition
    progress = _maybe_die if os.environ.get(KILL_MARKER_ENV) else None
    return pipeline.ingest_partition(pipeline.open_store(settings), kind, Path(folder), settings, run_id,
                                     progress).as_dict()


@task(retries=2, retry_delay_seconds=30, persist_result=True, cache_policy=NO_CACHE)
def ingest_night(business_date: date, run_id: int, source: str | None = None) -> dict[str, Any]:
    """Ingest one whole night in one task (the backfill's unit: nights one after another)."""
    settings = Settings.from_env()
    folder = Path(source) if source else pipeline.night_folder(settings, business_date)
    if folder is None or not folder.exists():
        print(f"No exports for {business_date} under {settings.inbox}; auditing what the store holds.")
        return pipeline.IngestReport().as_dict()
    return pipeline.ingest(pipeline.open_store(settings), folder, settings, run_id).as_dict()


@task(persist_result=True, cache_policy=NO_CACHE)
def classify_window(start: date, end: date, branches: list[str] | None = None) -> int:
    """Label the interactions of a date range that the current models have not labelled."""
    settings = Settings.from_env()
    return pipeline.classify(pipeline.open_store(settings), settings, start, end, branches)


@task(cache_policy=NO_CACHE)
def night_branches(business_date: date, branches: list[str] | None = None) -> list[str]:
    """The night's branches (or the requested subset): one classification partition each."""
    stored = pipeline.night_branches(pipeline.open_store(Settings.from_env()), business_date)
    return [b for b in stored if not branches or b in branches]


@task(retries=2, retry_delay_seconds=5, persist_result=True, cache_policy=NO_CACHE)
def classify_branch(business_date: date, branch: str) -> int:
    """Label the night's interactions of one branch that the current models have not labelled."""
    settings = _partition_settings()
    return pipeline.classify(pipeline.open_store(settings), settings, business_date, business_date, [branch])


@task(persist_result=True, cache_policy=NO_CACHE)
def analyse_night(business_date: date, run_id: int, branches: list[str] | None = None) -> pipeline.Analysis:
    """Store the night's cell statistics, detect out-of-line cells over the window; flags are stored."""
    settings = Settings.from_env()
    return pipeline.analyse(pipeline.open_store(settings), settings, business_date, run_id, branches)


@task(retries=2, retry_delay_seconds=10, persist_result=True, cache_policy=NO_CACHE)
def write_report(analysis: pipeline.Analysis) -> str:
    """Write the HTML report and flags CSV."""
    settings = Settings.from_env()
    return str(pipeline.write_report(pipeline.open_store(settings), settings, analysis))


@task(cache_policy=NO_CACHE)
def close_run(run_id: int, stats: dict[str, Any]) -> None:
    engine = pipeline.open_store(Settings.from_env())
    with session_scope(engine) as session:
        repo.finish_run(session, run_id, "done", stats)


def _merge_ingest(parts: list[dict[str, Any]]) -> dict[str, Any]:
    total = pipeline.IngestReport()
    for part in parts:
        total.interactions.update(part["interactions"])
        total.mystery_shop += part["mystery_shop"]
        total.quarantined.update(part["quarantined"])
        total.file_errors.extend(part["file_errors"])
        total.read.extend(part.get("read", []))
        total.skipped.extend(part.get("skipped", []))
    return total.as_dict()


@flow(name="nightly-audit", log_prints=True, task_runner=task_runner(Settings.from_env()))
def nightly_audit(business_date: date | None = None, source: str | None = None,
                  branches: list[str] | None = None, demo: bool = False) -> dict[str, Any]:
    """Audit one business date (default: yesterday) from ingest to report; partitions run on the flow's task runner."""
    day = business_date or date.today() - timedelta(days=1)
    settings = Settings.from_env()
    settings.require_real_key(demo)  # refuse before any record is pseudonymised
    # One audit of a date at a time: a second flow run waits (CONSISTENCY_NIGHT_WAIT_SECONDS) or refuses.
    with night_lock(pipeline.open_store(settings), day, settings.night_wait_seconds):
        run_id = open_run(day, "audit")
        clock = time.perf_counter()
        seconds: dict[str, float] = {}
        partitions = night_partitions(day, source)
        loaded = ingest_partition.map(partitions, unmapped(run_id)) if partitions else []
        stats: dict[str, Any] = {"ingest": _merge_ingest([f.result() for f in loaded]), "partitions": len(partitions)}
        seconds["ingest"], clock = time.perf_counter() - clock, time.perf_counter()
        # the night only: earlier days were labelled on their own nights (backfill relabels a range)
        labelled = classify_branch.map(unmapped(day), night_branches(day, branches))
        stats["classified"] = sum(f.result() for f in labelled)
        seconds["classify"], clock = time.perf_counter() - clock, time.perf_counter()
        analysis = analyse_night(day, run_id, branches)
        stats["flags"] = len(analysis.detection.flags)
        stats["watch"] = pipeline.watch_summary(analysis.detection)
        seconds["analyse"], clock = time.perf_counter() - clock, time.perf_counter()
        stats["report"] = write_report(analysis)
        seconds["report"] = time.perf_counter() - clock
        stats["seconds"] = {k: round(v, 3) for k, v in seconds.items()}
        close_run(run_id, stats)
    print(f"{stats['flags']} flags and {stats['watch']['watching']} watch items for {day}; report {stats['report']}")
    return stats


def run_nightly_audit(business_date: date | None = None, source: str | None = None,
                      branches: list[str] | None = None, settings: Settings | None = None,
                      return_state: bool = False) -> Any:
    """The nightly flow on the task runner the settings choose (Dask address, LocalCluster or in-process)."""
    runner = task_runner(settings or Settings.from_env())
    return nightly_audit.with_options(task_runner=runner)(business_date=business_date, source=source,
                                                          branches=branches, return_state=return_state)


if __name__ == "__main__":
    run_nightly_audit()
