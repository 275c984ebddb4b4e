"""Where a flagged problem sits: one agent, the branch, a channel everywhere, or the whole chain.

A clear rule set over risk-adjusted z-scores, ``z = sign * (O - E) / sqrt(V)`` (positive = worse):

* **agent** (coaching): one agent carries at least half of the cell's excess, is itself clearly
  out (z >= 2), and the cell without that agent is not (z < 2);
* **channel** (policy / process): the same channel in the *other* branches is out too over the same
  period: their median z >= 1 (under no effect that median sits near 0 with a standard error of
  about 1.25/sqrt(branches), so a chain of 5+ branches almost never reaches 1 by chance);
* **branch**: otherwise, the problem is spread across the cell's agents;
* **chain**: reserved for chain_shift flags (every cell moved on one date), tested separately.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

AGENT_SHARE = 0.5
AGENT_Z = 2.0
CHANNEL_MEDIAN_Z = 1.0
TOP_INTERACTIONS = 10


@dataclass
class LevelDecision:
    """Level, the agent when it is one agent, and the numbers behind the decision."""

    level: str
    agent: str | None = None
    details: dict = field(default_factory=dict)


def _z(o: float, e: float, v: float, sign: int) -> float:
    return float(sign * (o - e) / np.sqrt(v)) if v > 0 else 0.0


def agent_table(rows: pd.DataFrame, sign: int) -> pd.DataFrame:
    """Per agent in a cell: n, O, E, V, oriented excess and z.

    ``rows`` need agent, y, e, v: one interaction each, or sums over ``n`` interactions (a pattern of
    stored statistics: y the sum of values, e and v the sums of expected values and variances).
    """
    known = rows[rows["agent"].notna()]
    if known.empty:
        return pd.DataFrame(columns=["agent", "n", "O", "E", "V", "excess", "z"])
    if "n" not in known:
        known = known.assign(n=1)
    table = known.groupby("agent").agg(n=("n", "sum"), O=("y", "sum"), E=("e", "sum"), V=("v", "sum")).reset_index()
    table["excess"] = sign * (table["O"] - table["E"])
    table["z"] = [_z(o, e, v, sign) for o, e, v in zip(table["O"], table["E"], table["V"])]
    return table.sort_values("excess", ascending=False, ignore_index=True)


def decide_level(rows: pd.DataFrame, other_branch_z: np.ndarray, sign: int) -> LevelDecision:
    """Apply the rule set to one flagged cell's interactions (over the flag's period)."""
    details: dict = {}
    other = np.asarray(other_branch_z, float)
    other = other[np.isfinite(other)]
    if other.size >= 2:
        details["other_branches_median_z"] = round(float(np.median(other)), 2)
        details["other_branches_out"] = int((other >= 2).sum())
        if np.median(other) >= CHANNEL_MEDIAN_Z:
            return LevelDecision("channel", None, details)
    agents = agent_table(rows, sign)
    total_excess = float(sign * (rows["y"].sum() - rows["e"].sum()))
    if len(agents) >= 2 and total_excess > 0:
        top = agents.iloc[0]
        rest = rows[rows["agent"] != top["agent"]]
        z_rest = _z(rest["y"].sum(), rest["e"].sum(), rest["v"].sum(), sign)
        details.update(top_agent=str(top["agent"]), top_agent_share=round(float(top["excess"] / total_excess), 2),
                       top_agent_z=round(float(top["z"]), 2), rest_z=round(z_rest, 2), agents=int(len(agents)))
        if top["excess"] >= AGENT_SHARE * total_excess and top["z"] >= AGENT_Z and z_rest < AGENT_Z:
            return LevelDecision("agent", str(top["agent"]), details)
    return LevelDecision("branch", None, details)


def top_interactions(rows: pd.DataFrame, sign: int, k: int = TOP_INTERACTIONS) -> list[str]:
    """Ids of the interactions that pushed the cell furthest in the worse direction (one interaction a row).

    Equal pushes (common for rates) go by id, so the choice does not depend on the order rows were read in.
    """
    if rows.empty:
        return []
    push = sign * (rows["y"] - rows["e"])
    chosen = rows.assign(push=push, _id=rows["interaction_id"].astype(str))
    chosen = chosen[chosen["push"] > 0].sort_values(["push", "_id"], ascending=[False, True], kind="stable")
    return chosen["_id"].head(k).tolist()
