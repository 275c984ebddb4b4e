"""The property behind issue 14's losses, on SQLite and PostgreSQL: after a night with one corrupted
file, every record of the clean night is stored, or in quarantine with a reason (its raw record, or
its whole file with the bytes kept), or gone from the input itself. Never anything else.

A sample of the corrupted-variants corpus runs here; ``benchmarks/corpus.py`` runs all of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.robustness import ledger, night_with, stored_ids, variants
from tests.conftest import fresh_postgres
from tests.ingest.conftest import EXAMPLES

pytestmark = pytest.mark.slow
# One or two corruptions per source kind, chosen for the ways records used to disappear.
SAMPLE = {
    ("email/threads.mbox", "utf8_bom"), ("email/q-card-fee.eml", "utf16"), ("email/re-card-fee.eml", "cut_in_half"),
    ("in_person/visits.csv", "cut_last_row"), ("in_person/visits-weekend.xlsx", "flipped_bytes"),
    ("chat/chats.jsonl", "nul_in_middle"), ("chat/chats.jsonl", "huge_field"),
    ("phone/calls.csv", "first_line_lost"), ("phone/calls.csv", "last_line_twice"),
    ("phone/transcripts/C-20261121-0001.json", "binary_garbage"), ("mystery_shop/scorecards.csv", "cp1252"),
    ("mystery_shop/scorecards.csv", "garbage_prefix"),
}
CASES = [(str(rel), name, data) for _, rel, name, data in variants(EXAMPLES) if (str(rel), name) in SAMPLE]


def test_the_sample_covers_every_source_kind() -> None:
    assert len(CASES) == len(SAMPLE)
    assert {rel.split("/")[0] for rel, _, _ in CASES} == {"phone", "email", "chat", "in_person", "mystery_shop"}


@pytest.fixture(scope="module")
def clean_ids(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("clean")
    settings = Settings(db_url=f"sqlite:///{tmp / 'clean.db'}", quarantine_dir=tmp / "kept")
    engine = open_store(settings)
    ingest(engine, EXAMPLES, settings)
    return stored_ids(engine)


@pytest.mark.parametrize(("rel", "corruption", "data"), CASES, ids=[f"{r}:{c}" for r, c, _ in CASES])
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_every_clean_record_is_stored_or_quarantined(tmp_path: Path, clean_ids: dict, backend: str, rel: str,
                                                     corruption: str, data: bytes) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}" if backend == "sqlite" else fresh_postgres()
    files = night_with(EXAMPLES, tmp_path / "night", Path(rel), data)
    settings = Settings(db_url=url, quarantine_dir=tmp_path / "kept")
    engine = open_store(settings)
    ingest(engine, tmp_path / "night", settings)  # a traceback here fails the test: the night must go on
    book = ledger(clean_ids, engine, files)
    engine.dispose()
    assert book.lost == []
    assert book.stored + book.quarantined + book.gone_from_input == len(clean_ids)
