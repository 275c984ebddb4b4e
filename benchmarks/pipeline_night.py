"""Night mode of benchmarks/pipeline.py: one night of N interactions on top of a stored window."""

from __future__ import annotations

import argparse
import json
import os
import resource
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
        self.peak_step: dict[int, str] = {}  # pid -> the step its peak fell in
        self.by_step: dict[str, dict[str, float]] = {}  # step -> {"main": MB, "workers": MB} (largest sample)
        self.step = "start"  # set by the benchmark as the night moves on (``mark``)
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds at its last sample (this process tree)
        self.db_cpu: dict[int, float] = {}  # the same for the database's backends
        self._database = database
        self._stop = threading.Event()
        # it only reads /proc: the local pool may fork beside it (consistency.parallel.FORK_SAFE)
        self._thread = threading.Thread(target=self._run, daemon=True, name="fork-safe: memory sampler")

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
                    step = self.step
                    if rss > self.peaks.get(proc.pid, (0.0, ""))[0]:
                        name = " ".join(proc.cmdline()[1:4])[:70] if proc.pid != me.pid else "benchmark (main)"
                        self.peaks[proc.pid] = (rss, name)
                        self.peak_step[proc.pid] = step
                    seen = self.by_step.setdefault(step, {"main": 0.0, "workers": 0.0})
                    who = "main" if proc.pid == me.pid else "workers"
                    seen[who] = max(seen[who], rss)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            for proc in self._backends():
                try:
                    times = proc.cpu_times()
                    self.db_cpu[proc.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            self._stop.wait(0.2)

    def mark(self, step: str) -> None:
        """Samples from now on belong to ``step`` (to within one sampling interval)."""
        self.step = step

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
           detect_from: str = "stats", mark: Any = lambda step: None) -> dict[str, Any]:
    """One nightly audit; returns its stats with per-step seconds. ``mark(step)`` names each step as it starts."""
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
    cpu: dict[str, float] = {}  # CPU seconds per step: this process (all threads) and its worker processes

    def timed(step: str, work: Any) -> Any:
        mark(step)
        wall, used = time.perf_counter(), _own_and_workers_cpu()
        result = work()
        seconds[step], cpu[step] = time.perf_counter() - wall, _own_and_workers_cpu() - used
        return result

    # as pipeline.audit does: only the report's counts outlive the step
    ingested = timed("ingest", lambda: pipeline.ingest(engine, folder, settings, run_id).as_dict())
    classified = timed("classify", lambda: pipeline.classify(engine, settings, night, night))
    analysis = timed("analyse", lambda: pipeline.analyse(engine, settings, night, run_id, detect_from=detect_from))
    report = timed("report", lambda: pipeline.write_report(engine, settings, analysis))
    mark("between")
    return {"ingest": ingested, "classified": classified, "flags": len(analysis.detection.flags),
            "report": str(report), "seconds": seconds, "cpu_seconds": cpu}


def _in_child(db_url: str, work: Any, *args: Any, **kwargs: Any) -> Any:
    """``work(*args, **kwargs)`` in a forked child process (when the local pool could fork here too).

    Writing the night's export files is the benchmark's setup, not the audit: run in the audit's own
    process it left ~110 MB (300k) to ~210 MB (1M) of freed but unreturned heap there, which every pool
    worker forked later inherited.
    """
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial
    import multiprocessing

    from consistency.parallel import can_fork

    if not can_fork(db_url):
        return work(*args, **kwargs)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        return pool.submit(partial(work, *args, **kwargs)).result()


def _own_and_workers_cpu() -> float:
    """CPU seconds of this process and of its ended worker processes (the local pool's, once it shut down)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


# What a re-run must leave as it is: every row, run ids included (and, on PostgreSQL, row versions).
_FINGERPRINTED = {"branches": "code", "agents": "id", "interactions": "id", "turns": "interaction_id, idx",
                  "classifications": "interaction_id", "quarantine": "id", "source_partitions": "folder",
                  "source_files": "path", "flags": "id", "watch_items": "id", "aggregates": "period, period_start, "
                  "branch, channel, metric", "cell_stats": "business_date, branch, channel, agent, lang, topic, "
                  "hour_band, history"}
_REWRITTEN = {"cell_stats"}  # delete + insert of the night's days: the same values, new row versions


def _fingerprint(settings: Any) -> dict[str, tuple[Any, ...]]:
    """Per table: row count, md5 over every row in key order, and on PostgreSQL an md5 of the row versions."""
    import hashlib

    from sqlalchemy import text

    from consistency.store.db import make_engine

    engine = make_engine(settings.db_url)
    out: dict[str, tuple[Any, ...]] = {}
    with engine.connect() as conn:
        for table, key in _FINGERPRINTED.items():
            if engine.dialect.name == "postgresql":
                versions = "''" if table in _REWRITTEN else f"md5(string_agg(xmin::text, ',' ORDER BY {key}))"
                out[table] = tuple(conn.execute(text(
                    f"SELECT count(*), md5(string_agg(md5(t::text), '' ORDER BY {key})), {versions} FROM {table} t"
                )).one())
            else:
                digest, n = hashlib.md5(), 0
                for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY {key}")):
                    digest.update(repr(tuple(row)).encode())
                    n += 1
                out[table] = (n, digest.hexdigest())
    engine.dispose()
    return out


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
                                 history_days=args.window_days, dask_workers=args.dask_workers,
                                 local_workers=args.local_workers)
    database = args.pg_url.rsplit("/", 1)[-1].split("?")[0] if args.db == "postgresql" else None
    with PeakMemory(database) as memory:
        memory.mark("setup (window)")
        t = time.perf_counter()
        generate(work / "window", branches=args.branches, days=args.window_days,
                 interactions=args.window_interactions, end_date=last_stored)
        pipeline.backfill(settings, last_stored - timedelta(days=args.window_days - 1), last_stored)
        t_window = time.perf_counter() - t
        print(f"setup (not timed as the night): window of {args.window_days} days, "
              f"{args.window_interactions:,} interactions generated and stored on {args.db} in {t_window:.0f} s")

        memory.mark("generate night")
        t = time.perf_counter()
        written = _in_child(db_url, write_night, work / "night", night, args.night_interactions,
                            branches=args.branches, part_size=args.part_size)
        t_gen = time.perf_counter() - t
        folder = Path(written["night"])
        n = written["interactions"]

        t, used = time.perf_counter(), memory.cpu_seconds()
        first = _night(settings, night, folder, args.runner, args.dask_workers, args.detect_from,
                       lambda step: memory.mark(f"first run: {step}"))
        t_night = time.perf_counter() - t
        time.sleep(0.5)  # one more sample of every process
        cpu_night = [b - a for a, b in zip(used, memory.cpu_seconds())]
        after_first = _fingerprint(settings)
        t, used = time.perf_counter(), memory.cpu_seconds()
        rerun = _night(settings, night, folder, args.runner, args.dask_workers, args.detect_from,
                       lambda step: memory.mark(f"re-run: {step}"))
        t_rerun = time.perf_counter() - t
        time.sleep(0.5)
        cpu_rerun = [b - a for a, b in zip(used, memory.cpu_seconds())]
        after_rerun = _fingerprint(settings)
        unchanged = after_rerun == after_first
        changed = [table for table in after_first if after_first[table] != after_rerun[table]]

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
    print(f"re-run changed no row (contents{', row versions' if args.db == 'postgresql' else ''}): {unchanged}"
          f"{'' if unchanged else ' (changed: ' + ', '.join(changed) + ')'}; re-run read "
          f"{len(rerun['ingest'].get('read', []))} source folders, skipped {len(rerun['ingest'].get('skipped', []))}, "
          f"classified {rerun['classified']:,}")
    if "seconds" in rerun:
        print("re-run steps (s): " + ", ".join(f"{k} {float(v):.1f}" for k, v in rerun["seconds"].items())
              + ("; CPU s: " + ", ".join(f"{k} {float(v):.1f}" for k, v in rerun.get("cpu_seconds", {}).items())
                 if rerun.get("cpu_seconds") else ""))
    print("peak resident memory per step (MB; workers: the largest of the step's worker processes, whose "
          "resident pages include those still shared with the main process since the fork):")
    for step, seen in memory.by_step.items():
        print(f"  {step:<28}main {seen['main']:>8,.0f}   workers {seen['workers'] or float('nan'):>8,.0f}")
    print("peak resident memory per process (MB):")
    ranked = sorted(memory.peaks.items(), key=lambda kv: -kv[1][0])
    for pid, (rss, name) in ranked[:8]:
        print(f"  {rss:>8,.0f}  pid {pid}  {name}  (in {memory.peak_step.get(pid, '?')})")
    if len(ranked) > 8:  # the local pool's workers: a pool per step and night, setup included
        print(f"  ... and {len(ranked) - 8} more processes, none above {ranked[8][1][0]:,.0f} MB")
    peak = max(rss for rss, _ in memory.peaks.values())
    print(json.dumps({"night_interactions": n, "window_days": args.window_days,
                      "window_interactions": args.window_interactions, "db": args.db, "runner": args.runner,
                      "seconds": round(t_night, 1), "interactions_per_s": round(n / t_night, 1),
                      "local_workers": settings.local_workers if args.runner == "local" else None,
                      "rerun_seconds": round(t_rerun, 1), "rerun_unchanged": unchanged,
                      "generate_seconds": round(t_gen, 1),
                      "step_seconds": {k: round(float(v), 1) for k, v in first["seconds"].items()},
                      "step_cpu_seconds": {k: round(float(v), 1) for k, v in step_cpu.items()},
                      "cpu_seconds": round(cpu_night[0], 1), "db_cpu_seconds": round(cpu_night[1], 1),
                      "rerun_cpu_seconds": round(cpu_rerun[0], 1), "rerun_db_cpu_seconds": round(cpu_rerun[1], 1),
                      "peak_rss_mb": round(peak, 1),
                      "peak_rss_mb_by_step": {step: {k: round(v, 1) for k, v in seen.items()}
                                              for step, seen in memory.by_step.items()}}))
    return 0
