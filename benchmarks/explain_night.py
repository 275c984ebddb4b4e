"""EXPLAIN ANALYZE of the night's hot queries on a PostgreSQL store (e.g. the one benchmarks/pipeline.py filled).

    python benchmarks/explain_night.py --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_i13 --date 2026-11-29
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from sqlalchemy import create_engine, text


def hot_queries(night: date, window_days: int, batch_ids: list[str]) -> dict[str, str]:
    first = night - timedelta(days=window_days - 1)
    settle = night - timedelta(days=8)
    return {
        "classify: the night's unlabelled interactions": (
            "SELECT i.id, i.channel, i.transfers, i.outcome, i.lang FROM interactions i "
            "LEFT JOIN classifications c ON c.interaction_id = i.id "
            f"WHERE i.business_date BETWEEN '{night}' AND '{night}' "
            "AND (c.interaction_id IS NULL OR c.model_version <> 'x') ORDER BY i.id"),
        "classify: turns of one batch": (
            "SELECT interaction_id, speaker, text, offset_s FROM turns WHERE interaction_id IN "
            f"({', '.join(repr(i) for i in batch_ids)}) ORDER BY interaction_id, idx"),  # the ids, as the code sends them
        "aggregate: contact history (customer, start) of the lookback": (
            "SELECT id, customer, started_at FROM interactions "
            f"WHERE business_date BETWEEN '{settle - timedelta(days=window_days)}' AND '{night}'"),
        "aggregate: the window's cell statistics": (
            f"SELECT * FROM cell_stats WHERE business_date BETWEEN '{first}' AND '{night}'"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-url", required=True)
    parser.add_argument("--date", required=True, type=date.fromisoformat)
    parser.add_argument("--window-days", type=int, default=28)
    args = parser.parse_args(argv)
    engine = create_engine(args.pg_url)
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        batch = [r[0] for r in conn.execute(text("SELECT id FROM interactions WHERE business_date = :d ORDER BY id "
                                                 "LIMIT 5000"), {"d": args.date})]
        for name, sql in hot_queries(args.date, args.window_days, batch).items():
            print(f"-- {name}")
            for (line,) in conn.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {sql}")):
                print(line)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
