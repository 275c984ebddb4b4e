"""Predicted vs labelled shares on a generated chain: tone must not lean by language, courtesy must follow truth.

Uses the small five-language chain of ``conftest.run`` (one branch per language) and the shipped
models; ``benchmarks/classify.py --tone-bias`` prints the same table on a larger chain.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from consistency.classify import InteractionClassifier
from consistency.classify.label_shares import ShareRow, share_table
from consistency.config import Settings

pytestmark = pytest.mark.slow  # classifies ~1,200 generated contacts (~20 s)


@pytest.fixture(scope="module")
def rows(run) -> list[ShareRow]:
    out, info = run
    classifier = InteractionClassifier.load(Settings.from_env().models_dir)
    return share_table(info["exports"], out / "labels.csv", classifier)


def _pooled(rows: list[ShareRow], attr_obs: str, attr_pred: str, weight: str = "n") -> dict[str, tuple[float, float, int]]:
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for r in rows:
        n = getattr(r, weight)
        if n and getattr(r, attr_obs) is not None:
            a = acc[r.lang]
            a[0] += getattr(r, attr_obs) * n
            a[1] += getattr(r, attr_pred) * n
            a[2] += n
    return {lang: (o / n, p / n, int(n)) for lang, (o, p, n) in acc.items()}


def test_every_language_and_channel_is_in_the_table(rows: list[ShareRow]) -> None:
    assert {r.lang for r in rows} == {"en", "de", "id", "nb", "ru"}
    assert {r.channel for r in rows} >= {"phone", "email", "chat"}
    assert sum(r.n for r in rows) > 1000


def test_courtesy_follows_the_labels_in_every_language(rows: list[ShareRow]) -> None:
    """The share called courteous is within 0.10 of the labelled share, language by language."""
    pooled = _pooled(rows, "courteous_observed", "courteous_predicted", "n_courtesy")
    for lang, (observed, predicted, n) in pooled.items():
        assert abs(predicted - observed) <= 0.10, f"{lang}: labelled {observed:.2f}, predicted {predicted:.2f} (n={n})"


# Measured on the 4,000-contact chain of the benchmark, pooled over channels: en +0.11, de -0.13,
# ru +0.23 (see the model card); a gap beyond this means tone leans by language again.
NEGATIVE_GAP = 0.25


@pytest.mark.parametrize("lang", ["en", "de", "id", "nb", "ru"])
def test_negative_share_follows_the_labels(rows: list[ShareRow], lang: str) -> None:
    observed, predicted, n = _pooled(rows, "negative_observed", "negative_predicted")[lang]
    assert abs(predicted - observed) <= NEGATIVE_GAP, f"{lang}: labelled {observed:.2f}, predicted {predicted:.2f} (n={n})"
