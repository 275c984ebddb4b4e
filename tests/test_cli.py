"""The CLI runs the library for real; results are checked through the store, not the printout."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.config import Settings
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope
from tests.conftest import REPO

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("CONSISTENCY_DB_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("CONSISTENCY_REPORTS_DIR", str(tmp_path / "reports"))
    monkeypatch.setenv("CONSISTENCY_INBOX", str(tmp_path / "inbox"))
    return Settings.from_env()


def _counts(settings: Settings) -> dict[str, int]:
    with session_scope(make_engine(settings.db_url)) as session:
        return repo.counts(session)


def test_ingest_examples_stores_every_kind_and_is_idempotent(env: Settings) -> None:
    result = runner.invoke(app, ["ingest", str(REPO / "examples"), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert set(stats["interactions"]) == {"phone", "email", "chat", "in_person"}
    assert stats["mystery_shop"] > 0
    first = _counts(env)
    assert first["interactions"] == sum(stats["interactions"].values())
    again = runner.invoke(app, ["ingest", str(REPO / "examples"), "--json"])
    assert again.exit_code == 0 and _counts(env) == first


def test_bad_files_are_reported_in_one_line_and_quarantined(env: Settings, tmp_path: Path) -> None:
    night = tmp_path / "night"
    shutil.copytree(REPO / "examples" / "chat", night / "chat")
    (night / "chat" / "broken.jsonl").write_text('{"conversation_id": "X1", "branch": "LON"\n', encoding="utf-8")
    (night / "in_person").mkdir()
    (night / "in_person" / "visits.xlsx").write_text("visit_id;branch\n1;LON\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(night), "--json"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    stats = json.loads(result.stdout)
    assert stats["interactions"]["chat"] > 0  # the good file still went in
    listed = json.loads(runner.invoke(app, ["quarantine", "--json"]).stdout)
    files = {Path(q["file"]).name for q in listed}
    assert "broken.jsonl" in files
    assert all(q["rule"] and q["message"] for q in listed)


def test_missing_path_is_a_clear_error(env: Settings) -> None:
    result = runner.invoke(app, ["ingest", "/nowhere/at/all"])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_audit_then_flags_json_has_the_documented_fields(env: Settings, tmp_path: Path) -> None:
    from consistency.demo import generate

    summary = generate(tmp_path / "demo", branches=3, days=6, interactions=600, seed=11)
    day = summary["end_date"]
    result = runner.invoke(app, ["audit", "--date", day, "--source", str(tmp_path / "demo" / "exports"), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert Path(stats["report"]).is_file()
    flags = json.loads(runner.invoke(app, ["flags", "--json", "--date", day]).stdout)
    assert isinstance(flags, list) and len(flags) == stats["flags"]
    needed = {"type", "branch", "channel", "agent", "metric", "direction", "level", "observed", "expected", "n",
              "q_value", "first_seen"}
    for flag in flags:
        assert needed <= set(flag)
    csv_out = tmp_path / "flags.csv"
    assert runner.invoke(app, ["flags", "--csv", str(csv_out), "--date", day]).exit_code == 0
    assert csv_out.read_text(encoding="utf-8").startswith("id,business_date,type")
    assert date.fromisoformat(day)
    # the watch list: the same night's items through the store, as the audit's result counted them
    listed = runner.invoke(app, ["watch", "--json", "--date", day])
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.stdout)
    assert sum(i["status"] == "watching" for i in items) == stats["watch"]["watching"]
    assert sum(i["status"] == "promoted" for i in items) == stats["watch"]["promoted"]
    for item in items:
        assert {"metric", "branch", "channel", "alarm_date", "onset_date", "size", "n", "cusum", "threshold"} <= set(item)
        assert item["n"] >= 30 and item["cusum"] >= item["threshold"] or item["status"] == "retired"
    assert runner.invoke(app, ["watch", "--date", day]).exit_code == 0
    assert "Watch list" in Path(stats["report"]).read_text(encoding="utf-8")


def test_airline_check_writes_a_report_naming_every_airline(env: Settings) -> None:
    folder = env.data_dir / "tone" / "en_airline"
    if not (folder / "train.csv").exists():
        pytest.skip(f"shared data not found at {folder}")
    result = runner.invoke(app, ["airline-check"])
    assert result.exit_code == 0, result.output
    html = (env.reports_dir / "airline-check.html").read_text(encoding="utf-8")
    for airline in ("American", "Delta", "Southwest", "US Airways", "United", "Virgin America"):
        assert airline in html
    assert "Funnel plot: cs_complaint_rate" in html


def test_airline_check_without_data_says_where_it_looked(env: Settings, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSISTENCY_DATA_DIR", str(tmp_path / "nowhere"))
    result = runner.invoke(app, ["airline-check"])
    assert result.exit_code == 1 and "nowhere" in result.output and "Traceback" not in result.output


def test_demo_runs_end_to_end_and_scores_itself_against_its_planted_truth(env: Settings, tmp_path: Path) -> None:
    out_dir = tmp_path / "demo-data"
    result = runner.invoke(app, ["demo", "--out", str(out_dir), "--branches", "4", "--days", "14",
                                 "--interactions", "4000", "--seed", "5", "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert Path(stats["report"]).is_file() and Path(stats["planted"]).is_file()
    planted = json.loads(Path(stats["planted"]).read_text(encoding="utf-8"))["problems"]
    truth = stats["truth"]
    assert sorted(truth["found"] + truth["missed"]) == sorted(p["id"] for p in planted)
    assert truth["flags"] == stats["flags"] == len(json.loads(runner.invoke(app, ["flags", "--json"]).stdout))


def test_score_writes_one_line_per_conversation_and_names_bad_lines(env: Settings, tmp_path: Path) -> None:
    chats = sorted((REPO / "examples").rglob("*.jsonl"))
    assert chats, "examples/ should hold a chat JSONL file"
    src = tmp_path / "in.jsonl"
    good = [line for f in chats for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    src.write_text("\n".join(good[:1] + ["{broken"] + good[1:]) + "\n", encoding="utf-8")
    out = tmp_path / "scored.jsonl"
    result = runner.invoke(app, ["score", "--input", str(src), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "line 2" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["conversation_id"] for r in rows] == [json.loads(line)["conversation_id"] for line in good]
    assert all(r["resolution"] in ("resolved", "unresolved", "escalated", None) for r in rows)


def test_score_missing_input_is_a_clear_error(env: Settings, tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "not found" in result.output


def test_the_progress_display_starts_no_thread_so_the_local_runner_may_fork() -> None:
    """The local runner forks only when no other thread could hold a lock (``parallel.can_fork``): a
    progress display with a refresh thread kept every command-line audit on one core."""
    import threading

    from consistency.cli import _progress

    before = set(threading.enumerate())
    with _progress(True) as report:
        report("classify", 5, 10)
        report("classify", 5, 10)
        assert set(threading.enumerate()) == before
