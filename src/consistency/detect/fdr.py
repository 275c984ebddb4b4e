"""Benjamini-Hochberg false-discovery control across every cell tested in one run."""

from __future__ import annotations

import numpy as np


def bh_qvalues(p_values: np.ndarray) -> np.ndarray:
    """BH-adjusted p-values (q-values); NaN p-values stay NaN and do not count as tests."""
    p = np.asarray(p_values, dtype=float)
    q = np.full(p.shape, np.nan)
    tested = np.isfinite(p)
    m = int(tested.sum())
    if m == 0:
        return q
    pt = np.clip(p[tested], 0.0, 1.0)
    order = np.argsort(pt, kind="mergesort")
    ranked = pt[order] * m / np.arange(1, m + 1)
    # q_(i) = min over j >= i of p_(j) m / j: a running minimum from the largest p down.
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[tested] = out
    return q


def bh_reject(p_values: np.ndarray, fdr: float = 0.05) -> np.ndarray:
    """True for the hypotheses BH rejects at level ``fdr``."""
    q = bh_qvalues(p_values)
    return np.where(np.isfinite(q), q <= fdr, False)


def bh_p_threshold(p_values: np.ndarray, fdr: float = 0.05) -> float:
    """The largest p-value BH rejects (0 when it rejects none): alarm thresholds derive from it."""
    p = np.asarray(p_values, float)
    rejected = bh_reject(p, fdr)
    return float(p[rejected].max()) if rejected.any() else 0.0
