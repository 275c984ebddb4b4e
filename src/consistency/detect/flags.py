"""Turning a significant test into a Flag: level, evidence, limits, onset and a sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from consistency.aggregate import METRICS
from consistency.detect import crosschannel, drift, funnel, sentences as say
from consistency.detect.casemix import OutcomeSums, value_sums
from consistency.detect.levels import CHANNEL_MEDIAN_Z, TOP_INTERACTIONS, decide_level, top_interactions
from consistency.records import Flag

MIN_N = 10  # a cell with fewer values is shown but never tested: too little to tell from noise


@dataclass
class Test:
    """One hypothesis tested tonight, with what turning it into a flag needs."""

    kind: str  # funnel | drift | cross_channel | chain_shift | mystery_vs_logs
    metric: str
    branch: str | None
    channel: str | None
    p_value: float
    info: dict



def cell_view(decision) -> tuple[str, str | None, str | None]:
    """Level, flag agent and agent to name for a flag raised by a *cell's* test (not an agent's own).

    An agent-level flag must stand on that agent's own figures and own test (the funnel's and the
    cross-channel test's agent views, Bonferroni'd over the cell's agents). When the cell's test
    raised the flag and the level rules find one agent carrying most of it, the flag stays the
    cell's (branch level, the cell's figures) and the agent is named as context.
    """
    if decision.level == "agent":
        decision.details["one_agent"] = decision.agent
        return "branch", None, decision.agent
    return decision.level, decision.agent, decision.agent


EVIDENCE_BATCH = 64  # pattern rows in the evidence search's first read (each next one 4x as many)


def push_bound(n: np.ndarray, s: np.ndarray, q: np.ndarray, e: np.ndarray, sign: int, binary: bool) -> np.ndarray:
    """The largest push ``sign (y - e)`` any of a row's values can have, from their count, sum and sum of squares.

    Rates: values are 0 or 1 (a 1 is there when the sum is positive, a 0 when it is below the count).
    Otherwise Samuelson's inequality: each of ``n`` values lies within ``mean +- sd sqrt(n - 1)`` (the
    population sd), widened a little for rounding. A row of one value gets its exact push.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        if binary:
            return np.where(s > 0.5, 1 - e, -np.inf) if sign > 0 else np.where(n - s > 0.5, e, -np.inf)
        mean = s / n
        reach = np.sqrt(np.maximum(q / n - mean**2, 0.0) * np.maximum(n - 1, 0.0))
        slack = 1e-9 * (np.abs(mean) + reach + np.abs(e) + 1.0)
        return (mean + reach - e if sign > 0 else e - mean + reach) + slack


def metric_sums(m: dict) -> OutcomeSums:
    """A metric's values per row of detection's frame as sums: ``m["sums"]``, or made from raw values ``m["y"]``."""
    if "sums" not in m:
        m["sums"] = value_sums(m["y"])
    return m["sums"]


# Given row positions of detection's frame, the interactions behind them: interaction_id, ``pattern``
# (the row each belongs to) and the metrics' value columns. Raw rows are their own interactions; for
# stored statistics it is a targeted read of those patterns' interactions (``cellstats.pattern_contacts``).
ContactReader = Callable[[np.ndarray], pd.DataFrame]


class FlagBuilder:
    """What turning a significant test into a Flag needs: rows, expectations, the level rules.

    ``frame`` holds raw rows (one interaction each) or stored statistics (one row per day, cell, agent
    and case-mix pattern); every figure is a sum over its rows of counts, sums and ``n * e``, so the
    two give the same flags. Only the evidence (top interactions) needs interactions: ``contacts``.
    """

    def __init__(self, frame: pd.DataFrame, per_metric: dict[str, dict], business_date: pd.Timestamp,
                 contacts: ContactReader | None = None) -> None:
        self.frame, self.per_metric, self.business_date = frame, per_metric, business_date
        self.window_start = frame["business_date"].min()
        self.contacts = contacts or self._own_rows
        self._channel_expectations: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}

    def _own_rows(self, patterns: np.ndarray) -> pd.DataFrame:
        """Raw rows are their own interactions."""
        columns = ["interaction_id", *(c for c in {spec.column for spec in METRICS.values()} if c in self.frame)]
        return self.frame.iloc[patterns][columns].assign(pattern=patterns)

    def against_other_channels(self, metric: str, channel: str) -> tuple[np.ndarray, np.ndarray]:
        """Per-row expectation and variance of ``channel`` at the *other* channels' level of each day.

        The comparison the channel-drift test makes (``nightly._channel_against_the_rest``): the
        model's shared day level partly learns a move of one whole channel (its share of the day),
        so judged against it, the same channel in the other branches looks less out than it is.
        Rows of other channels keep the ordinary expectation.
        """
        key = (metric, channel)
        if key not in self._channel_expectations:
            m = self.per_metric[metric]
            t = metric_sums(m)
            e0, v0 = m.get("e0", m["e"]), m.get("v0", m["v"])
            ok = (t.n > 0) & np.isfinite(e0)
            mine = (self.frame["channel"] == channel).to_numpy()
            day = self.frame["business_date"].to_numpy()
            binary = METRICS[metric].binary if metric in METRICS else True
            rest = ok & ~mine
            rest = pd.DataFrame({"d": day[rest], "n": t.n[rest], "O": t.s[rest],
                                 "E": (t.n * e0)[rest]}).groupby("d").sum()
            ratio = pd.Series(crosschannel.rate_level(rest["O"], rest["E"], rest["n"], binary), index=rest.index)
            level = pd.Series(day).map(ratio).to_numpy(float)
            level = np.where(np.isfinite(level) & (level > 0), level, 1.0)
            e, v = m["e"].copy(), m["v"].copy()
            if binary:
                scaled = crosschannel.scaled_rate(e0, level, True)  # on the odds, so a rate stays a rate
                e[mine], v[mine] = scaled[mine], (scaled * (1 - scaled))[mine]
            else:
                e[mine], v[mine] = (e0 * level)[mine], (v0 * level**2)[mine]
            self._channel_expectations[key] = (e, v)
        return self._channel_expectations[key]

    def channel_rows(self, metric: str, channel: str, since: pd.Timestamp | None,
                     extra: np.ndarray | None = None) -> pd.DataFrame:
        """Rows of ``channel`` (all branches, or ``extra`` ones) since ``since``, against the other channels."""
        mask = self.cell_mask(None, channel, since)
        if extra is not None:
            mask &= extra
        return self.rows(metric, mask, self.against_other_channels(metric, channel))

    def channel_figures(self, metric: str, channel: str, since: pd.Timestamp | None) -> dict | None:
        """The channel's pooled n, observed, expected and 99.8% limits over all branches since ``since``."""
        rows = self.channel_rows(metric, channel, since)
        if rows.empty:
            return None
        n, obs, exp, half = _figures(rows, self.per_metric[metric].get("tau2", 0.0))
        return {"n": n, "observed": obs, "expected": exp, "lower": float(max(exp - half, 0)),
                "upper": float(exp + half), "rows": rows}

    def rows(self, metric: str, mask: np.ndarray,
             expectation: tuple[np.ndarray, np.ndarray] | None = None) -> pd.DataFrame:
        """The ``mask``ed rows with values of ``metric``: pattern (row position), agent (None when unknown),
        branch, n, the sums y (values), e (expected values), v (model variances) over the row's ``n``, and
        e_value, the expected value of one of them."""
        m = self.per_metric[metric]
        t = metric_sums(m)
        e, v = expectation if expectation is not None else (m["e"], m["v"])
        ok = mask & (t.n > 0) & np.isfinite(e)
        agent = self.frame["agent"].to_numpy()[ok]
        return pd.DataFrame({"pattern": np.flatnonzero(ok),
                             "agent": np.where(pd.isna(agent) | (agent == ""), None, agent),
                             "branch": self.frame["branch"].to_numpy()[ok],
                             "n": t.n[ok], "y": t.s[ok], "e": (t.n * e)[ok], "v": (t.n * v)[ok],
                             "e_value": e[ok]})  # per value, exactly: (n e) / n can be off by a rounding

    def top(self, metric: str, rows: pd.DataFrame, sign: int, k: int = TOP_INTERACTIONS) -> list[str]:
        """Evidence: the ``k`` interactions behind ``rows`` that pushed furthest in the worse direction (``sign``).

        A contact's push is ``sign (y - e)`` with ``e`` its pattern's. Rows are read best bound first
        (``push_bound``: what a row's sums allow its best contact), in growing batches, until the next
        bound falls below the ``k``-th push found: the same choice as ranking every contact, from the
        interactions of a few patterns (a targeted read when rows are stored statistics).
        """
        if rows.empty:
            return []
        column = METRICS[metric].column if metric in METRICS else metric
        binary = METRICS[metric].binary if metric in METRICS else True
        t = metric_sums(self.per_metric[metric])
        at = rows["pattern"].to_numpy()
        e = rows["e_value"].to_numpy()  # equal expectations (patterns of one case mix, other agents) must tie exactly
        bound = push_bound(t.n[at], t.s[at], t.q[at], e, sign, binary)
        order = np.argsort(-bound, kind="stable")
        order = order[bound[order] > 0]  # a push must be positive: rows that cannot give one are never read
        per_value = pd.Series(e, index=at)
        found: list[pd.DataFrame] = []
        kept, kth, taken, batch = np.empty(0), -np.inf, 0, EVIDENCE_BATCH  # kept: the k largest pushes so far
        while taken < len(order) and bound[order[taken]] >= kth:
            contacts = self.contacts(at[order[taken:taken + batch]])
            taken, batch = taken + batch, batch * 4
            if contacts.empty:
                continue
            part = pd.DataFrame({"interaction_id": contacts["interaction_id"].to_numpy(),
                                 "y": pd.to_numeric(contacts[column], errors="coerce").to_numpy(float),
                                 "e": per_value.reindex(contacts["pattern"].to_numpy()).to_numpy()})
            found.append(part)
            kept = np.sort(np.concatenate([kept, (sign * (part["y"] - part["e"])).dropna().to_numpy()]))[::-1][:k]
            if len(kept) >= k:
                kth = kept[k - 1]
        if not found:
            return []
        return top_interactions(pd.concat(found, ignore_index=True).dropna(subset=["y", "e"]), sign, k)

    def cell_mask(self, branch: str | None, channel: str | None, since: pd.Timestamp | None) -> np.ndarray:
        mask = np.ones(len(self.frame), bool)
        if branch is not None:
            mask &= (self.frame["branch"] == branch).to_numpy()
        if channel is not None:
            mask &= (self.frame["channel"] == channel).to_numpy()
        if since is not None:
            mask &= (self.frame["business_date"] >= since).to_numpy()
        return mask

    def level(self, metric: str, branch: str, channel: str, since: pd.Timestamp | None, sign: int,
              onset: pd.Timestamp | None = None):
        """Level decision for one cell; the other branches are compared over the problem's own period."""
        cell = self.rows(metric, self.cell_mask(branch, channel, since))
        period = since if since is not None else onset
        # "is the same channel out in the other branches too?" against the model. Judged against the other
        # channels' day level instead, the demo's MOW (bad in every channel) came out as four channel-wide
        # problems, so that comparison stays with the channel-drift test until it is understood.
        others = self.rows(metric, self.cell_mask(None, channel, period) & (self.frame["branch"] != branch).to_numpy())
        tau2 = self.per_metric[metric].get("tau2", 0.0)
        other_z = []
        for _, g in others.groupby("branch"):
            if g["n"].sum() >= MIN_N:
                o, e, v = g["y"].sum(), g["e"].sum(), g["v"].sum()
                other_z.append(sign * (o - e) / np.sqrt(v + tau2 * e**2) if v > 0 else np.nan)
        decision = decide_level(cell, np.array(other_z), sign)
        pick = cell[cell["agent"] == decision.agent] if decision.level == "agent" else cell
        decision.details["top_interactions"] = self.top(metric, pick, sign)
        return decision, cell

    def make_flag(self, test: Test, q: float, p_cut: float) -> Flag | None:
        kind, metric = test.kind, test.metric
        if kind == "funnel" and test.info.get("by_agent") and test.info.get("agent"):
            return self._agent_funnel_flag(test, q)
        if kind == "funnel":
            row = test.info["row"]
            agent_z = test.info.get("agent_z", np.nan)
            worse_ratio = test.info["sign"] * (row["ratio"] - 1) > 0
            if np.isfinite(agent_z) and abs(agent_z) > abs(row["z"]):
                worse_ratio = test.info["sign"] * agent_z > 0  # the test fired on one agent: follow them
            direction = "worse" if worse_ratio else "better"
            sign = test.info["sign"] if direction == "worse" else -test.info["sign"]
            first = self._onset(metric, row["branch"], row["channel"])
            decision, _ = self.level(metric, row["branch"], row["channel"], None, sign, pd.Timestamp(first))
            level, agent, named = cell_view(decision)
            return Flag("funnel", metric, row["branch"], row["channel"], agent, direction, level,
                        float(row["observed"]), float(row["expected"]), int(row["n"]), float(row["lo998"]),
                        float(row["hi998"]), test.p_value, q, first,
                        say.funnel_sentence(metric, row["branch"], row["channel"], row["observed"], row["expected"],
                                            int(row["n"]), direction, level, named),
                        {**decision.details, "z": round(float(row["z"]), 2), "ratio": round(float(row["ratio"]), 3)})
        if kind == "drift":
            result, days, sign = test.info["result"], test.info["days"], test.info["sign"]
            hit = drift.alarm_index(result["path"], p_cut, current=result.get("current", False))
            if hit is None:
                return None
            alarm = pd.Timestamp(days["date"].iloc[hit]).date()
            since = pd.Timestamp(result["change_date"])
            decision, cell = self.level(metric, test.branch, test.channel, since, sign)
            if cell.empty:
                return None
            n, obs, exp, half = _figures(cell, self.per_metric[metric].get("tau2", 0.0))
            level, agent, named = cell_view(decision)  # a drift is tested per cell: it has no agent view
            return Flag("drift", metric, test.branch, test.channel, agent, "worse", level,
                        float(obs), float(exp), n, float(max(exp - half, 0)), float(exp + half), test.p_value, q,
                        alarm, say.drift_sentence(metric, test.branch, test.channel, obs, exp, n, since.date(),
                                                  alarm, level, named),
                        {**decision.details, "change_date": since.date().isoformat(),
                         "cusum_max": round(result["stat"], 2)})
        if kind == "cross_channel" and test.info["row"].get("by_agent"):
            return self._agent_cross_flag(test, q)
        if kind == "cross_channel":
            row, sign = test.info["row"], test.info["sign"]
            onset = self._onset(metric, row["branch"], row["channel"])
            decision, _ = self.level(metric, row["branch"], row["channel"], None, sign, pd.Timestamp(onset))
            level, agent, named = cell_view(decision)
            tau2 = self.per_metric[metric].get("tau2", 0.0)
            se = abs((row["ratio"] - row["ratio_others"]) / row["z"]) if row["z"] else 0.0
            exp = float(row["expected"])
            binary = METRICS[metric].binary if metric in METRICS else True
            # limits on the scale of ``expected``: the cell's own expectation at the bounds of the other
            # channels' ratio (odds-scaled for rates, so they stay within 0-100%)
            own, r_o = float(row["cell_expected"]), float(row["ratio_others"])
            lower = crosschannel.scaled_rate(own, max(r_o - funnel.Z998 * se, 0.0), binary)
            upper = crosschannel.scaled_rate(own, r_o + funnel.Z998 * se, binary)
            return Flag("cross_channel", metric, row["branch"], row["channel"], agent, "worse",
                        level, float(row["observed"]), exp, int(row["n"]), lower, upper,
                        test.p_value, q, onset,
                        say.cross_sentence(metric, row["branch"], row["channel"], row["observed"], exp,
                                           int(row["n"]), level, named),
                        {**decision.details, "ratio": round(float(row["ratio"]), 3),
                         "ratio_other_channels": round(float(row["ratio_others"]), 3), "tau2": tau2})
        if kind == "channel_drift":
            return self._channel_flag(test, q, p_cut)
        if kind == "chain_shift":
            return self._chain_flag(test, q, p_cut)
        if kind == "mystery_vs_logs":
            return self._mystery_flag(test, q)
        return None

    def _agent_funnel_flag(self, test: Test, q: float) -> Flag | None:
        """The funnel test fired on the cell's furthest-out agent: the flag shows that agent's own figures.

        The cell's figures go along as context only: with the rest of the cell in line they may sit on
        the expected value, and a headline there would read as a cell problem that is not one.
        """
        row, a, sign = test.info["row"], test.info["agent"], test.info["sign"]
        n = int(a["n_agent"])
        if n == 0:
            return None
        obs, exp = float(a["O_agent"]) / n, float(a["E_agent"]) / n
        tau2 = float(test.info.get("tau2", 0.0))
        half = funnel.Z998 * np.sqrt(float(a["V_agent"]) / n**2 + tau2 * exp**2)
        direction = "worse" if sign * (obs - exp) > 0 else "better"
        metric, branch, channel, agent = test.metric, row["branch"], row["channel"], str(a["agent"])
        rows = self.rows(metric, self.cell_mask(branch, channel, None) & (self.frame["agent"] == agent).to_numpy())
        return Flag("funnel", metric, branch, channel, agent, direction, "agent", obs, exp, n,
                    float(max(exp - half, 0)), float(exp + half), test.p_value, q,
                    self._onset(metric, branch, channel),
                    say.funnel_sentence(metric, branch, channel, obs, exp, n, direction, "agent", agent),
                    {"z": round(float(a["z_agent"]), 2), "view": "agent",
                     "top_interactions": self.top(metric, rows, sign if direction == "worse" else -sign),
                     "cell": {"observed": round(float(row["observed"]), 4), "expected": round(float(row["expected"]), 4),
                              "n": int(row["n"]), "z": round(float(row["z"]), 2)}})

    def _agent_cross_flag(self, test: Test, q: float) -> Flag | None:
        """The cross-channel test fired on one agent: the flag shows that agent against the other channels.

        Like ``_agent_funnel_flag``: the headline is the agent's own contacts in the cell, the
        expectation the agent's case mix at the level of the branch's other channels, and the limits
        those of the agent's own ratio; the cell's figures go along as context.
        """
        row, sign, metric = test.info["row"], test.info["sign"], test.metric
        n, agent, branch, channel = int(row["agent_n"]), str(row["agent"]), row["branch"], row["channel"]
        if n == 0 or not row["agent_z"]:
            return None
        binary = METRICS[metric].binary if metric in METRICS else True
        se = abs((row["agent_ratio"] - row["ratio_others"]) / row["agent_z"])
        own, r_o = float(row["agent_cell_expected"]), float(row["ratio_others"])
        lower = crosschannel.scaled_rate(own, max(r_o - funnel.Z998 * se, 0.0), binary)
        upper = crosschannel.scaled_rate(own, r_o + funnel.Z998 * se, binary)
        obs, exp = float(row["agent_observed"]), float(row["agent_expected"])
        rows = self.rows(metric, self.cell_mask(branch, channel, None) & (self.frame["agent"] == agent).to_numpy())
        return Flag("cross_channel", metric, branch, channel, agent, "worse", "agent", obs, exp, n, lower, upper,
                    test.p_value, q, self._onset(metric, branch, channel),
                    say.cross_sentence(metric, branch, channel, obs, exp, n, "agent", agent),
                    {"z": round(float(row["agent_z"]), 2), "view": "agent", "ratio": round(float(row["agent_ratio"]), 3),
                     "ratio_other_channels": round(r_o, 3), "tau2": self.per_metric[metric].get("tau2", 0.0),
                     "top_interactions": self.top(metric, rows, sign),
                     "cell": {"observed": round(float(row["observed"]), 4), "expected": round(float(row["expected"]), 4),
                              "n": int(row["n"]), "z": round(float(row["z"]), 2)}})

    def _onset(self, metric: str, branch: str, channel: str) -> date:
        """Best guess of when a whole-window problem began: the cell's worse-direction CUSUM restart."""
        m = self.per_metric[metric]
        rows = self.rows(metric, self.cell_mask(branch, channel, None))
        days = rows[["n", "y", "e", "v"]].rename(columns={"y": "O", "e": "E", "v": "V"}) \
            .assign(date=self.frame["business_date"].to_numpy()[rows["pattern"].to_numpy()]) \
            .groupby("date").sum().reset_index()
        if days.empty:
            return self.window_start.date()
        result = drift.cell_drift(days, m.get("tau2", 0.0), m["sign"], current=False)
        return pd.Timestamp(result["change_date"]).date() if result["stat"] > 0 else self.window_start.date()

    def _chain_flag(self, test: Test, q: float, p_cut: float) -> Flag | None:
        chain, sign = test.info["chain"], test.info["sign"]
        path = chain["cusum"].to_numpy()
        hit = drift.alarm_index(path, p_cut)
        if hit is None:
            return None
        peak = int(path.argmax())
        zeros = np.flatnonzero(path[: peak + 1] == 0)
        start = min(int(zeros.max()) + 1 if zeros.size else 0, peak)
        since_ts = pd.Timestamp(chain["business_date"].iloc[start])
        if not self._broad_move(test.metric, since_ts, sign):
            return None  # the pooled move is one channel's or one branch's: their own tests speak for it
        after, before = chain.iloc[start:], chain.iloc[:start]
        obs = float(after["O"].sum() / after["n"].sum())
        exp = float(before["O"].sum() / before["n"].sum()) if len(before) else float(after["E"].sum() / after["n"].sum())
        # limits for the mean of the days since the move, from the chain's own day-to-day spread
        spread = float(np.std((before["O"] / before["n"]).to_numpy())) / np.sqrt(max(len(after), 1)) \
            if len(before) > 1 else 0.0
        since = pd.Timestamp(chain["business_date"].iloc[start]).date()
        alarm = pd.Timestamp(chain["business_date"].iloc[hit]).date()
        n = int(after["n"].sum())
        return Flag("chain_shift", test.metric, None, None, None, "worse", "chain", obs, exp, n,
                    max(exp - funnel.Z998 * spread, 0.0), exp + funnel.Z998 * spread, test.p_value, q, alarm,
                    say.chain_sentence(test.metric, exp, obs, since, n),
                    {"change_date": since.isoformat(), "cusum_max": round(float(path.max()), 2), "top_interactions":
                     self._chain_top(test.metric, pd.Timestamp(since), sign)})

    def _channel_flag(self, test: Test, q: float, p_cut: float) -> Flag | None:
        """A pooled channel drift is a channel-level flag only when it is broad across branches."""
        result, days, sign = test.info["result"], test.info["days"], test.info["sign"]
        hit = drift.alarm_index(result["path"], p_cut, current=result.get("current", False))
        if hit is None:
            return None
        since = pd.Timestamp(result["change_date"])
        rows = self.channel_rows(test.metric, test.channel, since)
        tau2 = self.per_metric[test.metric].get("tau2", 0.0)
        per_branch = rows.groupby("branch").agg(n=("n", "sum"), O=("y", "sum"), E=("e", "sum"), V=("v", "sum"))
        per_branch = per_branch[(per_branch["n"] >= MIN_N) & (per_branch["V"] > 0)]
        z = sign * (per_branch["O"] - per_branch["E"]) / np.sqrt(per_branch["V"] + tau2 * per_branch["E"] ** 2)
        if len(z) < 3 or np.median(z) < CHANNEL_MEDIAN_Z:
            return None  # one branch carries the pooled move; its own cell tests speak for it
        n, obs, exp, half = _figures(rows, tau2)
        alarm = pd.Timestamp(days["date"].iloc[hit]).date()
        branches = sorted(str(b) for b in z.index[z >= 2])
        return Flag("drift", test.metric, None, test.channel, None, "worse", "channel", obs, exp, n,
                    float(max(exp - half, 0)), float(exp + half), test.p_value, q, alarm,
                    say.drift_sentence(test.metric, None, test.channel, obs, exp, n, since.date(), alarm, "channel", None),
                    {"change_date": since.date().isoformat(), "cusum_max": round(result["stat"], 2),
                     "branches": branches, "other_branches_median_z": round(float(np.median(z)), 2),
                     "top_interactions": self.top(test.metric, rows, sign)})

    def _broad_move(self, metric: str, since: pd.Timestamp, sign: int) -> bool:
        """Did most channels and most branches move since ``since`` (against the model without days)?"""
        m = self.per_metric[metric]
        rows = self.rows(metric, self.cell_mask(None, None, since), (m["e0"], m["v0"]))
        at = rows["pattern"].to_numpy()
        parts = pd.DataFrame({"branch": self.frame["branch"].to_numpy()[at], "channel": self.frame["channel"].to_numpy()[at],
                              "O": rows["y"].to_numpy(), "E": rows["e"].to_numpy(), "V": rows["v"].to_numpy()})
        # channels are few and large: at least three in four must be clearly out (z >= 2);
        # branches are many and small: their median must be out (the channel rule of levels.py)
        for key, enough in (("channel", lambda z: (z >= 2).mean() >= 0.75),
                            ("branch", lambda z: np.median(z) >= CHANNEL_MEDIAN_Z)):
            g = parts.groupby(key)[["O", "E", "V"]].sum()
            g = g[g["V"] > 0]
            z = sign * (g["O"] - g["E"]) / np.sqrt(g["V"])
            if len(z) >= 2 and not enough(z.to_numpy()):
                return False
        return True

    def _chain_top(self, metric: str, since: pd.Timestamp, sign: int) -> list[str]:
        return self.top(metric, self.rows(metric, self.cell_mask(None, None, since)), sign)

    def _mystery_flag(self, test: Test, q: float) -> Flag | None:
        """Both figures on their own scales: the shops' score (1-5) and the logs' rate, each with its n."""
        row = test.info["row"]
        if not row["disagree"]:
            return None
        metric = row["metric"]
        sign = self.per_metric.get(metric, {}).get("sign", -1)
        cell = self.rows(metric, self.cell_mask(row["branch"], None, None)) if metric in self.per_metric else pd.DataFrame()
        logs_worse = row["z_logs"] < 0
        direction = "worse" if logs_worse else "better"
        spread = abs(row["shop_mean"] - row["chain_shop_mean"]) / abs(row["z_shop"]) if row["z_shop"] else 0.0
        return Flag("mystery_vs_logs", f"ms_{row['criterion']}", row["branch"], None, None, direction,
                    "branch", float(row["shop_mean"]), float(row["chain_shop_mean"]), int(row["shops"]),
                    float(row["chain_shop_mean"] - funnel.Z998 * spread), float(row["chain_shop_mean"] + funnel.Z998 * spread),
                    test.p_value, q, self.window_start.date(),
                    say.mystery_sentence(row["criterion"], metric, row["branch"], None, row["shop_mean"],
                                         row["chain_shop_mean"], int(row["shops"]), row["log_rate"],
                                         row["log_expected"], int(row["log_n"])),
                    {"log_metric": metric, "log_rate": row["log_rate"], "log_expected": row["log_expected"],
                     "log_n": int(row["log_n"]), "shop_mean": row["shop_mean"],
                     "chain_shop_mean": row["chain_shop_mean"], "shops": int(row["shops"]),
                     "z_shop": round(row["z_shop"], 2), "z_logs": round(row["z_logs"], 2),
                     "top_interactions": self.top(metric, cell, sign if logs_worse else -sign) if not cell.empty else []})


def _figures(rows: pd.DataFrame, tau2: float) -> tuple[int, float, float, float]:
    """n, observed and expected means, and the 99.8% half-width of the expected, of ``rows`` (sums, as ``rows`` gives)."""
    n = int(rows["n"].sum())
    obs, exp = float(rows["y"].sum() / n), float(rows["e"].sum() / n)
    return n, obs, exp, float(funnel.Z998 * np.sqrt(rows["v"].sum() / n**2 + tau2 * exp**2))


def consolidate_channel_flags(flags: list[Flag], context: FlagBuilder | None = None) -> list[Flag]:
    """Flags whose level is "channel" become one flag per (type, metric, channel) across branches.

    The merged flag carries the channel's own figures: those of the pooled channel test when one of
    the members is it, else (given ``context``) the channel pooled over every branch for the members'
    period; only without either does it fall back on the members' n-weighted figures.
    """
    keep = [f for f in flags if f.level != "channel"]
    groups: dict[tuple, list[Flag]] = {}
    for f in flags:
        if f.level == "channel":
            groups.setdefault((f.type, f.metric, f.channel, f.direction), []).append(f)
    for (kind, metric, channel, direction), members in groups.items():
        best = min(members, key=lambda f: f.q_value if f.q_value is not None else 1.0)
        pooled = next((f for f in members if f.branch is None), None)
        figures = None
        if pooled is not None:
            figures = {"n": pooled.n, "observed": pooled.observed, "expected": pooled.expected,
                       "lower": pooled.lower, "upper": pooled.upper}
        elif context is not None and metric in context.per_metric:
            starts = [f.details.get("change_date") for f in members]
            since = pd.Timestamp(min(starts)) if all(starts) else None  # whole-window views: the whole window
            figures = context.channel_figures(metric, channel, since)
        if figures is None:
            n = sum(f.n for f in members)
            figures = {"n": n, "observed": sum(f.observed * f.n for f in members) / n,
                       "expected": sum(f.expected * f.n for f in members) / n, "lower": best.lower, "upper": best.upper}
        n, obs, exp = int(figures["n"]), float(figures["observed"]), float(figures["expected"])
        branches = sorted({str(f.branch) for f in members if f.branch is not None}
                          | {b for f in members for b in f.details.get("branches", [])})
        top = [i for f in members for i in f.details.get("top_interactions", [])[:3]]
        details = {**best.details, "branches": branches, "top_interactions": top,
                   "flagged_cells": [{"branch": f.branch, "observed": round(f.observed, 4), "expected": round(f.expected, 4),
                                      "n": f.n} for f in members if f.branch is not None]}
        sentence = (f"{channel} across branches ({', '.join(branches)}): {say.label(metric)} is "
                    f"{say.fmt(metric, obs)} against {say.fmt(metric, exp)} expected ({n} interactions), "
                    f"{direction}; {say.level_text('channel', None)}.")
        keep.append(Flag(kind, metric, None, channel, None, direction, "channel", obs, exp, n, float(figures["lower"]),
                         float(figures["upper"]), best.p_value, best.q_value, min(f.first_seen for f in members),
                         sentence, details))
    return keep
