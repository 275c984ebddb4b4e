"""Phone connector: call logs, transcripts, and every kind of broken call-log file."""

from __future__ import annotations

import codecs
import json
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.ingest.phone import read_phone
from consistency.records import RawInteraction
from tests.ingest.conftest import EXAMPLES, split, write

HEADER = "call_id,branch,agent,customer,start,end,wait_seconds,transfers,outcome,csat,topic\n"


def _calls(tmp_path: Path, body: str, name: str = "calls.csv", encoding: str = "utf-8") -> Path:
    write(tmp_path / "phone" / name, body, encoding)
    return tmp_path / "phone"


def test_examples_read_with_transcripts_and_lineage(tz: ZoneInfo) -> None:
    good, bad = split(list(read_phone(EXAMPLES / "phone", tz)))
    assert bad == []
    calls = {c.native_id: c for c in good}
    assert len(calls) == 5
    first = calls["C-20261121-0001"]
    assert first.file.endswith("calls.csv") and first.row == 2
    assert [t.speaker for t in first.turns] == ["agent", "customer", "agent", "customer"]
    # spk_0 / spk_1 labels are mapped through the transcript's "speakers" table
    assert [t.speaker for t in calls["C-20261121-0002"].turns] == ["agent", "customer", "agent"]
    assert calls["C-20261121-0003"].turns == []  # a call without transcript is kept
    assert calls["C-20261121-0005"].started_at.astimezone(timezone.utc) == datetime(2026, 11, 21, 1, 40, tzinfo=timezone.utc)


def test_orphan_transcript_is_quarantined_and_the_calls_kept(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = _calls(tmp_path, HEADER + "C1,LON,ag-1,,2026-11-21 09:00,2026-11-21 09:05,5,0,RESOLVED,4,card\n")
    turns = {"turns": [{"speaker": "agent", "start": 0, "text": "Hello"}]}
    write(folder / "transcripts" / "C1.json", json.dumps({"call_id": "C1", **turns}))
    write(folder / "transcripts" / "C999.json", json.dumps({"call_id": "C999", **turns}))
    good, bad = split(list(read_phone(folder, tz)))
    assert [c.native_id for c in good] == ["C1"] and good[0].turns[0].text == "Hello"
    assert [(r.rule, Path(r.file).name, r.row) for r in bad] == [("orphan_transcript", "C999.json", None)]
    assert "C999" in bad[0].message


def test_broken_transcript_is_quarantined_but_its_call_is_kept(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = _calls(tmp_path, HEADER + "C1,LON,ag-1,,2026-11-21 09:00,2026-11-21 09:05,5,0,RESOLVED,4,card\n")
    write(folder / "transcripts" / "C1.json", '{"call_id": "C1", "turns": [{"speaker": "agent", "te')
    good, bad = split(list(read_phone(folder, tz)))
    assert [c.native_id for c in good] == ["C1"] and good[0].turns == []
    assert bad[0].rule == "bad_json" and bad[0].file.endswith("C1.json") and "truncated" in bad[0].message


def test_empty_call_log_is_one_file_level_reject(tmp_path: Path, tz: ZoneInfo) -> None:
    items = list(read_phone(_calls(tmp_path, ""), tz))
    assert len(items) == 1 and items[0].rule == "empty_file" and items[0].row is None
    assert "calls.csv" in str(items[0])


def test_semicolon_tab_and_pipe_logs_read_like_comma_logs(tmp_path: Path, tz: ZoneInfo) -> None:
    row = "C1,LON,ag-1,,2026-11-21 09:00,2026-11-21 09:05,5,0,RESOLVED,4,card\n"
    for i, sep in enumerate(";\t|"):
        _calls(tmp_path, (HEADER + row).replace(",", sep), name=f"calls{i}.csv")
    good, bad = split(list(read_phone(tmp_path / "phone", tz)))
    assert bad == [] and len(good) == 3
    assert {(c.branch, c.agent, c.csat, c.wait_seconds) for c in good} == {("LON", "ag-1", 4.0, 5.0)}


def test_wrong_delimiter_is_one_missing_columns_message(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = _calls(tmp_path, HEADER.replace(",", ":") + "C1:LON:ag-1::2026-11-21 09:00:2026-11-21 09:05:5:0:R:4:c\n")
    items = list(read_phone(folder, tz))
    assert len(items) == 1
    assert items[0].rule == "missing_columns" and items[0].row is None
    assert "call_id, branch, agent, start, end" in items[0].message


def test_missing_columns_named_once_per_file(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = _calls(tmp_path, "call_id,branch,start\nC1,LON,2026-11-21 09:00\nC2,LON,2026-11-21 09:10\n")
    items = list(read_phone(folder, tz))
    assert [(i.rule, i.row) for i in items] == [("missing_columns", None)]
    assert "agent, end" in items[0].message


def test_bom_and_latin1_logs_decode_with_a_note(tmp_path: Path, tz: ZoneInfo) -> None:
    row = "C1,MÜN,ag-ü,,2026-11-21 09:00,2026-11-21 09:05,5,0,RESOLVED,4,Beschwerde über Gebühr\n"
    write(tmp_path / "bom" / "phone" / "calls.csv", "\ufeff" + HEADER + row)
    write(tmp_path / "latin" / "phone" / "calls.csv", HEADER + row, encoding="latin-1")
    bom = list(read_phone(tmp_path / "bom" / "phone", tz))
    latin = list(read_phone(tmp_path / "latin" / "phone", tz))
    assert isinstance(bom[0], RawInteraction) and isinstance(latin[0], RawInteraction)
    assert bom[0].native_id == "C1" and latin[0].native_id == "C1"  # the BOM is not part of "call_id"
    assert latin[0].branch == "MÜN" and latin[0].topic == "Beschwerde über Gebühr"
    assert "notes" not in bom[0].extra
    assert "decoded as cp1252" in latin[0].extra["notes"][0]


def test_dates_in_three_formats_and_time_zones(tmp_path: Path, tz: ZoneInfo) -> None:
    body = HEADER + (
        "C1,LON,a,,2026-11-21T09:00:00Z,2026-11-21T09:05:00Z,,,,,\n"
        "C2,LON,a,,21.11.2026 10:00,21.11.2026 10:05,,,,,\n"
        "C3,LON,a,,21/11/2026 10:00:00,21/11/2026 10:05:00,,,,,\n"
        "C4,LON,a,,2026-11-21 16:00,2026-11-21 16:05,,,,,\n"
        "C5,LON,a,,2026-11-21T16:00:00+07:00,2026-11-21T16:05:00+07:00,,,,,\n"
        "C6,LON,a,,11-21-2026 10:00,2026-11-21 10:05,,,,,\n"
    )
    good, bad = split(list(read_phone(_calls(tmp_path, body), tz)))
    utc = {c.native_id: c.started_at.astimezone(timezone.utc).strftime("%H:%M") for c in good}
    assert utc == {"C1": "09:00", "C2": "09:00", "C3": "09:00", "C4": "15:00", "C5": "09:00"}
    assert [(r.row, r.rule) for r in bad] == [(7, "bad_date")]
    assert "'11-21-2026 10:00'" in bad[0].message and "DD/MM/YYYY" in bad[0].message
    assert json.loads(bad[0].raw)["call_id"] == "C6"  # the raw row is kept for replay


def test_duplicate_rows_across_two_files_are_both_yielded_with_their_lineage(tmp_path: Path, tz: ZoneInfo) -> None:
    row = "C1,LON,ag-1,,2026-11-21 09:00,2026-11-21 09:05,5,0,RESOLVED,4,card\n"
    _calls(tmp_path, HEADER + row, name="a.csv")
    _calls(tmp_path, HEADER + "C2,LON,ag-2,,2026-11-21 10:00,2026-11-21 10:05,5,0,RESOLVED,4,card\n" + row, name="b.csv")
    good, bad = split(list(read_phone(tmp_path / "phone", tz)))
    assert bad == []
    assert sorted((c.native_id, Path(c.file).name, c.row) for c in good) == [
        ("C1", "a.csv", 2), ("C1", "b.csv", 3), ("C2", "b.csv", 2)]


def test_bad_numbers_reject_only_their_row(tmp_path: Path, tz: ZoneInfo) -> None:
    body = HEADER + ("C1,LON,a,,2026-11-21 09:00,2026-11-21 09:05,forty,0,,,\n"
                     "C2,LON,a,,2026-11-21 09:00,2026-11-21 09:05,40,0,,,\n")
    good, bad = split(list(read_phone(_calls(tmp_path, body), tz)))
    assert [c.native_id for c in good] == ["C2"]
    assert (bad[0].row, bad[0].rule) == (2, "bad_number") and "wait_seconds 'forty'" in bad[0].message


def test_bom_file_written_by_excel(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "phone" / "calls.csv"
    path.parent.mkdir()
    path.write_bytes(codecs.BOM_UTF8 + (HEADER + "C1,LON,a,,2026-11-21 09:00,2026-11-21 09:05,,,,,\r\n").encode())
    good, bad = split(list(read_phone(path.parent, tz)))
    assert bad == [] and good[0].native_id == "C1"
