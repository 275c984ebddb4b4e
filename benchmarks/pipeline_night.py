"""Night mode of benchmarks/pipeline.py: one night of N interactions on top of a stored window."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psutil


class PeakMemory:
    """Samples this process and all its descendants every 0.2 s: each one's peak resident memory and CPU seconds.

    With ``database`` it also follows the PostgreSQL backends serving that database (their process title
    names it), so a step's CPU shows on both sides of the connection. CPU is each process's last sample:
    a process that ends loses at most its last 0.2 s. On a shared machine CPU seconds say what a step
    costs better than wall seconds, which grow with everyone else's load.
    """

    def __init__(self, database: str | None = None) -> None:
        self.peaks: dict[int, tuple[float, str]] = {}
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds at its last sample (this process tree)
        self.db_cpu: dict[int, float] = {}  # the same for the database's backends
        self._database = database
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _backends(self) -> list[psutil.Process]:
        if not self._database:
            return []
        found = []
        for proc in psutil.process_iter(["cmdline"]):
            title = " ".join(proc.info["cmdline"] or [])
            if title.startswith("postgres: ") and f" {self._database} " in f"{title} ":
                found.append(proc)
        return found

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for proc in [me, *me.children(recursive=True)]:
                try:
                    rss = proc.memory_info().rss / 2**20
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                    if rss > self.peaks.get(proc.pid, (0.0, ""))[0]:
                        name = " ".join(proc.cmdline()[1:4])[:70] if proc.pid != me.pid else "benchmark (main)"
                        self.peaks[proc.pid] = (rss, name)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            for proc in self._backends():
                try:
                    times = proc.cpu_times()
                    self.db_cpu[proc.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            self._stop.wait(0.2)

    def cpu_seconds(self) -> tuple[float, float]:
        """(CPU seconds of this process tree, of the database's backends) so far."""
        return sum(self.cpu.values()), sum(self.db_cpu.values())

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()


def _fresh_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _night(settings: Any, night: date, folder: Path, runner: str, workers: int,
           detect_from: str = "stats") -> dict[str, Any]:
    """One nightly audit; returns its stats with per-step seconds."""
    from consistency import pipeline
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    if runner == "dask":
        from flows.nightly_audit import run_nightly_audit

        os.environ.update({"CONSISTENCY_DB_URL": settings.db_url, "CONSISTENCY_INBOX": str(settings.inbox),
                           "CONSISTENCY_REPORTS_DIR": str(settings.reports_dir),
                           "CONSISTENCY_HISTORY_DAYS": str(settings.history_days)})
        state = run_nightly_audit(business_date=night, source=str(folder), settings=settings, return_state=True)
        if not state.is_completed():
            raise SystemExit(f"flow run ended {state.type}: {state.message}")
        return state.result()
    engine = pipeline.open_store(settings)
    with session_scope(engine) as session:
        run_id = repo.start_run(session, "benchmark", night)
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}  # this process's CPU seconds per step (all its threads)

    def timed(step: str, work: Any) -> Any:
        wall, used = time.perf_counter(), time.process_time()
        result = work()
        seconds[step], cpu[step] = time.perf_counter() - wall, time.process_time() - used
        return result

    ingested = timed("ingest", lambda: pipeline.ingest(engine, folder, settings, run_id))
    classified = timed("classify", lambda: pipeline.classify(engine, settings, night, night))
    analysis = timed("analyse", lambda: pipeline.analyse(engine, settings, night, run_id, detect_from=detect_from))
    report = timed("report", lambda: pipeline.write_report(engine, settings, analysis))
    return {"ingest": ingested.as_dict(), "classified": classified, "flags": len(analysis.detection.flags),
            "report": str(report), "seconds": seconds, "cpu_seconds": cpu}


def _counts(settings: Any) -> dict[str, int]:
    from consistency import pipeline
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    with session_scope(pipeline.open_store(settings)) as session:
        return {k: v for k, v in repo.counts(session).items() if k != "flags"}


def run_night(args: argparse.Namespace) -> int:
    from consistency import pipeline
    from consistency.config import Settings
    from consistency.demo import generate
    from consistency.demo.night import write_night

    work = args.workdir or Path(tempfile.mkdtemp(prefix="consistency-night-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CONSISTENCY_ALLOW_DEFAULT_KEY", "1")  # generated demo data: the default key is fine
    os.environ.setdefault("PREFECT_HOME", str(work / ".prefect"))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")  # Dask workers start their own
    night = date.today() - timedelta(days=1)
    last_stored = night - timedelta(days=1)
    if args.db == "postgresql":
        _fresh_postgres(args.pg_url)
        db_url = args.pg_url
    else:
        db_url = f"sqlite:///{work / 'bench.db'}"
    settings = Settings.from_env(db_url=db_url, reports_dir=work / "reports", inbox=work / "window" / "exports",
                                 history_days=args.window_days, dask_workers=args.dask_workers)
    database = args.pg_url.rsplit("/", 1)[-1].split("?")[0] if args.db == "postgresql" else None
    with PeakMemory(database) as memory:
        t = time.perf_counter()
        generate(work / "window", branches=args.branches, days=args.window_days,
                 interactions=args.window_interactions, end_date=last_stored)
        pipeline.backfill(settings, last_stored - timedelta(days=args.window_days - 1), last_stored)
        t_window = time.perf_counter() - t
        print(f"setup (not timed as the night): window of {args.window_days} days, "
              f"{args.window_interactions:,} interactions generated and stored on {args.db} in {t_window:.0f} s")

        t = time.perf_counter()
        written = write_night(work / "night", night, args.night_interactions, branches=args.branches,
                              part_size=args.part_size)
        t_gen = time.perf_counter() - t
        folder = Path(written["night"])
        n = written["interactions"]

        t, used = time.perf_counter(), memory.cpu_seconds()
        first = _night(settings, night, folder, args.runner, args.dask_workers, args.detect_from)
        t_night = time.perf_counter() - t
        time.sleep(0.5)  # one more sample of every process
        cpu_night = [b - a for a, b in zip(used, memory.cpu_seconds())]
        after_first = _counts(settings)
        t, used = time.perf_counter(), memory.cpu_seconds()
        rerun = _night(settings, night, folder, args.runner, args.dask_workers, args.detect_from)
        t_rerun = time.perf_counter() - t
        time.sleep(0.5)
        cpu_rerun = [b - a for a, b in zip(used, memory.cpu_seconds())]
        unchanged = _counts(settings) == after_first

    stored = sum(first["ingest"]["interactions"].values())
    print(f"night {night}: {n:,} interactions written in {written['parts']} parts; stored {stored:,} "
          f"(quarantined {sum(first['ingest']['quarantined'].values()):,}); classified {first['classified']:,}; "
          f"flags {first['flags']}; runner {args.runner}, store {args.db}")
    step_cpu = first.get("cpu_seconds", {})
    print(f"{'step':<28}{'seconds':>10}{'interactions/s':>18}{'CPU s (process)':>17}")
    rows = [("generate night (formats)", t_gen, None)] \
        + [(k, float(v), step_cpu.get(k)) for k, v in first["seconds"].items()] \
        + [("whole night (first run)", t_night, None), ("re-run of the same night", t_rerun, None)]
    for name, secs, cpu in rows:
        print(f"{name:<28}{secs:>10.1f}{n / secs if secs else 0:>18,.0f}{'' if cpu is None else f'{cpu:.1f}':>17}")
    print(f"CPU seconds, all processes of the benchmark / database backends: first run {cpu_night[0]:,.1f} / "
          f"{cpu_night[1]:,.1f}; re-run {cpu_rerun[0]:,.1f} / {cpu_rerun[1]:,.1f}")
    print(f"re-run changed no row count: {unchanged}; re-run classified {rerun['classified']:,}")
    print("peak resident memory per process (MB):")
    for pid, (rss, name) in sorted(memory.peaks.items(), key=lambda kv: -kv[1][0]):
        print(f"  {rss:>8,.0f}  pid {pid}  {name}")
    peak = max(rss for rss, _ in memory.peaks.values())
    print(json.dumps({"night_interactions": n, "window_days": args.window_days,
                      "window_interactions": args.window_interactions, "db": args.db, "runner": args.runner,
                      "seconds": round(t_night, 1), "interactions_per_s": round(n / t_night, 1),
                      "rerun_seconds": round(t_rerun, 1), "rerun_unchanged": unchanged,
                      "generate_seconds": round(t_gen, 1),
                      "step_seconds": {k: round(float(v), 1) for k, v in first["seconds"].items()},
                      "step_cpu_seconds": {k: round(float(v), 1) for k, v in step_cpu.items()},
                      "cpu_seconds": round(cpu_night[0], 1), "db_cpu_seconds": round(cpu_night[1], 1),
                      "rerun_cpu_seconds": round(cpu_rerun[0], 1), "rerun_db_cpu_seconds": round(cpu_rerun[1], 1),
                      "peak_rss_mb": round(peak, 1)}))
    return 0
