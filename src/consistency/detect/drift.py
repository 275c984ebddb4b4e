"""One-sided CUSUM on each cell's risk-adjusted daily series, with p-values so BH can control alarms.

The daily statistic is ``z_t = (O_t/E_t - 1) / sqrt(s_t**2 + tau2)`` oriented so that positive is
worse (``s_t = sqrt(V_t)/E_t`` from the case-mix model, ``tau2`` the metric's between-cell
variance from the funnel, so known heterogeneity between cells does not read as drift), and
``S_t = max(0, S_{t-1} + z_t - k)`` with ``k = 0.5`` (tuned to a one-standard-error shift).

How the false-alarm rate is controlled: instead of one fixed threshold ``h`` for every cell (which
over a whole chain of cells x metrics x 28 days gives dozens of false alarms a night), each cell's
CUSUM *tonight*, ``S_T`` after its ``T`` observed days, gets a p-value from the null distribution of
``S_T`` for ``T`` independent N(0, 1) days (Monte Carlo, 40,000 runs, fixed seed; beyond its 99.9th
percentile the tail is extended with Siegmund's exponential rate ``exp(-2k h)``). The audit runs
every night, so the night's question is "is this cell out of control now?": the largest value over
the window (``max_t S_t``, kept for the single chain-wide series) would re-test every earlier night
again and pay for it, and its p-value for the same statistic is 4-7 times larger at 28 days, which
held a drift of a 10-point resolution drop at 300 a week back by a night or two under BH across
~1,000 tests. A drift that has ended keeps ``S_T`` up for a while (it falls by only ``k`` a normal
day); a short blip long gone no longer counts tonight: it was tested on the nights it was under way.
Those p-values join every other test of the night in one Benjamini-Hochberg family, so the
expected share of false flags stays at the configured FDR. A flagged cell's alarm date is the
first day its CUSUM crossed the level whose p-value equals the BH cut-off.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

K_REFERENCE = 0.5
Z_CAP = 4.0  # one day of a tiny cell (n=1, a rare event) must not make a drift on its own
NULL_RUNS = 40_000
TAIL_QUANTILE = 0.999


@lru_cache(maxsize=8)
def _null_tables(days: int, k: float = K_REFERENCE) -> tuple[np.ndarray, np.ndarray]:
    """Sorted null samples of max_t S_t and of S_t for every horizon 1..days: two arrays (days, NULL_RUNS)."""
    rng = np.random.default_rng(20050101)
    s = np.zeros(NULL_RUNS)
    running = np.zeros(NULL_RUNS)
    top, now = np.empty((days, NULL_RUNS)), np.empty((days, NULL_RUNS))
    for t in range(days):
        s = np.maximum(0.0, s + np.clip(rng.standard_normal(NULL_RUNS), -Z_CAP, Z_CAP) - k)
        running = np.maximum(running, s)
        top[t], now[t] = np.sort(running), np.sort(s)
    return top, now


def cusum_path(z: np.ndarray, k: float = K_REFERENCE) -> np.ndarray:
    """Upper CUSUM ``S_t = max(0, S_{t-1} + z_t - k)``, starting at 0."""
    s, path = 0.0, np.empty(len(z))
    for i, value in enumerate(np.clip(np.asarray(z, float), -Z_CAP, Z_CAP)):
        s = max(0.0, s + value - k)
        path[i] = s
    return path


def cusum_p_value(stat: float | np.ndarray, days: int, k: float = K_REFERENCE, current: bool = False) -> np.ndarray:
    """P(max_t S_t >= stat) over ``days`` in-control days, or with ``current`` P(S_days >= stat) (1 for stat <= 0)."""
    stat = np.atleast_1d(np.asarray(stat, float))
    if days < 1:
        return np.ones_like(stat)
    # one cached table serves every horizon up to 28 days
    null = _null_tables(max(days, 28), k)[1 if current else 0][days - 1]
    exceed = NULL_RUNS - np.searchsorted(null, stat, side="left")
    p = (exceed + 1) / (NULL_RUNS + 1)
    h0 = null[int(TAIL_QUANTILE * NULL_RUNS)]
    p_h0 = (NULL_RUNS - np.searchsorted(null, h0, side="left") + 1) / (NULL_RUNS + 1)
    tail = stat > h0
    p[tail] = p_h0 * np.exp(-2 * k * (stat[tail] - h0))
    p[stat <= 0] = 1.0
    return np.minimum(p, 1.0)


def daily_z(observed: np.ndarray, expected: np.ndarray, variance: np.ndarray, tau2: float, worse_sign: int,
            n: np.ndarray | None = None, skew: float | None = None) -> np.ndarray:
    """Oriented (positive = worse) standardised daily deviation on the O/E scale; 0 without information.

    For counts of events (``n`` given, no ``skew``) the day's count goes through the binomial mid-p
    probability transform (``count_score``): a small day with one rare event then scores what it is
    worth, not a normal-approximation z of 5. For times and scores (``skew``: the standardised third
    moment of one value, from the metric's own residuals; ``n``: the day's number of values) the
    day's mean, skewed by ``skew / sqrt(n)``, goes through ``skewed_score``: a normal z over-reads the
    long upper tail of a few handle times, and the drift test's p-values were 2-3 times too small there.
    Between-cell spread ``tau2`` shrinks either score as it would a normal z.
    """
    o, e, v = (np.asarray(a, float) for a in (observed, expected, variance))
    with np.errstate(divide="ignore", invalid="ignore"):
        s2 = v / e**2
        if n is not None and skew is None:
            z = count_score(o, np.asarray(n, float), e / np.asarray(n, float), s2, tau2)
        else:
            x = (o / e - 1) / np.sqrt(s2)
            if n is not None and skew:
                x = skewed_score(x, skew / np.sqrt(np.maximum(np.asarray(n, float), 1.0)))
            z = x * np.sqrt(s2 / (s2 + tau2))
    return np.where(np.isfinite(z) & (e > 0) & (v > 0), worse_sign * z, 0.0)


def skewed_score(x: np.ndarray, skew: float | np.ndarray) -> np.ndarray:
    """Normal score of a standardised value ``x`` of a Pearson type III variable with skewness ``skew``.

    The Wilson-Hilferty transform of a gamma, ``(6 / g) (cbrt(1 + g x / 2) - 1) + g / 6``: the sum of
    skewed values (times) is near a shifted gamma with their skew; ``x`` itself when ``g`` is 0.
    """
    x, g = np.broadcast_arrays(np.asarray(x, float), np.asarray(skew, float))
    small = np.abs(g) < 1e-6
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 6 / g * (np.cbrt(1 + g * x / 2) - 1) + g / 6
    return np.where(small, x, out)


def count_score(events: np.ndarray, n: np.ndarray, rate: np.ndarray, spread: np.ndarray | float,
                extra: np.ndarray | float = 0.0) -> np.ndarray:
    """Normal score of a count of events (upward = more) whose variance exceeds the binomial's.

    The count's own sampling noise goes through the binomial mid-p transform (``binomial_z``): a
    rare outcome in a small group is skewed, and a normal z reads 14 escalations where 5.3 were
    expected (n = 55) as z = 4.0, one-sided p 3e-5, where the binomial's is about 1e-3. Variance
    beyond the binomial (``extra``: the between-cell ``tau2``, a comparison group's own error), on
    the scale of ``spread`` (the count's own relative variance V / E**2), shrinks the score as it
    would a normal z: ``z * sqrt(spread / (spread + extra))``. Of the binomial and the normal score,
    the one nearer zero is returned, so a p-value is never smaller than either approximation gives.
    """
    spread = np.asarray(spread, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        shrink = np.sqrt(spread / (spread + extra))
        binomial = binomial_z(events, n, np.clip(rate, 0.0, 1.0)) * shrink
        normal = (np.asarray(events, float) - n * rate) / np.sqrt(n * rate * (1 - rate)) * shrink
    # the more cautious of the two: the binomial where the normal over-reads (a rare outcome's excess),
    # the normal where the binomial reads further out than the tests so far (it added agent views inside
    # a branch's planted problem on the demo, told as flags of their own)
    return np.where(np.abs(binomial) < np.abs(normal), binomial, normal)


def binomial_z(events: np.ndarray, n: np.ndarray, rate: np.ndarray) -> np.ndarray:
    """Normal score of a count under Binomial(n, rate) by the mid-p transform (upward = more events)."""
    from scipy.stats import binom, norm

    k = np.round(events)
    with np.errstate(divide="ignore", invalid="ignore"):
        mid = binom.cdf(k - 1, n, rate) + 0.5 * binom.pmf(k, n, rate)
        return norm.ppf(np.clip(mid, 1e-300, 1 - 1e-16))


def cell_drift(days: pd.DataFrame, tau2: float, worse_sign: int, k: float = K_REFERENCE, binary: bool = False,
               current: bool = True, skew: float | None = None) -> dict:
    """CUSUM of one cell's days (sorted; columns date, n, O, E, V): path, statistic, p-value, change point.

    With ``current`` (the nightly test) the statistic is the CUSUM on the last day and the change
    point the day after its last reset; otherwise the largest value over the window and its reset.
    ``skew`` (times and scores): one value's skewness, for ``daily_z``.
    """
    days = days.sort_values("date")
    z = daily_z(days["O"], days["E"], days["V"], tau2, worse_sign,
                days["n"] if binary or skew else None, None if binary else skew)
    path = cusum_path(z, k)
    peak = (len(path) - 1 if current else int(path.argmax())) if len(path) else 0
    stat = float(path[peak]) if len(path) else 0.0
    p = float(cusum_p_value(stat, len(path), k, current)[0]) if len(path) else 1.0
    zeros = np.flatnonzero(path[: peak + 1] == 0)
    start = int(zeros.max()) + 1 if zeros.size else 0  # the day after the last reset: where the drift began
    start = min(start, peak)
    return {"z": z, "path": path, "stat": stat, "p_value": p, "days": len(path), "current": current,
            "change_date": days["date"].iloc[start] if len(path) else None}


def alarm_index(path: np.ndarray, p_cut: float, k: float = K_REFERENCE, current: bool = False) -> int | None:
    """First day whose CUSUM value has a p-value <= p_cut under the test's own null (over the whole horizon)."""
    if p_cut <= 0 or len(path) == 0:
        return None
    p = cusum_p_value(path, len(path), k, current)
    hits = np.flatnonzero(p <= p_cut)
    return int(hits[0]) if hits.size else None


def chain_z(observed: np.ndarray, expected: np.ndarray, n: np.ndarray, variance: np.ndarray, worse_sign: int,
            baseline: np.ndarray | None = None) -> np.ndarray:
    """Chain-wide daily deviation from the chain's own baseline level, standardised by its robust spread.

    Pooled over the whole chain the binomial error is tiny, so ordinary day-to-day wobble would
    alarm; the spread is the larger of the binomial error and 1.4826 * MAD of day-to-day changes
    divided by sqrt(2) (robust to the very step we look for). With ``baseline`` (the days the case
    mix learnt from) the deviation is measured from the chain's mean over those days: the question
    is whether everything *moved*, and a level the whole window shares (e.g. the deficit of a bad
    cell the model was told not to learn from) is no move, though a CUSUM would add it up day by day.
    """
    o, e, n, v = (np.asarray(a, float) for a in (observed, expected, n, variance))
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(n > 0, (o - e) / n, np.nan)
        binomial = np.sqrt(v) / n
    if baseline is not None:
        base = np.asarray(baseline, bool) & np.isfinite(r)
        if base.any():
            r = r - (o[base] - e[base]).sum() / n[base].sum()
    finite = np.isfinite(r)
    if finite.sum() < 3:
        return np.zeros(len(r))
    diffs = np.diff(r[finite])
    robust = 1.4826 * np.median(np.abs(diffs - np.median(diffs))) / np.sqrt(2)
    scale = np.maximum(np.nan_to_num(binomial, nan=np.inf), robust)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = worse_sign * r / scale
    return np.where(np.isfinite(z), z, 0.0)
