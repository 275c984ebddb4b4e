"""Funnel plots and trend charts as inline SVG, so the report is one file that opens offline."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

_FLAG = "#c0392b"
_OK = "#34495e"
FEW_UNITS = 12


def _svg(fig: plt.Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    return svg[svg.find("<svg"):]  # drop the XML prolog so it can sit inside HTML


def funnel_svg(points: pd.DataFrame, metric: str) -> str:
    """Every cell of one metric against its n, with 95% and 99.8% limits.

    Case-mix adjusted cells are drawn as observed / expected (the SHMI way), so cells with
    different expected rates share one funnel around 1; otherwise the raw value around the chain's.
    """
    pts = points.sort_values("n").copy()
    ratio = "ratio" in pts and (pts["expected"] > 0).all()
    if ratio:
        scale = pts["expected"].to_numpy()
        pts["y"] = pts["observed"] / scale
        for col in ("lo95", "hi95", "lo998", "hi998"):
            if col in pts:
                pts[col] = pts[col] / scale
        pts["centre"] = 1.0
    else:
        pts["y"], pts["centre"] = pts["observed"], pts["expected"]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for lo, hi, style, label in (("lo95", "hi95", "--", "95% limits"), ("lo998", "hi998", "-", "99.8% limits")):
        if lo in pts and pts[lo].notna().any():
            ax.plot(pts["n"], pts[lo], style, color="#7f8c8d", lw=1, label=label)
            ax.plot(pts["n"], pts[hi], style, color="#7f8c8d", lw=1)
    ax.plot(pts["n"], pts["centre"], ":", color="#2c3e50", lw=1, label="expected")
    flagged = pts["flagged"].astype(bool) if "flagged" in pts else pd.Series(False, index=pts.index)
    ax.scatter(pts.loc[~flagged, "n"], pts.loc[~flagged, "y"], s=18, color=_OK, alpha=0.7, label="cell")
    ax.scatter(pts.loc[flagged, "n"], pts.loc[flagged, "y"], s=36, color=_FLAG, label="flagged")
    # With few units every point gets its name; with many, only the flagged ones (else it is unreadable).
    for _, p in pts[flagged | (len(pts) <= FEW_UNITS)].iterrows():
        ax.annotate(f"{p['branch']}·{p['channel']}", (p["n"], p["y"]), fontsize=8,
                    color=_FLAG if p.get("flagged") else _OK, xytext=(4, 4), textcoords="offset points")
    ax.set_xlabel("interactions in window (n)")
    ax.set_ylabel(f"{metric}: observed / expected" if ratio else metric)
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
