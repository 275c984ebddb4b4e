"""Funnel limits and over-dispersion, checked against values worked by hand from the published formulas."""

from __future__ import annotations

import math

import numpy as np
import pytest

from consistency.detect import funnel


def test_winsorised_phi_and_additive_tau2_match_a_hand_worked_example():
    """Spiegelhalter (2005), Statistics in Medicine 24:1185-1202, section 6 / FunnelPlotR od_adjustment.R.

    Five units with z = -2, -1, 0, 1, 2 and s = 0.1 each. Winsorising at 10% (R quantile type 7, as
    FunnelPlotR's ``winsorisation``): the 10th percentile sits 0.4 of the way from -2 to -1, so
    -1.6, and the 90th is 1.6. z_w = -1.6, -1, 0, 1, 1.6; phi = (2.56+1+0+1+2.56)/5 = 1.424.
    tau2 = (I*phi - (I-1)) / (sum w - sum w^2 / sum w) with w = 1/s^2 = 100:
    (7.12 - 4) / (500 - 50000/500) = 3.12 / 400 = 0.0078.
    """
    z = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    assert funnel.winsorise(z).tolist() == pytest.approx([-1.6, -1.0, 0.0, 1.0, 1.6])
    phi = funnel.phi_winsorised(z)
    assert phi == pytest.approx(1.424)
    assert funnel.tau2_additive(phi, np.full(5, 0.1)) == pytest.approx(0.0078)


def test_tau2_is_zero_when_spread_is_within_chance():
    """FunnelPlotR ``tau_func``: tau2 = 0 when I*phi < I-1."""
    assert funnel.tau2_additive(0.5, np.full(10, 0.1)) == 0.0


def test_shmi_z_score_is_sqrt_expected_times_log_ratio():
    """FunnelPlotR ``transformed_zscore`` (SR, SHMI): Uzscore = sqrt(E) * log(O/E).

    O = 120, E = 100: 10 * ln(1.2) = 1.82322; O = 80, E = 100: 10 * ln(0.8) = -2.23144.
    """
    y, target, s = funnel.shmi_ratio_inputs(np.array([120.0, 80.0]), np.array([100.0, 100.0]))
    z = funnel.z_scores(y, target, s)
    assert z == pytest.approx([10 * math.log(1.2), 10 * math.log(0.8)])
    assert z == pytest.approx([1.82322, -2.23144], abs=1e-5)


def test_proportion_limits_match_the_binomial_formula():
    """Spiegelhalter (2005) eq. for proportions: target +/- z_a * sqrt(t(1-t)/n).

    t = 0.1, n = 100: s = 0.03; 99.8%: 0.1 +/- 3.090232 * 0.03 = [0.007293, 0.192707];
    95%: 0.1 +/- 1.959964 * 0.03 = [0.041201, 0.158799]. Multiplicative with phi = 2 widens by sqrt(2).
    """
    y, t, s = funnel.proportion_inputs(np.array([10.0, 30.0]), np.array([100.0, 300.0]), target=0.1)
    assert s[0] == pytest.approx(0.03)
    lo, hi = funnel.additive_limits(t, s[:1], 0.0, funnel.Z998)
    assert (lo[0], hi[0]) == pytest.approx((0.007293, 0.192707), abs=1e-6)
    lo, hi = funnel.additive_limits(t, s[:1], 0.0, funnel.Z95)
    assert (lo[0], hi[0]) == pytest.approx((0.041201, 0.158799), abs=1e-6)
    lo, hi = funnel.multiplicative_limits(t, s[:1], 2.0, funnel.Z998)
    assert hi[0] - t == pytest.approx(3.090232 * math.sqrt(2) * 0.03, abs=1e-6)


def test_identical_rates_mean_no_over_dispersion():
    y, t, s = funnel.proportion_inputs(np.full(8, 20.0), np.full(8, 100.0))
    d = funnel.estimate_dispersion(y, t, s)
    assert d.phi == 0.0 and d.tau2 == 0.0 and not d.overdispersed


def test_spread_far_beyond_chance_is_over_dispersed_and_widens_limits():
    rng = np.random.default_rng(3)
    n = np.full(30, 1000.0)
    rates = np.clip(rng.normal(0.3, 0.05, 30), 0.05, 0.95)  # true between-unit sd 0.05 >> sqrt(.21/1000)
    y, t, s = funnel.proportion_inputs(rates * n, n)
    d = funnel.estimate_dispersion(y, t, s)
    assert d.overdispersed and d.tau2 > 0
    assert math.sqrt(d.tau2) == pytest.approx(0.05, rel=0.5)


def test_too_few_units_or_zero_errors_give_defined_results():
    d = funnel.estimate_dispersion(np.array([0.2, 0.4]), 0.3, np.array([0.1, 0.1]))
    assert d == funnel.Dispersion(1.0, 0.0, 2, False)
    assert np.isnan(funnel.z_scores(np.array([0.5]), 0.5, np.array([0.0]))).all()
    y, _, s = funnel.standardised_ratio_inputs(np.array([0.0]), np.array([0.0]), np.array([0.0]))
    assert np.isnan(y).all() and np.isnan(s).all()
