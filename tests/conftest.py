"""Shared fixtures: real databases (a SQLite file and the local PostgreSQL server)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
# Prefect reads its home at import: keep the ephemeral server's state inside the checkout.
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
# The temporary server logs "Stopping..." at interpreter exit, after pytest closed the streams.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# The suite audits generated and example data, never real exports: the default pseudonym key is
# allowed here; tests of the refusal remove this.
os.environ.setdefault("CONSISTENCY_ALLOW_DEFAULT_KEY", "1")
# The nightly flow's Dask workers each start an ephemeral API server; on a busy machine that takes over 20 s.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
PG_URL = os.environ.get("CONSISTENCY_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def fresh_postgres(url: str = PG_URL) -> str:
    """Empty the test database's public schema so every test starts from nothing."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on an SQLite file and on the real PostgreSQL server at 127.0.0.1:5432."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return fresh_postgres()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"
