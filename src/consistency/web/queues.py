"""What the pages show: the flag queue with filters, drill-downs, search and the dashboard figures.

Every query takes the asking ``Principal`` and keeps to the branches they may see; a flag or an
interaction outside them is reported as not found, exactly like one that does not exist.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from consistency.aggregate import METRICS, higher_is_worse
from consistency.detect.sentences import fmt, label
from consistency.store import models as m
from consistency.web import charts
from consistency.web.users import Principal

TREND_DAYS = 28
QUEUE_PAGE = 50  # rows per page: a screenful or two, and cheap to render
EXPORT_LIMIT = 10_000
SORTS = {
    "q": (m.FlagRecord.q_value.asc().nulls_last(), m.FlagRecord.id),
    "date": (m.FlagRecord.business_date.desc(), m.FlagRecord.q_value.asc().nulls_last()),
    "branch": (m.FlagRecord.branch.asc().nulls_first(), m.FlagRecord.channel, m.FlagRecord.q_value.asc().nulls_last()),
    "metric": (m.FlagRecord.metric, m.FlagRecord.q_value.asc().nulls_last()),
    "n": (m.FlagRecord.n.desc(), m.FlagRecord.id),
}
VIEWS = ("tonight", "open", "all")
RATE_METRICS = tuple(k for k, v in METRICS.items() if v.binary)


@dataclass
class QueueFilter:
    """A queue's filters as the URL gives them; unknown values simply match nothing."""

    view: str = "tonight"
    branch: str = ""
    channel: str = ""
    type: str = ""
    level: str = ""
    metric: str = ""
    status: str = ""
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    sort: str = "q"
    page: int = 1


def restrict(query: Select, column: Any, who: Principal) -> Select:
    return query if who.branches is None else query.where(column.in_(who.branches))


def latest_flag_date(session: Session, who: Principal) -> date | None:
    return session.execute(restrict(select(func.max(m.FlagRecord.business_date)), m.FlagRecord.branch, who)).scalar()


def flag_queue(session: Session, who: Principal, f: QueueFilter, limit: int = QUEUE_PAGE,
               trends: bool = True) -> tuple[list[dict[str, Any]], date | None, bool]:
    """One page of the flags a view and its filters select, each with a review state and a small trend.

    Returns the rows, the latest flagged night and whether more rows follow.
    """
    fr = m.FlagRecord
    query = restrict(select(fr, m.FlagReview).outerjoin(m.FlagReview, m.FlagReview.flag_id == fr.id), fr.branch, who)
    tonight = latest_flag_date(session, who)
    if f.view == "tonight":
        query = query.where(fr.business_date == tonight)
    elif f.view == "open":
        query = query.where(fr.status == "open")
    for column, value in ((fr.branch, f.branch), (fr.channel, f.channel), (fr.type, f.type), (fr.level, f.level),
                          (fr.metric, f.metric), (fr.status, f.status)):
        if value:
            query = query.where(column == value)
    if f.date_from:
        query = query.where(fr.business_date >= f.date_from)
    if f.date_to:
        query = query.where(fr.business_date <= f.date_to)
    if f.q:
        query = query.where(fr.sentence.contains(f.q, autoescape=True))
    query = query.order_by(*SORTS.get(f.sort, SORTS["q"])).offset((max(f.page, 1) - 1) * limit).limit(limit + 1)
    rows = session.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    shown = _nightly_rows(session, [flag for flag, _ in rows], trends)
    return [{**shown[flag.id], "flag": flag, "assigned_to": review.assigned_to if review else None,
             "version": review.version if review else 0} for flag, review in rows], tonight, more


def _nightly_rows(session: Session, flags: list[m.FlagRecord], trends: bool) -> dict[str, dict[str, Any]]:
    """What a queue row shows that only a run can change (figures, the trend and its sparkline), kept per worker.

    A flag's numbers are written by the run that found it; reviewers change only its status,
    assignment and comments, which the page reads fresh.
    """
    marker = (str(session.get_bind().url), _run_marker(session), trends)
    missing = [f for f in flags if (f.id, marker) not in _ROWS]
    if missing:
        series = cell_trends(session, missing) if trends else {}
        if len(_ROWS) + len(missing) > MAX_CACHED_ROWS:
            _ROWS.clear()
        for f in missing:
            trend = series.get(f.id, [])
            _ROWS[(f.id, marker)] = {"observed": fmt(f.metric, f.observed), "expected": fmt(f.metric, f.expected),
                                     "metric_label": label(f.metric), "trend": trend,
                                     "spark": charts.sparkline(trend) if trends else None}
    return {f.id: _ROWS[(f.id, marker)] for f in flags}


STATUSES = ("confirmed", "dismissed", "open")


def filter_options(session: Session, who: Principal) -> dict[str, list[str]]:
    """The values each filter offers: what the stored flags hold (read once per run), and every status."""
    fr = m.FlagRecord

    def compute() -> dict[str, list[str]]:
        out = {}
        for name, column in (("branch", fr.branch), ("channel", fr.channel), ("type", fr.type), ("level", fr.level),
                             ("metric", fr.metric)):
            query = restrict(select(column).distinct(), fr.branch, who).where(column.is_not(None))
            out[name] = sorted(v for (v,) in session.execute(query))
        return out

    return {**_cached(session, ("options", who.branches), compute), "status": list(STATUSES)}


def _daily(session: Session, metric: str, end: date, days: int, branch: str | None = None,
           channel: str | None = None, branches: tuple[str, ...] | None = None) -> dict[date, tuple[float, int]]:
    """Daily value of a metric pooled over the cells that match (n-weighted), from stored aggregates."""
    ag = m.Aggregate
    query = (select(ag.period_start, func.sum(ag.value * ag.n), func.sum(ag.n))
             .where(ag.metric == metric, ag.period == "day", ag.period_start > end - timedelta(days=days),
                    ag.period_start <= end).group_by(ag.period_start))
    if branch:
        query = query.where(ag.branch == branch)
    elif branches is not None:
        query = query.where(ag.branch.in_(branches))
    if channel:
        query = query.where(ag.channel == channel)
    return {d: (s / n, int(n)) for d, s, n in session.execute(query) if n}


def cell_trends(session: Session, flags: list[m.FlagRecord]) -> dict[str, list[float | None]]:
    """The last ``TREND_DAYS`` daily values of each flag's cell from one query over the aggregates.

    Each stored cell-day is added to the four pools a flag can ask for (its cell, its branch, its
    channel, the chain), so a queue of hundreds of flags costs one pass over the rows.
    """
    if not flags:
        return {}
    end = max(f.business_date for f in flags)
    start = min(f.business_date for f in flags) - timedelta(days=TREND_DAYS)
    pools = _pools(session, frozenset(f.metric for f in flags), start, end)
    out = {}
    for f in flags:
        days = [f.business_date - timedelta(days=k) for k in range(TREND_DAYS - 1, -1, -1)]
        values: list[float | None] = []
        for d in days:
            pool = pools.get((f.metric, f.branch, f.channel, d))
            values.append(pool[0] / pool[1] if pool and pool[1] else None)
        out[f.id] = values
    return out


_CACHE: dict[tuple[Any, ...], Any] = {}
_ROWS: dict[tuple[Any, ...], dict[str, Any]] = {}
MAX_CACHED_ROWS = 20_000  # queue rows kept per worker (a few MB); cleared when full or when a run writes


def _run_marker(session: Session) -> tuple[Any, ...]:
    """The newest run's id and finish time, read once per request: what every per-night cache is keyed on."""
    if "run_marker" not in session.info:
        session.info["run_marker"] = tuple(session.execute(select(func.max(m.Run.id), func.max(m.Run.finished_at))).one())
    return session.info["run_marker"]


def _cached(session: Session, key: tuple[Any, ...], compute: Any, store: dict[tuple[Any, ...], Any] | None = None,
            limit: int = 64) -> Any:
    """Figures read from the aggregates, kept per worker until the next run writes new ones.

    Aggregates change only when a run writes them, so the newest run's id and finish time key
    the cache; a reviewer's decisions never change them. ``store``/``limit``: many small entries
    (rows, drawings) go to their own, larger store.
    """
    store = _CACHE if store is None else store
    full = (str(session.get_bind().url), *key, _run_marker(session))
    if full not in store:
        if len(store) >= limit:
            store.clear()
        store[full] = compute()
    return store[full]


def _cell_totals(session: Session, metric: str, start: date, end: date) -> list[tuple[str, str, float, int]]:
    """Per branch x channel: sum of value x n and sum of n over [start, end] (daily aggregates)."""
    ag = m.Aggregate

    def compute() -> list[tuple[str, str, float, int]]:
        query = (select(ag.branch, ag.channel, func.sum(ag.value * ag.n), func.sum(ag.n))
                 .where(ag.metric == metric, ag.period == "day", ag.period_start.between(start, end))
                 .group_by(ag.branch, ag.channel))
        return [tuple(r) for r in session.execute(query)]

    return _cached(session, ("cells", metric, start, end), compute)


def _pools(session: Session, metrics: frozenset[str], start: date, end: date) -> dict[tuple[Any, ...], list[float]]:
    """Daily sums per (metric, branch|None, channel|None, day) in one pass over the aggregates."""
    return _cached(session, ("pools", metrics, start, end), lambda: _compute_pools(session, metrics, start, end))


def _compute_pools(session: Session, metrics: frozenset[str], start: date, end: date) -> dict[tuple[Any, ...], list[float]]:
    ag = m.Aggregate
    rows = session.execute(select(ag.metric, ag.branch, ag.channel, ag.period_start, ag.value, ag.n)
                           .where(ag.period == "day", ag.metric.in_(metrics), ag.period_start.between(start, end)))
    pools: dict[tuple[Any, ...], list[float]] = defaultdict(lambda: [0.0, 0])
    for metric, branch, channel, day, value, n in rows:
        for pool_key in ((metric, branch, channel, day), (metric, branch, None, day), (metric, None, channel, day),
                         (metric, None, None, day)):
            pool = pools[pool_key]
            pool[0] += value * n
            pool[1] += n
    return dict(pools)


def get_flag(session: Session, who: Principal, flag_id: str) -> m.FlagRecord | None:
    flag = session.get(m.FlagRecord, flag_id)
    return flag if flag is not None and who.sees(flag.branch) else None


@dataclass
class FlagDrill:
    flag: m.FlagRecord
    interactions: list[dict[str, Any]]
    facts: list[tuple[str, str]] = field(default_factory=list)
    cells: list[dict[str, Any]] = field(default_factory=list)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


DETAIL_NAMES = {
    "change_date": "change began about", "cusum_max": "CUSUM statistic", "other_branches_median_z":
    "other branches, median z", "other_branches_out": "other branches also out", "top_agent": "agent with most of it",
    "top_agent_share": "that agent's share", "top_agent_z": "that agent's z", "rest_z": "the other agents' z",
    "agents": "agents in the cell", "branches": "branches", "channels": "channels", "z": "z", "z_adj": "spread-adjusted z",
}


def flag_charts(session: Session, who: Principal, flag: m.FlagRecord) -> dict[str, Markup | None]:
    """The flag's trend (with change and alarm dates) and funnel position, drawn once per run and kept per worker."""
    def compute() -> dict[str, Markup | None]:
        details = flag.details or {}
        series = _daily(session, flag.metric, flag.business_date, TREND_DAYS, flag.branch, flag.channel)
        days = sorted(series)
        marks = {"change began": _date(details.get("change_date")) or flag.first_seen, "alarm": flag.business_date}
        points, center = funnel_cells(session, who, flag.metric, flag.business_date, flag)
        metric_fmt = lambda v: fmt(flag.metric, v)  # noqa: E731
        return {"trend_svg": charts.trend(days, [series[d][0] for d in days], [series[d][1] for d in days],
                                          metric_fmt, marks, expected=flag.expected),
                "funnel_svg": charts.funnel(points, center, metric_fmt) if center is not None else None}

    return _cached(session, ("flag_charts", flag.id, who.branches), compute, _ROWS, MAX_CACHED_ROWS)


def flag_drill(session: Session, who: Principal, flag: m.FlagRecord) -> FlagDrill:
    """Contributing interactions and readable details (the charts: ``flag_charts``)."""
    details = flag.details or {}
    ids = [str(i) for i in details.get("top_interactions", [])][:20]
    facts = []
    for key, value in details.items():
        if key in ("top_interactions", "flagged_cells", "members") or isinstance(value, (dict, list)) and key != "branches":
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else (f"{value:.3g}" if isinstance(value, float) else str(value))
        facts.append((DETAIL_NAMES.get(key, key.replace("_", " ")), shown))
    cells = [c for c in details.get("flagged_cells", []) if isinstance(c, dict) and who.sees(c.get("branch"))]
    return FlagDrill(flag, interaction_rows(session, who, ids), facts, cells)


def funnel_cells(session: Session, who: Principal, metric: str, end: date,
                 flag: m.FlagRecord | None = None) -> tuple[list[tuple[str, int, float, bool]], float | None]:
    """Branch x channel cells of a rate metric over the trend window, and the chain's pooled rate."""
    if metric not in RATE_METRICS:
        return [], None
    rows = _cell_totals(session, metric, end - timedelta(days=TREND_DAYS - 1), end)
    total_s = sum(s for _, _, s, _ in rows)
    total_n = sum(n for *_, n in rows)
    center = total_s / total_n if total_n else None
    points = []
    for branch, channel, s, n in rows:
        if not who.sees(branch) or not n:
            continue
        hot = flag is not None and (flag.branch in (None, branch)) and (flag.channel in (None, channel)) \
            and (flag.branch is not None or flag.channel is not None)
        points.append((f"{branch} {channel}", int(n), s / n, hot))
    return points, center


def interaction_rows(session: Session, who: Principal, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    i, c = m.Interaction, m.Classification
    rows = session.execute(restrict(select(i, c).outerjoin(c, c.interaction_id == i.id).where(i.id.in_(ids)),
                                    i.branch, who)).all()
    order = {iid: k for k, iid in enumerate(ids)}
    return [{"interaction": inter, "classification": cls}
            for inter, cls in sorted(rows, key=lambda r: order.get(r[0].id, 0))]


def get_interaction(session: Session, who: Principal, interaction_id: str) -> m.Interaction | None:
    inter = session.get(m.Interaction, interaction_id)
    return inter if inter is not None and who.sees(inter.branch) else None


def transcript(session: Session, interaction_id: str) -> tuple[list[dict[str, Any]], m.Classification | None]:
    """Turns with their text cut into plain and highlighted pieces from the evidence spans."""
    turns = list(session.execute(select(m.Turn).where(m.Turn.interaction_id == interaction_id)
                                 .order_by(m.Turn.idx)).scalars())
    cls = session.get(m.Classification, interaction_id)
    spans: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for ev in (cls.evidence if cls else None) or []:
        if isinstance(ev, dict) and isinstance(ev.get("turn"), int):
            spans[ev["turn"]].append(ev)
    out = []
    for position, t in enumerate(turns):
        out.append({"turn": t, "pieces": _pieces(t.text, spans.get(position, []))})
    return out, cls


def _pieces(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """(text, cue or None) pieces; overlapping spans keep the first that starts."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for ev in sorted(spans, key=lambda e: (e.get("start", 0), -e.get("end", 0))):
        start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], str(ev.get("cue", "evidence"))))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


def gold_for(session: Session, interaction_id: str) -> list[m.GoldLabel]:
    return list(session.execute(select(m.GoldLabel).where(m.GoldLabel.interaction_id == interaction_id)
                                .order_by(m.GoldLabel.at.desc(), m.GoldLabel.id.desc())).scalars())


def search(session: Session, who: Principal, text: str, limit: int = 50) -> dict[str, list[Any]]:
    """Flags whose sentence mentions the text, and interactions by id or native id prefix."""
    text = text.strip()[:200]
    if not text:
        return {"flags": [], "interactions": []}
    fr, i = m.FlagRecord, m.Interaction
    flags = session.execute(restrict(select(fr).where(or_(fr.sentence.contains(text, autoescape=True),
                                                          fr.id.startswith(text, autoescape=True))), fr.branch, who)
                            .order_by(fr.business_date.desc()).limit(limit)).scalars().all()
    inters = session.execute(restrict(select(i).where(or_(i.id.startswith(text, autoescape=True),
                                                          i.native_id.startswith(text, autoescape=True))), i.branch, who)
                             .limit(limit)).scalars().all()
    return {"flags": list(flags), "interactions": list(inters)}


# --- dashboard -------------------------------------------------------------------------------


def wilson(successes: float, n: int, z: float = 1.96) -> tuple[float, float]:
    if n <= 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def dashboard(session: Session, who: Principal, metric: str) -> dict[str, Any]:
    """Heat map (observed/expected per branch x channel), funnel, trends per channel, league table."""
    ag = m.Aggregate
    end = session.execute(select(func.max(ag.period_start)).where(ag.period == "day")).scalar()
    if end is None or metric not in RATE_METRICS:
        return {"end": None, "metric": metric}
    start = end - timedelta(days=TREND_DAYS - 1)
    rows = _cell_totals(session, metric, start, end)
    by_channel: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for _, channel, s, n in rows:
        by_channel[channel][0] += s
        by_channel[channel][1] += n
    chain_s = sum(v[0] for v in by_channel.values())
    chain_n = sum(v[1] for v in by_channel.values())
    night, cells = _night_cells(session, metric, end)
    if not cells:  # a store audited before night_cells existed: the channel's chain-wide rate
        cells = [(b, c, s, n, by_channel[c][0] / by_channel[c][1]) for b, c, s, n in rows if n]
    channels = sorted({c for _, c, *_ in cells} | set(by_channel))
    worse_up = higher_is_worse(metric)
    heat: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    league: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0.0])
    for branch, channel, s, n, expected in cells:
        if not who.sees(branch) or not n:
            continue
        ratio = (s / n) / expected if expected else math.nan
        badness = (ratio - 1) if worse_up else (1 - ratio)
        heat[branch][channel] = {"observed": fmt(metric, s / n), "expected": fmt(metric, expected), "n": int(n),
                                 "ratio": ratio, "colour": _heat_colour(badness)}
        league[branch][0] += s
        league[branch][1] += n
        league[branch][2] += expected * n
    table = []
    for branch, (s, n, e) in league.items():
        lo, hi = wilson(s, int(n))
        table.append({"branch": branch, "rate": s / n, "shown": fmt(metric, s / n), "n": int(n),
                      "lo": fmt(metric, lo), "hi": fmt(metric, hi), "expected": fmt(metric, e / n),
                      "ratio": (s / e) if e else math.nan})
    table.sort(key=lambda r: r["rate"], reverse=not worse_up)
    trends = {}
    for channel in channels:
        series = _daily(session, metric, end, TREND_DAYS, channel=channel, branches=who.branches)
        days = [end - timedelta(days=k) for k in range(TREND_DAYS - 1, -1, -1)]
        trends[channel] = {"values": [series[d][0] if d in series else None for d in days],
                           "n": sum(v[1] for v in series.values()),
                           "last": fmt(metric, series[end][0]) if end in series else "n/a"}
    points, center = funnel_cells(session, who, metric, end)
    return {"end": end, "start": start, "metric": metric, "metric_label": label(metric), "channels": channels,
            "heat": dict(sorted(heat.items())), "league": table, "trends": trends, "funnel_points": points,
            "funnel_center": center, "chain": fmt(metric, chain_s / chain_n) if chain_n else "n/a", "night": night,
            "chain_n": int(chain_n), "worse_up": worse_up}


def _night_cells(session: Session, metric: str, end: date) -> tuple[date | None, list[tuple[str, str, float, int, float]]]:
    """The latest night's cells up to ``end`` as detection tested them: (branch, channel, O, n, case-mix expected rate)."""
    nc = m.NightCell

    def compute() -> tuple[date | None, list[tuple[str, str, float, int, float]]]:
        night = session.execute(select(func.max(nc.business_date))
                                .where(nc.metric == metric, nc.business_date <= end)).scalar()
        if night is None:
            return None, []
        rows = session.execute(select(nc.branch, nc.channel, nc.observed, nc.n, nc.expected)
                               .where(nc.metric == metric, nc.business_date == night)
                               .order_by(nc.branch, nc.channel))
        return night, [(b, c, o * n, n, e) for b, c, o, n, e in rows]

    return _cached(session, ("night_cells", metric, end), compute)


def _heat_colour(badness: float) -> str:
    """Red for worse than expected, green for better, white near 1; saturates at 30% off."""
    if badness != badness:
        return "#eeeeee"
    strength = min(abs(badness) / 0.3, 1.0)
    if badness > 0:
        return f"rgb(255,{int(255 - 140 * strength)},{int(255 - 140 * strength)})"
    return f"rgb({int(255 - 120 * strength)},255,{int(255 - 120 * strength)})"
