"""Line-level, not file-level (issue 14, item 2): a broken byte, field or line costs only itself."""

from __future__ import annotations

import codecs
import shutil
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from consistency.ingest import read_source
from consistency.records import RawInteraction, Rejected
from tests.ingest.conftest import EXAMPLES, split


def _with_nul(src: Path, dst: Path, line: int) -> None:
    lines = src.read_bytes().splitlines(keepends=True)
    lines[line] = lines[line][:5] + b"\x00" + lines[line][5:]
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(b"".join(lines))


@pytest.mark.parametrize(("kind", "name"), [("phone", "calls.csv"), ("chat", "chats.jsonl"),
                                            ("mystery_shop", "scorecards.csv"), ("in_person", "visits.csv")])
def test_one_nul_byte_costs_nothing_but_the_byte_and_is_noted(tmp_path: Path, tz: ZoneInfo, kind: str, name: str) -> None:
    clean, _ = split(list(read_source(kind, EXAMPLES / kind / name, tz)))
    _with_nul(EXAMPLES / kind / name, tmp_path / kind / name, line=1)
    good, bad = split(list(read_source(kind, tmp_path / kind / name, tz)))
    assert bad == [] and [r.native_id for r in good] == [r.native_id for r in clean]
    if isinstance(good[0], RawInteraction):
        assert any("1 NUL byte(s) removed" in n for n in good[0].extra["notes"])
        assert all("\x00" not in t.text for r in good for t in r.turns)


def test_an_eml_saved_with_a_bom_keeps_its_first_header(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = tmp_path / "email"
    shutil.copytree(EXAMPLES / "email", folder)
    for path in folder.glob("*.eml"):
        path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    clean, _ = split(list(read_source("email", EXAMPLES / "email", tz)))
    good, bad = split(list(read_source("email", folder, tz)))
    assert bad == []
    assert sorted((r.native_id, r.branch, len(r.turns)) for r in good) == \
        sorted((r.native_id, r.branch, len(r.turns)) for r in clean)


def test_a_short_row_in_the_middle_is_quarantined_alone(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "phone" / "calls.csv"
    path.parent.mkdir()
    lines = (EXAMPLES / "phone" / "calls.csv").read_text(encoding="utf-8").splitlines()
    lines[2] = ",".join(lines[2].split(",")[:6])  # the row lost its last columns
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = split(list(read_source("phone", path.parent, tz)))
    assert [(r.row, r.rule) for r in bad] == [(3, "short_row")] and "6 of 12 columns" in bad[0].message
    assert len(good) == len(lines) - 2


@pytest.mark.parametrize(("written", "expected"), [("2026-11-20T23:30:00+03:00", date(2026, 11, 20)),
                                                   ("2026-11-20 08:15:00Z", date(2026, 11, 20)),
                                                   ("20.11.2026", date(2026, 11, 20))])
def test_a_shop_date_written_as_a_timestamp_is_read_as_its_date(tmp_path: Path, tz: ZoneInfo, written: str,
                                                                expected: date) -> None:
    path = tmp_path / "mystery_shop" / "cards.csv"
    path.parent.mkdir()
    path.write_text("shop_id,shop_date,branch,channel,greeting,courtesy,knowledge,resolution\n"
                    f"MS-1,{written},LON,phone,5,4,4,5\n", encoding="utf-8")
    [record] = list(read_source("mystery_shop", path.parent, tz))
    assert not isinstance(record, Rejected) and record.shop_date == expected
