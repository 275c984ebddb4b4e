"""Per branch x channel x period metrics, each rate with its n, plus customer-journey columns."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

REPEAT_WINDOW_DAYS = 7  # a contact within a week by the same customer counts as "not first-contact resolved"


@dataclass(frozen=True)
class MetricSpec:
    """How one metric is computed from the interaction frame."""

    column: str  # per-interaction value (0/1 for rates, a number for means)
    binary: bool  # a rate of 0/1 outcomes (logistic case mix) rather than a mean of a measurement
    higher_is_worse: bool


METRICS: dict[str, MetricSpec] = {
    "negative_rate": MetricSpec("negative", True, True),
    "courtesy_rate": MetricSpec("courteous", True, False),
    "resolution_rate": MetricSpec("resolved", True, False),
    "escalation_rate": MetricSpec("escalated", True, True),
    "transfer_rate": MetricSpec("transferred", True, True),
    "blame_rate": MetricSpec("blame", True, True),
    "fcr_rate": MetricSpec("fcr", True, False),
    "wait_s": MetricSpec("wait_s", False, True),
    "handle_s": MetricSpec("handle_s", False, True),
    "csat": MetricSpec("csat", False, False),
}

CELL_COLUMNS = ["period_start", "branch", "channel", "metric", "n", "value"]


def higher_is_worse(metric: str) -> bool:
    """Direction of a metric; mystery-shop criteria (ms_*) are scores where lower is worse."""
    spec = METRICS.get(metric)
    return spec.higher_is_worse if spec is not None else False


def add_journey_columns(interactions: pd.DataFrame, observed_until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Add ``repeat_contacts`` (same customer, any channel, next 7 days) and ``fcr`` (1 = no repeat).

    ``fcr`` is NaN when the customer is unknown or the 7 days after the contact are not yet observed
    (the window ends before them), so a contact from yesterday never counts as resolved first time.
    ``observed_until`` is the last contact seen (default: the latest in ``interactions``; given when
    these are some customers' contacts only).
    """
    out = interactions.copy()
    n = len(out)
    out["repeat_contacts"] = np.zeros(n, dtype=float) if n else pd.Series(dtype=float)
    out["fcr"] = np.full(n, np.nan)
    if n == 0 or "customer" not in out or "started_at" not in out:
        return out
    known = out["customer"].notna() & out["started_at"].notna()
    if not known.any():
        out.loc[:, "repeat_contacts"] = np.nan
        return out
    sub = out.loc[known, ["customer", "started_at"]]
    seconds = (pd.to_datetime(sub["started_at"], utc=True) - pd.Timestamp("1970-01-01", tz="UTC")) // pd.Timedelta(seconds=1)
    seconds = seconds.to_numpy(dtype=np.int64)
    code = pd.factorize(sub["customer"])[0].astype(np.int64)
    # One sortable key per (customer, time): customers sit 1e10 s (~300 years) apart, so a
    # single searchsorted counts each customer's later contacts without a Python loop.
    key = code * 10_000_000_000 + (seconds - seconds.min())
    order = journey_order(key, out.loc[known, "interaction_id"] if "interaction_id" in out else None)
    sorted_key = key[order]
    window = REPEAT_WINDOW_DAYS * 86_400
    later = np.searchsorted(sorted_key, sorted_key + window, side="right") - np.arange(len(sorted_key)) - 1
    repeats = np.empty(len(key), dtype=float)
    repeats[order] = later
    observed_until = seconds.max() if observed_until is None else \
        (pd.Timestamp(observed_until) - pd.Timestamp("1970-01-01", tz="UTC")) // pd.Timedelta(seconds=1)
    fcr = np.where(repeats > 0, 0.0, 1.0)
    # Unknown even when a repeat was already seen: keeping only the repeats of the last week would
    # make every recent day look like a first-contact-resolution collapse.
    fcr[seconds + window > observed_until] = np.nan
    out.loc[known, "repeat_contacts"] = repeats
    out.loc[known, "fcr"] = fcr
    out.loc[~known, "repeat_contacts"] = np.nan
    return out


def journey_order(key: np.ndarray, ids: pd.Series | None) -> np.ndarray:
    """The order of contacts by (customer, start) key, a customer's contacts at the same second by interaction id.

    Which of two same-second contacts came "first" decides which one is the repeat (history) and which
    one has a later contact (FCR). Left to the order the rows arrived in, it followed the database's
    scan order: a re-run of a 300k night read them in another order and rewrote ``cell_stats``, flags
    and watch items. Without ids (simulations), the frame's order decides.
    """
    if ids is None:
        return np.argsort(key, kind="stable")
    by_id = np.argsort(np.asarray(ids, dtype=str), kind="stable")
    return by_id[np.argsort(key[by_id], kind="stable")]


def mask_undefined(interactions: pd.DataFrame) -> pd.DataFrame:
    """Blank each metric on the channels where it is not measured (one value for every contact there).

    A channel where a metric never varies is one where it is not recorded (an e-mail has no handle
    time, a visit log no agent speech to read courtesy from): 0 there is "unknown", not "never", and
    counting it as 0 makes that channel a degenerate case the case-mix model fits to ~0.
    """
    if interactions.empty or "channel" not in interactions:
        return interactions
    out = interactions.copy()
    for spec in METRICS.values():
        if spec.column not in out:
            continue
        values = pd.to_numeric(out[spec.column], errors="coerce").astype(float)
        spread = values.groupby(out["channel"]).agg(["nunique", "count"])
        for channel in spread.index[(spread["nunique"] <= 1) & (spread["count"] >= 2)]:
            values[out["channel"] == channel] = np.nan
        out[spec.column] = values
    return out


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """Midnight of the day, or the Monday of the ISO week, for each business date."""
    days = pd.to_datetime(dates).dt.normalize()
    if period == "day":
        return days
    if period == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    raise ValueError(f"period must be 'day' or 'week', not {period!r}")


def cell_metrics(interactions: pd.DataFrame, period: str = "day") -> pd.DataFrame:
    """Long table [period_start, branch, channel, metric, n, value]; cells with no values are omitted."""
    if interactions.empty:
        return pd.DataFrame(columns=CELL_COLUMNS)
    frame = mask_undefined(interactions).assign(period_start=period_start(interactions["business_date"], period))
    keys = ["period_start", "branch", "channel"]
    parts = []
    for metric, spec in METRICS.items():
        if spec.column not in frame:
            continue
        values = pd.to_numeric(frame[spec.column], errors="coerce").astype(float)
        grouped = values.groupby([frame[k] for k in keys], observed=True, dropna=True)
        table = pd.DataFrame({"n": grouped.count(), "value": grouped.mean()}).reset_index()
        table = table[table["n"] > 0]
        table.insert(3, "metric", metric)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=CELL_COLUMNS)
    cells = pd.concat(parts, ignore_index=True)[CELL_COLUMNS]
    cells["n"] = cells["n"].astype(int)
    return cells.sort_values(["metric", "period_start", "branch", "channel"], ignore_index=True)
