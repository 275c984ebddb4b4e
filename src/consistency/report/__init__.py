"""The static HTML report (one file, opens offline) and the flags CSV written after every audit."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from consistency.report.export import flag_dicts, write_flags_csv
from consistency.records import Flag
from consistency.store.models import FlagRecord

if TYPE_CHECKING:
    from consistency.pipeline import Analysis

KEY_METRICS = ("negative_rate", "courtesy_rate", "resolution_rate", "escalation_rate", "blame_rate", "fcr_rate",
               "csat", "wait_s")
MAX_TRENDS = 25
_PERCENT = {"cs_complaint_rate", "cs_complaint_share", "negative_rate", "courtesy_rate", "resolution_rate", "escalation_rate", "transfer_rate", "blame_rate",
            "fcr_rate"}


def fmt_value(metric: str, value: float | None) -> str:
    """Rates as percentages, times in seconds, scores with one decimal."""
    if value is None or pd.isna(value):
        return "–"
    if metric in _PERCENT:
        return f"{100 * value:.1f}%"
    if metric.endswith("_s"):
        return f"{value:.0f}s"
    return f"{value:.2f}"


def fmt_q(q: float | None) -> str:
    """q-values below 1 in 10,000 all mean the same to a reader: beyond any doubt."""
    if q is None or pd.isna(q):
        return "–"
    return "< 0.0001" if q < 1e-4 else f"{q:.2g}"


def window_table(cells: pd.DataFrame, metric: str) -> tuple[list[str], list[str], dict[tuple[str, str], tuple[float, int]]]:
    """Branch x channel value over the whole window (n-weighted over days) with its n."""
    sub = cells[cells["metric"] == metric]
    if sub.empty:
        return [], [], {}
    sub = sub.assign(total=sub["value"] * sub["n"])
    grouped = sub.groupby(["branch", "channel"], as_index=False).agg(total=("total", "sum"), n=("n", "sum"))
    values = {(r.branch, r.channel): (r.total / r.n, int(r.n)) for r in grouped.itertuples() if r.n > 0}
    return sorted(grouped["branch"].unique()), sorted(grouped["channel"].unique()), values


def highlight(text: str, spans: list[dict[str, Any]]) -> Markup:
    """Escape a turn's text and wrap the evidence spans in <mark> with the cue as a tooltip."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        if s["start"] < pos or s["end"] > len(text):
            continue
        out.append(escape(text[pos:s["start"]]))
        out.append(Markup('<mark title="{}">{}</mark>').format(s["cue"], text[s["start"]:s["end"]]))
        pos = s["end"]
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _evidence_view(evidence: dict[str, dict[str, Any]], ids: list[str]) -> list[dict[str, Any]]:
    views = []
    for iid in ids:
        item = evidence.get(iid)
        if item is None:
            continue
        inter, cls = item["interaction"], item["classification"]
        spans = (cls.evidence if cls is not None else []) or []
        turns = [{"speaker": t.speaker,
                  "html": highlight(t.text, [s for s in spans if s.get("turn") == t.idx])} for t in item["turns"]]
        views.append({"id": iid, "channel": inter.channel, "branch": inter.branch, "date": inter.business_date,
                      "tone": cls.tone if cls else None, "resolution": cls.resolution if cls else None,
                      "courteous": cls.courteous if cls else None, "turns": turns[:12]})
    return views


def _trend(series: pd.DataFrame, f: dict[str, Any]) -> Markup | None:
    """Daily observed vs expected of a flag's cell (all branches / channels pooled where the flag is wider)."""
    from consistency.report.plots import trend_svg

    if series.empty or (f["branch"] is None and f["channel"] is None and f["level"] != "chain"):
        return None
    cell = series[series["metric"] == f["metric"]]
    if f["branch"]:
        cell = cell[cell["branch"] == f["branch"]]
    if f["channel"]:
        cell = cell[cell["channel"] == f["channel"]]
    if cell.empty:
        return None
    weighted = cell.assign(o=cell["observed"] * cell["n"], e=cell["expected"] * cell["n"])
    daily = weighted.groupby("date", as_index=False)[["o", "e", "n"]].sum()
    daily = daily[daily["n"] > 0].assign(observed=lambda d: d["o"] / d["n"], expected=lambda d: d["e"] / d["n"])
    alarms = cell.loc[cell["alarm"].astype(bool), "date"] if "alarm" in cell else pd.Series(dtype="datetime64[ns]")
    alarm = alarms.min() if not alarms.empty else None
    title = f"{f['metric']} · {f['branch'] or 'all branches'} · {f['channel'] or 'all channels'}"
    return Markup(trend_svg(daily, title, alarm))


def _parts(details: dict[str, Any]) -> list[dict[str, str]]:
    """The tests or channels a consolidated flag stands for, formatted for its card."""
    parts = []
    for p in details.get("channels") or details.get("tests") or []:
        metric = p.get("metric", "")
        parts.append({"type": str(p.get("type", "")).replace("_", " "), "metric": metric,
                      "channel": p.get("channel") or "all", "observed": fmt_value(metric, p.get("observed")),
                      "expected": fmt_value(metric, p.get("expected")), "n": str(p.get("n", "–")),
                      "q": fmt_q(p.get("q_value")), "first_seen": str(p.get("first_seen") or "–")})
    return parts


def _family(detection: Any) -> dict[str, Any] | None:
    """How many hypotheses tonight's false-discovery control covered and how its budget was split."""
    from consistency.detect.nightly import CHANGE_KINDS

    tests = getattr(detection, "tests", None)
    if tests is None or tests.empty:
        return None
    change = tests["kind"].isin(CHANGE_KINDS)
    fdr = getattr(detection, "fdr", 0.05)
    families = tests.dropna(subset=["p_value"]).drop_duplicates("family") if "family" in tests else tests.iloc[:0]
    return {"tests": len(tests), "change": int(change.sum()), "window": int((~change).sum()), "fdr": fdr,
            "families": len(families), "selected": int(families["family_q"].le(fdr).sum()) if len(families) else 0,
            "change_share": float(tests.loc[change, "weight"].sum() / tests["weight"].sum()),
            "weighted": not np.allclose(tests["weight"].to_numpy(float), 1.0)}


def _funnel_rows(funnel: pd.DataFrame) -> list[dict[str, Any]]:
    """Every tested cell, for the folded table under the funnel plots."""
    if funnel.empty:
        return []
    rows = []
    for r in funnel.sort_values(["metric", "p_value"]).to_dict("records"):
        rows.append({"metric": r["metric"], "branch": r["branch"], "channel": r["channel"], "n": int(r["n"]),
                     "observed": fmt_value(r["metric"], r["observed"]), "expected": fmt_value(r["metric"], r["expected"]),
                     "ratio": f"{r['ratio']:.2f}" if pd.notna(r.get("ratio")) else "–",
                     "z": f"{r['z']:.2f}" if pd.notna(r.get("z")) else "–",
                     "z_binomial": f"{r['z_binomial']:.1f}" if pd.notna(r.get("z_binomial", np.nan)) else None,
                     "q": fmt_q(r.get("q_value")), "flagged": bool(r.get("flagged"))})
    return rows


def _watch_view(det: Any) -> dict[str, Any]:
    """The watch list of the night for the template: live items, promoted tonight, retired in the window."""
    from consistency.detect import watch

    items = list(getattr(det, "watch", []) or [])
    info = getattr(det, "watch_info", {}) or {}

    def view(i: Any) -> dict[str, Any]:
        d = i.as_dict()
        d.update(observed_text=fmt_value(i.metric, i.observed), expected_text=fmt_value(i.metric, i.expected),
                 size_text=_size_text(i.metric, i.size))
        return d

    return {"live": [view(i) for i in watch.live(items)],
            "promoted": [view(i) for i in items if i.status == "promoted"],
            "retired": [view(i) for i in items if i.status == "retired"],
            "rate": info.get("rate", watch.WATCH_RATE), "series": info.get("series", 0),
            "weights": "; ".join(f"{m.replace('_', ' ')} is watched {w:g}x as closely as a metric not named"
                                 for m, w in (info.get("weights") or {}).items()),
            "min_n": watch.MIN_WATCH_N, "min_days": watch.MIN_WATCH_DAYS,
            "design": f"odds x{watch.ODDS_RATIO} for rates, x{watch.TIME_RATIO} for times and scores"}


def _size_text(metric: str, size: float) -> str:
    if size is None or pd.isna(size):
        return "–"
    if metric in _PERCENT:
        return f"{100 * size:+.1f} pts"
    return f"{size:+.0f}s" if metric.endswith("_s") else f"{size:+.2f}"


def _bright_view(det: Any) -> list[dict[str, Any]]:
    rows = flag_dicts(getattr(det, "bright_spots", []) or [])
    for f in rows:
        f.update(observed_text=fmt_value(f["metric"], f["observed"]), expected_text=fmt_value(f["metric"], f["expected"]),
                 q_text=fmt_q(f["q_value"]))
    return rows


def write_report(analysis: "Analysis", flags: list[FlagRecord] | list[Flag], evidence: dict[str, dict[str, Any]],
                 out_dir: Path, quarantined: int = 0, title: str = "Service consistency audit",
                 name: str | None = None, notes: list[str] | None = None) -> Path:
    """Render the report for one business date; returns the HTML path (flags CSV beside it).

    ``name`` replaces the file stem (``report-<date>``); ``notes`` are paragraphs shown under the title.
    """
    from consistency.report.plots import funnel_svg

    out_dir.mkdir(parents=True, exist_ok=True)
    day = analysis.business_date.isoformat()
    rows = flag_dicts(flags)
    stem = name or f"report-{day}"
    csv_path = write_flags_csv(rows, out_dir / (f"flags-{day}.csv" if name is None else f"{name}-flags.csv"))
    det = analysis.detection
    funnel = getattr(det, "funnel", pd.DataFrame())
    series = getattr(det, "series", pd.DataFrame())

    flagged_metrics = [m for m in dict.fromkeys(f["metric"] for f in rows) if not funnel.empty and m in set(funnel["metric"])]
    tested = [] if funnel.empty else list(dict.fromkeys(funnel["metric"]))
    funnel_metrics = list(dict.fromkeys(flagged_metrics + [m for m in KEY_METRICS if m in tested] + tested))
    funnels = [{"metric": m, "svg": Markup(funnel_svg(funnel[funnel["metric"] == m], m))} for m in funnel_metrics[:8]]

    for k, f in enumerate(rows):
        # Trend charts are the heavy part of the file: draw them for the most certain flags only.
        f["trend"] = _trend(series, f) if k < MAX_TRENDS else None

    cells = analysis.cells_day
    tables = []
    flagged_cells = {(f["metric"], f["branch"], f["channel"]) for f in rows}
    present = [] if cells.empty else list(dict.fromkeys(cells["metric"]))
    for metric in [m for m in KEY_METRICS if m in present] + [m for m in present if m not in KEY_METRICS]:
        branches, channels, values = window_table(cells, metric)
        if not values:
            continue
        tables.append({"metric": metric, "branches": branches, "channels": channels,
                       "cells": {k: {"text": fmt_value(metric, v), "n": n,
                                     "flagged": (metric, k[0], k[1]) in flagged_cells or (metric, k[0], None) in flagged_cells}
                                 for k, (v, n) in values.items()}})

    for f in rows:
        f["evidence"] = _evidence_view(evidence, list(f["details"].get("top_interactions", []))[:3])
        f["observed_text"] = fmt_value(f["metric"], f["observed"])
        f["expected_text"] = fmt_value(f["metric"], f["expected"])
        f["q_text"] = fmt_q(f["q_value"])
        f["parts"] = _parts(f["details"])

    frame = analysis.interactions  # raw rows, or stored statistics with each pattern's count of interactions
    counts = pd.Series(1, index=frame.index) if "interactions" not in frame else frame["interactions"].astype(int)
    summary = {
        "interactions": 0 if frame.empty else int(counts.sum()),
        "window_start": None if frame.empty else pd.Timestamp(frame["business_date"].min()).date(),
        "by_channel": {} if frame.empty else {str(k): int(v) for k, v in counts.groupby(frame["channel"]).sum().sort_index().items()},
        "branches": 0 if frame.empty else frame["branch"].nunique(),
        "quarantined": quarantined,
        "by_level": dict(Counter(f["level"] for f in rows)),
        "family": _family(det),
    }
    env = Environment(loader=PackageLoader("consistency.report", "templates"), autoescape=select_autoescape())
    html = env.get_template("report.html").render(day=day, title=title, notes=notes or [], flags=rows, funnels=funnels,
                                                  watch=_watch_view(det), bright=_bright_view(det),
                                                  funnel_rows=_funnel_rows(funnel),
                                                  tables=tables, summary=summary, csv_name=csv_path.name)
    path = out_dir / f"{stem}.html"
    path.write_text(html, encoding="utf-8")
    return path
