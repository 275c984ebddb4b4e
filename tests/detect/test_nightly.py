"""run_detection end to end on simulated chains: planted problems found at the right level, noise not flagged,
and every awkward input (tiny cells, late branches, empty days, constant rates, missing metrics) defined."""

from __future__ import annotations

import warnings
from dataclasses import fields
from datetime import date

import numpy as np
import pandas as pd
import pytest

from consistency.detect import run_detection
from consistency.detect.nightly import CHANGE_KINDS, FUNNEL_COLUMNS, SERIES_COLUMNS, TEST_COLUMNS
from consistency.detect.simulate import Effect, make_chain, simulate_mystery, simulate_window

END = date(2026, 3, 31)


@pytest.fixture(scope="module")
def planted_night():
    rng = np.random.default_rng(42)
    chain = make_chain(rng, branches=8, mean_daily=15)
    chain.volume[("B01", "phone")] = chain.volume[("B02", "email")] = 300 / 7
    effects = (Effect("agent", "courteous", 0.4, "B01", "phone", agent="B01-phone-a2"),
               Effect("branch", "resolved", 0.15, "B02", "email"),
               Effect("channel", "negative", 0.15, channel="chat", start_day=21),
               Effect("chain", "escalated", 0.06, start_day=21))
    frame = simulate_window(rng, chain, END, effects=effects)
    # shoppers praise B01's courtesy on every channel while its logs carry the curt agent
    mystery = simulate_mystery(rng, chain, END, scores={("B01", c): 4.9 for c in ("phone", "email", "chat", "in_person")})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warnings spam from a normal night
        result = run_detection(frame, mystery, END)
    return frame, result


def _find(result, **want):
    return [f for f in result.flags if all(getattr(f, k) == v for k, v in want.items())]


def test_one_agent_problem_is_found_and_attributed_to_that_agent(planted_night):
    _, result = planted_night
    hits = _find(result, metric="courtesy_rate", branch="B01", channel="phone", type="funnel")
    assert hits and hits[0].level == "agent" and hits[0].agent == "B01-phone-a2" and hits[0].direction == "worse"


def test_branch_problem_is_found_at_branch_level(planted_night):
    _, result = planted_night
    hits = _find(result, metric="resolution_rate", branch="B02", channel="email", type="funnel")
    assert hits and hits[0].level == "branch" and hits[0].observed < hits[0].lower


def test_channel_drift_everywhere_is_one_channel_flag(planted_night):
    _, result = planted_night
    hits = _find(result, metric="negative_rate", channel="chat", level="channel")
    assert len(hits) == 1 and hits[0].branch is None
    assert hits[0].first_seen >= date(2026, 3, 24)  # alarm after the drift began (day 21 of 28)


def test_chain_wide_shift_is_one_chain_flag_not_a_flag_per_cell(planted_night):
    _, result = planted_night
    assert len(_find(result, metric="escalation_rate", type="chain_shift", level="chain")) == 1
    assert not [f for f in result.flags if f.metric == "escalation_rate" and f.type != "chain_shift"]


def test_mystery_shop_praise_against_curt_logs_is_flagged_with_both_figures(planted_night):
    _, result = planted_night
    hits = _find(result, type="mystery_vs_logs", metric="ms_courtesy", branch="B01")
    assert len(hits) == 1 and hits[0].channel is None  # one flag per branch x criterion
    d = hits[0].details
    # both figures, each on its own scale with its own n: the shop score (1-5) and the log rate
    assert hits[0].observed == d["shop_mean"] > d["chain_shop_mean"] == hits[0].expected and hits[0].n == d["shops"]
    assert 0 <= d["log_rate"] < d["log_expected"] <= 1 and d["log_n"] > 100
    assert "mystery shoppers" in hits[0].sentence and "%" in hits[0].sentence


def test_logs_out_of_line_with_ordinary_shop_scores_is_no_disagreement(planted_night):
    _, result = planted_night
    # B02's logs are far out (resolution), its shoppers score it like everyone else: nothing to contrast
    assert not _find(result, type="mystery_vs_logs", branch="B02")


def test_every_flag_is_complete_and_points_at_real_interactions(planted_night):
    frame, result = planted_night
    ids = set(frame["interaction_id"])
    assert result.flags
    for flag in result.flags:
        for f in fields(flag):
            if f.name not in ("branch", "channel", "agent", "lower", "upper"):
                assert getattr(flag, f.name) is not None, (flag.type, f.name)
        assert flag.q_value <= 0.05 and flag.p_value <= flag.q_value + 1e-12
        assert flag.type in {"funnel", "drift", "cross_channel", "mystery_vs_logs", "chain_shift"}
        assert len(flag.sentence) > 40
        top = flag.details["top_interactions"]
        assert top and set(top) <= ids


def test_funnel_and_series_tables_have_the_report_columns(planted_night):
    _, result = planted_night
    assert list(result.funnel.columns) == FUNNEL_COLUMNS and list(result.series.columns) == SERIES_COLUMNS
    flagged = result.funnel[result.funnel["flagged"]]
    assert (flagged["q_value"] <= 0.05).all()
    assert result.series["alarm"].any()


def test_a_quiet_chain_raises_no_flags():
    rng = np.random.default_rng(7)
    frame = simulate_window(rng, make_chain(rng, branches=8, mean_daily=15), END)
    result = run_detection(frame, None, END)
    assert result.flags == []
    assert (result.funnel["q_value"].dropna() > 0.05).all()


def test_awkward_inputs_are_defined_and_never_flagged():
    rng = np.random.default_rng(9)
    chain = make_chain(rng, branches=6, mean_daily=12)
    frame = simulate_window(rng, chain, END)
    frame = frame[frame["business_date"] != pd.Timestamp("2026-03-20")]  # a day with no data
    late = simulate_window(rng, make_chain(rng, branches=1, mean_daily=12), END, days=4)
    late["branch"], late["interaction_id"] = "LATE", "late-" + late["interaction_id"]  # opened mid-period
    tiny = frame.iloc[:1].assign(branch="TINY", interaction_id="tiny-1")  # one interaction
    frame = pd.concat([frame, late, tiny], ignore_index=True).assign(blame=0.0)  # constant rate
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = run_detection(frame, pd.DataFrame(), END)
    assert not [f for f in result.flags if f.branch in ("LATE", "TINY") or f.metric == "blame_rate"]
    tiny_rows = result.funnel[result.funnel["branch"] == "TINY"]
    assert (tiny_rows["n"] == 1).all() and tiny_rows["p_value"].isna().all() and not tiny_rows["flagged"].any()
    assert pd.Timestamp("2026-03-20") not in set(result.series["date"])
    assert result.funnel[(result.funnel["metric"] == "wait_s") & (result.funnel["channel"] == "in_person")].empty
    assert np.isfinite(result.funnel["expected"]).all()


@pytest.mark.parametrize("frame", [pd.DataFrame(), None, pd.DataFrame({"branch": ["a"]})])
def test_no_usable_interactions_gives_an_empty_result(frame):
    result = run_detection(frame, None, END)
    assert result.flags == [] and result.funnel.empty and result.series.empty
    assert list(result.funnel.columns) == FUNNEL_COLUMNS


def test_flags_are_unique_by_the_key_the_store_uses(planted_night):
    _, result = planted_night
    keys = [(f.type, f.metric, f.branch, f.channel, f.agent) for f in result.flags]
    assert len(keys) == len(set(keys))


@pytest.fixture(scope="module")
def week_old_drift():
    """A 12-point resolution drop at a 300-a-week cell that began 8 days before the business date."""
    rng = np.random.default_rng(32)
    chain = make_chain(rng, branches=8, mean_daily=15)
    chain.volume[("B03", "chat")] = 300 / 7
    return simulate_window(rng, chain, END, effects=(Effect("branch", "resolved", 0.12, "B03", "chat", start_day=20),))


def test_the_night_is_one_weighted_family_with_the_change_tests_budget(week_old_drift):
    result = run_detection(week_old_drift, None, END, change_share=0.8)
    family = result.tests
    assert list(family.columns) == TEST_COLUMNS and len(family) > 500
    change = family["kind"].isin(CHANGE_KINDS)
    assert family["weight"].mean() == pytest.approx(1.0)
    assert family.loc[change, "weight"].sum() / family["weight"].sum() == pytest.approx(0.8)
    assert family["q_value"].between(0, 1).all() and (family["q_value"] >= (family["p_value"] / family["weight"]).clip(upper=1) - 1e-12).all()


def test_the_drift_budget_makes_a_week_old_drift_surer_and_window_tests_stricter(week_old_drift):
    budget = run_detection(week_old_drift, None, END, change_share=0.8)
    even = run_detection(week_old_drift, None, END,
                         change_share=float(budget.tests["kind"].isin(CHANGE_KINDS).mean()))
    assert np.allclose(even.tests["weight"], 1.0)  # the plain BH family
    cell = lambda t, kind: t[(t["kind"] == kind) & (t["metric"] == "resolution_rate") & (t["branch"] == "B03")  # noqa: E731
                             & (t["channel"] == "chat")]["q_value"].iloc[0]
    assert cell(budget.tests, "drift") < cell(even.tests, "drift")
    # window tests get less than an even share: a smaller weight, so a q no lower (both may reach 1)
    weight = lambda t, kind: t[(t["kind"] == kind) & (t["metric"] == "resolution_rate") & (t["branch"] == "B03")  # noqa: E731
                               & (t["channel"] == "chat")]["weight"].iloc[0]
    assert weight(budget.tests, "funnel") < 1.0 == weight(even.tests, "funnel")
    assert cell(budget.tests, "funnel") >= cell(even.tests, "funnel")
    drifts = [f for f in budget.flags if f.metric == "resolution_rate" and f.branch == "B03"]
    assert drifts and all(f.first_seen >= date(2026, 3, 24) for f in drifts if f.type == "drift")  # not before onset


def test_the_funnel_agent_view_of_a_rare_event_is_calibrated_under_the_null():
    """Four agents a cell, forty contacts each, 3% blame (1.2 expected): the normal tail read five as z 3.5
    and gave chance agents a p below 1% three times as often as it should."""
    from consistency.detect.nightly import _worst_agents

    rng = np.random.default_rng(5)
    cells, agents, per_agent, rate = 1600, 4, 40, 0.03
    size = cells * agents * per_agent
    frame = pd.DataFrame({"branch": np.repeat([f"B{c // 2}" for c in range(cells)], agents * per_agent),
                          "channel": np.repeat(["phone", "chat"] * (cells // 2), agents * per_agent),
                          "agent": np.tile(np.repeat([f"a{k}" for k in range(agents)], per_agent), cells),
                          "blame": (rng.random(size) < rate).astype(float)})
    worst = _worst_agents(frame, "blame_rate", np.full(size, rate), np.full(size, rate * (1 - rate)), 0.0)
    assert len(worst) == cells
    for level in (0.01, 0.05):
        assert (worst["p_agent"] <= level).mean() <= level * 1.3, level

def test_the_funnel_agent_view_reads_a_rare_outcome_by_the_binomial():
    """One agent with 14 escalations in 55 where 9.6% are expected: the normal z of 4.0 (p 3e-5 a side)
    became a flag on a night of 1,000 tests though the binomial puts it at 3.4 (p 3.5e-4)."""
    from scipy.stats import binom, norm

    from consistency.detect.nightly import _worst_agents

    p, rows = 0.096, []
    for k in range(5):
        events = 14 if k == 0 else 5
        rows += [{"branch": "B1", "channel": "phone", "agent": f"a{k}", "escalated": float(i < events)} for i in range(55)]
    frame = pd.DataFrame(rows)
    e, v = np.full(len(frame), p), np.full(len(frame), p * (1 - p))
    worst = _worst_agents(frame, "escalation_rate", e, v, 0.0).iloc[0]
    exact = norm.isf(binom.sf(14, 55, p) + 0.5 * binom.pmf(14, 55, p))
    assert worst["agent"] == "a0" and worst["z_agent"] == pytest.approx(exact)
    assert worst["p_agent"] == pytest.approx(5 * 2 * norm.sf(exact))
