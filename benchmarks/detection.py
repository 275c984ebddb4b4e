"""Detection benchmark: simulated nights with planted problems, and a real-data check on airline tweets.

Run:  /work/venv/bin/python benchmarks/detection.py [--nights 20] [--null-nights 40] [--nightly-chains 20] [--workers 2]
      /work/venv/bin/python benchmarks/detection.py --airline-only
      /work/venv/bin/python benchmarks/detection.py --watch-only [--watch-chains 40] [--watch-null-nights 40] [--seed-offset K] [--watch-weights "resolution_rate=1"]
      /work/venv/bin/python benchmarks/detection.py --watch-calibration 46   # real series ranked among their simulated copies

The watch list is measured twice: on --watch-chains drifting chains and --watch-null-nights null
nights through the detection code without the flag tests (cheap, so 40+ of each), and on
--nightly-chains chains re-run end to end night by night (realism, a few chains).

Prints detection power per effect size, the false-discovery proportion (null nights and nights with
effects), power for a 10-point resolution drop at a 300-a-week branch x channel, days to detect a
drift of that size, level-attribution accuracy, the time of one night on a 100,000-interaction
window, and which airlines stand out in the Twitter US Airline data.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import date, timedelta

import numpy as np
import pandas as pd

from consistency.config import Settings, parse_weights
from consistency.detect.nightly import run_detection
from consistency.detect.simulate import Effect, make_chain, simulate_window

END = date(2026, 3, 31)
DAYS = 28
DRIFT_START = DAYS - 7  # drifts start a week before the business date
SIZES = (0.03, 0.05, 0.08, 0.12)
COLUMN_METRIC = {"resolved": "resolution_rate", "courteous": "courtesy_rate", "negative": "negative_rate",
                 "escalated": "escalation_rate", "blame": "blame_rate", "transferred": "transfer_rate"}


def wilson(hits: int, k: int, z: float = 1.96) -> str:
    """A share with its 95% Wilson interval: with 40 chains, 35/40 and 36/40 are the same figure."""
    if k == 0:
        return "n/a"
    p = hits / k
    centre, half = (p + z**2 / (2 * k)) / (1 + z**2 / k), z * np.sqrt(p * (1 - p) / k + z**2 / (4 * k**2)) / (1 + z**2 / k)
    return f"{p:.2f}, 95% CI {centre - half:.2f}-{centre + half:.2f}"


def days_to_alarm(nights: list[int]) -> str:
    """Median days to the list and the shares within 7 and 10 days, against the issue's targets."""
    k = len(nights)
    week, ten = sum(d <= 7 for d in nights), sum(d <= 10 for d in nights)
    return (f"median {statistics.median(nights)} days to the list; within 7 days {week}/{k} "
            f"({wilson(week, k)}; target >= 0.5); within 10 days {ten}/{k} ({wilson(ten, k)}; target >= 0.9)")


def planted(rng: np.random.Generator, branches: list[str]) -> list[tuple[str, Effect]]:
    """One night's problems, each on its own branch so they do not mask one another."""
    b = list(rng.permutation(branches))
    channels = ["phone", "email", "chat", "in_person"]
    pick = lambda: str(rng.choice(channels))  # noqa: E731
    effects: list[tuple[str, Effect]] = []
    for i, size in enumerate(SIZES):  # whole-window branch x channel problems of growing size
        effects.append((f"branch {size:.2f}", Effect("branch", "resolved", size, b[i], pick())))
    ch = pick()
    effects.append(("power: 10pt at 300/week", Effect("branch", "resolved", 0.10, b[4], ch)))
    effects.append(("drift: 10pt at 300/week", Effect("branch", "blame", 0.10, b[5], pick(), start_day=DRIFT_START)))
    ch = pick()
    effects.append(("agent", Effect("agent", "courteous", 0.35, b[6], ch, agent=f"{b[6]}-{ch}-a1")))
    effects.append(("channel drift", Effect("channel", "negative", 0.10, None, pick(), start_day=DRIFT_START)))
    effects.append(("chain shift", Effect("chain", "escalated", 0.05, start_day=DRIFT_START)))
    return effects


def matches(flag, effect: Effect) -> bool:
    """Is this flag about this planted effect (same metric and place)?"""
    if flag.metric != COLUMN_METRIC[effect.column]:
        return False
    if effect.level == "chain":
        return flag.type == "chain_shift"
    if effect.level == "channel":
        return flag.channel == effect.channel and flag.branch is None
    return flag.branch == effect.branch and flag.channel in (effect.channel, None)


def watch_matches(item, effect: Effect) -> bool:
    """Is this watch item about this planted effect (same metric; a cell it covers)?"""
    if item.metric != COLUMN_METRIC[effect.column]:
        return False
    return (effect.branch in (None, item.branch)) and (effect.channel in (None, item.channel))


def one_night(seed: int, with_effects: bool, change_share: float | None = None) -> dict:
    """Simulate a window, run detection, score the flags against the planted truth."""
    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=12, mean_daily=20.0)
    effects = planted(rng, chain.branches) if with_effects else []
    for _, e in effects:  # the power scenario's cells carry 300 interactions a week
        if e.branch is not None and e.channel is not None:
            chain.volume[(e.branch, e.channel)] = 300 / 7
    frame = simulate_window(rng, chain, END, DAYS, tuple(e for _, e in effects))
    start = time.perf_counter()
    result = run_detection(frame, None, END, fdr=0.05, change_share=change_share)
    seconds = time.perf_counter() - start
    true_flags = [f for f in result.flags if any(matches(f, e) for _, e in effects)]
    rows = []
    for name, e in effects:
        hit = sorted((f for f in result.flags if matches(f, e)), key=lambda f: f.q_value or 1.0)
        alarm = None
        # a drift merged into its cell's funnel flag keeps the day its monitor rang in details
        alarms = [f.first_seen if f.type in ("drift", "chain_shift") else date.fromisoformat(f.details["drift_alarm"])
                  for f in hit if f.type in ("drift", "chain_shift") or f.details.get("drift_alarm")]
        if e.start_day and alarms:
            first = min(alarms)
            alarm = (pd.Timestamp(first) - (pd.Timestamp(END) - pd.Timedelta(days=DAYS - 1 - e.start_day))).days + 1
        rows.append({"effect": name, "detected": bool(hit), "level_ok": bool(hit) and hit[0].level == e.level
                     and (e.level != "agent" or hit[0].agent == e.agent), "days_to_alarm": alarm})
    on_list = [i for i in result.watch if i.status in ("watching", "promoted")]
    for row, (_, e) in zip(rows, effects):
        row["watched"] = any(watch_matches(i, e) for i in on_list)
    tested = result.tests[result.tests["p_value"].notna()]
    families = tested.drop_duplicates("family")
    return {"flags": len(result.flags), "false": len(result.flags) - len(true_flags), "effects": rows,
            "tests": len(tested), "significant": int((tested["q_value"] <= 0.05).sum()),
            "families": len(families), "selected": int((families["family_q"] <= 0.05).sum()),
            "seconds": seconds, "n": len(frame), "watch": len(on_list),
            "watch_new": sum(i.alarm_date == END for i in on_list),
            "watch_false": sum(not any(watch_matches(i, e) for _, e in effects) for i in on_list),
            "watch_series": result.watch_info.get("series", 0)}


def days_to_detect_nightly(seed: int, change_share: float | None = None, watch_rate: float = 1.0) -> dict:
    """Re-run the nights after a drift starts, as production would: the first night it is flagged and watched.

    Night 7 also records what any test could have known: an oracle that knows the onset day sums the
    cell's risk-adjusted excess over the drift's days (one-sided p), against the p-value a single
    drift flag needs under tonight's weighted BH (FDR x its weight / number of tests).
    The watch list's information bound is an oracle CUSUM that knows every contact's probability
    before and after the change (the simulation's truth), at the same per-series false-alarm rate.
    """
    from scipy.stats import norm

    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=8, mean_daily=20.0)
    cell = (chain.branches[2], "phone")
    chain.volume[cell] = 300 / 7
    horizon = DAYS + 10
    effect = Effect("branch", "resolved", 0.10, *cell, start_day=DAYS)  # begins on day DAYS of the history
    end_all = END + timedelta(days=10)
    frame = simulate_window(rng, chain, end_all, horizon, (effect,))
    first_day = pd.Timestamp(end_all) - pd.Timedelta(days=horizon - 1)
    onset = first_day + pd.Timedelta(days=DAYS)
    out: dict = {"night": None, "watch_night": None}
    alpha = None
    for night in range(1, 11):
        business_date = (first_day + pd.Timedelta(days=DAYS - 1 + night)).date()
        window = frame[(frame["business_date"] > pd.Timestamp(business_date) - pd.Timedelta(days=DAYS))
                       & (frame["business_date"] <= pd.Timestamp(business_date))]
        result = run_detection(window, None, business_date, change_share=change_share, watch_rate=watch_rate)
        if alpha is None and result.watch_info.get("per_series_rate") is not None:  # the drifting series' share, night 1
            alpha = result.watch_info["per_series_rate"] * result.watch_info.get("weights", {}).get("resolution_rate", 1.0)
        if night == 7:
            tests = result.tests
            mine = tests[(tests["kind"] == "drift") & (tests["metric"] == "resolution_rate")
                         & (tests["branch"] == cell[0]) & (tests["channel"] == cell[1])]
            s = result.series
            days = s[(s["metric"] == "resolution_rate") & (s["branch"] == cell[0]) & (s["channel"] == cell[1])
                     & (s["date"] >= onset)]
            e = days["expected"] * days["n"]
            z = ((days["observed"] * days["n"]).sum() - e.sum()) / np.sqrt((e * (1 - days["expected"])).sum())
            # a lone drift in its family of m tests, one family selected of F: Simes m p <= 0.05 / F
            tested = tests[tests["p_value"].notna()]
            families, size = tested["family"].nunique(), int((tested["family"] == mine["family"].iloc[0]).sum())
            out.update(p_drift=float(mine["p_value"].iloc[0]), p_oracle=float(norm.cdf(z)),
                       p_needed=0.05 * float(mine["weight"].iloc[0]) / (families * size), tests=len(tests),
                       families=families)
        if out["night"] is None and any(f.metric == "resolution_rate" and f.branch == cell[0]
                                        and f.channel in (cell[1], None) for f in result.flags):
            out["night"] = night
        if out["watch_night"] is None and any(i.metric == "resolution_rate" and (i.branch, i.channel) == cell
                                              and i.status in ("watching", "promoted") for i in result.watch):
            out["watch_night"] = night
        # stop once the watch list has it and night 7's figures are in: flags beyond that are not followed
        # (the flag column then reads "not by the night the loop stopped"; see the report's wording)
        if out["watch_night"] is not None and night >= 7:
            out["last_night"] = night
            break
    out.setdefault("last_night", 10)
    out["oracle_night"] = oracle_delay(frame, cell, effect, onset, alpha or watch_rate, seed)
    return out


def oracle_delay(frame: pd.DataFrame, cell: tuple[str, str], effect: Effect, onset: pd.Timestamp, alpha: float,
                 seed: int) -> int | None:
    """Days from onset to the alarm of a CUSUM that knows each contact's before and after probability.

    Its threshold is set like the watch list's: in-control copies of the cell's window before the change
    (its own days, its own contacts' probabilities) on the list at the window's end ``alpha`` of the
    time. Returns None when not within 10 days.
    """
    from consistency.detect.simulate import true_probability

    mine = frame[(frame["branch"] == cell[0]) & (frame["channel"] == cell[1])].reset_index(drop=True)
    p0 = true_probability(mine, "resolved")
    p1 = np.clip(p0 - effect.size, 0.001, 0.999)
    win, lose = np.log(p1 / p0), np.log((1 - p1) / (1 - p0))  # log-likelihood ratio of resolved / not
    day = (mine["business_date"] - frame["business_date"].min()).dt.days.to_numpy()
    llr = pd.Series(np.where(mine["resolved"].to_numpy() > 0, win, lose)).groupby(day).sum()
    first = int((onset - frame["business_date"].min()).days)
    # in-control copies of the window before the change, as it was (its days, its contacts), each contact
    # drawn; false alarm means what it means for the watch list (watch.listed_statistic): on the list at the
    # window's end, the CUSUM started at zero on its first day, with the same minimum evidence since onset
    from consistency.detect import watch

    rng = np.random.default_rng(seed + 1)
    replicates = 4000
    level, since_n, since_days, top = (np.zeros(replicates) for _ in range(4))
    for d in range(first - DAYS, first):
        rows = np.flatnonzero(day == d)
        y = rng.random((replicates, len(rows))) < p0[rows]
        level = np.maximum(0.0, level + np.where(y, win[rows], lose[rows]).sum(axis=1))
        since_n = np.where(level > 0, since_n + len(rows), 0.0)
        since_days = np.where(level > 0, since_days + (len(rows) > 0), 0.0)
        enough = (since_n >= watch.MIN_WATCH_N) & (since_days >= watch.MIN_WATCH_DAYS)
        top = np.where(level > 0, np.maximum(top, np.where(enough, level, 0.0)), 0.0)
    h = max(float(np.quantile(top, 1 - alpha, method="weibull")), watch.MIN_THRESHOLD)
    s = 0.0
    for d in range(first - DAYS, first + 10):  # the CUSUM runs over the window before the change as ours does
        s = max(0.0, s + float(llr.get(d, 0.0)))
        if d >= first and s >= h:
            return d - first + 1
    return None


def watch_tonight(interactions: pd.DataFrame, business_date: date, rate: float, metrics: tuple[str, ...] | None = None,
                  per_series_rate: float | None = None, weights: dict[str, float] | None = None
                  ) -> tuple[list, int, float]:
    """The night's watch list through the detection code alone (no flag tests): items, series watched, per-series rate.

    The same steps ``run_detection`` takes for the watch list: the prepared window, the robust
    case-mix fit per metric, the funnel's between-cell spread (tau2), ``watch.build_series``,
    ``watch.thresholds`` and ``watch.episodes``. ``metrics`` restricts it to some metrics; given
    ``per_series_rate`` (the full night's, from ``watch.thresholds``), the thresholds are those the
    full night would set.
    """
    from consistency.detect import watch

    series, start = watch_series(interactions, business_date, metrics)
    info: dict = {}
    # with the full night's per-series rate, these series' thresholds are the full night's
    h = watch.thresholds(series, rate, info=info, weights=weights, unit_share=per_series_rate)
    return ([i for one, hs in zip(series, h) for i in watch.episodes(one, hs, start, business_date)], len(series),
            info.get("per_series_rate", 0.0))


def watch_series(interactions: pd.DataFrame, business_date: date, metrics: tuple[str, ...] | None = None
                 ) -> tuple[list, pd.Timestamp]:
    """The watch list's series of the night (``watch.build_series`` for every metric) and the window's first day."""
    from consistency.aggregate import METRICS
    from consistency.detect import funnel, watch
    from consistency.detect.casemix import baseline_days, case_mix_features, observed_expected, robust_case_mix
    from consistency.detect.flags import MIN_N
    from consistency.detect.nightly import _prepare

    frame = _prepare(interactions, business_date)
    features = case_mix_features(frame)
    baseline = frame["business_date"].isin(set(frame["business_date"][baseline_days(frame["business_date"])])).to_numpy()
    series = []
    for metric in metrics or tuple(METRICS):
        spec = METRICS[metric]
        if spec.column not in frame or pd.to_numeric(frame[spec.column], errors="coerce").notna().sum() < MIN_N:
            continue
        fit = robust_case_mix(frame, metric, features, ["branch", "channel"])
        cells = observed_expected(frame, metric, fit["e_date"], fit["v_date"], ["branch", "channel"])
        ratio, _, s = funnel.standardised_ratio_inputs(cells["O"], cells["E"], cells["V"])
        testable = (cells["n"].to_numpy() >= MIN_N) & np.isfinite(s)
        tau2 = funnel.estimate_dispersion(ratio[testable], 1.0, s[testable]).tau2
        y = pd.to_numeric(frame[spec.column], errors="coerce").astype(float).to_numpy()
        series += watch.build_series(frame, metric, y, fit["e"], fit["v"], 1 if spec.higher_is_worse else -1, tau2,
                                     baseline, business_date)
    return series, frame["business_date"].min()


def listed_now(s) -> float:
    """The real series' counterpart of ``watch.listed_statistic``: the largest CUSUM since its last zero
    on a day with the minimum evidence since then (0 when at zero tonight or silent for ``STALE_DAYS``)."""
    from consistency.detect import watch

    level = since_n = since_days = top = 0.0
    for w, n in zip(s.llr, s.n):
        level = max(0.0, level + w)
        since_n, since_days = (since_n + n, since_days + (n > 0)) if level > 0 else (0.0, 0.0)
        enough = since_n >= watch.MIN_WATCH_N and since_days >= watch.MIN_WATCH_DAYS
        top = max(top, level) if level > 0 and enough else (top if level > 0 else 0.0)
    return 0.0 if len(s.n) - 1 - np.flatnonzero(s.n > 0).max() >= watch.STALE_DAYS else top


def watch_calibration_night(seed: int) -> dict:
    """A null night: each listable series' real statistic ranked among its own simulated in-control copies.

    ``u`` is the share of copies at or above the real statistic (1 when the series is not listable
    tonight at any threshold); a threshold at per-series share ``a`` lists it when ``u <= a``, so over
    many series-nights the count of ``u <= a`` against ``a`` times their number says whether the
    simulation that sets the thresholds spends the budget it is given.
    """
    from consistency.detect import watch

    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=12, mean_daily=20.0)
    series, _ = watch_series(simulate_window(rng, chain, END, DAYS), END)
    stat = watch.listed_statistic(series)
    u = []
    for one, copies in zip(series, stat):
        if (copies >= watch.MIN_THRESHOLD).any():  # a series that can be listed tonight (not FCR's stale cells)
            real = listed_now(one)
            u.append(float((copies >= real).mean()) if real > 0 else 1.0)
    return {"u": u}


def watch_calibration_report(nights: int, workers: int) -> None:
    """How often real in-control series reach their simulated quantile, per per-series share."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        u = np.array([x for r in pool.map(watch_calibration_night, range(7000, 7000 + nights)) for x in r["u"]])
    print(f"== watch threshold calibration: {nights} null nights, {len(u)} listable series-nights")
    for share in (1 / 420, 2 / 420, 4 / 420, 0.024, 0.05):
        hits = int((u <= share).sum())
        print(f"  per-series share {share:.4f}: {hits} series at or beyond the simulated quantile, "
              f"{share * len(u):.1f} expected (ratio {hits / (share * len(u)):.2f})")


def watch_chain(seed: int, watch_rate: float = 1.0, weights: dict[str, float] | None = None) -> dict:
    """Nights 1-10 after a drift starts, the watch list only: the night it is on the list, and the oracle's.

    The chain of ``days_to_detect_nightly`` (8 branches, the drifting cell at 300 a week, resolution
    -10 points). Only the drifting metric is followed night by night, at the per-series rate of the
    whole chain (every metric's series counted on night 1), which is what makes 40+ chains cheap.
    The oracle gets the drifting series' own share: the weight-1 share times resolution's weight.
    """
    from consistency.detect import watch

    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=8, mean_daily=20.0)
    cell = (chain.branches[2], "phone")
    chain.volume[cell] = 300 / 7
    horizon = DAYS + 10
    effect = Effect("branch", "resolved", 0.10, *cell, start_day=DAYS)
    end_all = END + timedelta(days=10)
    frame = simulate_window(rng, chain, end_all, horizon, (effect,))
    first_day = pd.Timestamp(end_all) - pd.Timedelta(days=horizon - 1)
    onset = first_day + pd.Timedelta(days=DAYS)
    total, alpha, night_found = None, None, None
    for night in range(1, 11):
        business_date = (first_day + pd.Timedelta(days=DAYS - 1 + night)).date()
        window = frame[(frame["business_date"] > pd.Timestamp(business_date) - pd.Timedelta(days=DAYS))
                       & (frame["business_date"] <= pd.Timestamp(business_date))]
        if total is None:
            _, total, alpha = watch_tonight(window, business_date, watch_rate, weights=weights)
        items, _, _ = watch_tonight(window, business_date, watch_rate, ("resolution_rate",), alpha, weights)
        if any(i.metric == "resolution_rate" and (i.branch, i.channel) == cell and i.status == "watching"
               for i in items):
            night_found = night
            break
    own = alpha * (watch.WATCH_WEIGHTS if weights is None else weights).get("resolution_rate", 1.0)
    return {"watch_night": night_found, "series": total, "share": own,
            "oracle_night": oracle_delay(frame, cell, effect, onset, own, seed)}


def watch_null_night(seed: int, watch_rate: float = 1.0, weights: dict[str, float] | None = None) -> dict:
    """A 12-branch chain with nothing planted: the watch items on tonight's list (all metrics), and per metric."""
    rng = np.random.default_rng(seed)
    chain = make_chain(rng, branches=12, mean_daily=20.0)
    frame = simulate_window(rng, chain, END, DAYS)
    items, series, _ = watch_tonight(frame, END, watch_rate, weights=weights)
    listed = [i for i in items if i.status == "watching"]
    return {"watch": len(listed), "watch_new": sum(i.alarm_date == END for i in items), "series": series,
            "by_metric": pd.Series([i.metric for i in listed], dtype=object).value_counts().to_dict()}


def watch_simulation_report(chains: int, null_nights: int, workers: int, watch_rate: float = 1.0,
                            weights: dict[str, float] | None = None, seed_offset: int = 0) -> None:
    """The watch list on many chains and null nights, through the detection code without the flag tests.

    Drifting chains use seeds ``9000 + seed_offset + k``, null nights ``7000 + seed_offset + k``.
    """
    runs, nulls = [], []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # drifting chains and null nights interleaved, each printed as it ends: a time-boxed run still reports
        jobs = {}
        for k in range(max(chains, null_nights)):
            if k < chains:
                jobs[pool.submit(watch_chain, 9000 + seed_offset + k, watch_rate, weights)] = "chain"
            if k < null_nights:
                jobs[pool.submit(watch_null_night, 7000 + seed_offset + k, watch_rate, weights)] = "null"
        for done in as_completed(jobs):
            r = done.result()
            if jobs[done] == "chain":
                runs.append(r)
                print(f"  drifting chain {len(runs)}: watch night {r['watch_night']}, oracle day {r['oracle_night']}",
                      flush=True)
            else:
                nulls.append(r)
                print(f"  null night {len(nulls)}: {r['watch']} items on the list ({r['series']} series)", flush=True)
    from consistency.detect import watch

    used = watch.WATCH_WEIGHTS if weights is None else weights
    print(f"== watch list, cheap path (detection code without the flag tests), CONSISTENCY_WATCH_RATE={watch_rate}, "
          f"metric weights {used or 'none (even split)'}, seed offset {seed_offset}")
    items = [r["watch"] for r in nulls]
    if nulls:
        print(f"null nights (12 branches x 4 channels, {int(np.median([r['series'] for r in nulls]))} series): false "
              f"items on the list per night {np.mean(items):.2f} +- {1.96 * np.std(items) / np.sqrt(len(items)):.2f} "
              f"(95%; n={len(nulls)} nights; new that night {np.mean([r['watch_new'] for r in nulls]):.2f}; nights with "
              f"none {np.mean([k == 0 for k in items]):.2f}); setting {watch_rate}")
        per_metric = pd.DataFrame([r["by_metric"] for r in nulls]).fillna(0).mean().sort_index()
        print("  per metric, items a night: " + ", ".join(f"{m} {x:.2f}" for m, x in per_metric.items()))
    if not runs:
        return
    watch_nights = [r["watch_night"] or 11 for r in runs]
    oracle = [r["oracle_night"] or 11 for r in runs]
    k = len(runs)
    print(f"resolution -10pt at 300/week, 8-branch chains ({int(np.median([r['series'] for r in runs]))} series), "
          f"n={k} chains: {days_to_alarm(watch_nights)}")
    print(f"information bound (oracle CUSUM, the drifting series' own share, median "
          f"{statistics.median([r['share'] for r in runs]):.5f}): median {statistics.median(oracle)} days, within 7 "
          f"{sum(d <= 7 for d in oracle)}/{k}, within 10 {sum(d <= 10 for d in oracle)}/{k}; ratio watch / oracle = "
          f"{statistics.median(watch_nights) / statistics.median(oracle):.2f} (target <= 1.3); days > 10 count as 11")
    print("  per chain (watch / oracle): " + ", ".join(f"{w}/{o}" for w, o in zip(watch_nights, oracle)), flush=True)


def speed_100k() -> tuple[int, float]:
    """Seconds for one night on a ~100,000-interaction window (one process)."""
    rng = np.random.default_rng(7)
    chain = make_chain(rng, branches=40, mean_daily=22.0)
    frame = simulate_window(rng, chain, END, DAYS)
    start = time.perf_counter()
    run_detection(frame, None, END)
    return len(frame), time.perf_counter() - start


def simulation_report(nights: int, null_nights: int, workers: int, nightly_seeds: int,
                      change_share: float | None = None) -> None:
    """Print power, FDP, days to detect and level accuracy over simulated nights."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        nightly = []
        for r in pool.map(days_to_detect_nightly, range(9000, 9000 + nightly_seeds), [change_share] * nightly_seeds):
            nightly.append(r)  # up to 10 runs each; printed as they come so a time-boxed run still reports
            print(f"  nightly chain {len(nightly)}: watch night {r['watch_night']}, flag night {r['night']} "
                  f"(followed to night {r['last_night']}), oracle day {r['oracle_night']}", flush=True)
        null_runs = list(pool.map(one_night, range(5000, 5000 + null_nights), [False] * null_nights,
                                  [change_share] * null_nights))
        print(f"  null nights: watch items per night {[r['watch'] for r in null_runs]}", flush=True)
        effect_runs = list(pool.map(one_night, range(1000, 1000 + nights), [True] * nights, [change_share] * nights))
    table = pd.DataFrame([r for run in effect_runs for r in run["effects"]])
    print(f"== FDR budget: {'plain BH' if change_share is None else f'drift tests get {change_share:.0%}'}")
    print(f"== {nights} nights with planted effects, {null_nights} null nights "
          f"(12 branches x 4 channels, {DAYS}-day window, ~{int(np.mean([r['n'] for r in effect_runs]))} interactions)")
    summary = table.groupby("effect", sort=False).agg(power=("detected", "mean"), level_accuracy=("level_ok", "sum"),
                                                       detected=("detected", "sum"))
    summary["level_accuracy"] = summary["level_accuracy"] / summary["detected"].where(summary["detected"] > 0)
    print(summary[["power", "level_accuracy"]].round(3).to_string())
    print(f"false-discovery control by families (a flag's unit; detect/fdr.py), nights with effects: "
          f"{np.mean([r['tests'] for r in effect_runs]):.0f} tests in {np.mean([r['families'] for r in effect_runs]):.0f} "
          f"families a night; {np.mean([r['selected'] for r in effect_runs]):.1f} families selected, "
          f"{np.mean([r['significant'] for r in effect_runs]):.1f} significant tests, "
          f"{np.mean([r['flags'] for r in effect_runs]):.1f} flags")
    fdp_effects = [r["false"] / r["flags"] for r in effect_runs if r["flags"]]
    print(f"false-discovery proportion, nights with effects (n={len(fdp_effects)} nights with a flag): mean {np.mean(fdp_effects):.3f} "
          f"(flags per night {np.mean([r['flags'] for r in effect_runs]):.1f}, false {np.mean([r['false'] for r in effect_runs]):.2f})")
    null_fdp = [1.0 if r["flags"] else 0.0 for r in null_runs]
    print(f"null nights with any flag (FDP = 1 there, else 0; n={len(null_fdp)} nights): {np.mean(null_fdp):.3f} "
          f"(false flags per null night {np.mean([r['false'] for r in null_runs]):.2f}); target FDR <= 0.05")
    detected = table[table["detected"]]
    print(f"level attribution accuracy over all detected effects: {detected['level_ok'].mean():.3f} (target >= 0.90)")
    power = summary.loc["power: 10pt at 300/week", "power"]
    print(f"power, 10-point resolution drop at a 300/week branch x channel (whole window): {power:.3f} (target >= 0.9)")
    drift = table[(table["effect"] == "drift: 10pt at 300/week") & table["days_to_alarm"].notna()]["days_to_alarm"]
    if len(drift):
        print(f"drift (blame +10pt, 300/week, last 7 days) alarm date in the final night: median {drift.median():.1f} days "
              f"after onset (n={len(drift)})")
    if not nightly:
        watch_report(effect_runs, null_runs, nightly, table)
        print(f"seconds per night (~{int(np.mean([r['n'] for r in effect_runs]))} rows): "
              f"{np.mean([r['seconds'] for r in effect_runs]):.2f}")
        return
    found = [r["night"] for r in nightly if r["night"] is not None]
    print(f"flags, nightly re-runs of a quiet 8-branch chain with one drift (resolution -10pt, 300/week), "
          f"{len(nightly)} chains: flagged within 7 nights {sum(d <= 7 for d in found)}/{len(nightly)} "
          f"(each chain followed to night 7 at least, on to 10 until the watch list has it)")
    night7 = pd.DataFrame([r for r in nightly if "p_drift" in r])
    print(f"  night 7 ({int(night7['tests'].median())} tests in {int(night7['families'].median())} families): "
          f"median p of the drift test "
          f"{night7['p_drift'].median():.1e}; of an oracle that knows the onset day {night7['p_oracle'].median():.1e}; "
          f"p a lone drift flag needs {night7['p_needed'].median():.1e} (oracle under it in "
          f"{int((night7['p_oracle'] <= night7['p_needed']).sum())}/{len(night7)} chains)")
    watch_report(effect_runs, null_runs, nightly, table)
    print(f"seconds per night (~{int(np.mean([r['n'] for r in effect_runs]))} rows): "
          f"{np.mean([r['seconds'] for r in effect_runs]):.2f}")


def watch_report(effect_runs: list[dict], null_runs: list[dict], nightly: list[dict], table: pd.DataFrame) -> None:
    """The watch list's figures: false items, power per planted effect, days to an alarm and the oracle bound."""
    print("== watch list (CUSUM early warnings; CONSISTENCY_WATCH_RATE = expected false items on the list a night)")
    null_items = [r["watch"] for r in null_runs]
    print(f"null nights: false items on the list per night {np.mean(null_items):.2f} (new that night "
          f"{np.mean([r['watch_new'] for r in null_runs]):.2f}; nights with none {np.mean([k == 0 for k in null_items]):.2f}; "
          f"{int(np.median([r['watch_series'] for r in null_runs]))} series watched); setting 1.0")
    print(f"nights with effects: items on the list {np.mean([r['watch'] for r in effect_runs]):.2f}, of which no planted "
          f"effect explains {np.mean([r['watch_false'] for r in effect_runs]):.2f}")
    power = table.groupby("effect", sort=False)["watched"].mean()
    print("power of the watch list per planted effect (item on the list or promoted tonight):")
    print(power.round(3).to_string())
    if not nightly:
        return
    watch_nights = [r["watch_night"] or 11 for r in nightly]
    oracle = [r["oracle_night"] or 11 for r in nightly]
    flags = [r["night"] or 11 for r in nightly]
    k = len(nightly)
    print(f"days to a watch alarm, nightly re-runs, resolution -10pt at 300/week ({k} chains): "
          f"{days_to_alarm(watch_nights)}")
    print(f"  per chain (watch / flag / oracle): " + ", ".join(f"{w}/{f}/{o}" for w, f, o in zip(watch_nights, flags, oracle)))
    print(f"information bound: oracle CUSUM (knows every contact's before and after probability) at the same "
          f"per-series false-alarm rate: median {statistics.median(oracle)} days (within 7: "
          f"{sum(d <= 7 for d in oracle)}/{k}); ratio watch / oracle = "
          f"{statistics.median(watch_nights) / statistics.median(oracle):.2f} (target <= 1.3)")
    print(f"flags for the same drift: within 7 nights {sum(d <= 7 for d in flags)}/{k} (chains are followed only "
          f"until the watch list has the drift and night 7 is done, so later flag nights are not measured here)")


def airline_check(data_dir) -> pd.DataFrame | None:
    """Treat each airline as a branch (channel "social", reason as topic) and print who stands out."""
    folder = data_dir / "tone" / "en_airline"
    if not folder.exists():
        print(f"airline check skipped: {folder} not found")
        return None
    from consistency.detect.airline import airline_detection

    result, frame = airline_detection(folder)
    print(f"== Twitter US Airline Sentiment (train+dev, {len(frame)} tweets, {frame['branch'].nunique()} airlines)")
    cols = ["metric", "branch", "n", "observed", "expected", "ratio", "z_binomial", "z", "q_value", "flagged", "phi",
            "tau2"]
    print(result.funnel[cols].sort_values(["metric", "z"]).round(3).to_string(index=False))
    print("z_binomial: against chance alone; z: against chance plus the between-airline spread (tau2)")
    for f in result.flags:
        print(f"FLAG {f.type} {f.metric} {f.branch} q={f.q_value:.2g}: {f.sentence}")
    return result.funnel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=20)
    parser.add_argument("--null-nights", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--nightly-chains", type=int, default=20, help="chains re-run night by night for days-to-detect")
    parser.add_argument("--change-share", type=float, default=None,
                        help="drift tests' share of the FDR budget (weighted BH); default plain BH")
    parser.add_argument("--watch-chains", type=int, default=40,
                        help="drifting chains for the watch list's cheap path (detection code without the flag tests)")
    parser.add_argument("--watch-null-nights", type=int, default=40, help="null nights for the watch list's cheap path")
    parser.add_argument("--watch-only", action="store_true", help="only the watch list's cheap path")
    parser.add_argument("--seed-offset", type=int, default=0,
                        help="added to the watch list's cheap-path seeds (chains 9000+, null nights 7000+): "
                             "measure on seeds the code was not tuned on")
    parser.add_argument("--watch-weights", type=parse_weights, default=None,
                        help='metric weights of the watch budget, as CONSISTENCY_WATCH_WEIGHTS (e.g. "resolution_rate=1" '
                             "for an even split); default detect/watch.py's WATCH_WEIGHTS")
    parser.add_argument("--watch-calibration", type=int, default=0,
                        help="null nights on which to rank real series among their simulated copies (and stop)")
    parser.add_argument("--airline-only", action="store_true")
    parser.add_argument("--skip-speed", action="store_true", help="skip the 100,000-interaction night and the airline check")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.watch_calibration:
        watch_calibration_report(args.watch_calibration, args.workers)
        print(f"benchmark wall time {time.perf_counter() - began:.0f} s")
        return 0
    if not args.airline_only and (args.watch_chains or args.watch_null_nights):
        watch_simulation_report(args.watch_chains, args.watch_null_nights, args.workers,
                                weights=None if args.watch_weights is None else dict(args.watch_weights),
                                seed_offset=args.seed_offset)
    if args.watch_only:
        print(f"benchmark wall time {time.perf_counter() - began:.0f} s")
        return 0
    if not args.airline_only:
        simulation_report(args.nights, args.null_nights, args.workers, args.nightly_chains, args.change_share)
        if not args.skip_speed:
            n, seconds = speed_100k()
            print(f"one night on {n} interactions: {seconds:.1f} s (target < 60 s)")
    if not args.skip_speed:
        airline_check(Settings.from_env().data_dir)
    print(f"benchmark wall time {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
