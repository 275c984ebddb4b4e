"""Fuzzing every connector with Hypothesis (issue 14, item 4), bounded to stay within the CI budget.

Invariants: no traceback; at most one one-line message per unreadable file; every valid record of a
generated file read exactly once; every broken one rejected with a rule, at its row. A longer run
of the same strategies is ``python benchmarks/fuzz.py``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.records import Rejected
from tests.ingest.fuzzing import (
    EXAMPLES, MUTATION, Generated, call_log, chat_file, check_well_formed, example_files, mailbox_file, mutate, read_kind,
)

BOUNDED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


def _read(gen: Generated) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / gen.kind
        folder.mkdir()
        (folder / gen.name).write_bytes(gen.data)
        return read_kind(gen.kind, folder)


def _assert_exact(gen: Generated, items: list) -> None:
    assert check_well_formed(items) == []
    ids = [i.native_id for i in items if not isinstance(i, Rejected)]
    rejects = [i for i in items if isinstance(i, Rejected)]
    assert sorted(ids) == sorted(gen.good_ids), rejects  # each valid record once, nothing invented
    assert sorted(r.row for r in rejects if r.row is not None) == sorted(gen.bad_rows), rejects
    assert not [r for r in rejects if r.row is None], rejects


@BOUNDED
@given(call_log())
def test_generated_call_logs_read_every_valid_call_once(gen: Generated) -> None:
    _assert_exact(gen, _read(gen))


@BOUNDED
@given(chat_file())
def test_generated_chat_files_read_every_valid_line_once(gen: Generated) -> None:
    _assert_exact(gen, _read(gen))


@BOUNDED
@given(mailbox_file())
def test_generated_mailboxes_keep_every_thread(gen: Generated) -> None:
    items = _read(gen)
    assert check_well_formed(items) == []
    assert sorted(i.native_id for i in items if not isinstance(i, Rejected)) == sorted(gen.good_ids)
    assert [i for i in items if isinstance(i, Rejected)] == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(example_files()), st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_example_files_never_crash_and_say_what_they_rejected(example: tuple, ops: list) -> None:
    kind, path = example
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / kind / path.relative_to(EXAMPLES / kind)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(mutate(path.read_bytes(), ops))
        items = read_kind(kind, Path(tmp) / kind)
    assert check_well_formed(items) == []
