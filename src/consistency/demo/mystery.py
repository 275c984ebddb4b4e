"""The mystery-shop vendor's weekly scorecards: scores follow each branch's real service, except where planted."""

from __future__ import annotations

import random
from datetime import date, timedelta

from consistency.demo.chain import CHANNELS, Branch
from consistency.demo.planted import Problem, Rates, adjust, inflates_mystery_scores

_SHOPPERS = ("MS-A17", "MS-B04", "MS-C22", "MS-D09", "MS-E31")
_COMMENTS = {5: "Warm greeting, clear and complete answer.", 4: "Friendly and competent.",
             3: "Correct but not very warm.", 2: "Short answers, no greeting.", 1: "Rude and unhelpful."}


def report_days(days: list[date]) -> list[date]:
    """Days the vendor delivers a file: Mondays, or the last day when the run has no Monday."""
    mondays = [d for d in days if d.weekday() == 0]
    return mondays or days[-1:]


def _score(rng: random.Random, mean: float) -> int:
    return int(min(5, max(1, round(rng.gauss(mean, 0.55)))))


def scorecards(rng: random.Random, branches: list[Branch], days: list[date], report_day: date,
               problems: list[Problem]) -> list[dict]:
    """About two shops per branch x channel over the week before ``report_day``."""
    rows = []
    window = [d for d in days if report_day - timedelta(days=7) <= d <= report_day]
    for b in branches:
        for channel in CHANNELS:
            for k in range(rng.choice((1, 2, 2, 2, 3))):
                day = rng.choice(window)
                rates = adjust(Rates(0.92, 0.75, 0.07, 0.03), problems, b.code, channel, "", day)
                if inflates_mystery_scores(problems, b.code):
                    # The branch knows the shoppers: it shines for them whatever its logs say.
                    courtesy_mean, resolution_mean = 4.7, 4.6
                else:
                    courtesy_mean, resolution_mean = 2.0 + 2.8 * rates.courtesy, 1.3 + 3.6 * rates.resolved
                greeting, courtesy = _score(rng, courtesy_mean + 0.1), _score(rng, courtesy_mean)
                rows.append({
                    "shop_id": f"MS-{report_day.strftime('%Y%m%d')}-{b.code}-{channel[:2].upper()}{k + 1}",
                    "shop_date": day.isoformat(), "branch": b.code, "channel": channel,
                    "shopper": rng.choice(_SHOPPERS), "greeting": greeting, "courtesy": courtesy,
                    "knowledge": _score(rng, 4.2), "resolution": _score(rng, resolution_mean),
                    "comments": _COMMENTS[courtesy],
                })
    return rows
