"""Cross-channel: a channel worse than its own branch's other channels, after case mix."""

from __future__ import annotations

import pandas as pd

from consistency.detect.crosschannel import cross_channel_table


def _cells(rows):
    return pd.DataFrame(rows, columns=["branch", "channel", "n", "O", "E", "V"])


def test_the_inconsistent_channel_gets_the_smallest_p():
    cells = _cells([("B1", "phone", 400, 200, 200, 100), ("B1", "email", 400, 200, 200, 100),
                    ("B1", "chat", 400, 260, 200, 100), ("B2", "phone", 400, 200, 200, 100)])
    table = cross_channel_table(cells, 0.0, +1).set_index("channel")
    assert set(table["branch"]) == {"B1"}  # B2 has one channel: nothing to compare
    assert table.loc["chat", "p_value"] < 1e-6 and table.loc["phone", "p_value"] > 0.5
    assert table.loc["chat", "expected"] == 200 * (400 / 400) / 400 * (400 / 400)  # E_c * R_others / n


def test_a_branch_that_is_uniformly_bad_is_consistent():
    cells = _cells([("B1", c, 400, 260, 200, 100) for c in ("phone", "email", "chat")])
    assert (cross_channel_table(cells, 0.0, +1)["p_value"] == 0.5).all()


def test_small_cells_are_not_tested():
    cells = _cells([("B1", "phone", 5, 5, 2, 1), ("B1", "email", 400, 200, 200, 100)])
    assert cross_channel_table(cells, 0.0, +1).empty


def test_the_expected_value_of_a_rate_stays_a_rate():
    # a branch whose other channels run 14% above expectation: its chat's expected courtesy must not be 108%
    cells = pd.DataFrame({"branch": "B", "channel": ["chat", "phone", "email"], "n": [1000, 1000, 1000],
                          "O": [900.0, 999.0, 999.0], "E": [950.0, 876.0, 876.0], "V": [47.5, 108.0, 108.0]})
    table = cross_channel_table(cells, 0.0, -1, binary=True).set_index("channel")
    assert (table["expected"] <= 1).all() and (table["expected"] >= 0).all()
    assert table.loc["chat", "expected"] > table.loc["chat", "cell_expected"]  # still moved up with its branch
    assert table.loc["chat", "p_value"] < 0.001


def _agents(rows):
    return pd.DataFrame(rows, columns=["branch", "channel", "agent", "n", "O", "E", "V"])


def test_one_agent_out_of_step_raises_the_test_through_the_agent_view():
    # chat is a little worse than phone and email as a whole, all of it from agent a1 (90 of 100 vs 50 expected)
    cells = _cells([("B1", "phone", 400, 200, 200, 100), ("B1", "email", 400, 200, 200, 100),
                    ("B1", "chat", 400, 240, 200, 100)])
    agents = _agents([("B1", "chat", "a1", 100, 90, 50, 25), ("B1", "chat", "a2", 100, 50, 50, 25),
                      ("B1", "chat", "a3", 100, 50, 50, 25), ("B1", "chat", "a4", 100, 50, 50, 25)])
    chat = cross_channel_table(cells, 0.0, +1, agents=agents).set_index("channel").loc["chat"]
    assert chat["by_agent"] and chat["agent"] == "a1" and chat["agent_n"] == 100
    assert chat["agent_observed"] == 0.9 and chat["agent_expected"] == 0.5  # the agent's own figures
    assert chat["p_agent"] < chat["p_cell"]
    # one test per cell: twice the smaller view's p (Bonferroni over the two views)
    assert chat["p_value"] == min(1.0, 2 * chat["p_agent"])


def test_a_channel_out_as_a_whole_is_raised_by_the_cell_view_and_costs_the_agent_view_a_factor_two():
    cells = _cells([("B1", "phone", 400, 200, 200, 100), ("B1", "email", 400, 200, 200, 100),
                    ("B1", "chat", 400, 260, 200, 100)])
    agents = _agents([("B1", "chat", f"a{k}", 100, 65, 50, 25) for k in range(4)])
    chat = cross_channel_table(cells, 0.0, +1, agents=agents).set_index("channel").loc["chat"]
    assert not chat["by_agent"] and chat["p_value"] == 2 * chat["p_cell"]
    alone = cross_channel_table(cells, 0.0, +1).set_index("channel").loc["chat"]  # no agents known: the cell alone
    assert alone["p_value"] == alone["p_cell"] and alone["agent"] is None


def _null_branches(rng, branches: int, rate: float, per_agent: int,
                   agents: int = 4) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Branches of two channels whose agents all share one rate of a rare event (cells and agents tables)."""
    rows, cells = [], []
    for b in range(branches):
        for channel in ("phone", "chat"):
            counts = rng.binomial(per_agent, rate, agents)
            rows += [(f"B{b}", channel, f"a{k}", per_agent, float(c), per_agent * rate, per_agent * rate * (1 - rate))
                     for k, c in enumerate(counts)]
            n = per_agent * agents
            cells.append((f"B{b}", channel, n, float(counts.sum()), n * rate, n * rate * (1 - rate)))
    return _cells(cells), _agents(rows)


def test_the_agent_view_of_a_rare_event_is_calibrated_under_the_null():
    """Forty contacts an agent, 3% escalations (1.2 expected): four or five are ordinary, yet the normal
    tail read five as z 3.5 and flagged chance agents three times as often as the nominal level."""
    import numpy as np

    cells, agents = _null_branches(np.random.default_rng(2), branches=800, rate=0.03, per_agent=40)
    table = cross_channel_table(cells, 0.0, +1, binary=True, agents=agents)
    assert table["p_agent"].notna().all()
    # 1,600 cells: the share at 1% has a standard error of 0.25 points (the normal view gave 3.1%)
    for level in (0.01, 0.05):
        assert (table["p_agent"] <= level).mean() <= level * 1.3, level
