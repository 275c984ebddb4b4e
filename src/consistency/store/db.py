"""Engine, sessions, schema upgrades and idempotent bulk upserts."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, or_
from sqlalchemy.orm import Session, sessionmaker

from consistency.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_UPSERT_CHUNK = 2_000
# Lineage columns: written with a row and with any real change to it, never the reason for one. A
# re-run of a night sends every row again under a new run id; a row whose values are the same is
# left alone, so ``run_id`` names the run that last changed the row.
LINEAGE = ("run_id",)


SQLITE_MMAP_BYTES = 1 << 30


_ENGINES: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def forget_inherited_connections() -> None:
    """In a forked child: drop the parent's pooled connections without closing them (they are the parent's)."""
    for engine in list(_ENGINES):
        engine.dispose(close=False)


def make_engine(url: str, **options: Any) -> Engine:
    """Create an engine; SQLite gets WAL and foreign keys so it behaves like a real server."""
    # pool_pre_ping: after a database restart, stale pooled connections are replaced, not used (a
    # server's concern: on SQLite the ping is one more statement per checkout for nothing).
    # SQLite: partitions loading in parallel (the nightly flow's workers) wait for the one writer
    # instead of failing after the default 5 s.
    sqlite = url.startswith("sqlite")
    connect_args = {"timeout": 120} if sqlite else {}
    options.setdefault("pool_pre_ping", not sqlite)
    engine = create_engine(url, future=True, connect_args=connect_args, **options)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            # Reads through the OS page cache instead of copying pages into each connection's own
            # cache: the review app's workers hold many connections to one big file.
            cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
            cur.close()

    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _plan_for_the_values(dbapi_conn: Any, _record: Any) -> None:
            # psycopg prepares a statement after 5 runs, and PostgreSQL may then plan it once for any
            # parameter values (a generic plan). The evidence read's "these 500 customers in this date
            # range" then went through the date index instead of the customer index: 1.4 s a query instead
            # of 8 ms on the 100k benchmark (detection 104 s against 19). Always plan for the values given.
            autocommit, dbapi_conn.autocommit = dbapi_conn.autocommit, True  # a SET that no rollback undoes
            with dbapi_conn.cursor() as cur:
                cur.execute("SET plan_cache_mode = force_custom_plan")
            dbapi_conn.autocommit = autocommit

    _ENGINES.add(engine)
    return engine


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema at ``url`` to ``revision`` with Alembic (the only way the schema changes)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, revision)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def refresh_planner_statistics(engine: Engine, models: Sequence[type[Base]]) -> None:
    """PostgreSQL: ANALYZE tables a night just loaded, before the queries that read them back.

    A bulk load adds rows faster than autovacuum re-samples them: after a 300,000-interaction night
    the planner still took the date range of the window for ~290 rows, read the evidence's contact
    histories through the date index and filtered 300,000 rows per customer list (169 ms a query,
    405 queries); with fresh statistics it uses the customer index (10 ms). ANALYZE samples a fixed
    number of rows, ~0.3 s a table whatever its size. SQLite keeps its own heuristics.
    """
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text("ANALYZE " + ", ".join(f'"{model.__table__.name}"' for model in models)))


def _insert_for(dialect: str):  # noqa: ANN202 - returns the dialect's insert construct
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported back ends reach here
        raise ValueError(f"upserts are not supported on {dialect!r}; use SQLite or PostgreSQL")
    return insert


def upsert(session: Session, model: type[Base], rows: Iterable[dict[str, Any]],
           update: Sequence[str] | None = None, written: set[tuple[Any, ...]] | None = None) -> int:
    """Insert rows or update them in place by primary key; returns the number of rows sent.

    Rows are de-duplicated by key within each chunk (last one wins) because PostgreSQL refuses
    to touch one row twice in a single INSERT .. ON CONFLICT statement. A stored row is updated
    only when a column other than the ``LINEAGE`` ones differs (NULL-safe). ``written`` collects
    the keys of the rows inserted or changed (not those left alone).
    """
    table = model.__table__
    keys = [c.name for c in table.primary_key.columns]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return copy_upsert(session, model, rows, update, written)
    insert = _insert_for(dialect)
    stmt = insert(table)
    columns = update if update is not None else [c.name for c in table.columns if c.name not in keys]
    compared = [c for c in columns if c not in LINEAGE]
    if compared:
        changed = or_(*(table.c[c].is_distinct_from(stmt.excluded[c]) for c in compared))
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in columns},
                                          where=changed)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    if written is not None:
        stmt = stmt.returning(*(table.c[k] for k in keys))
    sent = 0
    chunk: dict[tuple[Any, ...], dict[str, Any]] = {}

    def send() -> None:
        result = session.execute(stmt, list(chunk.values()))
        if written is not None:
            written.update(tuple(r) for r in result)

    for row in rows:
        chunk[tuple(row[k] for k in keys)] = row
        if len(chunk) >= _UPSERT_CHUNK:
            send()
            sent += len(chunk)
            chunk.clear()
    if chunk:
        send()
        sent += len(chunk)
    return sent


def copy_upsert(session: Session, model: type[Base], rows: Iterable[dict[str, Any]],
                update: Sequence[str] | None = None, written: set[tuple[Any, ...]] | None = None) -> int:
    """PostgreSQL: COPY the batch into a session-local staging table, then one INSERT .. ON CONFLICT.

    COPY streams rows without a bind parameter each (PostgreSQL caps a statement at 65,535), and the
    single upsert lets the server check every key once; rows are folded by key first (last one wins),
    as ``upsert`` does, since one statement may not touch a row twice.
    """
    from psycopg.types.json import Jsonb
    from sqlalchemy import JSON, text

    table = model.__table__
    keys = [c.name for c in table.primary_key.columns]
    folded: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        folded[tuple(row[k] for k in keys)] = row
    if not folded:
        return 0
    columns = list(next(iter(folded.values())))
    # the models' Python-side defaults (SQLAlchemy fills them on INSERT; COPY does not)
    defaults = {c.name: c.default.arg if c.default.is_scalar else c.default.arg(None) for c in table.columns
                if c.name not in columns and c.default is not None and (c.default.is_scalar or c.default.is_callable)}
    columns += list(defaults)
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    stage = f"_stage_{table.name}"
    quoted = ", ".join(f'"{c}"' for c in columns)
    connection = session.connection()
    # ON COMMIT DELETE ROWS: the staging table lives as long as the connection, empty between batches
    connection.execute(text(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" (LIKE "{table.name}" INCLUDING DEFAULTS) '
                            "ON COMMIT DELETE ROWS"))
    connection.execute(text(f'TRUNCATE "{stage}"'))
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{stage}" ({quoted}) FROM STDIN') as copy:
        for row in folded.values():
            values = [row.get(c, defaults.get(c)) for c in columns]
            copy.write_row([Jsonb(v) if c in json_columns and v is not None else v for c, v in zip(columns, values)])
    targets = update if update is not None else [c for c in columns if c not in keys]
    compared = [c for c in targets if c not in LINEAGE]
    conflict = ", ".join(f'"{k}"' for k in keys)
    action = ("DO UPDATE SET " + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in targets)
              + f" WHERE {_changed(table.name, compared, json_columns)}") if compared else "DO NOTHING"
    # Rows locked in key order: two partitions loading at once (both cores, Dask workers) that share
    # agents or branches wait for each other instead of deadlocking.
    returning = f" RETURNING {conflict}" if written is not None else ""
    result = connection.execute(text(f'INSERT INTO "{table.name}" ({quoted}) SELECT {quoted} FROM "{stage}" '
                                     f"ORDER BY {conflict} ON CONFLICT ({conflict}) {action}{returning}"))
    if written is not None:
        written.update(tuple(r) for r in result)
    return len(folded)


def _changed(table: str, columns: Sequence[str], json_columns: set[str]) -> str:
    """SQL true when an incoming row differs from the stored one in any of ``columns``.

    A row that would be rewritten with the values it holds is left alone: the stored state is the
    same, and a re-run of a night (every row already there) then writes no new row versions. ``json``
    has no equality operator in PostgreSQL, so those columns compare as text.
    """
    def side(prefix: str) -> str:
        return ", ".join(f'{prefix}."{c}"::text' if c in json_columns else f'{prefix}."{c}"' for c in columns)

    stored = '"' + table + '"'
    return f"({side(stored)}) IS DISTINCT FROM ({side('EXCLUDED')})"


def create_all_for_tests(engine: Engine) -> None:
    """Create tables directly from the models (tests compare this with the migrated schema)."""
    Base.metadata.create_all(engine)
