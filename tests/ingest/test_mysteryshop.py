"""Mystery-shop connector: vendor scorecards with their own extra criteria."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from consistency.ingest.mysteryshop import read_mystery_shop, read_mystery_shop_file
from tests.ingest.conftest import EXAMPLES, split, write

HEADER = "shop_id,shop_date,branch,channel,shopper,greeting,courtesy,knowledge,resolution,cleanliness,notes_by_vendor\n"


def test_examples_with_dates_in_three_formats_and_extra_criteria(tz: ZoneInfo) -> None:
    good, bad = split(list(read_mystery_shop(EXAMPLES / "mystery_shop", tz)))
    assert bad == []
    by_id = {r.native_id: r for r in good}
    assert by_id["MS-502"].shop_date == date(2026, 11, 20) and by_id["MS-504"].shop_date == date(2026, 11, 21)
    assert by_id["MS-501"].scores == {"greeting": 5, "courtesy": 5, "knowledge": 4, "resolution": 5, "wait": 4}
    assert "wait" not in by_id["MS-502"].scores  # blank extra criterion: not scored, not zero
    assert by_id["MS-504"].comment.startswith("Ответ")


def test_free_text_columns_are_not_criteria_and_channel_is_normalised(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "s.csv", HEADER + "M1,2026-11-21,LON,In-Person,s1,4,4,3,5,2,late shopper\n")
    good, bad = split(list(read_mystery_shop_file(path, tz)))
    assert bad == []
    assert good[0].channel == "in_person"
    assert set(good[0].scores) == {"greeting", "courtesy", "knowledge", "resolution", "cleanliness"}


def test_bad_rows_are_rejected_with_row_and_rule(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "s.csv", HEADER + "M1,2026-11-21,LON,phone,s,4,4,3,5,,\n"
                                                "M2,2026-11-21,LON,phone,s,four,4,3,5,,\n"
                                                "M3,21-11-2026,LON,phone,s,4,4,3,5,,\n"
                                                "M4,2026-11-21,LON,phone,s,4,,3,5,,\n")
    good, bad = split(list(read_mystery_shop_file(path, tz)))
    assert [r.native_id for r in good] == ["M1"]
    assert [(r.row, r.rule) for r in bad] == [(3, "bad_number"), (4, "bad_date"), (5, "missing_value")]
    assert "greeting 'four'" in bad[0].message and "courtesy" in bad[2].message


def test_xlsx_scorecards_and_missing_columns(tmp_path: Path, tz: ZoneInfo) -> None:
    book = Workbook()
    book.active.append(("shop_id", "shop_date", "branch", "channel", "greeting", "courtesy", "knowledge", "resolution"))
    book.active.append(("M7", date(2026, 11, 19), "OSL", "chat", 5, 4, 4, 3))
    book.save(tmp_path / "vendor.xlsx")
    write(tmp_path / "old.csv", "shop_id,shop_date,branch\nM1,2026-11-21,LON\n")
    good, bad = split(list(read_mystery_shop(tmp_path, tz)))
    assert [(r.native_id, r.shop_date, r.scores["resolution"]) for r in good] == [("M7", date(2026, 11, 19), 3.0)]
    assert [(Path(r.file).name, r.rule, r.row) for r in bad] == [("old.csv", "missing_columns", None)]
    assert "channel, greeting, courtesy, knowledge, resolution" in bad[0].message
