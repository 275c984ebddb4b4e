"""Labelled conversations for the courtesy and resolution models: demo exports read back as production reads them.

The demo generator writes real export files plus ``labels.csv`` (the truth per interaction). We read
the files with the product's own connectors and mask them as the store does, so the models see
exactly what the nightly run classifies (in-person staff notes stay speaker ``note``).
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.records import InteractionText, RawInteraction, Turn

# The product's demo uses seed 7; training and held-out scoring use other seeds so neither ever sees it.
TRAIN_SEEDS: tuple[int, ...] = (11, 12)
HELDOUT_SEED = 13
DEMO_INTERACTIONS = 20_000  # per seed; two seeds give ~40k training conversations in well under a minute
_END = date(2026, 1, 31)  # fixed so the generated text (dates in it) never depends on the day of training
REPEAT_DAYS = 7


@dataclass
class LabelledSet:
    """Interactions in a fixed order with their truth and the contact facts used for the repeat-contact check."""

    items: list[InteractionText]
    courteous: list[int]
    resolution: list[str]
    customer: list[str | None]
    started_at: list[datetime]
    csat: list[float | None]
    blame: list[int] = field(default_factory=list)  # truth: the agent blamed another department


def generated(seed: int, interactions: int = DEMO_INTERACTIONS, work_dir: Path | None = None) -> LabelledSet:
    """Generate one demo chain with ``seed`` and read it back as the pipeline would."""
    from consistency.demo import generate

    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        out = Path(tmp) / f"seed{seed}"
        generate(out, interactions=interactions, seed=seed, end_date=_END)
        return read_labelled(out)


def read_labelled(out_dir: Path) -> LabelledSet:
    """Join a generated tree's exports with its ``labels.csv``; rows without a label are left out."""
    from consistency.ingest import read_tree
    from consistency.normalize import mask_pii

    with (Path(out_dir) / "labels.csv").open(encoding="utf-8", newline="") as fh:
        truth = {(r["source"], r["native_id"]): r for r in csv.DictReader(fh)}
    raws = [x for x in read_tree(Path(out_dir) / "exports", ZoneInfo("UTC")) if isinstance(x, RawInteraction)]
    # Sorted by source id so the order (and hence training) never depends on file-system listing order.
    raws.sort(key=lambda r: (r.source, r.native_id))
    out = LabelledSet([], [], [], [], [], [])
    for raw in raws:
        label = truth.get((raw.source, raw.native_id))
        if label is None:
            continue
        out.items.append(InteractionText(
            interaction_id=f"{raw.source}:{raw.native_id}", channel=raw.channel,
            turns=[Turn(t.speaker, mask_pii(t.text), t.offset_s) for t in raw.turns],
            transfers=int(raw.transfers or 0), outcome=raw.outcome.upper() if raw.outcome else None, lang=raw.lang,
            csat=raw.csat))
        out.courteous.append(int(label["courteous"]))
        out.resolution.append(label["resolution"])
        out.customer.append(raw.customer)
        out.started_at.append(raw.started_at)
        out.csat.append(raw.csat)
        out.blame.append(int(label.get("blame") or 0))
    return out


def repeat_within(data: LabelledSet, days: int = REPEAT_DAYS) -> list[bool]:
    """Per interaction: did the same customer contact the chain again, on any channel, within ``days``?"""
    by_customer: dict[str, list[tuple[datetime, int]]] = {}
    for k, (cust, ts) in enumerate(zip(data.customer, data.started_at)):
        if cust:
            by_customer.setdefault(cust, []).append((ts, k))
    repeat = [False] * len(data.items)
    window = timedelta(days=days)
    for contacts in by_customer.values():
        contacts.sort()
        for (ts, k), (nxt, _) in zip(contacts, contacts[1:]):
            repeat[k] = nxt - ts <= window
    return repeat
