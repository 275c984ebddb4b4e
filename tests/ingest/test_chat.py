"""Chat connector: JSONL streamed line by line; a bad line is quarantined, the rest read."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.ingest.chat import read_chat
from consistency.records import RawInteraction, Rejected
from tests.ingest.conftest import EXAMPLES, split, write


def _line(cid: str, **over: object) -> str:
    record = {"conversation_id": cid, "branch": "BER", "agent": "ag-1", "started_at": "2026-11-21T10:00:00Z",
              "ended_at": "2026-11-21T10:05:00Z", "csat": 4,
              "messages": [{"ts": "2026-11-21T10:00:00Z", "role": "customer", "text": "Hallo, meine Karte geht nicht."},
                           {"ts": "2026-11-21T10:00:45Z", "role": "agent", "text": "Guten Tag, ich helfe gern."}]}
    record.update(over)
    return json.dumps(record, ensure_ascii=False)


def test_examples_read_with_roles_and_wait(tz: ZoneInfo) -> None:
    good, bad = split(list(read_chat(EXAMPLES / "chat", tz)))
    assert bad == [] and [c.row for c in good] == [1, 2, 3, 4]
    by_id = {c.native_id: c for c in good}
    assert [t.speaker for t in by_id["CH-88122"].turns] == ["system", "customer", "agent"]  # bot -> system
    assert by_id["CH-88122"].wait_seconds == 360  # from the customer's first message, not the bot's
    assert by_id["CH-88121"].wait_seconds == 39


def test_truncated_line_is_rejected_and_the_next_lines_read(tmp_path: Path, tz: ZoneInfo) -> None:
    full = _line("A")
    path = write(tmp_path / "chat" / "c.jsonl", "\n".join([_line("A"), full[: len(full) // 2], "", _line("C")]) + "\n")
    good, bad = split(list(read_chat(path.parent, tz)))
    assert [c.native_id for c in good] == ["A", "C"] and [c.row for c in good] == [1, 4]
    assert [(r.row, r.rule) for r in bad] == [(2, "bad_json")]
    assert "truncated" in bad[0].message and bad[0].raw.startswith('{"conversation_id": "A"')


def test_truncated_file_end_and_missing_fields(tmp_path: Path, tz: ZoneInfo) -> None:
    lines = [_line("A"), json.dumps({"conversation_id": "B", "started_at": "2026-11-21T10:00:00Z"}),
             _line("C", started_at="Saturday"), "[1, 2]", _line("D")[:-40]]
    path = write(tmp_path / "chat" / "c.jsonl", "\n".join(lines))
    good, bad = split(list(read_chat(path.parent, tz)))
    assert [c.native_id for c in good] == ["A"]
    assert [(r.row, r.rule) for r in bad] == [(2, "missing_field"), (3, "bad_date"), (4, "bad_json"), (5, "bad_json")]
    assert "branch" in bad[0].message and "'Saturday'" in bad[1].message


def test_empty_and_blank_files_are_one_file_level_reject(tmp_path: Path, tz: ZoneInfo) -> None:
    write(tmp_path / "chat" / "a.jsonl", "")
    write(tmp_path / "chat" / "b.jsonl", "\n\n  \n")
    items = list(read_chat(tmp_path / "chat", tz))
    assert [(Path(i.file).name, i.row, i.rule) for i in items] == [("a.jsonl", None, "empty_file"),
                                                                   ("b.jsonl", None, "empty_file")]


def test_latin1_chat_file_is_decoded(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "chat" / "c.jsonl", _line("A", branch="MÜN") + "\n", encoding="latin-1")
    good, _ = split(list(read_chat(path.parent, tz)))
    assert good[0].branch == "MÜN" and "cp1252" in good[0].extra["notes"][0]


def test_a_50_mb_file_is_streamed_in_bounded_memory_and_every_valid_line_read(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "chat" / "big.jsonl"
    path.parent.mkdir()
    filler = "Ich habe eine Frage zu meiner Rechnung. " * 20
    written, broken, last_valid = 0, 0, ""
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            written += 1
            if written % 10_000 == 0:  # a few cut-off lines along the way
                fh.write(_line(f"X{written}")[:50] + "\n")
                broken += 1
                continue
            last_valid = f"X{written}"
            fh.write(_line(f"X{written}", messages=[{"ts": "2026-11-21T10:01:00Z", "role": "customer",
                                                      "text": filler}]) + "\n")
    assert path.stat().st_size >= 50 * 1024 * 1024
    read, rejected, last = 0, 0, None
    tracemalloc.start()
    try:
        for item in read_chat(path.parent, tz):
            if isinstance(item, RawInteraction):
                read += 1
                last = item.native_id
            elif isinstance(item, Rejected):
                rejected += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"50 MB chat file: {read} conversations, tracemalloc peak {peak / 2**20:.2f} MB")
    assert peak < 50 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"
    assert (read, rejected) == (written - broken, broken)
    assert last == last_valid  # read to the very end
