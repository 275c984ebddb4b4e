"""Time and peak memory of the detect step: from the stored statistics against from the window's raw rows.

    python benchmarks/detect_source.py --db-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_stats \
        --date 2026-11-30 --window-days 28 --repeats 2

On a stored window (e.g. the database that ``benchmarks/pipeline.py --night-interactions ... --pg-url ...``
leaves), brings the statistics up to date for the night (untimed, as its audit's aggregate step
does), then runs the detect step of
``pipeline.analyse`` for the window ending at ``--date`` in a fresh process per run, alternating the
two sources (stats, rows, then rows, stats, ...) so that both see the same machine load:

* ``stats``: ``cellstats.load_patterns`` + detection + the evidence read of the flagged patterns
  (``cellstats.pattern_contacts``), what the nightly audit does;
* ``rows``: ``cellstats.window_rows`` (every interaction of the window with its labels, FCR and
  contact history) + detection, the full-window mode.

Per run: the input's row count and its size in memory, seconds to read it, seconds of detection
(with the evidence reads), the process's peak resident memory and its resident memory after imports. Both must
give the same flags (checked). The last line is one JSON object for scripts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date, timedelta


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _child(args: argparse.Namespace) -> None:
    from consistency import cellstats, pipeline
    from consistency.config import Settings
    from consistency.detect import run_detection
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    settings = Settings.from_env(db_url=args.db_url, history_days=args.window_days)
    engine = pipeline.open_store(settings)
    end = date.fromisoformat(args.date)
    start = end - timedelta(days=args.window_days - 1)
    base = _rss_mb()
    t = time.perf_counter()
    with session_scope(engine) as session:
        mystery = repo.mystery_frame(session, start, end)
    if args.child == "stats":
        frame = cellstats.load_patterns(engine, start, end)
        contacts = cellstats.pattern_contacts(engine, frame, start, end, args.window_days)
    else:
        frame, contacts = cellstats.window_rows(engine, start, end, args.window_days), None
    read = time.perf_counter() - t
    t = time.perf_counter()
    result = run_detection(frame, mystery, end, fdr=settings.fdr, change_share=settings.change_share,
                           watch_rate=settings.watch_rate, contacts=contacts)
    detect = time.perf_counter() - t
    flags = sorted((f.type, f.metric, f.branch or "", f.channel or "", f.agent or "", f.n, round(f.q_value or 1.0, 9),
                    tuple(f.details.get("top_interactions", []))) for f in result.flags + result.bright_spots)
    print(json.dumps({"source": args.child, "rows": len(frame), "input_mb": frame.memory_usage(deep=True).sum() / 2**20,
                      "read_s": read, "detect_s": detect,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "base_rss_mb": base,
                      "flags": len(result.flags), "watch": len(result.watch), "digest": flags}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--date", required=True, help="the audited night (YYYY-MM-DD)")
    parser.add_argument("--window-days", type=int, default=28)
    parser.add_argument("--repeats", type=int, default=2, help="runs of each source, alternating")
    parser.add_argument("--child", choices=["stats", "rows"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args)
        return 0
    from consistency import cellstats, pipeline
    from consistency.config import Settings

    # statistics up to date for the night (what its audit's aggregate step leaves; not timed)
    engine = pipeline.open_store(Settings.from_env(db_url=args.db_url, history_days=args.window_days))
    cellstats.refresh_night(engine, date.fromisoformat(args.date), args.window_days)
    engine.dispose()
    runs = []
    for r in range(args.repeats):
        for source in (("stats", "rows") if r % 2 == 0 else ("rows", "stats")):
            out = subprocess.run([sys.executable, __file__, "--child", source, "--db-url", args.db_url, "--date", args.date,
                                  "--window-days", str(args.window_days)], check=True, capture_output=True, text=True)
            run = json.loads(out.stdout.strip().splitlines()[-1])
            run["load"] = os.getloadavg()[0]
            runs.append(run)
            print(f"{source:<6} rows {run['rows']:>9,} ({run['input_mb']:.0f} MB)  read {run['read_s']:7.1f} s  "
                  f"detect {run['detect_s']:7.1f} s  "
                  f"peak {run['peak_rss_mb']:7.0f} MB (after imports {run['base_rss_mb']:.0f})  flags {run['flags']}  "
                  f"watch {run['watch']}  load {run['load']:.1f}", flush=True)
    same = len({json.dumps(r["digest"]) for r in runs}) == 1
    print(f"same flags (type, metric, cell, agent, n, q, evidence) from both sources: {same}")
    summary = {}
    for source in ("stats", "rows"):
        mine = [r for r in runs if r["source"] == source]
        summary[source] = {"rows": mine[0]["rows"], "input_mb": round(mine[0]["input_mb"], 1),
                           "read_s": [round(r["read_s"], 2) for r in mine],
                           "detect_s": [round(r["detect_s"], 2) for r in mine],
                           "peak_rss_mb": [round(r["peak_rss_mb"]) for r in mine]}
    print(json.dumps({"date": args.date, "window_days": args.window_days, "same_flags": same, **summary}))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
