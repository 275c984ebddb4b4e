"""Stored per-day statistics, written night by night, give the same cell tables as the raw window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consistency import cellstats, pipeline
from consistency.aggregate import METRICS, add_journey_columns, cell_metrics
from consistency.config import Settings
from consistency.demo import generate
from consistency.detect.casemix import case_mix_features, observed_expected, robust_case_mix
from consistency.detect.nightly import _prepare
from consistency.store import repository as repo
from consistency.store.db import session_scope
from tests.conftest import fresh_postgres

WINDOW = 10


def _night_folders(exports: Path) -> list[tuple[date, Path]]:
    return sorted((date.fromisoformat(p.name), p) for p in exports.iterdir() if p.is_dir())


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def nightly_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, date]:
    """A demo chain loaded one night at a time, statistics refreshed after each night as the audit does."""
    out = tmp_path_factory.mktemp("chain")
    summary = generate(out, branches=3, days=14, interactions=2400, seed=5)
    db_url = fresh_postgres() if request.param == "postgresql" else f"sqlite:///{out / 'store.db'}"
    settings = Settings.from_env(db_url=db_url, history_days=WINDOW)
    engine = pipeline.open_store(settings)
    for day, folder in _night_folders(out / "exports"):
        pipeline.ingest(engine, folder, settings)
        pipeline.classify(engine, settings, day, day)
        cellstats.refresh_night(engine, day, WINDOW)
    return settings, date.fromisoformat(summary["end_date"])


def _window_frame(settings: Settings, end: date) -> pd.DataFrame:
    engine = pipeline.open_store(settings)
    with session_scope(engine) as session:
        frame = repo.interaction_frame(session, end - timedelta(days=WINDOW - 1), end)
    return add_journey_columns(frame)


@pytest.mark.parametrize("period", ["day", "week"])
def test_cells_summed_from_nightly_statistics_equal_the_full_window_computation(nightly_store, period):
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    stats = cellstats.load(engine, end - timedelta(days=WINDOW - 1), end)
    from_stats = cellstats.cell_metrics_from_stats(stats, period)
    from_rows = cell_metrics(_window_frame(settings, end), period)
    assert len(from_rows) > 100
    pd.testing.assert_frame_equal(from_stats.reset_index(drop=True), from_rows.reset_index(drop=True),
                                  check_dtype=False, check_exact=False, rtol=1e-9)


def test_nightly_statistics_equal_one_pass_over_the_whole_store(nightly_store, tmp_path):
    """Night-by-night writes (each night only its own day and the days it settles) lose and double nothing."""
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    first = end - timedelta(days=13)
    nightly = cellstats.load(engine, first, end)
    # the same statistics from every stored row at once, FCR from the whole store
    with session_scope(engine) as session:
        frame = add_journey_columns(repo.interaction_frame(session, first, end))
        journey = repo.journey_frame(session, first, end)
    history = cellstats.contact_history(journey, WINDOW)
    frame["history"] = frame["interaction_id"].map(pd.Series(history.to_numpy(), index=journey["interaction_id"]))
    one_pass = cellstats.stats_from_frame(frame)
    assert nightly["fcr_n"].sum() > 0 and (nightly["history"] == "repeat").any()
    keys = cellstats.KEYS
    a = nightly.sort_values(keys).reset_index(drop=True)
    b = one_pass.sort_values(keys).reset_index(drop=True)
    a["business_date"] = pd.to_datetime(a["business_date"]).dt.date
    pd.testing.assert_frame_equal(a, b, check_dtype=False, check_exact=False, rtol=1e-9)
    assert int(a["transferred_n"].sum()) == len(frame)  # every stored row counted once, none twice


def test_statistics_written_a_day_and_branch_at_a_time_are_those_of_one_frame_bit_for_bit(nightly_store):
    """``refresh`` reads one day and branch at a time (a million-contact night no longer sits in memory as
    one frame); its rows are those of ``stats_from_frame`` over all the days' rows at once, to the last bit."""
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    days = [end - timedelta(days=k) for k in (0, 1, 9, 12)]  # not contiguous: only these days are rewritten
    first, last = min(days), max(days)
    with session_scope(engine) as session:  # the computation before chunking: one frame of [first, last]
        frame = add_journey_columns(repo.interaction_frame(session, first, last))
        journey = repo.journey_frame(session, first - timedelta(days=WINDOW), last)
    frame = cellstats.attach_history(frame, journey, WINDOW)
    one_frame = cellstats.stats_from_frame(frame[frame["business_date"].dt.date.isin(days)])
    assert one_frame["branch"].nunique() > 1 and one_frame["fcr_n"].sum() > 0 and (one_frame["history"] == "repeat").any()
    written = cellstats.refresh(engine, days, WINDOW)
    stored = cellstats.load(engine, first, last)
    stored = stored[stored["business_date"].isin(days)]
    assert written == len(one_frame) == len(stored)
    keys = cellstats.KEYS
    pd.testing.assert_frame_equal(stored.sort_values(keys).reset_index(drop=True),
                                  one_frame.sort_values(keys).reset_index(drop=True), check_dtype=False,
                                  check_exact=True)


def test_evidence_read_in_small_groups_with_a_small_cache_gives_the_same_contacts(nightly_store, monkeypatch):
    """The evidence reader reads cells in groups of about ``FETCH_ROWS`` contacts and keeps at most
    ``CONTACT_CACHE_ROWS`` between reads (a million-contact night's flags read cells of thousands each):
    tiny bounds give every read the same contacts, each pattern's as many as its statistics count."""
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    first = end - timedelta(days=WINDOW - 1)
    patterns = cellstats.load_patterns(engine, first, end)
    rng = np.random.default_rng(1)
    asks = [rng.choice(len(patterns), size=40, replace=False) for _ in range(6)] + [np.arange(len(patterns))]

    def reads() -> list[pd.DataFrame]:
        read = cellstats.pattern_contacts(engine, patterns, first, end, WINDOW)
        return [read(ask).sort_values(["pattern", "interaction_id"], ignore_index=True) for ask in asks]

    whole = reads()
    monkeypatch.setattr(cellstats, "FETCH_ROWS", 5)
    monkeypatch.setattr(cellstats, "CONTACT_CACHE_ROWS", 20)
    small = reads()
    for a, b in zip(whole, small):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    counted = whole[-1].groupby("pattern").size().reindex(range(len(patterns)), fill_value=0).to_numpy()
    assert counted.sum() > 1000 and np.array_equal(counted, patterns["interactions"].to_numpy())


def test_a_rerun_of_the_last_night_rewrites_only_the_days_it_settles(nightly_store):
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    days = cellstats.days_to_refresh(engine, end - timedelta(days=WINDOW - 1), end)
    assert days == [end - timedelta(days=k) for k in range(cellstats.SETTLE_DAYS, -1, -1)]
    before = cellstats.load(engine, end - timedelta(days=WINDOW - 1), end)
    cellstats.refresh_night(engine, end, WINDOW)
    after = cellstats.load(engine, end - timedelta(days=WINDOW - 1), end)
    keys = cellstats.KEYS
    pd.testing.assert_frame_equal(before.sort_values(keys).reset_index(drop=True),
                                  after.sort_values(keys).reset_index(drop=True))


def test_history_is_repeat_only_within_the_lookback():
    journey = pd.DataFrame({
        "interaction_id": ["a", "b", "c", "d", "e"],
        "customer": ["c1", "c1", "c1", None, "c2"],
        "started_at": pd.to_datetime(["2026-01-01 10:00", "2026-01-03 10:00", "2026-02-20 10:00",
                                      "2026-01-01 10:00", "2026-01-02 10:00"], utc=True),
    })
    assert cellstats.contact_history(journey, 28).tolist() == ["first", "repeat", "first", "unknown", "first"]
    assert np.array_equal(cellstats.hour_band(pd.Series([3, 9, 14, 20, None])).to_numpy(),
                          ["night", "morning", "afternoon", "evening", "unknown"])


def test_case_mix_fit_on_stored_statistics_equals_the_fit_on_raw_rows(nightly_store):
    """Detection's model fitted on the window's statistics (counts and sums per pattern) is the raw rows' fit.

    Raw rows carry the stored definition of ``history`` (contact in the window's length before), the
    one statistics can keep; every other feature and every outcome is what ``_prepare`` makes of them.
    Compared per stored pattern (day, cell, agent, language, topic, hour band, history): the count,
    observed sum, and expected sums and model variances with and without day levels, after the
    robust fit's outlier rounds, for every metric.
    """
    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    first = end - timedelta(days=WINDOW - 1)
    patterns = cellstats.load_patterns(engine, first, end)
    with session_scope(engine) as session:
        journey = repo.journey_frame(session, first - timedelta(days=WINDOW), end)
    raw = _window_frame(settings, end)
    history = cellstats.contact_history(journey, WINDOW)
    raw["history"] = raw["interaction_id"].map(pd.Series(history.to_numpy(), index=journey["interaction_id"]))
    raw = _prepare(raw, end)
    raw = raw.assign(agent=raw["agent"].fillna(""), lang=raw["lang"].fillna("unknown"),
                     topic=raw["topic"].fillna("unknown"), hour_band=cellstats.hour_band(raw["hour"]))
    keys = cellstats.KEYS
    raw_features, stat_features = case_mix_features(raw), case_mix_features(patterns)
    compared = 0
    for metric in METRICS:
        fit_raw = robust_case_mix(raw, metric, raw_features, ["branch", "channel"])
        fit_stats = robust_case_mix(patterns, metric, stat_features, ["branch", "channel"])
        for e, v in (("e", "v"), ("e_date", "v_date")):
            a = observed_expected(raw, metric, fit_raw[e], fit_raw[v], keys)
            b = observed_expected(patterns, metric, fit_stats[e], fit_stats[v], keys)
            assert len(a) == len(b) > 0, metric
            pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False,
                                          check_exact=False, rtol=1e-7, atol=1e-9, obj=f"{metric} {e}")
            compared += 1
    assert compared == 2 * len(METRICS)


def test_nightly_detection_from_statistics_equals_the_full_window_computation(nightly_store):
    """The audit's detect step from stored statistics (evidence by a targeted read) gives what the raw
    window gives: flags with their figures, p and q and evidence, bright spots, set-aside flags, watch items.

    Also at a lax FDR and watch rate, so that more flags, levels and watch items are compared. (At the default
    FDR this small chain may have no flag: it had one until the text models changed on 2026-12-01. The lax run
    must have flags and watch items, so the comparison is never empty.)
    """
    from tests.detect.grouped_check import detection_differences

    settings, end = nightly_store
    engine = pipeline.open_store(settings)
    for fdr, watch_rate in ((settings.fdr, settings.watch_rate), (0.9, 20.0)):
        lax = replace(settings, fdr=fdr, watch_rate=watch_rate)
        from_stats = pipeline.analyse(engine, lax, end, detect_from="stats")
        from_rows = pipeline.analyse(engine, lax, end, detect_from="rows")
        if fdr != settings.fdr:
            assert from_rows.detection.flags and from_rows.detection.watch
        assert all(f.details.get("top_interactions") for f in from_rows.detection.flags)
        assert int(from_stats.interactions["interactions"].sum()) == len(from_rows.interactions)
        assert detection_differences(from_stats.detection, from_rows.detection) == []
