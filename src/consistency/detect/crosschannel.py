"""Cross-channel inconsistency: within one branch, a channel worse than that branch's other channels.

Both sides are case-mix adjusted ratios O/E, so "email is slower than phone" (true everywhere)
does not count; only a channel that is out of line *relative to its own branch* does. The test
statistic is ``(R_c - R_others) / sqrt(s_c**2 + s_others**2 + tau2)`` with ``R = O/E``,
``s = sqrt(V)/E`` and the funnel's between-cell ``tau2`` (so ordinary spread between cells is not
mistaken for inconsistency); the p-value is one-sided in the "worse" direction.

One test per cell asks two questions, like the funnel's: is the channel as a whole out of step, or
is one of its agents? The agent view compares each agent's own O/E in the cell with the same
other channels (Bonferroni over the cell's testable agents), and the cell's p-value is twice the
smaller of the two views' (Bonferroni over the views), so the night's family keeps one test per
cell while an agent-level flag rests on that agent's own test, multiplicity counted. The view with
the smaller p-value is the one that raised the test, and its figures are the flag's headline.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import norm

from consistency.detect.drift import count_score

COLUMNS = ["branch", "channel", "n", "observed", "expected", "cell_expected", "ratio", "ratio_others", "z", "p_cell",
           "agent", "agent_n", "agent_observed", "agent_expected", "agent_cell_expected", "agent_ratio", "agent_z", "p_agent", "by_agent",
           "se_others", "p_value"]
AGENT_FIELDS = {"agent": None, "agent_n": 0, "agent_observed": np.nan, "agent_expected": np.nan,
                "agent_cell_expected": np.nan, "agent_ratio": np.nan,
                "agent_z": np.nan, "p_agent": np.nan}


def scaled_rate(expected: float | np.ndarray, ratio: float | np.ndarray, binary: bool) -> float | np.ndarray:
    """The expected value at another level (a ratio); for a rate, scaled on the odds. Scalars or arrays.

    Multiplying a rate by a ratio can leave [0, 1] (0.95 expected x 1.14 = 108%); scaling its odds
    keeps it a rate and agrees with the plain product when the rate is small.
    """
    e, r = np.asarray(expected, float), np.asarray(ratio, float)
    if binary:
        r = np.maximum(r, 0.0)
        denominator = 1 - e + e * r
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(denominator > 0, e * r / denominator, e)
    else:
        out = e * r
    return float(out) if out.ndim == 0 else out


def _worst_agent(agents: pd.DataFrame, r_o: float, s2_o: float, tau2: float, worse_sign: int,
                 binary: bool) -> dict:
    """The cell's agent furthest out in the worse direction against the other channels, Bonferroni'd."""
    if len(agents) < 2:
        return dict(AGENT_FIELDS)  # one agent is the cell itself: no separate view
    o, e, v, count = (agents[c].to_numpy(float) for c in ("O", "E", "V", "n"))
    ratio = o / e
    z = worse_sign * (ratio - r_o) / np.sqrt(v / e**2 + s2_o + tau2)
    if binary:  # an agent's few contacts with a rare outcome are skewed: the binomial at the other channels' rate
        z = worse_sign * count_score(o, count, scaled_rate(e / count, r_o, True), v / e**2, s2_o + tau2)
    i = int(np.argmax(z))
    row = agents.iloc[i]
    n = int(row["n"])
    return {"agent": str(row["agent"]), "agent_n": n, "agent_observed": float(row["O"] / n),
            "agent_expected": float(scaled_rate(row["E"] / n, r_o, binary)), "agent_cell_expected": float(row["E"] / n),
            "agent_ratio": float(ratio[i]),
            "agent_z": float(z[i]), "p_agent": float(min(1.0, len(agents) * norm.sf(z[i])))}


def rate_level(observed: float | np.ndarray, expected: float | np.ndarray, n: float | np.ndarray,
               binary: bool) -> float | np.ndarray:
    """A group's level against its expectation, in the form ``scaled_rate`` applies to other rows.

    For times and scores the ratio O/E. For rates the odds ratio of the group's pooled observed rate
    to its pooled expected rate: ``scaled_rate`` scales odds, and a rate ratio used as an odds ratio
    understates any large move of a common outcome (a chain-wide drop of resolution from 73% to 58%,
    ratio 0.8, applied on the odds gives 68%; the odds ratio 0.52 gives 58%). Undefined or
    degenerate groups give 1 (no level).
    """
    o, e, k = (np.asarray(a, float) for a in (observed, expected, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        if binary:
            p = np.clip(o / k, 1e-4, 1 - 1e-4)
            q = np.clip(e / k, 1e-4, 1 - 1e-4)
            out = (p / (1 - p)) / (q / (1 - q))
        else:
            out = o / e
    out = np.where(np.isfinite(out) & (out > 0) & (k > 0) & (e > 0), out, 1.0)
    return float(out) if out.ndim == 0 else out


def cross_channel_table(cells: pd.DataFrame, tau2: float, worse_sign: int, min_n: int = 10,
                        binary: bool = False, agents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per testable (branch, channel): its ratio vs the branch's other channels pooled.

    ``agents`` (per branch, channel and agent: n, O, E, V) adds the agent view of each cell's test.
    """
    usable = cells[(cells["n"] >= min_n) & (cells["E"] > 0) & (cells["V"] > 0)]
    if agents is not None and not agents.empty:
        agents = agents[(agents["agent"].notna()) & (agents["agent"] != "") & (agents["n"] >= min_n)
                        & (agents["E"] > 0) & (agents["V"] > 0)]
        by_cell = {key: g for key, g in agents.groupby(["branch", "channel"], sort=False)}
    else:
        by_cell = {}
    rows = []
    for branch, group in usable.groupby("branch", sort=True):
        if len(group) < 2:
            continue  # a branch with one channel has nothing to be inconsistent with
        totals = group[["n", "O", "E", "V"]].sum()
        for cell in group.itertuples(index=False):
            o_o, e_o, v_o = totals["O"] - cell.O, totals["E"] - cell.E, totals["V"] - cell.V
            r_c, r_o = cell.O / cell.E, o_o / e_o
            if binary:
                # Half an event on each side of the other channels' ratio: with none there (no blame at the
                # branch's chat and e-mail), O/E is 0, the cell's expected count 0, and 2 blamed calls in 255
                # read as p 4e-7 on an outside chain. Half an event keeps their uncertainty in the test.
                r_o = (o_o + 0.5) / (e_o + 0.5)
            s2_o = v_o / e_o**2
            se = np.sqrt(cell.V / cell.E**2 + s2_o + tau2)
            z = worse_sign * (r_c - r_o) / se
            if binary:  # as the agent view: the cell's count at the other channels' rate, skew and all
                z = worse_sign * float(count_score(cell.O, cell.n, scaled_rate(cell.E / cell.n, r_o, True),
                                                   cell.V / cell.E**2, s2_o + tau2))
            p_cell = float(norm.sf(z))
            agent = _worst_agent(by_cell.get((branch, cell.channel), pd.DataFrame()), r_o, s2_o, tau2, worse_sign,
                                 binary)
            p_agent = agent["p_agent"]
            viewed = np.isfinite(p_agent)
            rows.append({"branch": branch, "channel": cell.channel, "n": int(cell.n), "observed": cell.O / cell.n,
                         "expected": scaled_rate(cell.E / cell.n, r_o, binary), "cell_expected": cell.E / cell.n,
                         "ratio": r_c, "ratio_others": r_o, "z": z, "p_cell": p_cell, **agent,
                         "by_agent": bool(viewed and p_agent < p_cell), "se_others": float(np.sqrt(s2_o)),
                         "p_value": float(min(1.0, 2 * min(p_cell, p_agent))) if viewed else p_cell})
    return pd.DataFrame(rows, columns=COLUMNS)
