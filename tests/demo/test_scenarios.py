"""Contacts: volumes per cell, returning customers on the next channel, case mix, and surveys that follow service."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from statistics import mean

import pytest

from consistency.demo.chain import build_branches, calendar
from consistency.demo.planted import plan
from consistency.demo.scenarios import draw


@pytest.fixture(scope="module")
def contacts():
    rng = random.Random(9)
    chain = build_branches(rng, 4, 200)
    days = calendar(date(2026, 11, 21), 8)
    return [s for _, today in draw(rng, chain, days, 4000, plan(chain, days)) for s in today]


def test_volumes_are_even_across_branches_and_channels(contacts):
    per_cell = Counter((s.branch, s.source) for s in contacts)
    assert len(per_cell) == 16
    assert max(per_cell.values()) < 1.35 * min(per_cell.values())


def test_unresolved_customers_come_back_on_another_channel_within_three_days(contacts):
    returns = [s for s in contacts if s.returning]
    assert len(returns) > 40
    by_customer: dict[str, list] = {}
    for s in contacts:
        by_customer.setdefault(s.customer, []).append(s)
    for s in returns:
        earlier = [e for e in by_customer[s.customer]
                   if s.day - timedelta(days=3) <= e.day < s.day and e.resolution == "unresolved" and e.source != s.source]
        assert earlier, f"{s.native_id} returns without an unresolved earlier contact"
    assert Counter(s.source for s in returns)["phone"] > 0


def test_case_mix_differs_by_branch(contacts):
    share = {b: Counter(s.topic for s in contacts if s.branch == b) for b in {s.branch for s in contacts}}
    complaint = sorted(c["complaint"] / sum(c.values()) for c in share.values())
    assert complaint[-1] - complaint[0] > 0.03


def test_about_a_third_answer_the_survey_and_scores_follow_resolution_and_tone(contacts):
    answered = [s for s in contacts if s.csat is not None]
    assert 0.25 < len(answered) / len(contacts) < 0.35
    good = mean(s.csat for s in answered if s.resolution == "resolved" and s.tone != "negative")
    bad = mean(s.csat for s in answered if s.resolution != "resolved" and s.tone == "negative")
    assert good - bad > 1.0
    assert all(1 <= s.csat <= 5 for s in answered)
