"""Small generated chains shared by the demo tests (generated once per session; a few seconds in all)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from consistency.demo import generate

END = date(2026, 11, 21)


@pytest.fixture(scope="session")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Five branches (one per language), four days, ~1,200 contacts."""
    out = tmp_path_factory.mktemp("demo")
    return out, generate(out, branches=5, days=4, interactions=1200, seed=11, end_date=END)


@pytest.fixture(scope="session")
def long_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Three branches over twelve days: long enough for the dated planted problems to start half way."""
    out = tmp_path_factory.mktemp("demo_long")
    return out, generate(out, branches=3, days=12, interactions=2400, seed=5, end_date=END)


def read_labels(out: Path) -> list[dict[str, str]]:
    with (out / "labels.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_chats(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(out.glob("exports/*/chat/chats.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def read_transcripts(out: Path) -> list[dict[str, Any]]:
    """Transcripts with speakers resolved to agent/customer (some exports number them spk_0/spk_1)."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("exports/*/phone/transcripts/*.json"))]
    for doc in docs:
        for turn in doc["turns"]:
            turn["speaker"] = doc.get("speakers", {}).get(turn["speaker"], turn["speaker"])
    return docs


def read_mail(out: Path) -> list[tuple[str, Any, str]]:
    """Every e-mail of the run as (export day, message, decoded body), parsed once with the stdlib."""
    import email
    import mailbox

    found = []
    for path in sorted(out.glob("exports/*/email/*")):
        day = path.parent.parent.name
        msgs = list(mailbox.mbox(path)) if path.suffix == ".mbox" else [email.message_from_bytes(path.read_bytes())]
        for msg in msgs:
            found.append((day, msg, msg.get_payload(decode=True).decode(msg.get_content_charset())))
    return found
