"""One big night in the real export formats, fast: a few thousand composed contacts, cloned to N.

The demo generator composes every conversation (a few hundred contacts a second); a benchmark night of
a million needs minutes, not hours. Here a template of contacts is drawn and composed once, then each
clone gets its own native id, customer and start minute and is written by the demo's own writers
(docs/formats.md), in parts of ``part_size`` contacts (``exports/<day>/part-NNN/<kind>/``), so the
night splits into many ingest partitions as a chain's many export files would.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from consistency.demo.chain import build_branches
from consistency.demo.conversation import Scenario, compose
from consistency.demo.scenarios import draw
from consistency.demo.writers import write_chat, write_email, write_in_person, write_phone

KINDS = ("phone", "email", "chat", "in_person")


def _clone(t: Scenario, copy: int, rng: random.Random) -> Scenario:
    """The template contact as another customer's, a few minutes earlier or later, with its own id."""
    if t.source == "email":
        native = t.native_id.replace(".0@", f".c{copy}.0@", 1)
    else:
        native = f"{t.native_id}-c{copy}"
    start = t.start + timedelta(minutes=rng.randint(-90, 90))
    if start.date() != t.start.date():
        start = t.start
    return replace(t, native_id=native, customer=f"{t.customer}-{copy}", start=start)


def write_night(out_dir: Path, day: date, interactions: int, *, branches: int = 12, seed: int = 7,
                template: int = 4_000, part_size: int = 50_000,
                progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Write ``interactions`` contacts of ``day`` under ``out_dir/exports/<day>/``; returns counts per kind."""
    rng = random.Random(seed)
    chain = build_branches(rng, branches, max(50, template // max(branches, 1)))
    templates: list[Scenario] = []
    for _, contacts in draw(rng, chain, [day], template, []):
        templates.extend(contacts)
    wrng = random.Random(f"{seed}/{day.isoformat()}")
    for s in templates:
        if s.source != "in_person":
            s.turns = compose(s, wrng)
    night = Path(out_dir) / "exports" / day.isoformat()
    counts: Counter[str] = Counter()
    written = 0
    part = 0
    while written < interactions:
        size = min(part_size, interactions - written)
        clones = [_clone(templates[(written + k) % len(templates)], (written + k) // len(templates) * 1000 + part,
                         wrng) for k in range(size)]
        folder = night / f"part-{part:03d}"
        by_kind = {kind: [s for s in clones if s.source == kind] for kind in KINDS}
        write_phone(folder, by_kind["phone"], wrng)
        write_email(folder, day, by_kind["email"], wrng)
        write_chat(folder, by_kind["chat"], wrng)
        write_in_person(folder, by_kind["in_person"], wrng, as_xlsx=False)
        counts.update({kind: len(v) for kind, v in by_kind.items()})
        written += size
        part += 1
        if progress:
            progress(size)
    return {"exports": str(night.parent), "night": str(night), "interactions": written, "parts": part,
            "by_channel": dict(sorted(counts.items()))}
