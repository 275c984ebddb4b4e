"""The nightly audit as a Prefect flow: one task per step, retries on the steps that touch files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from consistency import pipeline
from consistency.config import Settings
from consistency.store import repository as repo
from consistency.store.db import session_scope
from consistency.store.locks import night_lock


@task(cache_policy=NO_CACHE)
def open_run(business_date: date, kind: str) -> int:
    """Migrate the store and record the run, so every row it writes carries this run's id."""
    engine = pipeline.open_store(Settings.from_env())
    with session_scope(engine) as session:
        return repo.start_run(session, kind, business_date)


@task(retries=2, retry_delay_seconds=30, persist_result=True, cache_policy=NO_CACHE)
def ingest_night(business_date: date, run_id: int, source: str | None = None) -> dict[str, Any]:
    """Ingest one night's exports (``<inbox>/<date>`` unless a source folder is given)."""
    settings = Settings.from_env()
    folder = Path(source) if source else pipeline.night_folder(settings, business_date)
    if folder is None or not folder.exists():
        print(f"No exports for {business_date} under {settings.inbox}; auditing what the store holds.")
        return pipeline.IngestReport().as_dict()
    engine = pipeline.open_store(settings)
    return pipeline.ingest(engine, folder, settings, run_id).as_dict()


@task(persist_result=True, cache_policy=NO_CACHE)
def classify_window(start: date, end: date, branches: list[str] | None = None) -> int:
    """Label the interactions of the window that the current models have not labelled."""
    settings = Settings.from_env()
    return pipeline.classify(pipeline.open_store(settings), settings, start, end, branches)


@task(persist_result=True, cache_policy=NO_CACHE)
def analyse_night(business_date: date, run_id: int, branches: list[str] | None = None) -> pipeline.Analysis:
    """Aggregate the history window and detect out-of-line cells; flags are stored."""
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


@flow(name="nightly-audit", log_prints=True)
def nightly_audit(business_date: date | None = None, source: str | None = None,
                  branches: list[str] | None = None, demo: bool = False) -> dict[str, Any]:
    """Audit one business date (default: yesterday) from ingest to report."""
    day = business_date or date.today() - timedelta(days=1)
    settings = Settings.from_env()
    settings.require_real_key(demo)  # refuse before any record is pseudonymised
    # One audit of a date at a time: a second flow run waits (CONSISTENCY_NIGHT_WAIT_SECONDS) or refuses.
    with night_lock(pipeline.open_store(settings), day, settings.night_wait_seconds):
        run_id = open_run(day, "audit")
        stats: dict[str, Any] = {"ingest": ingest_night(day, run_id, source)}
        stats["classified"] = classify_window(day - timedelta(days=settings.history_days - 1), day, branches)
        analysis = analyse_night(day, run_id, branches)
        stats["flags"] = len(analysis.detection.flags)
        stats["watch"] = pipeline.watch_summary(analysis.detection)
        stats["report"] = write_report(analysis)
        close_run(run_id, stats)
    print(f"{stats['flags']} flags and {stats['watch']['watching']} watch items for {day}; report {stats['report']}")
    return stats


if __name__ == "__main__":
    nightly_audit()
