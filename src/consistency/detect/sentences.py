"""Plain-language sentences a quality manager can read, one per flag."""

from __future__ import annotations

from datetime import date

LABELS = {
    "negative_rate": "share of customers with a negative tone", "courtesy_rate": "share of courteous replies",
    "resolution_rate": "resolution rate", "escalation_rate": "escalation rate", "transfer_rate": "transfer rate",
    "blame_rate": "share of replies blaming another department", "fcr_rate": "first-contact resolution",
    "wait_s": "average wait", "handle_s": "average handling time", "csat": "average satisfaction score",
}
PERCENT = {"negative_rate", "courtesy_rate", "resolution_rate", "escalation_rate", "transfer_rate", "blame_rate",
           "fcr_rate"}
LEVEL_TEXT = {
    "agent": "one agent ({agent}) carries most of it, so this looks like a coaching matter",
    "branch": "it is spread across the branch's agents, so it looks like a branch matter",
    "channel": "the same channel is out in other branches too, so it looks like a process or policy matter",
    "chain": "every branch and channel moved together",
}


def label(metric: str) -> str:
    """Readable name of a metric (mystery-shop criteria as 'mystery-shop <criterion> score')."""
    if metric.startswith("ms_"):
        return f"mystery-shop {metric[3:]} score"
    return LABELS.get(metric, metric.replace("_", " "))


def fmt(metric: str, value: float | None) -> str:
    """A value in the metric's natural unit."""
    if value is None or value != value:
        return "n/a"
    if metric in PERCENT:
        return f"{100 * value:.1f}%"
    if metric.endswith("_s"):
        return f"{value:.0f}s"
    return f"{value:.2f}"


def where(branch: str | None, channel: str | None) -> str:
    """'Branch X, email' / 'email in every branch' / 'The whole chain'."""
    if branch and channel:
        return f"{branch}, {channel}"
    if channel:
        return f"{channel} across branches"
    if branch:
        return f"{branch}"
    return "The whole chain"


# a branch flag whose excess comes mostly from one agent, when the test that raised it was the cell's:
# the agent's own figures were not what stood out, so the agent is named but the flag is the cell's
ONE_AGENT_IN_BRANCH = ("most of it comes from one agent ({agent}), but it was the cell as a whole that stood out, "
                       "not that agent on their own figures, so it is flagged as a branch matter")


def level_text(level: str, agent: str | None) -> str:
    """Why the flag sits at this level, in words (a branch level with an agent: the agent is named as context)."""
    if level == "branch" and agent:
        return ONE_AGENT_IN_BRANCH.format(agent=agent)
    return LEVEL_TEXT[level].format(agent=agent or "?")


def funnel_sentence(metric: str, branch: str | None, channel: str | None, observed: float, expected: float,
                    n: int, direction: str, level: str, agent: str | None) -> str:
    """Sentence for a funnel (whole-window) flag."""
    return (f"{where(branch, channel)}: {label(metric)} is {fmt(metric, observed)} against "
            f"{fmt(metric, expected)} expected for its mix of contacts ({n} interactions), {direction} than the "
            f"chain beyond chance; {level_text(level, agent)}.")


def drift_sentence(metric: str, branch: str | None, channel: str | None, observed: float, expected: float,
                   n: int, since: date, alarm: date, level: str, agent: str | None) -> str:
    """Sentence for a CUSUM drift flag."""
    return (f"{where(branch, channel)}: {label(metric)} has been drifting worse since about {since:%d %b} "
            f"(alarm raised {alarm:%d %b}): {fmt(metric, observed)} against {fmt(metric, expected)} expected "
            f"over {n} interactions; {level_text(level, agent)}.")


def cross_sentence(metric: str, branch: str, channel: str, observed: float, expected: float, n: int,
                   level: str, agent: str | None) -> str:
    """Sentence for a cross-channel inconsistency flag (at agent level, the figures are the agent's own)."""
    if level == "agent":
        return (f"{branch}, {channel}: agent {agent} is out of step with the branch's other channels on "
                f"{label(metric)}: {fmt(metric, observed)} against {fmt(metric, expected)} if they matched them "
                f"({n} of the agent's interactions); {level_text('agent', agent)}.")
    return (f"{branch}: {channel} is out of step with the branch's other channels on {label(metric)}: "
            f"{fmt(metric, observed)} against {fmt(metric, expected)} if it matched them ({n} interactions); "
            f"{level_text(level, agent)}.")


def chain_sentence(metric: str, before: float, after: float, since: date, n: int) -> str:
    """Sentence for a chain-wide shift."""
    return (f"The whole chain: {label(metric)} moved worse on about {since:%d %b}, from {fmt(metric, before)} "
            f"to {fmt(metric, after)} ({n} interactions since), in branches and channels alike; look for a "
            f"chain-wide cause (system, policy, classifier or data change).")


def mystery_sentence(criterion: str, metric: str, branch: str, channel: str | None, shop_mean: float,
                     chain_shop: float, shops: int, observed: float, expected: float, n: int) -> str:
    """Sentence for a mystery-shop vs logs disagreement (channel None: the branch over all its channels)."""
    where = f"{branch}, {channel}" if channel else f"{branch} (all channels)"
    return (f"{where}: mystery shoppers score {criterion} {shop_mean:.1f}/5 (chain {chain_shop:.1f}, "
            f"{shops} visits), but the interaction logs show {label(metric)} {fmt(metric, observed)} against "
            f"{fmt(metric, expected)} expected ({n} interactions): the two sources disagree.")
