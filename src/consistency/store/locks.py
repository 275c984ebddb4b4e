"""One audit per business date at a time: a lock the operating system or the database releases
by itself when the process holding it dies (no stale lock files to clean up after a crash).

PostgreSQL: a session advisory lock keyed by the date. SQLite: ``flock`` on a file beside the
database. A second audit of the same date waits up to ``wait_s`` seconds, then refuses with a
message; it never runs beside the first (that would double work and mix results).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, text

_POLL_S = 0.5


class NightBusy(RuntimeError):
    """Another audit of the same business date holds the lock."""


def _key(what: str) -> int:
    """A signed 64-bit advisory-lock key from a name (stable across processes and machines)."""
    return int.from_bytes(hashlib.blake2b(what.encode(), digest_size=8).digest(), "big", signed=True)


@contextmanager
def night_lock(engine: Engine, business_date: date | None, wait_s: float = 0.0, what: str = "audit") -> Iterator[None]:
    """Hold the lock of ``business_date`` for the duration of the block; raises :class:`NightBusy`."""
    if business_date is None:
        yield
        return
    name = f"consistency {what} {business_date.isoformat()}"
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            _acquire(lambda: bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(name)}).scalar()),
                     name, business_date, wait_s)
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield  # a private in-memory store has no second writer
        return
    path = Path(f"{database}.{what}-{business_date.isoformat()}.lock")
    with path.open("a+") as fh:
        def take() -> bool:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                return False

        _acquire(take, name, business_date, wait_s, holder=lambda: path.read_text().strip())
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {time.strftime('%H:%M:%S')}")
        fh.flush()
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _acquire(take, name: str, business_date: date, wait_s: float, holder=lambda: "") -> None:  # noqa: ANN001
    deadline = time.monotonic() + wait_s
    while not take():
        if time.monotonic() >= deadline:
            who = holder()
            raise NightBusy(
                f"another audit of {business_date} is running on this store{f' ({who})' if who else ''}; "
                f"this one waited {wait_s:.0f} s and stopped without changing anything. Run it again when the "
                f"other has finished, or set CONSISTENCY_NIGHT_WAIT_SECONDS to wait longer.")
        time.sleep(_POLL_S)
