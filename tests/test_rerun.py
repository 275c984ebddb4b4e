"""A re-run of the same night changes nothing and does less: the ingest ledger and run-id-blind writes.

The night is audited twice (``pipeline.audit``) on SQLite and PostgreSQL. The second run reads no
export file (every folder's files and reader match the ledger), classifies nothing, and leaves every
row of every table as it was, run ids included; on PostgreSQL the upserted tables keep even their
row versions (``xmin``). A changed file is read again (its folder only), the contact it corrects is
updated and labelled again, and a quarantined record stays one row however often it is read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from consistency import pipeline
from consistency.config import Settings
from consistency.demo import generate
from consistency.store.db import make_engine
from tests.conftest import REPO

pytestmark = pytest.mark.slow

# Every table a night writes. cell_stats and night_cells are rewritten (delete + insert) with the same
# values; the others are upserts, which leave an unchanged row alone (its xmin too, on PostgreSQL).
TABLES = {"branches": "code", "agents": "id", "interactions": "id", "turns": "interaction_id, idx",
          "classifications": "interaction_id", "quarantine": "id", "mystery_shop_results": "id",
          "source_partitions": "folder", "source_files": "path", "flags": "id", "aggregates": "period, "
          "period_start, branch, channel, metric", "watch_items": "id", "watch_item_nights": "item_id, business_date",
          "cell_stats": "business_date, branch, channel, agent, lang, topic, hour_band, history",
          "night_cells": "business_date, metric, branch, channel"}
REWRITTEN = {"cell_stats", "night_cells"}


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY {key}"))]
                for table, key in TABLES.items()}


def _versions(url: str) -> dict[str, list[str]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        return {table: [r[0] for r in conn.execute(text(f"SELECT xmin::text FROM {table} ORDER BY {key}"))]
                for table, key in TABLES.items() if table not in REWRITTEN}


@pytest.fixture
def night(tmp_path: Path) -> tuple[Path, date, Settings]:
    """A 4-day demo chain, the first 3 days stored; the night is the last day."""
    out = tmp_path / "chain"
    end = date.fromisoformat(generate(out, branches=3, days=4, interactions=600, seed=5)["end_date"])
    return out / "exports", end, Settings(inbox=out / "exports", reports_dir=tmp_path / "reports",
                                          quarantine_dir=tmp_path / "kept", history_days=4, ingest_batch=50,
                                          classify_batch=60)


def _audit(settings: Settings, day: date) -> dict[str, Any]:
    return pipeline.audit(settings, day)


def test_rerun_of_a_night_reads_nothing_labels_nothing_and_changes_no_row(
        night: tuple[Path, date, Settings], db_url: str) -> None:
    exports, end, base = night
    settings = Settings(**{**base.__dict__, "db_url": db_url})
    pipeline.backfill(settings, end - timedelta(days=3), end - timedelta(days=1))
    first = _audit(settings, end)
    assert len(first["ingest"]["read"]) == 5 and first["classified"] > 100 and not first["ingest"]["skipped"]
    before = _snapshot(db_url)
    versions = _versions(db_url) if db_url.startswith("postgresql") else None
    if versions is not None:  # the night's tables were ANALYZEd before analyse read them back
        with make_engine(db_url).connect() as conn:
            for table in ("interactions", "classifications", "cell_stats"):
                planned = conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = :t"), {"t": table}).scalar()
                assert planned == len(before[table]), table
    folders = [f for day in exports.iterdir() for _, f in pipeline.night_partitions(day)]
    assert sorted(p[0] for p in before["source_partitions"]) == sorted(str(f.resolve()) for f in folders)
    assert sum(f[4] for f in before["source_files"]) == len(before["interactions"]) + len(before["mystery_shop_results"])

    again = _audit(settings, end)
    assert again["ingest"]["read"] == []  # no export file read, validated or normalised
    assert len(again["ingest"]["skipped"]) == 5 and again["ingest"]["interactions"] == {}
    assert again["classified"] == 0 and again["flags"] == first["flags"]
    assert _snapshot(db_url) == before  # every row of every table, run ids included
    if versions is not None:
        assert _versions(db_url) == versions  # not even a new row version

    # Forced: every folder is read and sent again; the rows, their run ids and versions stay.
    forced = _audit(Settings(**{**settings.__dict__, "ingest_force": True}), end)
    assert len(forced["ingest"]["read"]) == 5 and not forced["ingest"]["skipped"] and forced["classified"] == 0
    after = _snapshot(db_url)
    assert {t: rows for t, rows in after.items() if t not in ("source_partitions", "source_files")} \
        == {t: rows for t, rows in before.items() if t not in ("source_partitions", "source_files")}
    if versions is not None:
        now = _versions(db_url)
        assert {t: v for t, v in now.items() if not t.startswith("source_")} \
            == {t: v for t, v in versions.items() if not t.startswith("source_")}


def test_a_changed_file_is_read_again_and_its_corrected_contact_relabelled(
        night: tuple[Path, date, Settings], db_url: str) -> None:
    exports, end, base = night
    settings = Settings(**{**base.__dict__, "db_url": db_url})
    first = _audit(settings, end)
    chats = exports / end.isoformat() / "chat" / "chats.jsonl"
    lines = chats.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["messages"][-1]["text"] = "This is useless, you are all incompetent and I am furious."
    lines[0] = json.dumps(record)
    chats.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")  # one correction, one bad line

    second = _audit(settings, end)
    assert second["ingest"]["read"] == [str(chats.parent.resolve())]  # the chat folder only
    assert len(second["ingest"]["skipped"]) == 4 and second["ingest"]["interactions"] == {"chat": len(lines)}
    assert any("1 changed" in note for note in second["ingest"]["notes"])
    assert second["ingest"]["quarantined"] == {"bad_json": 1}
    assert second["classified"] == 1  # the corrected contact only: the other chats were sent unchanged
    assert first["classified"] > second["classified"]
    engine = make_engine(db_url)
    with engine.connect() as conn:
        turn = conn.execute(text("SELECT t.text FROM turns t JOIN interactions i ON i.id = t.interaction_id "
                                 "WHERE i.native_id = :n ORDER BY t.idx DESC"), {"n": record["conversation_id"]}).first()
        assert "furious" in turn[0]
        ledger = conn.execute(text("SELECT records, quarantined FROM source_files WHERE path = :p"),
                              {"p": str(chats.resolve())}).one()
        assert tuple(ledger) == (len(lines), 1)
    before = _snapshot(db_url)

    third = _audit(settings, end)
    assert third["ingest"]["read"] == [] and third["classified"] == 0
    assert _snapshot(db_url) == before
    forced = _audit(Settings(**{**settings.__dict__, "ingest_force": True}), end)
    assert forced["ingest"]["quarantined"] == {"bad_json": 1}
    after = _snapshot(db_url)
    assert after["quarantine"] == before["quarantine"] and len(after["quarantine"]) == 1  # one row, not two


_BACKFILL = """
import json, sys
from datetime import date, timedelta
from pathlib import Path
from consistency import pipeline
from consistency.config import Settings
url, inbox, reports, kept, workers, end = sys.argv[1:]
end = date.fromisoformat(end)
settings = Settings(db_url=url, inbox=Path(inbox), reports_dir=Path(reports), quarantine_dir=Path(kept),
                    history_days=4, ingest_batch=50, classify_batch=60, local_workers=int(workers))
print(json.dumps(pipeline.backfill(settings, end - timedelta(days=3), end)["ingest"]))
"""


def test_two_worker_processes_store_what_one_process_stores(night: tuple[Path, date, Settings], tmp_path: Path) -> None:
    # Each store is built in a fresh process: the pool forks only where no other thread runs
    # (``parallel.can_fork``), and a test process may hold threads earlier tests left behind.
    exports, end, base = night
    stores = {}
    for workers in (1, 2):
        url = f"sqlite:///{tmp_path / f'workers{workers}.db'}"
        done = subprocess.run([sys.executable, "-c", _BACKFILL, url, str(exports), str(base.reports_dir),
                               str(base.quarantine_dir), str(workers), end.isoformat()],
                              capture_output=True, text=True, check=True, cwd=REPO,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])})
        ingest = json.loads(done.stdout.strip().splitlines()[-1])
        # one process; or two at once for each of the 4 nights
        assert ingest["processes"] == (1 if workers == 1 else 2 * 4)
        stores[workers] = _snapshot(url)
    for table in ("source_partitions", "source_files"):  # the same files, loaded at other times
        assert [r[:-1] for r in stores[1].pop(table)] == [r[:-1] for r in stores[2].pop(table)]
    assert stores[1] == stores[2]


def test_cell_statistics_are_the_same_bits_whatever_order_the_rows_come_in() -> None:
    import numpy as np
    import pandas as pd

    from consistency.cellstats import stats_from_frame

    rng = np.random.default_rng(7)
    n = 400
    frame = pd.DataFrame({"interaction_id": [f"i{k:04d}" for k in range(n)], "business_date": date(2026, 11, 30),
                          "branch": "B1", "channel": rng.choice(["phone", "chat"], n), "agent": "ag1", "lang": "en",
                          "topic": "billing", "hour": 10, "history": "first",
                          "wait_s": rng.lognormal(3, 1, n), "handle_s": rng.lognormal(5, 1, n), "csat": rng.uniform(1, 5, n),
                          "negative": rng.integers(0, 2, n).astype(float)})
    ordered = stats_from_frame(frame)
    for seed in range(5):  # the database's order: any
        shuffled = stats_from_frame(frame.sample(frac=1.0, random_state=seed))
        pd.testing.assert_frame_equal(shuffled, ordered, check_exact=True)


def test_same_second_contacts_of_a_customer_get_the_same_history_and_fcr_in_any_row_order() -> None:
    # Which of a customer's two contacts at the same second is the repeat (history) and which one has a
    # later contact (FCR) followed the order the database returned the rows in: a 300k night's re-run
    # read them in another order and rewrote cell_stats, flags and watch items. Ties go by interaction id.
    import numpy as np
    import pandas as pd

    from consistency.aggregate import add_journey_columns
    from consistency.cellstats import attach_history, stats_from_frame

    rng = np.random.default_rng(11)
    n = 300
    start = pd.Timestamp("2026-11-30 09:00", tz="UTC")
    frame = pd.DataFrame({
        "interaction_id": [f"{k:024x}" for k in rng.permutation(n)],
        "business_date": date(2026, 11, 30), "branch": rng.choice(["B1", "B2"], n),
        "channel": rng.choice(["phone", "chat", "email"], n), "agent": rng.choice(["ag1", "ag2", "ag3"], n),
        "lang": "en", "topic": "billing", "hour": 9,
        "customer": [f"c{k // 3}" for k in range(n)],  # three contacts a customer ...
        "started_at": [start + pd.Timedelta(seconds=60 * (k // 3) + (k % 3 == 2)) for k in range(n)],  # two at once
        "negative": rng.integers(0, 2, n).astype(float), "wait_s": rng.lognormal(3, 1, n)})

    def stats(rows: pd.DataFrame) -> pd.DataFrame:
        journey = rows[["interaction_id", "customer", "started_at"]]
        return stats_from_frame(attach_history(add_journey_columns(rows), journey, 28))

    ordered = stats(frame)
    assert set(ordered["history"]) == {"first", "repeat"}
    for seed in range(5):
        pd.testing.assert_frame_equal(stats(frame.sample(frac=1.0, random_state=seed)), ordered, check_exact=True)
