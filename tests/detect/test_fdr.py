"""Benjamini-Hochberg q-values agree with statsmodels' reference implementation; the two-level
(family) procedure selects families first and keeps the false-discovery rate over them."""

from __future__ import annotations

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

from scipy.stats import norm

from consistency.detect.fdr import bh_p_threshold, bh_qvalues, bh_reject, budget_weights, family_qvalues


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_q_values_match_statsmodels_fdr_bh(seed):
    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(size=200), rng.uniform(0, 1e-3, size=20), [0.01, 0.01, 0.01]])
    reject, q, _, _ = multipletests(p, alpha=0.05, method="fdr_bh")
    assert bh_qvalues(p) == pytest.approx(q)
    assert (bh_reject(p, 0.05) == reject).all()


def test_missing_p_values_are_not_tests():
    p = np.array([0.001, np.nan, 0.04, 0.5])
    q = bh_qvalues(p)
    _, expected, _, _ = multipletests(p[~np.isnan(p)], method="fdr_bh")
    assert np.isnan(q[1]) and q[[0, 2, 3]] == pytest.approx(expected)
    assert np.isnan(bh_qvalues(np.array([np.nan]))).all() and bh_qvalues(np.array([])).size == 0


def test_threshold_is_the_largest_rejected_p():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.9])
    assert bh_p_threshold(p, 0.05) == 0.008  # 0.039 > 3*0.05/5 = 0.03
    assert bh_p_threshold(np.array([0.5, 0.9]), 0.05) == 0.0


def test_equal_weights_are_plain_bh():
    p = np.random.default_rng(3).uniform(size=50) ** 3
    assert bh_qvalues(p, np.ones(50)) == pytest.approx(bh_qvalues(p))


def test_weighted_bh_runs_bh_on_p_over_w():
    # p/w = [0.0005, 0.01, inf, inf]; q = p/w * m / rank = [0.002, 0.02, 1, 1]
    p, w = np.array([0.001, 0.02, 0.03, 0.5]), np.array([2.0, 2.0, 0.0, 0.0])
    assert bh_qvalues(p, w) == pytest.approx([0.002, 0.02, 1.0, 1.0])
    assert bh_reject(p, 0.05, w).tolist() == [True, True, False, False]
    assert bh_p_threshold(p, 0.05, w) == pytest.approx(0.01)  # on the p/w scale; test i's cut is w_i times it


def test_budget_weights_average_one_and_split_the_budget():
    change = np.r_[np.ones(30, bool), np.zeros(70, bool)]
    w = budget_weights(change, 0.8)
    assert w.mean() == pytest.approx(1.0)
    assert w[change].sum() / w.sum() == pytest.approx(0.8)
    assert budget_weights(np.zeros(5, bool), 0.8).tolist() == [1.0] * 5  # one kind only: plain BH
    assert budget_weights(np.ones(5, bool), 0.8).tolist() == [1.0] * 5
    assert budget_weights(np.r_[np.ones(3, bool), np.zeros(7, bool)], None).tolist() == [1.0] * 10  # no share set
    assert budget_weights(np.array([], bool), 0.8).size == 0


@pytest.mark.parametrize("share", [0.5, 0.8, 0.95])
def test_weighted_bh_keeps_the_false_discovery_rate(share):
    """Simulated families of 300 tests, 20 of them real: the mean FDP stays at or under 0.05."""
    rng = np.random.default_rng(11)
    change = np.r_[np.ones(100, bool), np.zeros(200, bool)]
    w = budget_weights(change, share)
    real = np.zeros(300, bool)
    real[rng.choice(300, 20, replace=False)] = True
    fdp, null_any = [], []
    for _ in range(2000):
        z = rng.standard_normal(300) + np.where(real, 3.0, 0.0)
        p = 2 * norm.sf(np.abs(z))
        rejected = bh_reject(p, 0.05, w)
        fdp.append((rejected & ~real).sum() / max(rejected.sum(), 1))
        null_any.append(bh_reject(2 * norm.sf(np.abs(rng.standard_normal(300))), 0.05, w).any())
    # BH bounds the FDR by 0.05 * m0/m = 0.0467 here; 2,000 families estimate it to about +-0.002
    assert np.mean(fdp) <= 0.05
    assert np.mean(null_any) <= 0.05 + 3 * np.sqrt(0.05 * 0.95 / 2000)  # on a null family FDR = P(any flag)


def _families_with_a_rejection(rejected: np.ndarray, families: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(families[rejected], minlength=n) > 0


def test_a_lone_small_p_does_not_ride_on_a_family_confirmed_many_times():
    """Family A: one problem seen by 8 tests (p 0.001 each). Family B: a lone p of 0.003 among 4 nulls.
    19 more families of 5 nulls. Plain BH lets B's lone test through on A's 8 rejections (rank 9 of
    108: 0.003 <= 0.05 * 9 / 108); by families, B's Simes p is 5 * 0.003 = 0.015 > 0.05 * 2 / 21."""
    rng = np.random.default_rng(0)
    p = np.concatenate([np.full(8, 0.001), [0.003], rng.uniform(0.2, 1.0, 4), rng.uniform(0.2, 1.0, 95)])
    families = np.concatenate([np.zeros(8, int), np.ones(5, int), np.repeat(np.arange(2, 21), 5)])
    assert bh_reject(p, 0.05)[8]  # the old control: B's lone test is a flag
    result = family_qvalues(p, families, 0.05)
    assert result.families == 21 and result.selected == 1
    assert (result.q[:8] <= 0.05).all() and not (result.q[8:] <= 0.05).any()
    assert result.family_q[8] == pytest.approx(0.015 * 21 / 2)  # B's Simes p, BH-adjusted at rank 2 of 21
    assert (result.p_cut[:8] >= 0.001).all() and (result.p_cut[8:] == 0).all()


def test_q_value_is_the_smallest_level_that_rejects():
    """q <= a exactly when the procedure run at level a rejects the test (its p under its cut-off)."""
    rng = np.random.default_rng(1)
    for trial in range(60):
        m = int(rng.integers(1, 60))
        p = rng.uniform(size=m) ** rng.uniform(1, 6)
        p[rng.uniform(size=m) < 0.1] = np.nan
        families = rng.integers(0, int(rng.integers(1, 12)), size=m)
        w = None if trial % 2 else rng.uniform(0.2, 2, size=m)
        q = family_qvalues(p, families, 0.05, w).q
        assert np.isnan(q[np.isnan(p)]).all()
        for level in (0.01, 0.05, 0.2):
            cut = family_qvalues(p, families, level, w).p_cut
            rejected = (cut > 0) & (p <= cut * (1 + 1e-9))
            assert (rejected == (np.nan_to_num(q, nan=2.0) <= level * (1 + 1e-9))).all()


def test_one_family_or_one_test_per_family_is_plain_bh():
    p = np.random.default_rng(2).uniform(size=100) ** 4
    assert family_qvalues(p, np.zeros(100, int)).q == pytest.approx(bh_qvalues(p))
    assert family_qvalues(p, np.arange(100)).q == pytest.approx(bh_qvalues(p))
    empty = family_qvalues(np.array([np.nan, np.nan]), np.array([0, 1]))
    assert empty.families == 0 and np.isnan(empty.q).all() and (empty.p_cut == 0).all()


def test_families_keep_the_false_discovery_rate_where_plain_bh_does_not():
    """100 families of 10 tests; 10 hold a real problem seen by 4 of their tests. A family counts as
    flagged when any of its tests is rejected. Plain BH's false *families* run over 0.05 (the real
    families' extra rejections lower the bar for lone false tests); the two-level procedure's stay
    under it (Benjamini & Bogomolov bound: 0.05 * 90 / 100 = 0.045, estimated to about +-0.004)."""
    rng = np.random.default_rng(5)
    n_fam, size = 100, 10
    families = np.repeat(np.arange(n_fam), size)
    real = np.zeros(n_fam * size, bool)
    for f in range(10):
        real[f * size:f * size + 4] = True
    real_family = np.arange(n_fam) < 10
    plain, by_family = [], []
    for _ in range(1000):
        p = 2 * norm.sf(np.abs(rng.standard_normal(n_fam * size) + np.where(real, 3.0, 0.0)))
        for rejected, out in ((bh_reject(p, 0.05), plain), (family_qvalues(p, families, 0.05).q <= 0.05, by_family)):
            flagged = _families_with_a_rejection(rejected, families, n_fam)
            out.append((flagged & ~real_family).sum() / max(flagged.sum(), 1))
    assert np.mean(plain) > 0.06
    assert np.mean(by_family) <= 0.05
