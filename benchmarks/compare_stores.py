"""Compare what two stores hold, field for field: the check that a speed change changed no output.

    python benchmarks/compare_stores.py postgresql+psycopg://postgres@127.0.0.1:5432/bench_before \\
        postgresql+psycopg://postgres@127.0.0.1:5432/bench_after

Audit the same night with the code before and after a change into two PostgreSQL databases (e.g. two
runs of ``benchmarks/pipeline.py --night-interactions N --db postgresql --workdir ...``), then run this.
Per table it prints the row count and an md5 over every row in key order, and "same" or "DIFF".
Left out: run ids and run timestamps (each audit has its own), and the benchmark's work folder in
``interactions.file`` (``--workdir`` differs between the two runs). Exits 1 when a table differs.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import create_engine, text

# table -> (row expression, ordering): the stored output of ingest and classify
TABLES = {
    "interactions": ("row(id, source, native_id, channel, branch, agent, customer, started_at, ended_at, "
                     "business_date, hour, lang, topic, wait_s, handle_s, transfers, outcome, csat, n_turns, "
                     "regexp_replace(file, :workdir, ''), row)", "id"),
    "turns": ("t", "interaction_id, idx"),
    "classifications": ("t", "interaction_id"),
    "agents": ("t", "id"),
    "branches": ("t", "code"),
    "quarantine": ("row(id, source, regexp_replace(file, :workdir, ''), row, rule, message, raw)", "id"),
}


def digests(url: str, workdir: str) -> dict[str, tuple[int, str]]:
    """(row count, md5 of all rows in key order) per table."""
    engine = create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table, (expression, order) in TABLES.items():
            sql = (f"SELECT count(*), coalesce(md5(string_agg(({expression})::text, '|' ORDER BY {order})), '') "
                   f"FROM {table} t")
            count, digest = conn.execute(text(sql), {"workdir": workdir}).one()
            out[table] = (count, digest)
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--workdir-pattern", default=r"^.*/(night|window)/exports/",
                        help="regular expression removed from file paths before comparing")
    args = parser.parse_args(argv)
    before, after = digests(args.before, args.workdir_pattern), digests(args.after, args.workdir_pattern)
    differ = False
    for table in TABLES:
        same = before[table] == after[table]
        differ |= not same
        print(f"{'same' if same else 'DIFF':<5} {table:<16} rows {before[table][0]:>9,} / {after[table][0]:>9,}  "
              f"md5 {before[table][1][:12]} / {after[table][1][:12]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
