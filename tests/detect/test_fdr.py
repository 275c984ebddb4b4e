"""Benjamini-Hochberg q-values agree with statsmodels' reference implementation."""

from __future__ import annotations

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

from consistency.detect.fdr import bh_p_threshold, bh_qvalues, bh_reject


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
