"""Every bad input of the connector checklist ends in the quarantine table with file, row, rule and message.

This runs the real ingest step (connectors -> validation -> SQLite store) on one night full of
broken files next to good ones, then reads the quarantine table back.
"""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.store import repository as repo
from consistency.store.db import session_scope
from tests.ingest.conftest import EXAMPLES, write

CALLS = "call_id,branch,agent,start,end,csat\n"


@pytest.fixture(scope="module")
def night(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[tuple[str, str], list]]:
    """One export night with every kind of bad file, ingested once into a fresh SQLite store."""
    root = tmp_path_factory.mktemp("night")
    for kind in ("phone", "email", "chat", "in_person", "mystery_shop"):
        shutil.copytree(EXAMPLES / kind, root / kind)
    write(root / "phone" / "empty.csv", "")
    write(root / "phone" / "colon.csv", CALLS.replace(",", ":") + "X:LON:a:2026-11-21 09:00:2026-11-21 09:01:4\n")
    write(root / "phone" / "dates.csv", CALLS + "D1,LON,a,2026-11-21 09:00,2026-11-21 09:05,4\n"
                                                "D2,LON,a,21.11.2026 9h,2026-11-21 09:05,4\n"
                                                "D3,LON,a,2026-11-21 09:00,2026-11-21 09:05,9\n")
    (root / "phone" / "bom.csv").write_bytes(codecs.BOM_UTF8 + (CALLS + "B1,LON,a,2026-11-21 09:00,2026-11-21 09:04,\n").encode())
    write(root / "phone" / "latin.csv", CALLS + "L1,MÜN,a,21/11/2026 09:00,21/11/2026 09:03,\n", encoding="latin-1")
    first_call = (EXAMPLES / "phone" / "calls.csv").read_text(encoding="utf-8").splitlines()[:2]
    write(root / "phone" / "dup.csv", "\n".join(first_call) + "\n")  # the same call exported twice
    write(root / "phone" / "transcripts" / "C-NOT-IN-LOG.json", json.dumps({"turns": []}))
    write(root / "email" / "nobody.eml", "From: a@b.c\nDate: Sat, 21 Nov 2026 09:00:00 +0000\n"
                                         "Message-ID: <nobody@x>\nX-Branch: LON\n\n\n")
    write(root / "chat" / "cut.jsonl", '{"conversation_id": "OK1", "branch": "LON", "started_at": "2026-11-21T09:00:00Z",'
                                       ' "messages": [{"role": "customer", "text": "hi"}]}\n{"conversation_id": "X')
    write(root / "in_person" / "fake.xlsx", "visit_id,branch,staff,time_in\nV-F1,LON,st,2026-11-21 09:00\n")
    write(root / "mystery_shop" / "short.csv", "shop_id,shop_date,branch\nM1,2026-11-21,LON\n")
    settings = Settings(db_url=f"sqlite:///{root / 'store.db'}")
    engine = open_store(settings)
    report = ingest(engine, root, settings).as_dict()
    with session_scope(engine) as session:
        rows = [(Path(q.file).name, q.row, q.rule, q.message, q.raw) for q in repo.list_quarantine(session, limit=1000)]
        counts = repo.counts(session)
    by_key: dict[tuple[str, str], list] = {}
    for name, row, rule, message, raw in rows:
        by_key.setdefault((name, rule), []).append((row, message, raw))
    return {"report": report, "counts": counts}, by_key


@pytest.mark.parametrize(
    ("file", "rule", "row", "words"),
    [
        ("empty.csv", "empty_file", None, "empty"),
        ("colon.csv", "missing_columns", None, "call_id, branch, agent, start, end"),
        ("dates.csv", "bad_date", 3, "'21.11.2026 9h'"),
        ("dates.csv", "expect_column_values_to_be_between:csat", 4, "csat = 9 is outside 1..5"),
        ("C-NOT-IN-LOG.json", "orphan_transcript", None, "C-NOT-IN-LOG"),
        ("nobody.eml", "empty_body", 1, "<nobody@x>"),
        ("cut.jsonl", "bad_json", 2, "truncated"),
        ("short.csv", "missing_columns", None, "channel"),
    ],
)
def test_bad_input_lands_in_quarantine_with_a_readable_message(night: tuple, file: str, rule: str, row: int | None,
                                                               words: str) -> None:
    _, quarantine = night
    assert (file, rule) in quarantine, sorted(quarantine)
    [(got_row, message, _)] = quarantine[(file, rule)]
    assert got_row == row and words in message and "\n" not in message


def test_good_rows_of_bad_files_are_stored_and_counted(night: tuple) -> None:
    stats, quarantine = night
    report = stats["report"]
    # examples + D1 + B1 (BOM) + L1 (Latin-1) for phone (the call exported twice is one interaction),
    # + OK1 for chat, + V-F1 (.xlsx that is a CSV) in person
    assert report["interactions"] == {"phone": 8, "email": 4, "chat": 5, "in_person": 7}
    assert report["mystery_shop"] == 4
    assert stats["counts"]["interactions"] == 24  # the call exported twice is stored once
    assert sum(report["quarantined"].values()) == sum(len(v) for v in quarantine.values()) == 8
    assert len(report["file_errors"]) == 4 and all(": " in line for line in report["file_errors"])
