"""generate(): byte-identical reruns, counts that add up, every language, planted truth that matches the files."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

from consistency.demo import generate
from tests.demo.conftest import END, read_labels

METRICS = {"negative_rate", "courtesy_rate", "resolution_rate", "escalation_rate", "transfer_rate", "blame_rate",
           "fcr_rate", "wait_s", "handle_s", "csat", "ms_greeting", "ms_courtesy", "ms_knowledge", "ms_resolution"}
PROBLEM_KEYS = {"id", "kind", "branch", "channel", "agent", "metric", "level", "start_date", "size", "description",
                "also"}


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_files_and_another_seed_does_not(tmp_path):
    kwargs = dict(branches=3, days=3, interactions=300, end_date=date(2026, 3, 2))  # includes a Monday
    generate(tmp_path / "a", seed=3, **kwargs)
    generate(tmp_path / "b", seed=3, **kwargs)
    generate(tmp_path / "c", seed=4, **kwargs)
    a, b, c = _digest(tmp_path / "a"), _digest(tmp_path / "b"), _digest(tmp_path / "c")
    assert len(a) > 50
    assert a == b
    assert a["labels.csv"] != c["labels.csv"]


def test_counts_in_summary_match_labels_and_export_files(run):
    out, summary = run
    labels = read_labels(out)
    assert summary["interactions"] == len(labels) == sum(summary["by_channel"].values())
    assert abs(len(labels) - 1200) < 120  # volumes are drawn around the requested total
    per_source = {s: sum(1 for r in labels if r["source"] == s) for s in ("phone", "email", "chat", "in_person")}
    assert per_source == summary["by_channel"]
    calls = sum(1 for p in out.glob("exports/*/phone/calls.csv")
                for _ in csv.DictReader(p.open(encoding="utf-8")))
    chats = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in out.glob("exports/*/chat/chats.jsonl"))
    assert calls == per_source["phone"] and chats == per_source["chat"]
    assert len(list(out.glob("exports/*/phone/transcripts/*.json"))) == calls
    assert sorted(p.name for p in (out / "exports").iterdir()) == [
        (END - timedelta(days=k)).isoformat() for k in range(3, -1, -1)]


def test_every_language_is_present_with_its_home_branch(run):
    out, summary = run
    assert set(summary["by_lang"]) == {"en", "de", "id", "nb", "ru"}
    planted = json.loads((out / "planted.json").read_text(encoding="utf-8"))
    assert {b["lang"] for b in planted["branches"]} == {"en", "de", "id", "nb", "ru"}


def test_labels_use_the_documented_vocabulary(run):
    out, _ = run
    for row in read_labels(out):
        assert row["customer_tone"] in {"negative", "neutral", "positive"}
        assert row["courteous"] in {"0", "1"} and row["blame"] in {"0", "1"}
        assert row["resolution"] in {"resolved", "unresolved", "escalated"}


def test_planted_json_names_five_problems_in_the_metric_vocabulary(run):
    out, summary = run
    planted = json.loads((out / "planted.json").read_text(encoding="utf-8"))
    problems = planted["problems"]
    assert {p["kind"] for p in problems} == {"curt_replies", "escalation_surge", "blame", "mystery_vs_logs",
                                             "policy_change"}
    codes = {b["code"] for b in planted["branches"]}
    agents = {a for b in planted["branches"] for a in b["agents"]}
    for p in problems:
        assert set(p) == PROBLEM_KEYS
        assert p["metric"] in METRICS
        assert p["level"] in {"agent", "branch", "channel", "chain"}
        assert summary["start_date"] <= p["start_date"] <= summary["end_date"]
        assert p["branch"] is None or p["branch"] in codes
        assert p["agent"] is None or p["agent"] in agents
        assert p["channel"] in (None, "phone", "email", "chat", "in_person")
        assert isinstance(p["size"], float) and p["size"] != 0
    levels = {p["kind"]: p["level"] for p in problems}
    assert levels == {"curt_replies": "branch", "escalation_surge": "channel", "blame": "agent",
                      "mystery_vs_logs": "branch", "policy_change": "chain"}


def test_progress_reports_every_day_and_bad_arguments_are_refused(tmp_path):
    seen: list[tuple[int, int]] = []
    generate(tmp_path, branches=1, days=2, interactions=40, end_date=END, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    try:
        generate(tmp_path / "x", days=0)
    except ValueError as exc:
        assert "days" in str(exc)
    else:
        raise AssertionError("days=0 was accepted")


def test_rerun_replaces_an_earlier_demo_but_never_touches_real_exports(tmp_path):
    generate(tmp_path / "demo", branches=1, days=2, interactions=40, end_date=date(2026, 1, 10))
    generate(tmp_path / "demo", branches=1, days=2, interactions=40, end_date=date(2026, 1, 20))
    assert sorted(p.name for p in (tmp_path / "demo" / "exports").iterdir()) == ["2026-01-19", "2026-01-20"]
    real = tmp_path / "real" / "exports" / "2026-01-01"
    real.mkdir(parents=True)
    try:
        generate(tmp_path / "real", branches=1, days=1, interactions=10)
    except ValueError as exc:
        assert "not a generated demo" in str(exc)
    else:
        raise AssertionError("real exports were overwritten")
    assert real.exists()


def test_a_seed_gives_the_same_demo_whatever_the_day_it_is_run(tmp_path) -> None:  # noqa: ANN001
    from consistency.demo import DEMO_END

    first = generate(tmp_path / "a", branches=2, days=3, interactions=200, seed=5)
    second = generate(tmp_path / "b", branches=2, days=3, interactions=200, seed=5)
    assert first["end_date"] == second["end_date"] == DEMO_END.isoformat()  # not the clock's yesterday
    assert (tmp_path / "a" / "planted.json").read_text() == (tmp_path / "b" / "planted.json").read_text()
    assert (tmp_path / "a" / "labels.csv").read_text() == (tmp_path / "b" / "labels.csv").read_text()
