"""Where the analyse step's CPU goes on a stored window: each part of ``pipeline.analyse`` timed alone.

    python benchmarks/analyse_parts.py --db-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_scale \\
        --date 2026-11-30 --window-days 28 [--profile 30]

Runs the parts in the order ``pipeline.analyse`` does (statistics of the night's days, the window's
patterns, the cell tables, the evidence reads, detection, the writes) on a store a benchmark left
(``benchmarks/pipeline.py --night-interactions N --db postgresql --pg-url ...``), and prints wall and
CPU seconds of each, and the process's resident memory after it and its peak so far. With ``--profile N`` it also prints cProfile's N largest cumulative entries of
detection (cProfile inflates Python-heavy code: choose with it, measure without it).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from datetime import date, timedelta
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--date", required=True, type=date.fromisoformat)
    parser.add_argument("--window-days", type=int, default=28)
    parser.add_argument("--profile", type=int, default=0, help="print this many cProfile entries of detection")
    args = parser.parse_args(argv)

    from consistency import cellstats
    from consistency.config import Settings
    from consistency.detect import run_detection
    from consistency.pipeline import open_store
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    settings = Settings.from_env(db_url=args.db_url, history_days=args.window_days)
    engine = open_store(settings)
    print(f"resident memory before the parts: {_rss_mb():,.0f} MB")
    day, start = args.date, args.date - timedelta(days=args.window_days - 1)
    parts: list[tuple[str, float, float, float, float]] = []

    def timed(name: str, work: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        parts.append((name, time.perf_counter() - wall, time.process_time() - cpu, _rss_mb(),
                      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
        return result

    with session_scope(engine) as session:
        mystery = timed("mystery-shop read", lambda: repo.mystery_frame(session, start, day))
    timed("cell statistics of the night's days", lambda: cellstats.refresh_night(engine, day, args.window_days))
    stats = timed("window's patterns read", lambda: cellstats.load_patterns(engine, start, day))
    timed("day and week cell tables", lambda: (cellstats.cell_metrics_from_stats(stats, "day"),
                                               cellstats.cell_metrics_from_stats(stats, "week")))
    contacts = timed("evidence contacts", lambda: cellstats.pattern_contacts(engine, stats, start, day,
                                                                             args.window_days))
    profiler = cProfile.Profile() if args.profile else None

    def detect() -> Any:
        if profiler:
            profiler.enable()
        try:
            return run_detection(stats, mystery, day, fdr=settings.fdr, change_share=settings.change_share,
                                 watch_rate=settings.watch_rate, contacts=contacts)
        finally:
            if profiler:
                profiler.disable()

    detection = timed("detection" + (" (profiled)" if profiler else ""), detect)
    print(f"window {start}..{day}: {len(stats):,} pattern rows; {len(detection.flags)} flags, "
          f"{len(detection.watch)} watch items")
    print(f"{'part':<40}{'wall s':>9}{'CPU s':>9}{'RSS after, MB':>15}{'peak so far':>13}")
    for name, wall, cpu, rss, peak in parts:
        print(f"{name:<40}{wall:>9.2f}{cpu:>9.2f}{rss:>15,.0f}{peak:>13,.0f}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    return 0


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


if __name__ == "__main__":
    sys.exit(main())
