"""Engine, sessions, schema upgrades and idempotent bulk upserts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from consistency.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_UPSERT_CHUNK = 2_000


def make_engine(url: str, **options: Any) -> Engine:
    """Create an engine; SQLite gets WAL and foreign keys so it behaves like a real server."""
    # pool_pre_ping: after a database restart, stale pooled connections are replaced, not used.
    engine = create_engine(url, future=True, pool_pre_ping=True, **options)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

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


def _insert_for(dialect: str):  # noqa: ANN202 - returns the dialect's insert construct
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported back ends reach here
        raise ValueError(f"upserts are not supported on {dialect!r}; use SQLite or PostgreSQL")
    return insert


def upsert(session: Session, model: type[Base], rows: Iterable[dict[str, Any]],
           update: Sequence[str] | None = None) -> int:
    """Insert rows or update them in place by primary key; returns the number of rows sent.

    Rows are de-duplicated by key within each chunk (last one wins) because PostgreSQL refuses
    to touch one row twice in a single INSERT .. ON CONFLICT statement.
    """
    table = model.__table__
    keys = [c.name for c in table.primary_key.columns]
    insert = _insert_for(session.get_bind().dialect.name)
    stmt = insert(table)
    columns = update if update is not None else [c.name for c in table.columns if c.name not in keys]
    if columns:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in columns})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    sent = 0
    chunk: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        chunk[tuple(row[k] for k in keys)] = row
        if len(chunk) >= _UPSERT_CHUNK:
            session.execute(stmt, list(chunk.values()))
            sent += len(chunk)
            chunk.clear()
    if chunk:
        session.execute(stmt, list(chunk.values()))
        sent += len(chunk)
    return sent


def create_all_for_tests(engine: Engine) -> None:
    """Create tables directly from the models (tests compare this with the migrated schema)."""
    Base.metadata.create_all(engine)
