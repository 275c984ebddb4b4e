"""`consistency score` library: chat JSONL in, one JSON line per conversation out; bad lines skipped, odd ones defined."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.classify.score_jsonl import OUTPUT_FIELDS, score_jsonl
from tests.fixtures.support_dialogues import DIALOGUES


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path: Path) -> dict[str, dict]:
    return {r["conversation_id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _conv(cid: str, turns: list[tuple[str, str]], **extra) -> str:
    return json.dumps({"conversation_id": cid, "messages": [{"role": r, "text": t} for r, t in turns], **extra},
                      ensure_ascii=False)


@pytest.fixture(scope="module")
def odd_run(tmp_path_factory, models_dir: Path):
    tmp = tmp_path_factory.mktemp("score")
    ok = [("customer", "My card was charged twice."), ("agent", "Sorry, I've refunded it, it's fixed now."),
          ("customer", "Great, thank you!")]
    lines = [
        _conv("ok", ok),
        "{not json",
        json.dumps({"messages": []}),
        json.dumps({"conversation_id": "no-messages"}),
        json.dumps(["a", "list"]),
        "",
        _conv("empty", []),
        _conv("no-agent", [("customer", "Hello? Is anyone there? My parcel never came.")]),
        _conv("no-customer", [("agent", "Good morning, how can I help you today?")]),
        _conv("long", [("customer" if k % 2 else "agent", f"Turn {k}: let me check the order details again.")
                       for k in range(200)]),
        _conv("huge", [("customer", "My invoice is wrong. " + "x" * 100_000), ("agent", "Sorry, I've corrected it.")]),
        _conv("mixed", [("customer", "Hallo, meine Karte geht nicht."), ("agent", "Hello, sorry, which card?"),
                        ("customer", "Карта не работает, помогите")]),
        _conv("emoji", [("customer", "😡😡😡"), ("agent", "🙏")]),
        _conv("roles", [("robot", "beep"), ("customer", "Hi, my card is blocked."), ("agent", "Unblocked now."),
                        ("supervisor", None)]),
        json.dumps({"conversation_id": 42, "messages": [{"role": "customer"}, "junk", {"text": "no role"}]}),
    ]
    src = _write(tmp / "in.jsonl", lines)
    out = tmp / "out.jsonl"
    bad = []
    report = score_jsonl(src, out, models_dir, batch=4, on_bad=bad.append)
    return report, _read(out), bad


def test_bad_lines_are_reported_with_their_number_and_skipped(odd_run) -> None:
    report, rows, bad = odd_run
    assert [b.line for b in report.bad] == [2, 3, 4, 5]
    assert "not valid JSON" in report.bad[0].message and "conversation_id" in report.bad[1].message
    assert "messages" in report.bad[2].message and bad == report.bad
    assert report.written == len(rows) == 10


def test_every_record_has_the_output_fields(odd_run) -> None:
    _, rows, _ = odd_run
    for row in rows.values():
        assert set(OUTPUT_FIELDS) <= set(row), row
    ok = rows["ok"]
    assert ok["lang"] == "en" and ok["resolution"] == "resolved" and ok["courteous"] is not None
    assert abs(ok["p_resolved"] + ok["p_unresolved"] + ok["p_escalated"] - 1) < 1e-3
    assert ok["reason"] is None and ok["model_version"]
    for e in ok["evidence"]:
        assert {"turn", "start", "end", "cue", "label", "text"} <= set(e)


@pytest.mark.parametrize(("cid", "null_fields", "reason"), [
    ("empty", ["tone", "p_courteous", "resolution", "p_resolved"], "empty conversation"),
    ("no-agent", ["p_courteous", "courteous"], "no agent turn"),
    ("no-customer", ["tone", "p_negative"], "no customer turn"),
    ("emoji", ["p_courteous"], "language not supported"),
    ("roles", [], "unknown role"),
    ("42", ["tone"], "no customer turn"),
])
def test_odd_conversations_get_nulls_and_a_reason(odd_run, cid: str, null_fields: list[str], reason: str) -> None:
    _, rows, _ = odd_run
    row = rows[cid]
    for name in null_fields:
        assert row[name] is None, (cid, name, row)
    assert reason in (row["reason"] or ""), row["reason"]


def test_long_huge_and_mixed_conversations_are_scored(odd_run) -> None:
    _, rows, _ = odd_run
    for cid in ("long", "huge", "mixed"):
        assert rows[cid]["resolution"] in ("resolved", "unresolved", "escalated"), rows[cid]
        assert rows[cid]["tone"] is not None


def test_repeat_contact_in_the_file_counts_against_resolved(tmp_path: Path, models_dir: Path) -> None:
    turns = [("customer", "The app shows an error when I pay."), ("agent", "Please try updating the app.")]
    lines = [_conv("first", turns, customer="c1", started_at="2026-01-01T10:00:00Z"),
             _conv("again", turns, customer="c1", started_at="2026-01-03T10:00:00Z"),
             _conv("once", turns, customer="c2", started_at="2026-01-01T10:00:00Z"),
             _conv("later", turns, customer="c3", started_at="2026-01-20T10:00:00Z")]
    out = tmp_path / "out.jsonl"
    report = score_jsonl(_write(tmp_path / "in.jsonl", lines), out, models_dir)
    rows = _read(out)
    assert report.repeat_known == 3  # "later" is too close to the end of the file to know
    assert rows["first"]["p_resolved"] < rows["once"]["p_resolved"]


def test_fixture_dialogues_score_through_the_file_interface(tmp_path: Path, models_dir: Path) -> None:
    from sklearn.metrics import roc_auc_score

    src = _write(tmp_path / "in.jsonl", [json.dumps({k: v for k, v in d.items() if k not in ("truth", "blame")},
                                                    ensure_ascii=False) for d in DIALOGUES])
    out = tmp_path / "out.jsonl"
    score_jsonl(src, out, models_dir)
    rows = _read(out)
    truth = [d["truth"] == "resolved" for d in DIALOGUES]
    p = [rows[d["conversation_id"]]["p_resolved"] for d in DIALOGUES]
    assert roc_auc_score(truth, p) >= 0.9
    assert [rows[d["conversation_id"]]["blame"] for d in DIALOGUES] == [d["blame"] for d in DIALOGUES]
    assert {rows[d["conversation_id"]]["lang"] for d in DIALOGUES} == {"en", "de", "id", "nb", "ru"}


def test_evidence_labels_say_what_each_cue_supports(tmp_path: Path, models_dir: Path) -> None:
    line = _conv("e", [("customer", "Hello, my transfer failed."), ("agent", "Hello! I've fixed it, sorry."),
                       ("customer", "It works now, thank you!")])
    out = tmp_path / "out.jsonl"
    score_jsonl(_write(tmp_path / "in.jsonl", [line]), out, models_dir)
    ev = {(e["turn"], e["cue"]): e["label"] for e in _read(out)["e"]["evidence"]}
    assert ev[(1, "greeting")] == "courteous" and ev[(2, "thanks")] == "resolved"
    assert ev[(2, "works_now")] == "resolved" and (0, "greeting") not in ev


def test_common_role_names_of_other_exports_are_understood(tmp_path: Path, models_dir: Path) -> None:
    line = json.dumps({"conversation_id": "u", "messages": [
        {"role": "user", "text": "My card is blocked."}, {"role": "operator", "text": "I've unblocked it, it's fixed now."},
        {"role": "user", "content": "Works now, thanks!"}]})
    out = tmp_path / "out.jsonl"
    score_jsonl(_write(tmp_path / "in.jsonl", [line]), out, models_dir)
    row = _read(out)["u"]
    assert row["reason"] is None and row["resolution"] == "resolved" and row["p_courteous"] is not None


def test_batching_and_repeated_texts_do_not_change_any_output(tmp_path: Path, models_dir: Path) -> None:
    """The speed-ups read each distinct text once per batch (language, tone, cues, courtesy): a batch full of
    repeats must give, field by field, what scoring each conversation alone gives."""
    same = [("customer", "My card was charged twice."), ("agent", "Sorry, I've refunded it."), ("customer", "Thanks!")]
    # Every other dialogue declares its language, the rest have it detected.
    lines = [_conv(f"d{k}", [(m["role"], m["text"]) for m in d["messages"]], **({"lang": d["lang"]} if k % 2 else {}))
             for k, d in enumerate(DIALOGUES)]
    lines += [_conv(f"same{k}", same) for k in range(3)]
    lines += [_conv("mixed", [("customer", "Hallo, meine Karte geht nicht."), ("agent", "Hello, which card?"),
                              ("customer", "Thanks!")]), _conv("emoji", [("customer", "😡😡"), ("agent", "🙏")])]
    src = _write(tmp_path / "in.jsonl", lines)
    score_jsonl(src, tmp_path / "batch.jsonl", models_dir)
    score_jsonl(src, tmp_path / "alone.jsonl", models_dir, batch=1)
    batch, alone = _read(tmp_path / "batch.jsonl"), _read(tmp_path / "alone.jsonl")
    assert list(batch) == list(alone) and len(batch) == len(lines)
    for cid, row in batch.items():
        assert row == alone[cid], cid
    assert batch["same0"] == {**batch["same2"], "conversation_id": "same0"}
