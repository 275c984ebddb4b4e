"""Case-mix adjustment: what each interaction would score at an average branch (indirect standardisation).

A branch does not choose its channel mix, its customers' language, why they call, the hour they
call or whether they are repeat callers. A model fit on the whole chain's window over exactly
those factors (never the branch) gives each interaction an expected value; a cell's
observed/expected ratio then compares it with the chain *for the same kind of work*.
The model learns from the window minus its most recent week (so this week's drift is not learnt
as normal); then each business date gets its own level, so a chain-wide move on one day lands in
the expected values (and is tested once, at chain level) instead of flagging every cell.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from consistency.aggregate import METRICS

CASE_MIX_FACTORS = ("channel", "lang", "topic", "hour_band", "history", "lang_channel", "topic_channel")
MAX_TOPICS = 30  # rarer topics pool into "other" so the model never fits one-off categories
RECENT_DAYS = 7  # the most recent week is judged against the model, never learnt by it


def _hour_band(hour: pd.Series) -> pd.Series:
    bands = pd.cut(pd.to_numeric(hour, errors="coerce"), [-1, 7, 11, 16, 23],
                   labels=["night", "morning", "afternoon", "evening"])
    return bands.astype(object).where(bands.notna(), "unknown").astype(str)


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
    common = topic.value_counts().index[:MAX_TOPICS]
    topic = topic.where(topic.isin(common), "other")
    channel, lang = col("channel"), col("lang")
    return pd.DataFrame({
        "channel": channel,
        "lang": lang,
        "topic": topic,
        "hour_band": _hour_band(frame["hour"]) if "hour" in frame else "unknown",
        "history": _history(frame),
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
    if n == 0 or column not in frame:
        return out
    y = pd.to_numeric(frame[column], errors="coerce").astype(float).to_numpy()
    ok = np.isfinite(y)
    if not ok.any():
        return out
    if np.all(y[ok] == y[ok][0]):
        # one value everywhere (phi and tau undefined): every row expects it, with no variance to test
        for key in ("e", "e_date"):
            out[key][ok] = y[ok][0]
        for key in ("v", "v_date"):
            out[key][ok] = 0.0
        return out
    feats = (case_mix_features(frame) if features is None else features).loc[ok]
    combo = feats.groupby(list(feats.columns), sort=False, observed=True).ngroup().to_numpy()
    yk = y[ok]
    dates = pd.to_datetime(frame.loc[ok, "business_date"]).dt.normalize() if "business_date" in frame \
        else pd.Series(pd.Timestamp(0), index=feats.index)
    day = pd.factorize(dates)[0]
    base = _baseline(dates)
    window_base = base.copy()  # before outliers are set aside: they still show whether a channel measures
    learn = np.ones(len(yk), bool)
    if exclude is not None and (base & ~exclude[ok]).sum() >= 2:
        learn = ~exclude[ok]
        base = base & learn  # rows of known outliers teach neither the model nor the day levels
    counts = np.bincount(combo[base], minlength=combo.max() + 1).astype(float)
    sums = np.bincount(combo[base], weights=yk[base], minlength=combo.max() + 1)
    first = pd.Series(np.arange(len(combo))).groupby(combo).first().to_numpy()
    design = pd.get_dummies(feats.iloc[first], dtype=float).to_numpy()
    fitted = counts > 0
    if binary:
        p = _fit_logistic(design, sums, counts, fitted)[combo]
        p_day = _day_offsets_logistic(p, yk, day, learn)
        v, v_day = p * (1 - p), p_day * (1 - p_day)
    else:
        p, v, p_day, v_day = _fit_times(design, combo, yk, day, base, learn, feats["channel"].to_numpy())
    undefined = _constant_in_baseline(feats["channel"].to_numpy(), yk, window_base)
    for key, values in (("e", p), ("v", v), ("e_date", p_day), ("v_date", v_day)):
        out[key][ok] = np.where(undefined, np.nan, values)
    return out


def _constant_in_baseline(channel: np.ndarray, y: np.ndarray, base: np.ndarray) -> np.ndarray:
    """Rows of channels whose baseline shows one value only (or has no rows): no expectation there.

    A channel that never showed the outcome while the model learnt has no rate to expect: the fit
    would give it ~0 (a coefficient pushed to the penalty's limit) and the first events after the
    baseline would read as a 300-fold excess. Such a metric is not measured on that channel yet.
    """
    frame = pd.DataFrame({"c": channel, "y": y, "b": base})
    seen = frame[frame["b"]].groupby("c")["y"].nunique()
    constant = set(seen.index[seen <= 1]) | (set(frame["c"]) - set(seen.index))
    return frame["c"].isin(constant).to_numpy() if constant else np.zeros(len(y), bool)


def _fit_times(design: np.ndarray, combo: np.ndarray, y: np.ndarray, day: np.ndarray, base: np.ndarray,
               learn: np.ndarray, channel: np.ndarray) -> tuple[np.ndarray, ...]:
    """Expected value and variance of a positive measurement (a time, a score) as a multiplicative model.

    Times differ by orders of magnitude between channels (an e-mail waits hours, a chat seconds), so
    an additive model on seconds lets e-mail noise set every channel's expectation and its per-day
    level. On the log scale factors multiply, each day's level is a ratio, and a channel's spread is
    relative: ``v = e**2 * cv2`` with the channel's squared coefficient of variation, so a cell's
    ``O/E`` is a standardised ratio comparable across channels.
    """
    z = np.log1p(np.maximum(y, 0.0))
    counts = np.bincount(combo[base], minlength=combo.max() + 1).astype(float)
    sums = np.bincount(combo[base], weights=z[base], minlength=combo.max() + 1)
    mu = _fit_ridge(design, sums, counts, counts > 0)[combo]
    size = day.max() + 1
    with np.errstate(divide="ignore", invalid="ignore"):
        shift = np.nan_to_num(np.bincount(day[learn], weights=(z - mu)[learn], minlength=size)
                              / np.bincount(day[learn], minlength=size))
    out = []
    for level in (mu, mu + shift[day]):
        raw = np.expm1(level).clip(min=0.0)
        # back on the seconds scale: per channel, a smearing factor so the expected mean is unbiased
        frame = pd.DataFrame({"c": channel, "y": y, "r": raw})[learn]
        ratio = (frame.groupby("c")["y"].mean() / frame.groupby("c")["r"].mean()).replace([np.inf, -np.inf], np.nan)
        e = raw * pd.Series(channel).map(ratio).fillna(1.0).to_numpy()
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.where(e > 0, (y - e) / e, np.nan)
        cv2 = pd.Series(rel ** 2).groupby(channel).transform("mean").to_numpy()
        out += [e, np.nan_to_num(e ** 2 * cv2)]
    return out[0], out[1], out[2], out[3]


def robust_case_mix(frame: pd.DataFrame, metric: str, features: pd.DataFrame, keys: list[str],
                    z_out: float = 4.0, rounds: int = 4) -> dict[str, np.ndarray]:
    """Fit, then refit without the cells far out of line (plain z beyond ``z_out``), one branch a round.

    A big branch that is badly out of line would otherwise drag its channel's (or its language's)
    coefficient with it and make every peer sharing that factor look good (or bad) by contrast. The
    peer then looks as far out as the culprit, so both cannot be dropped at once (nothing would be
    left to learn their shared factor from): each round drops the cells of the one branch holding
    the most extreme cell, refits, and looks again.
    """
    fit = fit_case_mix(frame, metric, features)
    out = pd.DataFrame(columns=keys)
    for _ in range(rounds):
        cells = observed_expected(frame, metric, fit["e_date"], fit["v_date"], keys)
        if cells.empty:
            return fit
        with np.errstate(divide="ignore", invalid="ignore"):
            signed = ((cells["O"] - cells["E"]) / np.sqrt(cells["V"])).fillna(0)
        z = signed.abs()
        if not out.empty:
            known = cells[keys].merge(out.assign(_out=True), how="left", on=keys)["_out"].fillna(False).to_numpy(bool)
            z = z.where(~known, 0.0)
        if z.max() <= z_out:
            break
        worst = cells.loc[z.idxmax()]
        group = cells[keys[0]] == worst[keys[0]] if len(keys) > 1 else cells.index == z.idxmax()
        # the culprit's other cells that lean the same way go too (half the bar): a branch curt on
        # three channels at z 4.5 and on the fourth at 3.5 would still drag that fourth channel's peers
        same_way = np.sign(signed) == np.sign(signed.loc[z.idxmax()])
        new = cells.loc[group & same_way & (z > z_out / 2) & (z > 0), keys]
        if len(out) + len(new) > len(cells) // 2:
            break  # everything stands out: there is no "normal" left to protect
        out = pd.concat([out, new], ignore_index=True)
        exclude = frame[keys].merge(out.assign(_out=True), how="left", on=keys)["_out"].fillna(False).to_numpy(bool)
        fit = fit_case_mix(frame, metric, features, exclude=exclude)
    return fit


def _day_offsets_logistic(p: np.ndarray, y: np.ndarray, day: np.ndarray, learn: np.ndarray,
                          steps: int = 8) -> np.ndarray:
    """Shift each day's logits by one offset so its expected total matches its observed total (Newton).

    Only ``learn`` rows set the offsets; they apply to every row of the day.
    """
    eps = 1e-6
    logit = np.log(np.clip(p, eps, 1 - eps) / np.clip(1 - p, eps, 1))
    size = day.max() + 1
    observed = np.bincount(day[learn], weights=y[learn], minlength=size)
    delta = np.zeros(size)
    for _ in range(steps):
        q = 1 / (1 + np.exp(-(logit + delta[day])))
        gradient = observed - np.bincount(day[learn], weights=q[learn], minlength=size)
        curvature = np.bincount(day[learn], weights=(q * (1 - q))[learn], minlength=size)
        # a day with all 0s or all 1s has no finite offset: cap the move so it stays a defined number
        delta += np.clip(np.where(curvature > 0, gradient / np.maximum(curvature, eps), 0.0), -2, 2)
    return 1 / (1 + np.exp(-(logit + delta[day])))


def _baseline(dates: pd.Series) -> np.ndarray:
    """Rows the case-mix model learns from: all but the most recent week when the window allows.

    A drift that starts this week must not be learnt as "what a chat contact is like"; older weeks
    define normal. With less than two weeks of history every day is baseline.
    """
    last = dates.max()
    base = (dates <= last - pd.Timedelta(days=RECENT_DAYS)).to_numpy()
    span = (last - dates.min()).days + 1
    return base if span >= 2 * RECENT_DAYS and base.any() else np.ones(len(dates), bool)


def _fit_logistic(design: np.ndarray, events: np.ndarray, counts: np.ndarray, fitted: np.ndarray) -> np.ndarray:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    rate = events.sum() / counts.sum()
    if rate <= 0 or rate >= 1 or design.shape[1] == 0:
        return np.full(len(counts), rate)  # one outcome only: nothing to model, every row expects it
    x = np.vstack([design[fitted], design[fitted]])
    target = np.r_[np.ones(fitted.sum()), np.zeros(fitted.sum())]
    weight = np.r_[events[fitted], counts[fitted] - events[fitted]]
    keep = weight > 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(C=1.0, max_iter=300).fit(x[keep], target[keep], sample_weight=weight[keep])
    return model.predict_proba(design)[:, 1]


def _fit_ridge(design: np.ndarray, sums: np.ndarray, counts: np.ndarray, fitted: np.ndarray) -> np.ndarray:
    from sklearn.linear_model import Ridge

    if design.shape[1] == 0:
        return np.full(len(counts), sums.sum() / counts.sum())
    means = sums[fitted] / counts[fitted]
    return Ridge(alpha=1.0).fit(design[fitted], means, sample_weight=counts[fitted]).predict(design)


def observed_expected(frame: pd.DataFrame, metric: str, expected: np.ndarray, variance: np.ndarray,
                      keys: list[str], column: str | None = None) -> pd.DataFrame:
    """Per group: n, O (sum observed), E (sum expected), V (sum model variance)."""
    column = column or (METRICS[metric].column if metric in METRICS else metric)
    y = pd.to_numeric(frame[column], errors="coerce").astype(float).to_numpy()
    ok = np.isfinite(y) & np.isfinite(expected)
    parts = pd.DataFrame({k: frame[k].to_numpy()[ok] for k in keys})
    parts["n"], parts["O"], parts["E"], parts["V"] = 1, y[ok], expected[ok], variance[ok]
    if parts.empty:
        return pd.DataFrame(columns=[*keys, "n", "O", "E", "V"])
    return parts.groupby(keys, observed=True, sort=True).sum().reset_index()
