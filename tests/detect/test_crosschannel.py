"""Cross-channel: a channel worse than its own branch's other channels, after case mix."""

from __future__ import annotations

import numpy as np
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


def _agents(rows):
    return pd.DataFrame(rows, columns=["branch", "channel", "agent", "n", "O", "E", "V"])


def test_an_agent_with_a_rare_outcome_is_judged_by_the_binomial_not_the_normal():
    """14 escalations in 55 where 9.6% are expected (all channels alike): the normal z of 3.8 read
    p = 7e-5 (x5 agents, x2 views: 7e-4, enough for a flag on a night of 1,000 tests); the binomial
    score is 3.2 (p about 6e-4 an agent, 6e-3 for the cell's test)."""
    p, cells, agents = 0.096, [], []
    for channel in ("phone", "email", "chat"):
        cells.append(("B1", channel, 275, 275 * p, 275 * p, 275 * p * (1 - p)))
    for k in range(5):
        o = 14 if k == 0 else 55 * p
        agents.append(("B1", "phone", f"a{k}", 55, o, 55 * p, 55 * p * (1 - p)))
    table = cross_channel_table(_cells(cells), 0.0, +1, binary=True, agents=_agents(agents)).set_index("channel")
    assert table.loc["phone", "agent"] == "a0"
    assert 3.1 < table.loc["phone", "agent_z"] < 3.4
    assert table.loc["phone", "p_agent"] > 2e-3


def test_the_agent_view_is_calibrated_on_in_control_cells_with_a_rare_outcome():
    """In-control cells, 5 agents of 60 contacts at 4%, the other channels 600 contacts: the Bonferroni'd
    agent view (``_worst_agent``'s score, every cell at once) gives p <= 0.01 in about 1% of cells; the
    normal z gave it three times as often as it said."""
    from scipy.stats import norm

    from consistency.detect.crosschannel import scaled_rate
    from consistency.detect.drift import count_score

    rng = np.random.default_rng(11)
    p, draws = 0.04, 20000
    counts = rng.binomial(60, p, (draws, 5)).astype(float)
    r_o = rng.binomial(600, p, draws)[:, None] / (600 * p)
    s2, s2_o = (1 - p) / (60 * p), (1 - p) / (600 * p)
    score = count_score(counts, 60, scaled_rate(np.full_like(counts, p), r_o, True), s2, s2_o)
    normal = (counts / (60 * p) - r_o) / np.sqrt(s2 + s2_o)
    p_agent, p_normal = (np.minimum(1.0, 5 * norm.sf(z.max(axis=1))) for z in (score, normal))
    assert (p_normal <= 0.01).mean() >= 2 * 0.01
    assert (p_agent <= 0.01).mean() <= 1.4 * 0.01
    assert (p_agent <= 0.001).mean() <= 1.6 * 0.001


def test_a_few_events_against_none_at_the_other_channels_are_not_a_certainty():
    # 2 blamed calls in 255 where the branch's chat and e-mail had none (8 expected there): chance, not p 1e-7
    cells = _cells([("B1", "phone", 255, 2.0, 5.1, 5.0), ("B1", "chat", 220, 0.0, 4.4, 4.3),
                    ("B1", "email", 180, 0.0, 3.6, 3.5)])
    phone = cross_channel_table(cells, 0.0, +1, binary=True).set_index("channel").loc["phone"]
    assert phone["p_value"] > 0.01 and np.isfinite(phone["z"])
    # and a real excess against none still stands out: 30 of 255
    cells.loc[0, "O"] = 30.0
    assert cross_channel_table(cells, 0.0, +1, binary=True).set_index("channel").loc["phone", "p_value"] < 1e-4
