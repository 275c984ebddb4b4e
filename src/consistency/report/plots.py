"""Funnel plots and trend charts as inline SVG, so the report is one file that opens offline."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

_FLAG = "#c0392b"
_OK = "#34495e"


def _svg(fig: plt.Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.find("<svg"):]  # drop the XML prolog so it can sit inside HTML


def funnel_svg(points: pd.DataFrame, metric: str) -> str:
    """Observed value against n for every cell of one metric, with 95% and 99.8% limits."""
    pts = points.sort_values("n")
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for lo, hi, style, label in (("lo95", "hi95", "--", "95% limits"), ("lo998", "hi998", "-", "99.8% limits")):
        if lo in pts and pts[lo].notna().any():
            ax.plot(pts["n"], pts[lo], style, color="#7f8c8d", lw=1, label=label)
            ax.plot(pts["n"], pts[hi], style, color="#7f8c8d", lw=1)
    ax.plot(pts["n"], pts["expected"], ":", color="#2c3e50", lw=1, label="expected")
    flagged = pts["flagged"].astype(bool) if "flagged" in pts else pd.Series(False, index=pts.index)
    ax.scatter(pts.loc[~flagged, "n"], pts.loc[~flagged, "observed"], s=18, color=_OK, alpha=0.7, label="cell")
    ax.scatter(pts.loc[flagged, "n"], pts.loc[flagged, "observed"], s=36, color=_FLAG, label="flagged")
    for _, p in pts[flagged].iterrows():
        ax.annotate(f"{p['branch']}·{p['channel']}", (p["n"], p["observed"]), fontsize=8, color=_FLAG,
                    xytext=(4, 4), textcoords="offset points")
    ax.set_xlabel("interactions in window (n)")
    ax.set_ylabel(metric)
    ax.set_title(f"Funnel plot: {metric}")
    ax.legend(fontsize=7, loc="best")
    return _svg(fig)


def trend_svg(series: pd.DataFrame, title: str, alarm: pd.Timestamp | None) -> str:
    """Daily observed vs expected for one cell, with the drift alarm date marked."""
    s = series.sort_values("date")
    fig, ax = plt.subplots(figsize=(6.5, 2.4))
    ax.plot(s["date"], s["observed"], marker="o", ms=3, color=_OK, label="observed")
    ax.plot(s["date"], s["expected"], "--", color="#7f8c8d", label="expected (case mix)")
    if alarm is not None and not pd.isna(alarm):
        ax.axvline(alarm, color=_FLAG, lw=1.5, label=f"alarm {pd.Timestamp(alarm).date()}")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=7)
    fig.autofmt_xdate()
    return _svg(fig)
