"""The planted problems: what they are (written to planted.json) and how they change a contact's odds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from consistency.demo.chain import Branch


@dataclass
class Rates:
    """The odds one contact is drawn with; unresolved is whatever resolved and escalated leave over."""

    courtesy: float
    resolved: float
    escalated: float
    blame: float


@dataclass(frozen=True)
class Problem:
    """One planted problem, in the metric vocabulary the audit reports in."""

    id: str
    kind: str
    level: str  # agent / branch / channel / chain
    metric: str
    size: float  # absolute change of the rate from start_date on
    start_date: str
    description: str
    branch: str | None = None
    channel: str | None = None
    agent: str | None = None
    # Side effects in other metrics (same convention: absolute change), including those the generator
    # derives from the planted odds: CSAT follows courtesy, resolution and blame; transfers and
    # escalations lengthen handle time; unresolved customers come back (fewer first-contact resolutions).
    also: dict[str, float] = field(default_factory=dict)

    def active(self, branch: str, channel: str, agent: str, day: date) -> bool:
        """Whether this problem touches a contact of this branch, channel and agent on this day."""
        return (day >= date.fromisoformat(self.start_date)
                and self.branch in (None, branch) and self.channel in (None, channel) and self.agent in (None, agent))

    def as_dict(self) -> dict[str, Any]:
        """The problem as written to planted.json."""
        return asdict(self)


def _day(days: list[date], fraction: float) -> date:
    # Scaled so a short run still has days before and after each start.
    index = min(max(round(len(days) * fraction), 1), len(days) - 1) if len(days) > 1 else 0
    return days[index]


def plan(branches: list[Branch], days: list[date]) -> list[Problem]:
    """The five planted problems for this chain and calendar (branches chosen by position, so deterministic)."""
    curt, mystery = branches[1 % len(branches)], branches[2 % len(branches)]
    home = branches[0]
    phone_staff = home.staff_for("phone") or home.agents
    blamer = phone_staff[0]
    first = days[0].isoformat()
    return [
        Problem("P1-curt-email", "curt_replies", "branch", "courtesy_rate", -0.35, _day(days, 17 / 30).isoformat(),
                f"Email replies from {curt.code} ({curt.city}) turn curt: no greeting, no apology, 'read the terms'.",
                branch=curt.code, channel="email", also={"csat": -0.25}),
        Problem("P2-phone-escalations", "escalation_surge", "channel", "escalation_rate", 0.08,
                _day(days, 11 / 30).isoformat(),
                "Phone escalations double chain-wide (new routing sends callers to supervisors).", channel="phone",
                also={"transfer_rate": 0.04, "handle_s": 12.0}),
        Problem("P3-blaming-agent", "blame", "agent", "blame_rate", 0.37, first,
                f"Agent {blamer.agent_id} ({blamer.name}, {home.code}) blames other departments in ~40% of contacts.",
                branch=home.code, agent=blamer.agent_id, also={"resolution_rate": -0.2, "transfer_rate": 0.2, "csat": -0.4, "handle_s": 30.0}),
        # size: how far the logs' courtesy_rate sits below what the (unchanged, high) shop scores imply.
        Problem("P4-mystery-vs-logs", "mystery_vs_logs", "branch", "ms_courtesy", -0.30, first,
                f"{mystery.code} ({mystery.city}) scores high with mystery shoppers (ms_courtesy ~4.7) while its own "
                "logs show curt, unresolved service in every channel.", branch=mystery.code,
                also={"courtesy_rate": -0.3, "resolution_rate": -0.2, "csat": -0.4, "fcr_rate": -0.1}),
        Problem("P5-policy-change", "policy_change", "chain", "resolution_rate", -0.15, _day(days, 21 / 30).isoformat(),
                "Chain-wide policy change: refunds need head-office approval, so fewer contacts are resolved at once.",
                also={"csat": -0.15, "fcr_rate": -0.07}),
    ]


def adjust(rates: Rates, problems: list[Problem], branch: str, channel: str, agent: str, day: date) -> Rates:
    """The odds after every planted problem active for this contact has had its effect."""
    for p in problems:
        if not p.active(branch, channel, agent, day):
            continue
        if p.kind == "curt_replies":
            rates.courtesy += p.size
        elif p.kind == "escalation_surge":
            # Taken from unresolved, so the resolution rate itself does not move.
            rates.escalated += p.size
        elif p.kind == "blame":
            rates.blame = 0.40
        elif p.kind == "mystery_vs_logs":
            rates.courtesy += p.also["courtesy_rate"]
            rates.resolved += p.also["resolution_rate"]
        elif p.kind == "policy_change":
            rates.resolved += p.size
    rates.courtesy = min(max(rates.courtesy, 0.0), 1.0)
    rates.resolved = min(max(rates.resolved, 0.0), 1.0 - rates.escalated)
    return rates


def inflates_mystery_scores(problems: list[Problem], branch: str) -> bool:
    """Whether this branch's mystery-shop scores are planted to stay high whatever its logs say."""
    return any(p.kind == "mystery_vs_logs" and p.branch == branch for p in problems)
