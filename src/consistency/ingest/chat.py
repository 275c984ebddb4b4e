"""Chat: JSONL transcripts, one conversation per line, streamed so big files never sit in memory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from consistency.ingest.common import (
    FileError,
    RowError,
    file_rejected,
    files_in,
    first_reply_wait,
    notes_extra,
    open_text,
    optional_time,
    parse_timestamp,
    shared_fields,
    text_or_none,
)
from consistency.records import RawInteraction, Rejected, Turn

SOURCE = "chat"
REQUIRED = ("conversation_id", "branch", "started_at")
_ROLES = {"customer": "customer", "agent": "agent", "bot": "system", "system": "system"}
_RAW_LIMIT = 2_000  # a quarantined line keeps this many characters: enough to find and fix it


def read_chat(folder: Path, tz: ZoneInfo) -> Iterator[RawInteraction | Rejected]:
    """Every conversation in the folder's ``.jsonl`` files; a bad line is rejected, the rest is read."""
    for path in files_in(folder, (".jsonl", ".json", ".ndjson")):
        yield from read_chat_file(path, tz)


def read_chat_file(path: Path, tz: ZoneInfo) -> Iterator[RawInteraction | Rejected]:
    """One JSONL file, line by line; line numbers are the records' rows."""
    try:
        lines, note = open_text(path)
        read_any = False
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            read_any = True
            try:
                yield _conversation(path, number, _parse_line(line), note, tz)
            except RowError as err:
                yield Rejected(SOURCE, str(path), number, err.rule, err.message, raw=line[:_RAW_LIMIT])
        if not read_any:
            yield Rejected(SOURCE, str(path), None, "empty_file", "the file has no conversations (only blank lines)")
    except (FileError, OSError) as err:
        yield file_rejected(SOURCE, path, err)


def _parse_line(line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RowError("bad_json", f"invalid or truncated JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise RowError("bad_json", f"expected one JSON object per line, got {type(data).__name__}")
    missing = [k for k in REQUIRED if text_or_none(data.get(k)) is None]
    if missing:
        raise RowError("missing_field", f"missing field(s): {', '.join(missing)}")
    return data


def _conversation(path: Path, number: int, data: dict[str, Any], note: str | None, tz: ZoneInfo) -> RawInteraction:
    started = parse_timestamp(data.get("started_at"), tz, "started_at")
    ended = optional_time(data, "ended_at", tz)
    turns, stamps = _turns(data.get("messages"), started, tz)
    return RawInteraction(
        source=SOURCE,
        native_id=str(data["conversation_id"]).strip(),
        branch=str(data["branch"]).strip(),
        started_at=started,
        ended_at=ended,
        turns=turns,
        file=str(path),
        row=number,
        agent=text_or_none(data.get("agent")),
        wait_seconds=first_reply_wait(turns, stamps),
        extra=notes_extra(note),
        **shared_fields(data),
    )


def _turns(messages: Any, started: datetime, tz: ZoneInfo) -> tuple[list[Turn], list[datetime | None]]:
    if messages is None:
        return [], []
    if not isinstance(messages, list):
        raise RowError("bad_messages", "messages is not a list")
    turns, stamps = [], []
    for i, msg in enumerate(messages, start=1):
        if not isinstance(msg, dict) or not isinstance(msg.get("text"), str):
            raise RowError("bad_messages", f"message {i} has no text")
        ts = parse_timestamp(msg["ts"], tz, f"message {i} ts") if text_or_none(msg.get("ts")) else None
        role = _ROLES.get(str(msg.get("role", "")).strip().lower(), "system")
        turns.append(Turn(role, msg["text"].strip(), (ts - started).total_seconds() if ts else None))
        stamps.append(ts)
    return turns, stamps

