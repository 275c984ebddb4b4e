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
    assert set(funnel["metric"]) == {"negative_rate", "cs_complaint_share", "cs_complaint_rate"}
    assert funnel.groupby("metric")["branch"].nunique().tolist() == [6, 6, 6]
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


def test_every_tweet_gets_an_operational_topic_that_agrees_with_the_annotations(airline):
    import pandas as pd

    from consistency.detect.airline import TOPICS

    _, frame = airline
    assert frame["topic"].notna().all() and frame["topic"].nunique() >= 4
    raw = pd.concat([pd.read_csv(FOLDER / f"{s}.csv", keep_default_na=False, dtype=str) for s in ("train", "dev")])
    annotated = raw.set_index("id")["reason"].map(TOPICS).dropna()
    topics = frame.set_index("interaction_id")["topic"].reindex(annotated.index)
    agreement = (topics == annotated).mean()
    majority = annotated.value_counts(normalize=True).iloc[0]
    # Out-of-fold: the topic a tweet gets never comes from a model that saw its own annotation.
    assert agreement > majority + 0.15, (agreement, majority)


def test_topic_adjustment_changes_what_is_expected(airline):
    result, frame = airline
    rate = result.funnel[result.funnel["metric"] == "cs_complaint_rate"]
    crude = frame["cs_complaint"].mean()
    # Airlines whose customers tweet about different things get different expectations.
    assert rate["expected"].max() - rate["expected"].min() > 0.01
    assert abs((rate["expected"] * rate["n"]).sum() / rate["n"].sum() - crude) < 0.01
