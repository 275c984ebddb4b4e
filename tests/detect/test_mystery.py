"""Mystery shop vs logs: flag where shoppers and real customers disagree, with both figures."""

from __future__ import annotations

import pandas as pd

from consistency.detect.mystery import mystery_table


def _shops(scores: dict[str, list[float]]) -> pd.DataFrame:
    rows = [{"shop_id": f"{b}{i}", "shop_date": pd.Timestamp("2026-01-01"), "branch": b, "channel": "phone",
             "shopper": "p", "courtesy": s} for b, values in scores.items() for i, s in enumerate(values)]
    return pd.DataFrame(rows)


def _logs(z: dict[str, float]) -> pd.DataFrame:
    return pd.DataFrame([{"metric": "courtesy_rate", "branch": b, "channel": "phone", "z_better": v}
                         for b, v in z.items()])


def test_shoppers_happy_while_customers_meet_curt_replies_is_a_disagreement():
    shops = _shops({"A": [5, 5, 4], "B": [3, 4, 3], "C": [3, 3, 4]})
    table = mystery_table(shops, _logs({"A": -5.0, "B": 0.5, "C": 0.2})).set_index("branch")
    assert table.loc["A", "disagree"] and table.loc["A", "p_value"] < 0.01
    assert table.loc["A", "shop_mean"] > table.loc["A", "chain_shop_mean"]
    assert table.loc["B", "p_value"] > 0.05


def test_identical_scores_and_single_shops_are_defined():
    table = mystery_table(_shops({"A": [4, 4], "B": [4, 4], "C": [4]}), _logs({"A": -1.0, "B": 1.0, "C": 0.0}))
    assert set(table["branch"]) == {"A", "B"}  # C has one shop
    assert (table["z_shop"] == 0).all() and not table["disagree"].any()


def test_no_shops_no_rows():
    assert mystery_table(pd.DataFrame(), _logs({"A": 1.0})).empty
    assert mystery_table(None, _logs({"A": 1.0})).empty


def test_logs_far_out_with_shops_at_the_chain_mean_is_not_a_disagreement():
    # the logs alone being out of line is the funnel's business; a disagreement needs both sides out
    shops = _shops({"A": [4, 3, 4, 3], "B": [3, 4, 4, 3], "C": [4, 3, 3, 4]})
    table = mystery_table(shops, _logs({"A": -8.0, "B": 0.1, "C": 0.0})).set_index("branch")
    assert table.loc["A", "p_value"] > 0.2


def test_one_row_per_branch_and_criterion_over_its_channels():
    shops = pd.concat([_shops({"A": [5, 5], "B": [3, 3]}), _shops({"A": [5, 4], "B": [3, 4]}).assign(channel="chat")])
    table = mystery_table(shops, _logs({"A": -3.0, "B": 1.0}))
    assert sorted(table["branch"]) == ["A", "B"] and (table["shops"] == 4).all()
