"""Mystery shop vs interaction logs: where shoppers' scores and real customers' experience disagree.

Each criterion maps to the log metric that measures the same thing (courtesy and greeting ->
courtesy_rate, resolution and knowledge -> resolution_rate). For a branch x channel both sides
become standardised positions against the chain (positive = better): the shops'
``(mean - chain mean) / (pooled sd / sqrt(k))`` and the logs' case-mix adjusted funnel z.
Under agreement both measure one position, so ``(z_shop - z_logs) / sqrt(2)`` is ~N(0, 1); a
disagreement is flagged only when the two point in opposite directions and BH keeps it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import norm

CRITERION_METRIC = {"courtesy": "courtesy_rate", "greeting": "courtesy_rate",
                    "resolution": "resolution_rate", "knowledge": "resolution_rate"}
MIN_SHOPS = 2
ID_COLUMNS = {"shop_id", "shop_date", "branch", "channel", "shopper", "comment"}
COLUMNS = ["criterion", "metric", "branch", "channel", "shops", "shop_mean", "chain_shop_mean", "z_shop",
           "z_logs", "z", "p_value", "disagree"]


def mystery_table(mystery: pd.DataFrame, log_cells: pd.DataFrame) -> pd.DataFrame:
    """Compare shops with logs per criterion and branch x channel.

    ``log_cells`` has metric, branch, channel, z_better (funnel z oriented so positive = better),
    observed, expected, n.
    """
    if mystery is None or mystery.empty or log_cells.empty or not {"branch", "channel"} <= set(mystery.columns):
        return pd.DataFrame(columns=COLUMNS)
    rows = []
    for criterion in [c for c in mystery.columns if c not in ID_COLUMNS and c in CRITERION_METRIC]:
        metric = CRITERION_METRIC[criterion]
        scores = mystery[["branch", "channel", criterion]].copy()
        scores[criterion] = pd.to_numeric(scores[criterion], errors="coerce")
        scores = scores.dropna()
        if scores.empty:
            continue
        chain_mean = scores[criterion].mean()
        groups = scores.groupby(["branch", "channel"])[criterion]
        within = groups.var(ddof=1).dropna()
        sd = float(np.sqrt(within.mean())) if len(within) else float("nan")
        if not np.isfinite(sd) or sd == 0:
            sd = float(scores[criterion].std(ddof=1)) if len(scores) > 1 else float("nan")
        logs = log_cells[log_cells["metric"] == metric].set_index(["branch", "channel"])
        for (branch, channel), values in groups:
            k = len(values)
            if k < MIN_SHOPS or (branch, channel) not in logs.index:
                continue
            if np.isfinite(sd) and sd > 0:
                z_shop = (values.mean() - chain_mean) / (sd / np.sqrt(k))
            else:
                z_shop = 0.0  # every shop scored the same: shops carry no ranking information
            z_logs = float(logs.loc[(branch, channel), "z_better"])
            if not np.isfinite(z_logs):
                continue
            z = (z_shop - z_logs) / np.sqrt(2)
            rows.append({"criterion": criterion, "metric": metric, "branch": branch, "channel": channel,
                         "shops": k, "shop_mean": float(values.mean()), "chain_shop_mean": float(chain_mean),
                         "z_shop": float(z_shop), "z_logs": z_logs, "z": float(z),
                         "p_value": float(2 * norm.sf(abs(z))), "disagree": bool(z_shop * z_logs < 0)})
    return pd.DataFrame(rows, columns=COLUMNS)
