"""Latency of the review app under concurrent sessions: flag queue, flag page and interaction page.

    python benchmarks/serve.py --interactions 1000000 --users 20 --seconds 60

Builds (or reuses, with --store) an SQLite store of N synthetic interactions by bulk insert
(interactions with 4 turns and a classification each, daily aggregates, a night of flags),
starts ``consistency serve`` on a free loopback port, signs in ``--users`` sessions and has each
of them loop over the queue, a flag and an interaction for a bounded time (``--think`` adds a
reading pause between pages; each session's first round warms the caches and is not counted).
Prints p50/p95/max per page, the error count and the load average before and after (the machine
may be shared: figures taken under load are upper bounds). Traffic stays on 127.0.0.1.

    python benchmarks/serve.py --db postgresql --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_i12

runs the same on PostgreSQL (the database is created and filled on first use).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BRANCHES = [f"B{k:03d}" for k in range(40)]
CHANNELS = ("phone", "email", "chat", "in_person")
METRICS = ("resolution_rate", "courtesy_rate", "negative_rate", "escalation_rate")
DAYS = 28
END = date(2026, 11, 20)
PASSWORD = "bench-password-1"


def store_rows(n: int, seed: int = 1) -> Iterator[tuple[str, list[tuple]]]:
    """(table, rows) batches of the synthetic store, in each table's column order."""
    rng = random.Random(seed)
    yield "branches", [(b, END - timedelta(days=DAYS)) for b in BRANCHES]
    agents = {b: [f"ag-{b}-{k}" for k in range(12)] for b in BRANCHES}
    yield "agents", [(a, b) for b, xs in agents.items() for a in xs]
    t0 = time.perf_counter()
    chunk = 50_000
    texts = ("Hello, how can I help you today?", "My card was charged twice for the same order.",
             "I am sorry about that, let me check the account.", "Thank you, that fixed it.")
    tones = ("negative", "neutral", "positive")
    for start in range(0, n, chunk):
        inter, turns, cls = [], [], []
        for k in range(start, min(n, start + chunk)):
            iid = f"{k:024x}"
            branch = BRANCHES[k % len(BRANCHES)]
            channel = CHANNELS[(k // len(BRANCHES)) % 4]
            day = END - timedelta(days=k % DAYS)
            began = datetime(day.year, day.month, day.day, 8 + k % 10, tzinfo=timezone.utc)
            inter.append((iid, channel, str(k), channel, branch, rng.choice(agents[branch]), f"cu-{k % 200000}",
                          began.isoformat(sep=" "), None, day.isoformat(), 8 + k % 10, "en", "billing", 30.0, 300.0,
                          0, "RESOLVED", None, 4, "bench.csv", k, None))
            for t, text in enumerate(texts):
                turns.append((iid, t, "agent" if t % 2 == 0 else "customer", text, 5.0 * t))
            p = rng.random()
            cls.append((iid, "bench", "en", tones[k % 3], p, (1 - p) / 2, (1 - p) / 2, k % 5 != 0, 0.8,
                        "resolved" if k % 4 else "unresolved", 0.7, 0.2, 0.1, False,
                        '[{"cue": "thanks", "text": "Thank you", "turn": 3, "start": 0, "end": 9}]', None))
        yield "interactions", inter
        yield "turns", turns
        yield "classifications", cls
        done = min(n, start + chunk)
        print(f"\r  built {done:,} / {n:,} interactions ({time.perf_counter() - t0:.0f}s)", end="", file=sys.stderr)
    print(file=sys.stderr)
    yield "aggregates", [("day", (END - timedelta(days=d)).isoformat(), b, c, mt, 100 + rng.randint(0, 50),
                          rng.uniform(0.5, 0.9)) for d in range(DAYS) for b in BRANCHES for c in CHANNELS for mt in METRICS]
    flags = []
    for k in range(300):
        b, c, mt = BRANCHES[k % len(BRANCHES)], CHANNELS[k % 4], METRICS[k % 4]
        day = END - timedelta(days=k % 5)
        top = [f"{rng.randrange(n):024x}" for _ in range(10)]
        details = '{"change_date": "%s", "top_interactions": %s}' % (day - timedelta(days=4), str(top).replace("'", '"'))
        flags.append((f"{k:032x}"[-24:], None, day.isoformat(), "drift", mt, b, c, None, "worse", "branch", 0.55, 0.7,
                      150, 0.6, 0.8, 0.001, 0.01, day.isoformat(),
                      f"{b}, {c}: {mt.replace('_', ' ')} has been drifting worse (bench flag {k}).", details, "open"))
    yield "flags", flags


def build_store(path: Path, n: int, seed: int = 1) -> None:
    """SQLite: schema by Alembic, rows by sqlite3 executemany (the ORM would take an hour for a million)."""
    from consistency.store.db import upgrade

    upgrade(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    for table, rows in store_rows(n, seed):
        con.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
        con.commit()
    con.execute("ANALYZE")
    con.close()


def build_pg_store(url: str, n: int, seed: int = 1) -> None:
    """PostgreSQL: the database is created if missing, schema by Alembic, rows by COPY."""
    import psycopg
    from sqlalchemy.engine import make_url

    from consistency.store.db import upgrade

    target = make_url(url)
    server = target.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(server, autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).fetchone():
            con.execute(f'CREATE DATABASE "{target.database}"')
    upgrade(url)
    with psycopg.connect(target.set(drivername="postgresql").render_as_string(hide_password=False)) as con:
        for table, rows in store_rows(n, seed):
            with con.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            con.commit()
        con.execute("ANALYZE")


def store_has_rows(url: str) -> bool:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return inspect(con).has_table("interactions") and bool(
                con.execute(text("SELECT 1 FROM interactions LIMIT 1")).first())
    except Exception:  # noqa: BLE001 - a database that does not exist yet
        return False
    finally:
        engine.dispose()


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU of the server and its worker processes so far."""
    import psutil

    procs = [psutil.Process(pid)]
    procs += procs[0].children(recursive=True)
    total = 0.0
    for proc in procs:
        try:
            t = proc.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _sign_in(client, errors: list[str]) -> bool:  # noqa: ANN001 - httpx.AsyncClient
    import httpx

    try:
        page = await client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        answer = await client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token})
    except httpx.HTTPError as exc:
        errors.append(f"login {type(exc).__name__}")
        return False
    if answer.status_code != 303:
        errors.append(f"login {answer.status_code}")
        return False
    return True


async def _user(client, deadline: float, flag_ids: list[str], inter_ids: list[str],  # noqa: ANN001
                timings: dict[str, list[float]], errors: list[str], seed: int, think: float) -> None:
    import httpx

    rng = random.Random(seed)
    first = True  # each session's first round warms the workers' caches and is not counted
    while time.monotonic() < deadline:
        for name, path in (("queue", "/queue?view=open"), ("flag", f"/flags/{rng.choice(flag_ids)}"),
                           ("interaction", f"/interactions/{rng.choice(inter_ids)}")):
            t = time.perf_counter()
            try:
                r = await client.get(path)
                if r.status_code != 200:
                    errors.append(f"{name} {r.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{name} {type(exc).__name__}")
                continue
            if not first:
                timings[name].append(1000 * (time.perf_counter() - t))
            if think:
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))  # a person reading the page
        first = False


def drive(base: str, users: int, seconds: float, flag_ids: list[str], inter_ids: list[str],
          think: float = 0.0, on_start: Any = None) -> tuple[dict, list]:
    """Sign every session in, then (``on_start`` called) loop them over the pages for ``seconds``."""
    import httpx

    timings: dict[str, list[float]] = {"queue": [], "flag": [], "interaction": []}
    errors: list[str] = []

    async def run() -> None:
        clients = [httpx.AsyncClient(base_url=base, timeout=30, follow_redirects=False) for _ in range(users)]
        try:
            signed = await asyncio.gather(*(_sign_in(c, errors) for c in clients))
            if on_start:
                on_start()
            deadline = time.monotonic() + seconds
            await asyncio.gather(*(_user(c, deadline, flag_ids, inter_ids, timings, errors, k, think)
                                   for k, (c, ok) in enumerate(zip(clients, signed)) if ok))
        finally:
            for c in clients:
                await c.aclose()

    asyncio.run(run())
    return timings, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause between a session's page views in seconds (0: back to back)")
    parser.add_argument("--store", type=Path, default=None, help="SQLite: reuse or keep the store here")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/bench_i12",
                        help="PostgreSQL store (built there once if it has no interactions)")
    args = parser.parse_args(argv)

    if args.db == "postgresql":
        url, log_dir = args.pg_url, Path(tempfile.mkdtemp(prefix="consistency-serve-bench-"))
        if not store_has_rows(url):
            t = time.perf_counter()
            build_pg_store(url, args.interactions)
            print(f"store: {args.interactions:,} interactions built in {time.perf_counter() - t:.0f}s -> {url}")
    else:
        store = args.store or Path(tempfile.mkdtemp(prefix="consistency-serve-bench-")) / "store.db"
        if not store.exists():
            t = time.perf_counter()
            build_store(store, args.interactions)
            print(f"store: {args.interactions:,} interactions built in {time.perf_counter() - t:.0f}s -> {store}")
        url, log_dir = f"sqlite:///{store}", store.parent
    from sqlalchemy import text

    from consistency.store.db import make_engine as engine_for

    probe = engine_for(url)
    with probe.connect() as con:
        n = con.execute(text("SELECT count(*) FROM interactions")).scalar()
        flag_ids = [r[0] for r in con.execute(text("SELECT id FROM flags"))]
        # Every 500th interaction: a spread-out sample without a random() sort over a million rows.
        inter_ids = [r[0] for r in con.execute(text("SELECT id FROM interactions ORDER BY id")).fetchall()[::500]]
    probe.dispose()
    from consistency.store.db import make_engine, session_scope
    from consistency.web.users import UserError, add_user

    with session_scope(make_engine(url)) as session:
        try:
            add_user(session, "bench", PASSWORD, "reviewer")
        except UserError:
            pass
        from sqlalchemy import delete

        from consistency.store import models as m

        session.execute(delete(m.LoginAttempt))  # earlier runs' sign-ins must not throttle this one
    port = _free_port()
    env = {**os.environ, "CONSISTENCY_DB_URL": url, "CONSISTENCY_SECRET_KEY": "bench-key"}
    server = subprocess.Popen([sys.executable, "-m", "consistency.cli", "serve", "--port", str(port), "--workers",
                               str(args.workers)], env=env, stdout=subprocess.DEVNULL,
                              stderr=(log_dir / "serve-bench.log").open("w"))
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.3)
        time.sleep(1.0)  # let every worker finish importing
        started: dict[str, Any] = {}

        def start() -> None:  # after the sign-ins: argon2 is meant to be slow, and is not what is measured
            started.update(load=os.getloadavg(), cpu=server_cpu_seconds(server.pid))

        timings, errors = drive(f"http://127.0.0.1:{port}", args.users, args.seconds, flag_ids, inter_ids,
                                args.think, start)
        cpu_used = server_cpu_seconds(server.pid) - started.get("cpu", 0.0)
        load_before = started.get("load", (float("nan"),) * 3)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # The workers are this process's children: end them by their parent's id, then it.
            subprocess.run(["pkill", "-KILL", "-P", str(server.pid)], check=False)
            server.kill()
            server.wait(timeout=10)
            print("note: the server did not stop within 30 s of SIGTERM and was killed", file=sys.stderr)
    print(f"{args.db} store {n:,} interactions, {len(flag_ids)} flags; {args.users} concurrent sessions for {args.seconds:.0f}s; "
          f"think time {args.think:g}s; uvicorn workers: {args.workers}; machine cores: {os.cpu_count()}")
    print(f"{'page':<12} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, values in timings.items():
        if values:
            values.sort()
            p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
            print(f"{name:<12} {len(values):>9} {statistics.median(values):>8.0f} {p95:>8.0f} {values[-1]:>8.0f}")
    print("load average (1, 5, 15 min) before: " + " ".join(f"{v:.2f}" for v in load_before)
          + "; after: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    total = sum(len(v) for v in timings.values())
    # Latency on a shared machine follows the other tenants; CPU per request does not (much).
    print(f"server CPU after sign-in: {cpu_used:.1f} s for {total} timed requests (+{args.users * 3} warm-up) = "
          f"{1000 * cpu_used / max(total + args.users * 3, 1):.1f} ms per request")
    print(f"errors: {len(errors)} of {total + len(errors)} requests" + (f" ({', '.join(sorted(set(errors))[:5])})" if errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
