"""Case-mix adjustment: what each interaction would score at an average branch (indirect standardisation).

A branch does not choose its channel mix, its customers' language, why they call, the hour they
call or whether they are repeat callers. A model fit on the whole chain's window over exactly
those factors (the branch enters only as a cell intercept the expected values leave out, see below)
gives each interaction an expected value; a cell's observed/expected ratio then compares it with the
chain *for the same kind of work*.
The model learns from the window minus its most recent week (so this week's drift is not learnt
as normal); then each business date gets its own level, so a chain-wide move on one day lands in
the expected values (and is tested once, at chain level) instead of flagging every cell.

The coefficients are estimated *adjusted for the cell* (branch x channel): the fit carries one
random intercept per cell, and the expected values set those intercepts to the average cell. Without
them a branch that serves most of the chain's German customers and resolves badly on chat teaches the
model that "German chat resolves badly", and its own shortfall disappears into its expected value.
This is how provider profiling separates case mix from the provider: the CMS/Yale CORE hospital-wide
readmission measure fits a hierarchical logistic regression with a hospital intercept, so the patient
coefficients are within-hospital estimates unconfounded with hospital quality, and the expected
count is predicted at the average hospital. How much the intercepts are shrunk is the trade-off
Kalbfleisch & Wolfe, "On monitoring outcomes of medical providers" (Stat Biosci 2013,
doi:10.1007/s12561-013-9093-x) describe: shrunk hard, a provider whose quality is correlated with its
case mix still leaks into the case-mix coefficients; left free (fixed effects), the coefficients of a
factor found in few providers rest on thin within-provider contrasts. The shrinkage here is the
empirical-Bayes one, from the between-cell variance the window itself shows (see MIN_CELL_PENALTY).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import expit

from consistency.aggregate import METRICS

CASE_MIX_FACTORS = ("channel", "lang", "topic", "hour_band", "history", "lang_channel", "topic_channel")
MAX_TOPICS = 30  # rarer topics pool into "other" so the model never fits one-off categories
CASE_MIX_PENALTY = 1.0  # ridge penalty on the case-mix coefficients (as the former sklearn C=1 / alpha=1)
# The cell intercepts are random effects, b ~ N(0, tau2), with tau2 the between-cell variance the
# chain shows (DerSimonian-Laird on the cells' deviations from the current fit, first the one without
# cells, then EB_ROUNDS refits): their ridge penalty is 1/tau2 (sigma2/tau2 for times). Where cells
# differ (a real problem somewhere) a big cell's intercept is mostly free, so its own shortfall stays
# its own instead of being learnt as "German chats resolve less"; where they do not (tau2 ~ 0) the fit
# is the one without cells. That matters when a language lives in two branches only: a free intercept
# would then be pinned by their few English customers, and that small sample's noise would move the
# whole cell's expectation (fixed effects cost precision exactly when case mix is confounded with the
# unit; the demo chain, one language per two or three branches, showed it as false alarms on times).
# The floor keeps the cell prior at least ten times the case-mix one, so a difference the data cannot
# split between a language and the only branches serving it stays case mix, as before: a branch is
# not blamed for customers only it serves.
MIN_CELL_PENALTY = 10.0
MAX_CELL_PENALTY = 1e6  # beyond this the cells are indistinguishable: fit without them
EB_ROUNDS = 3  # tau2 re-estimated from each fit's deviations: the first, without cells, understates it
RECENT_DAYS = 7  # the most recent week is judged against the model, never learnt by it


def hour_band(hour: pd.Series) -> pd.Series:
    """night / morning / afternoon / evening / unknown, the bands of the case-mix model (and of ``cell_stats``)."""
    bands = pd.cut(pd.to_numeric(hour, errors="coerce"), [-1, 7, 11, 16, 23],
                   labels=["night", "morning", "afternoon", "evening"])
    return bands.astype(object).where(bands.notna(), "unknown").astype(str)


@dataclass
class OutcomeSums:
    """Per row of a frame: count of known values of one outcome, their sum and sum of squares, and the same
    sums on the ``log1p`` scale the model of times fits on.

    A raw frame (one interaction a row) gives counts of 1 or 0; a frame of stored statistics
    (``cell_stats``: one row per day, cell, agent and case-mix pattern) gives its own columns. Every
    step of the case-mix fit and of the observed/expected tables is a sum over rows of these, so the
    two inputs give the same model and the same tables (the fit on a pattern's count and event sum is
    the binomial likelihood of its rows; counts, sums and sums of squares give the normal equations).
    """

    n: np.ndarray
    s: np.ndarray
    q: np.ndarray
    log_s: np.ndarray
    log_q: np.ndarray
    c: np.ndarray | None = None  # sum of cubes (measurements only): the skew the watch list calibrates on

    def subset(self, rows: np.ndarray) -> "OutcomeSums":
        return OutcomeSums(self.n[rows], self.s[rows], self.q[rows], self.log_s[rows], self.log_q[rows],
                           None if self.c is None else self.c[rows])


def outcome_sums(frame: pd.DataFrame, column: str) -> OutcomeSums | None:
    """The sums of ``column`` per row of ``frame`` (raw rows or stored statistics); None when it has neither."""
    if f"{column}_n" in frame:
        def get(suffix: str) -> np.ndarray:
            name = f"{column}_{suffix}"
            return frame[name].to_numpy(float) if name in frame else np.full(len(frame), np.nan)

        return OutcomeSums(get("n"), get("sum"), get("sumsq"), get("logsum"), get("logsumsq"), get("sumcube"))
    if column not in frame:
        return None
    return value_sums(pd.to_numeric(frame[column], errors="coerce").astype(float).to_numpy())


def value_sums(y: np.ndarray) -> OutcomeSums:
    """The sums of raw values, one a row (NaN = unknown: a count of 0)."""
    y = np.asarray(y, float)
    ok = np.isfinite(y)
    known = np.where(ok, y, 0.0)
    log = np.log1p(np.maximum(known, 0.0))
    return OutcomeSums(ok.astype(float), known, known**2, log, log * log, known**3)


def no_spread(n: np.ndarray, s: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Whether values with count ``n``, sum ``s`` and sum of squares ``q`` are all one value (elementwise)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = q / n - (s / n) ** 2
        scale = np.maximum(q / n, 1.0)
    return spread <= 1e-9 * scale


def _history(frame: pd.DataFrame) -> pd.Series:
    """unknown / first / repeat: whether the customer already contacted the chain in the window."""
    if "customer" not in frame or "started_at" not in frame:
        return pd.Series("unknown", index=frame.index)
    known = frame["customer"].notna()
    order = frame.loc[known].sort_values("started_at", kind="stable")
    prior = order.groupby("customer", sort=False).cumcount()
    out = pd.Series("unknown", index=frame.index, dtype=object)
    out.loc[prior.index] = np.where(prior.to_numpy() > 0, "repeat", "first")
    return out


def case_mix_features(frame: pd.DataFrame) -> pd.DataFrame:
    """Categorical factors a branch does not control, one row per interaction (all strings)."""
    def col(name: str) -> pd.Series:
        return frame[name].astype(object).where(frame[name].notna(), "unknown").astype(str) if name in frame \
            else pd.Series("unknown", index=frame.index)

    topic = col("topic")
    # a frame of stored statistics (one row per pattern) carries its patterns' sizes, its hour bands and
    # its contacts' history (cellstats.load_patterns); raw rows are one interaction each
    counts = topic.value_counts() if "interactions" not in frame \
        else frame["interactions"].groupby(topic).sum().sort_values(ascending=False, kind="stable")
    common = counts.index[:MAX_TOPICS]
    topic = topic.where(topic.isin(common), "other")
    channel, lang = col("channel"), col("lang")
    return pd.DataFrame({
        "channel": channel,
        "lang": lang,
        "topic": topic,
        "hour_band": hour_band(frame["hour"]) if "hour" in frame else col("hour_band"),
        "history": col("history") if "history" in frame else _history(frame),
        # How a language reads on a channel is not additive: German e-mails are written more formally
        # than German chats, and the tone model's calibration differs per language and medium. A
        # branch's customers' language is not the branch's doing, so the pair is part of the case mix.
        "lang_channel": lang + "|" + channel,
        "topic_channel": topic + "|" + channel,
    }, index=frame.index)


def expected_values(frame: pd.DataFrame, metric: str, features: pd.DataFrame | None = None,
                    by_date: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Per-interaction expected value and its model variance (NaN where the metric is missing)."""
    fit = fit_case_mix(frame, metric, features)
    return (fit["e_date"], fit["v_date"]) if by_date else (fit["e"], fit["v"])


def fit_case_mix(frame: pd.DataFrame, metric: str, features: pd.DataFrame | None = None,
                 column: str | None = None, binary: bool | None = None,
                 exclude: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Expected values and variances without (``e``, ``v``) and with (``e_date``, ``v_date``) a per-day level.

    ``exclude`` marks rows (e.g. of cells far out of line) the model must not learn from.
    The case-mix model is fit once on distinct factor combinations (weighted by their counts: the
    same fit, a fraction of the rows); the per-day level is then one offset per business date on
    the model's scale, solved so that each day's expected total equals its observed total.
    """
    spec = METRICS[metric] if metric in METRICS else None
    column = column or (spec.column if spec else metric)  # a metric outside the shared list names its column
    binary = binary if binary is not None else (spec.binary if spec else True)
    n = len(frame)
    out = {k: np.full(n, np.nan) for k in ("e", "v", "e_date", "v_date")}
    sums_all = outcome_sums(frame, column) if n else None
    if sums_all is None:
        return out
    ok = sums_all.n > 0
    if not ok.any():
        return out
    t = sums_all.subset(ok)
    if no_spread(t.n.sum(), t.s.sum(), t.q.sum()):
        # one value everywhere (phi and tau undefined): every row expects it, with no variance to test
        for key in ("e", "e_date"):
            out[key][ok] = t.s.sum() / t.n.sum()
        for key in ("v", "v_date"):
            out[key][ok] = 0.0
        return out
    feats = (case_mix_features(frame) if features is None else features).loc[ok]
    dates = pd.to_datetime(frame.loc[ok, "business_date"]).dt.normalize() if "business_date" in frame \
        else pd.Series(pd.Timestamp(0), index=feats.index)
    day = pd.factorize(dates)[0]
    base = baseline_days(dates)
    window_base = base.copy()  # before outliers are set aside: they still show whether a channel measures
    learn = np.ones(len(t.n), bool)
    if exclude is not None and (base & ~exclude[ok]).sum() >= 2:
        learn = ~exclude[ok]
        base = base & learn  # rows of known outliers teach neither the model nor the day levels
    channel = feats["channel"].to_numpy()
    # the cell is part of the fitted design only; case_mix_features stays what a branch does not control
    cell = pd.factorize(frame.loc[ok, "branch"].astype(str) + "|" + feats["channel"].astype(str))[0] \
        if "branch" in frame else None
    combo, design, shared = _combos_and_design(feats, cell)
    counts = np.bincount(combo[base], weights=t.n[base], minlength=combo.max() + 1)
    fitted = counts > 0
    relevel = pd.factorize(channel)[0] if cell is not None else None
    if binary:
        sums = np.bincount(combo[base], weights=t.s[base], minlength=combo.max() + 1)
        p = _fit_logistic(design if cell is None else design[:, :shared], sums, counts, fitted)[combo]
        if cell is not None:
            for _ in range(EB_ROUNDS):
                # tau2 from the cells' deviations from the current expectation: the fit without cells
                # has already absorbed part of them, so re-estimate once the cells carry their own
                penalty = _cell_penalty(cell, t.s - t.n * p, t.n * p * (1 - p), base, 1.0)
                if penalty is None:
                    break
                p = _fit_logistic(design, sums, counts, fitted, shared, penalty)[combo]
                # the average cell of each channel: zeroing penalised intercepts must not move a channel's
                # level (the channel term and its cells' intercepts share it), so each channel's expected
                # total over the learning rows again equals its observed total, as the fit without cells had
                p = _day_offsets_logistic(p, t, relevel, base)
        p_day = _day_offsets_logistic(p, t, day, learn)
        v, v_day = p * (1 - p), p_day * (1 - p_day)
    else:
        p, v, p_day, v_day = _fit_times(design, combo, t, day, base, learn, channel, shared, relevel, cell)
    undefined = _constant_in_baseline(channel, t, window_base)
    for key, values in (("e", p), ("v", v), ("e_date", p_day), ("v_date", v_day)):
        out[key][ok] = np.where(undefined, np.nan, values)
    return out


def _constant_in_baseline(channel: np.ndarray, t: OutcomeSums, base: np.ndarray) -> np.ndarray:
    """Rows of channels whose baseline shows one value only (or has no rows): no expectation there.

    A channel that never showed the outcome while the model learnt has no rate to expect: the fit
    would give it ~0 (a coefficient pushed to the penalty's limit) and the first events after the
    baseline would read as a 300-fold excess. Such a metric is not measured on that channel yet.
    """
    seen = pd.DataFrame({"c": channel, "n": t.n, "s": t.s, "q": t.q})[base].groupby("c").sum()
    flat = no_spread(seen["n"].to_numpy(), seen["s"].to_numpy(), seen["q"].to_numpy())
    constant = set(seen.index[flat]) | (set(channel) - set(seen.index))
    return pd.Series(channel).isin(constant).to_numpy() if constant else np.zeros(len(channel), bool)


def _fit_times(design: np.ndarray | sparse.spmatrix, combo: np.ndarray, t: OutcomeSums, day: np.ndarray,
               base: np.ndarray, learn: np.ndarray, channel: np.ndarray, shared: int | None = None,
               relevel: np.ndarray | None = None, cell: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
    """Expected value and variance of a positive measurement (a time, a score) as a multiplicative model.

    Times differ by orders of magnitude between channels (an e-mail waits hours, a chat seconds), so
    an additive model on seconds lets e-mail noise set every channel's expectation and its per-day
    level. On the log scale factors multiply, each day's level is a ratio, and a channel's spread is
    relative: ``v = e**2 * cv2`` with the channel's squared coefficient of variation, so a cell's
    ``O/E`` is a standardised ratio comparable across channels.
    """
    # z = log1p(y): its sums per row are t.log_s (and of squares t.log_q), so residuals enter as sums too
    counts = np.bincount(combo[base], weights=t.n[base], minlength=combo.max() + 1)
    sums = np.bincount(combo[base], weights=t.log_s[base], minlength=combo.max() + 1)
    mu = _fit_ridge(design if cell is None else design[:, :shared], sums, counts, counts > 0)[combo]
    if cell is not None:
        k = cell.max() + 1
        n_cell = np.bincount(cell[base], weights=t.n[base], minlength=k)
        for _ in range(EB_ROUNDS):  # as fit_case_mix does for rates
            resid = t.log_s - t.n * mu  # per row, the sum of z - mu
            mean_cell = np.bincount(cell[base], weights=resid[base], minlength=k) / np.maximum(n_cell, 1)
            centre = mu + mean_cell[cell]  # sum of (z - centre)^2 from the row's sums of z and z^2
            square = t.log_q - 2 * centre * t.log_s + t.n * centre ** 2
            sigma2 = float(np.sum(square[base]) / max(t.n[base].sum() - k, 1))
            penalty = _cell_penalty(cell, resid / sigma2, t.n / sigma2, base, sigma2) if sigma2 > 0 else None
            if penalty is None:
                break
            mu = _fit_ridge(design, sums, counts, counts > 0, shared, penalty)[combo]
            if relevel is not None:  # each channel's level at its average cell (see fit_case_mix)
                mu = mu + _mean_by_group(relevel, t.log_s - t.n * mu, base, t.n)[relevel]
    shift = _mean_by_group(day, t.log_s - t.n * mu, learn, t.n)
    out = []
    for level in (mu, mu + shift[day]):
        raw = np.expm1(level).clip(min=0.0)
        # back on the seconds scale: per channel, a smearing factor so the expected mean is unbiased
        learnt = pd.DataFrame({"c": channel, "y": t.s, "r": t.n * raw})[learn].groupby("c").sum()
        ratio = (learnt["y"] / learnt["r"]).replace([np.inf, -np.inf], np.nan)
        e = raw * pd.Series(channel).map(ratio).fillna(1.0).to_numpy()
        # the channel's mean of ((y - e) / e)^2 over rows with e > 0, from the row's sums of y and y^2
        with np.errstate(divide="ignore", invalid="ignore"):
            rel2 = np.where(e > 0, (t.q - 2 * e * t.s + t.n * e ** 2) / e ** 2, 0.0)
        spread = pd.DataFrame({"c": channel, "r": rel2, "n": np.where(e > 0, t.n, 0.0)}).groupby("c").sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            cv2 = pd.Series(channel).map(spread["r"] / spread["n"]).to_numpy(float)
        out += [e, np.nan_to_num(e ** 2 * cv2)]
    return out[0], out[1], out[2], out[3]


def _mean_by_group(group: np.ndarray, sums: np.ndarray, rows: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Mean over ``rows`` for each group code, from per-row sums and counts (0 for a group without rows)."""
    size = group.max() + 1
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(np.bincount(group[rows], weights=sums[rows], minlength=size)
                             / np.bincount(group[rows], weights=counts[rows], minlength=size))


def robust_case_mix(frame: pd.DataFrame, metric: str, features: pd.DataFrame, keys: list[str],
                    z_out: float = 4.0, rounds: int = 4) -> dict[str, np.ndarray]:
    """Fit, then refit without the cells far out of line (plain z beyond ``z_out``), one branch a round.

    A big branch that is badly out of line would otherwise drag its channel's (or its language's)
    coefficient with it and make every peer sharing that factor look good (or bad) by contrast. The
    peer then looks as far out as the culprit, so both cannot be dropped at once (nothing would be
    left to learn their shared factor from): each round sets one branch's cells aside, refits, and
    looks again.

    Which branch: the one holding the most extreme cell, unless another branch leans the other way
    beyond half the bar. Then either may be the culprit: a factor served by those two branches only
    (a language) is learnt as their average, each looks out by contrast with the other, and which
    cell is the more extreme is chance (picking the peer once taught the factor from the culprit
    alone and flagged the peer; the few customers of another language inside each branch proved too
    few to tell them apart). The two are then judged by a fit learnt from neither: the shared factor
    is what the rest of the chain shows (the ridge's prior where no one else has it), and the culprit
    is the one out of line with everybody else.
    """
    fit = fit_case_mix(frame, metric, features)
    out = pd.DataFrame(columns=keys)
    for _ in range(rounds):
        cells = observed_expected(frame, metric, fit["e_date"], fit["v_date"], keys)
        if cells.empty:
            return fit
        z, signed = _cell_z(cells, out, keys)
        if z.max() <= z_out:
            break
        worst = z.idxmax()
        suspects = [_suspect_cells(cells, z, signed, worst, keys, z_out)]
        if len(keys) > 1:
            against = (np.sign(signed) != np.sign(signed.loc[worst])) & (cells[keys[0]] != cells.loc[worst, keys[0]])
            if z.where(against, 0.0).max() > z_out / 2:
                suspects.append(_suspect_cells(cells, z, signed, z.where(against, 0.0).idxmax(), keys, z_out))
        if len(suspects) > 1:
            # every row of both branches, not only their suspect cells: a cell of the culprit within half
            # the bar (its e-mail, say) would otherwise teach the shared factor the culprit's level alone
            branches = pd.concat(suspects)[keys[:1]]
            neither = fit_case_mix(frame, metric, features,
                                   exclude=_rows_of(frame, out, keys) | _rows_of(frame, branches, keys[:1]))
            judged = observed_expected(frame, metric, neither["e_date"], neither["v_date"], keys)
            suspects.sort(key=lambda new: -_pooled_z(judged, new, keys))
        new = suspects[0]
        if len(out) + len(new) > len(cells) // 2:
            break  # everything stands out: there is no "normal" left to protect
        out = pd.concat([out, new], ignore_index=True)
        fit = fit_case_mix(frame, metric, features, exclude=_rows_of(frame, out, keys))
    return fit


def _suspect_cells(cells: pd.DataFrame, z: pd.Series, signed: pd.Series, at: int, keys: list[str],
                   z_out: float) -> pd.DataFrame:
    """The cells set aside if the branch of cell ``at`` is the culprit: that cell and its branch's
    others leaning the same way beyond half the bar (a branch curt on three channels at z 4.5 and on
    the fourth at 3.5 would still drag that fourth channel's peers)."""
    group = cells[keys[0]] == cells.loc[at, keys[0]] if len(keys) > 1 else cells.index == at
    same_way = np.sign(signed) == np.sign(signed.loc[at])
    return cells.loc[group & same_way & (z > z_out / 2), keys]


def _pooled_z(cells: pd.DataFrame, chosen: pd.DataFrame, keys: list[str]) -> float:
    """|O - E| / sqrt(V) over the ``chosen`` cells of an observed/expected table together."""
    mine = cells.merge(chosen.drop_duplicates(), on=keys)
    variance = float(mine["V"].sum())
    return abs(float(mine["O"].sum() - mine["E"].sum())) / np.sqrt(variance) if variance > 0 else 0.0


def _rows_of(frame: pd.DataFrame, cells: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Whether each row of ``frame`` belongs to one of ``cells`` (a table of key values)."""
    if cells.empty:
        return np.zeros(len(frame), bool)
    return frame[keys].merge(cells.drop_duplicates().assign(_in=True), how="left", on=keys)["_in"] \
        .fillna(False).to_numpy(bool)


def _cell_z(cells: pd.DataFrame, out: pd.DataFrame, keys: list[str]) -> tuple[pd.Series, pd.Series]:
    """Per cell, |z| (0 for cells already set aside) and the signed z of (O - E) / sqrt(V)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        signed = ((cells["O"] - cells["E"]) / np.sqrt(cells["V"].astype(float))).fillna(0)
    z = signed.abs()
    if not out.empty:
        known = cells[keys].merge(out.assign(_out=True), how="left", on=keys)["_out"].fillna(False).to_numpy(bool)
        z = z.where(~known, 0.0)
    return z, signed


def _day_offsets_logistic(p: np.ndarray, t: OutcomeSums, day: np.ndarray, learn: np.ndarray,
                          steps: int = 8) -> np.ndarray:
    """Shift each day's logits by one offset so its expected total matches its observed total (Newton).

    Only ``learn`` rows set the offsets; they apply to every row of the day.
    """
    eps = 1e-6
    logit = np.log(np.clip(p, eps, 1 - eps) / np.clip(1 - p, eps, 1))
    size = day.max() + 1
    observed = np.bincount(day[learn], weights=t.s[learn], minlength=size)
    delta = np.zeros(size)
    for _ in range(steps):
        q = 1 / (1 + np.exp(-(logit + delta[day])))
        gradient = observed - np.bincount(day[learn], weights=(t.n * q)[learn], minlength=size)
        curvature = np.bincount(day[learn], weights=(t.n * q * (1 - q))[learn], minlength=size)
        # a day with all 0s or all 1s has no finite offset: cap the move so it stays a defined number
        delta += np.clip(np.where(curvature > 0, gradient / np.maximum(curvature, eps), 0.0), -2, 2)
    return 1 / (1 + np.exp(-(logit + delta[day])))


def baseline_days(dates: pd.Series) -> np.ndarray:
    """Rows the case-mix model learns from: all but the most recent week when the window allows.

    A drift that starts this week must not be learnt as "what a chat contact is like"; older weeks
    define normal. With less than two weeks of history every day is baseline.
    """
    last = dates.max()
    base = (dates <= last - pd.Timedelta(days=RECENT_DAYS)).to_numpy()
    span = (last - dates.min()).days + 1
    return base if span >= 2 * RECENT_DAYS and base.any() else np.ones(len(dates), bool)


def _combos_and_design(feats: pd.DataFrame, cell: np.ndarray | None
                       ) -> tuple[np.ndarray, sparse.csr_matrix, int]:
    """Distinct factor combinations (with the cell, if any), their one-hot design and its case-mix width.

    Returns each row's combination, the design (one row per combination: the case-mix dummies, then
    one dummy per cell) and how many leading columns are case mix. Sparse, because with the cell the
    combinations run into the tens of thousands while each row has only eight ones.
    """
    columns = [feats[c].to_numpy() for c in feats.columns] + ([cell] if cell is not None else [])
    codes, widths = [], []
    combo = np.zeros(len(feats), np.int64)
    for values in columns:
        code, levels = pd.factorize(values, use_na_sentinel=False)
        codes.append(code)
        widths.append(len(levels))
        combo = pd.factorize(combo * len(levels) + code)[0]  # stays below n: never overflows
    first = pd.Series(np.arange(len(combo))).groupby(combo).first().to_numpy()
    offsets = np.r_[0, np.cumsum(widths)]
    cols = np.column_stack([code[first] + off for code, off in zip(codes, offsets[:-1])]) if codes \
        else np.zeros((len(first), 0), np.int64)
    rows = np.repeat(np.arange(len(first)), cols.shape[1])
    design = sparse.csr_matrix((np.ones(rows.size), (rows, cols.ravel())), shape=(len(first), int(offsets[-1])))
    shared = int(offsets[-2]) if cell is not None else int(offsets[-1])
    return combo, design, shared


def _penalties(width: int, shared: int | None, cell_penalty: float = MIN_CELL_PENALTY) -> np.ndarray:
    penalty = np.full(width, CASE_MIX_PENALTY)
    if shared is not None:
        penalty[shared:] = cell_penalty
    return penalty


def _cell_penalty(cell: np.ndarray, weighted_score: np.ndarray, information: np.ndarray, base: np.ndarray,
                  scale: float) -> float | None:
    """Ridge penalty on the cell intercepts, ``scale / tau2``, or None when the cells do not differ.

    Per row, ``weighted_score`` is the sum of score x information of its values and ``information``
    their summed information. Per cell on the learning rows, ``d = sum(score * information) /
    sum(information)`` is its deviation from the fit without cells on the model's scale (logit, log
    time) with sampling variance ``1 / sum(information)``; tau2 is the DerSimonian-Laird moment
    estimate of their spread.
    """
    k = cell.max() + 1
    w = np.bincount(cell[base], weights=information[base], minlength=k)
    seen = w > 0
    if seen.sum() < 3:
        return None
    d = np.bincount(cell[base], weights=weighted_score[base], minlength=k)[seen] / w[seen]
    w = w[seen]
    centre = np.sum(w * d) / w.sum()
    q = float(np.sum(w * (d - centre) ** 2))
    tau2 = (q - (len(d) - 1)) / (w.sum() - np.sum(w ** 2) / w.sum())
    if not tau2 > 0 or scale / tau2 > MAX_CELL_PENALTY:
        return None
    return max(MIN_CELL_PENALTY, scale / tau2)


def _as_sparse(design: np.ndarray | sparse.spmatrix) -> sparse.csr_matrix:
    return sparse.csr_matrix(design) if not sparse.issparse(design) else design.tocsr()


def _fit_logistic(design: np.ndarray | sparse.spmatrix, events: np.ndarray, counts: np.ndarray,
                  fitted: np.ndarray, shared: int | None = None, cell_penalty: float = MIN_CELL_PENALTY) -> np.ndarray:
    """Expected rate per combination from a penalised logistic fit on the ``fitted`` ones (events of counts).

    Penalised Newton (IRLS) with an unpenalised intercept: the case-mix columns carry
    ``CASE_MIX_PENALTY``, columns from ``shared`` on (the cell intercepts) ``cell_penalty`` and are left
    out of the prediction, which is therefore the rate at the average cell. Not scikit-learn's
    LogisticRegression: it has one penalty for all coefficients (rescaled columns get around that),
    and its lbfgs needed tol=1e-6 to agree with this fit within 1e-4, ten times slower than these
    few Newton steps on a hundred-odd coefficients.
    """
    rate = events[fitted].sum() / counts[fitted].sum()
    if rate <= 0 or rate >= 1 or design.shape[1] == 0:
        return np.full(len(counts), rate)  # one outcome only: nothing to model, every row expects it
    d = _as_sparse(design)
    x, s, n = d[fitted], events[fitted], counts[fitted]
    penalty = _penalties(d.shape[1], shared, cell_penalty)

    def loss(b0: float, beta: np.ndarray) -> float:
        eta = b0 + x @ beta
        return float(np.sum(n * np.logaddexp(0.0, eta) - s * eta) + 0.5 * np.sum(penalty * beta ** 2))

    b0, beta = float(np.log(rate / (1 - rate))), np.zeros(d.shape[1])
    current = loss(b0, beta)
    for _ in range(50):
        q = expit(b0 + x @ beta)
        w = n * q * (1 - q)
        residual = n * q - s
        xw = x.T @ w
        hessian = np.empty((d.shape[1] + 1, d.shape[1] + 1))
        hessian[0, 0], hessian[0, 1:], hessian[1:, 0] = w.sum(), xw, xw
        hessian[1:, 1:] = (x.T @ x.multiply(w[:, None])).toarray() + np.diag(penalty)
        gradient = np.r_[residual.sum(), x.T @ residual + penalty * beta]
        step = np.linalg.solve(hessian + 1e-9 * np.eye(len(hessian)), gradient)
        t = 1.0
        while True:  # step halving: Newton on a penalised logistic loss rarely needs it, but never diverges
            candidate = loss(b0 - t * step[0], beta - t * step[1:])
            if candidate <= current + 1e-10 * abs(current) or t < 1e-3:
                break
            t /= 2
        b0, beta, current = b0 - t * step[0], beta - t * step[1:], candidate
        if np.max(np.abs(t * step)) < 1e-7:
            break
    keep = slice(None) if shared is None else slice(0, shared)
    return expit(b0 + d[:, keep] @ beta[keep])


def _fit_ridge(design: np.ndarray | sparse.spmatrix, sums: np.ndarray, counts: np.ndarray, fitted: np.ndarray,
               shared: int | None = None, cell_penalty: float = MIN_CELL_PENALTY) -> np.ndarray:
    """Weighted ridge on combination means, intercept unpenalised; prediction at the average cell."""
    if design.shape[1] == 0:
        return np.full(len(counts), sums[fitted].sum() / counts[fitted].sum())
    d = _as_sparse(design)
    x, w = d[fitted], counts[fitted]
    xw = x.T @ w
    system = np.empty((d.shape[1] + 1, d.shape[1] + 1))
    system[0, 0], system[0, 1:], system[1:, 0] = w.sum(), xw, xw
    system[1:, 1:] = (x.T @ x.multiply(w[:, None])).toarray() + np.diag(_penalties(d.shape[1], shared, cell_penalty))
    solution = np.linalg.solve(system + 1e-9 * np.eye(len(system)), np.r_[sums[fitted].sum(), x.T @ sums[fitted]])
    keep = slice(None) if shared is None else slice(0, shared)
    return solution[0] + d[:, keep] @ solution[1:][keep]


def observed_expected(frame: pd.DataFrame, metric: str, expected: np.ndarray, variance: np.ndarray,
                      keys: list[str], column: str | None = None) -> pd.DataFrame:
    """Per group: n, O (sum observed), E (sum expected), V (sum model variance).

    ``frame`` holds raw rows or stored statistics (``outcome_sums``); ``expected`` and ``variance`` are
    per value, so a row of statistics counts them once per value it sums.
    """
    column = column or (METRICS[metric].column if metric in METRICS else metric)
    t = outcome_sums(frame, column)
    if t is None:
        return pd.DataFrame(columns=[*keys, "n", "O", "E", "V"])
    ok = (t.n > 0) & np.isfinite(expected)
    parts = pd.DataFrame({k: frame[k].to_numpy()[ok] for k in keys})
    n = t.n[ok]
    parts["n"], parts["O"], parts["E"], parts["V"] = n.astype(np.int64), t.s[ok], n * expected[ok], n * variance[ok]
    if parts.empty:
        return pd.DataFrame(columns=[*keys, "n", "O", "E", "V"])
    return parts.groupby(keys, observed=True, sort=True).sum().reset_index()
