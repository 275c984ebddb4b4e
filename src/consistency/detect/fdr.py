"""False-discovery control over one run's tests: by families of tests (what a flag reports), Benjamini-Hochberg within.

A flag is what a manager acts on, and one real problem is usually confirmed by several tests
(the funnel, the drift and the cross-channel view of a cell, or two of a branch's channels),
which consolidation tells as one flag, while a false discovery is a lone test and a flag of its
own. BH across every test bounds the share of false *tests*; with about four tests behind each
true flag, the share of false *flags* ran three to four times the setting. ``family_qvalues``
therefore selects families first (Simes p-value per family, BH across families) and tests within
the selected ones (Benjamini & Bogomolov 2014), so the setting bounds the share of flagged
families with no real problem. Weights (below) carry over to both levels.

A night tests two kinds of question. *Window* tests (funnel, cross-channel, mystery shop) ask
whether a cell is out of line over four weeks of data; *change* tests (drift per cell, per
channel, the chain's shift) ask whether something moved in the last days. Both share one FDR
budget, but not equally: the window tests see four times the data a week-old drift has, so
they reach any effect worth flagging with little of the budget, while a drift must be caught
within days, on a week of evidence. Weighted BH (Genovese, Roeder & Wasserman 2006, Biometrika
93:509) runs BH on ``p / w``; with weights that average 1 over the family, the FDR stays at the
configured level (independent or positively dependent tests), whatever the split.

The split is a setting (``CONSISTENCY_CHANGE_SHARE``), plain BH by default: on simulated chains
giving drift 80% of the budget rang alarms about a night sooner, but on a demo chain (seed 23) it
raised four single-cell drift alarms no planted problem explains, against at most one with plain BH:
on realistic data the drift tests' null is less exact than the simulation's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


def bh_qvalues(p_values: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """BH-adjusted p-values (q-values), of ``p / weights`` when weights are given.

    NaN p-values stay NaN and do not count as tests.
    """
    p = np.asarray(p_values, dtype=float)
    q = np.full(p.shape, np.nan)
    tested = np.isfinite(p)
    m = int(tested.sum())
    if m == 0:
        return q
    pt = np.clip(p[tested], 0.0, 1.0)
    if weights is not None:
        with np.errstate(divide="ignore"):
            pt = pt / np.asarray(weights, float)[tested]  # weight 0: never rejected (p/0 = inf)
    order = np.argsort(pt, kind="mergesort")
    ranked = pt[order] * m / np.arange(1, m + 1)
    # q_(i) = min over j >= i of p_(j) m / j: a running minimum from the largest p down.
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[tested] = out
    return q


def bh_reject(p_values: np.ndarray, fdr: float = 0.05, weights: np.ndarray | None = None) -> np.ndarray:
    """True for the hypotheses (weighted) BH rejects at level ``fdr``."""
    q = bh_qvalues(p_values, weights)
    return np.where(np.isfinite(q), q <= fdr, False)


def bh_p_threshold(p_values: np.ndarray, fdr: float = 0.05, weights: np.ndarray | None = None) -> float:
    """The largest ``p / w`` BH rejects (0 when it rejects none): test i's own cut-off is ``w_i`` times it.

    Alarm dates derive from it: a drift's alarm rang on the first day its p-value fell under its cut-off.
    """
    p = np.asarray(p_values, float)
    rejected = bh_reject(p, fdr, weights)
    if not rejected.any():
        return 0.0
    with np.errstate(divide="ignore"):
        scaled = p if weights is None else p / np.asarray(weights, float)
    return float(scaled[rejected].max())


def budget_weights(is_change: np.ndarray, change_share: float | None) -> np.ndarray:
    """Weights giving the change tests ``change_share`` of the FDR budget and window tests the rest.

    Each test of a kind gets the same weight and the weights average 1 (what weighted BH needs to
    keep the FDR at its level). When one kind is absent the other takes the whole budget; with no
    share every test weighs 1 (plain BH).
    """
    change = np.asarray(is_change, bool)
    m, m_change = change.size, int(change.sum())
    if change_share is None or m == 0 or m_change in (0, m):
        return np.ones(m)
    share = float(np.clip(change_share, 0.0, 1.0))
    return np.where(change, share * m / m_change, (1 - share) * m / (m - m_change))


@dataclass
class TwoLevel:
    """The two-level procedure's result, per test: its q-value, its family's q-value and its own p cut-off."""

    q: np.ndarray  # the smallest FDR setting at which the test is rejected (NaN: not a test)
    family_q: np.ndarray  # BH q-value of the test's family (of the family's Simes p-value)
    p_cut: np.ndarray  # at the given FDR: the test's BH cut-off within its family, 0 when not selected
    families: int  # families with at least one test
    selected: int  # families selected at the given FDR


def family_qvalues(p_values: np.ndarray, families: np.ndarray, fdr: float = 0.05,
                   weights: np.ndarray | None = None) -> TwoLevel:
    """Benjamini & Bogomolov (2014) two-level false-discovery control over families of tests.

    A family is the unit a flag reports (one metric at one branch, say): several of its tests may
    confirm one problem, while a false discovery is usually a lone test. Plain BH across every test
    counts each rejected test, so the tests of a true problem buy the budget a lone false test spends,
    and the share of false *flags* runs several times the share of false *tests*. Here

    1. each family gets a Simes p-value (``min_k m_f p_(k) / k``, the smallest within-family BH
       q-value; weighted Simes with the tests' weights normalised within the family);
    2. BH across families at ``fdr`` (weighted by each family's mean weight, normalised to average 1
       over families) selects R of the F families: the expected share of selected families with no
       real problem stays at or under ``fdr``;
    3. within each selected family, BH at ``fdr * R * w_f / F`` picks its tests, which keeps the
       expected share of false tests inside the selected families at or under ``fdr`` too.

    Families are any hashable labels, one per test; NaN p-values are not tests. ``q`` is the
    smallest level at which a test would be rejected, so ``q <= fdr`` is the rejection rule and
    ``p_cut`` the same rule on the p scale (what a drift's alarm date is read against).
    """
    p = np.asarray(p_values, float)
    w = np.ones(p.size) if weights is None else np.asarray(weights, float)
    labels, _ = pd.factorize(pd.Series(list(families), dtype=object), use_na_sentinel=False)
    tested = np.isfinite(p)
    members = [np.flatnonzero((labels == k) & tested) for k in range(labels.max() + 1)] if p.size else []
    members = [m for m in members if m.size]
    n_fam = len(members)
    q, family_q, p_cut = np.full(p.size, np.nan), np.full(p.size, np.nan), np.zeros(p.size)
    if n_fam == 0:
        return TwoLevel(q, family_q, p_cut, 0, 0)
    mean_w = np.array([w[m].mean() for m in members])
    # a family whose tests all weigh 0 is never selected (p/0 = inf); otherwise its tests' relative weights
    within = [w[m] / mw if mw > 0 else np.ones(m.size) for m, mw in zip(members, mean_w)]
    inner = [bh_qvalues(p[m], u) for m, u in zip(members, within)]  # within-family BH q-values
    simes = np.array([np.nanmin(v) for v in inner])
    fam_w = mean_w / mean_w.mean() if mean_w.mean() > 0 else np.ones(n_fam)
    fam_q = bh_qvalues(simes, fam_w)
    levels = np.unique(fam_q)  # where the number of selected families steps up
    selected_at = np.searchsorted(np.sort(fam_q), levels, side="right")
    selected = int((fam_q <= fdr).sum())
    for m, u, qi, fq, fw in zip(members, within, inner, fam_q, fam_w):
        family_q[m] = fq
        with np.errstate(divide="ignore"):
            need = qi * n_fam / fw  # rejected at level a when a * R(a) >= need and the family is selected at a
        after = levels >= fq
        q[m] = np.minimum(1.0, np.min(np.maximum(levels[after][:, None], need[None, :] / selected_at[after][:, None]),
                                      axis=0))
        if fq <= fdr:
            # BH's step-up cut at k rejections of m (on the p/u scale): rejects exactly the same tests as
            # the largest rejected p would, but a drift's alarm date is read against it, and a lone test's
            # own p as its cut would put every alarm on the night itself
            level = fdr * selected * fw / n_fam
            p_cut[m] = u * level * int((qi <= level).sum()) / m.size
    return TwoLevel(q, family_q, p_cut, n_fam, selected)
