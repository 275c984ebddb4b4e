"""The store on SQLite and on the real PostgreSQL server: migrations, upserts, idempotence."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from consistency.normalize import Normalizer
from consistency.records import Classification, Evidence, Flag, RawInteraction, Turn
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope, upgrade


def _raws(n: int, branch: str = "LON") -> list[RawInteraction]:
    start = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
    return [RawInteraction(source="chat", native_id=f"CH-{i}", branch=branch, started_at=start, ended_at=start,
                           turns=[Turn("customer", f"hello {i}"), Turn("agent", "hi")], file="c.jsonl", row=i + 1,
                           agent=f"a{i % 3}", customer=f"c{i}") for i in range(n)]


def _load(engine, raws: list[RawInteraction]) -> None:  # noqa: ANN001
    norm = Normalizer(ZoneInfo("UTC"), "k")
    rows, turns = [], []
    for r in raws:
        row, t = norm.interaction(r, None)
        rows.append(row)
        turns.extend(t)
    with session_scope(engine) as s:
        repo.save_interactions(s, rows, turns)


def test_migrations_build_exactly_the_models_schema(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
    assert diff == []


def test_reloading_the_same_night_changes_no_row_count(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    _load(engine, _raws(50))
    with session_scope(engine) as s:
        first = repo.counts(s)
    _load(engine, _raws(50))
    with session_scope(engine) as s:
        assert repo.counts(s) == first
    assert first["interactions"] == 50 and first["turns"] == 100 and first["agents"] == 3 and first["branches"] == 1


def test_duplicates_within_one_batch_are_folded_not_rejected(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    raws = _raws(3) + _raws(3)  # the same records in two files, one batch
    _load(engine, raws)
    with session_scope(engine) as s:
        assert repo.counts(s)["interactions"] == 3


def test_a_managers_correction_survives_reclassification(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    _load(engine, _raws(2))
    with session_scope(engine) as s:
        ids = [i for (i,) in s.execute(select(m.Interaction.id).order_by(m.Interaction.id))]

    def result(iid: str, tone: str) -> Classification:
        return Classification(iid, "en", tone, 0.1, 0.2, 0.7, True, 0.9, "resolved", 0.8, 0.1, 0.1, False,
                              [Evidence("thanks", "thanks", 1, 0, 6)], "v1")

    with session_scope(engine) as s:
        repo.save_classifications(s, [result(i, "positive") for i in ids])
        s.get(m.Classification, ids[0]).corrected_by = "qm-anna"
        s.get(m.Classification, ids[0]).tone = "negative"
    with session_scope(engine) as s:
        repo.save_classifications(s, [result(i, "neutral") for i in ids])
    with session_scope(engine) as s:
        assert s.get(m.Classification, ids[0]).tone == "negative"
        assert s.get(m.Classification, ids[1]).tone == "neutral"
        assert s.get(m.Classification, ids[1]).evidence[0]["cue"] == "thanks"
        frame = repo.interaction_frame(s, date(2026, 11, 1), date(2026, 11, 30))
    assert len(frame) == 2 and set(frame["negative"]) == {0.0, 1.0} and frame["resolved"].tolist() == [1.0, 1.0]


def test_flags_keep_their_review_status_when_the_night_is_rerun(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    day = date(2026, 11, 21)
    flag = Flag("funnel", "courtesy_rate", "LON", "email", None, "worse", "branch", 0.5, 0.8, 300, 0.7, 0.9,
                1e-6, 1e-4, day, "LON email replies are curt.", {"top_interactions": ["a"], "when": day})
    with session_scope(engine) as s:
        repo.save_flags(s, [flag], day, None)
    with session_scope(engine) as s:
        repo.list_flags(s, day)[0].status = "confirmed"
    flag.observed = 0.45
    with session_scope(engine) as s:
        repo.save_flags(s, [flag], day, None)
    with session_scope(engine) as s:
        (stored,) = repo.list_flags(s)
        assert stored.status == "confirmed" and stored.observed == 0.45
        assert stored.details["when"] == "2026-11-21"


def test_a_rerun_drops_open_flags_it_no_longer_raises_but_keeps_reviewed_ones(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    day = date(2026, 11, 21)

    def flag(branch: str) -> Flag:
        return Flag("funnel", "courtesy_rate", branch, "email", None, "worse", "branch", 0.5, 0.8, 300, 0.7, 0.9,
                    1e-6, 1e-4, day, f"{branch} email replies are curt.", {})

    with session_scope(engine) as s:
        repo.save_flags(s, [flag("LON"), flag("BER"), flag("OSL")], day, None)
    with session_scope(engine) as s:
        next(f for f in repo.list_flags(s, day) if f.branch == "BER").status = "dismissed"
    with session_scope(engine) as s:
        repo.save_flags(s, [flag("LON")], day, None)
    with session_scope(engine) as s:
        assert {(f.branch, f.status) for f in repo.list_flags(s, day)} == {("LON", "open"), ("BER", "dismissed")}
    with session_scope(engine) as s:  # a partial run (some branches) cannot retire the others' flags
        repo.save_flags(s, [flag("OSL")], day, None, replace=False)
    with session_scope(engine) as s:
        assert {f.branch for f in repo.list_flags(s, day)} == {"LON", "BER", "OSL"}
