"""Phone: call-log CSVs plus one speech-to-text transcript JSON per call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from consistency.ingest.common import (
    FileError,
    RowError,
    extra_fields,
    file_rejected,
    files_in,
    parse_timestamp,
    read_json_file,
    require,
    shared_fields,
    text_or_none,
    to_float,
)
from consistency.ingest.tables import read_rows
from consistency.records import RawInteraction, Rejected, Turn

SOURCE = "phone"
REQUIRED = ("call_id", "branch", "agent", "start", "end")
_KNOWN = {*REQUIRED, "customer", "wait_seconds", "transfers", "outcome", "csat", "topic", "lang"}
_ROLES = {"agent": "agent", "customer": "customer", "caller": "customer"}


def read_phone(folder: Path, tz: ZoneInfo) -> Iterator[RawInteraction | Rejected]:
    """Every call in the folder's call logs, with its transcript's turns; orphan transcripts rejected."""
    transcripts = _transcript_files(folder)
    seen: set[str] = set()
    for log_file in files_in(folder, (".csv", ".tsv", ".xlsx")):
        for item in read_rows(SOURCE, log_file, REQUIRED, lambda n, row, note: _call(log_file, n, row, note, tz)):
            if isinstance(item, RawInteraction):
                seen.add(item.native_id)
                item, problem = _attach_transcript(item, transcripts.get(item.native_id))
                if problem:
                    yield problem
            yield item
    for call_id, path in sorted(transcripts.items()):
        if call_id not in seen:
            yield Rejected(SOURCE, str(path), None, "orphan_transcript",
                           f"transcript for call {call_id!r}, which is in no call log of {folder}")


def _transcript_files(folder: Path) -> dict[str, Path]:
    base = folder if folder.is_dir() else folder.parent
    directory = base / "transcripts"
    if not directory.is_dir():
        return {}
    return {p.stem: p for p in sorted(directory.glob("*.json"))}


def _call(path: Path, number: int, row: dict[str, Any], note: str | None, tz: ZoneInfo) -> RawInteraction:
    started = parse_timestamp(row.get("start"), tz, "start")
    ended = parse_timestamp(row.get("end"), tz, "end")
    return RawInteraction(
        source=SOURCE,
        native_id=require(row, "call_id"),
        branch=text_or_none(row.get("branch")) or "",
        started_at=started,
        ended_at=ended,
        turns=[],
        file=str(path),
        row=number,
        agent=text_or_none(row.get("agent")),
        wait_seconds=to_float(row.get("wait_seconds"), "wait_seconds"),
        extra=extra_fields(row, _KNOWN, note),
        **shared_fields(row),
    )


def _attach_transcript(call: RawInteraction, path: Path | None) -> tuple[RawInteraction, Rejected | None]:
    """Fill the call's turns; a broken transcript is quarantined but the call itself is kept."""
    if path is None:
        return call, None
    try:
        data = read_json_file(path)
        call.turns, lang = parse_transcript(data)
    except (RowError, OSError) as err:
        return call, file_rejected(SOURCE, path, err)
    call.lang = call.lang or lang
    call.extra["transcript"] = str(path)
    return call, None


def parse_transcript(data: Any) -> tuple[list[Turn], str | None]:
    """Turns and declared language of a speech-to-text export; raises FileError if malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
        raise FileError("bad_transcript", "transcript JSON has no 'turns' list")
    speakers = data.get("speakers") if isinstance(data.get("speakers"), dict) else {}
    turns = []
    for i, turn in enumerate(data["turns"], start=1):
        if not isinstance(turn, dict) or not isinstance(turn.get("text"), str):
            raise FileError("bad_transcript", f"turn {i} has no text")
        label = str(turn.get("speaker", "")).strip().lower()
        role = _ROLES.get(str(speakers.get(label, label)).lower(), "system")
        offset = turn.get("start")
        turns.append(Turn(role, turn["text"].strip(), float(offset) if isinstance(offset, (int, float)) else None))
    return turns, text_or_none(data.get("language"))
