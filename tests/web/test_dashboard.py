"""The dashboard's expected values are the case-mix ones detection tested the flags against."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from consistency.store import models as m
from consistency.store.db import make_engine, session_scope
from consistency.web import queues
from consistency.web.users import Principal

ADMIN = Principal(1, "ann", "admin", None, "s", "c")


def test_heat_map_and_league_use_the_case_mix_expected_values_of_the_flags(store_url: str) -> None:
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        nc, fr = m.NightCell, m.FlagRecord
        night = session.execute(select(func.max(nc.business_date))).scalar()
        hot = session.execute(select(nc).where(nc.business_date == night, nc.flagged,
                                               nc.metric.in_(queues.RATE_METRICS))).scalars().first()
        assert hot is not None, "detection flagged no branch x channel cell on a rate in the demo night"
        metric = hot.metric
        cells = session.execute(select(nc).where(nc.metric == metric, nc.business_date == night)).scalars().all()
        flags = session.execute(select(fr).where(
            fr.business_date == night, fr.type == "funnel", fr.metric == metric, fr.level != "agent",
            fr.branch.is_not(None), fr.channel.is_not(None))).scalars().all()
        d = queues.dashboard(session, ADMIN, metric)
    engine.dispose()
    assert cells and d["night"] == night
    # The chain's rate per channel, the old "expected"; the cell whose case mix is furthest from its channel's.
    per_channel: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for c in cells:
        per_channel[c.channel][0] += c.observed * c.n
        per_channel[c.channel][1] += c.n
    channel_rate = {ch: s / n for ch, (s, n) in per_channel.items()}
    odd = max(cells, key=lambda c: abs(c.expected - channel_rate[c.channel]))
    assert abs(odd.expected - channel_rate[odd.channel]) > 0.01, "no cell's case mix differs from its channel's"
    shown = d["heat"][odd.branch][odd.channel]
    assert shown["expected"] == queues.fmt(metric, odd.expected) != queues.fmt(metric, channel_rate[odd.channel])
    assert shown["n"] == odd.n
    assert abs(shown["ratio"] - odd.observed / odd.expected) < 1e-9
    # The cell detection flagged reads as detection tested it, and is coloured as off its expected value.
    cell = d["heat"][hot.branch][hot.channel]
    assert (cell["observed"], cell["expected"], cell["n"]) == (queues.fmt(metric, hot.observed),
                                                               queues.fmt(metric, hot.expected), hot.n)
    assert cell["colour"] != "rgb(255,255,255)" and abs(cell["ratio"] - 1) > 0.05
    # Every cell flag of the night reads the same on the heat map as in the queue.
    for f in flags:
        cell = d["heat"][f.branch][f.channel]
        assert (cell["observed"], cell["expected"]) == (queues.fmt(metric, f.observed), queues.fmt(metric, f.expected))
    # The league table's expected is the branch's cells' case-mix expected, weighted by n.
    row = next(r for r in d["league"] if r["branch"] == odd.branch)
    mine = [c for c in cells if c.branch == odd.branch]
    assert row["expected"] == queues.fmt(metric, sum(c.expected * c.n for c in mine) / sum(c.n for c in mine))
