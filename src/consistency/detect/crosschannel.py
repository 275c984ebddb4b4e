"""Cross-channel inconsistency: within one branch, a channel worse than that branch's other channels.

Both sides are case-mix adjusted ratios O/E, so "email is slower than phone" (true everywhere)
does not count; only a channel that is out of line *relative to its own branch* does. The test
statistic is ``(R_c - R_others) / sqrt(s_c**2 + s_others**2 + tau2)`` with ``R = O/E``,
``s = sqrt(V)/E`` and the funnel's between-cell ``tau2`` (so ordinary spread between cells is not
mistaken for inconsistency); the p-value is one-sided in the "worse" direction.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import norm

COLUMNS = ["branch", "channel", "n", "observed", "expected", "cell_expected", "ratio", "ratio_others", "z", "p_value"]


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


def cross_channel_table(cells: pd.DataFrame, tau2: float, worse_sign: int, min_n: int = 10,
                        binary: bool = False) -> pd.DataFrame:
    """One row per testable (branch, channel): its ratio vs the branch's other channels pooled."""
    usable = cells[(cells["n"] >= min_n) & (cells["E"] > 0) & (cells["V"] > 0)]
    rows = []
    for branch, group in usable.groupby("branch", sort=True):
        if len(group) < 2:
            continue  # a branch with one channel has nothing to be inconsistent with
        totals = group[["n", "O", "E", "V"]].sum()
        for cell in group.itertuples(index=False):
            o_o, e_o, v_o = totals["O"] - cell.O, totals["E"] - cell.E, totals["V"] - cell.V
            r_c, r_o = cell.O / cell.E, o_o / e_o
            se = np.sqrt(cell.V / cell.E**2 + v_o / e_o**2 + tau2)
            z = worse_sign * (r_c - r_o) / se
            rows.append({"branch": branch, "channel": cell.channel, "n": int(cell.n), "observed": cell.O / cell.n,
                         "expected": scaled_rate(cell.E / cell.n, r_o, binary), "cell_expected": cell.E / cell.n,
                         "ratio": r_c, "ratio_others": r_o, "z": z,
                         "p_value": float(norm.sf(z))})
    return pd.DataFrame(rows, columns=COLUMNS)
