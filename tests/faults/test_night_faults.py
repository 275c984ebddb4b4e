"""Faults during a night, each for real: SIGTERM during classify then a re-run; the disk full while
the report is written; two audits of the same date at once. SQLite store, real models, real files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from consistency.config import Settings
from consistency.pipeline import ReportError, analyse, audit, classify, ingest, open_store, write_report
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import session_scope
from consistency.store.locks import NightBusy
from tests.conftest import REPO
from tests.ingest.conftest import EXAMPLES

pytestmark = pytest.mark.slow
DAY = date(2026, 11, 21)
WINDOW = (date(2026, 1, 1), DAY)
# The child processes run this checkout's code (src first), not whichever copy the venv installed:
# with a store migrated by this code, another copy's Alembic would not know the newest revision.
CHILD_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}


def _settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'store.db'}", reports_dir=tmp_path / "reports",
                    quarantine_dir=tmp_path / "kept", pseudonym_key="test-secret", **kw)


def _labelled(settings: Settings) -> int:
    with session_scope(open_store(settings)) as session:
        return session.execute(select(func.count()).select_from(m.Classification)).scalar_one()


_CLASSIFY_AND_HANG = """
import sys, time
from datetime import date
from pathlib import Path
from consistency.config import Settings
from consistency.pipeline import classify, open_store
settings = Settings(db_url=sys.argv[1], local_workers=1)  # one process: exactly the batches it reported are done
marker = Path(sys.argv[2])
done = []
def progress(what, n):
    done.append(n)
    marker.write_text(str(sum(done)))
    if len(done) == 2:
        time.sleep(120)  # the scheduler's SIGTERM arrives while the night is still classifying
classify(open_store(settings), settings, date(2026, 1, 1), date(2026, 11, 21), progress=progress, batch_size=4)
"""


def test_sigterm_during_classify_then_a_rerun_labels_each_interaction_once(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    engine = open_store(settings)
    ingest(engine, EXAMPLES, settings)
    with session_scope(engine) as session:
        total = len(list(repo.pending_classification(session, *WINDOW, "none"))[0])
    marker = tmp_path / "progress"
    child = subprocess.Popen([sys.executable, "-c", _CLASSIFY_AND_HANG, settings.db_url, str(marker)], cwd=REPO,
                             env=CHILD_ENV)
    deadline = time.monotonic() + 240
    while not (marker.exists() and marker.read_text() == "8") and time.monotonic() < deadline:
        assert child.poll() is None, "classify ended before it could be stopped"
        time.sleep(0.2)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=60) == -signal.SIGTERM
    assert _labelled(settings) == 8  # the two committed batches survived the kill
    resumed = classify(engine, settings, *WINDOW, batch_size=4)
    assert resumed == total - 8  # only the rest was labelled
    assert _labelled(settings) == total
    assert classify(engine, settings, *WINDOW) == 0  # a third run has nothing left to do


def test_disk_full_while_writing_the_report_is_a_clear_error_and_the_store_stays_intact(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    reports = settings.reports_dir
    reports.mkdir()
    # A real ENOSPC from the kernel: the report files lead to /dev/full.
    for name in (f"report-{DAY}.html", f"flags-{DAY}.csv"):
        (reports / name).symlink_to("/dev/full")
    with pytest.raises(ReportError) as err:
        audit(settings, DAY, source=EXAMPLES)
    assert "No space left on device" in str(err.value) and str(DAY) in str(err.value)
    engine = open_store(settings)
    with session_scope(engine) as session:
        counts = repo.counts(session)
        run = session.execute(select(m.Run).order_by(m.Run.id.desc())).scalars().first()
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert run.status == "failed" and "No space left" in run.stats["error"]
    assert counts["interactions"] > 0 and counts["classifications"] == counts["interactions"]
    for link in reports.iterdir():
        link.unlink()  # space freed: the report is written from the store alone
    path = write_report(engine, settings, analyse(engine, settings, DAY))
    assert path.is_file() and path.stat().st_size > 0
    with session_scope(engine) as session:
        assert repo.counts(session) == counts


_HOLD_LOCK = """
import sys, time
from datetime import date
from consistency.config import Settings
from consistency.pipeline import open_store
from consistency.store.locks import night_lock
engine = open_store(Settings(db_url=sys.argv[1]))
with night_lock(engine, date(2026, 11, 21)):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_second_audit_of_the_same_date_refuses_then_waits_its_turn(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    open_store(settings)
    other = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, settings.db_url, "6"], cwd=REPO, text=True,
                             stdout=subprocess.PIPE, env=CHILD_ENV)
    assert other.stdout.readline().strip() == "holding"  # another night's audit of DAY is under way
    with pytest.raises(NightBusy) as err:
        audit(settings, DAY, source=EXAMPLES)
    assert str(DAY) in str(err.value) and "pid" in str(err.value)
    with session_scope(open_store(settings)) as session:
        assert repo.counts(session)["interactions"] == 0  # refused before touching anything
        assert session.execute(select(func.count()).select_from(m.Run)).scalar_one() == 0
    # Still held (6 s): without waiting this would raise NightBusy again; it waits, then runs.
    stats = audit(_settings(tmp_path, night_wait_seconds=120), DAY, source=EXAMPLES)
    assert other.wait(timeout=60) == 0
    assert stats["classified"] > 0 and Path(stats["report"]).is_file()
    # Nothing doubled: a second audit of the same night changes no counts.
    with session_scope(open_store(settings)) as session:
        first = repo.counts(session)
    audit(settings, DAY, source=EXAMPLES)
    with session_scope(open_store(settings)) as session:
        assert repo.counts(session) == first
