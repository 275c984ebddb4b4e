"""Draw every contact of the run: volumes, customers and their journeys, odds, times and survey answers."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from consistency.demo.chain import CHANNELS, TOPICS, Branch
from consistency.demo.conversation import CHAIN, Scenario
from consistency.demo.phrases import BANKS
from consistency.demo.planted import Problem, Rates, adjust

# Case mix: each topic has its own odds, and branches differ in topic mix, never in these.
_RESOLVED = {"billing": 0.80, "card": 0.82, "account": 0.84, "loan": 0.68, "delivery": 0.72, "complaint": 0.60}
_ESCALATED = {"complaint": 0.12}
_NEGATIVE = {"billing": 0.32, "card": 0.26, "account": 0.18, "loan": 0.22, "delivery": 0.36, "complaint": 0.62}
_POSITIVE = 0.15
_COURTESY = 0.92
_BLAME = 0.03
_NEXT_CHANNEL = {"chat": "phone", "email": "phone", "phone": "in_person", "in_person": "phone"}
_SHORT_ID = {"phone": "C", "chat": "CH", "email": "E", "in_person": "V"}
_WEEKDAY = (1.1, 1.05, 1.0, 1.0, 1.05, 0.9, 0.9)


def cell_counts(rng: random.Random, branches: list[Branch], days: list[date], interactions: int) -> dict:
    """Contacts per (day, branch, channel): equal means, a mild weekday rhythm and Poisson-like noise."""
    mean = interactions / (len(branches) * len(CHANNELS) * len(days))
    counts = {}
    for day in days:
        for b in branches:
            for ch in CHANNELS:
                lam = mean * _WEEKDAY[day.weekday()]
                counts[(day, b.code, ch)] = max(0, round(rng.gauss(lam, math.sqrt(lam))))
    return counts


def _local_start(rng: random.Random, b: Branch, day: date, channel: str) -> datetime:
    # Opening hours with late-morning and afternoon peaks; e-mail arrives early so replies land the same day.
    hour = rng.choice((7, 8, 9, 10, 11, 12, 13, 14)) if channel == "email" else rng.choice(
        (8, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 17, 18, 19))
    return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=b.tz)


def _customer_lang(rng: random.Random, b: Branch) -> str:
    return b.lang if b.lang == "en" or rng.random() < 0.85 else "en"


def _emotion(rng: random.Random, topic: str, returning: bool) -> str:
    negative = 0.5 if returning else _NEGATIVE[topic]
    r = rng.random()
    if r < negative:
        return "angry" if rng.random() < 0.4 else "annoyed"
    return "happy" if r < negative + _POSITIVE else "neutral"


def _csat(rng: random.Random, s: Scenario) -> int | None:
    # About 30% answer the survey; the answer follows tone, resolution, courtesy and blame.
    if rng.random() >= 0.3:
        return None
    score = 4.1 + {"negative": -1.1, "positive": 0.6}.get(s.tone, 0.0)
    score += {"unresolved": -1.0, "escalated": -0.7}.get(s.resolution, 0.0)
    score -= 0.0 if s.courteous else 0.7
    score -= 0.5 if s.blame else 0.0
    return int(min(5, max(1, round(rng.gauss(score, 0.7)))))


def draw(rng: random.Random, branches: list[Branch], days: list[date], interactions: int,
         problems: list[Problem]) -> Iterator[tuple[date, list[Scenario]]]:
    """Each day's contacts (oldest day first); unresolved customers come back on another channel days later."""
    counts = cell_counts(rng, branches, days, interactions)
    pending: dict[tuple[date, str, str], list[tuple[str, str, str, str]]] = {}
    for day in days:
        todays: list[Scenario] = []
        for b in branches:
            for channel in CHANNELS:
                staff = b.staff_for(channel) or b.agents
                returning = pending.pop((day, b.code, channel), [])
                for n in range(counts[(day, b.code, channel)]):
                    s = _one(rng, b, channel, day, n, staff, returning, problems)
                    todays.append(s)
                    if s.resolution == "unresolved" and rng.random() < 0.35:
                        back = day + timedelta(days=rng.randint(1, 3))
                        pending.setdefault((back, b.code, _NEXT_CHANNEL[channel]), []).append(
                            (s.customer, s.customer_name, s.lang, s.topic))
        yield day, todays


def _one(rng: random.Random, b: Branch, channel: str, day: date, n: int, staff: list, returning: list,
         problems: list[Problem]) -> Scenario:
    back = bool(returning) and rng.random() < 0.5
    if back:
        customer, name, lang, topic = returning.pop(0)
    else:
        customer = rng.choice(b.customers)
        lang = _customer_lang(rng, b)
        name = rng.choice(BANKS[lang].CUSTOMER_NAMES)
        topic = rng.choices(TOPICS, weights=b.topic_weights)[0]
    agent = rng.choice(staff)
    rates = adjust(Rates(_COURTESY, _RESOLVED[topic], _ESCALATED.get(topic, 0.07), _BLAME), problems,
                   b.code, channel, agent.agent_id, day)
    courteous = rng.random() < rates.courtesy
    blame = rng.random() < rates.blame
    r = rng.random()
    resolution = ("resolved" if r < rates.resolved
                  else "escalated" if r < rates.resolved + rates.escalated else "unresolved")
    if blame and resolution == "resolved" and rng.random() < 0.7:
        resolution = "unresolved"  # sent elsewhere, so not solved here
    transfers = int(rng.random() < (0.6 if blame else 0.08)) + int(resolution == "escalated" and rng.random() < 0.5)
    wait = {"phone": rng.lognormvariate(3.9, 0.6), "chat": rng.lognormvariate(3.4, 0.6),
            "email": rng.uniform(1800, 21600), "in_person": rng.lognormvariate(5.0, 0.5)}[channel]
    handle = {"phone": rng.uniform(150, 600), "chat": rng.uniform(240, 900), "email": 0.0,
              "in_person": rng.uniform(300, 1500)}[channel] * (1.4 if resolution == "escalated" or transfers else 1.0)
    ymd = day.strftime("%Y%m%d")
    native = f"{_SHORT_ID[channel]}-{ymd}-{b.code}-{n + 1:04d}"
    if channel == "email":
        native = f"<{ymd}.{b.code.lower()}.{n + 1:04d}.0@mail.{CHAIN.lower()}-customers.example>"
    emotion = _emotion(rng, topic, back)
    s = Scenario(
        source=channel, native_id=native, branch=b.code, branch_name=f"{CHAIN} {b.city}", agent=agent.agent_id,
        agent_name=agent.name, customer=customer, customer_name=name, lang=lang, topic=topic, day=day,
        start=_local_start(rng, b, day, channel), emotion=emotion, courteous=courteous, resolution=resolution,
        blame=blame, asks_manager=resolution == "escalated" and rng.random() < 0.7, transfers=transfers,
        wait_s=int(wait), handle_s=int(handle), csat=None, returning=back)
    s.csat = _csat(rng, s)
    return s
