"""Helpers for connector tests: bad files are built in tmp_path, good ones come from examples/."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from consistency.records import IngestItem, Rejected
from tests.conftest import REPO

EXAMPLES = REPO / "examples"


@pytest.fixture
def tz() -> ZoneInfo:
    return ZoneInfo("Europe/Berlin")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write a test file (creating folders) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def split(items: list[IngestItem]) -> tuple[list[IngestItem], list[Rejected]]:
    """Records and rejects, in the order read."""
    good = [i for i in items if not isinstance(i, Rejected)]
    return good, [i for i in items if isinstance(i, Rejected)]
