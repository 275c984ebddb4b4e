"""Benjamini-Hochberg q-values agree with statsmodels' reference implementation."""

from __future__ import annotations

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

from scipy.stats import norm

from consistency.detect.fdr import bh_p_threshold, bh_qvalues, bh_reject, budget_weights


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
