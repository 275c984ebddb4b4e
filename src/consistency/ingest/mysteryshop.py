"""Mystery shop: vendor scorecards (CSV or XLSX), one row per shopped contact, scores 1-5."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from consistency.ingest.common import RowError, files_in, parse_date, require, text_or_none, to_float
from consistency.ingest.tables import read_rows
from consistency.records import MysteryShopRecord, Rejected

SOURCE = "mystery_shop"
CRITERIA = ("greeting", "courtesy", "knowledge", "resolution")
REQUIRED = ("shop_id", "shop_date", "branch", "channel", *CRITERIA)
_NOT_CRITERIA = {"shop_id", "shop_date", "branch", "channel", "shopper", "comments", "comment", "__overflow__"}


def read_mystery_shop(folder: Path, tz: ZoneInfo) -> Iterator[MysteryShopRecord | Rejected]:
    """Every scorecard row in the folder (a file path reads just that file)."""
    for path in files_in(folder, (".csv", ".tsv", ".xlsx")):
        yield from read_mystery_shop_file(path, tz)


def read_mystery_shop_file(path: Path, tz: ZoneInfo) -> Iterator[MysteryShopRecord | Rejected]:
    """One vendor scorecard file; ``tz`` is unused (shop dates are calendar dates) but kept for symmetry."""
    yield from read_rows(SOURCE, path, REQUIRED, lambda n, row, note: _scorecard(path, n, row))


def _scorecard(path: Path, number: int, row: dict[str, Any]) -> MysteryShopRecord:
    scores: dict[str, float] = {}
    for column in CRITERIA:
        score = to_float(row.get(column), column)
        if score is None:
            raise RowError("missing_value", f"{column} score is empty")
        scores[column] = score
    # Vendors add their own criteria (e.g. "wait", "cleanliness"): any further numeric column is one.
    for column, value in row.items():
        if column in _NOT_CRITERIA or column in scores:
            continue
        try:
            extra_score = to_float(value, column)
        except RowError:
            continue  # a free-text column the vendor added; not a criterion
        if extra_score is not None:
            scores[column] = extra_score
    return MysteryShopRecord(
        native_id=require(row, "shop_id"),
        shop_date=parse_date(row.get("shop_date"), "shop_date"),
        branch=text_or_none(row.get("branch")) or "",
        channel=(text_or_none(row.get("channel")) or "").lower().replace(" ", "_").replace("-", "_"),
        shopper=text_or_none(row.get("shopper")),
        scores=scores,
        comment=text_or_none(row.get("comments")) or text_or_none(row.get("comment")) or "",
        file=str(path),
        row=number,
    )
