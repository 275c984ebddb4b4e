"""One problem, one flag: tests of one cell, channels of one branch and metrics of one agent merge."""

from __future__ import annotations

from datetime import date

from consistency.detect.consolidate import (consolidate, fold_agents_into_branch_moves, merge_agent_metrics,
                                            merge_branch_channels, merge_cell_tests)
from consistency.records import Flag


def _flag(kind: str = "funnel", metric: str = "resolution_rate", branch: str | None = "MOW", channel: str | None = "phone",
          agent: str | None = None, level: str = "branch", q: float = 0.01, n: int = 100, observed: float = 0.5,
          expected: float = 0.7, first: date = date(2026, 11, 1), direction: str = "worse") -> Flag:
    return Flag(kind, metric, branch, channel, agent, direction, level, observed, expected, n, 0.6, 0.8, q / 10, q,
                first, f"{branch} {channel} {metric}", {"top_interactions": [f"{branch}-{channel}-{metric}"]})


def test_funnel_drift_and_cross_channel_of_one_cell_are_one_flag_with_the_strongest_evidence():
    flags = [_flag("funnel", q=0.02), _flag("drift", q=0.001, first=date(2026, 11, 9)), _flag("cross_channel", q=0.03),
             _flag("funnel", channel="chat", q=0.04)]
    merged = merge_cell_tests(flags)
    phone = [f for f in merged if f.channel == "phone"]
    assert len(merged) == 2 and len(phone) == 1
    assert phone[0].type == "drift" and phone[0].q_value == 0.001
    assert [t["type"] for t in phone[0].details["tests"]] == ["drift", "funnel", "cross_channel"]
    assert phone[0].first_seen == date(2026, 11, 1)  # the earliest view of the problem
    assert phone[0].details["drift_alarm"] == "2026-11-09"  # and the day the drift monitor rang


def test_opposite_directions_are_not_merged():
    assert len(merge_cell_tests([_flag(), _flag("drift", direction="better")])) == 2


def test_a_branch_problem_in_most_of_its_channels_is_one_branch_flag():
    flags = [_flag(channel=c, q=q, n=100, observed=o) for c, q, o in
             (("phone", 0.01, 0.5), ("email", 0.001, 0.4), ("chat", 0.02, 0.6))]
    merged = merge_branch_channels(flags, {("resolution_rate", "MOW"): 4})
    assert len(merged) == 1
    flag = merged[0]
    assert flag.channel is None and flag.branch == "MOW" and flag.n == 300 and flag.q_value == 0.001
    assert abs(flag.observed - 0.5) < 1e-9 and sorted(c["channel"] for c in flag.details["channels"]) == ["chat", "email", "phone"]
    assert "3 channels" in flag.sentence


def test_a_problem_in_one_or_half_of_the_channels_stays_per_channel():
    one = [_flag(channel="email")]
    half = [_flag(channel="email"), _flag(channel="chat")]
    assert merge_branch_channels(one, {("resolution_rate", "MOW"): 4})[0].channel == "email"
    assert len(merge_branch_channels(half, {("resolution_rate", "MOW"): 4})) == 2
    # with two measured channels, both flagged is "every channel"
    assert len(merge_branch_channels(half, {("resolution_rate", "MOW"): 2})) == 1


def test_one_agent_out_on_several_metrics_is_one_agent_flag():
    flags = [_flag(metric=m, branch="LON", agent="ag-1", level="agent", q=q) for m, q in
             (("blame_rate", 0.0001), ("transfer_rate", 0.001), ("resolution_rate", 0.01))]
    flags.append(_flag(metric="blame_rate", branch="LON", agent="ag-2", level="agent"))
    merged = merge_agent_metrics(flags)
    assert len(merged) == 2
    one = next(f for f in merged if f.agent == "ag-1")
    assert one.metric == "blame_rate" and [m["metric"] for m in one.details["metrics"]] == \
        ["blame_rate", "transfer_rate", "resolution_rate"]


def test_consolidation_never_adds_a_flag_and_leaves_chain_and_mystery_flags_alone():
    flags = [_flag("chain_shift", branch=None, channel=None, level="chain"),
             _flag("mystery_vs_logs", metric="ms_courtesy", channel=None),
             _flag(channel="phone"), _flag("drift", channel="phone")]
    merged = consolidate(flags, {})
    assert len(merged) == 3 and {f.type for f in merged} >= {"chain_shift", "mystery_vs_logs"}


def test_a_branch_flag_carried_by_a_flagged_agent_joins_that_agents_flag():
    agent = _flag(metric="blame_rate", branch="LON", agent="ag-1", level="agent", q=0.0001)
    carried = _flag(metric="resolution_rate", branch="LON", level="branch", q=0.01)
    carried.details.update(top_agent="ag-1", top_agent_z=3.1)
    elsewhere = _flag(metric="resolution_rate", branch="LON", channel="chat", level="branch", q=0.01)
    elsewhere.details.update(top_agent="ag-1", top_agent_z=3.1)  # not the agent's cell
    merged = merge_agent_metrics([agent, carried, elsewhere])
    assert len(merged) == 2
    one = next(f for f in merged if f.agent == "ag-1")
    assert one.level == "agent" and {m["metric"] for m in one.details["metrics"]} == {"blame_rate", "resolution_rate"}


def test_a_merged_cell_keeps_the_agent_one_of_its_views_found_with_the_agents_own_figures():
    funnel = _flag("funnel", branch="LON", level="agent", agent="ag-1", q=0.01, n=40, observed=0.3, expected=0.7)
    cross = _flag("cross_channel", branch="LON", level="branch", q=0.001, n=400, observed=0.66, expected=0.7)
    merged = merge_cell_tests([funnel, cross])
    assert len(merged) == 1 and merged[0].level == "agent" and merged[0].agent == "ag-1"
    # an agent-level flag stands on the agent's own test and figures, not on the cell's stronger test
    assert (merged[0].q_value, merged[0].n, merged[0].observed) == (0.01, 40, 0.3)
    assert [t["type"] for t in merged[0].details["tests"]] == ["cross_channel", "funnel"]  # the cell's view: context


def test_a_channel_drift_that_began_with_a_chain_shift_joins_it():
    from dataclasses import replace

    from consistency.detect.consolidate import merge_moves

    shift = _flag("chain_shift", "escalation_rate", None, None, level="chain", q=1e-5, n=8000, observed=0.15, expected=0.10)
    shift = replace(shift, details={"change_date": "2026-11-10"})
    with_it = replace(_flag("drift", "escalation_rate", None, "chat", level="channel", q=0.03, n=2000,
                            observed=0.17, expected=0.10), details={"change_date": "2026-11-12"})
    later = replace(_flag("drift", "escalation_rate", None, "email", level="channel", q=0.03),
                    details={"change_date": "2026-11-20"})
    other_metric = replace(_flag("drift", "negative_rate", None, "chat", level="channel", q=0.03),
                           details={"change_date": "2026-11-10"})
    merged = merge_moves([shift, with_it, later, other_metric])
    assert len(merged) == 3
    chain = next(f for f in merged if f.type == "chain_shift")
    assert [c["channel"] for c in chain.details["channels"]] == ["chat"]
    assert {(f.metric, f.channel) for f in merged if f.type == "drift"} == {("escalation_rate", "email"),
                                                                          ("negative_rate", "chat")}


def _move(kind, branch, channel, start, n, observed, expected, level="branch", metric="blame_rate"):
    from dataclasses import replace

    return replace(_flag(kind, metric, branch, channel, level=level, n=n, observed=observed, expected=expected),
                   details={"change_date": start})


def test_a_channel_drift_carried_by_one_flagged_cell_is_that_cells_context():
    """One branch's chat blame drift (300 contacts, +10 points) lifts chat pooled over 12 branches
    (2,000 contacts, +2.4 points): the channel flag said "chat everywhere"; it is the cell's echo."""
    cell = _move("drift", "B10", "chat", "2026-11-20", 300, 0.14, 0.04)
    channel = _move("drift", None, "chat", "2026-11-21", 2000, 0.061, 0.037, level="channel")
    merged = consolidate([cell, channel], {})
    assert [(f.branch, f.channel) for f in merged] == [("B10", "chat")]
    assert merged[0].details["context"][0]["level"] == "channel" and merged[0].details["context"][0]["n"] == 2000


def test_a_cell_drift_inside_its_channels_broad_drift_joins_the_channel_flag():
    """A chat drift in every branch shows in each chat cell; a cell with a twelfth of it is part of that move."""
    channel = _move("drift", None, "chat", "2026-11-20", 2400, 0.38, 0.28, level="channel", metric="negative_rate")
    cell = _move("drift", "B06", "chat", "2026-11-21", 290, 0.40, 0.28, metric="negative_rate")
    elsewhere = _move("drift", "B06", "phone", "2026-11-21", 290, 0.40, 0.28, metric="negative_rate")
    unrelated_start = _move("drift", "B07", "chat", "2026-11-02", 290, 0.40, 0.28, metric="negative_rate")
    merged = consolidate([channel, cell, elsewhere, unrelated_start], {})
    assert {(f.branch, f.channel) for f in merged} == {(None, "chat"), ("B06", "phone"), ("B07", "chat")}
    chat = next(f for f in merged if f.branch is None)
    assert [(c["branch"], c["channel"]) for c in chat.details["context"]] == [("B06", "chat")]


def test_a_cell_drift_that_began_with_the_chains_shift_is_part_of_it():
    shift = _move("chain_shift", None, None, "2026-11-20", 8000, 0.15, 0.10, level="chain", metric="escalation_rate")
    cell = _move("drift", "B01", "chat", "2026-11-19", 750, 0.142, 0.099, metric="escalation_rate")
    merged = consolidate([shift, cell], {})
    assert [f.type for f in merged] == ["chain_shift"]
    assert merged[0].details["context"][0]["branch"] == "B01"

def test_a_cross_channel_agent_in_a_branch_flagged_on_that_metric_is_that_flags_context():
    branch_email = _flag(channel="email", q=0.001)
    agent_phone = _flag("cross_channel", channel="phone", agent="ag-1", level="agent", q=0.02)
    funnel_agent = _flag("funnel", channel="chat", agent="ag-2", level="agent", q=0.03)  # against the chain: its own
    other_metric = _flag("cross_channel", metric="courtesy_rate", channel="phone", agent="ag-3", level="agent")
    better = _flag("cross_channel", channel="chat", agent="ag-4", level="agent", direction="better")
    elsewhere = _flag("cross_channel", branch="LED", channel="phone", agent="ag-5", level="agent")
    out = fold_agents_into_branch_moves([branch_email, agent_phone, funnel_agent, other_metric, better, elsewhere])
    assert [f.agent for f in out] == [None, "ag-2", "ag-3", "ag-4", "ag-5"]
    context = out[0].details["context"]
    assert [(c["type"], c["branch"], c["agent"]) for c in context] == [("cross_channel", "MOW", "ag-1")]
    assert context[0]["q_value"] == 0.02
    assert fold_agents_into_branch_moves([agent_phone, elsewhere]) == [agent_phone, elsewhere]  # no branch flag: kept
