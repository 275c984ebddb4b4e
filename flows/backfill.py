"""Backfill a range of business dates: ingest every night (mapped over days), then analyse the last."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from prefect import flow

from consistency import pipeline
from consistency.config import Settings
from flows.nightly_audit import analyse_night, classify_window, close_run, ingest_night, open_run, write_report


@flow(name="backfill", log_prints=True)
def backfill_flow(start: date, end: date, demo: bool = False) -> dict[str, Any]:
    """Ingest each night from ``start`` to ``end``, classify the range and report ``end``."""
    Settings.from_env().require_real_key(demo)  # refuse before any record is pseudonymised
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    run_id = open_run(end, "backfill")
    # Nights are independent files; one connection at a time keeps SQLite happy, while a
    # PostgreSQL store with a Dask task runner could map them in parallel.
    ingested = [ingest_night(day, run_id) for day in days]
    settings = Settings.from_env()
    first = min(start, end - timedelta(days=settings.history_days - 1))
    stats: dict[str, Any] = {"days": len(days), "ingest": ingested}
    stats["classified"] = classify_window(first, end)
    analysis = analyse_night(end, run_id)
    stats["flags"] = len(analysis.detection.flags)
    stats["watch"] = pipeline.watch_summary(analysis.detection)
    stats["report"] = write_report(analysis)
    close_run(run_id, {k: v for k, v in stats.items() if k != "ingest"})
    return stats


if __name__ == "__main__":
    import sys

    backfill_flow(date.fromisoformat(sys.argv[1]), date.fromisoformat(sys.argv[2]))
