"""A longer fuzz run of every connector (the strategies of ``tests/ingest/fuzzing.py``); prints the
cases tried and every failure instead of stopping at the first.

Usage: ``python benchmarks/fuzz.py [--examples 500] [--seed 0]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.ingest.fuzzing

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from consistency.records import Rejected  # noqa: E402
from tests.ingest.fuzzing import (  # noqa: E402
    EXAMPLES, MUTATION, call_log, chat_file, check_well_formed, example_files, mailbox_file, mutate, read_kind,
)

tried: Counter[str] = Counter()
failures: list[str] = []


def _generated(name: str, gen) -> None:  # noqa: ANN001 - a Generated
    tried[name] += 1
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / gen.kind
            folder.mkdir()
            (folder / gen.name).write_bytes(gen.data)
            items = read_kind(gen.kind, folder)
        problems = check_well_formed(items)
        ids = sorted(i.native_id for i in items if not isinstance(i, Rejected))
        if ids != sorted(gen.good_ids):
            problems.append(f"read {ids}, expected {sorted(gen.good_ids)}")
        rows = sorted(r.row for r in items if isinstance(r, Rejected) and r.row is not None)
        if gen.bad_rows and rows != sorted(gen.bad_rows):
            problems.append(f"rejected rows {rows}, expected {sorted(gen.bad_rows)}")
        if problems:
            failures.append(f"{name}: {'; '.join(problems)[:300]}")
    except Exception:
        failures.append(f"{name}: TRACEBACK {traceback.format_exc(limit=3).splitlines()[-1]}")


def run(examples: int, seed_value: int) -> int:
    config = settings(max_examples=examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
    for name, strategy in (("call log", call_log()), ("chat", chat_file()), ("mbox", mailbox_file())):
        def case(gen, name: str = name) -> None:  # noqa: ANN001
            _generated(name, gen)

        seed(seed_value)(config(given(gen=strategy)(lambda gen: case(gen))))()

    @seed(seed_value)
    @config
    @given(st.sampled_from(example_files()), st.lists(MUTATION, min_size=1, max_size=6))
    def mutated(example: tuple, ops: list) -> None:
        kind, path = example
        tried[f"mutated {kind}"] += 1
        try:
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / kind / path.relative_to(EXAMPLES / kind)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(mutate(path.read_bytes(), ops))
                problems = check_well_formed(read_kind(kind, Path(tmp) / kind))
            if problems:
                failures.append(f"mutated {path.name} {ops}: {'; '.join(problems)[:300]}")
        except Exception:
            failures.append(f"mutated {path.name} {ops}: TRACEBACK {traceback.format_exc(limit=3).splitlines()[-1]}")

    mutated()
    print(f"cases tried: {sum(tried.values())} ({', '.join(f'{k} {v}' for k, v in sorted(tried.items()))})")
    print(f"failures: {len(failures)}")
    for line in failures[:50]:
        print(line)
    return 1 if failures else 0


def main() -> None:
    import logging

    logging.getLogger("consistency").setLevel(logging.ERROR)  # one warning per odd file would drown the figures
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="cases per strategy")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    raise SystemExit(run(args.examples, args.seed))


if __name__ == "__main__":
    main()
