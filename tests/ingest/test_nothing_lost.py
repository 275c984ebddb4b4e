"""The three silent losses of issue 14, on SQLite and PostgreSQL: each record is stored or quarantined.

Each test builds one night from the real files in ``examples/`` with one corrupted file beside
them, runs the real ingest into a real store, and reads the store back.
"""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from consistency.config import Settings
from consistency.pipeline import ingest, open_store
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import session_scope
from tests.ingest.conftest import EXAMPLES


def _night(tmp_path: Path) -> Path:
    root = tmp_path / "night"
    for kind in ("phone", "email", "chat", "in_person", "mystery_shop"):
        shutil.copytree(EXAMPLES / kind, root / kind)
    return root


def _ingest(root: Path, db_url: str, tmp_path: Path) -> tuple[dict, list[m.Interaction], list[m.Quarantine], list]:
    settings = Settings(db_url=db_url, quarantine_dir=tmp_path / "kept")
    engine = open_store(settings)
    report = ingest(engine, root, settings).as_dict()
    with session_scope(engine) as session:
        stored = list(session.execute(select(m.Interaction)).scalars())
        quarantined = repo.list_quarantine(session, limit=1000)
        turns = list(session.execute(select(m.Turn)).scalars())
    engine.dispose()
    return report, stored, quarantined, turns


def _clean_counts(tmp_path: Path, db_url: str) -> dict[str, int]:
    report, *_ = _ingest(_night(tmp_path / "clean"), db_url, tmp_path / "clean")
    return report["interactions"]


def test_mbox_with_a_bom_keeps_its_first_message_in_its_thread(tmp_path: Path, db_url: str) -> None:
    root = _night(tmp_path)
    box = root / "email" / "threads.mbox"
    box.write_bytes(codecs.BOM_UTF8 + box.read_bytes())
    report, stored, quarantined, turns = _ingest(root, db_url, tmp_path)
    first_id = "<q3-20261121@example.ru>"  # the first message of the mbox
    thread = [i for i in stored if i.native_id == first_id]
    assert len(thread) == 1, [i.native_id for i in stored if i.source == "email"]
    assert thread[0].n_turns == 2  # the reply joined it, it did not become a thread of its own
    assert not any(q.file.endswith("threads.mbox") for q in quarantined)


def test_a_visit_log_cut_in_its_last_row_quarantines_that_row_and_stores_the_rest(tmp_path: Path, db_url: str) -> None:
    root = _night(tmp_path)
    log = root / "in_person" / "visits.csv"
    text = log.read_text(encoding="utf-8").rstrip("\n")
    last = text.splitlines()[-1]
    cut = text[: len(text) - len(last) + last.index(";Buka") + 8]  # mid-word in the staff note
    log.write_text(cut, encoding="utf-8")
    report, stored, quarantined, _ = _ingest(root, db_url, tmp_path)
    rows = len(text.splitlines())  # header is row 1, so the last record is row `rows`
    [q] = [q for q in quarantined if q.file.endswith("visits.csv")]
    assert (q.row, q.rule) == (rows, "truncated_row") and "ends in the middle" in q.message
    assert "V-1003" in q.raw and q.content_sha256 and Path(q.stored_copy).read_bytes() == cut.encode()
    visit_ids = {i.native_id for i in stored if i.file.endswith("visits.csv")}
    assert "V-1003" not in visit_ids and {"V-1001", "V-1002"} <= visit_ids


@pytest.mark.parametrize("where", ["transcript", "chat", "email"])
def test_a_nul_character_in_a_text_never_stops_the_night(tmp_path: Path, db_url: str, where: str) -> None:
    root = _night(tmp_path)
    if where == "transcript":
        path = root / "phone" / "transcripts" / "C-20261121-0001.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["turns"][0]["text"] = "Good\u0000 morning"
        path.write_text(json.dumps(data), encoding="utf-8")
    elif where == "chat":
        path = root / "chat" / "chats.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        first = json.loads(lines[0])
        first["messages"][0]["text"] += "\u0000"
        path.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n", encoding="utf-8")
    else:
        path = root / "email" / "q-card-fee.eml"
        path.write_bytes(path.read_bytes().rstrip() + b"\nP.S. \x00 thanks\n")
    report, stored, quarantined, turns = _ingest(root, db_url, tmp_path)
    clean = _clean_counts(tmp_path, db_url)
    assert report["interactions"] == clean  # every file of the night stored, the NUL one included
    assert all("\x00" not in t.text for t in turns)
    assert not [q for q in quarantined if Path(q.file).name == path.name]
