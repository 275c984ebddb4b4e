"""The demo chain: branches, agents, customers and the calendar, all drawn from one seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta, timezone

from consistency.demo.phrases import BANKS

CHANNELS: tuple[str, ...] = ("phone", "email", "chat", "in_person")
TOPICS: tuple[str, ...] = ("billing", "card", "account", "loan", "delivery", "complaint")

# code, city, language, UTC offset in hours (fixed: the demo ignores daylight saving on purpose)
CATALOG: tuple[tuple[str, str, str, int], ...] = (
    ("LON", "London", "en", 0), ("MAN", "Manchester", "en", 0), ("BER", "Berlin", "de", 1),
    ("MUC", "Munich", "de", 1), ("HAM", "Hamburg", "de", 1), ("JKT", "Jakarta", "id", 7),
    ("SUB", "Surabaya", "id", 7), ("OSL", "Oslo", "nb", 1), ("BGO", "Bergen", "nb", 1),
    ("MOW", "Moscow", "ru", 3), ("LED", "Saint Petersburg", "ru", 3), ("DUB", "Dublin", "en", 0),
)
# Ordered so that a 3-branch run still has three languages.
_ORDER = (0, 2, 9, 5, 7, 1, 3, 10, 6, 8, 4, 11)


@dataclass(frozen=True)
class Agent:
    """One member of staff, mostly working one or two channels."""

    agent_id: str
    name: str
    branch: str
    channels: tuple[str, ...]


@dataclass
class Branch:
    """One branch with its language, topic mix (case mix differs on purpose) and staff."""

    code: str
    city: str
    lang: str
    utc_offset: int
    topic_weights: tuple[float, ...]
    agents: list[Agent] = field(default_factory=list)
    customers: list[str] = field(default_factory=list)

    @property
    def tz(self) -> timezone:
        """The branch's fixed UTC offset."""
        return timezone(timedelta(hours=self.utc_offset))

    def staff_for(self, channel: str) -> list[Agent]:
        """Agents who work this channel."""
        return [a for a in self.agents if channel in a.channels]


def build_branches(rng: random.Random, count: int, customers_per_branch: int) -> list[Branch]:
    """``count`` branches from the catalogue (numbered copies beyond twelve), each with 6-12 agents."""
    branches: list[Branch] = []
    next_agent = 100
    for i in range(count):
        code, city, lang, offset = CATALOG[_ORDER[i % len(_ORDER)]]
        if i >= len(_ORDER):
            code, city = f"{code}{i // len(_ORDER) + 1}", f"{city} {i // len(_ORDER) + 1}"
        weights = tuple(round(w * rng.uniform(0.6, 1.6), 3) for w in (0.22, 0.2, 0.18, 0.12, 0.16, 0.12))
        branch = Branch(code, city, lang, offset, weights)
        names = BANKS[lang].AGENT_NAMES
        size = rng.randint(6, 12)
        for k in range(size):
            # Round-robin the primary channel so every channel has staff; some agents cover a second one.
            primary = CHANNELS[k % len(CHANNELS)]
            second = rng.choice([c for c in CHANNELS if c != primary])
            channels = (primary,) if rng.random() < 0.5 else (primary, second)
            branch.agents.append(Agent(f"ag-{next_agent:03d}", rng.choice(names), code, channels))
            next_agent += 1
        branch.customers = [f"cust-{i + 1:02d}{n:05d}" for n in range(customers_per_branch)]
        branches.append(branch)
    return branches


def calendar(end_date: date, days: int) -> list[date]:
    """The business dates of the run, oldest first."""
    return [end_date - timedelta(days=days - 1 - k) for k in range(days)]
