"""Shared parsing rules: timestamps, delimiters, encodings and required columns."""

from __future__ import annotations

import codecs
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from consistency.ingest.common import (
    FileError,
    RowError,
    missing_columns,
    parse_date,
    parse_timestamp,
    sniff_delimiter,
    sniff_encoding,
    to_int,
)
from consistency.ingest.tables import open_table
from tests.ingest.conftest import write

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-11-21T09:15:00+01:00", datetime(2026, 11, 21, 8, 15)),
        ("2026-11-21T09:15:00Z", datetime(2026, 11, 21, 9, 15)),
        ("2026-11-21T09:15:00+07:00", datetime(2026, 11, 21, 2, 15)),
        ("2026-11-21 09:15", datetime(2026, 11, 21, 8, 15)),  # naive: Berlin (UTC+1 in November)
        ("2026-11-21 09:15:30", datetime(2026, 11, 21, 8, 15, 30)),
        ("2026-11-21 09:15:30.250", datetime(2026, 11, 21, 8, 15, 30, 250_000)),
        ("2026-11-21 09:15:00+03:00", datetime(2026, 11, 21, 6, 15)),
        ("21.11.2026 09:15", datetime(2026, 11, 21, 8, 15)),
        ("21/11/2026 09:15:30", datetime(2026, 11, 21, 8, 15, 30)),
        ("21.07.2026 09:15", datetime(2026, 7, 21, 7, 15)),  # summer time: UTC+2
    ],
)
def test_timestamps_in_every_documented_format_become_aware_utc_instants(text: str, utc: datetime) -> None:
    parsed = parse_timestamp(text, BERLIN)
    assert parsed.utcoffset() is not None
    assert parsed.astimezone(ZoneInfo("UTC")).replace(tzinfo=None) == utc


def test_spreadsheet_datetimes_are_read_in_the_chain_zone() -> None:
    parsed = parse_timestamp(datetime(2026, 11, 21, 9, 0), BERLIN)
    assert parsed.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("text", ["21-11-2026 09:15", "yesterday", "2026-13-40 10:00", "11/21/2026 09:15",
                                  "2026-11-21", "Z"])
def test_unparseable_timestamp_is_a_bad_date_naming_value_and_formats(text: str) -> None:
    with pytest.raises(RowError) as err:
        parse_timestamp(text, BERLIN, "start")
    assert err.value.rule == "bad_date"
    assert text in err.value.message and "DD.MM.YYYY" in err.value.message and "start" in err.value.message


@pytest.mark.parametrize("text", ["2026-11-21", "21.11.2026", "21/11/2026"])
def test_dates_alone_in_three_formats(text: str) -> None:
    assert parse_date(text) == date(2026, 11, 21)


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ("a|b|c", "|"), ("a;b,c;d", ";"), ("single", ",")],
)
def test_delimiter_is_sniffed_from_the_header(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header) == delimiter


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("visit_id,comment\n1,Grüße\n".encode(), "utf-8-sig"),
        (codecs.BOM_UTF8 + "visit_id,comment\n1,Grüße\n".encode(), "utf-8-sig"),
        ("visit_id,comment\n1,Grüße – “ok”\n".encode("cp1252"), "cp1252"),
        (b"visit_id,comment\n1,caf\xe9 \x81\n", "latin-1"),  # 0x81 is undefined in cp1252
        ("visit_id,comment\n1,Grüße\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encoding_is_sniffed(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    assert sniff_encoding(path) == encoding


@pytest.mark.parametrize(("data", "rule"), [(b"", "empty_file"), (b"\x00\x01\x02garbage\x00", "unreadable_file")])
def test_unreadable_text_files_are_file_errors(tmp_path: Path, data: bytes, rule: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    with pytest.raises(FileError) as err:
        sniff_encoding(path)
    assert err.value.rule == rule


def test_missing_columns_are_named_in_one_file_error(tmp_path: Path) -> None:
    path = write(tmp_path / "calls.csv", "call_id,Branch ,start\nC1,LON,2026-11-21 09:00\n")
    assert missing_columns(["call_id", "Branch "], ["call_id", "branch", "agent"]) == ["agent"]
    with pytest.raises(FileError) as err:
        open_table(path, ["call_id", "branch", "agent", "start", "end"])
    assert err.value.rule == "missing_columns"
    assert "agent, end" in err.value.message and "found: call_id, branch, start" in err.value.message


def test_bom_does_not_leak_into_the_first_column_name(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"visit_id;branch\nV1;LON\n")
    table = open_table(path, ["visit_id", "branch"])
    assert table.header == ["visit_id", "branch"]
    assert list(table.rows) == [(2, {"visit_id": "V1", "branch": "LON"})]


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("", 0), (None, 0), (2.0, 2)])
def test_whole_numbers(value: object, expected: int) -> None:
    assert to_int(value, "transfers") == expected


@pytest.mark.parametrize("value", ["two", "1.5"])
def test_non_whole_numbers_are_bad_numbers(value: str) -> None:
    with pytest.raises(RowError) as err:
        to_int(value, "transfers")
    assert err.value.rule == "bad_number" and "transfers" in err.value.message
