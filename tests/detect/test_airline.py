"""Real-data check on the Twitter US Airline Sentiment tweets (skips when the shared data is absent)."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.config import Settings

FOLDER = Settings.from_env().data_dir / "tone" / "en_airline"


@pytest.fixture(scope="module")
def airline():
    if not (FOLDER / "train.csv").exists():
        pytest.skip(f"shared data not found at {FOLDER}")
    from consistency.detect.airline import airline_detection

    return airline_detection(FOLDER)


def test_each_airline_gets_both_indicators_with_its_n(airline):
    result, frame = airline
    funnel = result.funnel
    assert set(funnel["metric"]) == {"negative_rate", "cs_complaint_share"}
    assert funnel.groupby("metric")["branch"].nunique().tolist() == [6, 6]
    negative = funnel[funnel["metric"] == "negative_rate"].set_index("branch")
    counts = frame.groupby("branch").size()
    assert (negative["n"] == counts.reindex(negative.index)).all()
    raw = frame.groupby("branch")["negative"].mean()
    assert np.allclose(negative["observed"], raw.reindex(negative.index))


def test_complaint_share_is_among_negative_tweets_only(airline):
    result, frame = airline
    share = result.funnel[result.funnel["metric"] == "cs_complaint_share"]
    assert share["n"].sum() == int(frame["negative"].sum())
    assert ((share["lo998"] <= share["expected"]) & (share["expected"] <= share["hi998"])).all()


def test_flags_agree_with_the_funnel_table(airline):
    result, _ = airline
    flagged = result.funnel[result.funnel["flagged"]]
    assert {(f.metric, f.branch) for f in result.flags} == set(zip(flagged["metric"], flagged["branch"]))
