"""One night's detection over the history window: funnel, drift, cross-channel, mystery, chain shift."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from scipy.stats import norm

from consistency.aggregate import METRICS, add_journey_columns, mask_undefined
from consistency.detect import crosschannel, drift, funnel, mystery as mystery_mod, watch as watch_mod
from consistency.detect.consolidate import consolidate
from consistency.detect.casemix import (OutcomeSums, baseline_days, case_mix_features, observed_expected, outcome_sums,
                                       robust_case_mix)
from consistency.detect.fdr import budget_weights, family_qvalues
from consistency.detect.evidence import own_evidence
from consistency.detect.flags import MIN_N, ContactReader, FlagBuilder, Test, consolidate_channel_flags
from consistency.records import Flag

MIN_DAYS = 3  # a drift needs a few days to be a drift
CHANGE_KINDS = frozenset({"drift", "channel_drift", "chain_shift"})  # tests of a move in time, not of a level
# Their share of the night's FDR budget; None = plain BH, every test the same weight. A larger share
# (fdr.py says why one may want it) rings a drift alarm about a night sooner in simulation, but on a
# demo chain it raised four single-cell drift alarms no planted problem explains (FCR, wait, transfers)
# against at most one with plain BH, so it is a setting, not the default.
CHANGE_SHARE: float | None = None
FUNNEL_COLUMNS = ["metric", "branch", "channel", "n", "observed", "expected", "ratio", "z", "lo95", "hi95",
                  "lo998", "hi998", "p_value", "q_value", "flagged"]
SERIES_COLUMNS = ["metric", "branch", "channel", "date", "n", "observed", "expected", "cusum", "alarm"]
TEST_COLUMNS = ["kind", "metric", "branch", "channel", "p_value", "weight", "q_value", "family", "family_q"]


@dataclass
class DetectionResult:
    """Flags plus the tables the report draws (funnel points, daily series)."""

    flags: list[Flag]
    funnel: pd.DataFrame
    series: pd.DataFrame
    cross_channel: pd.DataFrame = field(default_factory=pd.DataFrame)
    mystery: pd.DataFrame = field(default_factory=pd.DataFrame)
    dispersion: dict[str, funnel.Dispersion] = field(default_factory=dict)
    tests: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TEST_COLUMNS))  # the night's tests, by family
    fdr: float = 0.05
    # cells significantly *better* than expected: not problems, shown apart (managers copy what works)
    bright_spots: list[Flag] = field(default_factory=list)
    # the second tier: CUSUM early warnings (live, promoted tonight, retired within the window)
    watch: list[watch_mod.WatchItem] = field(default_factory=list)
    watch_info: dict = field(default_factory=dict)
    # significant tests whose own figures sat inside their limits or rested on too few values: not flags
    demoted: list[dict] = field(default_factory=list)


def _empty() -> DetectionResult:
    return DetectionResult([], pd.DataFrame(columns=FUNNEL_COLUMNS), pd.DataFrame(columns=SERIES_COLUMNS))


def is_grouped(frame: pd.DataFrame) -> bool:
    """Stored statistics (``cellstats.load_patterns``: a row per pattern with its ``interactions``), not raw rows."""
    return "interactions" in frame


def _prepare(interactions: pd.DataFrame, business_date: date) -> pd.DataFrame:
    """Rows up to the business date with the columns detection reads, whatever the input left out.

    Stored statistics come masked (``load_patterns``) and carry no interaction ids.
    """
    if interactions is None or interactions.empty or not {"branch", "channel", "business_date"} <= set(interactions):
        return pd.DataFrame()
    frame = interactions.copy()
    frame["business_date"] = pd.to_datetime(frame["business_date"], errors="coerce").dt.normalize()
    frame = frame[frame["business_date"].notna() & frame["branch"].notna() & frame["channel"].notna()]
    frame = frame[frame["business_date"] <= pd.Timestamp(business_date)]
    if is_grouped(frame):
        frame["branch"], frame["channel"] = frame["branch"].astype(str), frame["channel"].astype(str)
        return frame.reset_index(drop=True)
    if "interaction_id" not in frame:
        frame["interaction_id"] = frame.index.astype(str)
    if "agent" not in frame:
        frame["agent"] = None
    if "fcr" not in frame and "customer" in frame and "started_at" in frame:
        frame = add_journey_columns(frame)
    frame["branch"], frame["channel"] = frame["branch"].astype(str), frame["channel"].astype(str)
    return mask_undefined(frame).reset_index(drop=True)


def _ratio_limits(expected_rate: np.ndarray, s: np.ndarray, tau2: float, z_alpha: float) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = funnel.additive_limits(1.0, s, tau2, z_alpha)
    return np.maximum(lo, 0) * expected_rate, hi * expected_rate


def _funnel_tests(frame: pd.DataFrame, cells: pd.DataFrame, metric: str, e: np.ndarray, v: np.ndarray,
                  tests: list[Test]) -> tuple[pd.DataFrame, funnel.Dispersion]:
    """Funnel points of one metric over the whole window; appends one test per testable cell."""
    spec = METRICS[metric]
    sign = 1 if spec.higher_is_worse else -1
    # --- funnel over the whole window
    ratio, _, s = funnel.standardised_ratio_inputs(cells["O"], cells["E"], cells["V"])
    testable = (cells["n"].to_numpy() >= MIN_N) & np.isfinite(s)
    disp = funnel.estimate_dispersion(ratio[testable], 1.0, s[testable])
    z = funnel.adjusted_z(ratio, 1.0, s, disp.tau2)
    z = np.where(testable, z, np.nan)
    p = np.where(np.isfinite(z), 2 * norm.sf(np.abs(z)), np.nan)
    if spec.binary and disp.tau2 == 0:
        p = np.where(np.isfinite(z), _binomial_two_sided(cells["O"], cells["n"], cells["E"]), np.nan)
    worst_agent = _worst_agents(frame, metric, e, v, disp.tau2)
    agent_p = cells[["branch", "channel"]].merge(worst_agent, how="left", on=["branch", "channel"])
    agent_p[["z_agent", "p_agent"]] = agent_p[["z_agent", "p_agent"]].astype(float)
    cell_p = p.copy()
    # One test per cell whether the problem is everywhere in it or in one agent: Bonferroni over
    # the two views (and over the cell's agents) keeps the family the same size.
    p = np.where(np.isfinite(p) & np.isfinite(agent_p["p_agent"].to_numpy()),
                 np.minimum(1.0, 2 * np.minimum(p, agent_p["p_agent"].to_numpy())), p)
    exp_rate = (cells["E"] / cells["n"]).to_numpy()
    lo95, hi95 = _ratio_limits(exp_rate, s, disp.tau2, funnel.Z95)
    lo998, hi998 = _ratio_limits(exp_rate, s, disp.tau2, funnel.Z998)
    table = pd.DataFrame({"metric": metric, "branch": cells["branch"], "channel": cells["channel"],
                          "n": cells["n"].astype(int), "observed": cells["O"] / cells["n"], "expected": exp_rate,
                          "ratio": ratio, "z": z, "lo95": lo95, "hi95": hi95, "lo998": lo998, "hi998": hi998,
                          "p_value": p, "q_value": np.nan, "flagged": False})
    table["_test"] = -1
    for i in np.flatnonzero(np.isfinite(p)):
        table.iat[i, table.columns.get_loc("_test")] = len(tests)
        agent = agent_p.iloc[i].to_dict()
        # which view raised the test: the cell as a whole, or its furthest-out agent (Bonferroni'd)
        by_agent = bool(np.isfinite(agent.get("p_agent", np.nan)) and agent["p_agent"] < cell_p[i])
        tests.append(Test("funnel", metric, table["branch"].iat[i], table["channel"].iat[i], float(p[i]),
                           {"row": table.iloc[i].to_dict(), "sign": sign, "by_agent": by_agent,
                            "agent_z": float(agent_p["z_agent"].iat[i]), "agent": agent if by_agent else None,
                            "tau2": disp.tau2}))
    return table, disp


def _channel_against_the_rest(pooled: pd.DataFrame, binary: bool) -> pd.DataFrame:
    """Each channel's daily O, V and an E that moves with the *other* channels' day-to-day level.

    ``pooled`` holds per channel and date n, O, E, V against the case-mix model without day levels.
    The chain's shared day level must not be learnt from the channel under test: with one level
    per day for all channels, a phone-only jump lifts every channel's expectation by phone's share
    and hides a quarter or more of the jump. Leaving the channel out, a move of the whole chain
    cancels (that is the chain-shift test's business) and a move of one channel shows in full.
    """
    totals = pooled.groupby("business_date")[["n", "O", "E"]].transform("sum")
    level = crosschannel.rate_level((totals["O"] - pooled["O"]).to_numpy(), (totals["E"] - pooled["E"]).to_numpy(),
                                    (totals["n"] - pooled["n"]).to_numpy(), binary)
    out = pooled.copy()
    rate = (out["E"] / out["n"]).to_numpy()
    if binary:
        out["E"] = out["n"] * crosschannel.scaled_rate(rate, level, True)
        p = out["E"] / out["n"]
        out["V"] = out["n"] * p * (1 - p)
    else:
        out["E"], out["V"] = out["E"] * level, out["V"] * level ** 2
    return out


def _drift_tests(daily: pd.DataFrame, pooled: pd.DataFrame, metric: str, tau2: float,
                 tests: list[Test], skew: float | None = None) -> list[pd.DataFrame]:
    """CUSUM per cell and per channel (pooled over branches); appends tests, returns the daily series.

    ``daily`` is per cell and day against the model with day levels, ``pooled`` per channel and day
    against the model without them. ``skew``: one value's skewness (times and scores, ``value_skew``).
    """
    spec = METRICS[metric]
    sign = 1 if spec.higher_is_worse else -1
    series_parts = []
    # --- drift per cell on the daily series
    for (branch, channel), days in daily.groupby(["branch", "channel"], sort=True):
        days = days.rename(columns={"business_date": "date"}).sort_values("date")
        result = drift.cell_drift(days, tau2, sign, binary=spec.binary, skew=skew)
        tested = days["n"].sum() >= MIN_N and result["days"] >= MIN_DAYS
        index = len(tests) if tested else -1
        if tested:
            tests.append(Test("drift", metric, branch, channel, result["p_value"],
                               {"result": result, "days": days, "sign": sign}))
        series_parts.append(pd.DataFrame({
            "metric": metric, "branch": branch, "channel": channel, "date": days["date"].to_numpy(),
            "n": days["n"].astype(int).to_numpy(), "observed": (days["O"] / days["n"]).to_numpy(),
            "expected": (days["E"] / days["n"]).to_numpy(), "cusum": result["path"], "alarm": False,
            "_test": index}))
    # --- one channel drifting in every branch: pooled per channel, so a broad but thin move shows
    for channel, days in _channel_against_the_rest(pooled, spec.binary).groupby("channel", sort=True):
        days = days.rename(columns={"business_date": "date"}).sort_values("date")
        result = drift.cell_drift(days, tau2, sign, binary=spec.binary, skew=skew)
        if days["n"].sum() >= MIN_N and result["days"] >= MIN_DAYS and daily[daily["channel"] == channel]["branch"].nunique() >= 3:
            tests.append(Test("channel_drift", metric, None, channel, result["p_value"],
                               {"result": result, "days": days, "sign": sign}))
    return series_parts


def run_detection(interactions: pd.DataFrame, mystery: pd.DataFrame | None, business_date: date,
                  fdr: float = 0.05, change_share: float | None = CHANGE_SHARE,
                  watch_rate: float = watch_mod.WATCH_RATE, contacts: ContactReader | None = None,
                  watch_weights: dict[str, float] | None = None) -> DetectionResult:
    """Test every branch x channel x metric of the window; weighted BH across all tests; explain each flag.

    ``interactions`` is the window's raw rows or its stored statistics (``cellstats.load_patterns``):
    every test, figure and watch series is a sum of counts, sums and sums of squares over rows, so
    both give the same result. With statistics, ``contacts`` reads the interactions of the patterns a
    flag's evidence needs (``cellstats.pattern_contacts``); without it a flag names none.
    ``change_share`` is the part of the FDR budget the tests of change over time get (drift per
    cell and per channel, the chain's shift); the window tests share the rest. None: plain BH.
    ``watch_rate`` is the expected number of false items on the watch list a night (``watch.py``) and
    ``watch_weights`` each metric's share of it against a metric not named (None: ``watch.WATCH_WEIGHTS``).
    """
    frame = _prepare(interactions, business_date)
    if frame.empty:
        return _empty()
    features = case_mix_features(frame)
    baseline = set(frame["business_date"][baseline_days(frame["business_date"])])  # the days the case mix learns from
    tests: list[Test] = []
    funnel_parts, series_parts, cross_parts = [], [], []
    per_metric: dict[str, dict] = {}
    dispersion: dict[str, funnel.Dispersion] = {}
    for metric, spec in METRICS.items():
        sums = outcome_sums(frame, spec.column)
        if sums is None or sums.n.sum() < MIN_N:
            continue
        sign = 1 if spec.higher_is_worse else -1
        fit = robust_case_mix(frame, metric, features, ["branch", "channel"])
        e, v = fit["e_date"], fit["v_date"]
        per_metric[metric] = {"sums": sums, "e": e, "v": v, "sign": sign, "e0": fit["e"], "v0": fit["v"]}
        cells = observed_expected(frame, metric, e, v, ["branch", "channel"])
        if cells.empty:
            continue
        table, disp = _funnel_tests(frame, cells, metric, e, v, tests)
        funnel_parts.append(table)
        dispersion[metric] = disp
        per_metric[metric]["tau2"] = disp.tau2
        daily = observed_expected(frame, metric, e, v, ["branch", "channel", "business_date"])
        pooled = observed_expected(frame, metric, fit["e"], fit["v"], ["channel", "business_date"])
        series_parts.extend(_drift_tests(daily, pooled, metric, disp.tau2, tests,
                                         None if spec.binary else value_skew(sums, e, v)))
        # --- cross-channel within each branch
        cross = crosschannel.cross_channel_table(cells, disp.tau2, sign, MIN_N, binary=spec.binary,
                                                 agents=_agent_cells(frame, metric, e, v))
        if not cross.empty:
            cross.insert(0, "metric", metric)
            for row in cross.to_dict("records"):
                tests.append(Test("cross_channel", metric, row["branch"], row["channel"], row["p_value"],
                                   {"row": row, "sign": sign}))
            cross_parts.append(cross)
        # --- chain-wide shift: against a model without the date, so a move shared by all cells shows
        chain = observed_expected(frame, metric, fit["e"], fit["v"], ["business_date"]).sort_values("business_date")
        if len(chain) >= MIN_DAYS:
            zc = drift.chain_z(chain["O"], chain["E"], chain["n"], chain["V"], sign,
                               chain["business_date"].isin(baseline).to_numpy())
            path = drift.cusum_path(zc)
            stat = float(path.max())
            tests.append(Test("chain_shift", metric, None, None, float(drift.cusum_p_value(stat, len(path))[0]),
                               {"chain": chain.assign(z=zc, cusum=path), "sign": sign}))

    funnel_table = pd.concat(funnel_parts, ignore_index=True) if funnel_parts else pd.DataFrame(columns=FUNNEL_COLUMNS + ["_test"])
    series = pd.concat(series_parts, ignore_index=True) if series_parts else pd.DataFrame(columns=SERIES_COLUMNS + ["_test"])
    cross_table = pd.concat(cross_parts, ignore_index=True) if cross_parts else pd.DataFrame()

    # --- mystery shop vs logs, per branch: the shop score against the branch's own log rate
    mystery_table = pd.DataFrame()
    if mystery is not None and not mystery.empty and per_metric:
        mystery_table = mystery_mod.mystery_table(mystery, _branch_logs(frame, per_metric))
        for row in mystery_table.to_dict("records"):
            tests.append(Test("mystery_vs_logs", row["metric"], row["branch"], None, row["p_value"], {"row": row}))

    # --- false-discovery control at the level of what a flag reports: families of tests (two-level BH)
    p_all = np.array([t.p_value for t in tests], float)
    weights = budget_weights(np.array([t.kind in CHANGE_KINDS for t in tests], bool), change_share)
    families = [family_of(t) for t in tests]
    control = family_qvalues(p_all, families, fdr, weights)
    q_all, p_cut = control.q, control.p_cut  # p_cut: each test's own largest rejected p
    if not funnel_table.empty:
        has = funnel_table["_test"] >= 0
        funnel_table.loc[has, "q_value"] = q_all[funnel_table.loc[has, "_test"].to_numpy()]
        funnel_table["flagged"] = funnel_table["q_value"].le(fdr)
    if not series.empty:
        series["alarm"] = False
        for index, rows in series[series["_test"] >= 0].groupby("_test"):
            if q_all[index] <= fdr:
                pv = drift.cusum_p_value(rows["cusum"].to_numpy(), len(rows), current=True)  # as cell_drift tested it
                series.loc[rows.index, "alarm"] = np.cumsum(pv <= p_cut[index]) > 0

    if contacts is None and is_grouped(frame):
        contacts = _no_contacts
    context = FlagBuilder(frame, per_metric, pd.Timestamp(business_date), contacts)
    flags: list[Flag] = []
    for test, q, cut in zip(tests, q_all, p_cut):
        if not (q <= fdr):
            continue
        flag = context.make_flag(test, float(q), float(cut))
        if flag is not None:
            flags.append(flag)
    flags = consolidate_channel_flags(_drop_drifts_that_are_the_whole_window(flags, context.window_start.date()), context)
    flags = consolidate(flags, _measured_channels(funnel_table))
    flags, demoted = own_evidence(flags)
    order = lambda f: (f.q_value if f.q_value is not None else 1.0, f.type, f.metric)  # noqa: E731
    bright = sorted((f for f in flags if f.direction == "better"), key=order)
    flags = sorted((f for f in flags if f.direction != "better"), key=order)
    family = pd.DataFrame([(t.kind, t.metric, t.branch, t.channel, t.p_value) for t in tests],
                          columns=TEST_COLUMNS[:5]).assign(weight=weights, q_value=q_all,
                                                           family=[" ".join(map(str, k)) for k in families],
                                                           family_q=control.family_q)
    rows_baseline = frame["business_date"].isin(baseline).to_numpy()
    watch_items, watch_info = watch_mod.watch_list(frame, per_metric, rows_baseline, business_date, watch_rate,
                                                    watch_weights)
    watch_mod.promote(watch_items, flags)
    return DetectionResult(flags, funnel_table.drop(columns="_test")[FUNNEL_COLUMNS],
                           series.drop(columns="_test")[SERIES_COLUMNS], cross_table, mystery_table, dispersion,
                           family[TEST_COLUMNS], fdr, bright, watch_items, watch_info, demoted)


def family_of(test: Test) -> tuple:
    """The family a test belongs to: the unit one flag reports, fixed before any p-value is seen.

    * a cell's tests (funnel, drift, cross-channel, with their agent views) belong to their metric
      at their branch: consolidation tells one branch's problem on one metric as one flag (or a few,
      one per channel), whichever of its channels and views confirm it;
    * the tests of a move across branches (a channel's drift, the chain's shift) belong to their
      metric across the chain, which consolidation also tells as one move;
    * a branch's mystery-shop tests (one per criterion) ask one question, whether its shops tell
      another story than its logs: one family per branch (its criteria share the log figures).
    """
    if test.kind == "mystery_vs_logs":
        return ("mystery", test.branch)
    if test.kind in ("chain_shift", "channel_drift"):
        return ("chain", test.metric)
    return ("branch", test.metric, test.branch)


def _measured_channels(funnel_table: pd.DataFrame) -> dict[tuple[str, str], int]:
    """How many channels each branch was tested on, per metric (for "most of its channels")."""
    if funnel_table.empty:
        return {}
    tested = funnel_table[funnel_table["p_value"].notna()]
    return {(str(m), str(b)): int(k) for (m, b), k in tested.groupby(["metric", "branch"])["channel"].nunique().items()}


def _no_contacts(patterns: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(columns=["interaction_id", "pattern"])


def _branch_logs(frame: pd.DataFrame, per_metric: dict[str, dict]) -> pd.DataFrame:
    """Per metric and branch over all its channels: n, log rate, expected rate, z oriented so + = better."""
    parts = []
    for metric, m in per_metric.items():
        t = m["sums"]
        ok = (t.n > 0) & np.isfinite(m["e"])
        g = pd.DataFrame({"branch": frame["branch"].to_numpy()[ok], "n": t.n[ok], "O": t.s[ok], "E": (t.n * m["e"])[ok],
                          "V": (t.n * m["v"])[ok]}).groupby("branch").sum()
        g = g[(g["n"] >= MIN_N) & (g["V"] > 0)]
        with np.errstate(divide="ignore", invalid="ignore"):
            z = -m["sign"] * (g["O"] - g["E"]) / np.sqrt(g["V"] + m.get("tau2", 0.0) * g["E"] ** 2)
        parts.append(pd.DataFrame({"metric": metric, "branch": g.index, "n": g["n"].to_numpy().astype(np.int64),
                                   "observed": (g["O"] / g["n"]).to_numpy(), "expected": (g["E"] / g["n"]).to_numpy(),
                                   "z_better": z.to_numpy()}))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["metric", "branch", "z_better"])


def value_skew(sums: OutcomeSums, e: np.ndarray, v: np.ndarray) -> float:
    """Skewness of one value about its expectation, ``mean(r**3) / mean(r**2)**1.5`` with ``r = (y - e) / sqrt(v)``.

    Times are long-tailed (lognormal-like) and scores bounded; a day's mean of ``n`` values carries
    ``skew / sqrt(n)`` of it, which the drift test's daily score allows for (``drift.daily_z``). Each row
    holds ``k`` values sharing ``e`` and ``v`` (one interaction, or a stored pattern), so the sums of
    ``r**2`` and ``r**3`` expand in the row's count, sum, sum of squares and sum of cubes.
    """
    if sums.c is None:
        return 0.0
    k, s, q, c = sums.n, sums.s, sums.q, sums.c
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = (q - 2 * e * s + k * e**2) / v
        r3 = (c - 3 * e * q + 3 * e**2 * s - k * e**3) / v**1.5
    ok = (k > 0) & np.isfinite(r2) & np.isfinite(r3) & (v > 0)
    count = float(k[ok].sum())
    if count < MIN_N:
        return 0.0
    spread = float(r2[ok].sum()) / count
    return float(r3[ok].sum() / count / spread**1.5) if spread > 0 else 0.0


def _binomial_two_sided(observed: pd.Series, n: pd.Series, expected: pd.Series) -> np.ndarray:
    """Two-sided mid-p of a cell's event count under Binomial(n, E/n): exact where normal tails are not."""
    from scipy.stats import binom

    o, m, rate = (np.asarray(a, float) for a in (observed, n, expected / n))
    k = np.round(o)
    lower = binom.cdf(k - 1, m, rate) + 0.5 * binom.pmf(k, m, rate)
    upper = binom.sf(k, m, rate) + 0.5 * binom.pmf(k, m, rate)
    return np.minimum(1.0, 2 * np.minimum(lower, upper))


def _agent_cells(frame: pd.DataFrame, metric: str, e: np.ndarray, v: np.ndarray) -> pd.DataFrame:
    """Per branch, channel and agent ("" when unknown): n, O, E, V over the window."""
    return observed_expected(frame.assign(agent=frame["agent"].fillna("")), metric, e, v, ["branch", "channel", "agent"])


def _worst_agents(frame: pd.DataFrame, metric: str, e: np.ndarray, v: np.ndarray, tau2: float) -> pd.DataFrame:
    """Per cell: the agent furthest out (smallest p) and a Bonferroni p over the cell's testable agents.

    For a rate the score is ``drift.count_score``, the more cautious of the binomial and the normal: an
    agent's count of a rare event is skewed, and the normal tail alone (ten times too thin at 20 events
    where 9 are expected) let chance agents through.
    """
    table = _agent_cells(frame, metric, e, v)
    table = table[(table["agent"] != "") & (table["n"] >= MIN_N) & (table["V"] > 0)]
    if table.empty:
        return pd.DataFrame(columns=["branch", "channel", "agent", "z_agent", "p_agent", "n_agent", "O_agent",
                                     "E_agent", "V_agent"])
    z = (table["O"] - table["E"]) / np.sqrt(table["V"] + tau2 * table["E"] ** 2)
    if METRICS[metric].binary:  # a rare outcome in an agent's few contacts is skewed: the binomial, not the normal
        z = drift.count_score(table["O"], table["n"], table["E"] / table["n"], table["V"] / table["E"] ** 2, tau2)
    table = table.assign(z=z, n_agent=table["n"], O_agent=table["O"], E_agent=table["E"], V_agent=table["V"])
    table["abs_z"] = table["z"].abs()
    agents = table.groupby(["branch", "channel"])["agent"].transform("size")
    table["p"] = np.minimum(1.0, agents * 2 * norm.sf(table["abs_z"].to_numpy()))
    worst = table.sort_values(["p", "abs_z"], ascending=[False, True]) \
        .groupby(["branch", "channel"], as_index=False).last()
    # a cell with one agent has no agent-level view distinct from the cell itself
    worst = worst[agents.groupby([table["branch"], table["channel"]]).max().reindex(
        pd.MultiIndex.from_frame(worst[["branch", "channel"]])).to_numpy() >= 2]
    return worst.rename(columns={"z": "z_agent", "p": "p_agent"})[["branch", "channel", "agent", "z_agent", "p_agent",
                                                                   "n_agent", "O_agent", "E_agent", "V_agent"]]


def _drop_drifts_that_are_the_whole_window(flags: list[Flag], window_start: date) -> list[Flag]:
    """A "drift" that began on the window's first day is the funnel flag of the same cell told twice."""
    funnel_cells = {(f.metric, f.branch, f.channel): f for f in flags if f.type == "funnel" and f.direction == "worse"}
    kept = []
    for f in flags:
        twin = funnel_cells.get((f.metric, f.branch, f.channel))
        if f.type == "drift" and twin is not None and f.details.get("change_date") == window_start.isoformat():
            twin.details["drift_alarm"] = f.first_seen.isoformat()
            continue
        kept.append(f)
    return kept
