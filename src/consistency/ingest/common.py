"""Helpers every connector shares: decoding, delimiter sniffing, timestamps, tables and row errors."""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from consistency.records import Rejected, Turn

log = logging.getLogger("consistency.ingest")

_CHUNK = 1 << 20
_DELIMITERS = ",;\t|"
# C0 control bytes that never appear in text exports (tab, newlines, form feed and ESC excluded).
_BINARY_BYTES = tuple(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27))
TIMESTAMP_FORMATS = "ISO 8601 with offset or Z, YYYY-MM-DD HH:MM[:SS], DD.MM.YYYY HH:MM[:SS], DD/MM/YYYY HH:MM[:SS]"
DATE_FORMATS = "YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY"
_NAIVE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
                  "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")
_DATE_ONLY = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")  # a date alone is not a timestamp


class RowError(ValueError):
    """A value in one record breaks a rule; connectors turn it into a :class:`Rejected`."""

    def __init__(self, rule: str, message: str) -> None:
        message = " ".join(message.split())  # quarantine messages are one line, whatever a library said
        super().__init__(message)
        self.rule = rule
        self.message = message


class FileError(RowError):
    """A whole file cannot be read; connectors turn it into one file-level :class:`Rejected`."""


# ---------------------------------------------------------------- decoding

def sniff_encoding(path: Path) -> str:
    """Encoding of a text file: utf-8-sig (BOM or plain UTF-8), utf-16, else cp1252 / latin-1.

    Streams the file through an incremental decoder so big files are never held in memory.
    A few NUL bytes inside a text file do not make it binary: :func:`open_text` removes them
    line by line and says so. Only a file that is mostly control bytes is refused.
    """
    return _sniff(path)[0]


def _sniff(path: Path) -> tuple[str, int]:
    """(encoding, NUL bytes seen); raises :class:`FileError` for empty or binary files."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if not head:
            raise FileError("empty_file", "the file is empty")
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", 0
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        nuls = controls = total = 0
        utf8 = True
        while chunk := fh.read(_CHUNK):
            nuls += chunk.count(b"\x00")
            controls += sum(chunk.count(bytes([b])) for b in _BINARY_BYTES)
            total += len(chunk)
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
        # UTF-16 without a BOM, images, zips: control bytes everywhere. A text export with a stray
        # NUL in one field has a handful in megabytes.
        if nuls + controls > total // 10:
            raise FileError("unreadable_file", "binary content (NUL / control bytes), not a text file")
        if utf8:
            return "utf-8-sig", nuls
        fh.seek(0)
        # cp1252 leaves five bytes undefined; a file using them is Latin-1 (every byte is defined).
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            return "cp1252", nuls
        except UnicodeDecodeError:
            return "latin-1", nuls


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode bytes with the declared charset if it works, else UTF-8, else cp1252, else Latin-1."""
    for enc in (declared, "utf-8-sig", "cp1252"):
        if not enc:
            continue
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def encoding_note(path: Path, encoding: str) -> str | None:
    """A note for files that were not UTF-8, logged once and kept on the records in ``extra``."""
    if encoding in ("utf-8-sig", "utf-8"):
        return None
    note = f"{path}: not UTF-8, decoded as {encoding}"
    log.warning(note)
    return note


def open_text(path: Path) -> tuple[Iterator[str], str | None]:
    """Lines of a text file in its sniffed encoding (streamed) and a note if it needed care.

    NUL characters are removed from the lines that hold them (PostgreSQL refuses them in text and
    they carry no meaning in an export); the note says how many, so nothing changes unsaid.
    """
    encoding, nuls = _sniff(path)
    notes = [encoding_note(path, encoding)]
    if nuls:
        note = f"{path}: {nuls} NUL byte(s) removed from the text"
        log.warning(note)
        notes.append(note)

    def lines() -> Iterator[str]:
        with path.open("r", encoding=encoding, newline="") as fh:
            for line in fh:
                yield line.replace("\x00", "") if nuls else line

    return lines(), "; ".join(n for n in notes if n) or None


def read_json_file(path: Path) -> Any:
    """A whole (small) JSON file; raises :class:`FileError` when it cannot be read or parsed."""
    lines, _ = open_text(path)
    try:
        return json.loads("".join(lines))
    except json.JSONDecodeError as exc:
        raise FileError("bad_json", f"invalid or truncated JSON ({exc.msg} at line {exc.lineno})") from None


# ---------------------------------------------------------------- timestamps and values

def parse_timestamp(value: Any, tz: ZoneInfo, column: str = "timestamp") -> datetime:
    """A tz-aware datetime from the documented formats; naive values are read in ``tz``."""
    if isinstance(value, datetime):  # XLSX cells arrive as datetimes already
        return value if value.tzinfo else value.replace(tzinfo=tz)
    text = "" if value is None else str(value).strip()
    if not text:
        raise RowError("bad_date", f"{column} is empty; expected {TIMESTAMP_FORMATS}")
    if _ISO_LIKE.match(text):
        try:
            parsed = datetime.fromisoformat(text.replace("z", "Z"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
        except ValueError:
            pass
    for fmt in _NAIVE_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=tz)
        except ValueError:
            continue
    raise RowError("bad_date", f"{column} {text!r} is not a timestamp; expected {TIMESTAMP_FORMATS}")


def parse_date(value: Any, column: str = "date") -> date:
    """A calendar date from ``YYYY-MM-DD``, ``DD.MM.YYYY`` or ``DD/MM/YYYY`` (or a spreadsheet date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = "" if value is None else str(value).strip()
    for fmt in _DATE_ONLY:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if _ISO_LIKE.match(text):
        # A timestamp where a date was asked for ("2026-11-21T10:00:00+03:00"): the calendar date
        # as written, in the writer's own offset; converting it to UTC could move it a day.
        try:
            return datetime.fromisoformat(text.replace("z", "Z")).date()
        except ValueError:
            pass
    raise RowError("bad_date", f"{column} {text!r} is not a date; expected {DATE_FORMATS}")


def text_or_none(value: Any) -> str | None:
    """A stripped string, or None for blanks."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # spreadsheets hand ids and codes over as 17.0
    text = str(value).strip()
    return text or None


def to_float(value: Any, column: str) -> float | None:
    """A number or None for blanks; a non-number is a row error naming the column and value."""
    text = text_or_none(value)
    if text is None:
        return None
    try:
        return float(text.replace(",", ".")) if isinstance(value, str) else float(value)
    except ValueError:
        raise RowError("bad_number", f"{column} {text!r} is not a number") from None


def to_int(value: Any, column: str, default: int = 0) -> int:
    """A whole number (default for blanks); fractions and words are row errors."""
    number = to_float(value, column)
    if number is None:
        return default
    if not number.is_integer():
        raise RowError("bad_number", f"{column} {value!r} is not a whole number")
    return int(number)


# ---------------------------------------------------------------- columns

def sniff_delimiter(header: str) -> str:
    """The delimiter among ``, ; TAB |`` that occurs most in the header line (comma on a tie)."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def missing_columns(header: Iterable[str], required: Iterable[str]) -> list[str]:
    """Required columns absent from the header (case and surrounding blanks ignored)."""
    have = {h.strip().lower() for h in header if h}
    return [c for c in required if c not in have]


def file_rejected(source: str, path: Path, err: RowError | OSError) -> Rejected:
    """One file-level quarantine record naming the file and the problem."""
    if isinstance(err, RowError):
        return Rejected(source, str(path), None, err.rule, err.message)
    return Rejected(source, str(path), None, "unreadable_file", f"cannot read the file ({err.strerror or err})")


def require(row: dict[str, Any], column: str) -> str:
    """A required value that must not be blank."""
    value = text_or_none(row.get(column))
    if value is None:
        raise RowError("missing_value", f"{column} is empty")
    return value


def shared_fields(row: dict[str, Any], csat_column: str = "csat") -> dict[str, Any]:
    """The optional fields every channel spells alike: customer, transfers, outcome, csat, topic, lang."""
    return {
        "customer": text_or_none(row.get("customer")),
        "transfers": to_int(row.get("transfers"), "transfers"),
        "outcome": text_or_none(row.get("outcome")),
        "csat": to_float(row.get(csat_column), csat_column),
        "topic": text_or_none(row.get("topic")),
        "lang": text_or_none(row.get("lang") or row.get("language")),
    }


def optional_time(row: dict[str, Any], column: str, tz: ZoneInfo) -> datetime | None:
    """A timestamp that may be left blank (end of a visit, end of a chat)."""
    return parse_timestamp(row[column], tz, column) if text_or_none(row.get(column)) is not None else None


def extra_fields(row: dict[str, Any], known: set[str], note: str | None) -> dict[str, Any]:
    """Columns the format does not define (kept, not dropped) and any file note."""
    extra = notes_extra(note)
    extra.update({k: v for k, v in row.items() if k not in known and v not in (None, "")})
    return extra


def notes_extra(*notes: str | None) -> dict[str, Any]:
    """``extra`` for a record read from a file that needed a note (encoding, disguised type)."""
    kept = [n for n in notes if n]
    return {"notes": kept} if kept else {}


def files_in(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files to read: ``path`` itself if it is a file, else its direct children with a suffix."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes)


def first_reply_wait(turns: list[Turn], stamps: list[datetime | None]) -> float | None:
    """Seconds from the first customer message to the first staff message after it."""
    asked: datetime | None = None
    for turn, ts in zip(turns, stamps):
        if ts is None:
            continue
        if turn.speaker == "customer" and asked is None:
            asked = ts
        elif turn.speaker == "agent" and asked is not None:
            return (ts - asked).total_seconds()
    return None
