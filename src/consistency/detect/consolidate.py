"""One problem, one flag: merge the flags that several tests raise about the same thing.

* the funnel, the drift and the cross-channel test of one cell and metric are three views of one
  problem: one flag, carrying the strongest evidence (lowest q), the others kept in ``details["tests"]``;
* a branch problem in most of the channels where the branch is measured is a branch matter, not
  several channel matters: one flag with no channel and the per-channel figures in ``details["channels"]``;
* a channel drift that began with a chain-wide shift of the same metric is part of that shift;
* an agent's problem shows in several metrics (blaming others also means transfers and fewer
  resolutions): one flag per agent, its metrics in ``details["metrics"]``.

Merging never creates a flag: every merged flag was significant on its own, so the false-discovery
control of the night still holds for the merged list (fewer flags, each at least as certain).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import date

from consistency.detect import sentences as say
from consistency.records import Flag


def _q(flag: Flag) -> float:
    return flag.q_value if flag.q_value is not None else 1.0


def _summary(flag: Flag) -> dict:
    return {"type": flag.type, "metric": flag.metric, "channel": flag.channel, "observed": round(flag.observed, 4),
            "expected": round(flag.expected, 4), "n": flag.n, "q_value": flag.q_value,
            "first_seen": flag.first_seen.isoformat(), "level": flag.level}


def _group(flags: list[Flag], key: Callable[[Flag], Hashable | None]) -> tuple[list[Flag], dict[Hashable, list[Flag]]]:
    alone, groups = [], {}
    for f in flags:
        k = key(f)
        if k is None:
            alone.append(f)
        else:
            groups.setdefault(k, []).append(f)
    return alone, groups


def merge_cell_tests(flags: list[Flag]) -> list[Flag]:
    """Funnel, drift and cross-channel flags of one (metric, branch, channel, direction) become one.

    A channel-level flag (no branch) is a cell of its own: the channel across the chain.
    """
    out, groups = _group(flags, lambda f: (f.metric, f.branch, f.channel, f.direction)
                         if f.channel is not None and f.type != "mystery_vs_logs" else None)
    for members in groups.values():
        best = min(members, key=_q)
        if len(members) == 1:
            out.append(best)
            continue
        # where the problem sits comes from the sharpest attribution any view made: an agent's own test
        # (the agent view of a funnel or cross-channel test) outranks a cell view's "the cell is out";
        # the merged flag is then that agent's, with its own figures, and the cell's views are context
        agent = next((f for f in sorted(members, key=_q) if f.level == "agent"), None)
        if agent is not None:
            best = agent
        tests = [_summary(f) for f in sorted(members, key=_q)]
        details = {**best.details, "tests": tests}
        alarms = [f.first_seen for f in members if f.type == "drift"]
        if alarms:
            details.setdefault("drift_alarm", min(alarms).isoformat())  # the day the monitor rang
        out.append(replace(best, first_seen=min(f.first_seen for f in members), details=details))
    return out


def merge_branch_channels(flags: list[Flag], measured: dict[tuple[str, str], int]) -> list[Flag]:
    """Branch-level flags of one metric in most of a branch's measured channels become one branch flag.

    ``measured`` maps (metric, branch) to how many channels the branch was tested on for the metric.
    """
    out, groups = _group(flags, lambda f: (f.metric, f.branch, f.direction)
                         if f.level == "branch" and f.branch is not None and f.channel is not None
                         and f.type != "mystery_vs_logs" else None)
    for (metric, branch, direction), members in groups.items():
        channels = {f.channel for f in members}
        if len(channels) < 2 or 2 * len(channels) <= measured.get((metric, branch), len(channels)):
            out.extend(members)
            continue
        best = min(members, key=_q)
        n = sum(f.n for f in members)
        obs = sum(f.observed * f.n for f in members) / n
        exp = sum(f.expected * f.n for f in members) / n
        # the per-channel limits are for per-channel figures: their n-weighted mean is indicative only
        lower = _weighted([f.lower for f in members], [f.n for f in members])
        upper = _weighted([f.upper for f in members], [f.n for f in members])
        listed = sorted(channels)
        sentence = (f"{branch}, {len(listed)} channels ({', '.join(listed)}): {say.label(metric)} is "
                    f"{say.fmt(metric, obs)} against {say.fmt(metric, exp)} expected ({n} interactions), {direction} "
                    f"than the chain beyond chance in each; {say.level_text('branch', None)}.")
        top = [i for f in sorted(members, key=_q) for i in f.details.get("top_interactions", [])[:4]]
        details = {**best.details, "channels": [_summary(f) for f in sorted(members, key=lambda f: f.channel)],
                   "top_interactions": top[:10]}
        out.append(replace(best, channel=None, observed=obs, expected=exp, n=n, lower=lower, upper=upper,
                           first_seen=min(f.first_seen for f in members), sentence=sentence, details=details))
    return out


def merge_agent_metrics(flags: list[Flag]) -> list[Flag]:
    """Every agent-level flag of one agent becomes one flag: the strongest, with the others listed.

    A branch-level flag of the agent's own cell whose largest contributor is that agent, clearly out
    (z >= 2), is the same problem seen with less resolution (the rest of the cell just failed the
    "rest in line" rule): it joins the agent's flag rather than standing as a branch matter.
    """
    agents = {(f.branch, f.channel): f.agent for f in flags if f.level == "agent" and f.agent}

    def key(f: Flag) -> Hashable | None:
        if f.level == "agent" and f.agent:
            return (f.branch, f.agent)
        top = agents.get((f.branch, f.channel))
        if f.level == "branch" and top and f.details.get("top_agent") == top and f.details.get("top_agent_z", 0) >= 2:
            return (f.branch, top)
        return None

    out, groups = _group(flags, key)
    for members in groups.values():
        best = min([f for f in members if f.level == "agent"], key=_q)
        if len(members) > 1:
            metrics = [_summary(f) for f in sorted(members, key=_q)]
            others = ", ".join(say.label(m) for m in sorted({f.metric for f in members}) if m != best.metric)
            best = replace(best, first_seen=min(f.first_seen for f in members),
                           sentence=f"{best.sentence} The same agent is also out of line on {others}." if others
                           else best.sentence,
                           details={**best.details, "metrics": metrics})
        out.append(best)
    return out


def _weighted(values: list[float | None], weights: list[int]) -> float | None:
    pairs = [(v, w) for v, w in zip(values, weights) if v is not None]
    return sum(v * w for v, w in pairs) / sum(w for _, w in pairs) if pairs else None


SAME_MOVE_DAYS = 3  # a channel's drift starting this close to the chain's move is that move


def merge_channels_into_chain_shift(flags: list[Flag]) -> list[Flag]:
    """A channel-level drift that began with a chain-wide shift of the same metric is part of that shift.

    When everything moved on one date, channels move by different amounts (a fixed step is a larger
    share of a rarer outcome), so the channel that moved most also stands out against the others.
    The chain-shift flag already names the date and the policy-level cause; the channel's figures
    go into its ``details["channels"]``.
    """
    shifts = {(f.metric, f.direction): f for f in flags if f.type == "chain_shift"}
    out, merged = [], {}
    for f in flags:
        shift = shifts.get((f.metric, f.direction))
        start = f.details.get("change_date")
        if (shift is not None and f.level == "channel" and f.branch is None and f.type == "drift" and start
                and shift.details.get("change_date")
                and abs((date.fromisoformat(start) - date.fromisoformat(shift.details["change_date"])).days)
                <= SAME_MOVE_DAYS):
            merged.setdefault(id(shift), []).append(_summary(f))
            continue
        out.append(f)
    return [replace(f, details={**f.details, "channels": merged[id(f)]}) if id(f) in merged else f for f in out]


def consolidate(flags: list[Flag], measured: dict[tuple[str, str], int]) -> list[Flag]:
    """Cell tests first (one flag per cell), then branches across channels, then agents across metrics."""
    return merge_agent_metrics(merge_branch_channels(merge_cell_tests(merge_channels_into_chain_shift(flags)),
                                                     measured))
