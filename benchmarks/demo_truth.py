"""Demo truth over several seeds and dates: every planted problem flagged, few flags explained by none.

Run:  PYTHONPATH=src python benchmarks/demo_truth.py [--seeds 7 11 23 41 99] [--dates 2026-11-22 2026-11-30]
      [--cache DIR] [--fdr Q] [--verbose]

For each (seed, last business date) it generates the demo chain (12 branches, 30 days, 25,000
interactions, as ``tests/test_demo_truth.py`` does), ingests it, classifies it with the shipped
models, runs the night's detection and scores the flags against ``planted.json``. ``--cache`` keeps
each classified window (a pickle per run) so detection can be re-run without the pipeline. Prints
one row per run: planted problems found, flags explained by no planted problem, how many of the
night's tests were significant (Benjamini-Hochberg counts those; several merge into one flag, while
a false one stays a flag of its own), and the time. ``--fdr`` overrides the FDR setting.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from consistency.config import Settings
from consistency.demo.truth import audit_demo, match_flags
from consistency.detect import run_detection
from consistency.normalize import pseudonymise
from consistency.store import repository as repo
from consistency.store.db import session_scope

SEEDS = (7, 11, 23, 41, 99)
DATES = (date(2026, 11, 22), date(2026, 11, 30))


def classified_window(seed: int, end: date, work: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict, Settings]:
    """The demo's classified window as ``pipeline.analyse`` reads it, its mystery shops and planted truth."""
    engine, analysis, planted, settings = audit_demo(work, seed, end)
    with session_scope(engine) as session:
        mystery = repo.mystery_frame(session, end - timedelta(days=settings.history_days - 1), end)
    engine.dispose()
    return analysis.interactions, mystery, planted, settings


def one_run(seed: int, end: date, cache: Path | None, fdr: float | None = None) -> dict:
    t0 = time.perf_counter()
    stored = cache / f"seed{seed}-{end}.pkl" if cache else None
    if stored is not None and stored.exists():
        frame, mystery, planted, settings = pickle.loads(stored.read_bytes())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            frame, mystery, planted, settings = classified_window(seed, end, Path(tmp))
        if stored is not None:
            stored.write_bytes(pickle.dumps((frame, mystery, planted, settings)))
    fdr = settings.fdr if fdr is None else fdr
    detection = run_detection(frame, mystery, end, fdr=fdr, change_share=settings.change_share,
                              watch_rate=settings.watch_rate)
    result = match_flags(detection.flags, planted, lambda a: pseudonymise(a, settings.pseudonym_key, "ag"))
    return {"seed": seed, "date": end.isoformat(), "found": len(result.matched) - len(result.missed),
            "planted": len(result.matched), "unexplained": len(result.false_alarms), "flags": result.flags,
            "significant": int((detection.tests["q_value"] <= fdr).sum()),
            "seconds": round(time.perf_counter() - t0, 1), "summary": result.summary()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=list(SEEDS))
    parser.add_argument("--dates", type=date.fromisoformat, nargs="+", default=list(DATES))
    parser.add_argument("--cache", type=Path, default=None, help="keep each classified window here (pickles)")
    parser.add_argument("--verbose", action="store_true", help="print each run's matches and false alarms")
    parser.add_argument("--fdr", type=float, default=None, help="false-discovery rate (default: the setting's)")
    args = parser.parse_args(argv)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    rows = []
    for seed in args.seeds:
        for end in args.dates:
            row = one_run(seed, end, args.cache, args.fdr)
            rows.append(row)
            print(f"seed {seed:>3} {end}: {row['found']}/{row['planted']} planted found, "
                  f"{row['unexplained']}/{row['flags']} flags unexplained, from {row['significant']} significant "
                  f"tests ({row['seconds']} s)", flush=True)
            if args.verbose or row["unexplained"] or row["found"] < row["planted"]:
                print("    " + row["summary"].replace("\n", "\n    "), flush=True)
    found, planted = sum(r["found"] for r in rows), sum(r["planted"] for r in rows)
    false, flags = sum(r["unexplained"] for r in rows), sum(r["flags"] for r in rows)
    significant = sum(r["significant"] for r in rows)
    print(f"\nall {len(rows)} runs: {found}/{planted} planted problems found; {false}/{flags} flags unexplained "
          f"({false / max(flags, 1):.1%}); {significant} significant tests made {flags} flags")
    return 0 if found == planted and false <= 0.05 * flags else 1


if __name__ == "__main__":
    sys.exit(main())
