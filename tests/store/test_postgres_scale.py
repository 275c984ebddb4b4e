"""PostgreSQL at scale: COPY loads fold duplicates and keep upserts idempotent; the night's reads use indexes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from consistency.store import models as m
from consistency.store.db import make_engine, session_scope, upgrade, upsert
from tests.conftest import fresh_postgres

pytestmark = pytest.mark.postgres
DAY = date(2026, 11, 20)


def _rows(n: int, topic: str = "billing") -> list[dict]:
    start = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    return [{"id": f"i{k:05d}", "source": "chat", "native_id": str(k), "channel": "chat", "branch": "B1",
             "agent": "ag1", "customer": f"c{k % 7}", "started_at": start + timedelta(minutes=k),
             "ended_at": None, "business_date": DAY, "hour": 9, "lang": "en", "topic": topic, "wait_s": 3.0,
             "handle_s": None, "transfers": 0, "outcome": None, "csat": None, "n_turns": 2, "file": "f",
             "row": k, "run_id": None} for k in range(n)]


def test_copy_upsert_folds_duplicates_updates_in_place_and_fills_model_defaults() -> None:
    url = fresh_postgres()
    upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        upsert(session, m.Branch, [{"code": "B1", "first_seen": DAY}], update=[])
        assert upsert(session, m.Interaction, _rows(300) + _rows(300)) == 300  # one batch, each row once
    with session_scope(engine) as session:
        upsert(session, m.Interaction, _rows(300, topic="card"))  # the same night again, a corrected topic
        upsert(session, m.FlagRecord, [{"id": "f1", "run_id": None, "business_date": DAY, "type": "funnel",
                                        "metric": "wait_s", "branch": "B1", "channel": "chat", "agent": None,
                                        "direction": "worse", "level": "branch", "observed": 1.0, "expected": 0.5,
                                        "n": 30, "lower": None, "upper": None, "p_value": 0.01, "q_value": 0.02,
                                        "first_seen": DAY, "sentence": "s", "details": {"top_interactions": ["a"]}}])
    with session_scope(engine) as session:
        counts = session.execute(text("SELECT count(*), count(DISTINCT topic), min(topic) FROM interactions")).one()
        flag = session.execute(text("SELECT status, details->'top_interactions'->>0 FROM flags")).one()
    assert tuple(counts) == (300, 1, "card")
    assert tuple(flag) == ("open", "a")  # the model's default status, JSON stored as JSON
    engine.dispose()


def test_an_unchanged_row_is_not_rewritten_a_changed_one_is() -> None:
    """A re-sent row equal to the stored one keeps its row version (xmin); a changed one, JSON included, is updated."""
    url = fresh_postgres()
    upgrade(url)
    engine = make_engine(url)
    flag = {"id": "f1", "run_id": None, "business_date": DAY, "type": "funnel", "metric": "wait_s", "branch": "B1",
            "channel": "chat", "agent": None, "direction": "worse", "level": "branch", "observed": 1.0,
            "expected": 0.5, "n": 30, "lower": None, "upper": None, "p_value": 0.01, "q_value": 0.02,
            "first_seen": DAY, "sentence": "s", "details": {"top_interactions": ["a"]}}

    def versions() -> dict[str, str]:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, xmin::text FROM interactions UNION ALL SELECT id, xmin::text FROM flags"))
            return dict(rows.all())

    with session_scope(engine) as session:
        upsert(session, m.Branch, [{"code": "B1", "first_seen": DAY}], update=[])
        upsert(session, m.Interaction, _rows(50))
        upsert(session, m.FlagRecord, [flag])
    first = versions()
    with session_scope(engine) as session:  # the same rows again: nothing to write
        upsert(session, m.Interaction, _rows(50))
        upsert(session, m.FlagRecord, [flag])
    assert versions() == first
    changed = _rows(50)
    changed[7]["topic"], changed[8]["csat"] = "card", 4.0  # a value, and a NULL that becomes a value
    with session_scope(engine) as session:
        upsert(session, m.Interaction, changed)
        upsert(session, m.FlagRecord, [{**flag, "details": {"top_interactions": ["b"]}}])
    after = versions()
    assert {k for k in after if after[k] != first[k]} == {"i00007", "i00008", "f1"}
    with session_scope(engine) as session:
        stored = session.execute(text("SELECT topic, csat FROM interactions WHERE id IN ('i00007', 'i00008') "
                                      "ORDER BY id")).all()
        details = session.execute(text("SELECT details->'top_interactions'->>0 FROM flags")).scalar_one()
    assert [tuple(r) for r in stored] == [("card", None), ("billing", 4.0)] and details == "b"
    engine.dispose()


HOT_QUERIES = {
    # classify: the night's unlabelled interactions
    "pending": ("SELECT i.id FROM interactions i LEFT JOIN classifications c ON c.interaction_id = i.id "
                "WHERE i.business_date BETWEEN '2026-11-20' AND '2026-11-20' AND c.interaction_id IS NULL",
                "ix_interactions_date"),  # either index led by business_date
    # cell statistics: customer and start time of the lookback, from the index alone
    "journey": ("SELECT id, customer, started_at FROM interactions "
                "WHERE business_date BETWEEN '2026-10-24' AND '2026-11-20'", "ix_interactions_date"),
    # turns of a batch of interactions
    "turns": ("SELECT interaction_id, speaker, text FROM turns WHERE interaction_id IN ('i00001', 'i00002')",
              "turns_pkey"),
    # the window's statistics
    "cell_stats": ("SELECT * FROM cell_stats WHERE business_date BETWEEN '2026-10-24' AND '2026-11-20'",
                   "cell_stats_pkey"),
}


@pytest.mark.parametrize("name", sorted(HOT_QUERIES))
def test_the_nights_hot_queries_can_use_an_index(name: str) -> None:
    """EXPLAIN of each hot query names an index (sequential scans off: a tiny table would not need one)."""
    url = fresh_postgres()
    upgrade(url)
    engine = make_engine(url)
    sql, index = HOT_QUERIES[name]
    with engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(r[0] for r in conn.execute(text(f"EXPLAIN {sql}")))
    engine.dispose()
    assert index in plan, plan


def test_every_connection_plans_statements_for_their_values() -> None:
    """A prepared statement (psycopg prepares after 5 runs) is planned for each run's values, not once generically."""
    engine = make_engine(fresh_postgres())
    for _ in range(3):  # new and pooled connections alike, after commits and rollbacks
        with engine.connect() as conn:
            assert conn.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
            conn.rollback()
    engine.dispose()
