"""Funnel-plot control limits with over-dispersion (Spiegelhalter 2005; NHS SHMI / FunnelPlotR).

Every indicator is put on one footing: a value ``y`` per unit, its target and its within-unit
standard error ``s``. Then

* z-scores ``z = (y - target) / s``;
* a Winsorised dispersion ratio ``phi = mean(z_w**2)``, with ``z_w`` the z-scores clipped to their
  own 10th and 90th percentiles, so that the outliers we hunt for do not widen their own limits;
* the multiplicative version: limits ``target ± z_alpha * sqrt(phi) * s``;
* the additive random-effects version (DerSimonian-Laird style):
  ``tau2 = (I*phi - (I-1)) / (sum(w) - sum(w**2)/sum(w))`` with ``w = 1/s**2`` (0 when
  ``I*phi < I-1``), limits ``target ± z_alpha * sqrt(s**2 + tau2)``.

``shmi_ratio_inputs`` gives the SHMI transform of a standardised ratio O/E (``y = log(O/E)``,
``s = 1/sqrt(E)``, target 0) as FunnelPlotR does with ``sr_method="SHMI"``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

Z95 = float(norm.ppf(0.975))  # 1.95996...
Z998 = float(norm.ppf(0.999))  # 3.09023...


@dataclass(frozen=True)
class Dispersion:
    """Over-dispersion estimated from a set of units."""

    phi: float  # Winsorised dispersion ratio (1 = pure within-unit noise)
    tau2: float  # additive between-unit variance on the y scale (0 = none)
    units: int
    overdispersed: bool  # I*phi beyond what chance gives (Spiegelhalter's rough chi-square rule)


def z_scores(y: np.ndarray, target: float | np.ndarray, s: np.ndarray) -> np.ndarray:
    """Unadjusted z-scores; NaN where s is 0 or missing (no information, never infinity)."""
    y, s = np.asarray(y, float), np.asarray(s, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (y - target) / s
    return np.where(np.isfinite(z) & (s > 0), z, np.nan)


def winsorise(z: np.ndarray, trim: float = 0.1) -> np.ndarray:
    """Clip z-scores to their own ``trim`` and ``1 - trim`` quantiles (R type 7, as FunnelPlotR)."""
    z = np.asarray(z, float)
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return z
    lo, hi = np.quantile(finite, [trim, 1 - trim])
    return np.clip(z, lo, hi)


def phi_winsorised(z: np.ndarray, trim: float = 0.1) -> float:
    """Dispersion ratio: mean squared Winsorised z-score over the units with a z-score."""
    zw = winsorise(z, trim)
    zw = zw[np.isfinite(zw)]
    return float(np.mean(zw**2)) if zw.size else float("nan")


def tau2_additive(phi: float, s: np.ndarray) -> float:
    """DerSimonian-Laird style between-unit variance from phi and the within-unit errors."""
    s = np.asarray(s, float)
    s = s[np.isfinite(s) & (s > 0)]
    units = s.size
    if units < 2 or not np.isfinite(phi) or units * phi < units - 1:
        return 0.0
    w = 1.0 / s**2
    denominator = w.sum() - (w**2).sum() / w.sum()
    if denominator <= 0:
        return 0.0
    return max(0.0, (units * phi - (units - 1)) / denominator)


def estimate_dispersion(y: np.ndarray, target: float | np.ndarray, s: np.ndarray, trim: float = 0.1) -> Dispersion:
    """Winsorised phi and additive tau2; no over-dispersion when it is undefined or within chance."""
    z = z_scores(y, target, s)
    finite = np.isfinite(z)
    units = int(finite.sum())
    if units < 3:  # too few units to tell spread from noise
        return Dispersion(1.0, 0.0, units, False)
    phi = phi_winsorised(z[finite], trim)
    # Spiegelhalter (2005, section 6.2): suspect over-dispersion when I*phi exceeds I-1 by more than
    # two standard deviations of a chi-square on I-1 degrees of freedom.
    over = bool(units * phi > (units - 1) + 2 * np.sqrt(2 * (units - 1)))
    tau2 = tau2_additive(phi, np.asarray(s, float)[finite]) if over else 0.0
    return Dispersion(float(phi), float(tau2), units, over)


def multiplicative_limits(target: float | np.ndarray, s: np.ndarray, phi: float, z_alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Limits ``target ± z_alpha * sqrt(phi) * s``."""
    half = z_alpha * np.sqrt(max(phi, 0.0)) * np.asarray(s, float)
    return target - half, target + half


def additive_limits(target: float | np.ndarray, s: np.ndarray, tau2: float, z_alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Limits ``target ± z_alpha * sqrt(s**2 + tau2)``."""
    half = z_alpha * np.sqrt(np.asarray(s, float) ** 2 + max(tau2, 0.0))
    return target - half, target + half


def adjusted_z(y: np.ndarray, target: float | np.ndarray, s: np.ndarray, tau2: float) -> np.ndarray:
    """z-score against the random-effects limits: ``(y - target) / sqrt(s**2 + tau2)``."""
    s = np.asarray(s, float)
    return z_scores(y, target, np.sqrt(s**2 + max(tau2, 0.0)) * np.where(s > 0, 1.0, 0.0))


def proportion_inputs(events: np.ndarray, n: np.ndarray, target: float | None = None) -> tuple[np.ndarray, float, np.ndarray]:
    """Spiegelhalter's proportions: ``y = events/n``, target the pooled rate, ``s = sqrt(t(1-t)/n)``."""
    events, n = np.asarray(events, float), np.asarray(n, float)
    t = float(events.sum() / n.sum()) if target is None else float(target)
    with np.errstate(divide="ignore", invalid="ignore"):
        y = np.where(n > 0, events / n, np.nan)
        s = np.where(n > 0, np.sqrt(t * (1 - t) / n), np.nan)
    return y, t, s


def shmi_ratio_inputs(observed: np.ndarray, expected: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """SHMI transform of O/E: ``y = log(O/E)``, target 0, ``s = 1/sqrt(E)`` (FunnelPlotR, SR + SHMI)."""
    o, e = np.asarray(observed, float), np.asarray(expected, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        y = np.where((o > 0) & (e > 0), np.log(o / e), np.nan)
        s = np.where(e > 0, 1 / np.sqrt(e), np.nan)
    return y, 0.0, s


def standardised_ratio_inputs(observed: np.ndarray, expected: np.ndarray, variance: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """Indirectly standardised ratio O/E with target 1 and ``s = sqrt(V)/E`` (V = model variance of O)."""
    o, e, v = (np.asarray(a, float) for a in (observed, expected, variance))
    with np.errstate(divide="ignore", invalid="ignore"):
        y = np.where(e > 0, o / e, np.nan)
        s = np.where((e > 0) & (v > 0), np.sqrt(v) / e, np.nan)
    return y, 1.0, s
