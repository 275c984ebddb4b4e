"""Demo data: a realistic multilingual chain with planted problems, written in the real export formats."""

from __future__ import annotations

import csv
import json
import random
import shutil
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from consistency.demo.chain import build_branches, calendar
from consistency.demo.conversation import compose
from consistency.demo.mystery import report_days, scorecards
from consistency.demo.planted import plan
from consistency.demo.scenarios import draw
from consistency.demo.writers import (LABEL_COLUMNS, label_rows, write_chat, write_email, write_in_person,
                                      write_mystery_shop, write_phone)

__all__ = ["DEMO_END", "generate"]

# The demo's calendar is fixed, not "yesterday": weekday rhythm, mystery-shop Mondays and which days
# are written as XLSX all follow the calendar, so a demo dated by the clock drew a different chain
# every day for the same seed (seed 7 scored "1 of 12 flags unexplained" one day and "3 of 14" on
# another). Pass ``end_date`` to date a demo otherwise.
DEMO_END = date(2026, 11, 22)


def generate(out_dir: Path, *, branches: int = 12, days: int = 30, interactions: int = 50_000, seed: int = 7,
             end_date: date | None = None, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Write exports/<day>/..., planted.json and labels.csv under ``out_dir``; return counts and paths."""
    if branches < 1 or days < 1 or interactions < 0:
        raise ValueError("branches and days must be at least 1 and interactions not negative")
    out_dir = Path(out_dir)
    _clear_previous_run(out_dir)
    end = end_date or DEMO_END
    rng = random.Random(seed)
    per_branch = max(50, interactions // max(branches, 1) // 3)
    chain = build_branches(rng, branches, per_branch)
    cal = calendar(end, days)
    problems = plan(chain, cal)
    exports = out_dir / "exports"
    by_channel: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    shop_days = report_days(cal)
    shops = 0
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "labels.csv").open("w", encoding="utf-8", newline="") as labels_file:
        labels = csv.DictWriter(labels_file, fieldnames=LABEL_COLUMNS, lineterminator="\n")
        labels.writeheader()
        for done, (day, contacts) in enumerate(draw(rng, chain, cal, interactions, problems), start=1):
            folder = exports / day.isoformat()
            # Writers get their own seeded stream so a change in one format never shifts another's text.
            wrng = random.Random(f"{seed}/{day.isoformat()}")
            for s in contacts:
                if s.source != "in_person":
                    s.turns = compose(s, wrng)
            parts = {ch: [s for s in contacts if s.source == ch] for ch in ("phone", "email", "chat", "in_person")}
            write_phone(folder, parts["phone"], wrng)
            write_email(folder, day, parts["email"], wrng)
            write_chat(folder, parts["chat"], wrng)
            write_in_person(folder, parts["in_person"], wrng, as_xlsx=(day.toordinal() % 9 == 4))
            if day in shop_days:
                rows = scorecards(wrng, chain, cal, day, problems)
                write_mystery_shop(folder, rows)
                shops += len(rows)
            labels.writerows(label_rows(contacts))
            by_channel.update(s.source for s in contacts)
            by_lang.update(s.lang for s in contacts)
            if progress:
                progress(done, len(cal))
    planted = {"seed": seed, "start_date": cal[0].isoformat(), "end_date": cal[-1].isoformat(),
               "branches": [{"code": b.code, "city": b.city, "lang": b.lang,
                             "agents": [a.agent_id for a in b.agents]} for b in chain],
               "problems": [p.as_dict() for p in problems]}
    (out_dir / "planted.json").write_text(json.dumps(planted, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                          encoding="utf-8")
    return {"out_dir": str(out_dir), "exports": str(exports), "planted": str(out_dir / "planted.json"),
            "labels": str(out_dir / "labels.csv"), "start_date": cal[0].isoformat(), "end_date": cal[-1].isoformat(),
            "interactions": sum(by_channel.values()), "mystery_shops": shops,
            "by_channel": dict(sorted(by_channel.items())), "by_lang": dict(sorted(by_lang.items()))}


def _clear_previous_run(out_dir: Path) -> None:
    """Remove the exports of an earlier demo run here, so stale days are never audited with new ones."""
    exports = out_dir / "exports"
    if not exports.exists():
        return
    if not (out_dir / "planted.json").exists():
        # Not ours: refuse rather than delete someone's real exports.
        raise ValueError(f"{exports} exists and is not a generated demo (no planted.json next to it); "
                         "choose an empty folder")
    shutil.rmtree(exports)
