"""The truth matcher decides what counts as a found problem and a false alarm: it must not be lenient."""

from __future__ import annotations

from consistency.demo.truth import match_flags

PLANTED = {"problems": [
    {"id": "A", "level": "agent", "agent": "ag-1", "branch": "LON", "channel": None, "metric": "blame_rate",
     "also": {"transfer_rate": 0.2}},
    {"id": "B", "level": "branch", "agent": None, "branch": "MOW", "channel": None, "metric": "courtesy_rate", "also": {}},
    {"id": "C", "level": "chain", "agent": None, "branch": None, "channel": None, "metric": "resolution_rate", "also": {}},
]}


def flag(metric: str, branch: str | None = None, channel: str | None = None, agent: str | None = None,
         direction: str = "worse") -> dict:
    return {"type": "funnel", "metric": metric, "branch": branch, "channel": channel, "agent": agent,
            "direction": direction, "level": "x"}


def test_each_problem_is_found_by_a_flag_at_its_place_and_metric() -> None:
    flags = [flag("transfer_rate", "LON", "phone", "p(ag-1)"), flag("courtesy_rate", "MOW", "email"),
             flag("resolution_rate")]
    result = match_flags(flags, PLANTED, lambda a: f"p({a})")
    assert {k: len(v) for k, v in result.matched.items()} == {"A": 1, "B": 1, "C": 1}
    assert not result.false_alarms and not result.missed


def test_wrong_place_wrong_metric_or_better_are_false_alarms() -> None:
    flags = [flag("resolution_rate", None, "email"),  # a channel claim is not the chain's problem
             flag("courtesy_rate", "BER"),            # another branch
             flag("csat", "MOW"),                     # a metric the problem does not move
             flag("courtesy_rate", "MOW", direction="better"),
             flag("blame_rate", "LON", "phone", "p(ag-2)")]  # another agent
    result = match_flags(flags, PLANTED, lambda a: f"p({a})")
    assert len(result.false_alarms) == 5 and sorted(result.missed) == ["A", "B", "C"]


def test_a_false_alarm_is_described_with_its_figures_when_it_has_them() -> None:
    figured = {**flag("csat", "MOW", "chat"), "n": 90, "observed": 0.611, "expected": 0.41, "p_value": 7.6e-4,
               "q_value": 0.035}
    result = match_flags([figured, flag("csat", "BER")], PLANTED, lambda a: f"p({a})")
    lines = result.summary().splitlines()
    assert "funnel csat MOW chat worse x (n 90, observed 0.611 vs 0.41 expected, p 0.00076, q 0.035)" in lines[-2]
    assert lines[-1].endswith("funnel csat BER worse x")  # a flag without figures is told without them
