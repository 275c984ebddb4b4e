"""Corrupted-variants corpus: every example file corrupted in every way that applies, one at a time
beside the clean files, ingested into a fresh store; prints how many variants were tried and how
the clean night's records fared (stored, quarantined, gone from the input, lost) and any crash.

Usage: ``python benchmarks/corpus.py [--db-url postgresql+psycopg://postgres@127.0.0.1:5432/test_i14] [--limit N]``
(default: a fresh SQLite file per variant). A PostgreSQL database is emptied per variant.
"""

from __future__ import annotations

import argparse
import tempfile
import traceback
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.robustness import ledger, night_with, stored_ids, variants

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _fresh(db_url: str | None, work: Path, name: str) -> str:
    if db_url is None:
        return f"sqlite:///{work / (name + '.db')}"
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return db_url


def run(db_url: str | None, limit: int | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(db_url=_fresh(db_url, work, "clean"), quarantine_dir=work / "kept", pseudonym_key="bench")
        engine = open_store(settings)
        ingest(engine, EXAMPLES, settings)
        clean = stored_ids(engine)
        engine.dispose()
        totals: Counter[str] = Counter()
        outcomes: Counter[str] = Counter()
        problems: list[str] = []
        for i, (kind, rel, corruption, data) in enumerate(variants(EXAMPLES)):
            if limit is not None and i >= limit:
                break
            totals["variants"] += 1
            root = work / "night"
            files = night_with(EXAMPLES, root, rel, data)
            settings = Settings(db_url=_fresh(db_url, work, f"v{i}"), quarantine_dir=work / "kept", pseudonym_key="bench")
            engine = open_store(settings)
            try:
                report = ingest(engine, root, settings)
            except Exception:  # a crash is the failure this corpus exists to find
                problems.append(f"CRASH {rel} {corruption}: {traceback.format_exc(limit=2).splitlines()[-1]}")
                outcomes["crashed"] += 1
                engine.dispose()
                continue
            book = ledger(clean, engine, files)
            engine.dispose()
            totals["stored"] += book.stored
            totals["quarantined"] += book.quarantined
            totals["gone_from_input"] += book.gone_from_input
            totals["lost"] += len(book.lost)
            problems.extend(f"LOST {rel} {corruption}: {x}" for x in book.lost)
            quarantined_any = sum(report.quarantined.values())
            outcomes["lost data" if book.lost else "some records quarantined" if quarantined_any else "all stored"] += 1
            if Path(tmp, f"v{i}.db").exists():
                Path(tmp, f"v{i}.db").unlink()
        print(f"store: {'SQLite' if db_url is None else db_url.split('@')[-1]}; clean night: {len(clean)} records")
        print(f"variants tried: {totals['variants']}  ({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))})")
        print(f"clean records across variants: stored {totals['stored']}, quarantined {totals['quarantined']}, "
              f"gone from the input {totals['gone_from_input']}, lost {totals['lost']}")
        for line in problems:
            print(line)
        return 1 if problems else 0


def main() -> None:
    import logging

    logging.getLogger("consistency").setLevel(logging.ERROR)  # one warning per odd file would drown the figures
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    raise SystemExit(run(args.db_url, args.limit))


if __name__ == "__main__":
    main()
