"""A simulated chain with known planted problems, for tests and the detection benchmark.

Branches differ in language and topic mix (case mix the detector must not flag) and in size;
outcomes come from a logistic model over channel, language and topic; planted effects shift one
metric's probability for one agent, one branch x channel, one channel everywhere or the whole chain,
from a start day on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from consistency.records import CHANNELS

LANGS = ("en", "de", "id", "nb", "ru")
TOPICS = ("billing", "delivery", "account", "complaint", "product", "unknown")
# logit baselines and offsets: what the chain looks like before anything goes wrong
BASE = {"negative": -1.1, "courteous": 2.2, "resolved": 0.85, "escalated": -2.4, "blame": -3.2, "transferred": -2.2}
CHANNEL_OFFSET = {"phone": 0.0, "email": -0.3, "chat": 0.1, "in_person": 0.35}
LANG_OFFSET = {"en": 0.0, "de": -0.25, "id": 0.15, "nb": 0.1, "ru": -0.35}
TOPIC_OFFSET = {"billing": 0.1, "delivery": -0.3, "account": 0.3, "complaint": -0.7, "product": 0.2, "unknown": 0.0}
# metrics where a bad branch has a *higher* value; the others drop when things go wrong
WORSE_UP = {"negative", "escalated", "blame", "transferred"}


@dataclass(frozen=True)
class Effect:
    """One planted problem: ``size`` is the change in probability in the *worse* direction."""

    level: str  # agent | branch | channel | chain
    column: str  # negative | courteous | resolved | escalated | blame | transferred
    size: float
    branch: str | None = None
    channel: str | None = None
    agent: str | None = None
    start_day: int = 0  # index of the first affected day in the window (0 = all of it)


@dataclass
class Chain:
    """The fixed shape of a simulated chain: branches, their size, mix and agents."""

    branches: list[str]
    volume: dict[tuple[str, str], float]  # (branch, channel) -> mean interactions per day
    lang_mix: dict[str, np.ndarray]
    topic_mix: dict[str, np.ndarray]
    agents: int = 5


def make_chain(rng: np.random.Generator, branches: int = 12, mean_daily: float = 20.0) -> Chain:
    """A chain whose branches differ in size and case mix."""
    names = [f"B{i:02d}" for i in range(branches)]
    volume = {(b, c): float(mean_daily * rng.uniform(0.4, 1.6)) for b in names for c in CHANNELS}
    lang = {b: rng.dirichlet([8, 2, 1, 1, 1] if i % 3 else [2, 8, 1, 1, 1]) for i, b in enumerate(names)}
    topic = {b: rng.dirichlet(np.full(len(TOPICS), 3.0)) for b in names}
    return Chain(names, volume, lang, topic)


def simulate_window(rng: np.random.Generator, chain: Chain, end: date, days: int = 28,
                    effects: tuple[Effect, ...] = ()) -> pd.DataFrame:
    """Interactions of ``days`` days ending at ``end`` in the shape detection reads."""
    keys = list(chain.volume)
    counts = rng.poisson([[chain.volume[k] for k in keys]] * days)  # (days, cells)
    day_idx = np.repeat(np.repeat(np.arange(days), len(keys)), counts.ravel())
    cell_idx = np.repeat(np.tile(np.arange(len(keys)), days), counts.ravel())
    n = len(day_idx)
    branch = np.array([keys[i][0] for i in cell_idx], dtype=object)
    channel = np.array([keys[i][1] for i in cell_idx], dtype=object)
    lang = np.empty(n, dtype=object)
    topic = np.empty(n, dtype=object)
    for b in chain.branches:
        mask = branch == b
        lang[mask] = rng.choice(LANGS, size=mask.sum(), p=chain.lang_mix[b])
        topic[mask] = rng.choice(TOPICS, size=mask.sum(), p=chain.topic_mix[b])
    agent = np.array([f"{b}-{c}-a{k}" for b, c, k in zip(branch, channel, rng.integers(0, chain.agents, n))], dtype=object)
    hour = rng.integers(8, 20, n)
    start = pd.Timestamp(end) - pd.Timedelta(days=days - 1)
    business_date = start + pd.to_timedelta(day_idx, unit="D")
    started_at = (business_date + pd.to_timedelta(hour, unit="h") + pd.to_timedelta(rng.integers(0, 3600, n), unit="s"))
    customer = np.where(rng.random(n) < 0.7, [f"c{x}" for x in rng.integers(0, max(n // 2, 1), n)], None)
    offset = (np.vectorize(CHANNEL_OFFSET.get)(channel) + np.vectorize(LANG_OFFSET.get)(lang)
              + np.vectorize(TOPIC_OFFSET.get)(topic))
    frame = pd.DataFrame({
        "interaction_id": [f"i{i}" for i in range(n)], "business_date": business_date, "branch": branch,
        "channel": channel, "agent": agent, "customer": customer, "lang": lang, "topic": topic, "hour": hour,
        "started_at": pd.to_datetime(started_at).tz_localize("UTC"),
    })
    for column, base in BASE.items():
        # "good" outcomes rise with the offset, "bad" ones fall, so one easy topic is easy on all metrics
        p = 1 / (1 + np.exp(-(base + (-offset if column in WORSE_UP else offset))))
        for effect in effects:
            if effect.column != column:
                continue
            mask = day_idx >= effect.start_day
            if effect.branch is not None:
                mask &= branch == effect.branch
            if effect.channel is not None:
                mask &= channel == effect.channel
            if effect.agent is not None:
                mask &= agent == effect.agent
            p = np.where(mask, p + (effect.size if column in WORSE_UP else -effect.size), p)
        frame[column] = (rng.random(n) < np.clip(p, 0.001, 0.999)).astype(float)
    frame["transfers"] = frame["transferred"].astype(int)
    frame["p_negative"] = frame["negative"]
    frame["wait_s"] = np.where(channel == "in_person", np.nan, rng.lognormal(4.0, 0.6, n))
    frame["handle_s"] = rng.lognormal(5.5, 0.5, n)
    frame["csat"] = np.where(rng.random(n) < 0.3, rng.integers(1, 6, n).astype(float), np.nan)
    frame["outcome"] = None
    return frame


def true_probability(frame: pd.DataFrame, column: str, effects: tuple[Effect, ...] = ()) -> np.ndarray:
    """The probability each simulated interaction had of ``column`` = 1 (before, or with, the effects).

    What an oracle knows: the benchmark's information bound and the tests' exact expectations.
    """
    offset = (frame["channel"].map(CHANNEL_OFFSET) + frame["lang"].map(LANG_OFFSET)
              + frame["topic"].map(TOPIC_OFFSET)).to_numpy(float)
    p = 1 / (1 + np.exp(-(BASE[column] + (-offset if column in WORSE_UP else offset))))
    day = ((frame["business_date"] - frame["business_date"].min()).dt.days).to_numpy()
    for effect in effects:
        if effect.column != column:
            continue
        mask = day >= effect.start_day
        for attr in ("branch", "channel", "agent"):
            if getattr(effect, attr) is not None:
                mask &= (frame[attr] == getattr(effect, attr)).to_numpy()
        p = np.where(mask, p + (effect.size if column in WORSE_UP else -effect.size), p)
    return np.clip(p, 0.001, 0.999)


def simulate_mystery(rng: np.random.Generator, chain: Chain, end: date, shops_per_cell: int = 3,
                     scores: dict[tuple[str, str], float] | None = None) -> pd.DataFrame:
    """Mystery-shop scorecards: courtesy and resolution on 1-5, optionally set per (branch, channel)."""
    rows = []
    for b in chain.branches:
        for c in CHANNELS:
            for k in range(shops_per_cell):
                centre = (scores or {}).get((b, c), 3.8)
                rows.append({"shop_id": f"s-{b}-{c}-{k}", "shop_date": pd.Timestamp(end - timedelta(days=int(rng.integers(0, 28)))),
                             "branch": b, "channel": c, "shopper": f"p{k}",
                             "courtesy": float(np.clip(np.round(rng.normal(centre, 0.6)), 1, 5)),
                             "resolution": float(np.clip(np.round(rng.normal(3.6, 0.7)), 1, 5))})
    return pd.DataFrame(rows)
