"""The real Prefect flows, run in ephemeral mode on a small generated chain."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from consistency.config import Settings
from consistency.demo import generate
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    out = tmp_path_factory.mktemp("demo")
    summary = generate(out, branches=3, days=8, interactions=800, seed=3)
    return out, date.fromisoformat(summary["end_date"])


@pytest.fixture
def env(demo_tree: tuple[Path, date], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    out, _ = demo_tree
    monkeypatch.setenv("CONSISTENCY_DB_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("CONSISTENCY_INBOX", str(out / "exports"))
    monkeypatch.setenv("CONSISTENCY_REPORTS_DIR", str(tmp_path / "reports"))
    return Settings.from_env()


def _counts(settings: Settings) -> dict[str, int]:
    with session_scope(make_engine(settings.db_url)) as session:
        return repo.counts(session)


def test_backfill_then_rerun_of_the_last_night_through_prefect(demo_tree: tuple[Path, date], env: Settings) -> None:
    from flows.backfill import backfill_flow
    from flows.nightly_audit import nightly_audit

    _, end = demo_tree
    state = backfill_flow(start=end - timedelta(days=7), end=end, return_state=True)
    assert state.is_completed(), state
    stats = state.result()
    assert stats["days"] == 8
    report = Path(stats["report"])
    assert report.is_file() and "Service consistency audit" in report.read_text(encoding="utf-8")
    assert (report.parent / f"flags-{end.isoformat()}.csv").is_file()
    assert {"watching", "promoted", "retired", "items"} <= set(stats["watch"])  # the watch list is in the result
    before = _counts(env)
    assert before["interactions"] > 700 and before["classifications"] == before["interactions"]
    assert before["mystery_shop_results"] > 0

    rerun = nightly_audit(business_date=end, return_state=True)
    assert rerun.is_completed(), rerun
    assert _counts(env) == before  # the same night twice: no new rows, nothing duplicated


def test_mystery_shop_upload_flow_stores_scorecards(env: Settings) -> None:
    from flows.mystery_shop_upload import mystery_shop_upload

    sample = Path(__file__).resolve().parents[1] / "examples" / "mystery_shop"
    stats = mystery_shop_upload(str(sample))
    assert stats["mystery_shop"] > 0
    assert _counts(env)["mystery_shop_results"] == stats["mystery_shop"]
