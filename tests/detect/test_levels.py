"""Level rules: one agent, the branch, or a channel everywhere."""

from __future__ import annotations

import numpy as np
import pandas as pd

from consistency.detect.levels import decide_level, top_interactions


def _rows(bad_agents: dict[str, float], n_per_agent: int = 100, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    parts = []
    for k in range(5):
        agent = f"a{k}"
        p = 0.2 + bad_agents.get(agent, 0.0)
        y = (rng.random(n_per_agent) < p).astype(float)
        parts.append(pd.DataFrame({"interaction_id": [f"{agent}-{i}" for i in range(n_per_agent)], "agent": agent,
                                   "y": y, "e": 0.2, "v": 0.16}))
    return pd.concat(parts, ignore_index=True)


def test_one_agent_carrying_the_excess_is_level_agent():
    decision = decide_level(_rows({"a3": 0.3}), np.zeros(6), +1)
    assert decision.level == "agent" and decision.agent == "a3"


def test_every_agent_worse_is_level_branch():
    decision = decide_level(_rows({f"a{k}": 0.15 for k in range(5)}), np.zeros(6), +1)
    assert decision.level == "branch" and decision.agent is None


def test_same_channel_out_in_other_branches_is_level_channel():
    decision = decide_level(_rows({"a3": 0.3}), np.array([2.5, 1.8, 3.0, 0.4, 1.2]), +1)
    assert decision.level == "channel"


def test_top_interactions_are_the_worst_in_the_flagged_direction():
    rows = pd.DataFrame({"interaction_id": ["x", "y", "z"], "y": [1.0, 0.0, 1.0], "e": [0.1, 0.5, 0.6], "v": 0.2})
    assert top_interactions(rows, +1) == ["x", "z"]
    assert top_interactions(rows, -1) == ["y"]
