"""The watch list: calibrated false-alarm rate, early drift alarms, promotion, and bad input."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from consistency.detect import watch
from consistency.detect.nightly import run_detection
from consistency.detect.simulate import Effect, make_chain, simulate_window, true_probability
from consistency.records import Flag

END = date(2026, 3, 31)


def _null_series(rng: np.random.Generator, k: int, binary: bool, days: int = 28) -> tuple[watch.Series, list[np.ndarray]]:
    """An in-control series built from its contacts, as ``build_series`` sums them, and its contacts.

    Rates: every contact has its own expected probability, spread widely within a day (so the day's
    count is Poisson-binomial, narrower than Binomial(n, mean p)). Times: every contact has its own
    gamma shape. Cells are small to middling (the minimum evidence since an onset matters) and some
    are closed at weekends.
    """
    daily = float(rng.choice([4.0, 7.0, 12.0, 30.0]))
    n = rng.poisson(daily, days)
    if k % 3 == 0:
        n[5::7] = 0
        n[6::7] = 0
    worse = 1 if k % 2 else -1
    log_r = np.log(watch.ODDS_RATIO if binary else watch.TIME_RATIO) * worse
    centre = rng.uniform(0.2, 0.8)
    contacts = [np.clip(rng.uniform(centre - 0.3, centre + 0.3, c), 0.02, 0.98) if binary
                else rng.uniform(0.5, 4.0, c) for c in n]  # p per contact, or gamma shape per contact
    if binary:
        a = np.array([c.mean() if len(c) else 0.0 for c in contacts])
        b = np.array([np.log(1 - c + np.exp(log_r) * c).sum() for c in contacts])
        v = np.array([(c * (1 - c)).sum() for c in contacts])
    else:
        a, b, v = np.array([c.sum() for c in contacts]), np.zeros(days), None
    first = int(np.flatnonzero(n > 0)[0])
    return (watch.Series("m", f"B{k}", "C", binary, np.zeros(days), n.astype(float), np.zeros(days), np.zeros(days),
                         a, b, float(log_r), first, v), contacts)


def _listed_tonight(rng: np.random.Generator, s: watch.Series, contacts: list[np.ndarray], h: float,
                    nights: int) -> int:
    """Fresh in-control windows of the series, drawn contact by contact, through ``episodes``: nights on the list."""
    flat = np.concatenate(contacts)
    day = np.repeat(np.arange(len(contacts)), [len(c) for c in contacts])
    if s.binary:
        per_contact = (rng.random((nights, len(flat))) < flat) * s.log_r
    else:  # y / mu ~ Gamma(shape, 1/shape) per contact; the CUSUM adds shape * ratio * (1 - 1/R) - shape log R
        per_contact = rng.gamma(flat, size=(nights, len(flat))) * (1 - np.exp(-s.log_r)) - flat * s.log_r
    days = np.zeros((nights, len(contacts)))
    np.add.at(days, (slice(None), day), per_contact)
    llr = days - s.sim_b
    start = pd.Timestamp(END) - pd.Timedelta(days=len(contacts) - 1)
    return sum(any(i.status == "watching" for i in watch.episodes(replace(s, llr=one), h, start, END)) for one in llr)


@pytest.mark.parametrize("binary", [True, False])
def test_threshold_puts_the_set_number_of_false_items_on_tonights_list(binary: bool) -> None:
    """Realised on-list rate of in-control windows, counted by ``episodes`` as the live list is, against the setting.

    The earlier calibration (Binomial(n, mean p), days resampled over a long run, the evidence
    minimum ignored) put about half the setting on the list here, since it simulated a noisier
    process than the real one and counted nights the list never shows.
    """
    rng = np.random.default_rng(5)
    built = [_null_series(rng, k, binary) for k in range(40)]
    series = [s for s, _ in built]
    rate = 4.0  # 0.1 per series: large, so that a few hundred independent windows can check it
    h = watch.thresholds(series, rate)
    check = np.random.default_rng(99)  # a different stream from the calibration's
    nights = 300
    listed = sum(_listed_tonight(check, s, c, hs, nights) for (s, c), hs in zip(built, h)) / nights
    # standard error about sqrt(4 / 300) = 0.12: the band is about 3 of them
    assert 0.9 * rate - 0.35 <= listed <= 1.1 * rate + 0.35, f"{listed:.2f} false items a night against a setting of {rate}"
    assert np.all(h >= watch.MIN_THRESHOLD)


def test_series_that_cannot_spend_their_share_leave_it_to_the_others() -> None:
    rng = np.random.default_rng(8)
    busy = [_null_series(rng, k, True)[0] for k in range(10)]
    silent = replace(busy[0], branch="QUIET", n=np.where(np.arange(28) < 14, busy[0].n, 0.0))  # silent for 14 days
    stat = watch.listed_statistic([silent], 256)
    assert np.all(stat == 0)  # retired for silence: never on tonight's list
    assert watch.thresholds(busy + [silent], 2.0)[-1] == watch.MIN_THRESHOLD
    reach = (watch.listed_statistic(busy + [silent]) >= watch.MIN_THRESHOLD).mean(axis=1)
    a = watch._per_series_rate(reach, 2.0)
    assert a > 2.0 / 11  # the silent series' share is spent by the others, not lost
    assert np.minimum(reach, a).sum() == pytest.approx(2.0)
    assert watch._per_series_rate(np.array([0.0, 0.05, 1.0, 1.0]), 0.65) == pytest.approx(0.3)


def test_metric_weights_split_the_budget_in_proportion_and_keep_its_total() -> None:
    """A weight-3 metric's series are on the list 3x as often by chance as a weight-1 metric's; the total stays the setting."""
    rng = np.random.default_rng(12)
    built = [_null_series(rng, k, True) for k in range(40)]
    built = [(replace(s, metric="heavy" if k % 2 else "light"), c) for k, (s, c) in enumerate(built)]
    series = [s for s, _ in built]
    rate, weights = 4.0, {"heavy": 3.0}
    info: dict = {}
    h = watch.thresholds(series, rate, info=info, weights=weights)
    even = watch.thresholds(series, rate, weights={})
    heavy = np.array([s.metric == "heavy" for s in series])
    assert info["weights"] == {"heavy": 3.0} and info["per_series_rate"] == pytest.approx(rate / 80)
    assert np.all(h[heavy] <= even[heavy]) and np.all(h[~heavy] >= even[~heavy])
    check = np.random.default_rng(98)
    nights = 300
    listed = np.array([_listed_tonight(check, s, c, hs, nights) for (s, c), hs in zip(built, h)]) / nights
    # expected 3.0 a night from the heavy half (20 x 0.15) and 1.0 from the light half (20 x 0.05)
    assert 2.5 <= listed[heavy].sum() <= 3.5 and 0.7 <= listed[~heavy].sum() <= 1.3, listed
    assert 0.9 * rate - 0.35 <= listed.sum() <= 1.1 * rate + 0.35


def test_weighted_shares_spend_the_budget_left_by_series_that_cannot() -> None:
    reach = np.array([0.0, 0.05, 1.0, 1.0])
    weights = np.array([1.0, 1.0, 1.0, 3.0])
    a = watch._per_series_rate(reach, 0.65, weights)
    assert a == pytest.approx(0.15)  # 0.05 spent by the second series, 0.6 shared 1:3 by the last two
    assert np.minimum(reach, a * weights).sum() == pytest.approx(0.65)
    assert watch._per_series_rate(reach, 0.65, np.ones(4)) == watch._per_series_rate(reach, 0.65)


def test_watch_weights_setting_is_read_and_checked(monkeypatch) -> None:
    from consistency.config import Settings, parse_weights

    assert parse_weights("resolution_rate=3, csat=0.5") == (("resolution_rate", 3.0), ("csat", 0.5))
    for bad in ("resolution=3", "resolution_rate", "resolution_rate=0", "resolution_rate=-1", "csat=inf"):
        with pytest.raises(ValueError):
            parse_weights(bad)
    monkeypatch.setenv("CONSISTENCY_WATCH_WEIGHTS", "resolution_rate=1")
    assert Settings.from_env().watch_weights == (("resolution_rate", 1.0),)
    monkeypatch.delenv("CONSISTENCY_WATCH_WEIGHTS")
    assert Settings.from_env().watch_weights is None


def _drift_chain(seed: int, size: float = 0.10, start_day: int = 21) -> tuple[pd.DataFrame, tuple[str, str]]:
    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=6, mean_daily=12.0)
    cell = (chain.branches[1], "phone")
    chain.volume[cell] = 300 / 7
    frame = simulate_window(rng, chain, END, 28, (Effect("branch", "resolved", size, *cell, start_day=start_day),))
    return frame, cell


@pytest.fixture(scope="module")
def drifting() -> tuple[object, tuple[str, str]]:
    frame, cell = _drift_chain(3)
    return run_detection(frame, None, END), cell


def test_a_ten_point_drift_at_300_a_week_is_on_the_watch_list_within_a_week(drifting) -> None:
    result, cell = drifting
    mine = [i for i in result.watch if i.metric == "resolution_rate" and (i.branch, i.channel) == cell
            and i.status in ("watching", "promoted")]
    assert mine, [(i.metric, i.branch, i.channel, i.status) for i in result.watch]
    item = mine[0]
    onset = pd.Timestamp(END) - pd.Timedelta(days=6)  # start_day 21 of 28
    assert item.alarm_date >= item.onset_date
    # the CUSUM's change point: where it last left zero, which chance can put a few days early
    assert -7 <= (pd.Timestamp(item.onset_date) - onset).days <= 3, item.onset_date
    assert item.size < -0.04 and item.n >= watch.MIN_WATCH_N
    assert item.cusum >= item.threshold > 0
    assert result.watch_info["series"] > 0 and result.watch_info["rate"] == watch.WATCH_RATE
    assert result.watch_info["weights"] == watch.WATCH_WEIGHTS


def test_watch_weights_move_the_thresholds_and_leave_the_flags_alone(drifting) -> None:
    """The split changes which series warn sooner; the flags come from the FDR tests and must not change."""
    result, cell = drifting
    even = run_detection(_drift_chain(3)[0], None, END, watch_weights={})
    assert even.watch_info["weights"] == {} and result.watch_info["weights"] == {"resolution_rate": 3.0}
    assert [f.sentence for f in even.flags] == [f.sentence for f in result.flags]
    assert [f.sentence for f in even.bright_spots] == [f.sentence for f in result.bright_spots]

    def threshold(r, metric: str) -> list[float]:
        return sorted({i.threshold for i in r.watch if i.metric == metric and (i.branch, i.channel) == cell})

    # the drifting resolution series is listed under both splits, with a lower threshold when resolution weighs 3
    assert threshold(result, "resolution_rate") and threshold(even, "resolution_rate")
    assert threshold(result, "resolution_rate")[0] < threshold(even, "resolution_rate")[0]


def test_flags_stand_on_their_own_figures_and_better_cells_are_bright_spots_not_flags(drifting) -> None:
    result, _ = drifting
    for f in result.flags:
        assert f.direction == "worse", f.sentence
        if f.type in ("funnel", "drift", "cross_channel") and f.lower is not None:
            assert not (f.lower <= f.observed <= f.upper), f"{f.sentence}: inside its own limits"
            assert f.n >= 30, f.sentence
    assert all(f.direction == "better" for f in result.bright_spots)


def test_a_better_cell_is_a_bright_spot() -> None:
    rng = np.random.default_rng(11)
    chain = make_chain(rng, branches=8, mean_daily=12.0)
    cell = (chain.branches[2], "chat")
    chain.volume[cell] = 40.0
    # a negative size moves the outcome the *better* way: 12 more points of resolution all window
    frame = simulate_window(rng, chain, END, 28, (Effect("branch", "resolved", -0.12, *cell),))
    result = run_detection(frame, None, END)
    spots = [(f.metric, f.branch, f.channel) for f in result.bright_spots]
    assert ("resolution_rate", *cell) in spots, spots
    spot = next(f for f in result.bright_spots if (f.metric, f.branch, f.channel) == ("resolution_rate", *cell))
    assert spot.observed > spot.upper and spot.n >= 30 and spot.q_value <= result.fdr  # the same statistics as a flag
    assert not any(f.branch == cell[0] and f.metric == "resolution_rate" for f in result.flags)


def _flag(**kw) -> Flag:
    base = dict(type="funnel", metric="csat", branch="B1", channel="phone", agent=None, direction="worse",
                level="branch", observed=3.67, expected=3.65, n=400, lower=3.4, upper=3.9, p_value=1e-5,
                q_value=0.01, first_seen=END, sentence="s", details={})
    base.update(kw)
    return Flag(**base)


def test_promotion_needs_a_flag_on_the_same_cell_and_metric() -> None:
    item = watch.WatchItem("resolution_rate", "B1", "phone", "watching", END, END, 50, 0.6, 0.7, -0.1, 8.0, 6.0, 8.0)
    other = _flag(metric="resolution_rate", branch="B2", channel="phone", observed=0.5, expected=0.7)
    assert watch.promote([item], [other])[0].status == "watching"
    branch_wide = _flag(metric="resolution_rate", branch="B1", channel=None, observed=0.5, expected=0.7)
    assert watch.promote([item], [branch_wide])[0].status == "promoted"
    assert item.promoted_by == branch_wide.sentence


# --- bad input: defined behaviour, no division by zero, no watch item from noise

def _quiet_frame(seed: int = 2) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return simulate_window(rng, make_chain(rng, branches=4, mean_daily=6.0), END, 28)


def _per_metric(frame: pd.DataFrame, column: str, metric: str, binary: bool) -> dict:
    """The simulation's own expectations (what a perfect case-mix model would give)."""
    y = pd.to_numeric(frame[column], errors="coerce").to_numpy(float)
    ok = np.isfinite(y)
    if binary:
        e = np.where(ok, true_probability(frame, column), np.nan)
        v = e * (1 - e)
    else:  # lognormal(5.5, 0.5) handle times
        e = np.where(ok, np.exp(5.5 + 0.125), np.nan)
        v = np.where(ok, np.exp(11 + 0.25) * (np.exp(0.25) - 1), np.nan)
    if np.all(y[ok] == y[ok][0]) if ok.any() else True:
        v = np.where(ok, 0.0, np.nan)  # nothing varies: the model's variance is 0
    return {metric: {"y": y, "e": e, "v": v, "sign": -1 if metric == "resolution_rate" else 1, "tau2": 0.0}}


@pytest.mark.parametrize("case", ["mid_window_cell", "metric_stops", "empty_day", "tiny_cells", "constant"])
def test_bad_input_has_defined_behaviour_and_raises_no_watch_item(case: str) -> None:
    frame = _quiet_frame()
    column, metric, binary = "resolved", "resolution_rate", True
    if case == "mid_window_cell":  # a new branch opens for the last 4 days, all bad
        new = frame[frame["business_date"] > pd.Timestamp(END) - pd.Timedelta(days=4)].head(12).copy()
        new["branch"], new["resolved"] = "NEW", 0.0
        frame = pd.concat([frame, new], ignore_index=True)
    elif case == "metric_stops":  # handle times stop being recorded in one cell 10 days before the end
        column, metric, binary = "handle_s", "handle_s", False
        stop = (frame["branch"] == "B00") & (frame["business_date"] > pd.Timestamp(END) - pd.Timedelta(days=10))
        frame.loc[stop, "handle_s"] = np.nan
    elif case == "empty_day":
        frame = frame[frame["business_date"] != pd.Timestamp(END) - pd.Timedelta(days=3)]
    elif case == "tiny_cells":  # a cell with one contact a week
        keep = (frame["branch"] != "B01") | (frame.groupby("branch").cumcount() % 40 == 0)
        frame = frame[keep]
    elif case == "constant":  # every value the same: nothing varies, nothing to watch
        frame = frame.assign(resolved=1.0)
    frame = frame.reset_index(drop=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # a division by zero would raise here
        items, info = watch.watch_list(frame, _per_metric(frame, column, metric, binary),
                                       np.ones(len(frame), bool), END, rate=0.05)
    # a 0.05 rate: with ~20 series a false item would be a 1-in-20 event, so any item is the input's doing
    assert info["series"] >= 0
    live = [i for i in items if i.status != "retired"]
    assert not live, [(i.metric, i.branch, i.channel, i.n, i.cusum) for i in live]
    for i in items:
        assert i.n >= watch.MIN_WATCH_N and np.isfinite(i.cusum)


def test_no_data_at_all_gives_an_empty_list() -> None:
    items, info = watch.watch_list(pd.DataFrame(), {}, np.ones(0, bool), END)
    assert items == [] and info["series"] == 0
    assert watch.thresholds([], 1.0).size == 0


def test_the_simulated_day_sum_has_the_datas_spread_and_skew() -> None:
    """Times and scores: the day's sum is drawn with the variance and third moment given, either sign of skew."""
    v = np.array([[4.0, 4.0, 4.0, 9.0]])
    m3 = np.array([[8.0, -6.0, 0.0, 2 * 9.0]])  # gamma-like, left-skewed (a bounded score), none, gamma
    shape, scale, sign = watch._three_moment_gamma(v, m3)
    rng = np.random.default_rng(1)
    draws = sign[..., None] * (rng.gamma(shape[..., None], size=(1, 4, 400_000)) - shape[..., None]) * scale[..., None]
    centred = draws - draws.mean(axis=-1, keepdims=True)
    assert np.allclose(draws.mean(axis=-1), 0.0, atol=0.02)
    assert np.allclose((centred**2).mean(axis=-1), v, rtol=0.03)
    assert np.allclose((centred**3).mean(axis=-1), m3, rtol=0.1, atol=0.3)
    assert shape[0, 3] == pytest.approx(9.0) and scale[0, 3] == pytest.approx(1.0)  # v = a, m3 = 2a: Gamma(a)
