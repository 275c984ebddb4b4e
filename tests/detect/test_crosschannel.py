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
