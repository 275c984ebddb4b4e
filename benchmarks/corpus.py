"""Corrupted-variants corpus: every example file corrupted in every way that applies, one at a time
beside the clean files, ingested into a fresh store; prints how many variants were tried and how
the clean night's records fared (stored, quarantined, gone from the input, lost) and any crash.

Usage: ``python benchmarks/corpus.py [--db-url postgresql+psycopg://postgres@127.0.0.1:5432/test_i14] [--limit N]
[--whole-night]`` (default: a fresh SQLite file per variant). A PostgreSQL database is emptied per
variant: give it a database of its own.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.robustness import ledger, night_with, stored_ids, variants
from consistency.store import models as m
from consistency.store.db import make_engine

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _empty_store(db_url: str | None, work: Path, template: Path | None, name: str) -> str:
    """A store with the schema and no rows: a copy of an empty SQLite file, or PostgreSQL's tables emptied."""
    if db_url is None:
        target = work / f"{name}.db"
        if template is not None:
            shutil.copyfile(template, target)
        return f"sqlite:///{target}"
    engine = create_engine(db_url)
    with engine.begin() as conn:
        if template is None:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            tables = ", ".join(t.name for t in m.Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return db_url


def run(db_url: str | None, limit: int | None, whole_night: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        url = _empty_store(db_url, work, None, "template")
        open_store(Settings(db_url=url)).dispose()  # schema once; every variant starts from a copy
        template = work / "template.db" if db_url is None else Path("schema-ready")
        settings = Settings(db_url=_empty_store(db_url, work, template, "clean"), quarantine_dir=work / "kept",
                            pseudonym_key="bench")
        engine = make_engine(settings.db_url)
        ingest(engine, EXAMPLES, settings)
        clean_all = stored_ids(engine)
        engine.dispose()
        totals: Counter[str] = Counter()
        outcomes: Counter[str] = Counter()
        problems: list[str] = []
        started = time.monotonic()
        for i, (kind, rel, corruption, data) in enumerate(variants(EXAMPLES)):
            if limit is not None and i >= limit:
                break
            totals["variants"] += 1
            root = work / "night"
            files = night_with(EXAMPLES, root, rel, data)
            # Connectors read one kind at a time, so the kind's folder (the corrupted file beside its
            # clean siblings) is the part of the night the corruption can touch; --whole-night reads all.
            source = root if whole_night else root / kind
            clean = clean_all if whole_night else {k: v for k, v in clean_all.items() if k[0] == kind}
            settings = Settings(db_url=_empty_store(db_url, work, template, "variant"), quarantine_dir=work / "kept",
                                pseudonym_key="bench")
            engine = make_engine(settings.db_url)
            try:
                report = ingest(engine, source, settings)
            except Exception:  # a crash is the failure this corpus exists to find
                problems.append(f"CRASH {rel} {corruption}: {traceback.format_exc(limit=2).splitlines()[-1]}")
                outcomes["crashed"] += 1
                engine.dispose()
                print(f"{i + 1:>4} {rel} {corruption}: CRASH", flush=True)
                continue
            book = ledger(clean, engine, files)
            engine.dispose()
            totals["stored"] += book.stored
            totals["quarantined"] += book.quarantined
            totals["gone_from_input"] += book.gone_from_input
            totals["lost"] += len(book.lost)
            problems.extend(f"LOST {rel} {corruption}: {x}" for x in book.lost)
            quarantined_any = sum(report.quarantined.values())
            outcome = "lost data" if book.lost else "some records quarantined" if quarantined_any else "all stored"
            outcomes[outcome] += 1
            print(f"{i + 1:>4} {str(rel):<45} {corruption:<16} {outcome:<25} stored {book.stored}, quarantined "
                  f"{book.quarantined}, gone {book.gone_from_input}, lost {len(book.lost)}; rules: "
                  f"{', '.join(f'{k} {v}' for k, v in sorted(report.quarantined.items())) or '-'}", flush=True)
        print(f"\nstore: {'SQLite' if db_url is None else db_url.split('@')[-1]}; clean night: {len(clean_all)} records; "
              f"{'whole night' if whole_night else 'kind folder'} per variant; {time.monotonic() - started:.0f} s")
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
    parser.add_argument("--whole-night", action="store_true", help="ingest the whole night per variant (slower)")
    args = parser.parse_args()
    raise SystemExit(run(args.db_url, args.limit, args.whole_night))


if __name__ == "__main__":
    main()
