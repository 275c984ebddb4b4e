"""Predicted vs labelled shares per language x channel, on a generated chain whose truth is known.

The demo writes ``labels.csv`` (the customer's tone and the agent's courtesy each contact was
written with). Reading its exports with the real connectors, masking as the pipeline does and
classifying with the shipped models shows whether the share read as negative (or courteous)
follows the truth in every language and channel, or the language's training data.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.normalize import mask_pii
from consistency.records import InteractionText, RawInteraction, Turn

BATCH = 2_000


@dataclass
class ShareRow:
    """One language x channel cell: n labelled contacts, observed and predicted shares."""

    lang: str
    channel: str
    n: int
    negative_observed: float
    negative_predicted: float
    n_courtesy: int  # contacts with agent speech, where courtesy was called
    courteous_observed: float | None
    courteous_predicted: float | None
    courteous_agreement: float | None  # share of contacts where the call matches the label


def share_table(exports: Path, labels_csv: Path, classifier, tz: ZoneInfo = ZoneInfo("UTC")) -> list[ShareRow]:
    """Classify every labelled contact under ``exports`` and compare shares per (true language, channel)."""
    from consistency.ingest import read_tree

    with Path(labels_csv).open(encoding="utf-8", newline="") as f:
        truth = {(r["source"], r["native_id"]): r for r in csv.DictReader(f)}
    cells: dict[tuple[str, str], list[list[float]]] = defaultdict(lambda: [[], [], [], []])
    batch: list[tuple[InteractionText, dict]] = []

    def flush() -> None:
        results = classifier.classify([item for item, _ in batch])
        for (item, label), c in zip(batch, results):
            neg_obs, neg_pred, court_obs, court_pred = cells[(label["lang"], item.channel)]
            neg_obs.append(float(label["customer_tone"] == "negative"))
            neg_pred.append(float(c.tone == "negative"))
            if c.courteous is not None:
                court_obs.append(float(label["courteous"] == "1"))
                court_pred.append(float(c.courteous))
        batch.clear()

    for raw in read_tree(Path(exports), tz):
        if not isinstance(raw, RawInteraction):
            continue
        label = truth.get((raw.source, raw.native_id))
        if label is None:
            continue
        turns = [Turn(t.speaker, mask_pii(t.text) if isinstance(t.text, str) else t.text, t.offset_s)
                 for t in raw.turns]
        batch.append((InteractionText(f"{raw.source}:{raw.native_id}", raw.channel, turns, raw.transfers,
                                      raw.outcome, raw.lang), label))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    rows = []
    for (lang, channel), (neg_obs, neg_pred, court_obs, court_pred) in sorted(cells.items()):
        agree = [float(a == b) for a, b in zip(court_obs, court_pred)]
        rows.append(ShareRow(lang, channel, len(neg_obs), _mean(neg_obs), _mean(neg_pred), len(court_obs),
                             _mean(court_obs) if court_obs else None, _mean(court_pred) if court_pred else None,
                             _mean(agree) if agree else None))
    return rows


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")
