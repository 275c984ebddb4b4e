"""Quarantine you can act on: filters, ids never masked, replay storing each record at most once,
and the default pseudonym key refused for real exports. Runs the real CLI on a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.config import Settings
from consistency.pipeline import open_store
from consistency.store import repository as repo
from consistency.store.db import session_scope
from tests.ingest.conftest import write

HEADER = "call_id,branch,agent,customer,start,end,csat\n"
GOOD = "CX-20261121-0001,LON,ag-1,cust-1,2026-11-21 09:00,2026-11-21 09:05,4\n"
BAD_DATE = "CX-20261121-0002,LON,ag-1,cust-2,21.11.2026 9h,2026-11-21 09:05,4\n"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {"CONSISTENCY_DB_URL": f"sqlite:///{tmp_path / 'store.db'}", "CONSISTENCY_PSEUDONYM_KEY": "test-secret",
              "CONSISTENCY_QUARANTINE_DIR": str(tmp_path / "kept"), "CONSISTENCY_REPORTS_DIR": str(tmp_path / "reports")}
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    return values


def _run(*args: str) -> object:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _counts(env: dict[str, str]) -> dict[str, int]:
    with session_scope(open_store(Settings(db_url=env["CONSISTENCY_DB_URL"]))) as session:
        return repo.counts(session)


def test_ids_are_never_masked_and_filters_pick_rule_and_file(tmp_path: Path, env: dict[str, str]) -> None:
    write(tmp_path / "night" / "phone" / "calls.csv", HEADER + GOOD + BAD_DATE)
    write(tmp_path / "night" / "chat" / "chats.jsonl", '{"conversation_id": "CH-1"\n')
    _run("ingest", str(tmp_path / "night"), "--json")
    rows = json.loads(_run("quarantine", "--json").stdout)
    assert {r["rule"] for r in rows} == {"bad_date", "bad_json"}
    call = next(r for r in rows if r["rule"] == "bad_date")
    assert "CX-20261121-0002" in call["raw"] and "[PHONE]" not in call["raw"]
    assert Path(call["stored_copy"]).read_text(encoding="utf-8") == HEADER + GOOD + BAD_DATE
    only = json.loads(_run("quarantine", "--rule", "bad_json", "--json").stdout)
    assert [r["file"].endswith("chats.jsonl") for r in only] == [True]
    assert json.loads(_run("quarantine", "--file", "calls.csv", "--json").stdout)[0]["rule"] == "bad_date"
    assert json.loads(_run("quarantine", "--run", "999", "--json").stdout) == []


def test_replay_after_the_file_is_fixed_stores_each_record_once(tmp_path: Path, env: dict[str, str]) -> None:
    calls = write(tmp_path / "night" / "phone" / "calls.csv", HEADER + GOOD + BAD_DATE)
    visits = write(tmp_path / "night" / "in_person" / "visits.csv",  # a header typo rejects the whole file
                   "visit,branch,staff,time_in\nV-1,LON,st-1,2026-11-21 09:00\nV-2,LON,st-1,2026-11-21 10:00\n")
    _run("ingest", str(tmp_path / "night"))
    before = _counts(env)
    assert (before["interactions"], before["quarantine"]) == (1, 2)

    calls.write_text(HEADER + GOOD + BAD_DATE.replace("21.11.2026 9h", "21.11.2026 09:00"), encoding="utf-8")
    visits.write_text(visits.read_text(encoding="utf-8").replace("visit,", "visit_id,", 1), encoding="utf-8")
    first = json.loads(_run("quarantine", "replay", "--json").stdout)
    assert first["stored"] == 3 and first["still_quarantined"] == {}
    again = json.loads(_run("quarantine", "replay", "--json").stdout)
    assert again["examined"] == 0 and again["stored"] == 0
    after = _counts(env)
    assert after["interactions"] == 4  # 1 + the fixed call + both visits, each once
    assert json.loads(_run("quarantine", "--json").stdout) == []
    assert len(json.loads(_run("quarantine", "--replayed", "--json").stdout)) == 2


def test_replay_reads_the_stored_copy_when_the_file_is_gone(tmp_path: Path, env: dict[str, str]) -> None:
    calls = write(tmp_path / "night" / "phone" / "calls.csv", HEADER + GOOD + BAD_DATE)
    _run("ingest", str(tmp_path / "night"))
    calls.unlink()
    report = json.loads(_run("quarantine", "replay", "--rule", "bad", "--json").stdout)
    # The copy still holds the bad date: it stays quarantined, nothing is lost or stored twice.
    assert report["missing_files"] == [] and report["still_quarantined"] == {"bad_date": 1}
    assert _counts(env)["interactions"] == 1


def test_real_exports_are_refused_with_the_default_key(tmp_path: Path, env: dict[str, str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSISTENCY_PSEUDONYM_KEY")
    monkeypatch.delenv("CONSISTENCY_ALLOW_DEFAULT_KEY", raising=False)
    write(tmp_path / "night" / "phone" / "calls.csv", HEADER + GOOD)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "night")])
    assert result.exit_code == 2 and "CONSISTENCY_PSEUDONYM_KEY" in result.output and "--demo" in result.output
    assert not (tmp_path / "store.db").exists() or _counts(env)["interactions"] == 0
    _run("ingest", str(tmp_path / "night"), "--demo")
    assert _counts(env)["interactions"] == 1
    monkeypatch.setenv("CONSISTENCY_ALLOW_DEFAULT_KEY", "1")
    _run("ingest", str(tmp_path / "night"))


def test_duplicates_merged_on_load_are_counted_and_named(tmp_path: Path, env: dict[str, str]) -> None:
    write(tmp_path / "night" / "phone" / "a.csv", HEADER + GOOD)
    write(tmp_path / "night" / "phone" / "b.csv", HEADER + GOOD)  # the same call exported twice
    report = json.loads(_run("ingest", str(tmp_path / "night"), "--json").stdout)
    assert report["duplicates"] == 1 and report["interactions"] == {"phone": 1}
    [example] = report["duplicate_examples"]
    assert "CX-20261121-0001" in example and "b.csv:2" in example and "a.csv:2" in example
    assert _counts(env)["interactions"] == 1
    text = _run("ingest", str(tmp_path / "night")).stdout
    assert "duplicates merged" in text
