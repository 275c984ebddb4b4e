"""The watch list: early warnings of drift from a risk-adjusted CUSUM, never called flags.

Flags are controlled for false discoveries across the night's ~1,000 tests, so a drift must be
strong before it can become one: a 10-point drop at 300 contacts a week needs about 11 nights.
The watch list is the second tier. It gives each cell (branch x channel) and metric a
log-likelihood-ratio CUSUM on the case-mix expected values and lets a chosen number of false
items through a night, chain-wide (``CONSISTENCY_WATCH_RATE``, default 1.0).

* Rates (0/1 outcomes): Steiner, Cook, Farewell & Treasure (2000), "Monitoring surgical performance
  using risk-adjusted cumulative sum charts", Biostatistics 1:441. Each contact with expected
  probability ``p`` of the worse outcome adds ``y log R - log(1 - p + R p)``, the log-likelihood
  ratio of "the odds of the worse outcome are R times what the case mix says" against "as the case
  mix says". R = ``ODDS_RATIO`` (about 10 points at a 60-70% rate).
* Times and scores: the same ratio for a mean: a contact with expected mean ``mu`` and model
  variance ``v`` (gamma shape ``kappa = mu**2 / v``) adds ``kappa ((y / mu)(1 - 1/R) - log R)``, the
  log-likelihood ratio of a mean R times the expected (``TIME_RATIO``) against the expected.
  ``y / mu`` is not capped per contact: a cap is no function of a pattern's sums, and the nightly
  detection reads only those (``cell_stats``); the threshold's simulation draws with the data's own
  spread and skew, so a long tail raises ``h`` instead.
* One update per day (the day's sum), ``S_t = max(0, S_{t-1} + W_t)``.

What the rate counts. A *false item* is an in-control series (nothing changed in that cell and
metric) that is on tonight's list as ``live`` returns it (status ``watching``) or that a flag has
promoted tonight: its CUSUM, started at zero on the window's first day as every night restarts it,
reached ``h`` on a day when the minimum evidence since the onset had accrued (below), and has not
come back to zero since; the cell has sent data within ``STALE_DAYS``. Items retired earlier in the
window are history, not on the list, and are not counted. ``CONSISTENCY_WATCH_RATE`` is the expected
number of such items on a night, chain-wide. ``benchmarks/detection.py`` counts the same thing on
null nights.

The threshold ``h`` is set by simulating exactly that (``listed_statistic``): per series, 2,048
in-control copies of tonight's window (the same days and contacts, outcomes drawn from the expected
values; a day's count of worse outcomes from the binomial whose mean and variance are those of the
day's sum of Bernoullis with unequal ``p``, a day's summed time or score ratio from a shifted gamma
with the mean the model expects and the variance and skew the metric's standardised values show in
the window; fixed seed), the CUSUM run from zero with the evidence gate, and ``h`` the quantile
at which the copies are on the list ``a w`` of the time (``thresholds``). ``w`` is the weight of the
series' metric (``WATCH_WEIGHTS``, ``CONSISTENCY_WATCH_WEIGHTS``; 1 for a metric not named) and ``a``
is ``rate / sum w`` over the monitored series, except that a series which cannot be listed that
often even at ``MIN_THRESHOLD`` (silent for ``STALE_DAYS``, e.g. first-contact resolution, known
only a week later; or rarely enough evidence since an onset) spends only what it can and the
others share the rest by weight. Why resolution weighs 3: at an even split even an oracle that
knows the change finds a 10-point resolution drift at 300 contacts a week within 10 days in only
about 84% of simulated chains; it needs about twice that series' even share for 90% (README, "How
the budget is split"). An earlier version simulated a long run of resampled days with Binomial(n, mean p) and no
gate: it calibrated a noisier process than the list and counted nights the list never shows, and
spent 0.42 of a 1.0 budget.

A series is on the list from the first day its CUSUM reaches ``h`` (the alarm date) until it
returns to zero (then the item is retired); the estimated onset is the day after its last zero
before the alarm (the CUSUM's change-point estimate). An item is promoted to a flag the night the
false-discovery-controlled tests raise a flag about the same cell and metric.

What the simulation does not see: the expected values are fitted on the same window (case mix,
the cell's shrunk level, the day's level from the other cells), which takes a little of the noise
out of the observed CUSUM, so the realised rate can sit somewhat below the setting; and a day's sum
is matched in three moments, not in its whole distribution.

Each cell is judged against its own baseline level, shrunk towards the chain (empirical Bayes with
the metric's between-cell variance ``tau2`` from the funnel): a cell a little different all window
long is the funnel's business, not a drift; with no between-cell spread the cell is judged against
the chain.

Minimum evidence: a series is monitored only with at least ``MIN_SERIES_DAYS`` days of data and
``MIN_SERIES_N`` values in the window; an item is listed only once ``MIN_WATCH_N`` values and
``MIN_WATCH_DAYS`` days with data have accrued since its onset. A series with no variation (all
values identical, so the model variance is 0) carries no evidence and is not monitored.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from consistency.aggregate import METRICS
from consistency.detect import crosschannel
from consistency.detect.casemix import OutcomeSums, value_sums
from consistency.records import Flag

WATCH_RATE = 1.0  # expected false items on the list a night, chain-wide
ODDS_RATIO = 1.6  # design shift for rates: odds of the worse outcome x1.6
TIME_RATIO = 1.15  # design shift for times and scores: mean 15% worse
# a metric's share of the night's chance items against a metric not named (1): resolution is watched
# 3x as closely (README "How the budget is split"); CONSISTENCY_WATCH_WEIGHTS replaces it
WATCH_WEIGHTS: dict[str, float] = {"resolution_rate": 3.0}
MIN_SERIES_DAYS = 3
MIN_SERIES_N = 20
MIN_WATCH_N = 30  # values since onset before an item is listed
MIN_WATCH_DAYS = 2  # days with data since onset before an item is listed
MIN_THRESHOLD = 1.0  # never below a likelihood ratio of e (a series whose simulation never moves)
STALE_DAYS = 7  # an item whose cell sent no data for a week is retired: nothing left to watch
SIM_REPLICATES = 2048  # in-control copies of tonight's window per series (about 4 beyond h at 1 / 468)
SIM_SEED = 20001101
P_CLIP = 1e-4


@dataclass
class WatchItem:
    """One early warning: a cell and metric whose CUSUM crossed its threshold."""

    metric: str
    branch: str
    channel: str
    status: str  # watching | promoted | retired
    alarm_date: date
    onset_date: date
    n: int  # values since onset
    observed: float
    expected: float
    size: float  # observed - expected since onset (points for rates, units for times/scores)
    cusum: float  # the CUSUM on the last day of the episode (tonight for a live item)
    threshold: float
    peak: float
    retired_on: date | None = None
    retired_reason: str | None = None
    promoted_by: str | None = None  # the sentence of the flag that confirmed it
    path: list[tuple[str, float, int]] = field(default_factory=list)  # (date, cusum, n) since onset

    @property
    def ratio(self) -> float:
        return self.observed / self.expected if self.expected else float("nan")

    def as_dict(self) -> dict:
        out = asdict(self)
        for k in ("alarm_date", "onset_date", "retired_on"):
            out[k] = out[k].isoformat() if out[k] is not None else None
        out["ratio"] = round(self.ratio, 4) if np.isfinite(self.ratio) else None
        return out


@dataclass
class Series:
    """One cell and metric, per day of the window: what the CUSUM adds up and what simulation redraws."""

    metric: str
    branch: str
    channel: str
    binary: bool
    llr: np.ndarray  # observed log-likelihood ratio per day
    n: np.ndarray
    observed: np.ndarray  # sum of values per day
    expected: np.ndarray  # sum of (level-adjusted) expected values per day
    sim_a: np.ndarray  # rates: mean expected probability; times: summed gamma shape
    sim_b: np.ndarray  # rates: sum log(1 - p + R p); times: unused
    log_r: float
    first_day: int  # first day with data
    sim_v: np.ndarray | None = None  # the day's in-control variance (rates: sum p (1 - p)); None: binomial / gamma's
    sim_m3: np.ndarray | None = None  # times: the day's in-control third central moment; None: the gamma's (2 a)


def cell_levels(cells: pd.DataFrame, tau2: float, binary: bool = False) -> dict[tuple[str, str], float]:
    """Each cell's baseline O/E shrunk towards 1 by its reliability ``tau2 / (tau2 + s**2)``.

    For rates (``binary``, cells with ``n``) the shrunk level is returned as the odds ratio
    ``scaled_rate`` applies (``crosschannel.rate_level``).
    """
    out = {}
    for row in cells.itertuples(index=False):
        if row.E <= 0 or row.V <= 0 or tau2 <= 0:
            out[(row.branch, row.channel)] = 1.0
            continue
        s2 = row.V / row.E**2
        ratio = float(max(1 + (row.O / row.E - 1) * tau2 / (tau2 + s2), 0.05))
        out[(row.branch, row.channel)] = crosschannel.rate_level(ratio * row.E, row.E, row.n, True) if binary else ratio
    return out


def build_series(frame: pd.DataFrame, metric: str, y: np.ndarray | OutcomeSums, e: np.ndarray, v: np.ndarray,
                 sign: int, tau2: float, baseline: np.ndarray, business_date: date) -> list[Series]:
    """The daily CUSUM inputs of every cell of one metric (cells with too little evidence are left out).

    ``y`` holds one value per row (raw rows) or each row's ``OutcomeSums`` (stored statistics: count,
    sum and power sums of the values of one day, cell and case-mix pattern); every input below is a
    sum of them. ``e`` and ``v`` are the case-mix expectations (per value) *without* day levels; each
    day's chain level is put back from the other cells.
    """
    binary = METRICS[metric].binary if metric in METRICS else True
    t = y if isinstance(y, OutcomeSums) else value_sums(y)
    window_start = frame["business_date"].min()
    days = int((pd.Timestamp(business_date) - window_start).days) + 1
    ok = (t.n > 0) & np.isfinite(e) & np.isfinite(v) & (v > 0) & (e > 0)
    if binary:
        ok &= e < 1
    if ok.sum() == 0 or days < 1:
        return []
    day = (frame["business_date"].to_numpy()[ok] - window_start.to_datetime64()) // np.timedelta64(1, "D")
    # k: values in the row; y, q, c: their sum, sum of squares and of cubes; e, v: per value
    rows = pd.DataFrame({"branch": frame["branch"].to_numpy()[ok], "channel": frame["channel"].to_numpy()[ok],
                         "day": day.astype(int), "k": t.n[ok], "y": t.s[ok], "q": t.q[ok],
                         "c": t.c[ok] if t.c is not None else np.nan, "e": e[ok], "v": v[ok], "base": baseline[ok]})
    rows = rows[(rows["day"] >= 0) & (rows["day"] < days)].reset_index(drop=True)
    # the chain's level of each day, from the *other* cells: a move of the whole chain is no cell's
    # drift, and a cell's own move must not lift its own expectation (as one shared day level would)
    rows["ke"] = rows["k"] * rows["e"]
    day_sum = rows.groupby("day")[["k", "y", "ke"]].transform("sum")
    own_sum = rows.groupby(["branch", "channel", "day"])[["k", "y", "ke"]].transform("sum")
    day_level = crosschannel.rate_level((day_sum["y"] - own_sum["y"]).to_numpy(), (day_sum["ke"] - own_sum["ke"]).to_numpy(),
                                        (day_sum["k"] - own_sum["k"]).to_numpy(), binary)
    if binary:
        e_day = crosschannel.scaled_rate(rows["e"].to_numpy(), day_level, True)
        v_day = e_day * (1 - e_day)
    else:
        e_day, v_day = rows["e"].to_numpy() * day_level, rows["v"].to_numpy() * day_level**2
    k = rows["k"].to_numpy()
    rows = rows.assign(e=e_day, v=v_day, E=k * e_day, V=k * v_day)
    base = rows[rows["base"]].groupby(["branch", "channel"], as_index=False).agg(n=("k", "sum"), O=("y", "sum"),
                                                                                  E=("E", "sum"), V=("V", "sum"))
    levels = cell_levels(base, tau2, binary)
    level = np.array([levels.get(key, 1.0) for key in zip(rows["branch"], rows["channel"])])
    worse = sign if sign else 1
    if binary:
        p = np.clip(crosschannel.scaled_rate(rows["e"].to_numpy(), level, True), P_CLIP, 1 - P_CLIP)
        # the worse outcome is y=1 for "higher is worse" metrics, y=0 otherwise: R on its odds
        log_r = np.log(ODDS_RATIO) * worse
        r = np.exp(log_r)
        c = np.log(1 - p + r * p)
        rows = rows.assign(e=k * p, llr=rows["y"] * log_r - k * c, a=k * p, b=k * c, pq=k * p * (1 - p), m3=0.0)
    else:
        mu = rows["e"].to_numpy() * level
        var = rows["v"].to_numpy() * level**2
        kappa = np.clip(mu**2 / var, 0.05, 1000.0)
        log_r = np.log(TIME_RATIO) * worse
        r = np.exp(log_r)
        ratio = rows["y"].to_numpy() / mu  # the row's sum of y / mu
        # the simulation draws each day's sum of kappa * ratio (mean sum kappa) with the spread and skew
        # that the metric's own standardised values z = sqrt(kappa) (y / mu - 1) show in the window: times
        # are skewed (lognormal-like) and scores bounded, and a gamma of the model's shape gets the tail
        # the CUSUM crosses h in wrong (csat and wait times were on the list 3x their share with it).
        # Their centred moments come from the rows' power sums of y.
        spread, skew = _standardised_moments(k, rows["y"].to_numpy(), rows["q"].to_numpy(), rows["c"].to_numpy(),
                                             mu, kappa)
        rows = rows.assign(e=k * mu, llr=kappa * (ratio * (1 - 1 / r) - k * log_r), a=k * kappa, b=0.0,
                           pq=spread * k * kappa, m3=skew * k * kappa**1.5)
    # every cell's daily sums at once (cells x days), not one groupby per cell: that loop was most of the watch's time
    cells = rows.groupby(["branch", "channel"], sort=True).ngroup().to_numpy()
    names = rows[["branch", "channel"]].drop_duplicates().sort_values(["branch", "channel"]).to_numpy()
    slot = cells * days + rows["day"].to_numpy()

    def per_day(values: np.ndarray | None) -> np.ndarray:
        return np.bincount(slot, weights=values, minlength=len(names) * days).reshape(len(names), days).astype(float)

    count, observed, expected, llr, a_sum, b_sum, pq_sum, m3_sum = (
        per_day(rows[c].to_numpy(float)) for c in ("k", "y", "e", "llr", "a", "b", "pq", "m3"))
    out = []
    for k, (branch, channel) in enumerate(names):
        n = count[k]
        if (n > 0).sum() < MIN_SERIES_DAYS or n.sum() < MIN_SERIES_N:
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            a = np.where(n > 0, a_sum[k] / n, 0.0) if binary else a_sum[k]
        out.append(Series(metric, str(branch), str(channel), binary, llr[k], n, observed[k], expected[k], a, b_sum[k],
                          float(log_r), int(np.flatnonzero(n > 0)[0]), pq_sum[k], None if binary else m3_sum[k]))
    return out


def _standardised_moments(k: np.ndarray, s: np.ndarray, q: np.ndarray, c: np.ndarray, mu: np.ndarray,
                          kappa: np.ndarray) -> tuple[float, float]:
    """Second and third central moments of ``z = sqrt(kappa) (y / mu - 1)`` over every value, from power sums.

    Row i holds ``k`` values with sum ``s``, sum of squares ``q`` and of cubes ``c``, all with the same
    ``mu`` and ``kappa``; the sums of z, z**2 and z**3 over its values expand in those.
    """
    x1, x2, x3 = s / mu, q / mu**2, c / mu**3  # sums of y/mu and its powers
    n = float(k.sum())
    m1 = float(np.sum(np.sqrt(kappa) * (x1 - k))) / n
    m2 = float(np.sum(kappa * (x2 - 2 * x1 + k))) / n
    m3 = float(np.sum(kappa**1.5 * (x3 - 3 * x2 + 3 * x1 - k))) / n
    return m2 - m1**2, m3 - 3 * m1 * m2 + 2 * m1**3


def cusum(llr: np.ndarray) -> np.ndarray:
    """``S_t = max(0, S_{t-1} + W_t)`` from 0."""
    s, path = 0.0, np.empty(len(llr))
    for i, w in enumerate(llr):
        s = max(0.0, s + float(w))
        path[i] = s
    return path


def _matched_binomial(m: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Binomial ``(n', p')`` with the mean ``m`` and variance ``v`` of a day's sum of Bernoullis.

    A day's count of the worse outcome is a sum of Bernoullis with unequal ``p`` (Poisson-binomial):
    mean ``sum p``, variance ``sum p (1 - p)``, which is less than ``n pbar (1 - pbar)``. Binomial(n,
    mean p) would overstate the spread and so the threshold; the binomial with the same two moments
    (``p' = 1 - v / m``, ``n' = m / p'``, n' rounded) is the usual close approximation. Days with no
    data give ``n' = 0``.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = np.where(m > 0, 1 - v / m, 0.0)
        n1 = np.where(p1 > 0, m / p1, 0.0)
    n1 = np.maximum(np.rint(n1), np.ceil(m - 1e-9))  # n' >= m so that p' <= 1
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = np.where(n1 > 0, m / n1, 0.0)
    return n1.astype(np.int64), np.clip(p1, 0.0, 1.0)


def _three_moment_gamma(v: np.ndarray, m3: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shape, scale and sign of the shifted gamma with variance ``v`` and third central moment ``m3``.

    ``mean + sign (Gamma(shape) - shape) scale`` then has the three moments (a Pearson type III
    draw): ``shape = 4 v**3 / m3**2``, ``scale = sqrt(v / shape)``; with no skew the shape is capped
    (nearly normal), and a negative ``m3`` mirrors the gamma. With ``v = a`` and ``m3 = 2 a`` it is
    Gamma(a), the sum of gamma-distributed values of summed shape ``a``.
    """
    v = np.maximum(v, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        shape = np.where(m3 != 0, 4 * v**3 / np.maximum(m3**2, 1e-300), np.inf)
    shape = np.clip(np.nan_to_num(shape, nan=1e8, posinf=1e8), 1e-6, 1e8)
    return shape, np.sqrt(v / shape), np.where(m3 < 0, -1.0, 1.0)


def listed_statistic(series: list[Series], replicates: int = SIM_REPLICATES, seed: int = SIM_SEED) -> np.ndarray:
    """Per series and in-control replicate of tonight's window, the largest CUSUM that could have listed it.

    A replicate keeps the window as it is (each day's contacts and their expected values) and draws
    the outcomes from the expected values: the day's count of the worse outcome from the
    moment-matched binomial (``_matched_binomial``), the day's sum of ``kappa * y / mu`` (times and
    scores) from the shifted gamma with its mean, variance and third moment (``_three_moment_gamma``;
    the spread and skew are the metric's own in the window, so a lognormal-like time or a bounded
    score is drawn with its tail, not a gamma's). The CUSUM starts at zero on the window's first
    day, as ``episodes`` does every night. The statistic is the largest value since the CUSUM last
    left zero on a day when the minimum evidence since then (``MIN_WATCH_N`` values, ``MIN_WATCH_DAYS``
    days with data) had accrued; 0 when the CUSUM is at zero tonight or the cell has been silent for
    ``STALE_DAYS``. So the series is on tonight's list exactly when this statistic reaches ``h``.
    Returns an array (series x replicates).
    """
    rng = np.random.default_rng(seed)
    out = np.zeros((len(series), replicates))
    for binary in (True, False):  # one kind at a time: one array operation per day for all its series
        index = [i for i, s in enumerate(series) if s.binary == binary]
        if not index:
            continue
        n = np.stack([series[i].n for i in index])
        a = np.stack([series[i].sim_a for i in index])
        b = np.stack([series[i].sim_b for i in index])
        log_r = np.array([series[i].log_r for i in index])[:, None]
        if binary:
            v = np.stack([series[i].sim_v if series[i].sim_v is not None else series[i].n * series[i].sim_a * (1 - series[i].sim_a)
                          for i in index])
            draw_n, draw_p = _matched_binomial(n * np.clip(a, 0.0, 1.0), v)
        else:
            v = np.stack([s.sim_v if s.sim_v is not None else s.sim_a for s in (series[i] for i in index)])
            m3 = np.stack([s.sim_m3 if s.sim_m3 is not None else 2 * s.sim_a for s in (series[i] for i in index)])
            shape, scale, sign = _three_moment_gamma(v, m3)
        level = np.zeros((len(index), replicates))
        since_n, since_days, top = np.zeros_like(level), np.zeros_like(level), np.zeros_like(level)
        for t in range(n.shape[1]):
            if binary:
                w = rng.binomial(draw_n[:, t, None], draw_p[:, t, None], size=level.shape) * log_r - b[:, t, None]
            else:  # the day's sum of kappa * ratio: mean sum kappa, the data's variance and third moment
                k, th = shape[:, t, None], scale[:, t, None]
                total = a[:, t, None] + sign[:, t, None] * (rng.gamma(k, size=level.shape) - k) * th
                w = np.where(a[:, t, None] > 0, (1 - np.exp(-log_r)) * total - a[:, t, None] * log_r, 0.0)
            level = np.maximum(0.0, level + w)
            up = level > 0
            # what episodes() counts since the onset (the day after the last zero), including today
            since_n = np.where(up, since_n + n[:, t, None], 0.0)
            since_days = np.where(up, since_days + (n[:, t, None] > 0), 0.0)
            enough = (since_n >= MIN_WATCH_N) & (since_days >= MIN_WATCH_DAYS)
            top = np.where(up, np.maximum(top, np.where(enough, level, 0.0)), 0.0)
        last = np.array([np.flatnonzero(series[i].n > 0).max() for i in index])
        top[(n.shape[1] - 1 - last) >= STALE_DAYS] = 0.0  # retired for silence: never on tonight's list
        out[index] = top
    return out


def _per_series_rate(reach: np.ndarray, rate: float, weights: np.ndarray | None = None) -> float:
    """The share ``a`` of a weight-1 series with ``sum min(reach_i, a w_i) = rate`` (``reach_i``: most a series can spend).

    Series ``i`` is given ``a w_i`` (``w_i``: its metric's weight, ``WATCH_WEIGHTS``; 1 when not
    named). A series that cannot be on the list more often than ``reach_i`` even at the lowest
    threshold (little data, silent, rarely enough evidence since an onset) spends only that; the
    rest of the night's budget goes to the others in proportion to their weights. ``rate / S``
    when every series can reach it and every weight is 1.
    """
    reach = np.asarray(reach, float)
    w = np.ones_like(reach) if weights is None else np.asarray(weights, float)
    order = np.argsort(reach / w, kind="stable")  # the series that run out first, relative to their weight
    reach, w = reach[order], w[order]
    left = w[::-1].cumsum()[::-1]  # the weight of series k and of every series after it
    spent = 0.0
    for k in range(len(reach)):
        if reach[k] / w[k] * left[k] >= rate - spent:  # every series from here on can spend its weighted share
            return (rate - spent) / left[k]
        spent += reach[k]
    return 1.0  # the whole budget cannot be spent: every series at its lowest threshold


def series_weights(series: list[Series], weights: dict[str, float] | None = None) -> np.ndarray:
    """Each series' weight: its metric's in ``weights`` (default ``WATCH_WEIGHTS``), 1 for a metric not named."""
    weights = WATCH_WEIGHTS if weights is None else weights
    return np.array([float(weights.get(s.metric, 1.0)) for s in series])


def _upper_quantiles(stat: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Row ``i``'s ``1 - alpha_i`` quantile (Weibull plotting position), one ``np.quantile`` per distinct share."""
    out = np.empty(len(stat))
    for a in np.unique(alpha):
        rows = alpha == a
        out[rows] = np.quantile(stat[rows], 1 - a, axis=1, method="weibull")
    return out


def thresholds(series: list[Series], rate: float, seed: int = SIM_SEED, info: dict | None = None,
               weights: dict[str, float] | None = None, unit_share: float | None = None) -> np.ndarray:
    """Per series, the ``h`` that puts ``rate`` false items on tonight's list in expectation, chain-wide.

    ``listed_statistic`` gives, for ``SIM_REPLICATES`` in-control copies of tonight's window, the
    value the series' threshold must not exceed for it to be on the list. Series ``i``'s ``h`` is the
    ``1 - a w_i`` quantile of that statistic with the Weibull plotting position (the k-th largest of
    R with ``k = a w_i (R + 1)``, interpolated), whose exceedance probability has expectation
    ``a w_i`` over the simulation's randomness. ``w_i`` is the weight of the series' metric
    (``weights``, default ``WATCH_WEIGHTS``; 1 for a metric not named) and ``a`` the share of a
    weight-1 series: ``rate / sum w`` when every series can spend its share; a series that cannot
    reach it at ``MIN_THRESHOLD`` spends what it can and the others share the rest by weight
    (``_per_series_rate``). The expected number of in-control series on tonight's list is then
    ``rate`` (or all that ``MIN_THRESHOLD`` allows). ``unit_share`` fixes ``a`` instead (the
    benchmark's cheap path: one metric's series at the whole night's share). ``info``, if given,
    receives ``per_series_rate`` (``a``), ``weights`` (the weights other than 1 of the metrics
    watched) and ``unreachable`` (series that cannot spend their share).
    """
    count = len(series)
    if count == 0:
        return np.zeros(0)
    if rate <= 0:
        return np.full(count, np.inf)
    w = series_weights(series, weights)
    stat = listed_statistic(series, SIM_REPLICATES, seed)
    reach = (stat >= MIN_THRESHOLD).mean(axis=1)
    share = _per_series_rate(reach, rate, w) if unit_share is None else unit_share
    alpha = np.minimum(share * w, 0.5)
    if info is not None:
        info.update(per_series_rate=float(share), unreachable=int((reach < alpha).sum()),
                    weights={m: float(x) for m, x in sorted({s.metric: x for s, x in zip(series, w) if x != 1.0}.items())})
    return np.maximum(_upper_quantiles(stat, alpha), MIN_THRESHOLD)


def episodes(s: Series, h: float, window_start: pd.Timestamp, business_date: date) -> list[WatchItem]:
    """Every alarm of one series in the window: the last one live unless its CUSUM has returned to zero."""
    path = cusum(s.llr)
    items: list[WatchItem] = []
    start, alarm = 0, None
    last_data = int(np.flatnonzero(s.n > 0).max())

    def day(i: int) -> date:
        return (window_start + pd.Timedelta(days=int(i))).date()

    def close(end: int, retired: int | None, reason: str | None) -> None:
        sl = slice(start, end + 1)
        n = int(s.n[sl].sum())
        obs = float(s.observed[sl].sum() / n) if n else float("nan")
        exp = float(s.expected[sl].sum() / n) if n else float("nan")
        trail = [(day(i), round(float(path[i]), 3), int(s.n[i])) for i in range(start, end + 1)]
        items.append(WatchItem(s.metric, s.branch, s.channel, "retired" if retired is not None else "watching",
                               day(alarm), day(start), n, obs, exp, obs - exp, float(path[end]), float(h),
                               float(path[sl].max()), day(retired) if retired is not None else None, reason,
                               path=[(d.isoformat(), c, k) for d, c, k in trail]))

    for t, value in enumerate(path):
        if value == 0:
            if alarm is not None:
                close(t, t, "CUSUM back to zero")
                alarm = None
            start = t + 1
            continue
        if alarm is None and value >= h:
            since = slice(start, t + 1)
            if s.n[since].sum() >= MIN_WATCH_N and (s.n[since] > 0).sum() >= MIN_WATCH_DAYS:
                alarm = t
    if alarm is not None:
        end = len(path) - 1
        if end - last_data >= STALE_DAYS:
            close(end, last_data + STALE_DAYS, f"no data since {day(last_data)}")
        else:
            close(end, None, None)
    return items


def watch_list(frame: pd.DataFrame, per_metric: dict[str, dict], baseline: np.ndarray, business_date: date,
               rate: float = WATCH_RATE, weights: dict[str, float] | None = None) -> tuple[list[WatchItem], dict]:
    """Tonight's watch items (live and retired within the window) and what the threshold was set against.

    ``weights``: each metric's share of the budget against a metric not named (default ``WATCH_WEIGHTS``).
    """
    if frame.empty or not per_metric:
        return [], {"series": 0, "rate": rate, "weights": {}}
    all_series: list[Series] = []
    for metric, m in per_metric.items():
        all_series.extend(build_series(frame, metric, m["sums"] if "sums" in m else m["y"], m.get("e0", m["e"]),
                                       m.get("v0", m["v"]), m["sign"],
                                       m.get("tau2", 0.0), baseline, business_date))
    calibration: dict = {}
    h = thresholds(all_series, rate, info=calibration, weights=weights)
    window_start = frame["business_date"].min()
    items = [item for s, hs in zip(all_series, h) for item in episodes(s, hs, window_start, business_date)]
    info = {"series": len(all_series), "rate": rate,
            "per_series_rate": calibration.get("per_series_rate"), "unreachable": calibration.get("unreachable"),
            "weights": calibration.get("weights", {}), "median_threshold": float(np.median(h)) if len(h) else None}
    return items, info


def _explains(flag: Flag, item: WatchItem) -> bool:
    """Does this flag (worse, any test) cover the item's cell and metric?"""
    if flag.direction != "worse":
        return False
    metrics = {flag.metric} | {m.get("metric") for m in flag.details.get("metrics", [])}
    if item.metric not in metrics:
        return False
    branches = {flag.branch} if flag.branch is not None else set(flag.details.get("branches", []))
    channels = {flag.channel} if flag.channel is not None else None  # no channel: all the branch's channels
    if item.branch not in branches:
        return False
    return channels is None or item.channel in channels


def promote(items: list[WatchItem], flags: list[Flag]) -> list[WatchItem]:
    """Live items that a flag tonight confirms become ``promoted`` (they are on the flag list now)."""
    for item in items:
        if item.status != "watching":
            continue
        hit = next((f for f in flags if _explains(f, item)), None)
        if hit is not None:
            item.status, item.promoted_by = "promoted", hit.sentence
    return items


def live(items: list[WatchItem]) -> list[WatchItem]:
    """The items on tonight's list (not promoted, not retired), largest evidence first."""
    return sorted((i for i in items if i.status == "watching"), key=lambda i: -i.cusum / max(i.threshold, 1e-9))
