"""A move of one whole channel is judged against the other channels, in attribution and in the flag's figures."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from consistency.aggregate import METRICS
from consistency.detect.casemix import case_mix_features, robust_case_mix
from consistency.detect.flags import FlagBuilder, consolidate_channel_flags
from consistency.detect.nightly import _prepare, run_detection
from consistency.detect.simulate import Effect, make_chain, simulate_window
from consistency.records import Flag

END = date(2026, 3, 31)


def _phone_moves(seed: int, size: float = 0.08) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=8, mean_daily=20.0)
    return simulate_window(rng, chain, END, 28, (Effect("channel", "resolved", size, None, "phone", start_day=21),))


def _builder(frame: pd.DataFrame, metric: str) -> FlagBuilder:
    frame = _prepare(frame, END)
    fit = robust_case_mix(frame, metric, case_mix_features(frame), ["branch", "channel"])
    y = pd.to_numeric(frame[METRICS[metric].column], errors="coerce").astype(float).to_numpy()
    per_metric = {metric: {"y": y, "e": fit["e_date"], "v": fit["v_date"], "e0": fit["e"], "v0": fit["v"],
                           "sign": -1, "tau2": 0.0}}
    return FlagBuilder(frame, per_metric, pd.Timestamp(END))


def test_other_branches_are_compared_with_the_other_channels_day_level():
    """Phone worse everywhere for a week: the shared day level would have learnt a quarter of it."""
    builder = _builder(_phone_moves(3), "resolution_rate")
    since = builder.window_start + pd.Timedelta(days=21)
    e_day = builder.per_metric["resolution_rate"]["e"]
    e_rest, _ = builder.against_other_channels("resolution_rate", "phone")
    phone = builder.cell_mask(None, "phone", since)
    other = builder.cell_mask(None, "email", since)
    # on phone rows the expectation no longer carries phone's own drop; other channels are untouched
    assert e_rest[phone].mean() > e_day[phone].mean() + 0.01
    assert np.allclose(e_rest[other], e_day[other])
    decision, _ = builder.level("resolution_rate", "B02", "phone", since, -1)
    assert decision.level == "channel"


def test_a_channel_flag_carries_the_channels_pooled_figures():
    builder = _builder(_phone_moves(4), "resolution_rate")
    since = builder.window_start + pd.Timedelta(days=21)
    one = Flag("drift", "resolution_rate", "B01", "phone", None, "worse", "channel", 0.40, 0.70, 120, 0.5, 0.9,
               1e-6, 1e-4, since.date(), "", {"change_date": since.date().isoformat()})
    merged = consolidate_channel_flags([one], builder)
    assert len(merged) == 1 and merged[0].branch is None and merged[0].channel == "phone"
    pooled = builder.channel_rows("resolution_rate", "phone", since)
    assert merged[0].n == len(pooled) > one.n
    assert abs(merged[0].observed - pooled["y"].mean()) < 1e-9
    assert merged[0].details["flagged_cells"][0]["branch"] == "B01"


def test_a_phone_wide_drift_is_one_channel_flag_not_branch_flags():
    result = run_detection(_phone_moves(5, size=0.12), None, END)
    phone = [f for f in result.flags if f.metric == "resolution_rate" and f.channel == "phone"]
    assert phone and all(f.level == "channel" and f.branch is None for f in phone)
    assert not [f for f in result.flags if f.metric == "resolution_rate" and f.branch is not None and f.level == "branch"]


def test_a_level_of_the_other_channels_scales_a_rate_on_its_odds():
    from consistency.detect.crosschannel import rate_level, scaled_rate

    # the other channels fell from 73% expected to 58% observed: a channel expected at 73% is expected at 58% too
    level = rate_level(580.0, 730.0, 1000, binary=True)
    assert abs(scaled_rate(0.73, level, True) - 0.58) < 1e-9
    assert rate_level(580.0, 730.0, 1000, binary=False) == 580 / 730  # times and scores: the plain ratio
    assert rate_level(0.0, 0.0, 0, binary=True) == 1.0  # an empty day: no level, no division by zero


def test_a_large_chain_wide_drop_is_no_channels_drift():
    rng = np.random.default_rng(5)
    chain = make_chain(rng, branches=8, mean_daily=20.0)
    frame = simulate_window(rng, chain, END, 28, (Effect("chain", "resolved", 0.15, start_day=20),))
    result = run_detection(frame, None, END)
    channel = [f for f in result.flags if f.metric == "resolution_rate" and f.level == "channel"]
    assert not channel, [f.sentence for f in channel]
    # each channel against the others' day level: none moved more than the rest (a rate ratio used as an
    # odds ratio once left every channel 10 points "below" an expectation that had hardly moved)
    tests = result.tests[(result.tests["kind"] == "channel_drift") & (result.tests["metric"] == "resolution_rate")]
    assert len(tests) == 4 and (tests["q_value"] > result.fdr).all(), tests.to_string()
