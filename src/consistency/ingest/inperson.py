"""In person: the branch visit log (CSV or XLSX) with the customer's comment and the staff note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from consistency.ingest.common import (
    extra_fields,
    files_in,
    optional_time,
    parse_timestamp,
    require,
    shared_fields,
    text_or_none,
)
from consistency.ingest.tables import read_rows
from consistency.records import RawInteraction, Rejected, Turn

SOURCE = "in_person"
REQUIRED = ("visit_id", "branch", "staff", "time_in")
_KNOWN = {*REQUIRED, "time_out", "customer", "comment", "staff_note", "survey_score", "topic", "outcome",
          "transfers", "lang"}


def read_in_person(folder: Path, tz: ZoneInfo) -> Iterator[RawInteraction | Rejected]:
    """Every visit in the folder's visit logs (a file path reads just that file)."""
    for path in files_in(folder, (".csv", ".tsv", ".xlsx")):
        yield from read_rows(SOURCE, path, REQUIRED, lambda n, row, note: _visit(path, n, row, note, tz))


def _visit(path: Path, number: int, row: dict[str, Any], note: str | None, tz: ZoneInfo) -> RawInteraction:
    started = parse_timestamp(row.get("time_in"), tz, "time_in")
    ended = optional_time(row, "time_out", tz)
    turns = []
    # The log has no dialogue: the customer's feedback is their voice; the staff note is a record
    # about the visit, not words said to the customer, so it must not count as the agent's courtesy.
    if comment := text_or_none(row.get("comment")):
        turns.append(Turn("customer", comment))
    if staff_note := text_or_none(row.get("staff_note")):
        turns.append(Turn("note", staff_note))
    return RawInteraction(
        source=SOURCE,
        native_id=require(row, "visit_id"),
        branch=text_or_none(row.get("branch")) or "",
        started_at=started,
        ended_at=ended,
        turns=turns,
        file=str(path),
        row=number,
        agent=text_or_none(row.get("staff")),
        extra=extra_fields(row, _KNOWN, note),
        **shared_fields(row, csat_column="survey_score"),
    )
