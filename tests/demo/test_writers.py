"""Every export file parses with the standard library alone, in the layout docs/formats.md describes."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from openpyxl import load_workbook

from consistency.demo.writers import write_in_person
from tests.demo.conftest import read_labels, read_mail
from tests.demo.test_conversation import _scenario

OUTCOMES = {"RESOLVED", "CALLBACK", "ESCALATED", "TRANSFERRED", "ABANDONED"}


def test_call_log_has_the_required_columns_and_outcomes_agree_with_the_labels(run):
    out, _ = run
    truth = {r["native_id"]: r for r in read_labels(out) if r["source"] == "phone"}
    numbered = 0
    for path in out.glob("exports/*/phone/calls.csv"):
        for row in csv.DictReader(path.open(encoding="utf-8")):
            assert {"call_id", "branch", "agent", "start", "end"} <= set(row)
            assert row["start"] < row["end"] and row["outcome"] in OUTCOMES
            resolution = truth[row["call_id"]]["resolution"]
            assert (row["outcome"] == "RESOLVED") == (resolution == "resolved")
            assert (row["outcome"] == "ESCALATED") == (resolution == "escalated")
            doc = json.loads((path.parent / "transcripts" / f"{row['call_id']}.json").read_text(encoding="utf-8"))
            assert doc["call_id"] == row["call_id"] and doc["language"] == row["lang"]
            roles = doc.get("speakers", {"agent": "agent", "customer": "customer"})
            assert set(roles.values()) == {"agent", "customer"}
            assert all(t["speaker"] in roles and t["start"] < t["end"] for t in doc["turns"])
            numbered += "speakers" in doc
    assert numbered > 0, "some transcripts use the spk_0/spk_1 form"


def test_chat_lines_are_json_objects_with_ordered_messages(run):
    out, _ = run
    for path in out.glob("exports/*/chat/chats.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            chat = json.loads(line)
            assert {"conversation_id", "branch", "agent", "started_at", "messages"} <= set(chat)
            stamps = [m["ts"] for m in chat["messages"]]
            assert stamps == sorted(stamps) and chat["ended_at"] >= stamps[-1]
            assert {m["role"] for m in chat["messages"]} <= {"agent", "customer"}


def test_emails_thread_by_message_id_and_decode_from_several_charsets(run):
    out, summary = run
    charsets, html, quoted, roots = set(), 0, 0, set()
    for _, msg, text in read_mail(out):
        assert msg["X-Branch"] and msg["Message-ID"] and msg["Date"]
        charsets.add(msg.get_content_charset())
        html += msg.get_content_type() == "text/html"
        quoted += "\n> " in text or "<blockquote>" in text
        if msg["In-Reply-To"] is None:
            roots.add(msg["Message-ID"])
            assert msg["X-Agent-Id"] is None  # threads start with the customer
        else:
            assert msg["References"].split()[0].startswith("<")
    assert roots == {r["native_id"] for r in read_labels(out) if r["source"] == "email"}
    assert {"utf-8", "koi8-r", "iso-8859-1"} <= charsets
    assert html > 0 and quoted > 0
    assert list(out.glob("exports/*/email/*.eml")), "a few threads come as single .eml files"


def test_visit_log_and_scorecards_are_plain_csv_with_scores_from_one_to_five(run):
    out, _ = run
    for path in out.glob("exports/*/in_person/visits.csv"):
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert rows and all(r["visit_id"] and r["branch"] and r["staff"] and r["time_in"] for r in rows)
    cards = [r for p in out.glob("exports/*/mystery_shop/scorecards.csv") for r in csv.DictReader(p.open(encoding="utf-8"))]
    assert cards
    for r in cards:
        assert r["channel"] in {"phone", "email", "chat", "in_person"}
        assert all(1 <= int(r[c]) <= 5 for c in ("greeting", "courtesy", "knowledge", "resolution"))


def test_visit_workbook_is_byte_identical_on_rewrite_and_reads_back(tmp_path):
    visits = [_scenario(source="in_person", native_id=f"V-{k}", lang="en") for k in range(5)]
    for name in ("a", "b"):
        write_in_person(tmp_path / name, visits, random.Random(1), as_xlsx=True)
    a, b = (tmp_path / n / "in_person" / "visits.xlsx" for n in ("a", "b"))
    assert a.read_bytes() == b.read_bytes()
    rows = list(load_workbook(a, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("visit_id", "branch", "staff", "customer") and len(rows) == 6
