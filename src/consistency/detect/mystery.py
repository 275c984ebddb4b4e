"""Mystery shop vs interaction logs: where shoppers' scores and real customers' experience disagree.

Each criterion maps to the log metric that measures the same thing (courtesy and greeting ->
courtesy_rate, resolution and knowledge -> resolution_rate). Per branch (all its channels: shoppers
visit a few channels a month, too few for a per-channel verdict) both sides become standardised
positions against the chain, positive = better: the shops' ``(mean - chain mean) / (pooled sd /
sqrt(k))`` on the 1-5 scale and the logs' case-mix adjusted z of the branch's rate.

A disagreement is two claims at once: the shops put the branch on one side of the chain *and* the
logs put it on the other. Its p-value is the intersection-union test's ``max(p_shop, p_logs)`` (each
one-sided, in its own direction): significant only when both sources are clearly out, in opposite
directions. (A difference test ``(z_shop - z_logs)/sqrt(2)`` would call every branch whose logs are
out of line a "disagreement" even when its shops simply carry no signal.)
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import norm

CRITERION_METRIC = {"courtesy": "courtesy_rate", "greeting": "courtesy_rate",
                    "resolution": "resolution_rate", "knowledge": "resolution_rate"}
MIN_SHOPS = 2
ID_COLUMNS = {"shop_id", "shop_date", "branch", "channel", "shopper", "comment"}
COLUMNS = ["criterion", "metric", "branch", "shops", "shop_mean", "chain_shop_mean", "z_shop", "log_n",
           "log_rate", "log_expected", "z_logs", "z", "p_value", "disagree"]


def mystery_table(mystery: pd.DataFrame | None, log_branches: pd.DataFrame) -> pd.DataFrame:
    """Compare shops with logs per criterion and branch.

    ``log_branches`` has metric, branch, z_better (the branch's case-mix adjusted z over all its
    channels, oriented so positive = better), and optionally n, observed, expected (the log rate).
    """
    if mystery is None or mystery.empty or log_branches.empty or "branch" not in mystery.columns:
        return pd.DataFrame(columns=COLUMNS)
    rows = []
    for criterion in [c for c in mystery.columns if c not in ID_COLUMNS and c in CRITERION_METRIC]:
        metric = CRITERION_METRIC[criterion]
        scores = mystery[["branch", criterion]].copy()
        scores[criterion] = pd.to_numeric(scores[criterion], errors="coerce")
        scores = scores.dropna()
        if scores.empty:
            continue
        chain_mean = scores[criterion].mean()
        groups = scores.groupby("branch")[criterion]
        within = groups.var(ddof=1).dropna()
        sd = float(np.sqrt(within.mean())) if len(within) else float("nan")
        logs = log_branches[log_branches["metric"] == metric].set_index("branch")
        for branch, values in groups:
            k = len(values)
            if k < MIN_SHOPS or branch not in logs.index:
                continue
            # every shop scored the same everywhere: shops carry no ranking information
            z_shop = (values.mean() - chain_mean) / (sd / np.sqrt(k)) if np.isfinite(sd) and sd > 0 else 0.0
            log = logs.loc[branch]
            z_logs = float(log["z_better"])
            if not np.isfinite(z_logs):
                continue
            disagree = bool(z_shop * z_logs < 0)
            p = float(max(norm.sf(abs(z_shop)), norm.sf(abs(z_logs)))) if disagree else 1.0
            rows.append({"criterion": criterion, "metric": metric, "branch": branch, "shops": k,
                         "shop_mean": float(values.mean()), "chain_shop_mean": float(chain_mean),
                         "z_shop": float(z_shop), "log_n": int(log.get("n", 0)),
                         "log_rate": float(log.get("observed", np.nan)), "log_expected": float(log.get("expected", np.nan)),
                         "z_logs": z_logs, "z": float(min(abs(z_shop), abs(z_logs))) if disagree else 0.0,
                         "p_value": p, "disagree": disagree})
    return pd.DataFrame(rows, columns=COLUMNS)
