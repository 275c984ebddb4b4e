"""Tables: call logs, visit logs and scorecards as CSV or XLSX, decided by content, not file name."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from consistency.ingest.common import (
    FileError,
    RowError,
    file_rejected,
    log,
    missing_columns,
    open_text,
    sniff_delimiter,
)
from consistency.records import Rejected

T = TypeVar("T")
_ZIP_MAGIC = b"PK\x03\x04"
# The csv module stops at 128 kB per field and the rest of the file would be lost with it; a long
# transcript pasted into a comment is data, not an error.
csv.field_size_limit(2**31 - 1)


def is_zip(path: Path) -> bool:
    """True when the file starts with the zip magic bytes (every real .xlsx does)."""
    with path.open("rb") as fh:
        return fh.read(4) == _ZIP_MAGIC


@dataclass
class Table:
    """Rows of a CSV or XLSX file as dicts keyed by lower-cased header, with 1-based row numbers."""

    header: list[str]
    rows: Iterator[tuple[int, Any]]  # a dict per row, or a _ShortRow for a row cut short
    note: str | None = None
    close: Callable[[], None] = lambda: None  # releases the file when rows are not read to the end


def open_table(path: Path, required: Iterable[str]) -> Table:
    """Open a visit log / call log / scorecard as a :class:`Table`; raises :class:`FileError`.

    The file's content decides CSV or XLSX, not its name: exports are often renamed by hand.
    """
    if path.stat().st_size == 0:
        raise FileError("empty_file", "the file is empty")
    zipped = is_zip(path)
    note = None
    if zipped != (path.suffix.lower() == ".xlsx"):
        note = f"{path}: named {path.suffix or 'without suffix'} but is really {'XLSX' if zipped else 'CSV'}; read as such"
        log.warning(note)
    table = _xlsx_table(path) if zipped else _csv_table(path)
    missing = missing_columns(table.header, required)
    if missing:
        table.close()
        raise FileError("missing_columns", f"missing required column(s): {', '.join(missing)}"
                                           f" (found: {', '.join(h for h in table.header if h) or 'none'})")
    notes = [n for n in (note, table.note) if n]
    table.note = "; ".join(notes) or None
    return table


def _csv_table(path: Path) -> Table:
    lines, note = open_text(path)
    first = next(lines, "")
    if not first.strip():
        raise FileError("empty_file", "the file has no header line")
    delimiter = sniff_delimiter(first)
    header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]

    last_line = [first]

    def tracked() -> Iterator[str]:
        for line in lines:
            last_line[0] = line
            yield line

    def rows() -> Iterator[tuple[int, Any]]:
        # Row numbers as a spreadsheet shows them: the header is row 1. Quoted newlines shift
        # physical lines, so count records, not lines.
        for number, values in enumerate(csv.reader(tracked(), delimiter=delimiter), start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) < len(header):
                # A row cut short: the file ended mid-row (a copy or upload interrupted) or the
                # row lost its trailing fields. Storing it would present blanks as data.
                shape = f"{len(values)} of {len(header)} columns"
                raw = delimiter.join(values)
                if not last_line[0].endswith(("\n", "\r")):
                    yield number, _ShortRow("truncated_row", f"the file ends in the middle of this row ({shape}, no line end)", raw)
                else:
                    yield number, _ShortRow("short_row", f"the row has {shape}", raw)
                continue
            yield number, _row_dict(header, values)

    return Table(header, rows(), note, close=getattr(lines, "close", lambda: None))


def _xlsx_table(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # A file object, not the path: openpyxl refuses names not ending in .xlsx, and renamed
    # workbooks (visits.csv that is really XLSX) are common.
    handle = path.open("rb")
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
        cells = book.worksheets[0].iter_rows(values_only=True)
        first = next(cells, None)
    except Exception as exc:  # openpyxl raises many types on corrupt input (zip, XML, missing parts)
        handle.close()
        raise FileError("unreadable_file", f"not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None

    def close() -> None:
        book.close()
        handle.close()

    if first is None:
        close()
        raise FileError("empty_file", "the workbook's first sheet is empty")
    header = [str(h).strip().lower() if h is not None else "" for h in first]

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        number = 1
        try:
            for number, values in enumerate(cells, start=2):
                if all(v is None or str(v).strip() == "" for v in values):
                    continue
                yield number, _row_dict(header, list(values))
        except Exception as exc:  # the sheet XML is parsed lazily: corruption shows up mid-way
            raise FileError("unreadable_file", f"stopped reading after row {number}: {type(exc).__name__}: {exc}") from None
        finally:
            close()

    return Table(header, rows(), close=close)


class _ShortRow(RowError):
    """A CSV row with fewer fields than the header: yielded in its place, so only it is quarantined."""

    def __init__(self, rule: str, message: str, raw: str) -> None:
        super().__init__(rule, message)
        self.raw = raw


def _row_dict(header: list[str], values: list[Any]) -> dict[str, Any]:
    row = {h: (values[i] if i < len(values) else None) for i, h in enumerate(header) if h}
    if len(values) > len(header):
        row["__overflow__"] = values[len(header):]
    return row


def read_rows(source: str, path: Path, required: Iterable[str],
              convert: Callable[[int, dict[str, Any], str | None], T]) -> Iterator[T | Rejected]:
    """Open a table, convert every row, and turn file and row errors into :class:`Rejected`."""
    try:
        table = open_table(path, required)
    except (RowError, OSError) as err:
        yield file_rejected(source, path, err)
        return
    try:
        for number, row in table.rows:
            if isinstance(row, _ShortRow):
                yield Rejected(source, str(path), number, row.rule, row.message, raw=row.raw)
                continue
            try:
                yield convert(number, row, table.note)
            except RowError as err:
                yield Rejected(source, str(path), number, err.rule, err.message,
                               raw=json.dumps(row, default=str, ensure_ascii=False))
    except FileError as err:
        yield file_rejected(source, path, err)
    except (csv.Error, OSError, UnicodeDecodeError) as exc:
        # The rest of the file is unreadable (a cut-off quote): say so once and move on.
        yield Rejected(source, str(path), None, "unreadable_file", f"stopped reading: {exc}")
