"""PostgreSQL stopped for a few seconds during a load: retried with backoff, nothing lost; and a
clear message naming the database when it never comes back. Uses a PostgreSQL server of its own."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import session_scope
from consistency.store.retry import StoreUnavailable
from tests.ingest.conftest import EXAMPLES

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _night(tmp_path: Path) -> Path:
    root = tmp_path / "night"
    shutil.copytree(EXAMPLES, root, ignore=shutil.ignore_patterns("*.py"))
    return root


def _stored(engine) -> tuple[set[str], int]:  # noqa: ANN001
    with session_scope(engine) as session:
        ids = set(session.execute(select(m.Interaction.id)).scalars())
        return ids, repo.counts(session)["quarantine"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_load_rides_out_a_database_restart_and_loses_nothing(own_postgres, tmp_path: Path, workers: int,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    root = _night(tmp_path)
    reference = Settings(db_url=f"sqlite:///{tmp_path / 'ref.db'}", quarantine_dir=tmp_path / "kept")
    ref_engine = open_store(reference)
    expected = ingest(ref_engine, root, reference, batch_size=2).as_dict()
    expected_ids, expected_quarantine = _stored(ref_engine)

    settings = Settings(db_url=own_postgres.url, quarantine_dir=tmp_path / "kept", store_retry_seconds=60,
                        local_workers=workers)
    engine = open_store(settings)
    outage: dict[str, float] = {}

    def progress(what: str, n: int) -> None:
        if outage:
            return
        # After the first batch is stored the server goes away for three seconds, mid-load.
        own_postgres.stop()
        outage["down"] = time.monotonic()

        def back() -> None:
            time.sleep(3)
            own_postgres.start()
            outage["up"] = time.monotonic()

        threading.Thread(target=back, daemon=True).start()

    with caplog.at_level(logging.WARNING, logger="consistency.store"):
        report = ingest(engine, root, settings, progress=progress, batch_size=2).as_dict()
    assert "up" in outage  # the load really went on after the server came back
    if workers == 1:  # a worker process logs its retries to its own stderr, which caplog does not see
        assert any("database unreachable" in r.getMessage() for r in caplog.records)
    assert report["interactions"] == expected["interactions"]
    assert report["quarantined"] == expected["quarantined"]
    assert _stored(engine) == (expected_ids, expected_quarantine)
    engine.dispose()


def test_a_database_that_never_returns_stops_the_load_with_a_clear_message(own_postgres, tmp_path: Path) -> None:
    root = _night(tmp_path)
    settings = Settings(db_url=own_postgres.url, quarantine_dir=tmp_path / "kept", store_retry_seconds=3)
    engine = open_store(settings)
    stopped: list[bool] = []

    def progress(what: str, n: int) -> None:
        if not stopped:
            own_postgres.stop()
            stopped.append(True)

    with pytest.raises(StoreUnavailable) as err:
        ingest(engine, root, settings, progress=progress, batch_size=2)
    message = str(err.value)
    assert f"127.0.0.1:{own_postgres.port}" in message and "did not answer" in message and "run the same" in message
    # What was committed before the outage is whole; the same command then finishes the job exactly.
    own_postgres.start()
    engine.dispose()
    before, _ = _stored(engine)
    assert 0 < len(before)
    ingest(engine, root, settings, batch_size=2)
    reference = Settings(db_url=f"sqlite:///{tmp_path / 'ref.db'}", quarantine_dir=tmp_path / "kept")
    ref_engine = open_store(reference)
    ingest(ref_engine, root, reference)
    assert _stored(engine) == _stored(ref_engine)
    engine.dispose()
