"""Flags as plain dicts, JSON and CSV: what scripts and spreadsheets consume."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from consistency.records import Flag
from consistency.store.models import FlagRecord

FLAG_FIELDS = ("id", "business_date", "type", "branch", "channel", "agent", "metric", "direction", "level",
               "observed", "expected", "n", "lower", "upper", "p_value", "q_value", "first_seen", "status", "sentence")


def flag_dicts(flags: Iterable[FlagRecord | Flag]) -> list[dict[str, Any]]:
    """One dict per flag with the fields every consumer relies on (and the details).

    Stored flags carry id, date and review status; a flag computed outside the store (the
    real-data check) has them empty.
    """
    rows = []
    for f in flags:
        row = {name: getattr(f, name, None) for name in FLAG_FIELDS}
        row["details"] = f.details or {}
        rows.append(row)
    return rows


def write_flags_csv(rows: list[dict[str, Any]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FLAG_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path
