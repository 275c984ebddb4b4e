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


WATCH_FIELDS = ("id", "metric", "branch", "channel", "alarm_date", "onset_date", "first_listed", "last_seen",
                "promoted_on", "retired_on", "retired_reason", "n", "observed", "expected", "size", "cusum",
                "threshold", "promoted_by")


def watch_dicts(records: Iterable[Any]) -> list[dict[str, Any]]:
    """Stored watch items as dicts; ``status`` is the item's status on the night asked for."""
    rows = []
    for r in records:
        row = {name: getattr(r, name, None) for name in WATCH_FIELDS}
        night = getattr(r, "night", None)
        row["status"] = getattr(r, "night_status", r.status)
        if night is not None:  # the night's own figures (an item's figures move as days accrue)
            row.update(n=night.n, observed=night.observed, expected=night.expected, size=night.size,
                       cusum=night.cusum, threshold=night.threshold, business_date=night.business_date)
        rows.append(row)
    return rows
