"""No flag without its own evidence: a flag's headline figures must be out of line on their own.

A test can be significant while the figures a flag would show are not: the funnel test of a cell is
also the test of its furthest-out agent (Bonferroni over both views), so one bad agent can raise it
while the cell as a whole sits on its expected value; a merge can carry a cell along with the flag
that explains it. A manager reads the headline (observed against expected, n, limits), so

* a flag whose observed value lies inside its own control limits is not a flag of its own: it is
  listed under the flag that explains it (same metric and branch, or same channel, or same agent)
  as context, or, with none, set aside in ``DetectionResult.demoted``;
* a flag needs ``MIN_FLAG_N`` values behind its headline (a cell, an agent or the days since a
  drift's onset); fewer is too little for a person to act on, however small the p-value.

Setting aside never creates a flag, so the night's false-discovery control still holds.
"""

from __future__ import annotations

from dataclasses import replace

from consistency.records import Flag

MIN_FLAG_N = 30
OWN_FIGURE_TYPES = frozenset({"funnel", "drift", "cross_channel"})  # cell figures with their own limits


def inside_limits(flag: Flag) -> bool:
    """Is the flag's observed value within its own limits (a cell on its expected value)?"""
    if flag.lower is None or flag.upper is None:
        return False
    return flag.lower <= flag.observed <= flag.upper


def shortfall(flag: Flag) -> str | None:
    """Why a flag cannot stand on its own figures, or None when it can."""
    if flag.type not in OWN_FIGURE_TYPES:
        return None
    if flag.n < MIN_FLAG_N:
        return f"only {flag.n} values (a flag needs {MIN_FLAG_N})"
    if inside_limits(flag):
        return "observed within its own limits"
    return None


def _explains(host: Flag, flag: Flag) -> bool:
    if host is flag or host.metric != flag.metric or host.direction != flag.direction:
        return False
    if host.agent and host.agent == flag.agent:
        return True
    if host.branch is not None and host.branch == flag.branch:
        return True
    return host.branch is None and host.channel is not None and host.channel == flag.channel


def own_evidence(flags: list[Flag]) -> tuple[list[Flag], list[dict]]:
    """Keep the flags that stand on their own figures; the rest become context or are set aside."""
    kept = [f for f in flags if shortfall(f) is None]
    demoted = []
    for f in flags:
        reason = shortfall(f)
        if reason is None:
            continue
        summary = {"type": f.type, "metric": f.metric, "branch": f.branch, "channel": f.channel, "agent": f.agent,
                   "observed": round(f.observed, 4), "expected": round(f.expected, 4), "n": f.n,
                   "q_value": f.q_value, "reason": reason}
        host = next((h for h in kept if _explains(h, f)), None)
        if host is not None:
            i = kept.index(host)
            kept[i] = replace(host, details={**host.details, "context": [*host.details.get("context", []), summary]})
            summary = {**summary, "listed_under": kept[i].sentence}
        demoted.append(summary)
    return kept, demoted
