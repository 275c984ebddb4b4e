"""No flag without its own evidence: headline figures from the test that raised it, a minimum n."""

from __future__ import annotations

from datetime import date

import numpy as np

from consistency.detect.evidence import MIN_FLAG_N, own_evidence
from consistency.detect.nightly import run_detection
from consistency.detect.simulate import Effect, make_chain, simulate_window
from consistency.records import Flag

END = date(2026, 3, 31)


def _flag(**kw) -> Flag:
    base = dict(type="funnel", metric="csat", branch="B1", channel="phone", agent=None, direction="worse",
                level="branch", observed=3.67, expected=3.65, n=400, lower=3.4, upper=3.9, p_value=1e-5,
                q_value=0.01, first_seen=END, sentence="s", details={})
    base.update(kw)
    return Flag(**base)


def test_a_cell_inside_its_limits_is_context_under_the_flag_that_explains_it() -> None:
    host = _flag(type="funnel", level="agent", agent="a1", observed=2.9, n=60, lower=3.2, upper=4.1,
                 sentence="agent a1 is curt")
    inside = _flag(type="cross_channel", level="agent", agent="a1")  # 3.67 vs 3.65, within 3.4-3.9
    small = _flag(type="drift", branch="B9", observed=2.0, n=20, lower=3.0, upper=4.0)  # out, but 20 values
    kept, demoted = own_evidence([host, inside, small])
    assert kept == [kept[0]] and kept[0].agent == "a1" and kept[0].observed == 2.9
    assert kept[0].details["context"][0]["observed"] == 3.67
    reasons = {d["type"]: d["reason"] for d in demoted}
    assert "within its own limits" in reasons["cross_channel"] and "20 values" in reasons["drift"]


def test_a_cell_test_raised_by_one_agent_shows_that_agents_figures() -> None:
    rng = np.random.default_rng(21)
    chain = make_chain(rng, branches=8, mean_daily=12.0)
    branch, channel = chain.branches[3], "chat"
    agent = f"{branch}-{channel}-a1"
    chain.volume[(branch, channel)] = 30.0
    frame = simulate_window(rng, chain, END, 28, (Effect("agent", "courteous", 0.35, branch, channel, agent=agent),))
    result = run_detection(frame, None, END)
    mine = [f for f in result.flags if f.metric == "courtesy_rate" and f.branch == branch]
    assert mine, [f.sentence for f in result.flags]
    flag = mine[0]
    assert flag.level == "agent" and flag.agent == agent, flag.sentence
    assert flag.observed < flag.lower and flag.n >= MIN_FLAG_N  # the agent's own figures, outside its limits
    cell = frame[(frame["branch"] == branch) & (frame["channel"] == channel) & (frame["agent"] == agent)]
    assert flag.n == len(cell)  # n is the agent's, not the cell's
    for f in result.flags:  # and no flag anywhere sits inside its own limits
        if f.type in ("funnel", "drift", "cross_channel") and f.lower is not None:
            assert not (f.lower <= f.observed <= f.upper), f.sentence
        if f.level == "agent" and f.channel is not None:  # every agent-level flag stands on that agent's contacts
            own = frame[(frame["branch"] == f.branch) & (frame["channel"] == f.channel) & (frame["agent"] == f.agent)]
            assert f.n <= len(own), f.sentence


def test_an_agent_flag_needs_the_minimum_of_its_own_values_however_small_its_p() -> None:
    """The small-cell case of issue 11: an agent's handle time flagged from 20 calls."""
    def agent_flag(kind: str, n: int) -> Flag:
        return _flag(type=kind, metric="handle_s", level="agent", agent=f"a{n}", observed=900.0, expected=400.0,
                     n=n, lower=300.0, upper=500.0, p_value=1e-9, q_value=1e-7)

    flags = [agent_flag(kind, n) for kind in ("funnel", "cross_channel", "drift") for n in (MIN_FLAG_N - 1, MIN_FLAG_N)]
    kept, demoted = own_evidence(flags)
    assert sorted((f.type, f.n) for f in kept) == sorted((k, MIN_FLAG_N) for k in ("funnel", "cross_channel", "drift"))
    assert {d["n"] for d in demoted} == {MIN_FLAG_N - 1} and len(demoted) == 3
