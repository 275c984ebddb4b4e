"""Planted problems really show in the generated files, from their start date on, and nowhere else."""

from __future__ import annotations

import csv
import email
import json
import mailbox
import re
from datetime import date

from consistency.demo.chain import build_branches, calendar
from consistency.demo.planted import Rates, adjust, plan
from tests.demo.conftest import read_labels, read_mail

# Greeting, apology and warm closing in German and English (the curt branch is Berlin, with some English mail).
COURTESY_CUES = re.compile(r"Sehr geehrte|Hallo|Guten Tag|leid|Entschuldig|Dear|Hello|Hi |sorry|apologi", re.I)


def _planted(out) -> dict:
    return {p["kind"]: p for p in json.loads((out / "planted.json").read_text(encoding="utf-8"))["problems"]}


def _staff_cue_share(mail, branch: str, start: str) -> tuple[float, float]:
    """Share of the branch's staff e-mails with a courtesy cue, before and from ``start`` (own text, not quotes)."""
    hits = {False: [], True: []}
    for day, msg, body in mail:
        if msg["X-Branch"] != branch or msg["X-Agent-Id"] is None:
            continue
        text = re.sub(r"<blockquote>.*?</blockquote>", "", body, flags=re.S)
        own = "\n".join(line for line in text.splitlines() if not line.startswith(">"))
        hits[day >= start].append(bool(COURTESY_CUES.search(own)))
    return sum(hits[False]) / len(hits[False]), sum(hits[True]) / len(hits[True])


def test_curt_branch_emails_lose_courtesy_cues_after_the_start_date_and_others_do_not(long_run):
    out, _ = long_run
    curt = _planted(out)["curt_replies"]
    mail = read_mail(out)
    before, after = _staff_cue_share(mail, curt["branch"], curt["start_date"])
    assert before - after > 0.2
    home = next(b["code"] for b in json.loads((out / "planted.json").read_text())["branches"]
                if b["code"] not in (curt["branch"], _planted(out)["mystery_vs_logs"]["branch"]))
    ctrl_before, ctrl_after = _staff_cue_share(mail, home, curt["start_date"])
    assert abs(ctrl_before - ctrl_after) < 0.1


def _rate(rows, pick, value) -> float:
    chosen = [r for r in rows if pick(r)]
    return sum(value(r) for r in chosen) / len(chosen)


def test_phone_escalations_double_from_their_start_and_resolution_drops_chain_wide(long_run):
    out, _ = long_run
    rows = read_labels(out)
    for r in rows:
        r["day"] = re.search(r"(\d{8})", r["native_id"]).group(1)
    esc = _planted(out)["escalation_surge"]["start_date"].replace("-", "")
    phone = lambda after: lambda r: r["source"] == "phone" and (r["day"] >= esc) == after  # noqa: E731
    is_esc = lambda r: r["resolution"] == "escalated"  # noqa: E731
    assert _rate(rows, phone(True), is_esc) > 1.5 * _rate(rows, phone(False), is_esc)
    chat_after = _rate(rows, lambda r: r["source"] == "chat" and r["day"] >= esc, is_esc)
    assert chat_after < 0.12
    policy_day = _planted(out)["policy_change"]["start_date"].replace("-", "")
    resolved = lambda r: r["resolution"] == "resolved"  # noqa: E731
    drop = _rate(rows, lambda r: r["day"] < policy_day, resolved) - _rate(rows, lambda r: r["day"] >= policy_day, resolved)
    assert 0.08 < drop < 0.25


def test_blaming_agent_blames_in_a_large_share_of_calls_and_colleagues_rarely(long_run):
    out, _ = long_run
    agent = _planted(out)["blame"]["agent"]
    blame = {r["native_id"]: r["blame"] == "1" for r in read_labels(out)}
    mine, others = [], []
    for path in out.glob("exports/*/phone/calls.csv"):
        for row in csv.DictReader(path.open(encoding="utf-8")):
            (mine if row["agent"] == agent else others).append(blame[row["call_id"]])
    assert len(mine) >= 20
    assert sum(mine) / len(mine) > 0.25
    assert sum(others) / len(others) < 0.08


def test_adjust_changes_only_the_contacts_a_problem_covers():
    days = calendar(date(2026, 11, 21), 30)
    import random

    chain = build_branches(random.Random(1), 12, 10)
    problems = plan(chain, days)
    curt = next(p for p in problems if p.kind == "curt_replies")
    late, early = date.fromisoformat(curt.start_date), days[0]
    base = lambda: Rates(0.92, 0.75, 0.07, 0.03)  # noqa: E731
    assert adjust(base(), problems, curt.branch, "email", "ag-x", late).courtesy < 0.6
    assert adjust(base(), problems, curt.branch, "email", "ag-x", early).courtesy == 0.92
    assert adjust(base(), problems, curt.branch, "chat", "ag-x", late).courtesy == 0.92
    assert len({p.branch for p in problems if p.branch}) == 3  # three different branches carry branch/agent problems
