"""Gold labels out of the store: what reviewers said, for training and for measuring the models."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from consistency.store import models as m

FIELDS = ("interaction_id", "judgement", "label", "model_label", "lang", "reviewer", "at", "source", "branch", "channel")


@dataclass(frozen=True)
class GoldLabelRow:
    interaction_id: str
    judgement: str
    label: str
    model_label: str | None
    lang: str | None
    reviewer: str
    at: str
    source: str
    branch: str
    channel: str


def gold_labels(session: Session, branches: Sequence[str] | None = None, latest_only: bool = True) -> list[GoldLabelRow]:
    """Reviewers' labels, oldest first; with ``latest_only`` one row per interaction x judgement x reviewer."""
    g, i = m.GoldLabel, m.Interaction
    query = select(g, i.branch, i.channel).join(i, i.id == g.interaction_id).order_by(g.id)
    if branches is not None:
        query = query.where(i.branch.in_(list(branches)))
    rows: dict[tuple[str, str, str] | int, GoldLabelRow] = {}
    for label, branch, channel in session.execute(query):
        key = (label.interaction_id, label.judgement, label.reviewer) if latest_only else label.id
        rows.pop(key, None)  # re-insert so the order follows the latest label
        rows[key] = GoldLabelRow(label.interaction_id, label.judgement, label.label, label.model_label, label.lang,
                                 label.reviewer, label.at.isoformat(), label.source, branch, channel)
    return list(rows.values())


def write_labels(rows: list[GoldLabelRow], path: Path, fmt: str | None = None) -> Path:
    """Write the labels as CSV or JSON lines (chosen by ``fmt`` or the file's suffix)."""
    fmt = fmt or ("jsonl" if path.suffix.lower() in (".jsonl", ".json") else "csv")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    else:
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=FIELDS)
            writer.writeheader()
            writer.writerows(asdict(r) for r in rows)
    return path
