"""Throughput and peak memory of the nightly audit: one night on top of a stored window, or a whole window.

    python benchmarks/pipeline.py --night-interactions 100000 --window-days 28 --db postgresql --runner local
    python benchmarks/pipeline.py --interactions 100000          # full-window mode: a whole window at once

Night mode stores a window of ``--window-days`` days first (demo chain, ``--window-interactions`` in all;
setup, not timed), writes one night of N interactions in the real export formats (timed as
"generate night"), then times the nightly audit of that night step by step (ingest, classify,
aggregate+detect, report), and a re-run of the same night. ``--runner dask`` runs the Prefect flow on
a LocalCluster (``--dask-workers``). Peak resident memory is sampled for this process and every child
(pool or Dask workers, the ephemeral Prefect server), each sample labelled with the step it fell in
(the local runner's steps; the night's files are written in a child process of their own), and so is
their CPU time and, on PostgreSQL, that of the database's backends. The last line is one JSON object for scripts. The machine is shared: wall
seconds measured while others work are upper bounds; CPU seconds depend far less on that load.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interactions", type=int, default=100_000, help="full-window mode: interactions in all")
    parser.add_argument("--branches", type=int, default=12)
    parser.add_argument("--days", type=int, default=30, help="full-window mode: days")
    parser.add_argument("--workdir", type=Path, default=None, help="keep files here (default: a temp folder)")
    parser.add_argument("--night-interactions", type=int, default=None, help="night mode: interactions of the night")
    parser.add_argument("--window-days", type=int, default=28)
    parser.add_argument("--window-interactions", type=int, default=20_000,
                        help="night mode: interactions of the stored window before the night, in all")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/bench_i13",
                        help="PostgreSQL database for --db postgresql (its public schema is emptied first)")
    parser.add_argument("--runner", choices=["local", "dask"], default="local")
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--local-workers", type=int, default=None,
                        help="local runner: processes for ingest and classify (default: one per core; 1: one process)")
    parser.add_argument("--part-size", type=int, default=50_000, help="night mode: contacts per export part")
    parser.add_argument("--detect-from", choices=["stats", "rows"], default="stats",
                        help="detection reads the stored statistics (the night's way) or the window's raw rows")
    args = parser.parse_args(argv)
    if args.night_interactions is not None:
        from pipeline_night import run_night  # beside this script

        return run_night(args)

    from consistency import pipeline
    from consistency.config import Settings
    from consistency.demo import generate

    work = args.workdir or Path(tempfile.mkdtemp(prefix="consistency-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    summary = generate(work / "demo", branches=args.branches, days=args.days, interactions=args.interactions)
    t_gen = time.perf_counter() - t0
    end = date.fromisoformat(summary["end_date"])
    settings = Settings.from_env(db_url=f"sqlite:///{work / 'bench.db'}", reports_dir=work / "reports",
                                 inbox=work / "demo" / "exports")
    engine = pipeline.open_store(settings)

    t0 = time.perf_counter()
    ingested = pipeline.ingest(engine, work / "demo" / "exports", settings)
    t_ingest = time.perf_counter() - t0
    n = sum(ingested.interactions.values())

    t0 = time.perf_counter()
    classified = pipeline.classify(engine, settings, end - timedelta(days=args.days), end)
    t_classify = time.perf_counter() - t0
    t0 = time.perf_counter()
    analysis = pipeline.analyse(engine, settings, end, detect_from=args.detect_from)
    t_analyse = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = pipeline.write_report(engine, settings, analysis)
    t_report = time.perf_counter() - t0
    total = t_ingest + t_classify + t_analyse + t_report

    rows = [
        ("generate demo files", t_gen, None),
        ("ingest+validate+store", t_ingest, n / t_ingest),
        ("classify", t_classify, classified / t_classify if t_classify else None),
        ("aggregate+detect", t_analyse, None),
        ("report", t_report, None),
        ("whole audit (ingest..report)", total, n / total),
    ]
    print(f"interactions stored: {n:,} (quarantined {sum(ingested.quarantined.values()):,}); "
          f"classified {classified:,}; flags {len(analysis.detection.flags)}")
    print(f"{'step':<30}{'seconds':>10}{'interactions/s':>18}")
    for name, secs, rate in rows:
        print(f"{name:<30}{secs:>10.1f}{(f'{rate:,.0f}' if rate else '-'):>18}")
    print(f"peak memory (max RSS): {_peak_rss_mb():,.0f} MB")
    print(f"report: {report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
