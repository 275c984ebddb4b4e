"""Mystery-shop scorecards follow real service, except in the branch planted to shine for shoppers."""

from __future__ import annotations

import random
from datetime import date
from statistics import mean

from consistency.demo.chain import build_branches, calendar
from consistency.demo.mystery import report_days, scorecards
from consistency.demo.planted import plan


def test_files_come_on_mondays_or_on_the_last_day_of_a_short_run():
    days = calendar(date(2026, 11, 21), 30)
    assert all(d.weekday() == 0 for d in report_days(days)) and len(report_days(days)) == 4
    short = calendar(date(2026, 11, 21), 3)  # Thu-Sat
    assert report_days(short) == [date(2026, 11, 21)]


def test_mystery_branch_scores_high_while_the_curt_branch_scores_low_after_its_start():
    rng = random.Random(2)
    chain = build_branches(rng, 12, 10)
    days = calendar(date(2026, 11, 23), 30)
    problems = plan(chain, days)
    mystery = next(p for p in problems if p.kind == "mystery_vs_logs").branch
    curt = next(p for p in problems if p.kind == "curt_replies")
    rows = [r for day in days for r in scorecards(rng, chain, days, day, problems)]
    courtesy = lambda pick: mean(r["courtesy"] for r in rows if pick(r))  # noqa: E731
    others = courtesy(lambda r: r["branch"] not in (mystery, curt.branch))
    assert courtesy(lambda r: r["branch"] == mystery) > others
    late_curt = courtesy(lambda r: r["branch"] == curt.branch and r["channel"] == "email"
                         and r["shop_date"] >= curt.start_date)
    assert late_curt < others - 0.5
