"""Small inline SVG charts (sparkline, trend with alarm date, funnel plot); no JavaScript needed.

Every text that ends up in the SVG goes through ``escape``: labels come from the store.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

from markupsafe import Markup


def sparkline(values: Sequence[float | None], width: int = 110, height: int = 26) -> Markup:
    points = [(i, v) for i, v in enumerate(values) if v is not None and v == v]
    if len(points) < 2:
        return Markup('<span class="muted">too few days</span>')
    lo, hi = min(v for _, v in points), max(v for _, v in points)
    span = (hi - lo) or 1.0
    last = len(values) - 1 or 1
    xy = " ".join(f"{2 + (width - 4) * i / last:.1f},{height - 3 - (height - 6) * (v - lo) / span:.1f}"
                  for i, v in points)
    end_x, end_y = xy.split(" ")[-1].split(",")
    return Markup(f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="trend">'
                  f'<polyline fill="none" stroke="#1f5f99" stroke-width="1.5" points="{xy}"/>'
                  f'<circle cx="{end_x}" cy="{end_y}" r="2.5" fill="#c0392b"/></svg>')


def trend(days: Sequence[date], values: Sequence[float | None], ns: Sequence[int], fmt: callable,  # type: ignore[valid-type]
          marks: dict[str, date | None], expected: float | None = None, width: int = 640,
          height: int = 220) -> Markup:
    """A daily series with vertical lines at the named dates (e.g. change start, alarm)."""
    pts = [(d, v, n) for d, v, n in zip(days, values, ns) if v is not None and v == v]
    if len(pts) < 2:
        return Markup('<p class="muted">Not enough days with data to draw a trend.</p>')
    left, right, top, bottom = 60, 20, 14, 34
    first, last = pts[0][0], pts[-1][0]
    span_days = max((last - first).days, 1)
    vals = [v for _, v, _ in pts] + ([expected] if expected is not None else [])
    lo, hi = min(vals), max(vals)
    pad = (hi - lo) * 0.1 or abs(hi) * 0.1 or 1.0
    lo, hi = lo - pad, hi + pad

    def x(d: date) -> float:
        return left + (width - left - right) * (d - first).days / span_days

    def y(v: float) -> float:
        return top + (height - top - bottom) * (hi - v) / (hi - lo)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="daily trend">']
    for frac in (0, 0.5, 1):
        v = lo + (hi - lo) * frac
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{escape(fmt(v))}</text>')
    if expected is not None:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(expected):.1f}" y2="{y(expected):.1f}" '
                     f'class="expected"/><text x="{width - right}" y="{y(expected) - 4:.1f}" text-anchor="end" '
                     f'class="muted">expected {escape(fmt(expected))}</text>')
    for i, (name, when) in enumerate(marks.items()):
        if when is None or not first <= when <= last:
            continue
        near_right = x(when) > width * 0.7  # label on the left of the line so it is not cut off
        parts.append(f'<line x1="{x(when):.1f}" x2="{x(when):.1f}" y1="{top}" y2="{height - bottom}" class="mark"/>'
                     f'<text x="{x(when) + (-4 if near_right else 4):.1f}" y="{top + 12 + 14 * i}" class="marklabel" '
                     f'text-anchor="{"end" if near_right else "start"}">{escape(name)} {when:%d %b}</text>')
    line = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v, _ in pts)
    parts.append(f'<polyline points="{line}" class="series"/>')
    for d, v, n in pts:
        parts.append(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3" class="dot">'
                     f'<title>{d:%d %b}: {escape(fmt(v))} (n={n})</title></circle>')
    parts.append(f'<text x="{left}" y="{height - 10}">{first:%d %b}</text>'
                 f'<text x="{width - right}" y="{height - 10}" text-anchor="end">{last:%d %b}</text></svg>')
    return Markup("".join(parts))


def funnel(points: Sequence[tuple[str, int, float, bool]], center: float, fmt: callable,  # type: ignore[valid-type]
           width: int = 640, height: int = 300) -> Markup:
    """Funnel plot of rates: (label, n, rate, highlighted) against n, with 95% and 99.8% binomial limits."""
    pts = [p for p in points if p[1] > 0]
    if not pts or not 0 <= center <= 1:
        return Markup('<p class="muted">No cells to plot.</p>')
    left, right, top, bottom = 60, 20, 14, 40
    n_max = max(p[1] for p in pts) * 1.05
    n_min = max(min(p[1] for p in pts) * 0.85, 5)
    lo = min([p[2] for p in pts] + [center - 3.1 * math.sqrt(center * (1 - center) / n_min)])
    hi = max([p[2] for p in pts] + [center + 3.1 * math.sqrt(center * (1 - center) / n_min)])
    lo, hi = max(lo - 0.02, 0.0), min(hi + 0.02, 1.0)
    if hi <= lo:
        hi = lo + 0.01

    def x(n: float) -> float:
        return left + (width - left - right) * (n - n_min) / max(n_max - n_min, 1.0)

    def y(v: float) -> float:
        return top + (height - top - bottom) * (hi - v) / (hi - lo)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="funnel plot">']
    parts.append(f'<text x="{left}" y="{height - 24}">n = {n_min:.0f}</text>'
                 f'<text x="{width - right}" y="{height - 24}" text-anchor="end">n = {n_max:.0f}</text>')
    for frac in (0, 0.5, 1):
        v = lo + (hi - lo) * frac
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{escape(fmt(v))}</text>')
    for z, cls in ((1.96, "limit95"), (3.09, "limit998")):
        for sign in (1, -1):
            ns = [n_min + (n_max - n_min) * k / 40 for k in range(41)]
            line = " ".join(f"{x(n):.1f},{y(min(max(center + sign * z * math.sqrt(center * (1 - center) / n), lo), hi)):.1f}"
                            for n in ns)
            parts.append(f'<polyline points="{line}" class="{cls}"/>')
    parts.append(f'<line x1="{x(n_min):.1f}" x2="{x(n_max):.1f}" y1="{y(center):.1f}" y2="{y(center):.1f}" class="expected"/>')
    for label, n, rate, hot in sorted(pts, key=lambda p: p[3]):
        parts.append(f'<circle cx="{x(n):.1f}" cy="{y(rate):.1f}" r="{6 if hot else 4}" class="{"hot" if hot else "dot"}">'
                     f'<title>{escape(label)}: {escape(fmt(rate))} (n={n})</title></circle>')
        if hot:
            anchor = "end" if x(n) > width * 0.75 else "start"
            parts.append(f'<text x="{x(n) + (-9 if anchor == "end" else 9):.1f}" y="{y(rate) + 4:.1f}" '
                         f'class="marklabel" text-anchor="{anchor}">{escape(label)}</text>')
    parts.append(f'<text x="{(left + width - right) / 2:.0f}" y="{height - 8}" text-anchor="middle">'
                 f'interactions (n); lines: 95% and 99.8% limits around the chain</text></svg>')
    return Markup("".join(parts))
