"""In-person connector: visit logs in CSV and XLSX, including files whose name lies about their type."""

from __future__ import annotations

import shutil
from datetime import timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from consistency.ingest.inperson import read_in_person
from tests.ingest.conftest import EXAMPLES, split, write

HEADER = "visit_id;branch;staff;time_in;time_out;comment;staff_note;survey_score\n"
ROW = "V1;LON;st-1;2026-11-21 09:00;2026-11-21 09:20;Sehr freundlich!;Karte ersetzt.;5\n"


def _xlsx(path: Path, rows: list[tuple[object, ...]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_examples_csv_and_xlsx_give_the_same_fields(tz: ZoneInfo) -> None:
    good, bad = split(list(read_in_person(EXAMPLES / "in_person", tz)))
    assert bad == []
    by_id = {v.native_id: v for v in good}
    assert set(by_id) == {"V-1001", "V-1002", "V-1003", "V-2001", "V-2002", "V-2003"}
    oslo = by_id["V-2001"]  # from the XLSX, with real spreadsheet datetimes
    assert (oslo.branch, oslo.agent, oslo.csat, oslo.row) == ("OSL", "st-21", 5.0, 2)
    assert [t.speaker for t in oslo.turns] == ["customer", "note"]
    assert oslo.started_at.utcoffset() is not None
    assert by_id["V-2003"].started_at.astimezone(timezone.utc).hour == 4  # +07:00 string cell
    assert by_id["V-1002"].turns[0].text.startswith("Lange Wartezeit")


def test_xlsx_that_is_really_a_csv_is_read_with_a_note(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "in_person" / "visits.xlsx", HEADER + ROW)
    good, bad = split(list(read_in_person(path.parent, tz)))
    assert bad == [] and [v.native_id for v in good] == ["V1"]
    assert "really CSV" in good[0].extra["notes"][0] and "visits.xlsx" in good[0].extra["notes"][0]


def test_csv_that_is_really_an_xlsx_is_read_with_a_note(tmp_path: Path, tz: ZoneInfo) -> None:
    path = _xlsx(tmp_path / "in_person" / "visits.csv",
                 [("visit_id", "branch", "staff", "time_in"), ("V9", "BER", "st-2", "21.11.2026 10:00")])
    good, bad = split(list(read_in_person(path.parent, tz)))
    assert bad == [] and good[0].native_id == "V9" and "really XLSX" in good[0].extra["notes"][0]


def test_xlsx_that_is_neither_zip_nor_text_is_one_file_level_reject(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "in_person" / "visits.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"\x00\x01\x02\x03 not a workbook \x00")
    items = list(read_in_person(path.parent, tz))
    assert [(i.rule, i.row) for i in items] == [("unreadable_file", None)]
    assert "visits.xlsx" in str(items[0])


def test_broken_zip_with_xlsx_magic_is_rejected(tmp_path: Path, tz: ZoneInfo) -> None:
    good = _xlsx(tmp_path / "src.xlsx", [("visit_id", "branch", "staff", "time_in")])
    path = tmp_path / "in_person" / "cut.xlsx"
    path.parent.mkdir()
    path.write_bytes(good.read_bytes()[:300])  # a cut-off upload: zip magic, no central directory
    items = list(read_in_person(path.parent, tz))
    assert [(i.rule, i.row) for i in items] == [("unreadable_file", None)]


def test_missing_columns_in_xlsx_and_empty_csv(tmp_path: Path, tz: ZoneInfo) -> None:
    _xlsx(tmp_path / "in_person" / "a.xlsx", [("visit_id", "branch"), ("V1", "LON")])
    write(tmp_path / "in_person" / "b.csv", "")
    items = list(read_in_person(tmp_path / "in_person", tz))
    assert [(Path(i.file).name, i.rule, i.row) for i in items] == [("a.xlsx", "missing_columns", None),
                                                                   ("b.csv", "empty_file", None)]
    assert "staff, time_in" in items[0].message


def test_one_bad_row_in_xlsx_keeps_the_others(tmp_path: Path, tz: ZoneInfo) -> None:
    _xlsx(tmp_path / "in_person" / "v.xlsx", [("visit_id", "branch", "staff", "time_in", "survey_score"),
                                              ("V1", "LON", "s", "2026-11-21 09:00", 4),
                                              ("V2", "LON", "s", "soon", 4),
                                              ("V3", "LON", "s", "2026-11-21 11:00", "great")])
    good, bad = split(list(read_in_person(tmp_path / "in_person", tz)))
    assert [v.native_id for v in good] == ["V1"]
    assert [(r.row, r.rule) for r in bad] == [(3, "bad_date"), (4, "bad_number")]


def test_reading_a_single_file_path(tmp_path: Path, tz: ZoneInfo) -> None:
    copy = tmp_path / "visits.csv"
    shutil.copy(EXAMPLES / "in_person" / "visits.csv", copy)
    good, bad = split(list(read_in_person(copy, tz)))
    assert bad == [] and len(good) == 3 and all(v.file == str(copy) for v in good)


def test_zip_that_is_not_a_workbook_and_corrupt_sheet_xml_are_file_level_rejects(tmp_path: Path, tz: ZoneInfo) -> None:
    import zipfile

    folder = tmp_path / "in_person"
    folder.mkdir()
    with zipfile.ZipFile(folder / "a-photos.xlsx", "w") as z:
        z.writestr("photo.txt", "not a spreadsheet")
    source = _xlsx(tmp_path / "src.xlsx", [("visit_id", "branch", "staff", "time_in"),
                                           *[(f"V{i}", "LON", "s", "2026-11-21 09:00") for i in range(3)]])
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(folder / "b-corrupt.xlsx", "w") as bad:
        for info in good.infolist():
            data = good.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b"</sheetData>", b"<row r=")  # cut the XML off mid-tag
            bad.writestr(info, data)
    items = list(read_in_person(folder, tz))
    assert [(Path(i.file).name, i.rule, i.row) for i in items if i.row is None] == [
        ("a-photos.xlsx", "unreadable_file", None), ("b-corrupt.xlsx", "unreadable_file", None)]
    assert "not a readable XLSX workbook" in items[0].message
