"""Finding source folders at any depth and reading a whole export tree without raising."""

from __future__ import annotations

import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.ingest import discover, read_source, read_tree
from consistency.records import MysteryShopRecord, RawInteraction
from tests.ingest.conftest import EXAMPLES, split, write


def test_kind_folders_are_found_at_any_depth(tmp_path: Path) -> None:
    for night in ("2026-11-20", "2026-11-21"):
        shutil.copytree(EXAMPLES / "chat", tmp_path / "exports" / night / "chat")
    shutil.copytree(EXAMPLES / "phone", tmp_path / "exports" / "deep" / "er" / "phone")
    (tmp_path / "exports" / "2026-11-21" / "notes").mkdir()
    found = discover(tmp_path / "exports")
    assert {k: [p.relative_to(tmp_path / "exports").as_posix() for p in v] for k, v in found.items()} == {
        "phone": ["deep/er/phone"], "chat": ["2026-11-20/chat", "2026-11-21/chat"]}


def test_the_kind_folder_itself_can_be_the_root() -> None:
    assert discover(EXAMPLES / "email") == {"email": [EXAMPLES / "email"]}


def test_examples_tree_yields_every_kind_and_no_rejects(tz: ZoneInfo) -> None:
    good, bad = split(list(read_tree(EXAMPLES, tz)))
    assert bad == []
    kinds = {i.source for i in good if isinstance(i, RawInteraction)}
    assert kinds == {"phone", "email", "chat", "in_person"}
    assert sum(isinstance(i, MysteryShopRecord) for i in good) == 4
    assert all(i.file and i.row >= 1 for i in good)


def test_bad_files_do_not_stop_the_tree(tmp_path: Path, tz: ZoneInfo) -> None:
    shutil.copytree(EXAMPLES / "chat", tmp_path / "night" / "chat")
    write(tmp_path / "night" / "chat" / "broken.jsonl", '{"conversation_id": "X1", "branch": "LON"\n')
    write(tmp_path / "night" / "in_person" / "visits.xlsx", "visit_id;branch\n1;LON\n")
    write(tmp_path / "night" / "phone" / "calls.csv", "")
    good, bad = split(list(read_tree(tmp_path / "night", tz)))
    assert len(good) == 4
    assert {(Path(r.file).name, r.rule) for r in bad} == {("broken.jsonl", "bad_json"), ("calls.csv", "empty_file"),
                                                          ("visits.xlsx", "missing_columns")}


def test_unknown_kind_and_missing_path_are_defined_results(tmp_path: Path, tz: ZoneInfo) -> None:
    items = list(read_source("fax", tmp_path, tz))
    assert [(i.rule, i.row) for i in items] == [("unknown_kind", None)]
    assert list(read_tree(tmp_path / "nowhere", tz)) == []
    assert list(read_source("chat", tmp_path / "nowhere", tz)) == []
