"""CUSUM path, calibrated p-values and the binomial day score."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from consistency.detect import drift


def test_cusum_path_by_hand():
    """S_t = max(0, S_{t-1} + z_t - 0.5): z = 1, 2, -3, 1.5 gives 0.5, 2.0, 0.0, 1.0."""
    assert drift.cusum_path(np.array([1.0, 2.0, -3.0, 1.5])).tolist() == pytest.approx([0.5, 2.0, 0.0, 1.0])


def test_p_values_are_calibrated_on_fresh_null_series():
    """Independent of the null table's seed: about 5% of in-control 28-day cells get p <= 0.05."""
    rng = np.random.default_rng(123)
    stats = [drift.cusum_path(rng.standard_normal(28)).max() for _ in range(3000)]
    p = drift.cusum_p_value(np.array(stats), 28)
    assert 0.035 <= (p <= 0.05).mean() <= 0.065
    assert 0.005 <= (p <= 0.01).mean() <= 0.017


def test_p_value_falls_with_the_statistic_and_grows_with_the_horizon():
    p = drift.cusum_p_value(np.array([0.0, 2.0, 5.0, 8.0, 15.0]), 28)
    assert p[0] == 1.0 and (np.diff(p) < 0).all() and p[-1] < 1e-5
    assert drift.cusum_p_value(5.0, 7)[0] < drift.cusum_p_value(5.0, 28)[0]


def test_a_step_is_alarmed_after_it_starts_and_its_change_date_found():
    rng = np.random.default_rng(5)
    dates = pd.date_range("2026-01-01", periods=28)
    n = np.full(28, 60.0)
    rate = np.where(np.arange(28) >= 18, 0.45, 0.25)
    events = rng.binomial(60, rate).astype(float)
    days = pd.DataFrame({"date": dates, "n": n, "O": events, "E": 0.25 * n, "V": 0.25 * 0.75 * n})
    result = drift.cell_drift(days, 0.0, +1, binary=True)
    assert result["p_value"] < 1e-4
    hit = drift.alarm_index(result["path"], 1e-3)
    assert hit is not None and hit >= 18
    # the last CUSUM reset before the peak: never after the alarm, and not in the first days
    assert pd.Timestamp("2026-01-05") <= result["change_date"] <= dates[hit]


def test_one_rare_event_on_a_tiny_day_is_not_a_drift():
    z = drift.daily_z(np.array([1.0]), np.array([0.02]), np.array([0.0196]), 0.0, +1, n=np.array([1.0]))
    assert z[0] < 2.5  # mid-p of one event in one trial at 2% is ~0.99: z ~ 2.3, not (1-0.02)/0.14 = 7
    assert drift.daily_z(np.array([0.0]), np.array([0.0]), np.array([0.0]), 0.0, 1).tolist() == [0.0]


def test_chain_z_uses_the_robust_day_to_day_spread():
    r = np.r_[np.zeros(20), np.full(8, 0.05)] + np.tile([0.01, -0.01], 14)
    n = np.full(28, 10_000.0)
    z = drift.chain_z(0.3 * n + r * n, 0.3 * n, n, 0.21 * n, +1)
    assert z[-1] > 3 and abs(z[0]) < 3


def test_a_level_the_chain_keeps_all_window_is_no_chain_shift_but_a_move_from_it_is():
    rng = np.random.default_rng(2)
    n = np.full(28, 10_000.0)
    baseline = np.arange(28) < 21  # the days the case mix learnt from
    noise = rng.normal(0, 0.004, 28)
    low = drift.chain_z(0.29 * n + noise * n, 0.30 * n, n, 0.21 * n, -1, baseline)  # 1 point under all window
    assert drift.cusum_path(low).max() < 5
    assert drift.cusum_path(drift.chain_z(0.29 * n + noise * n, 0.30 * n, n, 0.21 * n, -1)).max() > 20  # uncentred
    moved = drift.chain_z((0.29 - 0.02 * ~baseline) * n + noise * n, 0.30 * n, n, 0.21 * n, -1, baseline)
    assert moved[baseline].mean() == pytest.approx(0, abs=0.5) and moved[~baseline].min() > 2


def test_a_channel_is_judged_against_the_other_channels_day_level():
    from consistency.detect.nightly import _channel_against_the_rest

    days = pd.date_range("2026-01-01", periods=4)
    rows = []
    for i, d in enumerate(days):
        for ch in ("phone", "email", "chat", "in_person"):
            jump = 0.1 if (ch == "phone" and i >= 2) else 0.0  # phone alone moves from day 3
            chain = 0.05 if i == 3 else 0.0  # and on day 4 every channel moves too
            rows.append({"channel": ch, "business_date": d, "n": 1000, "O": 1000 * (0.2 + jump + chain),
                         "E": 200.0, "V": 160.0})
    out = _channel_against_the_rest(pd.DataFrame(rows), binary=True)
    phone = out[out["channel"] == "phone"].set_index("business_date")
    excess = (phone["O"] - phone["E"]) / phone["n"]
    assert abs(excess.iloc[0]) < 1e-9 and abs(excess.iloc[2] - 0.1) < 1e-9  # the phone-only jump in full
    assert excess.iloc[3] > 0.09  # still there when the whole chain also moves ...
    email = out[out["channel"] == "email"].set_index("business_date")
    # ... while a channel that did not move is only nudged (phone is one of its three reference channels)
    assert abs((email["O"] - email["E"]).iloc[2]) / 1000 < 0.04


def test_tonight_p_values_are_calibrated_on_fresh_null_series():
    """The nightly statistic is the CUSUM on the last day: about 5% of in-control cells get p <= 0.05."""
    rng = np.random.default_rng(321)
    stats = [drift.cusum_path(rng.standard_normal(28))[-1] for _ in range(4000)]
    p = drift.cusum_p_value(np.array(stats), 28, current=True)
    assert 0.035 <= (p <= 0.05).mean() <= 0.065
    assert 0.005 <= (p <= 0.01).mean() <= 0.017


def _binary_days(rate: np.ndarray, seed: int, n: float = 43.0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2026-01-01", periods=len(rate))
    events = rng.binomial(int(n), rate).astype(float)
    return pd.DataFrame({"date": dates, "n": n, "O": events, "E": 0.35 * n, "V": 0.35 * 0.65 * n})


def test_a_drift_under_way_tonight_is_surer_than_the_same_cusum_over_the_whole_window():
    """Tonight's question costs less than re-asking every night of the window (same path, same peak)."""
    days = _binary_days(np.where(np.arange(28) >= 21, 0.45, 0.35), seed=11)
    now, whole = drift.cell_drift(days, 0.0, +1, binary=True), drift.cell_drift(days, 0.0, +1, binary=True, current=False)
    assert now["stat"] == pytest.approx(now["path"][-1])
    assert now["p_value"] < whole["p_value"] / 2
    assert now["change_date"] >= pd.Timestamp("2026-01-15")  # the last reset before tonight, not the window start


def test_a_blip_that_ended_weeks_ago_is_not_tonights_drift():
    """Three bad days three weeks ago: the window's maximum still rings, tonight's CUSUM has let go.

    (A long drift that stopped keeps tonight's CUSUM high for weeks: S falls by only k a normal day.)
    """
    rate = np.full(28, 0.35)
    rate[3:6] = 0.6
    days = _binary_days(rate, seed=12)
    assert drift.cell_drift(days, 0.0, +1, binary=True, current=False)["p_value"] < 0.01
    assert drift.cell_drift(days, 0.0, +1, binary=True)["p_value"] > 0.05


def test_the_alarm_day_uses_the_null_of_the_test_that_was_run():
    days = _binary_days(np.where(np.arange(28) >= 21, 0.55, 0.35), seed=13)
    result = drift.cell_drift(days, 0.0, +1, binary=True)
    assert result["p_value"] < 1e-3
    hit = drift.alarm_index(result["path"], 1e-3, current=True)
    assert hit is not None and 21 <= hit <= 27


def test_a_small_day_of_a_rare_event_scores_its_exact_tail_with_between_cell_variance_too():
    """30 contacts, 1% blame: two blames (3.6% of such days) read z 3.1 by the normal tail widened by
    tau2 0.05; a day scoring z >= 3 must be as rare as the normal's 0.135% (exact over every count)."""
    from scipy.stats import binom

    from consistency.detect.drift import daily_z

    n, rate, tau2 = 30, 0.01, 0.05
    counts = np.arange(n + 1, dtype=float)
    z = daily_z(counts, np.full(n + 1, n * rate), np.full(n + 1, n * rate * (1 - rate)), tau2, +1,
                np.full(n + 1, n))
    assert binom.pmf(counts, n, rate)[z >= 3].sum() <= 0.00135 * 1.5
    # and a common outcome falling short is still read by the normal score when that is the more modest one
    fewer = daily_z(np.array([12.0]), np.array([20.0]), np.array([8.0]), 0.01, -1, np.array([40.0]))
    assert 0 < fewer[0] <= (20 / 20 - 12 / 20) / np.sqrt(8 / 400 + 0.01) + 1e-9

def test_long_tailed_times_do_not_drift_by_chance_more_often_than_p_says():
    """Handle times are lognormal-like: a day's mean of a few is skewed, and a normal day score made the
    drift test's p <= 0.01 about twice as common as 1% on in-control cells; with the metric's own
    skewness (``skew``) the tail is where the p-value says."""
    rng = np.random.default_rng(2026)
    sigma, cells, days = 0.6, 2000, 28
    mean, var = np.exp(sigma**2 / 2), (np.exp(sigma**2) - 1) * np.exp(sigma**2)
    values = rng.lognormal(0.0, sigma, (cells, days, 8))  # 8 handle times a day
    n = np.full((cells, days), 8.0)
    skew = float(np.mean(((values - mean) / np.sqrt(var)) ** 3))  # what nightly.value_skew measures
    assert skew == pytest.approx((np.exp(sigma**2) + 2) * np.sqrt(np.exp(sigma**2) - 1), rel=0.15)

    def p_tonight(z: np.ndarray) -> np.ndarray:  # every cell's CUSUM at once, as cell_drift runs each
        s = np.zeros(cells)
        for t in range(days):
            s = np.maximum(0.0, s + np.clip(z[:, t], -drift.Z_CAP, drift.Z_CAP) - drift.K_REFERENCE)
        return drift.cusum_p_value(s, days, current=True)

    total = values.sum(axis=2)
    plain = p_tonight(drift.daily_z(total, n * mean, n * var, 0.0, +1))
    corrected = p_tonight(drift.daily_z(total, n * mean, n * var, 0.0, +1, n, skew))
    assert (plain <= 0.01).sum() >= 1.6 * 0.01 * cells  # the normal score's excess the test guards against
    assert (corrected <= 0.01).sum() <= 1.4 * 0.01 * cells
    assert 0.8 * 0.05 <= (corrected <= 0.05).mean() <= 1.2 * 0.05
    one = pd.DataFrame({"date": np.arange(days), "n": n[0], "O": total[0], "E": n[0] * mean, "V": n[0] * var})
    assert drift.cell_drift(one, 0.0, +1, skew=skew)["z"] == pytest.approx(corrected_z := drift.daily_z(
        total[0], n[0] * mean, n[0] * var, 0.0, +1, n[0], skew))
    assert not np.allclose(corrected_z, drift.cell_drift(one, 0.0, +1)["z"])


def test_a_count_score_reads_a_rare_outcome_in_a_small_group_as_the_binomial_does():
    """14 escalations in 55 contacts where 9.6% are expected: z = 4.0 by the normal (one-sided p 3e-5),
    3.39 by the binomial mid-p (p 3.5e-4, ten times larger); extra variance shrinks it like a normal z."""
    from scipy.stats import binom, norm

    exact = norm.isf(binom.sf(14, 55, 0.096) + 0.5 * binom.pmf(14, 55, 0.096))
    assert float(drift.count_score(14, 55, 0.096, 1.0)) == pytest.approx(exact)
    assert 3.3 < exact < 3.5
    assert float(drift.count_score(14, 55, 0.096, 1.0, 1.0)) == pytest.approx(exact / np.sqrt(2))
