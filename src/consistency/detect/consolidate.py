"""One problem, one flag: merge the flags that several tests raise about the same thing.

* the funnel, the drift and the cross-channel test of one cell and metric are three views of one
  problem: one flag, carrying the strongest evidence (lowest q), the others kept in ``details["tests"]``;
* a branch problem in most of the channels where the branch is measured is a branch matter, not
  several channel matters: one flag with no channel and the per-channel figures in ``details["channels"]``;
* a drift that began with a wider move of the same metric (the chain's shift, its channel's drift)
  is part of that move, unless it carries most of the move's excess: then the wider flag is its echo;
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


SAME_MOVE_DAYS = 3  # a drift starting this close to a wider move of the same metric is that move
CARRIES = 0.5  # a narrower drift with at least this share of a wider move's excess is where that move sits


def _excess(flag: Flag) -> float:
    """How many values (events, seconds) the flag's figures sit beyond their expectation."""
    return abs(flag.n * (flag.observed - flag.expected))


def _is_wide(flag: Flag) -> bool:
    return flag.type == "chain_shift" or (flag.type == "drift" and flag.level == "channel" and flag.branch is None)


def _covers(wide: Flag, narrow: Flag) -> bool:
    """Is ``narrow`` (a drift) inside ``wide`` (the chain's shift, or a channel's drift across branches)?"""
    if narrow.type != "drift" or narrow is wide or narrow.metric != wide.metric or narrow.direction != wide.direction:
        return False
    if wide.type == "chain_shift":
        return narrow.branch is not None or narrow.level == "channel"
    return narrow.branch is not None and narrow.channel == wide.channel


def _began_together(a: Flag, b: Flag) -> bool:
    start_a, start_b = a.details.get("change_date"), b.details.get("change_date")
    return bool(start_a and start_b) and abs((date.fromisoformat(start_a) - date.fromisoformat(start_b)).days) \
        <= SAME_MOVE_DAYS


def _context(flag: Flag, reason: str) -> dict:
    return {**_summary(flag), "branch": flag.branch, "reason": reason}


def merge_moves(flags: list[Flag]) -> list[Flag]:
    """A drift that began with a wider move of the same metric (the chain's shift, its channel's drift) is one problem.

    Whose problem it is follows the excess (values beyond expected since the change). When the
    narrower drift carries at least ``CARRIES`` of the wider move's, the wider flag is its echo: one
    planted blame drift at one branch's chat lifted the chat channel pooled over every branch, and
    the channel flag told a manager "chat everywhere"; it is listed as the cell flag's context.
    Otherwise the narrower drift is a part of the wider move: when everything moved on one date,
    channels and cells move by different amounts (a fixed step is a larger share of a rarer
    outcome), so the one that moved most also stands out against the others, and a channel's drift
    shows in each of its cells; their figures go into the wider flag (channels in
    ``details["channels"]``, cells in ``details["context"]``).
    """
    wides = sorted((f for f in flags if _is_wide(f)), key=lambda f: f.type != "chain_shift")  # the chain first
    parts: dict[int, list[Flag]] = {}
    echoes: dict[int, list[Flag]] = {}
    gone: set[int] = set()
    for wide in wides:
        if id(wide) in gone:
            continue
        inside = [f for f in flags if id(f) not in gone and _covers(wide, f) and _began_together(wide, f)]
        carrier = max(inside, key=_excess, default=None)
        if carrier is not None and _excess(carrier) >= CARRIES * _excess(wide):
            echoes.setdefault(id(carrier), []).append(wide)
            gone.add(id(wide))
            continue
        parts[id(wide)] = inside
        gone.update(id(f) for f in inside)
    out = []
    for f in flags:
        if id(f) in gone:
            continue
        details = dict(f.details)
        members = parts.get(id(f), [])
        channels = [_summary(m) for m in members if m.branch is None]
        if channels:
            details["channels"] = [*details.get("channels", []), *channels]
        context = [_context(m, "began with this wider move") for m in members if m.branch is not None]
        context += [_context(w, "the wider view of this drift, which carries most of its excess")
                    for w in echoes.get(id(f), [])]
        if context:
            details["context"] = [*details.get("context", []), *context]
        out.append(replace(f, details=details) if details != f.details else f)
    return out


def fold_agents_into_branch_moves(flags: list[Flag]) -> list[Flag]:
    """An agent worse than the branch's other channels, where the branch is flagged on that metric, is that flag's context.

    The cross-channel agent view compares an agent with the branch's other channels. When those
    channels are themselves flagged worse on the same metric (a branch-wide problem, told per
    channel), an agent further out still is part of the branch's problem, not a second one: the
    agent is listed under the branch's flag (``details["context"]``) with its figures. A funnel
    agent view (the agent against the chain) stands on its own.
    """
    branch_flags = [f for f in flags if f.level == "branch" and f.branch is not None and f.type != "mystery_vs_logs"]
    out, folded = [], {}
    for f in flags:
        home = None
        if f.level == "agent" and f.type == "cross_channel" and f.branch is not None:
            home = min((g for g in branch_flags if g.branch == f.branch and g.metric == f.metric
                        and g.direction == f.direction and g.channel != f.channel), key=_q, default=None)
        if home is None:
            out.append(f)
        else:
            folded.setdefault(id(home), []).append(f)
    if not folded:
        return flags
    return [replace(f, details={**f.details, "context": [*f.details.get("context", []),
                                                         *({**_context(a, "an agent further out, in a branch flagged on this metric"),
                                                             "agent": a.agent} for a in folded[id(f)])]})
            if id(f) in folded else f for f in out]


def consolidate(flags: list[Flag], measured: dict[tuple[str, str], int]) -> list[Flag]:
    """Cell tests first (one flag per cell), then branches across channels, then agents across metrics."""
    merged = merge_branch_channels(merge_cell_tests(merge_moves(flags)), measured)
    return merge_agent_metrics(fold_agents_into_branch_moves(merged))
