"""Mystery-shop scorecards through the browser: check the file, validate every row with the same
reader and Great Expectations suite as ``consistency upload-mystery-shop``, show the row-level
errors, and store only when the person confirms (the CLI's path, bad rows to quarantine)."""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from consistency.config import Settings

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".csv", ".xlsx")
_ZIP_MAGIC = b"PK\x03\x04"
_TOKEN = re.compile(r"^[0-9a-f]{32}$")


class UploadRefused(ValueError):
    """The file is not something we will read (too big, wrong type); message for the user."""


@dataclass
class RowProblem:
    row: int | None
    rule: str
    message: str


@dataclass
class Checked:
    token: str
    name: str
    good: int
    problems: list[RowProblem] = field(default_factory=list)


def upload_dir() -> Path:
    import os

    return Path(os.environ.get("CONSISTENCY_UPLOAD_DIR") or Path(tempfile.gettempdir()) / "consistency-uploads")


def safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", Path(name or "scorecard").name)[:100].lstrip(".")
    return stem or "scorecard"


def check_bytes(name: str, data: bytes) -> str:
    """Refuse what is not a scorecard file; returns the suffix to store it under."""
    suffix = Path(name or "").suffix.lower()
    if len(data) > MAX_BYTES:
        raise UploadRefused(f"{name}: the file is larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
    if suffix not in SUFFIXES:
        raise UploadRefused(f"{name}: only .csv and .xlsx scorecards are accepted")
    if not data:
        raise UploadRefused(f"{name}: the file is empty")
    if suffix == ".xlsx" and not data.startswith(_ZIP_MAGIC):
        raise UploadRefused(f"{name}: this is not an Excel .xlsx file")
    if suffix == ".csv":
        if data.startswith(_ZIP_MAGIC) or b"\x00" in data[:65536]:
            raise UploadRefused(f"{name}: this is not a text CSV file")
        try:
            data[:65536].decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.start < 65530:  # a cut in the middle of a character at the end is fine
                raise UploadRefused(f"{name}: the CSV is not UTF-8 text (byte {exc.start})") from None
    return suffix


def stage(name: str, data: bytes) -> tuple[str, Path]:
    """Keep the file under a random token until the person decides to store it."""
    check_bytes(name, data)
    token = secrets.token_hex(16)
    folder = upload_dir() / token
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_name(name)
    path.write_bytes(data)
    return token, path


def staged(token: str) -> Path | None:
    if not _TOKEN.match(token or ""):
        return None
    folder = upload_dir() / token
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    return files[0] if files else None


def validate(settings: Settings, token: str, path: Path) -> Checked:
    """Every row through the scorecard reader and the Great Expectations suite; nothing is stored."""
    from consistency.ingest import read_mystery_shop_file
    from consistency.records import Rejected
    from consistency.validate import validate_batch

    problems: list[RowProblem] = []
    records = []
    for item in read_mystery_shop_file(path, settings.tz):
        if isinstance(item, Rejected):
            problems.append(RowProblem(item.row, item.rule, item.message))
        else:
            records.append(item)
    good, bad = validate_batch("mystery_shop", records) if records else ([], [])
    problems.extend(RowProblem(r.row, r.rule, r.message) for r in bad)
    problems.sort(key=lambda p: (p.row or 0, p.rule))
    return Checked(token, path.name, len(good), problems)


def store(settings: Settings, token: str) -> dict[str, object]:
    """Store a staged file exactly as the CLI does, then forget it."""
    from consistency.pipeline import upload_mystery_shop

    path = staged(token)
    if path is None:
        raise UploadRefused("this upload has expired or was already stored; upload the file again")
    try:
        return upload_mystery_shop(settings, path).as_dict()
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)
