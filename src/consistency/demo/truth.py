"""Score an audit's flags against the demo's planted truth: which flags found a problem, which are false alarms.

A flag matches a planted problem when it points at the same place and a metric the problem moves:

* place: an agent problem needs the agent's flag (pseudonymised the way the store does it); a
  branch problem needs that branch (and its channel when the problem has one; a branch-level flag
  with no channel covers every channel); a channel problem is a flag on that channel with no branch,
  or the chain-wide flag it causes; a chain problem is a flag with neither branch nor channel;
* metric: the problem's metric or one of its ``also`` side effects; a mystery-shop criterion flag
  (``ms_*``) matches a mystery-vs-logs problem whose log side it reads;
* direction: every planted problem makes service worse, so a "better" flag never matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from consistency.detect.mystery import CRITERION_METRIC


@dataclass
class TruthMatch:
    """Flags matched per planted problem id, the flags that match nothing, and the problems nobody flagged."""

    matched: dict[str, list[Any]] = field(default_factory=dict)
    false_alarms: list[Any] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def flags(self) -> int:
        """How many flags were scored."""
        return sum(len(v) for v in self.matched.values()) + len(self.false_alarms)

    def summary(self) -> str:
        """One line per problem plus the false alarms, for reports and assertion messages."""
        lines = [f"{pid}: {len(found)} flag(s)" for pid, found in self.matched.items()]
        lines += [f"missed: {', '.join(self.missed) or 'none'}",
                  f"false alarms: {len(self.false_alarms)} of {self.flags} flags"]
        lines += [f"  {_describe(f)}" for f in self.false_alarms]
        return "\n".join(lines)


def _get(flag: Any, name: str) -> Any:
    return flag.get(name) if isinstance(flag, Mapping) else getattr(flag, name, None)


def _describe(flag: Any) -> str:
    parts = [_get(flag, k) for k in ("type", "metric", "branch", "channel", "agent", "direction", "level")]
    text = " ".join(str(p) for p in parts if p is not None)
    figures = {k: _get(flag, k) for k in ("n", "observed", "expected", "p_value", "q_value")}
    if all(v is not None for v in figures.values()):  # what tells chance from a cause: size, n and how sure
        text += (f" (n {figures['n']}, observed {figures['observed']:.4g} vs {figures['expected']:.4g} expected, "
                 f"p {figures['p_value']:.2g}, q {figures['q_value']:.2g})")
    return text


def _metrics(problem: Mapping[str, Any]) -> set[str]:
    return {problem["metric"], *dict(problem.get("also") or {})}


def _metric_matches(flag_metric: str, problem: Mapping[str, Any]) -> bool:
    wanted = _metrics(problem)
    if flag_metric in wanted:
        return True
    if flag_metric.startswith("ms_") and str(problem["metric"]).startswith("ms_"):
        # a shop criterion flag reads the same log metric the problem plants the gap in
        return CRITERION_METRIC.get(flag_metric[3:]) in wanted or flag_metric == problem["metric"]
    return False


def _place_matches(flag: Any, problem: Mapping[str, Any], pseudonymise: Callable[[str], str | None]) -> bool:
    branch, channel, agent = _get(flag, "branch"), _get(flag, "channel"), _get(flag, "agent")
    level = problem["level"]
    if level == "agent":
        return agent is not None and agent == pseudonymise(problem["agent"]) \
            and branch in (None, problem.get("branch"))
    if level == "branch":
        return branch == problem["branch"] and (problem.get("channel") is None or channel in (None, problem["channel"]))
    if level == "channel":
        return branch is None and channel in (None, problem["channel"])
    # chain: only a flag that speaks for the whole chain; a channel-level flag is a claim about one
    # channel and, if the chain moved, a wrong one (counting it here once hid a mis-attribution)
    return branch is None and channel is None


def match_flags(flags: Iterable[Any], planted: Mapping[str, Any] | list[Mapping[str, Any]],
                pseudonymise: Callable[[str], str | None]) -> TruthMatch:
    """Match each flag (a ``Flag`` or its JSON dict) to the planted problems of ``planted.json``.

    ``pseudonymise`` maps a planted agent id to the id flags carry. A flag matching several problems
    counts once, for the first in planted order.
    """
    problems = list(planted["problems"] if isinstance(planted, Mapping) else planted)
    result = TruthMatch(matched={p["id"]: [] for p in problems})
    for flag in flags:
        hit = next((p for p in problems if _get(flag, "direction") == "worse"
                    and _metric_matches(str(_get(flag, "metric")), p) and _place_matches(flag, p, pseudonymise)), None)
        if hit is None:
            result.false_alarms.append(flag)
        else:
            result.matched[hit["id"]].append(flag)
    result.missed = [pid for pid, found in result.matched.items() if not found]
    return result


def audit_demo(work: Path, seed: int, end: date) -> tuple[Any, Any, dict, Any]:
    """Generate the truth-check demo chain (12 branches, 30 days, 25,000 interactions) in ``work`` and
    run ingest, classify and analyse on it, as the nightly audit would.

    Returns ``(engine, analysis, planted, settings)``; the caller disposes of the engine. The test and
    ``benchmarks/demo_truth.py`` share it so that both score the same chain.
    """
    import json
    from datetime import timedelta

    from consistency import pipeline
    from consistency.config import Settings
    from consistency.demo import generate

    info = generate(work / "demo-data", branches=12, days=30, interactions=25_000, seed=seed, end_date=end)
    settings = Settings(db_url=f"sqlite:///{work / 'consistency.db'}", reports_dir=work / "reports")
    engine = pipeline.open_store(settings)
    pipeline.ingest(engine, Path(info["exports"]), settings)
    pipeline.classify(engine, settings, end - timedelta(days=settings.history_days - 1), end)
    analysis = pipeline.analyse(engine, settings, end)
    planted = json.loads(Path(info["planted"]).read_text(encoding="utf-8"))
    return engine, analysis, planted, settings
