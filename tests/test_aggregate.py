"""Journey columns (first-contact resolution) and per-cell metrics with their n."""

from __future__ import annotations

import numpy as np
import pandas as pd

from consistency.aggregate import add_journey_columns, cell_metrics


def _frame(rows: list[tuple]) -> pd.DataFrame:
    cols = ["interaction_id", "customer", "started_at", "branch", "channel", "resolved", "wait_s"]
    df = pd.DataFrame(rows, columns=cols)
    df["started_at"] = pd.to_datetime(df["started_at"], utc=True)
    df["business_date"] = df["started_at"].dt.tz_localize(None).dt.normalize()
    return df


def test_repeat_within_a_week_on_any_channel_is_not_first_contact_resolution():
    df = _frame([
        ("a", "c1", "2026-01-01 10:00", "B1", "phone", 1, 30.0),
        ("b", "c1", "2026-01-05 09:00", "B1", "email", 1, np.nan),   # repeat of a, 4 days later
        ("c", "c2", "2026-01-02 10:00", "B1", "phone", 0, 20.0),     # no repeat, week observed
        ("d", None, "2026-01-02 11:00", "B1", "chat", 1, 5.0),       # unknown customer
        ("e", "c3", "2026-01-20 10:00", "B1", "phone", 1, 10.0),     # week not yet observed
        ("f", "c2", "2026-01-25 10:00", "B1", "phone", 1, 10.0),     # c2 again, 23 days later: not a repeat of c
    ])
    out = add_journey_columns(df).set_index("interaction_id")
    assert out.loc["a", "fcr"] == 0 and out.loc["a", "repeat_contacts"] == 1
    assert out.loc["c", "fcr"] == 1 and out.loc["c", "repeat_contacts"] == 0
    assert np.isnan(out.loc["d", "fcr"]) and np.isnan(out.loc["d", "repeat_contacts"])
    assert np.isnan(out.loc["e", "fcr"]) and np.isnan(out.loc["f", "fcr"])


def test_recent_contacts_are_unknown_even_when_a_repeat_was_seen():
    """Keeping only last week's repeats would fake a first-contact-resolution collapse on recent days."""
    df = _frame([("a", "c1", "2026-01-10 10:00", "B1", "phone", 1, 1.0),
                 ("b", "c1", "2026-01-11 10:00", "B1", "phone", 1, 1.0)])
    out = add_journey_columns(df)
    assert out["fcr"].isna().all()
    assert out["repeat_contacts"].tolist() == [1.0, 0.0]


def test_journey_columns_on_an_empty_frame():
    out = add_journey_columns(_frame([]))
    assert out.empty and {"fcr", "repeat_contacts"} <= set(out.columns)


def test_cell_metrics_give_each_rate_its_n_and_omit_empty_cells():
    df = _frame([
        ("a", "c1", "2026-01-05 10:00", "B1", "phone", 1, 30.0),
        ("b", "c2", "2026-01-05 11:00", "B1", "phone", 0, np.nan),
        ("c", "c3", "2026-01-05 12:00", "B1", "phone", np.nan, 10.0),
        ("d", "c4", "2026-01-06 12:00", "B1", "in_person", 1, np.nan),
    ])
    cells = cell_metrics(df, "day")
    assert list(cells.columns) == ["period_start", "branch", "channel", "metric", "n", "value"]
    res = cells[(cells["metric"] == "resolution_rate") & (cells["channel"] == "phone")].iloc[0]
    assert res["n"] == 2 and res["value"] == 0.5
    wait = cells[cells["metric"] == "wait_s"]
    assert wait["n"].tolist() == [2] and wait["value"].tolist() == [20.0]  # no in_person wait row: n would be 0
    assert (cells["n"] > 0).all()


def test_week_cells_start_on_monday():
    df = _frame([("a", "c1", "2026-01-07 10:00", "B1", "phone", 1, 1.0),   # Wednesday
                 ("b", "c2", "2026-01-11 10:00", "B1", "phone", 0, 1.0)])  # Sunday, same ISO week
    cells = cell_metrics(df, "week")
    res = cells[cells["metric"] == "resolution_rate"].iloc[0]
    assert res["period_start"] == pd.Timestamp("2026-01-05") and res["n"] == 2


def test_cell_metrics_of_nothing_is_an_empty_table():
    assert cell_metrics(pd.DataFrame(), "day").empty


def test_a_metric_that_never_varies_on_a_channel_is_not_measured_there():
    # visit logs carry no agent speech: courtesy is 0 on every in-person row, which means "unknown"
    df = _frame([(f"p{i}", f"c{i}", "2026-01-01 10:00", "B1", "phone", i % 2, 30.0) for i in range(6)]
                + [(f"v{i}", f"d{i}", "2026-01-01 11:00", "B1", "in_person", 0, 0.0) for i in range(6)])
    df["courteous"] = np.where(df["channel"] == "phone", df["resolved"], 0.0)
    cells = cell_metrics(df)
    visits = cells[cells["channel"] == "in_person"]
    assert "courtesy_rate" not in set(visits["metric"]) and "wait_s" not in set(visits["metric"])
    phone = cells[(cells["channel"] == "phone") & (cells["metric"] == "courtesy_rate")]
    assert phone["value"].iloc[0] == 0.5 and phone["n"].iloc[0] == 6
