"""The nightly flow on a 2-worker Dask LocalCluster: same rows and flags as one process, a killed worker redone."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from consistency import pipeline
from consistency.config import Settings
from consistency.demo import generate
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope

pytestmark = pytest.mark.slow


def _flags(settings: Settings, day: date) -> list[tuple]:
    with session_scope(make_engine(settings.db_url)) as session:
        return sorted((f.type, f.metric, f.branch or "", f.channel or "", f.agent or "", f.n,
                       round(f.observed, 9), round(f.expected, 9), round(f.q_value or 1.0, 9))
                      for f in repo.list_flags(session, day))


def _aggregates(settings: Settings) -> list[tuple]:
    with session_scope(make_engine(settings.db_url)) as session:
        rows = session.execute(text("SELECT period, period_start, branch, channel, metric, n, value FROM aggregates"))
        return sorted((*r[:6], round(r[6], 9)) for r in rows)


def _counts(settings: Settings) -> dict[str, int]:
    with session_scope(make_engine(settings.db_url)) as session:
        counts = repo.counts(session)
        counts["distinct interactions"] = session.execute(text("SELECT count(DISTINCT id) FROM interactions")).scalar()
        counts["night classifications"] = session.execute(text(
            "SELECT count(*) FROM classifications c JOIN interactions i ON i.id = c.interaction_id "
            "WHERE i.business_date = (SELECT max(business_date) FROM interactions)")).scalar()
    counts.pop("quarantine")  # its rows carry the run that first saw them; compared below by rule
    return counts


def test_dask_flow_with_a_worker_killed_mid_partition_equals_one_process(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chain"
    summary = generate(out, branches=3, days=8, interactions=2400, seed=3)
    end = date.fromisoformat(summary["end_date"])
    base = dict(inbox=out / "exports", history_days=8, ingest_batch=40)
    one = Settings.from_env(db_url=f"sqlite:///{tmp_path / 'one.db'}", reports_dir=tmp_path / "r1", **base)
    # the window before the night, stored once and copied: both runs start from the same store
    pipeline.backfill(one, end - timedelta(days=7), end - timedelta(days=1))
    with sqlite3.connect(tmp_path / "one.db") as source, sqlite3.connect(tmp_path / "dask.db") as target:
        source.backup(target)  # the WAL's pages too, which a file copy would miss

    pipeline.audit(one, end)  # the reference: the whole night in this process

    marker = tmp_path / "killed"
    for var, value in {"CONSISTENCY_DB_URL": f"sqlite:///{tmp_path / 'dask.db'}", "CONSISTENCY_INBOX": str(out / "exports"),
                       "CONSISTENCY_REPORTS_DIR": str(tmp_path / "r2"), "CONSISTENCY_HISTORY_DAYS": "8",
                       "CONSISTENCY_INGEST_BATCH": "40", "CONSISTENCY_FAULT_KILL_MARKER": str(marker),
                       # ephemeral mode: each Dask worker starts its own API server on the shared
                       # PREFECT_HOME, slow on a busy 2-core machine (default limit 20 s)
                       "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}.items():
        monkeypatch.setenv(var, value)
    from flows.nightly_audit import run_nightly_audit

    dask = Settings.from_env(dask_workers=2)
    state = run_nightly_audit(business_date=end, settings=dask, return_state=True)
    assert state.is_completed(), state
    stats = state.result()
    assert marker.is_file(), "no worker was killed: the fault was not injected"
    assert stats["partitions"] >= 4 and stats["classified"] > 0

    assert _counts(dask) == _counts(one)  # every row once, none lost to the killed worker
    assert _counts(dask)["distinct interactions"] == _counts(dask)["interactions"]
    assert _flags(dask, end) == _flags(one, end)
    assert len(_flags(one, end)) > 0
    assert _aggregates(dask) == _aggregates(one) and len(_aggregates(one)) > 100
